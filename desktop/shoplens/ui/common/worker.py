"""The worker under the UI's TaskRunner (concurrent.py): run a core function in a thread pool, with
progress/result/error/cancel as signals. Pages and dialogs start work through a TaskRunner, not through run_task.

A core function `fn(*args, progress=..., cancelled=..., **kwargs)` runs in a QThreadPool; the returned `Task`
emits `progress(done, total, message)`, then exactly one of `finished(result)`, `failed(exception)` or
`cancelled()`, always on the UI thread. Work that writes to the workspace (`write=True`, opening it included) runs on
the one write thread, which owns every workspace it opens: only that thread writes (Anki's single database thread,
Picard's save pool). Every other thread, this one included, reads through a read-only connection of its own; a task
in the read pool closes the ones it opened when it ends.

The worker thread never holds a reference to a QObject: it reports through one long-lived relay object by task id,
so a window can be closed while its task still runs (the task is detached: cancelled, and its signals dropped).
"""

from __future__ import annotations

import gc
import itertools
import logging
import queue
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from ...errors import Cancelled, InputError
from ...workspace import Workspace, close_thread_readers

log = logging.getLogger("shoplens.ui.common.worker")

SYNCHRONOUS = False  # tests: run tasks on the UI thread on the next turn of the event loop (Picard's FakeThreadPool)
LOG_FILE: str | None = None  # set by the application when it opens its log file; named in bug messages
PROGRESS_INTERVAL = 0.05  # seconds between two progress signals of one task (the UI does not need more)

GC_THRESHOLDS_WHILE_BUSY = (100_000, 50, 1000)  # fewer, cheaper garbage collections while tasks build big tables

_ids = itertools.count(1)
_busy = 0
_busy_lock = threading.Lock()
_saved_thresholds: tuple[int, ...] | None = None
_relay: _Relay | None = None
_read_pool: QThreadPool | None = None
_writer: _WriteThread | None = None
_pending_sync: set[_Job] = set()


