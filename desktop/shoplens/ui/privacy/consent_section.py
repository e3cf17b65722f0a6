"""The profile card's marketing consent: the current answer per channel and, in a tooltip, every change in the ledger."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from ...consent import consent_history
from ..common.formatting import format_date


def channel_name(channel: str) -> str:
    """A consent channel in words, translated."""
    names = {"sms": QCoreApplication.translate("ConsentSection", "SMS"),
             "email": QCoreApplication.translate("ConsentSection", "E-mail"),
             "wechat": QCoreApplication.translate("ConsentSection", "WeChat"),
             "all": QCoreApplication.translate("ConsentSection", "All channels")}
    return names.get(channel, channel)


def answer_name(allowed: bool | None) -> str:
    """'accepts' / 'refused' / 'none', translated."""
    if allowed is None:
        return QCoreApplication.translate("ConsentSection", "none")
    return QCoreApplication.translate("ConsentSection", "accepts") if allowed else \
        QCoreApplication.translate("ConsentSection", "refused")


def consent_section(card, conn: sqlite3.Connection, customer_id: int) -> QWidget | None:
    """Current consent per channel with its source and date; the tooltip lists each change (None: no answer)."""
    try:
        rows = conn.execute("SELECT channel, allowed, source, changed_at FROM consent WHERE customer_id = ?"
                            " ORDER BY CASE channel WHEN 'all' THEN 0 ELSE 1 END, channel", (customer_id,)).fetchall()
        history = consent_history(conn, customer_id)
    except sqlite3.Error:
        return None
    if not rows:
        return None
    box = QGroupBox(QCoreApplication.translate("ConsentSection", "Marketing consent"))
    box.setObjectName("consentBox")
    form = QFormLayout(box)
    for channel, allowed, source, changed_at in rows:
        changes = [c for c in history if c.channel == channel]
        text = QCoreApplication.translate("ConsentSection", "%1 since %2 (%3)").replace("%1", answer_name(bool(allowed))) \
            .replace("%2", format_date(changed_at)).replace("%3", source)
        if len(changes) > 1:
            text += " · " + QCoreApplication.translate("ConsentSection", "%1 changes").replace("%1", str(len(changes)))
        label = QLabel(text)
        label.setToolTip("\n".join(
            QCoreApplication.translate("ConsentSection", "%1: %2 → %3 (%4)").replace("%1", format_date(c.changed_at))
            .replace("%2", answer_name(c.old_allowed)).replace("%3", answer_name(c.new_allowed)).replace("%4", c.source)
            for c in changes))
        form.addRow(QCoreApplication.translate("ConsentSection", "%1:").replace("%1", channel_name(channel)), label)
    return box
