"""A window-modal progress window for work that holds up the whole window (building the demo shop).

It is the ProgressBox (bar, status, Stop) in a small dialog of its own, with the TaskRunner that drives it; it
closes itself when the task has ended.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from .concurrent import TaskRunner
from .progress_box import ProgressBox


class ProgressPanel(QDialog):
    """Runs one task with a bar, the status and Stop; closes (and deletes itself) when the task ends."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)
        self.box = ProgressBox(self)
        QVBoxLayout(self).addWidget(self.box)
        self.runner = TaskRunner(self, progress=self.box)
        self.runner.busy_changed.connect(self._busy_changed)
        self.title = title

    def start(self, fn, *args, **kwargs):
        """Show the window and run `fn` (see TaskRunner.start); returns the Task."""
        task = self.runner.start(fn, *args, status=self.title, **kwargs)
        self.show()
        return task

    def reject(self) -> None:
        """Escape or the window's close button: ask the task to stop; the window stays until it has."""
        self.runner.cancel()

    def _busy_changed(self, busy: bool) -> None:
        if not busy:
            self.hide()
            self.deleteLater()
