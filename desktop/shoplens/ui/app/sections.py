"""The sections of the navigation (Home, Data, Cleaning, Tags, Segments, Reports, Campaigns) and their pages.

Each section's page is made by its `factory(workspace, parent) -> SectionPage` (refresh, shutdown, busy and
data_changed: see common/section_page.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..common.section_page import SectionPage, heading, open_window


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark a text for translation; it is translated where it is shown."""
    return text


@dataclass
class Section:
    """One entry of the navigation."""

    key: str
    title: str  # English; translated in context "Sections"
    factory: Callable[..., SectionPage]

    def translated_title(self) -> str:
        """The title in the UI language."""
        return QCoreApplication.translate("Sections", self.title)


def _home_page(workspace, parent: QWidget | None = None) -> SectionPage:
    from ..home.page import HomePage

    return HomePage(workspace, parent)


def _data_page(workspace, parent: QWidget | None = None) -> SectionPage:
    from ..data.browser import DataBrowser

    return DataBrowser(workspace, parent)


def _cleaning_page(workspace, parent: QWidget | None = None) -> SectionPage:
    return CleaningPage(workspace, parent)


def _tags_page(workspace, parent: QWidget | None = None) -> SectionPage:
    from ..tags.manager import TagManager

    return TagManager(workspace, parent)


def _segments_page(workspace, parent: QWidget | None = None) -> SectionPage:
    from ..segments.page import SegmentsPage

    return SegmentsPage(workspace, parent)


def _reports_page(workspace, parent: QWidget | None = None) -> SectionPage:
    from ..reports.page import ReportsPage

    return ReportsPage(workspace, parent)


def _campaigns_page(workspace, parent: QWidget | None = None) -> SectionPage:
    from ..campaigns.page import CampaignsPage

    return CampaignsPage(workspace, parent)


SECTIONS: list[Section] = [
    Section("home", QT_TRANSLATE_NOOP("Sections", "Home"), _home_page),
    Section("data", QT_TRANSLATE_NOOP("Sections", "Data"), _data_page),
    Section("cleaning", QT_TRANSLATE_NOOP("Sections", "Cleaning"), _cleaning_page),
    Section("tags", QT_TRANSLATE_NOOP("Sections", "Tags"), _tags_page),
    Section("segments", QT_TRANSLATE_NOOP("Sections", "Segments"), _segments_page),
    Section("reports", QT_TRANSLATE_NOOP("Sections", "Reports"), _reports_page),
    Section("campaigns", QT_TRANSLATE_NOOP("Sections", "Campaigns"), _campaigns_page),
]


def section(key: str) -> Section:
    """The section with this key."""
    for s in SECTIONS:
        if s.key == key:
            return s
    raise KeyError(key)


class CleaningPage(SectionPage):
    """The Cleaning section: what cleaning does, and the button that opens the cleaning wizard."""

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.wizard = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 40)
        layout.addWidget(heading(self.tr("Clean your data")))
        text = QLabel(self.tr(
            "The cleaning wizard suggests fixes one by one (phone numbers, dates, amounts, test orders, duplicates),"
            " asks you about customers who look like the same person, and keeps every step in a cleaning recipe."
            " Your imported rows are never changed: any step can be switched off again."))
        text.setWordWrap(True)
        layout.addWidget(text)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open the cleaning wizard"))
        self.open_button.clicked.connect(self.open_wizard)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def open_wizard(self) -> None:
        """Open the cleaning wizard; when it applies a recipe, the data changed."""
        from ..cleaning.wizard import CleaningWizard

        self.wizard = CleaningWizard(self.workspace, self)
        self.wizard.applied.connect(self._applied)
        self.wizard.destroyed.connect(self._wizard_gone)
        open_window(self.wizard)

    def _applied(self, *_args) -> None:
        self.data_changed.emit()

    def _wizard_gone(self, *_args) -> None:
        self.wizard = None
