"""The tag manager: tags grouped by layer with their counts and trend, history and movement; new, edit, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import InputError
from ...tags.model import LAYERS, TagDef
from ...tags.rules import describe
from ..common.concurrent import TaskRunner
from ..common.i18n import current_language
from ..common.section_page import SectionPage, open_window
from ..common.worker import describe_error

ROLE_TAG = Qt.ItemDataRole.UserRole


def _zh() -> bool:
    return current_language().startswith("zh")


def refresh_all(ws, progress=None, cancelled=None):
    """Re-evaluate every tag now (runs in the write worker)."""
    from ...tags.refresh import refresh_tags

    return refresh_tags(ws, reason="tags changed", progress=progress, cancelled=cancelled)


def save_edited(ws, tag: TagDef, progress=None, cancelled=None) -> int:
    """Save one edited tag and refresh every tag, in one transaction (runs in the write worker)."""
    from ...tags.refresh import refresh_tags
    from ...tags.store import save_tag

    with ws.transaction():
        tag_id = save_tag(ws, tag)
        refresh_tags(ws, reason="tags changed", progress=progress, cancelled=cancelled)
    return tag_id


def delete_and_refresh(ws, tag_id: int, progress=None, cancelled=None) -> None:
    """Delete a tag and refresh (so its group's no-value count is right) (runs in the write worker)."""
    from ...tags.refresh import refresh_tags
    from ...tags.store import delete_tag

    with ws.transaction():
        delete_tag(ws, tag_id)
        refresh_tags(ws, reason="tags changed", progress=progress, cancelled=cancelled)


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class TagEditDialog(QDialog):
    """Edit one tag's names, layer, colour and rule, with a live count and preview."""

    def __init__(self, workspace, tag: TagDef, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from .wizard import TagForm

        self.tag_id = tag.id
        self.group_id, self.position, self.template = tag.group_id, tag.position, tag.template
        self.setWindowTitle(self.tr("Edit tag"))
        self.resize(820, 600)
        layout = QVBoxLayout(self)
        self.form = TagForm(lambda: ctx, workspace, self)
        self.form.set_tag(tag)
        if tag.group_id is not None:
            self.form.layer.setEnabled(False)  # a group's values share the group's layer
        if ctx is not None:
            self.form.set_suggestions(ctx.frame)
        layout.addWidget(self.form, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.form.update_preview()

    def edited(self) -> TagDef:
        """The tag as edited (InputError when something is missing or wrong)."""
        tag = self.form.tag()
        tag.id, tag.group_id, tag.position, tag.template = self.tag_id, self.group_id, self.position, self.template
        return tag

    def accept(self) -> None:
        try:
            self.edited()
        except InputError as exc:
            QMessageBox.warning(self, self.tr("Tags"), describe_error(exc))
            return
        super().accept()


class TagManager(SectionPage):
    """Tags by layer with counts and the change since the previous refresh; select one for history and movement."""

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.ws = workspace
        self.runner = TaskRunner(self)
        self.rows: list[dict] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New tags…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.refresh_button = QPushButton(self.tr("Re-count now"))
        for button in (self.new_button, self.edit_button, self.delete_button, self.refresh_button):
            bar.addWidget(button)
        bar.addStretch(1)
        self.status = QLabel()
        bar.addWidget(self.status)
        layout.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Tag"), self.tr("Customers"), self.tr("Since last refresh"),
                                   self.tr("Rule")])
        self.tree.setAlternatingRowColors(True)
        splitter.addWidget(self.tree)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        splitter.addWidget(self.details)
        splitter.setSizes([420, 140])
        layout.addWidget(splitter, 1)
        self.new_button.clicked.connect(self.open_wizard)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.refresh_button.clicked.connect(lambda: self._start(refresh_all, self.ws))
        self.tree.currentItemChanged.connect(lambda *_: self.show_details())
        self.tree.itemDoubleClicked.connect(lambda item, _c: item.data(0, ROLE_TAG) and self.edit_selected())
        self.refresh()

    # -- showing -----------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the tags and counts (called after the data changed)."""
        from ...tags.history import tag_summary

        selected = self.selected_id()
        self.rows = tag_summary(self.ws)
        total = self.ws.conn.execute("SELECT count(*) FROM customers").fetchone()[0]
        self.tree.clear()
        zh = _zh()
        for key, en, zh_name in LAYERS:
            mine = [r for r in self.rows if r["layer"] == key]
            if not mine:
                continue
            layer_item = QTreeWidgetItem([f"{zh_name if zh else en} ({len(mine)})"])
            font = layer_item.font(0)
            font.setBold(True)
            layer_item.setFont(0, font)
            self.tree.addTopLevelItem(layer_item)
            groups: dict[int, QTreeWidgetItem] = {}
            for row in mine:
                parent = layer_item
                if row["group_id"] is not None:
                    parent = groups.get(row["group_id"])
                    if parent is None:
                        label = row["group_zh"] if zh else row["group_en"]
                        no_match = row["group_no_match"]
                        parent = QTreeWidgetItem([label, "", "", self.tr("no value: %1").replace(
                            "%1", f"{no_match:,}") if no_match else ""])
                        layer_item.addChild(parent)
                        groups[row["group_id"]] = parent
                change = row["change"]
                share = row["count"] * 100 / max(total, 1)
                item = QTreeWidgetItem([row["name_zh"] if zh else row["name_en"], f"{row['count']:,}  ({share:.1f}%)",
                                        "" if change is None else f"{change:+,}" if change else "0",
                                        describe(row["rule"], "zh" if zh else "en")])
                item.setIcon(0, _swatch(row["colour"]))
                item.setData(0, ROLE_TAG, row["id"])
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if change:
                    item.setForeground(2, QColor("#2e7d32" if change > 0 else "#c62828"))
                parent.addChild(item)
                if row["id"] == selected:
                    self.tree.setCurrentItem(item)
        self.tree.expandAll()
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        if not self.rows:
            self.details.setText(self.tr("No tags yet. Click “New tags…” to start from ready-made templates."))
        self.show_details()

    def show_target(self, target) -> None:
        """Select a tag given by its English or Chinese name (an action card on Home opens its audience here)."""
        if not isinstance(target, str):
            return
        name = target.strip().casefold()
        row = next((r for r in self.rows if name in (r["name_en"].casefold(), r["name_zh"].casefold())), None)
        if row is None:
            return
        for item in self.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive, 0):
            if item.data(0, ROLE_TAG) == row["id"]:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return

    def selected_id(self) -> int | None:
        item = self.tree.currentItem() if hasattr(self, "tree") else None
        return item.data(0, ROLE_TAG) if item is not None else None

    def show_details(self) -> None:
        """History and latest movement of the selected tag."""
        from ...tags.history import latest_movement, tag_history

        tid = self.selected_id()
        self.edit_button.setEnabled(tid is not None)
        self.delete_button.setEnabled(tid is not None)
        if tid is None:
            if self.rows:
                self.details.setText(self.tr("Select a tag to see how it grew or shrank."))
            return
        row = next(r for r in self.rows if r["id"] == tid)
        history = tag_history(self.ws, tid)[-8:]
        lines = [f"<b>{row['name_zh'] if _zh() else row['name_en']}</b> — {describe(row['rule'], current_language())}"]
        if row["description"]:
            lines.append(row["description"])
        if history:
            points = " → ".join(f"{h['as_of']}: {h['count']:,}" for h in history)
            lines.append(self.tr("Counts at each refresh: %1").replace("%1", points))
        try:
            move = latest_movement(self.ws, tid)
        except InputError:
            move = None
        if move:
            lines.append(self.tr("Since the refresh before: %1 entered, %2 left, %3 stayed.").replace(
                "%1", f"{len(move['entered']):,}").replace("%2", f"{len(move['left']):,}").replace(
                "%3", f"{move['stayed']:,}"))
        self.details.setText("<br>".join(lines))

    # -- actions -----------------------------------------------------------------------------------------------------
    def _start(self, fn, *args) -> None:
        self.status.setText(self.tr("Counting…"))
        for button in (self.new_button, self.edit_button, self.delete_button, self.refresh_button):
            button.setEnabled(False)
        self.runner.start(fn, *args, write=True, on_done=self._done, on_error=self._failed)

    def _done(self, _result=None) -> None:
        self.status.setText("")
        for button in (self.new_button, self.refresh_button):
            button.setEnabled(True)
        self.refresh()
        self.data_changed.emit()

    def _failed(self, exc) -> None:
        from ..common.worker import describe_error

        self._done()
        QMessageBox.warning(self, self.tr("Tags"), describe_error(exc))

    def open_wizard(self) -> None:
        """Open the tag setup wizard; reload when it saved."""
        from .wizard import TagWizard

        wizard = TagWizard(self.ws, self)
        wizard.saved.connect(lambda _names: self._done())
        self.wizard = open_window(wizard)

    def edit_selected(self) -> None:
        """Edit the selected tag in a dialog, then save and re-count."""
        from .wizard import load_context

        tid = self.selected_id()
        if tid is None:
            return
        self.status.setText(self.tr("Loading customer metrics…"))
        self.runner.start(load_context, self.ws, on_done=lambda ctx: self._open_editor(tid, ctx), on_error=self._failed)

    def _open_editor(self, tid: int, ctx) -> None:
        from ...tags.store import find_tag

        self.status.setText("")
        dialog = TagEditDialog(self.ws, find_tag(self.ws, tid), ctx, self)
        self.edit_dialog = dialog
        dialog.accepted.connect(lambda: self._start(save_edited, self.ws, dialog.edited()))
        open_window(dialog)

    def delete_selected(self) -> None:
        """Delete the selected tag after asking."""
        tid = self.selected_id()
        if tid is None:
            return
        row = next(r for r in self.rows if r["id"] == tid)
        name = row["name_zh"] if _zh() else row["name_en"]
        answer = QMessageBox.question(self, self.tr("Delete tag"), self.tr(
            "Delete the tag “%1”? Its history stays readable.").replace("%1", name))
        if answer == QMessageBox.StandardButton.Yes:
            self._start(delete_and_refresh, self.ws, tid)

