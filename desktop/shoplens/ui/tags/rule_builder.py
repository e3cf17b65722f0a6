"""The rule builder: rows of conditions (field, operator, value) in groups joined by AND or OR, each group can be NOT."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...tags.fields import DATE, FIELD_LIST, FIELDS, NUMBER, OPERATORS, TEXT, operators_for
from ...tags.rules import validate_rule
from ..common.i18n import current_language

_LIST_SPLIT = re.compile(r"[,，、;；]")


def _zh() -> bool:
    return current_language().startswith("zh")


class ConditionRow(QWidget):
    """One condition: a field, an operator that fits the field, and a value editor that fits the operator."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, suggestions: dict[str, list[str]] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggestions = suggestions or {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = QComboBox()
        for spec in FIELD_LIST:
            self.field.addItem(spec.label_zh if _zh() else spec.label_en, spec.key)
        self.op = QComboBox()
        self.value = QLineEdit()
        self.value_to = QLineEdit()
        self.and_label = QLabel(self.tr("and"))
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setToolTip(self.tr("Remove this condition"))
        for widget, stretch in ((self.field, 3), (self.op, 2), (self.value, 2), (self.and_label, 0),
                                (self.value_to, 2), (self.remove, 0)):
            layout.addWidget(widget, stretch)
        self.completer = QCompleter([], self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.value.setCompleter(self.completer)
        self.field.currentIndexChanged.connect(self._field_changed)
        self.op.currentIndexChanged.connect(self._op_changed)
        self.value.textChanged.connect(self.changed)
        self.value_to.textChanged.connect(self.changed)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self._field_changed()

    def field_key(self) -> str:
        return self.field.currentData()

    def op_key(self) -> str:
        return self.op.currentData()

    def _field_changed(self) -> None:
        spec = FIELDS[self.field_key()]
        previous = self.op_key()
        self.op.blockSignals(True)
        self.op.clear()
        for op in operators_for(spec.kind):
            self.op.addItem(op.label_zh if _zh() else op.label_en, op.key)
        index = self.op.findData(previous)
        self.op.setCurrentIndex(max(index, 0))
        self.op.blockSignals(False)
        model = QStringListModel(self.suggestions.get(spec.key, []), self.completer)
        self.completer.setModel(model)
        self._op_changed()

    def _op_changed(self) -> None:
        op = OPERATORS[self.op_key()]
        kind = FIELDS[self.field_key()].kind
        self.value.setVisible(op.value != "none")
        self.value_to.setVisible(op.value == "two")
        self.and_label.setVisible(op.value == "two")
        hints = {"list": self.tr("values separated by commas"), "percent": self.tr("percent, e.g. 20"),
                 "days": self.tr("days, e.g. 30")}
        if op.value in hints:
            self.value.setPlaceholderText(hints[op.value])
        elif kind == DATE:
            self.value.setPlaceholderText(self.tr("YYYY-MM-DD"))
        elif kind == NUMBER:
            self.value.setPlaceholderText(self.tr("a number"))
        else:
            self.value.setPlaceholderText(self.tr("text"))
        self.value_to.setPlaceholderText(self.value.placeholderText() if op.value == "two" else "")
        self.changed.emit()

    def condition(self) -> dict[str, Any]:
        """The condition as entered (validate_rule turns number text into numbers and names mistakes)."""
        op = OPERATORS[self.op_key()]
        out: dict[str, Any] = {"field": self.field_key(), "op": op.key}
        text = self.value.text().strip()
        if op.value == "two":
            out["value"] = [text, self.value_to.text().strip()]
        elif op.value == "list":
            out["value"] = [v.strip() for v in _LIST_SPLIT.split(text) if v.strip()]
        elif op.value != "none":
            out["value"] = text
        return out

    def set_condition(self, rule: dict[str, Any]) -> None:
        """Show a (normalised) condition."""
        self.field.setCurrentIndex(max(self.field.findData(rule["field"]), 0))
        self.op.setCurrentIndex(max(self.op.findData(rule["op"]), 0))
        value = rule.get("value")
        if isinstance(value, list) and OPERATORS[rule["op"]].value == "two":
            self.value.setText(_text(value[0]))
            self.value_to.setText(_text(value[1]))
        elif isinstance(value, list):
            self.value.setText(", ".join(_text(v) for v in value))
        elif value is not None:
            self.value.setText(_text(value))


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class ConditionGroup(QFrame):
    """Conditions and nested groups joined by AND (all) or OR (any); NOT negates the whole group."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, suggestions: dict[str, list[str]] | None = None, nested: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggestions = suggestions
        self.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(self)
        head = QHBoxLayout()
        self.negate = QCheckBox(self.tr("NOT"))
        self.negate.setToolTip(self.tr("Match the customers this group does not match"))
        self.join = QComboBox()
        self.join.addItem(self.tr("All of these (AND)"), "all")
        self.join.addItem(self.tr("Any of these (OR)"), "any")
        head.addWidget(self.negate)
        head.addWidget(self.join)
        head.addStretch(1)
        self.add_condition_button = QPushButton(self.tr("Add condition"))
        self.add_group_button = QPushButton(self.tr("Add group"))
        head.addWidget(self.add_condition_button)
        head.addWidget(self.add_group_button)
        if nested:
            remove = QPushButton(self.tr("Remove group"))
            remove.clicked.connect(lambda: self.remove_requested.emit(self))
            head.addWidget(remove)
        outer.addLayout(head)
        self.body = QVBoxLayout()
        outer.addLayout(self.body)
        self.items: list[QWidget] = []
        self.negate.toggled.connect(self.changed)
        self.join.currentIndexChanged.connect(self.changed)
        self.add_condition_button.clicked.connect(lambda: self.add_condition())
        self.add_group_button.clicked.connect(lambda: self.add_group())

    def add_condition(self, rule: dict | None = None) -> ConditionRow:
        row = ConditionRow(self.suggestions, self)
        if rule:
            row.set_condition(rule)
        self._add(row)
        return row

    def add_group(self, rule: dict | None = None) -> ConditionGroup:
        group = ConditionGroup(self.suggestions, nested=True, parent=self)
        if rule:
            group.set_rule(rule)
        else:
            group.add_condition()
        self._add(group)
        return group

    def _add(self, item: QWidget) -> None:
        item.changed.connect(self.changed)
        item.remove_requested.connect(self._remove)
        self.items.append(item)
        self.body.addWidget(item)
        self.changed.emit()

    def _remove(self, item: QWidget) -> None:
        if item in self.items:
            self.items.remove(item)
            item.setParent(None)
            item.deleteLater()
            self.changed.emit()

    def clear(self) -> None:
        for item in list(self.items):
            self.items.remove(item)
            item.setParent(None)
            item.deleteLater()

    def rule(self) -> dict[str, Any]:
        """The group as a rule part (not validated)."""
        children = [item.condition() if isinstance(item, ConditionRow) else item.rule() for item in self.items]
        node: dict[str, Any] = {self.join.currentData(): children}
        return {"not": node} if self.negate.isChecked() else node

    def set_rule(self, rule: dict[str, Any]) -> None:
        """Show a (normalised) rule; a lone condition becomes a group of one."""
        self.clear()
        negate = "not" in rule and ("all" in rule["not"] or "any" in rule["not"] or "field" in rule["not"])
        inner = rule["not"] if negate else rule
        if "field" in inner or "not" in inner:
            inner = {"all": [inner]}
        join = "all" if "all" in inner else "any"
        self.negate.setChecked(negate)
        self.join.setCurrentIndex(self.join.findData(join))
        for child in inner[join]:
            if "field" in child:
                self.add_condition(child)
            else:
                self.add_group(child)


class RuleBuilder(QWidget):
    """Edit a rule tree; `rule()` returns it validated (InputError names what is wrong)."""

    changed = Signal()

    def __init__(self, suggestions: dict[str, list[str]] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.root = ConditionGroup(suggestions, parent=self)
        self.root.changed.connect(self.changed)
        layout.addWidget(self.root)
        layout.addStretch(1)
        self.root.add_condition()

    def raw_rule(self) -> dict[str, Any]:
        """The rule as entered."""
        return self.root.rule()

    def rule(self) -> dict[str, Any]:
        """The rule in normal form (a lone condition stands alone); raises InputError when a value is wrong."""
        rule = validate_rule(self.raw_rule())
        if "all" in rule and len(rule["all"]) == 1:
            return rule["all"][0]
        return rule

    def set_rule(self, rule: dict[str, Any]) -> None:
        """Show a rule."""
        self.root.set_rule(validate_rule(rule))
        self.changed.emit()


def text_suggestions(frame) -> dict[str, list[str]]:
    """Common values of every text field in the customer frame, for the value boxes' completion."""
    from ...tags.evaluate import Context
    from ...tags.templates import common_values

    if frame is None:
        return {}
    import datetime as dt

    ctx = Context(frame, dt.date.today())
    return {spec.key: common_values(ctx, spec.key)[:200] for spec in FIELD_LIST if spec.kind == TEXT}
