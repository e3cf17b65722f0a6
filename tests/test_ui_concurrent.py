"""The one pattern for long work in the UI: TaskRunner (start/cancel/shutdown), ProgressBox and SectionPage."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from shoplens.errors import Cancelled, InputError
from shoplens.ui.common import worker
from shoplens.ui.common.concurrent import TaskRunner
from shoplens.ui.common.progress_box import ProgressBox
from shoplens.ui.common.section_page import SectionPage


@pytest.fixture(autouse=True)
def _real_threads(qapp, monkeypatch):
    monkeypatch.setattr(worker, "SYNCHRONOUS", False)
    yield
    assert worker.wait_for_all(10_000), "a task was still running after the test"


class Gate:
    """A task that runs until the test opens the gate or cancels it; records the thread it ran on."""

    def __init__(self) -> None:
        self.opened = threading.Event()
        self.started = threading.Event()
        self.saw_cancel = False
        self.thread: threading.Thread | None = None

    def __call__(self, value, *, progress, cancelled):
        self.thread = threading.current_thread()
        self.started.set()
        progress(1, 4, "waiting")
        while not self.opened.wait(0.005):
            if cancelled():
                self.saw_cancel = True
                raise Cancelled()
        progress(4, 4, "done")
        return value


def _owner(qtbot) -> tuple[QWidget, ProgressBox, TaskRunner]:
    owner = QWidget()
    qtbot.addWidget(owner)
    box = ProgressBox(owner, show_messages=False)
    QVBoxLayout(owner).addWidget(box)
    owner.show()
    return owner, box, TaskRunner(owner, progress=box)


def test_result_arrives_on_the_ui_thread_and_the_work_runs_in_a_worker(qtbot):
    _owner_widget, box, runner = _owner(qtbot)
    gate, got = Gate(), []
    runner.start(gate, 42, status="Counting",
                 on_done=lambda value: got.append((value, threading.current_thread() is threading.main_thread())))
    assert runner.busy and box.running and box.stop_button.isVisible()
    assert box.status_label.text() == "Counting"
    gate.opened.set()
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [(42, True)]
    assert gate.thread is not threading.main_thread()
    assert not runner.busy and not box.running and not box.stop_button.isVisible()


def test_start_stops_the_previous_task_and_drops_its_result(qtbot):
    _owner_widget, _box, runner = _owner(qtbot)
    first, second, got = Gate(), Gate(), []
    runner.start(first, "first", on_done=got.append, on_cancel=lambda: got.append("first cancelled"))
    assert first.started.wait(5)
    runner.start(second, "second", on_done=got.append)
    second.opened.set()
    qtbot.waitUntil(lambda: got == ["second"], timeout=5000)
    assert first.saw_cancel  # the first task was asked to stop ...
    assert worker.wait_for_all(5000)
    assert got == ["second"]  # ... and delivered nothing, not even its cancellation


def test_busy_changes_once_per_run_even_when_a_task_replaces_another(qtbot):
    _owner_widget, _box, runner = _owner(qtbot)
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    first, second = Gate(), Gate()
    runner.start(first, 1)
    runner.start(second, 2)
    second.opened.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert states == [True, False]


def test_a_callback_that_starts_the_next_step_keeps_the_runner_busy(qtbot):
    _owner_widget, _box, runner = _owner(qtbot)
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    first, second, got = Gate(), Gate(), []

    def then_second(value):
        got.append(value)
        runner.start(second, "second", on_done=got.append)

    runner.start(first, "first", on_done=then_second)
    first.opened.set()
    qtbot.waitUntil(lambda: got == ["first"], timeout=5000)
    assert runner.busy and states == [True]  # one busy spell across both steps
    second.opened.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert got == ["first", "second"] and states == [True, False]


def test_an_error_is_handed_to_the_callback_or_shown_in_words(qtbot):
    _owner_widget, box, runner = _owner(qtbot)

    def bad(*, progress, cancelled):
        raise InputError("The file orders.csv has no header row.")

    errors = []
    runner.start(bad, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], InputError)
    runner.start(bad)  # no callback: the progress box says it
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert "orders.csv" in box.status_label.text()
    assert not box.running


def test_cancel_stops_the_task_and_says_so(qtbot):
    _owner_widget, box, runner = _owner(qtbot)
    gate, got = Gate(), []
    runner.start(gate, 1, on_done=got.append)
    assert gate.started.wait(5)
    box.stop_button.click()  # the Stop button cancels through the runner
    assert box.status_label.text() == box.tr("Stopping…")
    assert not box.stop_button.isEnabled()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert gate.saw_cancel and got == []
    assert box.status_label.text() == box.tr("Stopped.")
    assert not box.running


def test_cancel_callback_replaces_the_default_words(qtbot):
    _owner_widget, box, runner = _owner(qtbot)
    gate, got = Gate(), []
    runner.start(gate, 1, on_cancel=lambda: got.append("cancelled"))
    assert gate.started.wait(5)
    runner.cancel()
    qtbot.waitUntil(lambda: got == ["cancelled"], timeout=5000)
    assert box.status_label.text() != box.tr("Stopped.")


def test_shutdown_stops_the_task_returns_it_to_wait_for_and_delivers_nothing(qtbot):
    _owner_widget, box, runner = _owner(qtbot)
    gate, got = Gate(), []
    runner.start(gate, 1, on_done=got.append, on_error=got.append, on_cancel=lambda: got.append("cancelled"))
    assert gate.started.wait(5)
    task = runner.shutdown()
    assert task is not None and task.cancel_requested
    assert not runner.busy and not box.running
    assert task.wait(5000)
    assert worker.wait_for_all(5000)
    assert got == [] and gate.saw_cancel
    assert runner.shutdown() is None  # nothing left to stop


def test_progress_moves_the_bar_and_english_messages_join_the_status(qtbot):
    _owner_widget, box, runner = _owner(qtbot)
    box.show_messages = True
    gate = Gate()
    runner.start(gate, 1, status="Working")
    qtbot.waitUntil(lambda: box.bar.maximum() == 4, timeout=5000)
    assert box.bar.value() == 1
    assert box.status_label.text() == "Working\nwaiting"
    gate.opened.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)


def test_a_section_page_finds_the_runners_of_its_tabs_and_dialogs(qtbot, tmp_path):
    page = SectionPage(workspace=None)
    qtbot.addWidget(page)
    tab = QWidget(page)
    dialog = QDialog(page)
    tab_runner, dialog_runner = TaskRunner(tab), TaskRunner(dialog)
    assert set(page.runners()) == {tab_runner, dialog_runner}
    assert not page.busy
    gates = Gate(), Gate()
    tab_runner.start(gates[0], 1)
    dialog_runner.start(gates[1], 2)
    assert all(gate.started.wait(5) for gate in gates)
    assert page.busy
    tasks = page.shutdown()
    assert len(tasks) == 2 and all(task.cancel_requested for task in tasks)
    assert all(task.wait(5000) for task in tasks)
    assert not page.busy
    assert all(gate.saw_cancel for gate in gates)
