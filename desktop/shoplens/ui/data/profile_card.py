"""The profile card of one customer: attributes, keys from every source, spend summary and order timeline.

Later layers add their own sections (tags, predicted value, campaigns) by appending a builder to
PROFILE_SECTIONS: `builder(card, conn, customer_id) -> QWidget | None` (None when there is nothing to show).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..common.formatting import format_count, format_date, format_datetime, format_money, status_name
from ..common.i18n import current_language

ORDERS_SHOWN = 1000
SectionBuilder = Callable[["ProfileCard", sqlite3.Connection, int], "QWidget | None"]
PROFILE_SECTIONS: list[SectionBuilder] = []  # later issues append tag and segment sections here


def key_kind_name(kind: str) -> str:
    """The translated name of a customer key kind."""
    names = {
        "member_no": QCoreApplication.translate("ProfileCard", "Member no."),
        "phone": QCoreApplication.translate("ProfileCard", "Phone"),
        "email": QCoreApplication.translate("ProfileCard", "Email"),
        "wechat": QCoreApplication.translate("ProfileCard", "WeChat ID"),
        "customer_ref": QCoreApplication.translate("ProfileCard", "Customer reference"),
    }
    return names.get(kind, kind)


def gender_name(gender: str | None) -> str:
    """'Male'/'Female' in the UI language for the stored 'M'/'F'; other values as stored."""
    names = {"M": QCoreApplication.translate("ProfileCard", "Male"),
             "F": QCoreApplication.translate("ProfileCard", "Female")}
    return names.get((gender or "").upper(), gender or "")


def _table(headers: list[str], rows: list[list[str]], right: set[int] = frozenset()) -> QTableWidget:  # type: ignore[assignment]
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


class ProfileCard(QDialog):
    """Everything known about one customer, read from the workspace when opened."""

    def __init__(self, conn: sqlite3.Connection, customer_id: int, *, currency: str = "¥",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.customer_id = customer_id
        self.currency = currency
        self.resize(860, 640)
        row = conn.execute("SELECT * FROM customers WHERE id = ?", (customer_id,)).fetchone()
        names = [d[0] for d in conn.execute("SELECT * FROM customers LIMIT 0").description]
        self.customer = dict(zip(names, row, strict=True)) if row else {}
        layout = QVBoxLayout(self)
        title = self.customer.get("name") or self.tr("Customer %1").replace("%1", str(customer_id))
        self.setWindowTitle(self.tr("Profile: %1").replace("%1", title))
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        if not row:
            layout.addWidget(QLabel(self.tr("This customer is no longer in the workspace.")))
            return
        top = QHBoxLayout()
        top.addWidget(self._details_box(), 1)
        top.addWidget(self._spend_box(), 1)
        layout.addLayout(top)
        self.extra_sections: list[QWidget] = []
        for builder in [segments_section, tags_section, *PROFILE_SECTIONS]:
            widget = builder(self, conn, customer_id)
            if widget is not None:
                self.extra_sections.append(widget)
                layout.addWidget(widget)
        self.tabs = QTabWidget()
        self.orders_table = self._orders_table()
        self.keys_table = self._keys_table()
        self.tabs.addTab(self.orders_table, self.tr("Order timeline"))
        self.tabs.addTab(self.keys_table, self.tr("Keys from every source"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self._add_forget_button(buttons, parent)
        layout.addWidget(buttons)

    def _add_forget_button(self, buttons: QDialogButtonBox, parent: QWidget | None) -> None:
        """'Forget this customer…' when the window that opened the card has a workspace open for writing."""
        from ..privacy.forget_dialog import ForgetCustomer, can_forget

        self.workspace = getattr(parent, "workspace", None)
        self.forget_button = self.forgetting = None
        if can_forget(self.workspace):
            self.forget_button = buttons.addButton(self.tr("Forget this customer…"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
            self.forget_button.clicked.connect(lambda: ForgetCustomer(self, self.workspace).ask())

    def set_busy(self, message: str | None) -> None:
        """Disable the card's buttons while `message` (None: done) is shown in the title."""
        for button in self.findChildren(QDialogButtonBox):
            button.setEnabled(message is None)
        if message:
            self.setWindowTitle(message)

    def _details_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Details"))
        form = QFormLayout(box)
        c = self.customer
        fields = [
            (self.tr("Member no."), c.get("member_no")),
            (self.tr("Phone"), c.get("phone")),
            (self.tr("Email"), c.get("email")),
            (self.tr("Gender"), gender_name(c.get("gender"))),
            (self.tr("Birthday"), format_date(c.get("birthday"))),
            (self.tr("Age"), c.get("age")),
            (self.tr("City"), " ".join(str(v) for v in (c.get("province"), c.get("city")) if v)),
            (self.tr("Address"), c.get("address")),
            (self.tr("Member level"), c.get("member_level")),
            (self.tr("Member since"), format_date(c.get("join_date"))),
            (self.tr("Points"), format_count(int(c["points"])) if c.get("points") is not None else ""),
        ]
        for label, value in fields:
            if value not in (None, ""):
                text = QLabel(str(value))
                text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                form.addRow(self.tr("%1:").replace("%1", label), text)
        return box

    def spend_summary(self) -> dict:
        """Paid orders, total and average spend, first/last order, refunds (from the orders table), counted as
        features.headline counts them: a refund booked as its own paid row lowers the spend but is not an order."""
        from ...features.headline import PAID

        paid = self.conn.execute(
            "SELECT coalesce(sum(amount_cents >= 0), 0), coalesce(sum(amount_cents), 0),"
            " min(CASE WHEN amount_cents >= 0 THEN order_time END), max(CASE WHEN amount_cents >= 0 THEN order_time END),"
            f" coalesce(sum(discount_cents), 0) FROM orders WHERE customer_id = ? AND {PAID}",
            (self.customer_id,)).fetchone()
        refunds = self.conn.execute(
            "SELECT count(*), coalesce(sum(amount_cents), 0) FROM orders WHERE customer_id = ? AND status = 'refunded'",
            (self.customer_id,)).fetchone()
        channel = self.conn.execute(
            "SELECT channel FROM orders WHERE customer_id = ? AND status = 'paid' AND channel IS NOT NULL"
            " GROUP BY channel ORDER BY count(*) DESC, channel LIMIT 1", (self.customer_id,)).fetchone()
        return {"orders": paid[0], "spend_cents": paid[1], "first": paid[2], "last": paid[3],
                "discount_cents": paid[4], "refunds": refunds[0], "refund_cents": refunds[1],
                "channel": channel[0] if channel else None}

    def _spend_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Spend summary"))
        form = QFormLayout(box)
        s = self.spend_summary()
        c = self.customer
        money = self.currency
        rows = [
            (self.tr("Paid orders"), format_count(s["orders"])),
            (self.tr("Total spend"), format_money(s["spend_cents"], money)),
            (self.tr("Average order"), format_money(s["spend_cents"] / s["orders"], money) if s["orders"] else ""),
            (self.tr("First order"), format_date(s["first"])),
            (self.tr("Last order"), format_date(s["last"])),
            (self.tr("Discounts received"), format_money(s["discount_cents"], money) if s["discount_cents"] else ""),
            (self.tr("Refunds"), self.tr("%1 (%2)").replace("%1", format_count(s["refunds"]))
             .replace("%2", format_money(s["refund_cents"], money)) if s["refunds"] else ""),
            (self.tr("Favourite channel"), s["channel"] or ""),
        ]
        if c.get("agg_total_spend_cents") is not None or c.get("agg_order_count") is not None:
            rows.append((self.tr("Member-list history"), self.tr("%1 orders, %2 (from the member list, counted apart"
                                                                 " from the imported orders)").replace(
                "%1", format_count(c.get("agg_order_count") or 0)).replace(
                "%2", format_money(c.get("agg_total_spend_cents") or 0, money))))
        for label, value in rows:
            if value:
                form.addRow(self.tr("%1:").replace("%1", label), QLabel(value))
        if not s["orders"]:
            form.addRow(QLabel(self.tr("No paid orders in the imported sales data.")))
        return box

    def _orders_table(self) -> QTableWidget:
        rows = self.conn.execute(
            "SELECT order_time, order_no, amount_cents, items, product, channel, store, status FROM orders"
            " WHERE customer_id = ? ORDER BY order_time DESC, id DESC LIMIT ?", (self.customer_id, ORDERS_SHOWN),
        ).fetchall()
        headers = [self.tr("Time"), self.tr("Order no."), self.tr("Amount"), self.tr("Items"), self.tr("Product"),
                   self.tr("Channel"), self.tr("Store"), self.tr("Status")]
        data = [[format_datetime(r[0]), r[1] or "", format_money(r[2], self.currency), format_count(r[3]),
                 r[4] or "", r[5] or "", r[6] or "", status_name(r[7])] for r in rows]
        return _table(headers, data, right={2, 3})

    def _keys_table(self) -> QTableWidget:
        rows = self.conn.execute(
            "SELECT k.kind, k.value, i.file_name, i.sheet, i.imported_at FROM customer_keys k"
            " LEFT JOIN imports i ON i.id = k.import_id WHERE k.customer_id = ? ORDER BY k.import_id, k.kind",
            (self.customer_id,)).fetchall()
        headers = [self.tr("Kind"), self.tr("Value"), self.tr("Source file"), self.tr("Imported")]
        data = []
        for kind, value, file_name, sheet, imported_at in rows:
            source = file_name or ""
            if sheet:
                source = f"{source} — {sheet}"
            data.append([key_kind_name(kind), value, source, format_date(imported_at)])
        return _table(headers, data)


