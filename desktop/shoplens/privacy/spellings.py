"""Every way a person's phone number, e-mail address or name may be written in a cell, as patterns.

A phone number is found whatever its punctuation and spacing ("139-1234-5678", "139 1234 5678", "(139)12345678"),
with or without the country prefix ("+86", "0086", "86", a trunk "0"), in ASCII or full-width digits; never as part
of a longer number. An e-mail address is found in any case, never inside a longer address. Each pattern comes in two
forms: the exact one (Python `re`) and a looser one that RE2 (pyarrow) and SQLite's instr can run over millions of
cells first, so that only the few candidate cells reach Python.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SEP = r"[\s\-.()/·（）－—_]{0,3}"  # what people put between the digits of a phone number
_LOOSE_SEP = "[^0-9０-９]{0,3}"  # the same for RE2: anything but a digit (a superset)
_DIGIT_BEFORE = r"(?<![0-9０-９])"
_DIGIT_AFTER = r"(?![0-9０-９])"


def _digit(c: str) -> str:
    return f"[{c}{chr(0xFF10 + int(c))}]"


def phone_parts(value: str, region: str = "CN") -> tuple[str, str]:
    """(country calling code, national significant number) of a stored phone number ('' for the code when unknown)."""
    digits = re.sub(r"\D", "", value)
    try:
        import phonenumbers

        number = phonenumbers.parse(value, None if value.startswith("+") else region)
        national = phonenumbers.national_significant_number(number)
        if national:
            return str(number.country_code), national
    except Exception:  # phonenumbers missing or the value is not a number it reads
        pass
    return "", digits


def phone_pattern(value: str, region: str = "CN", *, loose: bool = False) -> str:
    """A regular expression for every spelling of the phone number `value` (as ShopLens stores it)."""
    code, national = phone_parts(value, region)
    sep = _LOOSE_SEP if loose else _SEP
    body = sep.join(f"[{c}{chr(0xFF10 + int(c))}]" for c in national)
    if loose:
        return body  # prefixes and the digit boundaries only narrow the match: the exact check does that
    prefixes = [f"0{sep}"]
    if code:
        cc = sep.join(_digit(c) for c in code)
        prefixes = [rf"(?:\+|＋|00){sep}{cc}{sep}(?:\(0\){sep})?", f"{cc}{sep}", *prefixes]
    return rf"{_DIGIT_BEFORE}(?:{'|'.join(prefixes)})?{body}{_DIGIT_AFTER}"


def email_pattern(value: str, *, loose: bool = False) -> str:
    """A regular expression for the e-mail address `value` (matched ignoring case), not inside a longer address."""
    text = re.escape(value)
    # the edges are ASCII: an address written right after Chinese text (邮箱wang@x.cn) is still found
    return text if loose else rf"(?<![A-Za-z0-9._%+-]){text}(?![A-Za-z0-9_-]|\.[A-Za-z0-9-])"


def _needles(value: str, region: str) -> set[str]:
    """Short texts one of which every spelling of `value` contains, in lower case (SQLite's first filter)."""
    if "@" in value:
        return {value.lower()}
    _code, national = phone_parts(value, region)
    last = national[-1:]
    return {national[-2:], chr(0xFF10 + int(last))} if last else set()


@dataclass
class Mentions:
    """The phone numbers and e-mail addresses of one person (and their names, removed beside them)."""

    secrets: set[str]
    names: set[str]
    region: str = "CN"

    def __post_init__(self) -> None:
        parts = [phone_pattern(s, self.region) if "@" not in s else email_pattern(s) for s in sorted(self.secrets)]
        self.exact = re.compile("|".join(parts), re.IGNORECASE) if parts else None
        loose = [phone_pattern(s, self.region, loose=True) if "@" not in s else email_pattern(s, loose=True)
                 for s in sorted(self.secrets)]
        self.loose = "|".join(f"(?:{p})" for p in loose)  # RE2 syntax, for pyarrow.compute.match_substring_regex
        names = sorted((n for n in self.names if len(n.strip()) >= 2), key=len, reverse=True)
        self.name = re.compile("|".join(re.escape(n.strip()) for n in names)) if names else None
        self.needles = sorted(set().union(*(_needles(s, self.region) for s in self.secrets))) if self.secrets else []

    def __bool__(self) -> bool:
        return self.exact is not None

    def found_in(self, text: object) -> bool:
        """True when the text holds one of the phone numbers or e-mail addresses."""
        return isinstance(text, str) and self.exact is not None and self.exact.search(text) is not None

    def blank(self, text: object) -> object:
        """The text without the phone numbers and e-mail addresses, and without the person's name when it held
        one of them (the same value when it held none)."""
        if not self.found_in(text):
            return text
        out = self.exact.sub("", text)  # type: ignore[union-attr]
        return self.name.sub("", out) if self.name is not None else out

    def sql_filter(self, column: str) -> tuple[str, list[str]]:
        """A WHERE condition (with its arguments) that every cell holding a mention passes: instr on the needles."""
        if not self.needles:
            return "0", []
        return "(" + " OR ".join(f'instr(lower("{column}"), ?) > 0' for _ in self.needles) + ")", list(self.needles)
