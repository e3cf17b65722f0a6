"""One open workspace: the navigation on the left and the section pages, created when first shown."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget

from ..common.section_page import SectionPage
from ..common.worker import Task
from .sections import SECTIONS, Section

log = logging.getLogger("shoplens.ui.app.workspace_view")


class WorkspaceView(QWidget):
    """Navigation (Home, Data, Cleaning, Tags, Segments, Reports, Campaigns) and a stack of pages."""

    data_changed = Signal()  # a page changed the data (cleaning applied, ...): refresh counts and other pages
    import_requested = Signal()  # a page offered to import files (Home of an empty shop)

    def __init__(self, workspace, parent: QWidget | None = None, sections: list[Section] | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.sections = list(sections or SECTIONS)
        self.pages: dict[str, SectionPage] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(170)
        self.nav.setIconSize(QSize(0, 0))
        self.nav.setStyleSheet("QListWidget#navigation { border: none; }"
                               " QListWidget#navigation::item { padding-left: 14px; }")
        font = self.nav.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.nav.setFont(font)
        for sec in self.sections:
            item = QListWidgetItem(sec.translated_title())
            item.setSizeHint(QSize(150, 40))
            self.nav.addItem(item)
        layout.addWidget(self.nav)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.nav.currentRowChanged.connect(self._show_row)

    @property
    def current_key(self) -> str:
        """The key of the section shown."""
        row = self.nav.currentRow()
        return self.sections[row].key if 0 <= row < len(self.sections) else ""

    def select(self, key: str) -> SectionPage:
        """Show a section (creating its page the first time) and return its page."""
        for row, sec in enumerate(self.sections):
            if sec.key == key:
                if self.nav.currentRow() != row:
                    self.nav.setCurrentRow(row)
                else:
                    self._show_row(row)
                return self.pages[key]
        raise KeyError(key)

    def page(self, key: str) -> SectionPage | None:
        """The page of a section if it was created."""
        return self.pages.get(key)

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.sections):
            return
        sec = self.sections[row]
        if sec.key not in self.pages:
            self.pages[sec.key] = self._make_page(sec)
            self.stack.addWidget(self.pages[sec.key])
        self.stack.setCurrentWidget(self.pages[sec.key])

    def _make_page(self, sec: Section) -> SectionPage:
        try:
            page = sec.factory(self.workspace, self)
        except Exception as exc:  # a broken page must not take the window down
            log.exception("the %s page could not be built", sec.key)
            page = SectionPage(self.workspace, self)
            label = QLabel(self.tr("This page could not be opened: %1").replace("%1", str(exc)))
            label.setWordWrap(True)
            QVBoxLayout(page).addWidget(label)
            return page
        page.data_changed.connect(self.data_changed)
        page.go_to.connect(self.go_to)
        page.import_requested.connect(self.import_requested)
        return page

    def go_to(self, key: str, target: object = None) -> SectionPage:
        """Show a section and hand its page the target a page sent the owner there for (see SectionPage.go_to)."""
        page = self.select(key)
        if target is not None:
            page.show_target(target)
        return page

    @property
    def busy(self) -> bool:
        """True while any page has work running."""
        return any(page.busy for page in self.pages.values())

    def refresh(self) -> None:
        """Tell every created page that the data changed."""
        for page in self.pages.values():
            page.refresh()

    def shutdown(self) -> list[Task]:
        """Let the pages stop their work, close their windows and connections; return the tasks to wait for."""
        return [task for page in self.pages.values() for task in page.shutdown()]
