"""Vectorised parsing of the text cells of mapped columns: money, dates, phones, e-mails, genders, flags."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import numpy as np
import pandas as pd

_FULLWIDTH = str.maketrans({chr(0xFF01 + i): chr(0x21 + i) for i in range(94)} | {"\u3000": " "})
# Currency marks and whitespace. Spelled without (?i) and \s, which would send pandas to a per-cell Python regex
# (10x slower); the classes match exactly what (?i) and Python's Unicode \s matched (ſ and the Kelvin sign too).
_SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# the same characters one by one (the class above has a range, \u2000-\u200a, that list() would read as "-")
_SPACE_CHARS = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + \
    "\u2028\u2029\u202f\u205f\u3000"
_CURRENCY_RE = ("(¥|￥|\\$|元|[rR][mM][bB]|[cC][nN][yY]|[uU][sS\u017f][dD]|[hH][kK\u212a][dD]|[uU][sS\u017f]\\$"
                "|[hH][kK\u212a]\\$|€|£|[" + _SPACES + "])")
_NUMBER_RE = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")


def text_of(values: pd.Series) -> pd.Series:
    """Cells as stripped text with full-width characters made half-width (only where there are any)."""
    text = values.astype("str")
    wide = text.str.contains("[\uff01-\uff5e\u3000]", regex=True)
    if wide.any():
        text = text.copy()
        text[wide] = text[wide].str.translate(_FULLWIDTH)
    return text.str.strip()


def tidy_text(values: pd.Series) -> pd.Series:
    """Text cells stripped and unwrapped (="..." and '0123), empty ones missing."""
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        cells = pa.array(values, type=pa.large_string())
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        cells = None
    if cells is not None and not cells.null_count and not _may_need_tidying(cells):
        # nothing to strip or unwrap (most columns): one pass instead of three
        return pd.Series(pd.array(pc.if_else(pc.equal(cells, ""), None, cells), dtype="str"), index=values.index)
    text = unwrap(values.astype("str").str.strip())
    return text.where(text != "", None)


def _may_need_tidying(cells) -> bool:
    """True when a cell starts with a space, = or ' or ends with a space (what strip and unwrap change).

    The first and last characters looked up in a set: the same answer as the regex ^[ ='] | [ ]$, in half the time.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    first = pc.utf8_slice_codeunits(cells, 0, 1)
    if pc.any(pc.is_in(first, pa.array(list(_SPACE_CHARS + "='"), type=first.type))).as_py():
        return True
    last = pc.utf8_slice_codeunits(cells, -1)
    return bool(pc.any(pc.is_in(last, pa.array(list(_SPACE_CHARS), type=last.type))).as_py())


def unwrap(text: pd.Series) -> pd.Series:
    """Excel-style ="0138..." and leading-apostrophe cells, unwrapped (only where there are any).

    Only the whole wrapper comes off: a cell such as "=1+1" keeps its "=" (it is a member number like any other;
    exports neutralise formula characters, imports never drop them), and "''5" loses one apostrophe.
    """
    wrapped = text.str.startswith("=") | text.str.startswith("'")
    if wrapped.any():
        text = text.copy()
        text[wrapped] = text[wrapped].str.replace(r'^=\s*"(.*)"\s*$|^\'(.*)$', _unwrapped, regex=True)
    return text


def _unwrapped(match: re.Match[str]) -> str:
    inner = match.group(1)
    return inner.replace('""', '"') if inner is not None else match.group(2)


def blank(values: pd.Series) -> pd.Series:
    """True where a cell is empty or only whitespace."""
    return values.isna() | (values.astype("str").str.strip() == "")


def parse_money_cents(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Parse amounts like '¥1,234.50', '1234元', '(12.00)', '$9.9' into integer cents.

    Returns (cents as nullable Int64, invalid mask: non-empty cells that are not amounts).
    """
    plain = _plain_amounts(values)
    if plain is not None:
        return plain
    text = text_of(values)
    empty = text.eq("") | values.isna()
    negative = text.str.startswith("(") & text.str.endswith(")")
    cleaned = text.str.replace(_CURRENCY_RE, "", regex=True).str.strip("()")
    # thousands separators: "1,234.50" or "1 234"; a lone comma as decimal mark ("12,50") becomes a point
    decimal_comma = cleaned.str.fullmatch(r"[+-]?\d+,\d{1,2}")
    cleaned = cleaned.where(~decimal_comma, cleaned.str.replace(",", ".", regex=False))
    cleaned = cleaned.str.replace(",", "", regex=False)
    looks_numeric = cleaned.str.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)") & ~empty
    number = _numbers(cleaned, looks_numeric)
    number = number.where(number.abs() < 1e13)
    number = number.where(~negative, -number)
    invalid = number.isna() & ~empty
    cents = (number * 100).round()
    return cents.astype("Int64"), invalid


