"""The progress area of a dialog or page: a bar, a status line and Stop, driven by a TaskRunner.

Idle, only the status line shows (the last outcome: "Saved …", an error in words, "Stopped."). While a task runs,
the bar moves (busy until the task reports a total) and Stop asks the task to stop.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from .i18n import current_language


class ProgressBox(QWidget):
    """Bar + status text + Stop; `cancel_requested` is connected to the runner's cancel()."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, cancellable: bool = True, with_status: bool = True,
                 show_messages: bool | None = None) -> None:
        super().__init__(parent)
        # The core's step messages are English: show them only when the UI is in English.
        self.show_messages = current_language() == "en" if show_messages is None else show_messages
        self.status_text = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        row.addWidget(self.bar, 1)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("stopButton")
        self.stop_button.setVisible(False)
        self.stop_button.clicked.connect(self.cancel_requested)
        self.cancellable = cancellable
        row.addWidget(self.stop_button)
        layout.addLayout(row)
        self.status_label = QLabel("")
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setVisible(with_status)  # compact (a toolbar): the owner words the outcome itself
        layout.addWidget(self.status_label)

    @property
    def running(self) -> bool:
        """True while a task is shown."""
        return self.bar.isVisible()

    def begin(self, status: str = "") -> None:
        """A task started: a busy bar, the status, Stop."""
        self.bar.setRange(0, 0)
        self.bar.setValue(0)
        self.bar.setVisible(True)
        self.stop_button.setEnabled(True)
        self.stop_button.setVisible(self.cancellable)
        self.set_status(status)

    def set_progress(self, done: int, total: int, message: str = "") -> None:
        """Move the bar; the core's message is added to the status when it is in the UI's language."""
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if self.show_messages and message:
            self.status_label.setText(f"{self.status_text}\n{message}" if self.status_text else message)

    def stopping(self) -> None:
        """Stop was asked for: say so until the task has really stopped."""
        self.stop_button.setEnabled(False)
        self.status_label.setText(self.tr("Stopping…"))

    def end(self) -> None:
        """The task ended: hide the bar and Stop (the status stays until the next one)."""
        self.bar.setVisible(False)
        self.stop_button.setVisible(False)

    def set_status(self, text: str) -> None:
        """The status line."""
        self.status_text = text
        self.status_label.setText(text)

    def show_stopped(self) -> None:
        """The default words for a task that was stopped."""
        self.set_status(self.tr("Stopped."))
