"""The Campaigns section: the campaigns with status and headline lift, and the selected one's results.

Results (after later imports) are worked out in a worker; the chart comes from reports.campaign_chart (matplotlib,
no Qt) and shows in a ChartView. The treatment group's contact list goes through the export dialog (consent,
masking and the audit log apply).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...campaigns.results import all_results
from ..common.concurrent import TaskRunner
from ..common.i18n import current_language
from ..common.section_page import SectionPage, heading, open_window
from ..common.worker import describe_error
from .texts import details, fill, headline, lift_cell, status_text, verdict_text


class CampaignResultsView(QWidget):
    """One campaign: what it targeted, the results in words, the conversion chart, and the export button."""

    export_requested = Signal(object)  # the Campaign
    delete_requested = Signal(object)  # the Campaign

    def __init__(self, currency: str = "¥", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.result = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        self.title = heading("", 1.25)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.about = QLabel("")
        self.about.setObjectName("aboutLabel")
        self.about.setWordWrap(True)
        self.about.setStyleSheet("color: #666;")
        layout.addWidget(self.about)
        self.verdict = QLabel("")  # the verdict in plain words first; the statistics beneath it
        self.verdict.setObjectName("verdictLabel")
        self.verdict.setWordWrap(True)
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.verdict.setFont(font)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.verdict)
        self.headline = QLabel("")
        self.headline.setObjectName("headlineLabel")
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.headline)
        self.details = QLabel("")
        self.details.setObjectName("detailsLabel")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        from ..common.chart_canvas import ChartView

        self.chart = ChartView("campaign", self)
        self.chart.setMinimumHeight(200)
        self.chart.setMaximumHeight(380)
        layout.addWidget(self.chart, 1)
        layout.addStretch(0)
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export the contact list of those who get the message…"))
        self.export_button.setObjectName("exportTreatmentButton")
        self.export_button.clicked.connect(lambda: self.export_requested.emit(self.result.campaign))
        row.addWidget(self.export_button)
        row.addStretch(1)
        self.delete_button = QPushButton(self.tr("Delete campaign…"))
        self.delete_button.setObjectName("deleteCampaignButton")
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.result.campaign))
        row.addWidget(self.delete_button)
        layout.addLayout(row)

    def show_result(self, result) -> None:
        """Show one campaign's results."""
        from ...reports.campaign_chart import conversion_chart
        from .texts import channel_names

        self.result = result
        c = result.campaign
        lang = current_language()
        self.title.setText(c.name)
        about = fill(self.tr("%1 · %2 · from %3 for %4 days · %5 get the message, %6 held out"),
                     c.source.name(lang), channel_names().get(c.channel, c.channel), c.start.isoformat(),
                     c.window_days, f"{result.treatment:,}", f"{result.holdout:,}")
        if c.coupon_treatment:
            about += " · " + fill(self.tr("coupon %1"), c.coupon_treatment)
        self.about.setText(about + " · " + status_text(result.status))
        self.verdict.setText(verdict_text(result))
        self.headline.setText(headline(result))
        seed = fill(self.tr("Holdout group drawn at random with seed %1 (the same seed draws the same group again)."),
                    c.seed)
        self.details.setText("\n".join([*details(result, self.currency), seed]))
        self.chart.setVisible(result.conversion is not None)
        if result.conversion is not None:
            self.chart.set_figure(conversion_chart([result], lang, width=6.0))


