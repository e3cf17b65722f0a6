"""After a big import the C heap's free pages go back to the system (util.memory, called by pipeline.run_import)."""

from __future__ import annotations

import sys

import pytest

from shoplens.util.memory import _malloc_trim, release_free_memory


def _resident_mb() -> float:
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmRSS")) / 1024


@pytest.mark.skipif(not sys.platform.startswith("linux") or _malloc_trim() is None, reason="glibc only")
def test_freed_heap_pages_are_given_back():
    # 300 MB in small blocks, every 64th kept: free() alone cannot shrink a heap with live blocks spread over it
    blocks = [bytearray(1000) for _ in range(300_000)]
    kept = blocks[::64]
    del blocks
    before = _resident_mb()
    assert release_free_memory()
    assert _resident_mb() < before - 150
    assert len(kept) == 4688
