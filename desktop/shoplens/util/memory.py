"""The C heap (glibc): one heap for every thread that keeps what is freed for reuse, and its free pages given back to
the system after a big step."""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import cache

# mallopt's parameter numbers: the most heaps ("arenas") glibc makes; free memory at a heap's top past which free()
# gives it back; the size from which a block gets pages of its own (mmap) instead of a place in the heap
_M_ARENA_MAX, _M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -8, -1, -3
_KEEP_FREED = 1 << 30  # free() gives nothing back below 1 GiB free: release_free_memory() does, after a big step
_OWN_PAGES_FROM = 32 << 20  # glibc's largest on 64 bits: numpy's columns of 800k orders (6.4 MB) reuse heap memory


@cache
def _glibc():
    """The C library when it is glibc (it has malloc_trim), else None (musl, another system)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim  # noqa: B018 - musl has none
        return libc
    except (OSError, AttributeError):
        return None


def _malloc_trim():
    """glibc's malloc_trim, or None."""
    libc = _glibc()
    return None if libc is None else libc.malloc_trim


def keep_one_heap() -> bool:
    """From now on, every thread allocates from the main C heap, and memory freed there is kept for the next
    allocations instead of going back to the system at once (glibc); True when all of it took. ShopLens calls it
    when it loads (shoplens/__init__.py): threads that allocated before keep heaps of their own.

    glibc's own ways, each costly for a big import that computes in threads (raw rows compressed, paid orders and
    metrics worked out while SQLite writes):
    - a heap per thread that allocates alongside another, up to 8 per core, and what one thread frees serves only
      its own heap: the 1M-row import peaked at 1,458-1,502 MB resident (4 runs);
    - one heap, but free() trimming its top and blocks from 128 KB up on pages of their own: 1,184 MB, but
      1.4-2.0 s slower, the new pages being touched again for the first time;
    - one heap that keeps what is freed (this): 1,183-1,185 MB, and as fast as a heap per thread or faster
      (12.3-16.7 s against 12.4-16.7 s, the same 4 runs taken in turn on a busy machine).
    """
    libc = _glibc()
    return libc is not None and all(libc.mallopt(parameter, value) == 1 for parameter, value in (
        (_M_ARENA_MAX, 1), (_M_TRIM_THRESHOLD, _KEEP_FREED), (_M_MMAP_THRESHOLD, _OWN_PAGES_FROM)))


def release_free_memory() -> bool:
    """Return the C heap's free pages to the system; True when it could. The pipeline calls it after each big step
    (an import, its analyses, a cleaning run, a rebuild): the heap keeps what is freed (keep_one_heap) until then.

    Measured with a heap per thread (before keep_one_heap): a 1M-row import left the process at 1,164 MB resident,
    493 MB after this, and the analyses that follow then peaked at 1,363 MB instead of ~1,560 MB.
    """
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
