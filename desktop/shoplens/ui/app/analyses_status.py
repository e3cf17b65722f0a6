"""The follow-up of an import in the status bar: "Updating predictions and suggestions…", a bar and Stop.

An import writes its rows and what the screens need at once; the predictions and suggestions follow in the background
(pipeline.update_analyses, in the write worker), so the owner can look at the new data meanwhile. The window starts
this after the import wizard has written its files, and when it opens a workspace that still has them due (the app
was closed, or Stop pressed, before they were done). `updated` is emitted once they are in, so the pages refresh.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ..common.concurrent import TaskRunner
from ..common.progress_box import ProgressBox
from ..common.worker import describe_error, write_queued

log = logging.getLogger("shoplens.ui.app.analyses_status")


class AnalysesStatus(QWidget):
    """A status-bar row that runs the due analyses of a workspace; hidden while there is nothing to do."""

    updated = Signal()  # the predictions and suggestions are in: refresh the pages
    said = Signal(str)  # a sentence for the status bar (stopped, failed)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("analysesStatus")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self.tr("Updating predictions and suggestions…"))
        self.label.setToolTip(self.tr("The imported data can be used already; predicted values and suggested"
                                      " products follow when this is done."))
        layout.addWidget(self.label)
        self.box = ProgressBox(self, with_status=False)
        self.box.setMinimumWidth(160)
        layout.addWidget(self.box)
        self.runner = TaskRunner(self, progress=self.box)
        self.runner.busy_changed.connect(self.setVisible)
        self.setVisible(False)
        self.workspace = None
        self._yielding = False  # stopped for another write: queued again behind it, not "stopped"
        write_queued().connect(self._other_write)

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def start_if_due(self, workspace) -> bool:
        """Run the analyses when the workspace has them due (and may be written) and they are not running already;
        True when started."""
        from ...pipeline import analyses_due, update_analyses_if_due

        if self.busy or workspace is None or workspace.readonly or not analyses_due(workspace):
            return False
        self.workspace = workspace
        self._yielding = False
        self.runner.start(update_analyses_if_due, workspace, write=True, on_done=self._done, on_error=self._failed,
                          on_cancel=self._stopped)
        return True

    def shutdown(self):
        """The workspace is closing: stop (they stay due) and return the task while it still runs."""
        return self.runner.shutdown()

    def _done(self, _result) -> None:
        self.updated.emit()

    def _failed(self, exc: BaseException) -> None:
        log.error("updating predictions and suggestions failed", exc_info=exc)
        self.said.emit(self.tr("Predictions and suggestions could not be updated: %1").replace(
            "%1", describe_error(exc)))

    def _other_write(self, task) -> None:
        """Another write was queued (a cleaning step, a campaign): it should not wait behind the analyses in the
        write worker. Stop them (they stay due) and queue them again behind it."""
        if self.busy and task is not self.runner.task and not self._yielding:
            self._yielding = True
            self.runner.cancel()

    def _stopped(self) -> None:
        if self._yielding:  # made way for another write: run again after it (start_if_due queues behind it)
            self._yielding = False
            self.start_if_due(self.workspace)
            return
        self.said.emit(self.tr("Stopped: predictions and suggestions will be updated when this workspace is next"
                               " opened."))
