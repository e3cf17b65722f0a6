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


_ARENAS = """
import ctypes, sys, threading
if sys.argv[1] == "shoplens":
    import shoplens  # loading ShopLens is enough
    from shoplens.util.memory import keep_one_heap
    assert keep_one_heap()  # every setting took (again: the same values)
together = threading.Barrier(4)
def work():
    kept = [bytearray(10_000) for _ in range(200)]  # from malloc (over pymalloc's 512 bytes)
    together.wait()  # all four alive at once: none takes over the heap of one that ended
threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
ctypes.CDLL("libc.so.6").malloc_stats()  # one "Arena N:" block per heap, on stderr
"""


@pytest.mark.skipif(not sys.platform.startswith("linux") or _malloc_trim() is None, reason="glibc only")
def test_once_shoplens_is_loaded_its_threads_allocate_from_one_heap():
    import subprocess

    heaps = {}
    for mode in ("shoplens", "default"):
        done = subprocess.run([sys.executable, "-c", _ARENAS, mode], capture_output=True, text=True, check=True)
        heaps[mode] = done.stderr.count("Arena ")
    assert heaps["shoplens"] == 1
    assert heaps["default"] > 1  # glibc's own way: a heap per thread
