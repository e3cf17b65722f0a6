"""What a screen that needs a segmentation shows while there is none: why, and a button that runs the default one.

The default is China's eight customer types against the shop's mean (tasks.segments.run_default_segmentation); it
runs in the write worker with a progress bar and Stop, so the Reports page and the print dialog never end on "run
a segmentation first".
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...tasks.segments import run_default_segmentation
from .concurrent import TaskRunner
from .progress_box import ProgressBox
from .worker import describe_error


class DefaultSegmentationOffer(QWidget):
    """A sentence, "Segment my customers now" and the progress area; `saved(run_id)` when the run is saved."""

    saved = Signal(int)

    def __init__(self, workspace, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("defaultSegmentationOffer")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        self.button = QPushButton(self.tr("Segment my customers now (China's eight customer types)"))
        self.button.setObjectName("runDefaultSegmentation")
        self.button.setToolTip(self.tr("Each customer is high or low in recency, frequency and spend against the"
                                       " shop's mean. You can rename the segments, run another scheme or delete this"
                                       " run later under Segments."))
        self.button.clicked.connect(self.start)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        self.progress = ProgressBox(self)
        layout.addWidget(self.progress)
        self.runner = TaskRunner(self, progress=self.progress)
        self.runner.busy_changed.connect(lambda busy: self.button.setEnabled(not busy))
        self.button.setEnabled(not workspace.readonly)

    def start(self) -> None:
        """Run and save the default segmentation in the write worker."""
        self.runner.start(run_default_segmentation, self.workspace, write=True,
                          status=self.tr("Segmenting the customers…"), on_done=self._saved, on_error=self._failed,
                          on_cancel=self._stopped)

    def _saved(self, run_id: int) -> None:
        self.progress.set_status(self.tr("Done: the customers are segmented."))
        self.saved.emit(int(run_id))

    def _failed(self, exc: BaseException) -> None:
        self.progress.set_status(describe_error(exc))

    def _stopped(self) -> None:
        self.progress.set_status(self.tr("Stopped. Nothing was saved."))
