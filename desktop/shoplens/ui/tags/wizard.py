"""The tag setup wizard: choose templates → adjust thresholds (live counts) → your own rule (live preview) → save.

Live counts are computed directly on the UI thread, debounced by 250 ms: the customer frame is loaded once in a
worker when the wizard opens, and evaluating a template or a rule on 200,000 customers takes tens of milliseconds.
Saving (definitions + a refresh of every tag) runs in the write worker.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...errors import InputError
from ...tags.model import LAYER_COLOURS, LAYERS, TagDef, TagGroup
from ...tags.templates import TEMPLATE_LIST, build_template, template_defaults
from ..common.concurrent import TaskRunner
from ..common.i18n import current_language
from ..common.worker import describe_error
from .rule_builder import RuleBuilder, text_suggestions

PREVIEW_ROWS = 50
DEBOUNCE_MS = 250


def _zh() -> bool:
    return current_language().startswith("zh")


def load_context(ws, progress=None, cancelled=None):
    """Every customer's metrics and attributes as an evaluation context (runs in a worker)."""
    from ...tags.evaluate import Context, customer_frame

    frame, as_of = customer_frame(ws)
    return Context(frame, as_of)


def save_definitions(ws, groups: list[TagGroup], tags: list[TagDef], progress=None, cancelled=None) -> list[str]:
    """Save groups and tags, then refresh every tag, in one transaction (runs in the write worker)."""
    from ...tags.refresh import refresh_tags
    from ...tags.store import save_group, save_tag

    with ws.transaction():
        for group in groups:
            save_group(ws, group)
        for tag in tags:
            save_tag(ws, tag)
        refresh_tags(ws, reason="tags changed", progress=progress, cancelled=cancelled)
    return [g.name_en for g in groups] + [t.name_en for t in tags]


def _names(obj) -> str:
    return obj.name_zh if _zh() else obj.name_en


class TagForm(QWidget):
    """Names, layer, colour and rule of one tag, with a live count and a preview of matching customers."""

    def __init__(self, wizard_ctx_getter, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.get_ctx = wizard_ctx_getter
        self.ws = workspace
        self.colour = LAYER_COLOURS["custom"]
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_en = QLineEdit()
        self.name_zh = QLineEdit()
        self.layer = QComboBox()
        for key, en, zh in LAYERS:
            self.layer.addItem(zh if _zh() else en, key)
        self.layer.setCurrentIndex(self.layer.findData("custom"))
        self.colour_button = QPushButton()
        self.colour_button.clicked.connect(self._pick_colour)
        self.description = QLineEdit()
        form.addRow(self.tr("Name (English)"), self.name_en)
        form.addRow(self.tr("Name (Chinese)"), self.name_zh)
        form.addRow(self.tr("Layer"), self.layer)
        form.addRow(self.tr("Colour"), self.colour_button)
        form.addRow(self.tr("Description"), self.description)
        layout.addLayout(form)
        self.builder = RuleBuilder(parent=self)
        layout.addWidget(self.builder)
        self.count = QLabel()
        self.count.setWordWrap(True)
        layout.addWidget(self.count)
        self.preview = QTableWidget(0, 6)
        self.preview.setHorizontalHeaderLabels([self.tr("ID"), self.tr("Name"), self.tr("City"), self.tr("Orders"),
                                                self.tr("Total spend"), self.tr("Last order")])
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setMinimumHeight(140)
        layout.addWidget(self.preview, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.update_preview)
        self.builder.changed.connect(self.timer.start)
        self.layer.currentIndexChanged.connect(self._layer_changed)
        self._show_colour()
        self.last_count: int | None = None

    def set_suggestions(self, frame) -> None:
        suggestions = text_suggestions(frame)
        self.builder.root.suggestions = suggestions
        for row in self.builder.root.items:
            row.suggestions = suggestions

    def _layer_changed(self) -> None:
        if self.colour in LAYER_COLOURS.values():
            self.colour = LAYER_COLOURS[self.layer.currentData()]
            self._show_colour()

    def _pick_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour), self, self.tr("Tag colour"))
        if chosen.isValid():
            self.colour = chosen.name()
            self._show_colour()

    def _show_colour(self) -> None:
        self.colour_button.setText(self.colour)
        self.colour_button.setStyleSheet(f"background-color: {self.colour}; color: white;")

    def set_tag(self, tag: TagDef) -> None:
        """Show an existing tag for editing."""
        self.name_en.setText(tag.name_en)
        self.name_zh.setText(tag.name_zh)
        self.layer.setCurrentIndex(max(self.layer.findData(tag.layer), 0))
        self.colour = tag.colour or self.colour
        self._show_colour()
        self.description.setText(tag.description)
        self.builder.set_rule(tag.rule)

    def tag(self) -> TagDef:
        """The tag as entered; InputError when a name or the rule is missing or wrong."""
        name_en = self.name_en.text().strip()
        if not name_en:
            raise InputError(self.tr("Give the tag an English name."))
        return TagDef(name_en, self.name_zh.text().strip() or name_en, self.layer.currentData(),
                      self.builder.rule(), self.colour, self.description.text().strip())

    def update_preview(self) -> None:
        """Count and list the customers the rule matches now."""
        from ...tags.evaluate import evaluate

        ctx = self.get_ctx()
        if ctx is None:
            self.count.setText(self.tr("Loading customer metrics…"))
            return
        try:
            rule = self.builder.rule()
        except InputError as exc:
            self.last_count = None
            self.count.setText(f"<span style='color:#b00020'>{exc}</span>")
            self.preview.setRowCount(0)
            return
        matched = ctx.frame.index[evaluate(rule, ctx)]
        self.last_count = len(matched)
        share = len(matched) * 100 / max(ctx.n, 1)
        self.count.setText(self.tr("%1 of %2 customers match (%3%).").replace("%1", f"{len(matched):,}").replace(
            "%2", f"{ctx.n:,}").replace("%3", f"{share:.1f}"))
        self._fill(ctx, matched[:PREVIEW_ROWS].tolist())

    def _fill(self, ctx, ids: list[int]) -> None:
        names = {}
        if ids:
            marks = ",".join("?" * len(ids))
            names = dict(self.ws.conn.execute(f"SELECT id, name FROM customers WHERE id IN ({marks})", ids))
        self.preview.setRowCount(len(ids))
        frame = ctx.frame
        for r, cid in enumerate(ids):
            row = frame.loc[cid]
            values = [cid, names.get(cid) or "", row.get("city"), row.get("frequency"), row.get("monetary"),
                      row.get("last_order")]
            for c, value in enumerate(values):
                text = "" if value is None or value != value else (f"{value:,.2f}" if c == 4 else str(value))
                self.preview.setItem(r, c, QTableWidgetItem(text))
        self.preview.resizeColumnsToContents()