def segments_section(card: ProfileCard, conn: sqlite3.Connection, customer_id: int) -> QWidget | None:
    """The customer's segment in each live segmentation run (None when there are no runs yet)."""
    try:
        rows = conn.execute(
            "SELECT r.name, s.name_en, s.name_zh FROM segment_members m JOIN segmentations r ON r.id = m.run_id"
            " JOIN segments s ON s.run_id = m.run_id AND s.label = m.label"
            " WHERE m.customer_id = ? AND r.live = 1 ORDER BY r.id DESC LIMIT 10", (customer_id,)).fetchall()
    except sqlite3.Error:
        return None
    if not rows:
        return None
    box = QGroupBox(QCoreApplication.translate("ProfileCard", "Segments"))
    form = QFormLayout(box)
    chinese = current_language() == "zh_CN"
    from ...segmentation.runs import display_name

    for run_name, name_en, name_zh in rows:
        form.addRow(QCoreApplication.translate("ProfileCard", "%1:").replace(
            "%1", display_name(run_name, current_language())), QLabel(name_zh if chinese else name_en))
    return box


def tags_section(card: ProfileCard, conn: sqlite3.Connection, customer_id: int) -> QWidget | None:
    """The customer's tags, one line per layer, each tag in its colour (None when the customer has no tags)."""
    from ...tags.model import LAYER_KEYS, layer_name

    try:
        rows = conn.execute(
            "SELECT t.layer, t.name_en, t.name_zh, t.colour FROM customer_tags ct JOIN tag_defs t ON t.id = ct.tag_id"
            " WHERE ct.customer_id = ? ORDER BY t.name_en", (customer_id,)).fetchall()
    except sqlite3.Error:
        return None
    if not rows:
        return None
    lang = current_language()
    chinese = lang == "zh_CN"
    by_layer: dict[str, list[str]] = {}
    for layer, name_en, name_zh, colour in rows:
        text = (name_zh if chinese else name_en).replace("&", "&amp;").replace("<", "&lt;")
        by_layer.setdefault(layer, []).append(
            f'<span style="background:{colour}; color:white; padding:2px 6px;">&nbsp;{text}&nbsp;</span>')
    box = QGroupBox(QCoreApplication.translate("ProfileCard", "Tags"))
    box.setObjectName("tagsBox")
    form = QFormLayout(box)
    order = {key: i for i, key in enumerate(LAYER_KEYS)}
    for layer in sorted(by_layer, key=lambda k: order.get(k, 99)):
        label = QLabel(" ".join(by_layer[layer]))
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        form.addRow(QCoreApplication.translate("ProfileCard", "%1:").replace("%1", layer_name(layer, "zh" if chinese else "en")), label)
    return box


def predicted_value_section(card: ProfileCard, conn: sqlite3.Connection, customer_id: int) -> QWidget | None:
    """Chance still active, next 90 days, 12-month value and next order (ui/predict_section.py builds it)."""
    from ..predict.section import prediction_section

    return prediction_section(card, conn, customer_id)


PROFILE_SECTIONS.append(predicted_value_section)


def suggested_next_section(card: ProfileCard, conn: sqlite3.Connection, customer_id: int) -> QWidget | None:
    """The next products to suggest and why (ui/suggest/section.py builds it)."""
    from ..suggest.section import suggestions_section

    return suggestions_section(card, conn, customer_id)


PROFILE_SECTIONS.append(suggested_next_section)


def consent_ledger_section(card: ProfileCard, conn: sqlite3.Connection, customer_id: int) -> QWidget | None:
    """Marketing consent per channel and its ledger (ui/consent_section.py builds it)."""
    from ..privacy.consent_section import consent_section

    return consent_section(card, conn, customer_id)


PROFILE_SECTIONS.append(consent_ledger_section)
