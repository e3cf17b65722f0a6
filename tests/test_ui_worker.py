"""The UI's worker: result, error and cancel paths, threads, the write thread and detaching (TaskRunner on top of it:
test_ui_concurrent.py)."""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget

from shoplens.errors import Cancelled, InputError
from shoplens.ui.common import worker
from shoplens.ui.common.worker import describe_error, run_task, wait_for_all


@pytest.fixture(autouse=True)
def _no_tasks_left(qapp):
    yield
    assert wait_for_all(10_000), "a task was still running after the test"


@pytest.fixture(params=[False, True], ids=["threads", "synchronous"])
def mode(request, monkeypatch):
    monkeypatch.setattr(worker, "SYNCHRONOUS", request.param)
    return request.param


def counting(n, *, progress, cancelled, delay=0.0):
    """Count to n, reporting each step; stop when asked."""
    for i in range(1, n + 1):
        if cancelled():
            raise Cancelled()
        if delay:
            time.sleep(delay)
        progress(i, n, f"step {i}")
    return {"counted": n, "thread": threading.current_thread().name}


def test_result_and_progress_arrive_on_the_ui_thread(qtbot, mode):
    seen = []
    task = run_task(counting, 5, delay=0.01)
    task.progress.connect(lambda d, t, m: seen.append((d, t, m, threading.current_thread() is threading.main_thread())))
    assert task.running
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        pass
    result = blocker.args[0]
    assert result["counted"] == 5
    assert (result["thread"] == threading.main_thread().name) is mode  # synchronous mode runs on the UI thread
    assert not task.running
    assert seen and seen[-1][:3] == (5, 5, "step 5")  # throttled, but the last step always arrives
    assert all(on_ui for *_, on_ui in seen)


def test_input_error_and_bug_are_delivered_as_failed(qtbot, mode, caplog):
    def bad_input(*, progress, cancelled):
        raise InputError("The sheet is empty.", file="a.csv")

    def bug(*, progress, cancelled):
        raise KeyError("oops")

    task = run_task(bad_input)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], InputError)
    assert describe_error(blocker.args[0]) == 'file "a.csv": The sheet is empty.'

    task = run_task(bug)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], KeyError)
    text = describe_error(blocker.args[0])
    assert "KeyError" in text and "Traceback" not in text
    assert any("background task failed" in r.message for r in caplog.records)  # a bug goes to the log


def test_cancel_stops_the_function_and_emits_cancelled(qtbot):
    task = run_task(counting, 10_000, delay=0.001)
    finished = []
    task.finished.connect(finished.append)
    with qtbot.waitSignal(task.progress, timeout=5000):
        pass
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        task.cancel()
    assert task.cancel_requested and not task.running and not finished


def test_cancel_before_start_never_runs_the_function(qtbot, mode):
    ran = []

    def record(*, progress, cancelled):
        ran.append(1)

    gate = threading.Event()
    blocker = run_task(lambda **_: gate.wait(5) if not mode else None, write=True)  # holds the one write thread
    task = run_task(record, write=True)
    task.cancel()
    gate.set()
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        pass
    assert ran == [] and not blocker.cancel_requested


def test_write_tasks_never_overlap(qtbot):
    spans = []

    def write(i, *, progress, cancelled):
        start = time.monotonic()
        time.sleep(0.03)
        spans.append((start, time.monotonic()))
        return i

    tasks = [run_task(write, i, write=True) for i in range(4)]
    results = []
    for t in tasks:
        t.finished.connect(results.append)
    qtbot.waitUntil(lambda: len(results) == 4, timeout=5000)
    assert sorted(results) == [0, 1, 2, 3]
    spans.sort()
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:], strict=False))


def test_read_tasks_run_side_by_side(qtbot):
    barrier = threading.Barrier(2, timeout=5)

    def meet(*, progress, cancelled):
        barrier.wait()  # both tasks must be running at once, or this times out
        return True

    results = []
    for t in [run_task(meet), run_task(meet)]:
        t.finished.connect(results.append)
        t.failed.connect(results.append)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=8000)
    assert results == [True, True]


