"""The import wizard's sentences built from the engine's codes, translated (the engine's own messages are English)."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import QCoreApplication, QLocale

from ..common.field_labels import field_labels


def number(n: int) -> str:
    """An integer with the locale's thousands separators."""
    return QLocale().toString(int(n))


def _fill(text: str, *values: object) -> str:
    for i, value in enumerate(values, start=1):
        text = text.replace(f"%{i}", str(value))
    return text


def _rows(rows: list[int], count: int) -> str:
    shown = ", ".join(str(r) for r in rows[:10])
    return shown + (", …" if count > len(rows[:10]) else "")


def problem_text(problem) -> str:
    """One Problem(code, column, count, message, rows) as a translated sentence."""
    code, column, n = problem.code, problem.column or "", number(problem.count)
    rows = getattr(problem, "rows", None) or []
    if code == "phone_stored_as_number":
        return _fill(QCoreApplication.translate("ImportTexts", '%1 phone numbers in column "%2" were stored as numbers; they are restored as'
                                      " text."), n, column)
    if code == "phone_scientific":
        return _fill(QCoreApplication.translate("ImportTexts", '%1 phone numbers in column "%2" are in scientific notation (like 1.38E+10), so'
                                      " their last digits were lost in the spreadsheet. Export the file again with the"
                                      " column formatted as text."), n, column)
    if code == "no_order_time":
        return _fill(QCoreApplication.translate("ImportTexts", "%1 rows have no readable order time, so they are not counted as orders (rows"
                                      " %2). They stay in the import."), n, _rows(rows, problem.count))
    if code == "order_without_customer":
        return _fill(QCoreApplication.translate("ImportTexts", "%1 rows name no customer (no member no., phone, e-mail or customer ID); they"
                                      " count as sales without a known customer."), n)
    if code == "customer_without_key":
        return _fill(QCoreApplication.translate("ImportTexts", "%1 customers have no member no., phone, e-mail or customer ID; they are"
                                      " imported but cannot be linked to orders."), n)
    if code == "duplicate_rows":
        return _fill(QCoreApplication.translate("ImportTexts", "%1 rows repeat an earlier row exactly. Each is kept: in a file without order"
                                      " numbers every row is a purchase of its own. If the file is known to list rows"
                                      " twice, add the cleaning step “Exact duplicate rows: keep the first”."), n)
    if code == "order_without_amount":
        return _fill(QCoreApplication.translate("ImportTexts", "%1 orders have no readable amount; they are counted with amount 0."), n)
    if code == "key_conflict":
        return _fill(QCoreApplication.translate("ImportTexts", "%1 customers in this file share keys with two different customers already in"
                                      " the workspace. They were linked to the strongest match (member no., then"
                                      " phone, then e-mail); review them under Cleaning."), n)
    if code.endswith("_invalid"):
        label = field_labels().get(code[: -len("_invalid")], code)
        return _fill(QCoreApplication.translate("ImportTexts", '%1 values in column "%2" could not be read as %3; they are left empty (rows'
                                      " %4). The original text stays in the import."), n, column, label,
                     _rows(rows, problem.count))
    return problem.message


def skip_reason_text(reason: str) -> str:
    """Why a row is not data, in words."""
    texts = {
        "blank": QCoreApplication.translate("ImportTexts", "empty row"),
        "title": QCoreApplication.translate("ImportTexts", "title above the column names"),
        "total": QCoreApplication.translate("ImportTexts", "totals row"),
        "repeated_header": QCoreApplication.translate("ImportTexts", "column names repeated"),
        "note": QCoreApplication.translate("ImportTexts", "note below the data"),
    }
    return texts.get(reason, reason)


def skipped_summary(skipped: list) -> str:
    """'2 empty rows, 1 totals row' style counts by reason, or 'none'."""
    if not skipped:
        return QCoreApplication.translate("ImportTexts", "none")
    counts = Counter(s.reason for s in skipped)
    return ", ".join(f"{skip_reason_text(reason)}: {number(n)}" for reason, n in counts.most_common())


_REASONS = [
    (re.compile(r'^header "(.*)" is a known name for this field$'), "known"),
    (re.compile(r'^header "(.*)" contains "(.*)"$'), "contains"),
    (re.compile(r'^saved template "(.*)"$'), "template"),
    (re.compile(r'^the words of header "(.*)" name (the customer|an amount|a date|a quantity)$'), "words"),
    (re.compile(r'^header "(.*)" with values that repeat, as a customer\'s do$'), "repeating_id"),
    (re.compile(r'^header "(.*)" says only that it is an id$'), "bare_id"),
]


def guess_reason_text(reason: str) -> str:
    """Why the engine guessed a field, translated when the sentence is one the engine is known to write."""
    for pattern, kind in _REASONS:
        match = pattern.match(reason or "")
        if not match:
            continue
        if kind == "known":
            return QCoreApplication.translate("ImportTexts", "usual name for this field")
        if kind == "contains":
            return _fill(QCoreApplication.translate("ImportTexts", 'name contains "%1"'), match[2])
        if kind == "words":
            return {"the customer": QCoreApplication.translate("ImportTexts", "the words of the name say: customer"),
                    "an amount": QCoreApplication.translate("ImportTexts", "the words of the name say: amount"),
                    "a date": QCoreApplication.translate("ImportTexts", "the words of the name say: date"),
                    "a quantity": QCoreApplication.translate("ImportTexts", "the words of the name say: quantity"),
                    }[match[2]]
        if kind == "repeating_id":
            return QCoreApplication.translate("ImportTexts", "an id whose values repeat, as a customer's do")
        if kind == "bare_id":
            return QCoreApplication.translate("ImportTexts", "only says it is an id: check it")
        return _fill(QCoreApplication.translate("ImportTexts", 'as in your saved template "%1"'), match[1])
    fixed = {
        "the values look like e-mail addresses": QCoreApplication.translate("ImportTexts", "the values look like e-mail addresses"),
        "the values look like phone numbers": QCoreApplication.translate("ImportTexts", "the values look like phone numbers"),
        "the values look like genders": QCoreApplication.translate("ImportTexts", "the values look like genders"),
        "the values look like dates": QCoreApplication.translate("ImportTexts", "the values look like dates"),
        "the values look like amounts": QCoreApplication.translate("ImportTexts", "the values look like amounts"),
        "no matching field": QCoreApplication.translate("ImportTexts", "no matching field"),
    }
    return fixed.get(reason, reason)


def kind_text(kind: str) -> str:
    """What the rows of a file will become."""
    if kind == "orders":
        return QCoreApplication.translate("ImportTexts", "orders (each linked to its customer)")
    return QCoreApplication.translate("ImportTexts", "a customer list")