def _plain_amounts(values: pd.Series) -> tuple[pd.Series, pd.Series] | None:
    """When every cell is empty or a plain amount like 128 or 99.50 (most exports): cents straight from Arrow's
    float parser, skipping the currency, comma and bracket handling; None otherwise."""
    number = _plain_numbers(values, r"^(?:[0-9]{1,12}(?:\.[0-9]{1,2})?)?$")
    if number is None:
        return None
    return number.mul(100).round().astype("Int64"), pd.Series(False, index=values.index)


def _plain_numbers(values: pd.Series, pattern: str) -> pd.Series | None:
    """The numbers of a column whose every cell is empty (NaN) or matches `pattern`; None when one does not."""
    import pyarrow as pa
    import pyarrow.compute as pc

    cells = _matching_cells(values, pattern)
    if cells is None:
        return None
    number = pc.cast(cells, pa.float64()).to_numpy(zero_copy_only=False)
    return pd.Series(number, index=values.index, dtype="float64")


def _matching_cells(values: pd.Series, pattern: str):
    """The column as Arrow text with empty cells missing, when every cell is empty or matches the RE2 `pattern`
    (a shortcut's test: one pass in C++); None when a cell does not, or the column is not all text."""
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        cells = pa.array(values, type=pa.large_string())
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return None
    if cells.null_count or not pc.all(pc.match_substring_regex(cells, pattern)).as_py():
        return None
    return pc.if_else(pc.equal(cells, ""), None, cells)


def parse_number(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Parse plain numbers (quantities, points, counts); returns (float Series, invalid mask)."""
    plain = _plain_numbers(values, r"^(?:[0-9]{1,12}(?:\.[0-9]{1,6})?)?$")  # most columns: no sign, no commas
    if plain is not None:
        return plain, pd.Series(False, index=values.index)
    text = text_of(values).str.replace(",", "", regex=False)
    empty = text.eq("") | values.isna()
    looks_numeric = text.str.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)") & ~empty
    number = _numbers(text, looks_numeric)
    number = number.where(number.abs() < 1e13)
    return number, number.isna() & ~empty


def _numbers(text: pd.Series, numeric: pd.Series) -> pd.Series:
    """The float value of each text where `numeric` (already checked to be a plain number), NaN elsewhere.

    Arrow's C++ parser for Arrow-backed text (pandas' to_numeric would make a Python object of every cell).
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        cells = pc.if_else(pa.array(numeric.to_numpy(dtype=bool)), pa.array(text, type=pa.large_string()), None)
        values = pc.cast(cells, pa.float64()).to_numpy(zero_copy_only=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return pd.to_numeric(text.where(numeric, None), errors="coerce")
    return pd.Series(values, index=text.index, dtype="float64")


_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
    "%Y-%m-%dT%H:%M:%S",
    "%Y%m%d%H%M%S",
    "%Y%m%d%H%M",
    "%Y%m%d",
)


