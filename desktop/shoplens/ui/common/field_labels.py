"""Field names as the user sees them, translated (the core's Field.label is English only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def field_labels() -> dict[str, str]:
    """Field key → translated label, in the order of shoplens.ingest.fields.FIELDS."""
    return {
        "member_no": QCoreApplication.translate("FieldLabels", "Member no."),
        "customer_ref": QCoreApplication.translate("FieldLabels", "Customer ID"),
        "name": QCoreApplication.translate("FieldLabels", "Name"),
        "phone": QCoreApplication.translate("FieldLabels", "Phone"),
        "email": QCoreApplication.translate("FieldLabels", "E-mail"),
        "wechat": QCoreApplication.translate("FieldLabels", "WeChat ID"),
        "gender": QCoreApplication.translate("FieldLabels", "Gender"),
        "birthday": QCoreApplication.translate("FieldLabels", "Birthday"),
        "age": QCoreApplication.translate("FieldLabels", "Age"),
        "city": QCoreApplication.translate("FieldLabels", "City"),
        "province": QCoreApplication.translate("FieldLabels", "Province / state"),
        "address": QCoreApplication.translate("FieldLabels", "Address"),
        "member_level": QCoreApplication.translate("FieldLabels", "Member level"),
        "join_date": QCoreApplication.translate("FieldLabels", "Join date"),
        "points": QCoreApplication.translate("FieldLabels", "Points"),
        "consent_any": QCoreApplication.translate("FieldLabels", "Accepts marketing"),
        "consent_sms": QCoreApplication.translate("FieldLabels", "Accepts SMS"),
        "consent_email": QCoreApplication.translate("FieldLabels", "Accepts e-mail"),
        "total_spend": QCoreApplication.translate("FieldLabels", "Total spend"),
        "order_count": QCoreApplication.translate("FieldLabels", "Order count"),
        "last_purchase": QCoreApplication.translate("FieldLabels", "Last purchase"),
        "order_no": QCoreApplication.translate("FieldLabels", "Order no."),
        "order_time": QCoreApplication.translate("FieldLabels", "Order time"),
        "paid_time": QCoreApplication.translate("FieldLabels", "Paid time"),
        "amount": QCoreApplication.translate("FieldLabels", "Paid amount"),
        "item_price": QCoreApplication.translate("FieldLabels", "Line price"),
        "quantity": QCoreApplication.translate("FieldLabels", "Quantity"),
        "product": QCoreApplication.translate("FieldLabels", "Product"),
        "sku": QCoreApplication.translate("FieldLabels", "SKU"),
        "category": QCoreApplication.translate("FieldLabels", "Category"),
        "channel": QCoreApplication.translate("FieldLabels", "Channel"),
        "store": QCoreApplication.translate("FieldLabels", "Store"),
        "status": QCoreApplication.translate("FieldLabels", "Status"),
        "discount": QCoreApplication.translate("FieldLabels", "Discount"),
        "coupon_code": QCoreApplication.translate("FieldLabels", "Coupon code"),
    }


def not_imported_label() -> str:
    """What the mapping shows for a column that is kept only in the raw rows."""
    return QCoreApplication.translate("FieldLabels", "(not imported)")


def entity_label(entity: str) -> str:
    """'Customer' or 'Order', translated, for grouping fields."""
    if entity == "order":
        return QCoreApplication.translate("FieldLabels", "Order")
    return QCoreApplication.translate("FieldLabels", "Customer")
