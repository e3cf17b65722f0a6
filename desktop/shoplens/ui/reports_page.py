"""The Reports section: print a segment report, export a contact list (a segment, a tag, everyone), the dashboard."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..reports.selectors import Selector
from .i18n import current_language


def segment_choices(conn, lang: str) -> list[tuple[str, Selector]]:
    """(text, selector) for each segment of the newest segmentation run; empty when there is none."""
    try:
        run = conn.execute("SELECT id, name FROM segmentations ORDER BY id DESC LIMIT 1").fetchone()
    except Exception:  # noqa: BLE001 - a workspace from before segmentation
        return []
    if run is None:
        return []
    rows = conn.execute("SELECT label, name_en, name_zh FROM segments WHERE run_id = ? ORDER BY position", (run[0],))
    return [(f"{zh if lang.startswith('zh') else en} ({run[1]})", Selector.segment(label, run[0]))
            for label, en, zh in rows]


def tag_choices(conn, lang: str) -> list[tuple[str, Selector]]:
    """(text, selector) for each tag, by layer then name; empty when the workspace has no tags."""
    try:
        rows = conn.execute("SELECT name_en, name_zh FROM tag_defs ORDER BY layer, name_en").fetchall()
    except Exception:  # noqa: BLE001 - a workspace from before tags
        return []
    return [(zh if lang.startswith("zh") else en, Selector.tag(en)) for en, zh in rows]


class ExportChoiceDialog(QDialog):
    """Whose contact list to export: a segment of the newest run, the customers with a tag, or every customer."""

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Export a contact list"))
        self.setMinimumWidth(440)
        lang = current_language()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Whose contact details do you want to export?")))
        grid = QGridLayout()
        self.group = QButtonGroup(self)
        self.segment_radio = QRadioButton(self.tr("A segment:"))
        self.segment_combo = QComboBox()
        for text, sel in segment_choices(workspace.conn, lang):
            self.segment_combo.addItem(text, sel)
        self.tag_radio = QRadioButton(self.tr("Customers with a tag:"))
        self.tag_combo = QComboBox()
        for text, sel in tag_choices(workspace.conn, lang):
            self.tag_combo.addItem(text, sel)
        self.all_radio = QRadioButton(self.tr("Every customer"))
        for row, (radio, combo, empty) in enumerate([
                (self.segment_radio, self.segment_combo, self.tr("(no segmentation run yet)")),
                (self.tag_radio, self.tag_combo, self.tr("(no tags yet)"))]):
            self.group.addButton(radio)
            grid.addWidget(radio, row, 0)
            grid.addWidget(combo, row, 1)
            if combo.count() == 0:
                radio.setEnabled(False)
                combo.addItem(empty)
                combo.setEnabled(False)
            combo.activated.connect(lambda _=0, r=radio: r.setChecked(True))
        self.group.addButton(self.all_radio)
        grid.addWidget(self.all_radio, 2, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        first = next(r for r in (self.segment_radio, self.tag_radio, self.all_radio) if r.isEnabled())
        first.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Next…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def selector(self) -> Selector:
        """The chosen customers as an export selector."""
        if self.segment_radio.isChecked():
            return self.segment_combo.currentData()
        if self.tag_radio.isChecked():
            return self.tag_combo.currentData()
        ids = [r[0] for r in self.workspace.conn.execute("SELECT id FROM customers ORDER BY id")]
        return Selector.customer_ids(ids, "all customers")


class ReportsPage(QWidget):
    """Buttons for the printed segment report and contact-list exports, above the dashboard."""

    data_changed = Signal()

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.dialogs: list[QDialog] = []
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.report_button = QPushButton(self.tr("Print a segment report…"))
        self.report_button.setObjectName("reportButton")
        self.report_button.clicked.connect(self.open_report)
        self.export_button = QPushButton(self.tr("Export a contact list…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.choose_export)
        row.addWidget(self.report_button)
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout.addLayout(row)
        from .dashboard import DashboardView  # imports matplotlib when first shown, not at start-up

        self.dashboard = DashboardView(workspace, self)
        self.dashboard.run_saved.connect(self.data_changed)  # a run saved from a chart's button: other pages update
        layout.addWidget(self.dashboard, 1)
        self.dashboard.refresh()

    def _keep(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # a bound method, not a lambda holding this page: under PySide6 6.12 such a lambda crashes when the page closes
        dialog.finished.connect(self._forget_closed)
        self.dialogs.append(dialog)
        dialog.open()
        return dialog

    def _forget_closed(self, *_args) -> None:
        import shiboken6

        self.dialogs = [d for d in self.dialogs if shiboken6.isValid(d) and d.isVisible()]

    def open_report(self) -> QDialog:
        """The report window: run, language and paper; preview, print or save as PDF."""
        from .report_view import ReportView

        return self._keep(ReportView(self.workspace, self))

    def choose_export(self) -> QDialog | None:
        """Ask whose contact list, then open the export dialog for it."""
        chooser = ExportChoiceDialog(self.workspace, self)
        chooser.accepted.connect(self._export_chosen)  # a bound method (see _keep)
        return self._keep(chooser)

    def _export_chosen(self) -> None:
        chooser = self.sender()
        if isinstance(chooser, ExportChoiceDialog):
            self.open_export(chooser.selector())

    def open_export(self, selector: Selector) -> QDialog:
        """The export dialog for these customers."""
        from .export_dialog import ExportDialog

        return self._keep(ExportDialog(self.workspace, selector, self))

    def refresh(self) -> None:
        """The data changed: recompute the dashboard."""
        self.dashboard.refresh()

    def shutdown(self) -> None:
        """Close open report and export windows."""
        for dialog in list(self.dialogs):
            dialog.close()
        self.dialogs.clear()
        if self.dashboard.task is not None and self.dashboard.task.running:
            self.dashboard.task.cancel()