class Task(QObject):
    """A function running in a worker; its signals arrive on the UI thread."""

    progress = Signal(int, int, str)  # done, total, message
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception (InputError for bad input, anything else is a bug)
    cancelled = Signal()

    def __init__(self, name: str = "") -> None:
        super().__init__()
        self.name = name
        self._cancel = threading.Event()
        self._ended = threading.Event()  # set in the worker thread as soon as the function has returned or raised
        self._running = True
        self._detached = False

    @property
    def running(self) -> bool:
        """True until one of finished/failed/cancelled has been delivered (or the task was detached and ended)."""
        return self._running

    @property
    def cancel_requested(self) -> bool:
        """True once cancel() was called."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the function to stop: its `cancelled()` check returns True from now on."""
        self._cancel.set()

    def detach(self) -> None:
        """Cancel and drop every later signal (the window that started it is going away or started another)."""
        self._detached = True
        self._cancel.set()

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until the function has returned (e.g. before closing the workspace); False on timeout."""
        if SYNCHRONOUS and threading.current_thread() is threading.main_thread():
            deadline = None if timeout_ms < 0 else time.monotonic() + timeout_ms / 1000
            while not self._ended.is_set() and (deadline is None or time.monotonic() < deadline):
                QCoreApplication.processEvents()
            return self._ended.is_set()
        return self._ended.wait(None if timeout_ms < 0 else timeout_ms / 1000)

    def _deliver(self, kind: str, value: Any) -> None:
        self._running = False
        if self._detached:
            return
        if kind == "finished":
            self.finished.emit(value)
        elif kind == "cancelled":
            self.cancelled.emit()
        else:
            self.failed.emit(value)


class _Relay(QObject):
    """Lives on the UI thread for the whole session; worker threads emit its signals with a task id."""

    progress_from_worker = Signal(object, int, int, str)
    done_from_worker = Signal(object, str, object)
    write_queued = Signal(object)  # a Task was put in the write queue (on the UI thread, as run_task is called)

    def __init__(self) -> None:
        super().__init__()
        self.tasks: dict[int, Task] = {}
        from PySide6.QtCore import Qt

        queued = Qt.ConnectionType.QueuedConnection
        self.progress_from_worker.connect(self._on_progress, queued)
        self.done_from_worker.connect(self._on_done, queued)

    @Slot(object, int, int, str)
    def _on_progress(self, task_id: int, done: int, total: int, message: str) -> None:
        task = self.tasks.get(task_id)
        if task is not None and task._running and not task._detached:
            task.progress.emit(done, total, message)

    @Slot(object, str, object)
    def _on_done(self, task_id: int, kind: str, value: object) -> None:
        task = self.tasks.pop(task_id, None)
        if task is not None:
            task._deliver(kind, value)


class _Job(QRunnable):
    """Runs the function in a pool thread; talks to the UI only through the relay, by task id."""

    def __init__(self, task_id: int, fn: Callable[..., Any], args: tuple, kwargs: dict, cancel: threading.Event,
                 ended: threading.Event, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.task_id, self.fn, self.args, self.kwargs = task_id, fn, args, kwargs
        self.cancel, self.ended, self.relay = cancel, ended, relay

    def run(self) -> None:
        relay, task_id, cancel = self.relay, self.task_id, self.cancel
        last = [0.0]

        def progress(done: int, total: int, message: str = "") -> None:
            now = time.monotonic()
            if now - last[0] >= PROGRESS_INTERVAL or (total and done >= total):
                last[0] = now
                relay.progress_from_worker.emit(task_id, int(done), int(total), str(message))

        kind: str
        value: object = None
        _gc_relax(True)
        try:
            if cancel.is_set():
                raise Cancelled()
            value = self.fn(*self.args, progress=progress, cancelled=cancel.is_set, **self.kwargs)
            kind = "finished"
        except Cancelled:
            kind = "cancelled"
        except Exception as exc:  # handed to the UI, which shows it in words
            if not isinstance(exc, InputError):
                log.error("A background task failed: %s", getattr(self.fn, "__qualname__", self.fn), exc_info=exc)
            kind, value = "failed", exc
        finally:
            self.fn = self.args = self.kwargs = None  # drop references in this thread
            if threading.current_thread() is not threading.main_thread():  # (not in synchronous mode: the UI's own)
                close_thread_readers()
            _gc_relax(False)
            self.ended.set()
        relay.done_from_worker.emit(task_id, kind, value)


def _gc_relax(start: bool) -> None:
    """While any task runs, collect garbage rarely: a full collection over a 300,000-row table holds the GIL (and
    so freezes the window) for a quarter of a second; the normal thresholds come back when the last task ends."""
    global _busy, _saved_thresholds
    with _busy_lock:
        if start:
            _busy += 1
            if _busy == 1:
                _saved_thresholds = gc.get_threshold()
                gc.set_threshold(*GC_THRESHOLDS_WHILE_BUSY)
        else:
            _busy -= 1
            if _busy == 0 and _saved_thresholds is not None:
                gc.set_threshold(*_saved_thresholds)
                _saved_thresholds = None


def _get_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


def read_pool() -> QThreadPool:
    """The pool that reading and computing tasks run in (a few threads)."""
    global _read_pool
    if _read_pool is None:
        _read_pool = QThreadPool()
        _read_pool.setMaxThreadCount(max(2, min(4, QThreadPool.globalInstance().maxThreadCount())))
        _read_pool.setExpiryTimeout(30_000)
    return _read_pool


class _WriteThread(threading.Thread):
    """The one thread that opens and writes workspaces, for the whole session: a workspace belongs to the thread
    that opened it, so this one must never be replaced (a QThreadPool retires idle threads)."""

    def __init__(self) -> None:
        super().__init__(name="shoplens-writer", daemon=True)
        self.jobs: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()

    def run(self) -> None:
        while True:
            job = self.jobs.get()
            try:
                job()
            except BaseException:  # the thread must outlive any job (they report their own errors)
                log.exception("a job on the write thread failed")
            del job


def write_thread() -> _WriteThread:
    """The write thread (started on first use)."""
    global _writer
    if _writer is None:
        _writer = _WriteThread()
        _writer.start()
    return _writer


def on_write_thread(fn: Callable[..., Any], *args: Any, timeout_ms: int = 30_000, **kwargs: Any) -> Any:
    """Run a short `fn(*args, **kwargs)` on the write thread and wait for its result (or its exception).

    For the few steps the UI thread must see done before it goes on, such as closing a workspace; long work is a task.
    """
    if SYNCHRONOUS and threading.current_thread() is threading.main_thread():
        return fn(*args, **kwargs)
    done: queue.SimpleQueue[tuple[bool, Any]] = queue.SimpleQueue()

    def call() -> None:
        try:
            done.put((True, fn(*args, **kwargs)))
        except BaseException as exc:  # raised again in the waiting thread
            done.put((False, exc))

    write_thread().jobs.put(call)
    try:
        ok, value = done.get(timeout=timeout_ms / 1000)
    except queue.Empty:
        raise TimeoutError(f"the write thread did not run {getattr(fn, '__qualname__', fn)} in time") from None
    if not ok:
        raise value
    return value


def close_workspace(ws: Workspace, timeout_ms: int = 30_000) -> None:
    """Close a workspace: this thread's read-only connection here, the workspace itself on the thread that owns it."""
    ws.close_reader()
    if ws.owned_here:
        ws.close()
        return
    try:
        on_write_thread(ws.close, timeout_ms=timeout_ms)
    except TimeoutError:  # a write that does not stop: the close stays queued behind it and runs when it ends
        log.warning("the write thread is still busy; the workspace will be closed when its work ends")


