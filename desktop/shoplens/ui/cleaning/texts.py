"""Cleaning suggestions in the UI language: the core words them in English; here each kind has a translatable text.

The English texts are the core's own messages with its figures as %1, %2, …; a test keeps the two the same.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..common.field_labels import field_labels


def _texts() -> dict[str, str]:
    return {
        "text": QCoreApplication.translate(
            "CleaningWords", "%1 text cells have extra spaces or full-width (全角) characters. Tidy them?"),
        "phones": QCoreApplication.translate(
            "CleaningWords", "%1 phone numbers have spaces, dashes or +86, or were stored as numbers; %2"
                             " cannot be read. Standardise them and flag the unreadable ones?"),
        "emails": QCoreApplication.translate(
            "CleaningWords", "%1 e-mail addresses have capital letters and %2 are not valid. Lower-case them,"
                             " repair what can be repaired and flag the rest?"),
        "genders": QCoreApplication.translate(
            "CleaningWords", "Gender is written %1 ways; %2 values were not understood. Read more ways of"
                             " writing it (男性, Mr, Ms, ...)?"),
        "dates": QCoreApplication.translate(
            "CleaningWords", "%1 dates in %2 are written like 05.03.2024 and %3 of them only make sense day"
                             " first. Read them day first?"),
        "amounts": QCoreApplication.translate(
            "CleaningWords", "%1 amounts use 万, a trailing minus or another way of writing ShopLens could"
                             " not read at import. Read them?"),
        "refunds": QCoreApplication.translate(
            "CleaningWords", "%1 order rows are refunds or cancellations. Leave them out of the orders?"),
        "tests": QCoreApplication.translate(
            "CleaningWords", '%1 rows look like tests (they contain 测试 or "test"). Leave them out?'),
        "no_amount": QCoreApplication.translate(
            "CleaningWords", "%1 order rows have no amount. Flag them for review?"),
        "duplicates": QCoreApplication.translate(
            "CleaningWords", "%1 rows repeat an earlier row of the same file exactly. Keep only the"
                             " first?"),
        "outliers": QCoreApplication.translate(
            "CleaningWords", "%1 orders are far above the shop's usual amounts (over %2). Flag them for"
                             " review (they are not removed)?"),
        "shared_keys": QCoreApplication.translate(
            "CleaningWords", "%1 pairs of customers share a phone, e-mail or member no. through another"
                             " file's rows. Merge them into one customer each?"),
        "similar_customers": QCoreApplication.translate(
            "CleaningWords", "%1 pairs of customers look like the same person (similar name, phone"
                             " ends the same). Review them one by one."),
    }


def suggestion_text(suggestion, *, english_names: bool = False) -> str:
    """The suggestion's sentence in the UI language (its own English message when its kind is not known here)."""
    text = _texts().get(suggestion.code.split(":", 1)[0])
    if text is None or not suggestion.args:
        return suggestion.message
    labels = {} if english_names else field_labels()
    for i, value in reversed(list(enumerate(suggestion.args, start=1))):  # %10 before %1
        if isinstance(value, int):
            shown = f"{value:,}"
        else:
            shown = labels.get(str(value), str(value))
        text = text.replace(f"%{i}", shown)
    return text
