"""The profile card's "Suggested next" section and the dialog listing the shop's strongest rules in plain words.

Both read the stored tables (suggest.store: a few rows by key), refreshed after every import with the other derived
tables, so nothing slow runs on the UI thread.
"""

from __future__ import annotations

import html
import sqlite3

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...suggest.rules import NEXT
from ...suggest.store import Rule, customer_suggestions, stored_rules
from ..common.section_page import open_window

SHOWN = 3  # suggestions on the profile card
RULES_SHOWN = 30  # rules in the dialog


def rule_sentence(rule: Rule) -> str:
    """The rule in plain words, in the UI language ("more likely" where "often" would not be true)."""
    translate = QCoreApplication.translate
    if rule.kind == NEXT:
        text = (translate("Suggestions", "Customers who buy %1 often buy %2 next") if rule.often else
                translate("Suggestions", "Customers who buy %1 are more likely to buy %2 next"))
    else:
        text = (translate("Suggestions", "Customers who buy %1 often buy %2 in the same order") if rule.often else
                translate("Suggestions", "Customers who buy %1 are more likely to buy %2 in the same order"))
    return text.replace("%1", rule.antecedent).replace("%2", rule.consequent)


def reason(rule: Rule | None) -> str:
    """Why an item is suggested: the rule behind it, or that it is one of the shop's most popular."""
    translate = QCoreApplication.translate
    if rule is None:
        return translate("Suggestions", "one of the shop's most popular, not bought recently")
    if rule.kind == NEXT:
        text = (translate("Suggestions", "customers who buy %1 often buy it next") if rule.often else
                translate("Suggestions", "customers who buy %1 are more likely to buy it next"))
    else:
        text = (translate("Suggestions", "often bought in the same order as %1") if rule.often else
                translate("Suggestions", "more likely bought in the same order as %1"))
    return text.replace("%1", rule.antecedent)


def suggestions_section(card: QWidget, conn: sqlite3.Connection, customer_id: int) -> QWidget | None:
    """The customer's next products to suggest with the reason for each (None when they have none)."""
    items = customer_suggestions(conn, customer_id, SHOWN)
    if not items:
        return None
    box = QGroupBox(QCoreApplication.translate("Suggestions", "Suggested next"))
    box.setObjectName("suggestionsBox")
    layout = QVBoxLayout(box)
    lines = [f"<b>{html.escape(s.item)}</b> — {html.escape(reason(s.rule))}" for s in items]
    label = QLabel("<br>".join(lines))
    label.setObjectName("suggestionLines")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    row = QHBoxLayout()
    row.addWidget(label, 1)
    button = QPushButton(QCoreApplication.translate("Suggestions", "What customers buy together…"))
    button.setObjectName("rulesButton")
    button.clicked.connect(lambda: open_window(RulesDialog(conn, card)))
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    layout.addLayout(row)
    return box


class RulesDialog(QDialog):
    """The shop's strongest rules, one sentence each, with how strong they are."""

    def __init__(self, conn: sqlite3.Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What customers buy together and next"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        self.rules = stored_rules(conn, RULES_SHOWN)
        intro = QLabel(self.tr(
            "Patterns in this shop's own orders, strongest first. \"Next\" means on the customer's next visit;"
            " \"how often\" is the share of those customers (or orders) that did, and \"times usual\" compares it"
            " with all returning customers (or all orders). Suggestions on each profile card come from these."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if not self.rules:
            layout.addWidget(QLabel(self.tr("Too few orders to find a pattern yet. Suggestions appear once"
                                            " several customers buy the same products together or one after"
                                            " another.")))
        self.table = QTableWidget(len(self.rules), 4)
        self.table.setObjectName("rulesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Pattern"), self.tr("How often"), self.tr("Times usual"),
                                              self.tr("Customers")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        for r, rule in enumerate(self.rules):
            cells = [rule_sentence(rule), f"{rule.confidence:.0%}", f"{rule.lift:.1f}×", f"{rule.customers:,}"]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 0:
                    item.setToolTip(self.tr("support %1, confidence %2, lift %3").replace(
                        "%1", f"{rule.support:.4f}").replace("%2", f"{rule.confidence:.3f}").replace(
                        "%3", f"{rule.lift:.2f}"))
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