def parse_datetime(values: pd.Series, *, dayfirst: bool = False, time_zone: str | None = None) -> tuple[pd.Series, pd.Series]:
    """Parse dates and times written in many ways into 'YYYY-MM-DD HH:MM:SS' text in the shop's time zone.

    Handles ISO text, '2024/3/5 14:02', '2024年3月5日', '05.03.2024' (day first), Excel serial numbers, and
    times with an offset ('2024-03-05 14:22:10 +0800', converted to `time_zone`). Returns (text or None,
    invalid mask).
    """
    iso = _iso_datetimes(values)
    if iso is not None:
        return iso
    raw = text_of(values)
    empty = raw.eq("") | values.isna()
    result = pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns]")
    todo = ~empty
    _try_formats(raw, todo, result)  # the fast path: text already in a standard layout
    todo = todo & result.isna()
    if not todo.any():
        return _as_text(result), todo
    text = raw.copy()
    text[todo] = _normalise_date_text(raw[todo])
    _try_formats(text, todo, result)
    todo = todo & result.isna()
    if todo.any():  # times with an offset, e.g. Shopify's "2024-03-05 14:22:10 +0800"
        sub = text[todo]
        has_tz = sub.str.contains(r"(?:[+-]\d{2}:?\d{2}|Z|UTC)$", regex=True)
        if has_tz.any():
            parsed = pd.to_datetime(sub[has_tz], format="mixed", utc=True, errors="coerce")
            if time_zone:
                try:
                    parsed = parsed.dt.tz_convert(time_zone)
                except Exception:  # unknown zone name: keep UTC
                    pass
            _keep(result, parsed.dt.tz_localize(None))
            todo = todo & result.isna()
    if todo.any():  # Excel serial numbers (1900 system), e.g. 45356 or 45356.5833
        number = pd.to_numeric(text[todo], errors="coerce")
        serial = number[(number > 59) & (number < _LAST_SERIAL)]  # 1900-03-01 up to the last day of 2100
        if len(serial):
            _keep(result, _EXCEL_EPOCH + pd.to_timedelta(serial * 86400, unit="s").dt.round("s"))
            todo = todo & result.isna()
    if todo.any():  # anything else: parse each distinct text once
        sub = text[todo]
        uniques = pd.unique(sub)
        lookup = {u: _parse_one(u, dayfirst) for u in uniques}
        _keep(result, pd.to_datetime(sub.map(lookup), errors="coerce"))
        todo = todo & result.isna()
    return _as_text(result), todo


_ISO_SECONDS = (r"^(?:(?:19|20)[0-9]{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])"
                r" (?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9])?$")


