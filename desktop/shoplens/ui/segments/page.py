"""The Segments section: the segment browser and, on a second tab, the dashboard."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..common.section_page import SectionPage
from ..common.worker import Task
from .browser import SegmentBrowser


class SegmentsPage(SectionPage):
    """Tabs: the segment browser (runs, segments, members, compare, movement) and the dashboard."""

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        from ..reports.dashboard import DashboardView  # matplotlib is imported when the dashboard first draws

        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.browser = SegmentBrowser(workspace, self)
        self.dashboard = DashboardView(workspace, self)
        self.tabs.addTab(self.browser, self.tr("Segments"))
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        layout.addWidget(self.tabs)
        self._dashboard_stale = True
        self.tabs.currentChanged.connect(self._tab_changed)
        self.browser.data_changed.connect(self._changed)
        self.dashboard.run_saved.connect(self._run_saved)  # bound methods, not lambdas holding the page

    def _run_saved(self, run_id: int) -> None:
        self.browser.reload(select=run_id)
        self._changed()

    def _changed(self) -> None:
        self._dashboard_stale = True
        self.data_changed.emit()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.dashboard and self._dashboard_stale:
            self._dashboard_stale = False
            self.dashboard.refresh()

    def show_dashboard(self) -> None:
        """Switch to the dashboard tab (it is calculated when first shown)."""
        self.tabs.setCurrentWidget(self.dashboard)

    def refresh(self) -> None:
        """The data changed: re-read the runs; recalculate the dashboard now if shown, else when it is."""
        self.browser.reload()
        self._dashboard_stale = True
        if self.tabs.currentWidget() is self.dashboard:
            self._tab_changed(self.tabs.currentIndex())

    def shutdown(self) -> list[Task]:
        """Close windows and stop work (the workspace is closing)."""
        return self.browser.shutdown() + super().shutdown()