class TemplatePage(QWizardPage):
    """Choose ready-made tags."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose ready-made tags"))
        self.setSubTitle(self.tr("Tick the templates to use. You can adjust their thresholds on the next page."))
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        for t in TEMPLATE_LIST:
            item = QListWidgetItem(f"{_names(t)} — {t.description_zh if _zh() else t.description_en}")
            item.setData(Qt.ItemDataRole.UserRole, t.key)
            item.setCheckState(QtChecked(t.key in ("lifecycle", "value_tiers", "repeat")))
            self.list.addItem(item)
        layout.addWidget(self.list)

    def chosen(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == QtChecked(True)]


def QtChecked(on: bool) -> Qt.CheckState:  # reads like the Qt constant
    """Qt's checked or unchecked state."""
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked


class ThresholdPage(QWizardPage):
    """Each chosen template's settings, with how many customers each of its tags would hold."""

    def __init__(self, wizard: TagWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Adjust the thresholds"))
        self.setSubTitle(self.tr("The counts update as you change a number."))
        outer = QVBoxLayout(self)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        outer.addWidget(self.scroll)
        self.boxes: dict[str, dict] = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.recount)

    def initializePage(self) -> None:  # Qt override
        self.build(self.wiz.template_page.chosen())

    def build(self, keys: list[str]) -> None:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        old = self.boxes
        self.boxes = {}
        ctx = self.wiz.ctx
        for key in keys:
            template = next(t for t in TEMPLATE_LIST if t.key == key)
            box = QGroupBox(_names(template))
            form = QFormLayout(box)
            spins = {}
            defaults = template_defaults(key, ctx) if ctx is not None else {}
            for p in template.params:
                spin = QDoubleSpinBox() if p.decimals else QSpinBox()
                spin.setRange(int(p.minimum), int(p.maximum))
                previous = old.get(key, {}).get("spins", {}).get(p.key)
                spin.setValue(previous.value() if previous is not None else defaults.get(p.key, p.minimum))
                spin.valueChanged.connect(self.timer.start)
                form.addRow(p.label_zh if _zh() else p.label_en, spin)
                spins[p.key] = spin
            result = QLabel()
            result.setWordWrap(True)
            form.addRow(result)
            layout.addWidget(box)
            self.boxes[key] = {"spins": spins, "result": result, "built": None}
        layout.addStretch(1)
        self.scroll.setWidget(holder)
        self.recount()

    def params(self, key: str) -> dict:
        return {k: s.value() for k, s in self.boxes[key]["spins"].items()}

    def recount(self) -> None:
        """Build each template with the numbers shown and count its tags' customers."""
        from ...tags.evaluate import evaluate
        from ...tags.refresh import group_assignment

        ctx = self.wiz.ctx
        for key, box in self.boxes.items():
            box["built"] = None
            if ctx is None:
                box["result"].setText(self.tr("Loading customer metrics…"))
                continue
            try:
                built = build_template(key, ctx, self.params(key))
            except InputError as exc:
                box["result"].setText(f"<span style='color:#b00020'>{exc}</span>")
                continue
            box["built"] = built
            if isinstance(built, TagGroup):
                _, report = group_assignment(built, ctx)
                parts = [f"{_names(v)}: <b>{n:,}</b>" for v, n in zip(built.values, report.counts, strict=True)]
                parts.append(self.tr("no value: %1").replace("%1", f"{report.no_match_count:,}"))
            else:
                parts = [f"{_names(built)}: <b>{int(evaluate(built.rule, ctx).sum()):,}</b>"]
            box["result"].setText(" · ".join(parts))

    def results(self) -> list[TagGroup | TagDef]:
        self.recount()
        return [b["built"] for b in self.boxes.values() if b["built"] is not None]

    def validatePage(self) -> bool:  # Qt override
        self.recount()
        bad = [k for k, b in self.boxes.items() if b["built"] is None]
        if bad and self.wiz.ctx is not None:
            QMessageBox.warning(self, self.tr("Tags"), self.tr("Some settings need a change first."))
            return False
        return True