def _iso_datetimes(values: pd.Series) -> tuple[pd.Series, pd.Series] | None:
    """When every cell is empty or already 'YYYY-MM-DD HH:MM:SS' with a real date (most exports): the text as it
    is, checked by Arrow; None otherwise (the general path then reads each layout)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    text = _matching_cells(values, _ISO_SECONDS)
    if text is None:
        return None
    late = text.filter(pc.match_substring_regex(text, "^.{8}(?:29|3[01])"))  # only days 29-31 may not exist
    stamps = pc.strptime(late, format="%Y-%m-%d %H:%M:%S", unit="s", error_is_null=True)
    if stamps.null_count or not pc.all(pc.equal(pc.cast(stamps, pa.large_string()), late)).as_py():
        return None  # a day the month does not have (Arrow rolls 02-30 over into March)
    return pd.Series(pd.array(text, dtype="str"), index=values.index), pd.Series(False, index=values.index)


# digits only: each layout is tried on texts of its own length (pandas reads "202403051430" as 14:03:00 with the
# seconds' layout, taking single digits for the hour, minute and second)
_COMPACT_LENGTH = {"%Y%m%d%H%M%S": 14, "%Y%m%d%H%M": 12, "%Y%m%d": 8}


def _try_formats(text: pd.Series, todo: pd.Series, result: pd.Series) -> None:
    lengths = None
    for fmt in _DATE_FORMATS:
        if not todo.any():
            return
        length = _COMPACT_LENGTH.get(fmt)
        if length and lengths is None:
            lengths = text.str.len()
        these = todo & (lengths == length) if length else todo
        if these.any():
            _keep(result, pd.to_datetime(text[these], format=fmt, errors="coerce"))
            todo = todo & result.isna()


FIRST_YEAR, LAST_YEAR = 1900, 2100  # dates outside these years are typing slips or placeholders (9999-12-31)
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_LAST_SERIAL = (pd.Timestamp(f"{LAST_YEAR + 1}-01-01") - _EXCEL_EPOCH).days


def _keep(result: pd.Series, parsed: pd.Series) -> None:
    """Copy the parsed dates of years FIRST_YEAR..LAST_YEAR into `result` (nanoseconds); others stay missing.

    pandas parses 3014-05-01 or 0001-01-01 at a coarser unit; put into a nanosecond column they would raise
    OutOfBoundsDatetime, and they are no real order or birth dates: they become per-cell problems instead.
    """
    year = parsed.dt.year
    ok = parsed.notna() & (year >= FIRST_YEAR) & (year <= LAST_YEAR)
    if ok.any():
        result.loc[ok[ok].index] = parsed[ok].astype("datetime64[ns]")


def _as_text(result: pd.Series) -> pd.Series:
    """'YYYY-MM-DD HH:MM:SS' text (Arrow's cast of a timestamp in seconds), missing where there is no date."""
    import pyarrow as pa
    import pyarrow.compute as pc

    missing = result.isna().to_numpy()
    seconds = pa.array(result.to_numpy(dtype="datetime64[s]"), mask=missing, type=pa.timestamp("s"))
    text = pc.cast(seconds, pa.large_string())
    return pd.Series(pd.array(text, dtype="str"), index=result.index)


def _normalise_date_text(text: pd.Series) -> pd.Series:
    """'2024年3月5日' and '2024/3/5 9:05' into '2024-03-05' and '2024-03-05 09:05'."""
    text = (
        text.str.replace(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?", r"\1-\2-\3", regex=True)
        .str.replace(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})", r"\1-\2-\3", regex=True)
        .str.replace(r"(\d)\s*时\s*(\d{1,2})\s*分\s*(\d{1,2})?\s*秒?", r"\1:\2:\3", regex=True)
        .str.replace(r":$", ":00", regex=True)
    )
    text = text.str.replace(r"^(\d{4})-(\d)(?=-)", r"\1-0\2", regex=True)
    text = text.str.replace(r"^(\d{4}-\d{2})-(\d)(?!\d)", r"\1-0\2", regex=True)
    return text.str.replace(r"(?<=\s)(\d):", r"0\1:", regex=True)


_TIME_ONLY = re.compile(r"\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp][Mm])?")


def _parse_one(text: str, dayfirst: bool) -> pd.Timestamp | None:
    if not text or len(text) > 60 or _TIME_ONLY.fullmatch(text):
        return None  # a time without a day ("00:00:00") is no date: pandas would put it on today
    m = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})(.*)", text)
    if m:
        a, b, year, rest = m.groups()
        day, month = (a, b) if dayfirst else (b, a)
        if int(month) > 12 and int(day) <= 12:
            day, month = month, day
        text = f"{year}-{int(month):02d}-{int(day):02d}{rest}"
    try:
        value = pd.Timestamp(text)
    except (ValueError, OverflowError, TypeError):
        try:
            from dateutil import parser

            value = pd.Timestamp(parser.parse(text, dayfirst=dayfirst))
        except (ValueError, OverflowError, TypeError, parser.ParserError):
            return None
    if value.tzinfo is not None:
        value = value.tz_localize(None)
    if not (FIRST_YEAR <= value.year <= LAST_YEAR):
        return None
    return value


_CN_MOBILE = re.compile(r"^1[3-9]\d{9}$")


def parse_phone(values: pd.Series, region: str = "CN") -> tuple[pd.Series, pd.Series, dict[str, int]]:
    """Standardise phone numbers: national digits for the shop's region, +E.164 for others.

    Restores numbers that went through a spreadsheet as numbers ('13800138000.0'), strips '+86', '0086',
    spaces, dashes and Excel's ="..." wrapping. Numbers in scientific notation ('1.38001E+10') lost digits
    and are flagged invalid. Returns (phone or None, invalid mask, counts of what was repaired).
    """
    if region == "CN":
        mobiles = _plain_mobiles(values)
        if mobiles is not None:
            return mobiles
    text = unwrap(text_of(values))
    empty = text.eq("") | values.isna()
    out = pd.Series(None, index=values.index, dtype="object")
    counts = {"stored_as_number": 0, "scientific": 0, "reformatted": 0}
    clean = text.str.fullmatch(r"1[3-9]\d{9}") if region == "CN" else pd.Series(False, index=text.index)
    out[clean] = text[clean]  # the common case, already clean: no further work
    todo = ~empty & ~clean
    if todo.any():
        sub = text[todo]
        as_number = sub.str.fullmatch(r"\d+\.0+")
        scientific = sub.str.fullmatch(r"\d(\.\d+)?[eE]\+?\d+")
        counts["stored_as_number"] = int(as_number.sum())
        counts["scientific"] = int(scientific.sum())
        sub = sub.where(~as_number, sub.str.replace(r"\.0+$", "", regex=True))
        digits = sub.str.replace(r"[\s\-()（）.·/]", "", regex=True)
        counts["reformatted"] = int((digits != sub).sum())
        usable = digits[~scientific]
        if len(usable):
            mapping = {u: _phone_one(u, region) for u in pd.unique(usable)}
            out[usable.index] = usable.map(mapping)
    invalid = out.isna() & ~empty
    counts["invalid"] = int(invalid.sum())
    return out, invalid, counts


