"""A progress dialog with Cancel for one worker Task (QProgressDialog wrapper)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from .i18n import current_language


class ProgressPanel(QProgressDialog):
    """Shows a Task's progress; Cancel asks the task to stop; closes itself when the task ends."""

    def __init__(self, task, label: str, parent: QWidget | None = None, *, show_messages: bool | None = None) -> None:
        super().__init__(label, "", 0, 0, parent)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.setCancelButton(self.cancel_button)
        self.task = task
        self.label_text = label
        # The core's step messages are English: show them only when the UI is in English.
        self.show_messages = current_language() == "en" if show_messages is None else show_messages
        self.setWindowTitle(label)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(420)
        task.progress.connect(self.on_progress)
        for signal in (task.finished, task.failed, task.cancelled):
            signal.connect(self._ended)
        self.canceled.connect(self._cancel)
        self.show()

    def on_progress(self, done: int, total: int, message: str) -> None:
        """Move the bar; the message is shown under the label when it is in the UI's language."""
        if total > 0:
            self.setRange(0, total)
            self.setValue(min(done, total))
        if self.show_messages and message:
            self.setLabelText(f"{self.label_text}\n{message}")

    def _cancel(self) -> None:
        self.setLabelText(self.tr("Stopping…"))
        self.cancel_button.setEnabled(False)
        self.show()  # QProgressDialog hides itself on cancel; stay until the task has really stopped
        self.task.cancel()

    def _ended(self, *_args) -> None:
        self.hide()
        self.deleteLater()