class CustomPage(QWizardPage):
    """Optionally, a tag of the shop's own with the rule builder."""

    def __init__(self, wizard: TagWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Your own tag"))
        self.setSubTitle(self.tr("Optional: combine conditions with AND / OR; the preview shows who matches."))
        layout = QVBoxLayout(self)
        self.enabled = QCheckBox(self.tr("Also create a tag with my own rule"))
        layout.addWidget(self.enabled)
        self.form = TagForm(lambda: self.wiz.ctx, wizard.ws, self)
        layout.addWidget(self.form, 1)
        self.enabled.toggled.connect(self.form.setEnabled)
        self.enabled.toggled.connect(lambda on: on and self.form.update_preview())
        self.form.setEnabled(False)

    def initializePage(self) -> None:  # Qt override
        self.form.update_preview()

    def validatePage(self) -> bool:  # Qt override
        if not self.enabled.isChecked():
            return True
        try:
            self.form.tag()
        except InputError as exc:
            QMessageBox.warning(self, self.tr("Tags"), describe_error(exc))
            return False
        return True


class SummaryPage(QWizardPage):
    """What will be saved."""

    def __init__(self, wizard: TagWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Save"))
        self.setSubTitle(self.tr("These tags will be saved and kept up to date after every import."))
        layout = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        self.status = QLabel()
        layout.addWidget(self.status)
        layout.addStretch(1)

    def initializePage(self) -> None:  # Qt override
        groups, tags = self.wiz.collect()
        lines = [f"<b>{_names(g)}</b>: " + ", ".join(_names(v) for v in g.values) for g in groups]
        lines += [f"<b>{_names(t)}</b>" for t in tags]
        self.text.setText("<br>".join(lines) or self.tr("Nothing chosen: go back to pick templates or a rule."))


class TagWizard(QWizard):
    """Set up tags from templates and the shop's own rules; emits `saved` with the names after saving."""

    saved = Signal(object)

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.ctx = None
        self.loader = TaskRunner(self)
        self.saver = TaskRunner(self)
        self.setWindowTitle(self.tr("Set up tags"))
        self.resize(860, 640)
        self.template_page = TemplatePage(self)
        self.threshold_page = ThresholdPage(self)
        self.custom_page = CustomPage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.template_page, self.threshold_page, self.custom_page, self.summary_page):
            self.addPage(page)
        self.loader.start(load_context, workspace, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, ctx) -> None:
        self.ctx = ctx
        self.custom_page.form.set_suggestions(ctx.frame)
        if self.currentPage() is self.threshold_page:
            self.threshold_page.build(list(self.threshold_page.boxes))
        elif self.currentPage() is self.custom_page:
            self.custom_page.form.update_preview()

    def _failed(self, exc) -> None:
        from ..common.worker import describe_error

        QMessageBox.warning(self, self.tr("Tags"), describe_error(exc))

    def collect(self) -> tuple[list[TagGroup], list[TagDef]]:
        """The groups and tags the wizard will save."""
        built = self.threshold_page.results() if self.threshold_page.boxes else []
        groups = [b for b in built if isinstance(b, TagGroup)]
        tags = [b for b in built if isinstance(b, TagDef)]
        if self.custom_page.enabled.isChecked():
            try:
                tags.append(self.custom_page.form.tag())
            except InputError:
                pass
        return groups, tags

    def accept(self) -> None:
        if self.saver.busy:
            return
        groups, tags = self.collect()
        if not groups and not tags:
            super().accept()
            return
        self.summary_page.status.setText(self.tr("Saving and counting…"))
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.saver.start(save_definitions, self.ws, groups, tags, write=True, on_done=self._saved,
                         on_error=self._save_failed)

    def _saved(self, names) -> None:
        self.saved.emit(names)
        super().accept()

    def _save_failed(self, exc) -> None:
        from ..common.worker import describe_error

        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.summary_page.status.setText("")
        QMessageBox.warning(self, self.tr("Tags"), describe_error(exc))