def _plain_mobiles(values: pd.Series) -> tuple[pd.Series, pd.Series, dict[str, int]] | None:
    """When every cell is empty or a clean 11-digit mainland mobile number: the numbers as they are; else None."""
    phones = _matching_cells(values, r"^(?:1[3-9][0-9]{9})?$")
    if phones is None:
        return None
    phones = pd.Series(pd.array(phones, dtype="str"), index=values.index)
    counts = {"stored_as_number": 0, "scientific": 0, "reformatted": 0, "invalid": 0}
    return phones, pd.Series(False, index=values.index), counts


@lru_cache(maxsize=200_000)
def _phone_one(text: str, region: str) -> str | None:
    import phonenumbers

    if not re.fullmatch(r"\+?\d{5,18}", text or ""):
        return None
    if region == "CN":
        local = re.sub(r"^(\+86|0086|86(?=1[3-9]\d{9}$))", "", text)
        if _CN_MOBILE.match(local):
            return local
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    if number.country_code == phonenumbers.country_code_for_region(region):
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        return re.sub(r"\D", "", national)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


_EMAIL = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"


def parse_email(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Lower-case and validate e-mail addresses; returns (email or None, invalid mask)."""
    text = values.astype("str").str.strip().str.lower()
    empty = text.eq("") | values.isna()
    ok = text.str.match(_EMAIL) & ~empty
    out = text.where(ok, None)
    return out, ~ok & ~empty


_GENDER = {
    "男": "M", "m": "M", "male": "M", "man": "M", "先生": "M", "1": "M", "boy": "M",
    "女": "F", "f": "F", "female": "F", "woman": "F", "女士": "F", "小姐": "F", "2": "F", "0": "F", "girl": "F",
}


def parse_gender(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Map 男/女/M/F/male/female/1/0 to 'M' or 'F'; returns (gender or None, invalid mask)."""
    text = values.astype("str").str.strip().str.lower()
    empty = text.eq("") | values.isna() | text.isin(["未知", "unknown", "保密", "-", "n/a"])
    out = text.map(_GENDER)
    out = out.where(out.notna(), None)
    return out, out.isna() & ~empty


_TRUE = {"yes", "y", "true", "t", "1", "是", "同意", "接受", "subscribed", "opt-in", "opted in", "√", "✓"}
_FALSE = {"no", "n", "false", "f", "0", "否", "不同意", "拒绝", "unsubscribed", "opt-out", "opted out", "退订", "×"}


def parse_flag(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Parse yes/no cells in English and Chinese; returns (1/0/None as object Series, invalid mask)."""
    text = values.astype("str").str.strip().str.lower()
    empty = text.eq("") | values.isna()
    out = pd.Series(None, index=values.index, dtype="object")
    out[text.isin(_TRUE)] = 1
    out[text.isin(_FALSE)] = 0
    return out, out.isna() & ~empty


_STATUS_WORDS = (
    ("refunded", ("refund", "退款成功", "已退款", "全额退款", "退货", "returned", "已退货")),
    ("cancelled", ("cancel", "void", "关闭", "取消", "作废", "已撤销", "failed", "expired")),
    ("pending", ("pending", "unpaid", "awaiting", "等待买家付款", "待付款", "未付款", "authorized")),
)


def parse_status(values: pd.Series) -> pd.Series:
    """Map order status text to 'paid', 'refunded', 'cancelled' or 'pending' (empty → 'paid')."""
    text = values.astype("str").str.strip().str.lower()
    import pyarrow as pa

    codes, uniques = pd.factorize(text, use_na_sentinel=False)  # each distinct text is judged once
    statuses = pa.array([_status_of(u) for u in uniques], type=pa.large_string()).take(pa.array(codes))
    return pd.Series(pd.array(statuses, dtype="str"), index=values.index)


def _status_of(text: object) -> str:
    status = "paid"
    if isinstance(text, str) and "partially" not in text and "部分" not in text:
        for name, words in _STATUS_WORDS:
            if any(w in text for w in words):
                return name
    return status


_COMPACT_DATE = r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?)?"


def looks_like(values: list[str]) -> dict[str, float]:
    """Shares of non-empty sample values that look like a phone, e-mail, date, money or integer id."""
    sample = pd.Series([v for v in values if v and v.strip()], dtype="object")
    if sample.empty:
        return {}
    text = sample.astype("str").str.strip()
    n = len(text)
    digits = text.str.replace(r"[\s\-+()]", "", regex=True).str.replace(r"\.0$", "", regex=True)
    compact = text.str.fullmatch(_COMPACT_DATE)  # 19970101, 20240305143000: dates, not phone numbers
    shares = {
        "phone": float((digits.str.fullmatch(r"(86|0086)?1[3-9]\d{9}|\d{7,15}") & ~compact).mean()),
        "email": float(text.str.fullmatch(_EMAIL[1:-1]).mean()),
        "date": float(
            (text.str.match(r"^(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})") | compact).mean()
        ),
        "money": float(text.str.fullmatch(r"[¥￥$]?\s?-?[\d,]+(\.\d{1,2})?\s?元?").mean()),
        "integer": float(text.str.fullmatch(r"\d+").mean()),
        "gender": float(text.str.lower().isin(set(_GENDER) - {"1", "0", "2"}).mean()),
        "flag": float(text.str.lower().isin((_TRUE | _FALSE) - {"1", "0"}).mean()),
    }
    shares["n"] = n
    return shares


def sql_rows(frame: pd.DataFrame, *, index: bool = False) -> Iterator[tuple]:
    """Rows for executemany: plain Python values, None for every kind of missing value.

    An iterator, not a list: zipping 300,000 rows at once is one C call that holds the GIL (and so freezes the
    window) for ~150 ms; executemany pulls one row at a time and releases the GIL while SQLite writes it.
    """
    columns = [frame.index.to_series()] if index else []
    columns += [frame[c] for c in frame.columns]
    lists = []
    for col in columns:
        if col.dtype.kind in "iub" and isinstance(col.dtype, np.dtype):  # not Int64/boolean: those hold pd.NA
            lists.append(col.tolist())
        elif col.dtype.kind == "f" or str(col.dtype) in ("Int64", "Float64", "boolean"):
            missing = col.isna().to_numpy()
            values = col.astype("float64").to_numpy()
            if str(col.dtype) == "Int64":  # whole numbers as int, as int(float(v)) gave them
                values = np.where(missing, 0.0, values).astype(np.int64)
            listed = values.tolist()  # plain Python int/float in one C call, not one per cell
            for i in np.flatnonzero(missing).tolist():
                listed[i] = None
            lists.append(listed)
        elif isinstance(col.dtype, pd.StringDtype) and col.dtype.storage == "pyarrow":
            lists.append(_text_values(col.array.__arrow_array__()))
        else:
            missing = col.isna().to_numpy()
            values = col.to_numpy(dtype=object)
            if missing.any():
                values = values.copy()
                values[missing] = None
            lists.append(values.tolist())
    return zip(*lists, strict=True)


def _text_values(array) -> list:
    """An Arrow text column as Python str (None where missing); few distinct values are each made once.

    A store or product column repeats a handful of names: one str object per distinct name, shared by every row,
    is ~5x faster than decoding each cell, and sqlite3 encodes a shared str to UTF-8 only once.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    head = array.slice(0, 2000)
    if len(array) < 10_000 or pc.count_distinct(head, mode="all").as_py() * 20 > len(head):
        return array.to_pylist()
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    encoded = array.dictionary_encode()
    names = np.array([*encoded.dictionary.to_pylist(), None], dtype=object)
    return names[encoded.indices.fill_null(len(encoded.dictionary)).to_numpy()].tolist()