class CampaignsPage(SectionPage):
    """The campaign list (status, headline lift), the selected campaign's results, New campaign and export."""

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.results: list = []
        self.runner = TaskRunner(self)
        self._select_after: int | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Campaigns")))
        top.addStretch(1)
        self.new_button = QPushButton(self.tr("New campaign…"))
        self.new_button.setObjectName("newCampaignButton")
        self.new_button.clicked.connect(self.new_campaign)
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.status_label = QLabel(self.tr("Working out the results…"))
        self.status_label.setObjectName("campaignStatus")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Campaign"), self.tr("Status"), self.tr("Lift")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumWidth(380)
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._selected)
        self.splitter.addWidget(self.table)
        self.view = CampaignResultsView(workspace.meta("currency", "¥") or "¥")
        self.view.export_requested.connect(self.export_treatment)
        self.view.delete_requested.connect(self.confirm_delete)
        self.view.setVisible(False)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([420, 700])
        layout.addWidget(self.splitter, 1)
        layout.addStretch(0)
        self.refresh()

    # -- loading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Work out every campaign's results again (after an import, or a new campaign)."""
        self.status_label.setText(self.tr("Working out the results…"))
        self.runner.start(all_results, self.workspace, on_done=self._loaded, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.status_label.setText(describe_error(exc))

    def _loaded(self, results: list) -> None:
        self.results = results
        self.splitter.setVisible(bool(results))
        self.table.setRowCount(len(results))
        for row, r in enumerate(results):
            cells = [r.campaign.name, status_text(r.status), lift_cell(r)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(fill(self.tr("%1, from %2 for %3 days"), r.campaign.name,
                                     r.campaign.start.isoformat(), r.campaign.window_days))
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        if not results:
            self.status_label.setText(self.tr(
                "No campaign yet. A campaign sends your message to most of a segment or tag and holds a few"
                " customers back at random; after the next imports you see what the message brought."))
            self.view.setVisible(False)
            return
        self.status_label.setText(self.tr("%n campaign(s). Choose one to see its results.", "", len(results)))
        wanted = self._select_after
        self._select_after = None
        index = next((i for i, r in enumerate(results) if r.campaign.id == wanted), 0)
        self.table.selectRow(index)
        self._selected()

    def show_target(self, target) -> None:
        """Select a campaign given by its id (Home's list of campaigns opens one here)."""
        if not isinstance(target, int):
            return
        index = next((i for i, r in enumerate(self.results) if r.campaign.id == target), None)
        if index is not None and not self.runner.busy:
            self.table.selectRow(index)
            return
        self._select_after = target  # selected once the results are worked out
        if not self.runner.busy:
            self.refresh()

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.results):
            return
        self.view.setVisible(True)
        self.view.show_result(self.results[rows[0].row()])

    def selected_result(self):
        """The results of the campaign shown on the right (None when there is none)."""
        return self.view.result if self.view.isVisible() else None

    # -- actions ----------------------------------------------------------------------------
    def new_campaign(self) -> QDialog:
        """Open the New campaign dialog; a created campaign is selected in the list."""
        from .dialog import CampaignDialog

        dialog = CampaignDialog(self.workspace, self)
        dialog.created.connect(self._created)
        return open_window(dialog)

    def _created(self, campaign) -> None:
        self._select_after = campaign.id
        self.refresh()

    def export_treatment(self, campaign) -> QDialog:
        """The export dialog for the treatment group (consent, masking and the audit log apply)."""
        from ...reports.campaign_export import treatment_selector
        from ..reports.export_dialog import ExportDialog

        selector = treatment_selector(self.workspace, campaign)
        dialog = ExportDialog(self.workspace, selector, self)
        dialog.what_label.setText(fill(self.tr("The %1 customer(s) who get the message of the campaign %2."),
                                       f"{len(selector.ids):,}", campaign.name))
        safe = re.sub(r'[\\/:*?"<>|\s]+', "-", campaign.name).strip("-") or "campaign"
        folder = Path(getattr(self.workspace, "path", Path.home())).parent
        dialog.path_edit.setText(str(folder / f"{safe}-{dt.date.today().isoformat()}.xlsx"))
        index = dialog.channel_combo.findData(campaign.channel)
        if index >= 0:
            dialog.channel_combo.setCurrentIndex(index)
        return open_window(dialog)

    def confirm_delete(self, campaign) -> QMessageBox:
        """Ask before deleting a campaign (its members and results go; the audit log keeps that it existed)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete campaign"), fill(self.tr(
            "Delete the campaign %1? Its groups and results are removed; contact lists already exported stay where"
            " they are."), campaign.name), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmDelete")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.accepted.connect(lambda: self.delete(campaign))
        box.open()
        return box

    def delete(self, campaign) -> None:
        """Delete the campaign in the write worker, then reload the list."""
        from ...campaigns.store import delete_campaign

        def run(ws, campaign_id, *, progress=None, cancelled=None):
            delete_campaign(ws, campaign_id)

        self.status_label.setText(self.tr("Deleting the campaign…"))
        self.runner.start(run, self.workspace, campaign.id, write=True, on_done=lambda _r: self.refresh(),
                          on_error=self._failed)
