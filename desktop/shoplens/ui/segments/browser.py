"""The segment browser: saved runs, their segments (size, revenue share, action), members, comparison and movement.

Segments of the chosen run are listed with their recommended action; picking one shows its members in a lazy
table (double-click opens the profile card) and lets the names and the action be changed (saved in the write
worker). Two runs can be compared as a cross table, and the run's movement since the previous snapshot (taken
after each import) is shown as from → to counts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...tasks.segments import edit_segment, segment_rows
from ...workspace import open_reader
from ..common.concurrent import TaskRunner
from ..common.formatting import format_money
from ..common.i18n import current_language
from ..common.section_page import open_window, stop_and_close
from ..common.worker import Task
from ..data.browser import TableTab
from ..data.table_specs import Query, members_spec
from .history import CompareTab, MovementTab, cell, table_widget


def _zh() -> bool:
    return current_language().startswith("zh")


class SegmentBrowser(QWidget):
    """Runs → segments → members; rename a segment or edit its action; compare runs; movement since last time."""

    data_changed = Signal()  # a run was saved, deleted, or a segment renamed

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.writer = TaskRunner(self)  # saving a segment's names, deleting a run
        self.currency = workspace.meta("currency", "¥") or "¥"
        self.conn = open_reader(str(workspace.path))
        self.rows: list[dict] = []
        self.wizard = None
        outer = QVBoxLayout(self)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.stack.addWidget(self._empty_page())
        self.stack.addWidget(self._main_page())
        self.reload()

    # -- building ------------------------------------------------------------------------------------------------
    def _empty_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(40, 40, 40, 40)
        self.empty_text = QLabel(self.tr(
            "No segmentation run yet. Run a segmentation to see your customers' segments, their members and"
            " recommended actions, and later how customers move between segments after each import."))
        self.empty_text.setWordWrap(True)
        layout.addWidget(self.empty_text)
        row = QHBoxLayout()
        self.empty_button = QPushButton(self.tr("Run a segmentation…"))
        self.empty_button.clicked.connect(lambda: self.open_wizard())
        row.addWidget(self.empty_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _main_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Segmentation run:")))
        self.run_combo = QComboBox()
        self.run_combo.setMinimumWidth(380)
        self.run_combo.currentIndexChanged.connect(self._run_chosen)
        top.addWidget(self.run_combo, 1)
        self.new_button = QPushButton(self.tr("New segmentation…"))
        self.new_button.clicked.connect(lambda: self.open_wizard())
        self.delete_button = QPushButton(self.tr("Delete run"))
        self.delete_button.clicked.connect(self.delete_current)
        self.predict_button = QPushButton(self.tr("Predict customer value…"))
        self.predict_button.setToolTip(self.tr("Who is likely to come back, and what each customer is worth"
                                               " (BG/NBD and Gamma-Gamma models)"))
        self.predict_button.clicked.connect(self.open_predict)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        top.addWidget(self.predict_button)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._segments_tab(), self.tr("Segments and members"))
        self.compare = CompareTab(self.workspace, self)
        self.movement = MovementTab(self.workspace, self)
        self.tabs.addTab(self.compare, self.tr("Compare two runs"))
        self.tabs.addTab(self.movement, self.tr("Movement"))
        layout.addWidget(self.tabs, 1)
        return page

    def _segments_tab(self) -> QWidget:
        split = QSplitter(Qt.Orientation.Vertical)
        self.segments = table_widget([self.tr("Segment"), self.tr("Customers"), self.tr("Share"), self.tr("Revenue"),
                                self.tr("Revenue share"), self.tr("Recommended action")])
        self.segments.setObjectName("segmentsTable")
        self.segments.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.segments.itemSelectionChanged.connect(self._segment_chosen)
        split.addWidget(self.segments)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        box = QGroupBox(self.tr("Names and recommended action"))
        form = QFormLayout(box)
        self.edit_name_en, self.edit_name_zh = QLineEdit(), QLineEdit()
        self.edit_action_en, self.edit_action_zh = QPlainTextEdit(), QPlainTextEdit()
        for edit in (self.edit_action_en, self.edit_action_zh):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(90)
        form.addRow(self.tr("Name (English):"), self.edit_name_en)
        form.addRow(self.tr("Name (Chinese):"), self.edit_name_zh)
        form.addRow(self.tr("Action (English):"), self.edit_action_en)
        form.addRow(self.tr("Action (Chinese):"), self.edit_action_zh)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.clicked.connect(self.save_segment)
        self.save_note = QLabel()
        row.addWidget(self.save_button)
        row.addWidget(self.save_note, 1)
        form.addRow(row)
        bottom.addWidget(box)
        right = QWidget()
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        self.members_title = QLabel()
        title_row.addWidget(self.members_title, 1)
        self.export_button = QPushButton(self.tr("Export contact list…"))
        self.export_button.setToolTip(self.tr("Export the contact details of this segment's members"))
        self.export_button.clicked.connect(self.export_segment)
        title_row.addWidget(self.export_button)
        self.campaign_button = QPushButton(self.tr("Start campaign…"))
        self.campaign_button.setToolTip(self.tr("Send this segment a message, with a holdout group that shows what"
                                                " the message brought"))
        self.campaign_button.clicked.connect(self.start_campaign)
        title_row.addWidget(self.campaign_button)
        rlay.addLayout(title_row)
        self.history_note = QLabel()  # where member-list history changes a figure, the screen says so
        self.history_note.setObjectName("historyNote")
        self.history_note.setWordWrap(True)
        self.history_note.setStyleSheet("color: #666;")
        self.history_note.hide()
        rlay.addWidget(self.history_note)
        self.members = TableTab(self.conn, members_spec(0, ""), str(self.workspace.path), self.currency,
                                self.tr("Search name, phone or member no."))
        self.members.row_activated.connect(self.open_profile)
        self.members.count_label.setToolTip(self.tr("Double-click a customer to open the profile card."))
        rlay.addWidget(self.members, 1)
        rlay.addWidget(QLabel(self.tr("Double-click a customer to open the profile card.")))
        bottom.addWidget(right)
        bottom.setSizes([380, 720])
        split.addWidget(bottom)
        split.setSizes([300, 400])
        return split

    # -- runs ----------------------------------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        """Re-read the list of runs (keeping the chosen one, or choosing `select`)."""
        from ...segmentation.runs import list_runs

        current = select if select is not None else self.run_id()
        seg = self.current_segment() if select is None else None
        runs = list_runs(self.workspace)
        self.stack.setCurrentIndex(1 if runs else 0)
        self.run_combo.blockSignals(True)
        self.run_combo.clear()
        for run in runs:
            self.run_combo.addItem(self._run_text(run), run["id"])
        index = self.run_combo.findData(current) if current is not None else -1
        self.run_combo.setCurrentIndex(max(index, 0) if runs else -1)
        self.run_combo.blockSignals(False)
        self._run_chosen()
        if seg is not None:
            self.select_segment(seg["label"])

    def _run_text(self, run: dict) -> str:
        from ...segmentation.runs import display_name

        return self.tr("#%1 %2 — as of %3, %4 customers").replace("%1", str(run["id"])).replace(
            "%2", display_name(run["name"], "zh_CN" if _zh() else "en")).replace("%3", run["as_of"]).replace("%4", f"{run['customers']:,}")

    def run_id(self) -> int | None:
        """The run shown."""
        data = self.run_combo.currentData() if hasattr(self, "run_combo") else None
        return int(data) if data is not None else None

    def _run_chosen(self, *_args) -> None:
        run_id = self.run_id()
        self.delete_button.setEnabled(run_id is not None)
        others = [(self.run_combo.itemText(i), self.run_combo.itemData(i)) for i in range(self.run_combo.count())
                  if self.run_combo.itemData(i) != run_id]
        self.fill_segments()
        self.compare.set_runs(run_id, others)
        self.movement.set_run(run_id)

    def fill_segments(self) -> None:
        """List the run's segments."""
        run_id = self.run_id()
        self.rows = segment_rows(self.workspace, run_id) if run_id is not None else []
        total = sum(r["size"] for r in self.rows) or 1
        revenue = sum(max(r["revenue_cents"], 0) for r in self.rows) or 1
        self.segments.blockSignals(True)
        self.segments.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            action = r["strategy_zh"] if _zh() else r["strategy_en"]
            cells = [cell(r["name_zh"] if _zh() else r["name_en"]), cell(f"{r['size']:,}", True),
                     cell(f"{r['size'] * 100 / total:.1f}%", True),
                     cell(format_money(r["revenue_cents"], self.currency), True),
                     cell(f"{max(r['revenue_cents'], 0) * 100 / revenue:.1f}%", True), cell(action)]
            cells[5].setToolTip(action)
            for c, item in enumerate(cells):
                self.segments.setItem(i, c, item)
        self.segments.resizeColumnsToContents()
        self.segments.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.segments.blockSignals(False)
        if self.rows:
            self.segments.selectRow(0)
        self._segment_chosen()

    def current_segment(self) -> dict | None:
        """The segment selected in the list."""
        rows = {i.row() for i in self.segments.selectedIndexes()}
        return self.rows[min(rows)] if rows and min(rows) < len(self.rows) else None

    def select_segment(self, label: str) -> None:
        """Select a segment by its label."""
        for i, r in enumerate(self.rows):
            if r["label"] == label:
                self.segments.selectRow(i)

    def _segment_chosen(self) -> None:
        seg = self.current_segment()
        run_id = self.run_id()
        for edit, key in ((self.edit_name_en, "name_en"), (self.edit_name_zh, "name_zh"),
                          (self.edit_action_en, "strategy_en"), (self.edit_action_zh, "strategy_zh")):
            edit.setPlainText(seg[key] if seg else "") if isinstance(edit, QPlainTextEdit) else \
                edit.setText(seg[key] if seg else "")
            edit.setEnabled(seg is not None)
        self.save_button.setEnabled(seg is not None)
        self.export_button.setEnabled(seg is not None)
        self.campaign_button.setEnabled(seg is not None)
        self.save_note.setText("")
        model = self.members.model
        model.spec = members_spec(run_id or 0, seg["label"] if seg else "")
        model.query = Query(sort_key="spend", descending=True)  # the most valuable members first
        header = self.members.view.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator([c.key for c in model.spec.columns].index("spend"), Qt.SortOrder.DescendingOrder)
        header.blockSignals(False)
        self.members.search.blockSignals(True)
        self.members.search.clear()
        self.members.search.blockSignals(False)
        model.refresh()
        self.members.view.resizeColumnsToContents()
        name = (seg["name_zh"] if _zh() else seg["name_en"]) if seg else ""
        self.members_title.setText(self.tr("Members of %1").replace("%1", name) if seg else "")
        history = self._history_only(run_id, seg["label"]) if seg and seg["label"] == "no_purchases" else 0
        self.history_note.setText(self.tr(
            "%1 of them are known only from a member list's purchase history (累计消费, 消费次数): that history is"
            " counted apart from the imported orders, so they are here and not among the buyers.").replace(
            "%1", f"{history:,}"))
        self.history_note.setVisible(history > 0)

    def _history_only(self, run_id: int | None, label: str) -> int:
        """How many of the segment's members have member-list history totals (one indexed count)."""
        if not run_id:
            return 0
        return int(self.conn.execute(
            "SELECT count(*) FROM segment_members m JOIN customers c ON c.id = m.customer_id WHERE m.run_id = ?"
            " AND m.label = ? AND (coalesce(c.agg_order_count, 0) > 0 OR coalesce(c.agg_total_spend_cents, 0) > 0)",
            (run_id, label)).fetchone()[0])

    # -- editing -------------------------------------------------------------------------------------------------
    def save_segment(self) -> None:
        """Save the names and actions typed for the selected segment (write worker)."""
        seg, run_id = self.current_segment(), self.run_id()
        if seg is None or run_id is None:
            return
        changes = {"name_en": self.edit_name_en.text().strip(), "name_zh": self.edit_name_zh.text().strip(),
                   "strategy_en": self.edit_action_en.toPlainText().strip(),
                   "strategy_zh": self.edit_action_zh.toPlainText().strip()}
        changes = {k: v for k, v in changes.items() if v != seg[k]}
        if not changes:
            self.save_note.setText(self.tr("Nothing changed."))
            return
        self.save_button.setEnabled(False)
        self.writer.start(edit_segment, self.workspace, run_id, seg["label"], changes, write=True,
                          on_done=lambda _c, label=seg["label"]: self._segment_saved(label), on_error=self._save_failed)

    def _segment_saved(self, label: str) -> None:
        self.fill_segments()
        self.select_segment(label)
        self.save_note.setText(self.tr("Saved."))
        self.data_changed.emit()

    def _save_failed(self, exc) -> None:
        from ..common.worker import describe_error

        self.save_button.setEnabled(True)
        self.save_note.setText(f"<span style='color:#b00020'>{describe_error(exc)}</span>")

    def delete_current(self) -> None:
        """Delete the run shown, after asking."""
        from ...segmentation.runs import delete_run

        run_id = self.run_id()
        if run_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete run"), self.tr(
            "Delete the segmentation run “%1” with its members and history? Your customers and orders stay.")
            .replace("%1", self.run_combo.currentText()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.writer.start(lambda ws, rid, progress=None, cancelled=None: delete_run(ws, rid), self.workspace, run_id,
                          write=True, on_done=self._run_deleted, on_error=self._save_failed)

    def _run_deleted(self, _result=None) -> None:
        self.reload()
        self.data_changed.emit()

    # -- windows -------------------------------------------------------------------------------------------------
    def open_profile(self, customer_id: int):
        """Open a member's profile card."""
        from ..data.profile_card import ProfileCard

        return open_window(ProfileCard(self.conn, customer_id, currency=self.currency, parent=self), modal=False)

    def open_predict(self):
        """The Predict dialog: fit the models, see the parameters and the holdout check, save the predictions."""
        from ..predict.dialog import PredictDialog

        dialog = PredictDialog(self.workspace, self)
        dialog.predicted.connect(self._predicted)
        return open_window(dialog, modal=False)

    def _predicted(self, *_args) -> None:
        self.data_changed.emit()  # predictions feed tags, KMeans features and the profile cards

    def export_segment(self):
        """Open the export dialog for the selected segment's members (consent, masking and audit apply)."""
        from ...campaigns.selectors import Selector
        from ..reports.export_dialog import ExportDialog

        seg, run_id = self.current_segment(), self.run_id()
        if seg is None or run_id is None:
            return None
        return open_window(ExportDialog(self.workspace, Selector.segment(seg["label"], run_id), self))

    def start_campaign(self):
        """Open the New campaign dialog for the selected segment (holdout on, the too-small warning as usual)."""
        from ...campaigns.selectors import Selector
        from ..campaigns.dialog import CampaignDialog

        seg, run_id = self.current_segment(), self.run_id()
        if seg is None or run_id is None:
            return None
        name = seg["name_zh"] if _zh() else seg["name_en"]
        text = f"{name} ({self.run_combo.currentText()})"
        dialog = CampaignDialog(self.workspace, self, audience=Selector.segment(seg["label"], run_id),
                                audience_text=text)
        dialog.created.connect(self._campaign_created)
        return open_window(dialog)

    def _campaign_created(self, _campaign) -> None:
        self.data_changed.emit()  # the Campaigns section and Home list it

    def open_wizard(self, method: str | None = None):
        """Open the segmentation wizard; the new run is shown when it is saved."""
        from .wizard import SegmentationWizard

        self.wizard = SegmentationWizard(self.workspace, self, method=method)
        self.wizard.saved.connect(self._run_saved)
        self.wizard.destroyed.connect(self._wizard_gone)
        return open_window(self.wizard)

    def _run_saved(self, run_id: int) -> None:
        self.reload(select=run_id)
        self.data_changed.emit()

    def _wizard_gone(self, *_args) -> None:
        self.wizard = None

    def shutdown(self) -> list[Task]:
        """Close windows, stop tasks and the reader connection (the workspace is closing)."""
        tasks = stop_and_close(self)
        self.members.model.close()
        self.conn.close()
        return tasks
