"""The one way a page or dialog runs long work (in the spirit of Orange's ConcurrentWidgetMixin).

    self.runner = TaskRunner(self, progress=self.progress_box)
    self.runner.start(export_contacts, self.workspace, path, write=True, status=self.tr("Exporting…"),
                      on_done=self._exported)

`start` runs a plain core function `fn(*args, progress=, cancelled=, **kwargs)` in a worker (see worker.py) and
first stops the task this runner started before (its late result is dropped). The outcome arrives on the UI thread:
`on_done(result)`, `on_error(exception)` or `on_cancel()`; without `on_error` or `on_cancel`, the progress box (if
any) says what happened in words. The runner is a child of its widget, so a page finds every runner below it
(`SectionPage.shutdown`) and the task is detached when the widget goes away. It knows nothing of the database:
whatever the function does with the workspace is the function's business.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from . import worker

if TYPE_CHECKING:
    from .progress_box import ProgressBox


class TaskRunner(QObject):
    """Runs one task at a time for its owner widget; starting another stops the previous one."""

    busy_changed = Signal(bool)  # True when work starts; False once it has ended and its outcome was handed over

    def __init__(self, owner: QObject, *, progress: ProgressBox | None = None) -> None:
        super().__init__(owner)
        self.progress = progress
        self.task: worker.Task | None = None
        self._callbacks: tuple = (None, None, None)  # on_done, on_error, on_cancel of the current task
        self._delivering = False  # a callback is running: a task it starts continues this busy spell
        if progress is not None:
            progress.cancel_requested.connect(self.cancel)

    @property
    def busy(self) -> bool:
        """True from start() until the task's outcome has been delivered."""
        return self.task is not None and self.task.running

    def start(self, fn: Callable[..., Any], *args: Any, write: bool = False, status: str = "",
              on_done: Callable[[Any], None] | None = None, on_error: Callable[[BaseException], None] | None = None,
              on_cancel: Callable[[], None] | None = None, **kwargs: Any) -> worker.Task:
        """Stop the previous task (its outcome is dropped) and run `fn` in a worker.

        `write=True`: the function writes to the workspace (the single-thread write pool). `status`: shown in the
        progress box while it runs. The callbacks are called on the UI thread once the task has ended.
        """
        was_busy = self.busy
        self._drop()
        task = worker.run_task(fn, *args, parent=self.parent(), write=write, **kwargs)
        self.task = task
        if self.progress is not None:
            self.progress.begin(status)
            task.progress.connect(self.progress.set_progress)
        self._callbacks = (on_done, on_error, on_cancel)
        # bound methods of this runner, not lambdas holding the task: no reference cycle keeps a closed window alive
        task.finished.connect(self._finished)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._cancelled)
        if not was_busy and not self._delivering:
            self.busy_changed.emit(True)
        return task

    def cancel(self) -> None:
        """Ask the running task to stop; its `cancelled` outcome still arrives (or its result, if it was done)."""
        if self.busy:
            assert self.task is not None
            self.task.cancel()
            if self.progress is not None:
                self.progress.stopping()

    def shutdown(self) -> worker.Task | None:
        """The owner is closing: stop the task and drop its outcome; returns it while it still runs (to wait for)."""
        task = self.task if self.busy else None
        was_busy = self.busy
        self._drop()
        if self.progress is not None and was_busy:
            self.progress.end()
        if was_busy:
            self.busy_changed.emit(False)
        return task

    def _drop(self) -> None:
        if self.task is not None and self.task.running:
            self.task.detach()
        self.task = None
        self._callbacks = (None, None, None)

    def _finished(self, result: Any) -> None:
        self._ended(self.sender(), 0, result)

    def _failed(self, exc: BaseException) -> None:
        self._ended(self.sender(), 1, exc, failure=True)

    def _cancelled(self) -> None:
        self._ended(self.sender(), 2, stopped=True)

    def _ended(self, task: QObject, which: int, value: Any = None, *, failure: bool = False,
               stopped: bool = False) -> None:
        if task is None or task is not self.task:  # a task this runner has dropped (detached ones say nothing)
            return
        callback = self._callbacks[which]
        self.task = None
        self._callbacks = (None, None, None)
        if self.progress is not None:
            self.progress.end()
        self._delivering = True
        try:
            if stopped:
                if callback is not None:
                    callback()
                elif self.progress is not None:
                    self.progress.show_stopped()
            elif failure:
                if callback is not None:
                    callback(value)
                elif self.progress is not None:
                    self.progress.set_status(worker.describe_error(value))
            elif callback is not None:
                callback(value)
        finally:
            self._delivering = False
        if not self.busy:  # after the callback, which may have started the next step
            self.busy_changed.emit(False)


def shutdown_all(widget: QObject) -> list[worker.Task]:
    """Stop every runner below `widget` (a page or a dialog that is closing); returns the tasks still running."""
    return [task for runner in widget.findChildren(TaskRunner) if (task := runner.shutdown()) is not None]
