"""How numbers, money, dates and order statuses look in the UI (money is integer cents in the workspace)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def format_money(cents: int | float | None, currency: str = "¥") -> str:
    """'¥1,234.50' from 123450 cents; '' for None; the sign goes before the symbol."""
    if cents is None:
        return ""
    value = int(round(cents))
    sign = "-" if value < 0 else ""
    units, rest = divmod(abs(value), 100)
    return f"{sign}{currency}{units:,}.{rest:02d}"


def format_count(n: int | None) -> str:
    """A whole number with digit grouping ('12,345'; English and Chinese group the same way)."""
    return "" if n is None else f"{int(n):,}"


def format_date(text: str | None) -> str:
    """The date part of an ISO date or date-time text ('2024-03-05 14:02:00' → '2024-03-05')."""
    return (text or "")[:10]


def format_datetime(text: str | None) -> str:
    """An ISO date-time to the minute ('2024-03-05 14:02')."""
    text = (text or "").replace("T", " ")
    return text[:16]


def parse_money(text: str) -> int | None:
    """Cents from what a user typed ('1,234.5', '¥99', '  12 '); None when it is not a number."""
    cleaned = "".join(ch for ch in text if ch.isdigit() or ch in ".-")
    if not cleaned or cleaned in ("-", ".", "-."):
        return None
    try:
        return int(round(float(cleaned) * 100))
    except ValueError:
        return None


def status_name(status: str | None) -> str:
    """The translated name of an order status ('paid', 'refunded', 'cancelled', 'pending')."""
    names = {
        "paid": QCoreApplication.translate("OrderStatus", "Paid"),
        "refunded": QCoreApplication.translate("OrderStatus", "Refunded"),
        "cancelled": QCoreApplication.translate("OrderStatus", "Cancelled"),
        "pending": QCoreApplication.translate("OrderStatus", "Pending"),
    }
    return names.get(status or "", status or "")
