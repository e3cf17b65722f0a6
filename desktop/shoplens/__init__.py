"""ShopLens: customer profiles, segments and campaigns from a shop's spreadsheets."""

import os as _os
import sys as _sys

__version__ = "0.1.0"
APP_NAME = "ShopLens"


def _use_system_allocator() -> None:
    """On Linux, Arrow allocates through the C library's malloc instead of its bundled mimalloc.

    Measured on the 1M-row CSV import (fresh processes, taken in turn): 7.1-7.5 s with mimalloc, 5.7-6.2 s with
    the system allocator, the same peak memory; most of the difference is in freshly allocated buffers being
    touched for the first time. Other systems keep Arrow's default (not measured there). A value the user set in
    ARROW_DEFAULT_MEMORY_POOL is kept. The variable only counts before pyarrow loads, so when pyarrow is already
    loaded (a test run, a benchmark) the pool is switched directly.
    """
    if not _sys.platform.startswith("linux"):
        return
    _os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
    pa = _sys.modules.get("pyarrow")
    if pa is not None and _os.environ["ARROW_DEFAULT_MEMORY_POOL"] == "system":
        pa.set_memory_pool(pa.system_memory_pool())


def _keep_one_heap() -> None:
    """On Linux, every thread allocates from the main C heap, which keeps what is freed (util.memory.keep_one_heap):
    it counts only for the threads that have not allocated yet, so it is set as soon as ShopLens loads, before
    Arrow's and the import's threads start."""
    if _sys.platform.startswith("linux"):
        from .util.memory import keep_one_heap

        keep_one_heap()


_use_system_allocator()
_keep_one_heap()
