"""The Reports section: print a segment report, export a contact list (a segment, a tag, everyone), the dashboard."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...campaigns.selectors import Selector
from ...workspace.schema import table_exists
from ..common.audience import AudienceChooser
from ..common.default_segmentation import DefaultSegmentationOffer
from ..common.i18n import current_language
from ..common.section_page import SectionPage, open_window


class ExportChoiceDialog(QDialog):
    """Whose contact list to export: a segment of the newest run, the customers with a tag, or every customer."""

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Export a contact list"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Whose contact details do you want to export?")))
        self.chooser = AudienceChooser(workspace.conn, current_language(), self, everyone=True)
        self.segment_radio, self.segment_combo = self.chooser.segment_radio, self.chooser.segment_combo
        self.tag_radio, self.tag_combo = self.chooser.tag_radio, self.chooser.tag_combo
        self.all_radio = self.chooser.all_radio
        layout.addWidget(self.chooser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Next…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def selector(self) -> Selector:
        """The chosen customers as an export selector."""
        chosen = self.chooser.selector()
        if chosen is not None:
            return chosen
        ids = [r[0] for r in self.workspace.conn.execute("SELECT id FROM customers ORDER BY id")]
        return Selector.customer_ids(ids, "all customers")


def has_runs(workspace) -> bool:
    """True when the workspace has a saved segmentation run (one indexed look-up)."""
    return table_exists(workspace.conn, "segmentations") and \
        workspace.conn.execute("SELECT 1 FROM segmentations LIMIT 1").fetchone() is not None


class ReportsPage(SectionPage):
    """Buttons for the printed segment report and contact-list exports, above the dashboard."""

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.report_button = QPushButton(self.tr("Print a segment report…"))
        self.report_button.setObjectName("reportButton")
        self.report_button.clicked.connect(self.open_report)
        self.export_button = QPushButton(self.tr("Export a contact list…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.choose_export)
        self.rules_button = QPushButton(self.tr("What customers buy together…"))
        self.rules_button.setObjectName("rulesButton")
        self.rules_button.clicked.connect(self.open_rules)
        row.addWidget(self.report_button)
        row.addWidget(self.export_button)
        row.addWidget(self.rules_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.offer = DefaultSegmentationOffer(workspace, self.tr(
            "There is no segmentation yet, so the segment report and the segment chart have nothing to show."
            " Segment the customers now with the default scheme (you can choose another under Segments)."), self)
        self.offer.saved.connect(self._default_saved)
        layout.addWidget(self.offer)
        from .dashboard import DashboardView  # imports matplotlib when first shown, not at start-up

        self.dashboard = DashboardView(workspace, self)
        self.dashboard.run_saved.connect(self.data_changed)  # a run saved from a chart's button: other pages update
        layout.addWidget(self.dashboard, 1)
        self._show_offer()
        self.dashboard.refresh()

    def _show_offer(self) -> None:
        self.offer.setVisible(not has_runs(self.workspace) and not self.offer.runner.busy)

    def _default_saved(self, _run_id: int) -> None:
        self.offer.hide()
        self.data_changed.emit()  # the other pages; this one refreshes with them

    def open_report(self) -> QDialog:
        """The report window: run, language and paper; preview, print or save as PDF."""
        from .report_view import ReportView

        view = ReportView(self.workspace, self)
        view.run_saved.connect(self._default_saved)
        return open_window(view)

    def open_rules(self) -> QDialog:
        """The shop's strongest "bought together / bought next" rules in plain words (stored: a quick read)."""
        from ..suggest.section import RulesDialog

        return open_window(RulesDialog(self.workspace.conn, self))

    def choose_export(self) -> QDialog | None:
        """Ask whose contact list, then open the export dialog for it."""
        chooser = ExportChoiceDialog(self.workspace, self)
        chooser.accepted.connect(self._export_chosen)  # a bound method (see open_window)
        return open_window(chooser)

    def _export_chosen(self) -> None:
        chooser = self.sender()
        if isinstance(chooser, ExportChoiceDialog):
            self.open_export(chooser.selector())

    def open_export(self, selector: Selector) -> QDialog:
        """The export dialog for these customers."""
        from .export_dialog import ExportDialog

        return open_window(ExportDialog(self.workspace, selector, self))

    def refresh(self) -> None:
        """The data changed: recompute the dashboard."""
        self._show_offer()
        self.dashboard.refresh()
