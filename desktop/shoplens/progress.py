"""Progress reporting and cancellation for long core functions (run by ui/ in a worker)."""

from __future__ import annotations

from collections.abc import Callable

from .errors import Cancelled

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]


def no_progress(done: int, total: int, message: str) -> None:
    """A progress callback that does nothing."""


def never_cancelled() -> bool:
    """A cancel check that never cancels."""
    return False


class Reporter:
    """Bundles a progress callback and a cancel check; `step()` reports and raises Cancelled."""

    def __init__(self, progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> None:
        self.progress = progress or no_progress
        self.cancelled = cancelled or never_cancelled

    def step(self, done: int, total: int, message: str = "") -> None:
        """Report progress, then raise Cancelled if the user asked to stop."""
        self.progress(done, total, message)
        self.check()

    def check(self) -> None:
        """Raise Cancelled if the user asked to stop."""
        if self.cancelled():
            raise Cancelled()
