"""Masking of phones and e-mail addresses, and neutralising cells a spreadsheet would run as a formula.

Formula injection (OWASP "CSV injection"): a cell that starts with = + - @, a tab or a carriage return can be
run as a formula by Excel or LibreOffice. Such cells get a leading apostrophe in CSV files. In XLSX files every
value is written as a text cell (never a formula) and those cells also get Excel's quote-prefix style, so they
stay text even when someone edits them; no apostrophe is added to the text itself.

One exception, so an international phone number stays usable by SMS tools: a value of a phone column that is
"+" followed only by digits (e.g. +8613800138000, or masked +86138****8000) is left as it is. Digits (and the
mask's stars) cannot call a function or reach another file, so the worst a spreadsheet can do with it is show it
as a number.
"""

from __future__ import annotations

import re

DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_INTERNATIONAL = re.compile(r"\+\d[\d*]{5,16}")
_CN_PREFIX = re.compile(r"^(\+86|0086)(?=1\d{10}$)")


def is_dangerous(text: str) -> bool:
    """True when a spreadsheet could run `text` as a formula."""
    return bool(text) and text.startswith(DANGEROUS_START)


def is_plain_phone(text: str) -> bool:
    """A '+' followed only by digits (or mask stars): an international phone number, harmless in a spreadsheet."""
    return bool(_PLAIN_INTERNATIONAL.fullmatch(text or ""))


def neutralise_csv(text: str, *, phone: bool = False) -> str:
    """The cell text for a CSV file: a leading apostrophe when a spreadsheet could run it as a formula."""
    if not is_dangerous(text) or (phone and is_plain_phone(text)):
        return text
    return "'" + text


def mask_phone(phone: str | None) -> str | None:
    """138****5678: keep the first 3 and last 4 digits (after a +86/0086 prefix, which is kept)."""
    if not phone:
        return phone
    text = str(phone).strip()
    prefix = ""
    match = _CN_PREFIX.match(text)
    if match:
        prefix, text = match.group(1), text[match.end():]
    if len(text) >= 8:
        return prefix + text[:3] + "*" * (len(text) - 7) + text[-4:]
    if len(text) >= 3:
        return prefix + text[0] + "*" * (len(text) - 2) + text[-1]
    return prefix + "*" * len(text)


def mask_email(email: str | None) -> str | None:
    """a***@example.com: the first character of the name part, then ***, then the domain."""
    if not email:
        return email
    text = str(email).strip()
    local, at, domain = text.rpartition("@")
    if not at:
        return (text[:1] + "***") if text else text
    return (local[:1] or "*") + "***@" + domain