def test_destroying_the_parent_detaches_its_task(qtbot, mode):
    owner = QWidget()
    task = run_task(counting, 10_000, delay=0.001, parent=owner)
    heard = []
    task.finished.connect(heard.append)
    task.cancelled.connect(lambda: heard.append("cancelled"))
    task.failed.connect(heard.append)
    if not mode:
        with qtbot.waitSignal(task.progress, timeout=5000):  # the function runs in its thread
            pass
    shiboken6.delete(owner)  # the window goes away while its task runs
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    assert task.cancel_requested and heard == []


def test_wait_blocks_until_the_function_returned(qtbot, mode):
    task = run_task(counting, 20, delay=0.005)
    results = []
    task.finished.connect(results.append)
    assert task.wait(5000)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results[0]["counted"] == 20 and not task.cancel_requested


def test_many_emits_do_not_use_up_true(qtbot):
    """PySide6 6.12 drops a reference of True per emit(); shoplens.ui makes True immortal so this cannot abort."""
    owner = QWidget()
    qtbot.addWidget(owner)
    for _ in range(5000):  # True has a few hundred references at start: without the guard this aborts
        owner.windowTitleChanged.emit("x")
    assert sys.getrefcount(True) > 1000


def test_run_task_refuses_a_worker_thread(qtbot):
    errors = []

    def start_from_thread():
        try:
            run_task(counting, 1)
        except RuntimeError as exc:
            errors.append(str(exc))

    t = threading.Thread(target=start_from_thread)
    t.start()
    t.join()
    assert errors and "UI thread" in errors[0]



def test_the_write_thread_owns_what_it_opens_and_no_other_thread_writes(qtbot, tmp_path):
    """As in the app: a workspace opened by a write task belongs to the write thread for good (waiting for every
    task included); its write tasks succeed, a read task that writes fails and changes nothing, and the UI thread
    reads what was committed through a connection of its own."""
    from shoplens.workspace import NotTheOwner, Workspace

    def outcome(task):  # the result, or the exception raised
        got = []
        task.finished.connect(got.append)
        task.failed.connect(got.append)
        qtbot.waitUntil(lambda: bool(got), timeout=10_000)
        return got[0]

    Workspace.create(tmp_path / "shop.shoplens").close()
    ws = outcome(run_task(lambda path, **_: Workspace.open(path), tmp_path / "shop.shoplens", write=True))
    assert isinstance(ws, Workspace) and ws.owner is worker.write_thread() and not ws.owned_here
    try:
        for name in ("First", "Second"):
            assert wait_for_all(10_000)  # (a thread pool would retire or replace its idle threads here)
            assert outcome(run_task(lambda name, **_: ws.set_meta("shop_name", name), name, write=True)) is None
            assert ws.meta("shop_name") == name
        failed = outcome(run_task(lambda **_: ws.set_meta("shop_name", "Lost")))  # a read task
        assert isinstance(failed, NotTheOwner) and "'shoplens-writer'" in str(failed)
        with pytest.raises(NotTheOwner):
            ws.set_meta("shop_name", "Lost")  # nor the UI thread
        assert ws.meta("shop_name") == "Second"
    finally:
        worker.close_workspace(ws)
    with Workspace.open(tmp_path / "shop.shoplens") as again:
        assert again.meta("shop_name") == "Second"


def test_closing_while_a_write_does_not_stop_closes_when_it_ends(qtbot, tmp_path, caplog):
    """The window cannot wait forever for a write that ignores Cancel: the close waits its turn on the write
    thread, and the file is closed and its lock given back (other copies of ShopLens may open it) when that write
    ends."""
    from shoplens.workspace import Workspace, lock

    path = tmp_path / "shop.shoplens"
    Workspace.create(path).close()
    ws = worker.on_write_thread(Workspace.open, path)
    gate = threading.Event()
    stuck = run_task(lambda **_: gate.wait(10), write=True)
    worker.close_workspace(ws, timeout_ms=200)
    assert "still busy" in caplog.text
    assert lock.lock_path(path).exists()  # still open: the write runs on
    gate.set()
    assert stuck.wait(10_000) and wait_for_all(10_000)
    worker.on_write_thread(lambda: None)  # the close queued behind the write has run
    assert not lock.lock_path(path).exists()
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        ws.meta("currency")