def run_task(fn: Callable[..., Any], *args: Any, parent: QObject | None = None, write: bool = False,
             **kwargs: Any) -> Task:
    """Run `fn(*args, progress=, cancelled=, **kwargs)` in a worker; call on the UI thread, connect, and let it run.

    `parent`: when that object is destroyed, the task is detached (cancelled, no more signals).
    `write=True`: the task writes to the workspace (or opens one) and runs on the write thread.
    """
    if QCoreApplication.instance() is None:
        raise RuntimeError("run_task needs a QApplication")
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError("run_task must be called on the UI thread")
    relay = _get_relay()
    task = Task(getattr(fn, "__name__", ""))
    task_id = next(_ids)
    relay.tasks[task_id] = task
    job = _Job(task_id, fn, args, kwargs, task._cancel, task._ended, relay)
    if parent is not None:
        parent.destroyed.connect(task.detach)
    if SYNCHRONOUS:
        _pending_sync.add(job)

        def run_now() -> None:
            _pending_sync.discard(job)
            job.run()

        QTimer.singleShot(0, run_now)
    elif write:
        write_thread().jobs.put(job.run)
    else:
        read_pool().start(job)
    if write:
        relay.write_queued.emit(task)
    return task


def write_queued() -> Signal:
    """Emitted with each Task put in the write queue (background work can make way for it)."""
    return _get_relay().write_queued


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Wait until every started task has ended and its signals were delivered (tests, closing the workspace)."""
    deadline = time.monotonic() + timeout_ms / 1000
    relay = _get_relay()
    while relay.tasks or _pending_sync:
        if time.monotonic() > deadline:
            return False
        if _read_pool is not None and _read_pool.activeThreadCount():
            _read_pool.waitForDone(10)
        else:
            time.sleep(0.005)
        QCoreApplication.processEvents()
    return True


def describe_error(exc: BaseException) -> str:
    """A sentence for the user: the InputError's own text, or for a bug, where the details were written."""
    if isinstance(exc, InputError):
        from .core_messages import describe_input_error

        return describe_input_error(exc)
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate(
            "Worker", "The computer ran out of memory. Close other programs, or split the file into smaller files,"
            " and try again.")
    if isinstance(exc, OSError) and getattr(exc, "strerror", None):
        return QCoreApplication.translate("Worker", "A file could not be read or written (%1). Check that it is not"
                                          " open in another program and try again.").replace("%1", str(exc.strerror))
    text = QCoreApplication.translate(
        "Worker", "Something went wrong inside ShopLens (%1). Please try again; if it happens again, send the log"
        " file to your supplier.").replace("%1", type(exc).__name__)
    if LOG_FILE:
        text += " " + QCoreApplication.translate("Worker", "The log file is %1.").replace("%1", LOG_FILE)
    return text
