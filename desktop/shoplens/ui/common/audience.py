"""Whom something is for: a segment of the newest segmentation run, the customers with a tag, or (optionally) all.

Used by the contact-list export chooser and the New campaign dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QGridLayout, QRadioButton, QWidget

from ...campaigns.selectors import Selector
from ...workspace.schema import table_exists


def segment_choices(conn, lang: str) -> list[tuple[str, Selector]]:
    """(text, selector) for each segment of the newest segmentation run; empty when there is none."""
    from ...segmentation.runs import display_name

    if not table_exists(conn, "segmentations"):  # a read-only open of a file from before segmentation
        return []
    run = conn.execute("SELECT id, name FROM segmentations ORDER BY id DESC LIMIT 1").fetchone()
    if run is None:
        return []
    rows = conn.execute("SELECT label, name_en, name_zh FROM segments WHERE run_id = ? ORDER BY position", (run[0],))
    return [(f"{zh if lang.startswith('zh') else en} ({display_name(run[1], lang)})", Selector.segment(label, run[0]))
            for label, en, zh in rows]


def tag_choices(conn, lang: str) -> list[tuple[str, Selector]]:
    """(text, selector) for each tag, by layer then name; empty when the workspace has no tags."""
    if not table_exists(conn, "tag_defs"):  # a read-only open of a file from before tags
        return []
    rows = conn.execute("SELECT name_en, name_zh FROM tag_defs ORDER BY layer, name_en").fetchall()
    return [(zh if lang.startswith("zh") else en, Selector.tag(en)) for en, zh in rows]


def _same(item: object, selector: Selector) -> bool:
    """True when a combo item's selector is the given one (tags by either name, a segment in its run)."""
    if not isinstance(item, Selector) or item.kind != selector.kind:
        return False
    if selector.kind == "tag":
        return item.name.casefold() == selector.name.casefold()
    return item.label == selector.label and (selector.run_id is None or item.run_id == selector.run_id)


class AudienceChooser(QWidget):
    """Radio buttons with a drop-down each: a segment, a tag, and with `everyone` a third choice for all customers.

    A choice the workspace cannot offer yet (no run, no tags) is shown disabled with a word why; the first choice
    that is available starts checked. `changed` fires on any change of choice.
    """

    changed = Signal()

    def __init__(self, conn, lang: str, parent: QWidget | None = None, *, everyone: bool = False) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.segment_radio = QRadioButton(self.tr("A segment:"))
        self.segment_combo = QComboBox()
        self.tag_radio = QRadioButton(self.tr("Customers with a tag:"))
        self.tag_combo = QComboBox()
        rows = [(self.segment_radio, self.segment_combo, segment_choices(conn, lang),
                 self.tr("(no segmentation run yet)")),
                (self.tag_radio, self.tag_combo, tag_choices(conn, lang), self.tr("(no tags yet)"))]
        for row, (radio, combo, choices, empty) in enumerate(rows):
            for text, selector in choices:
                combo.addItem(text, selector)
            self.group.addButton(radio)
            grid.addWidget(radio, row, 0)
            grid.addWidget(combo, row, 1)
            if combo.count() == 0:
                radio.setEnabled(False)
                combo.addItem(empty)
                combo.setEnabled(False)
            combo.activated.connect(self._pick_row(radio))
            combo.currentIndexChanged.connect(self.changed)
        self.all_radio = QRadioButton(self.tr("Every customer")) if everyone else None
        if self.all_radio is not None:
            self.group.addButton(self.all_radio)
            grid.addWidget(self.all_radio, 2, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        available = [r for r in (self.segment_radio, self.tag_radio, self.all_radio) if r is not None and r.isEnabled()]
        if available:
            available[0].setChecked(True)
        self.group.buttonToggled.connect(self.changed)

    def select(self, selector: Selector, text: str = "") -> bool:
        """Choose this segment or tag (a segment of an older run, not listed, is added with `text`); False when the
        workspace has no such choice."""
        if selector.kind == "segment":
            radio, combo = self.segment_radio, self.segment_combo
        elif selector.kind == "tag":
            radio, combo = self.tag_radio, self.tag_combo
        else:
            return False
        index = next((i for i in range(combo.count()) if _same(combo.itemData(i), selector)), -1)
        if index < 0:
            if selector.kind != "segment" or not text:
                return False
            if not radio.isEnabled():  # the placeholder "(no segmentation run yet)"
                combo.clear()
                radio.setEnabled(True)
                combo.setEnabled(True)
            combo.addItem(text, selector)
            index = combo.count() - 1
        combo.setCurrentIndex(index)
        radio.setChecked(True)
        return True

    def _pick_row(self, radio: QRadioButton):
        return lambda *_: radio.setChecked(True)

    def selector(self) -> Selector | None:
        """The chosen segment or tag; None for 'every customer' or when nothing can be chosen."""
        if self.segment_radio.isChecked() and self.segment_radio.isEnabled():
            return self.segment_combo.currentData()
        if self.tag_radio.isChecked() and self.tag_radio.isEnabled():
            return self.tag_combo.currentData()
        return None
