"""Turn the text rows of a table plus a column mapping into typed values, and count the problems."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import pandas as pd

from . import normalize as nz
from .fields import FIELD_BY_KEY, IGNORE
from .table import Table

KEY_FIELDS = ("member_no", "phone", "email", "wechat", "customer_ref")  # identity keys, strongest first
TEXT_FIELDS = ("name", "city", "province", "address", "member_level", "product", "sku", "category", "channel",
               "store", "coupon_code", "member_no", "customer_ref", "wechat", "order_no")
DATE_FIELDS = ("birthday", "join_date", "last_purchase")
DATETIME_FIELDS = ("order_time", "paid_time")
MONEY_FIELDS = ("amount", "item_price", "discount", "total_spend")
NUMBER_FIELDS = ("age", "points", "quantity", "order_count")
FLAG_FIELDS = ("consent_any", "consent_sms", "consent_email")
ORDER_LEVEL = ("order_time", "paid_time", "discount", "channel", "store", "status", "status_text", "coupon_code")


@dataclass
class Problem:
    """Something about the values the user should know, in words, with example row numbers."""

    code: str
    column: str | None
    count: int
    message: str
    rows: list[int] = field(default_factory=list)


@dataclass
class Parsed:
    """Typed values per data row (columns are field keys) plus the problems found while parsing."""

    frame: pd.DataFrame
    problems: list[Problem]
    kind: str  # "orders" or "customers"
    fill_only: frozenset[str] = frozenset()  # fields that only fill gaps, never replace (a nickname as the name)


def import_kind(mapping: dict[str, str]) -> str:
    """'orders' when the mapping holds order fields, otherwise 'customers'."""
    fields = set(mapping.values())
    return "orders" if fields & {"order_no", "amount", "item_price", "order_time", "product"} else "customers"


_PARSE_THREADS = 2


def parse_table(table: Table, mapping: dict[str, str], *, region: str = "CN", time_zone: str | None = None,
                dayfirst: bool = False) -> Parsed:
    """Parse every mapped column of `table`; unmapped columns stay only in the raw rows."""
    by_field = {f: c for c, f in mapping.items() if f and f != IGNORE}
    row_numbers = pd.Series(table.row_number_array(), dtype="int64")
    frame = pd.DataFrame({"row": row_numbers})
    problems: list[Problem] = []

    def parse_one(key: str, column: str) -> tuple[pd.Series, pd.Series | None, list[Problem]]:
        found: list[Problem] = []
        raw = _text_series(table.column_array(table.columns.index(column)))
        return *_parse_field(key, raw, column, region, time_zone, dayfirst, found, row_numbers), found

    # columns are parsed two at a time: most of the work is in Arrow and pandas kernels that let the other thread
    # run (parse of a 1M-row orders file 0.51-0.57 s -> 0.39-0.43 s); results are kept in column order
    with ThreadPoolExecutor(_PARSE_THREADS) as pool:
        results = list(pool.map(parse_one, by_field.keys(), by_field.values()))
    for (key, column), (value, invalid, found) in zip(by_field.items(), results, strict=True):
        problems.extend(found)
        frame[key] = value
        if invalid is not None and invalid.any():
            label = FIELD_BY_KEY[key].label.lower()
            examples = row_numbers[invalid].head(10).tolist()
            problems.append(Problem(
                f"{key}_invalid", column, int(invalid.sum()),
                f'{int(invalid.sum())} values in column "{column}" could not be read as {label}; they were left'
                f" empty (rows {', '.join(map(str, examples))}{', ...' if invalid.sum() > 10 else ''}). The"
                " original text stays in the import.",
                examples,
            ))
    kind = import_kind(mapping)
    if kind == "orders" and "order_no" in frame:
        frame = _fill_order_fields(frame)
    _check_keys(frame, kind, problems)
    return Parsed(frame, problems, kind, nickname_fields(by_field))


def _text_series(cells) -> pd.Series:
    """The cells of one column (an Arrow text array) as pandas text, Arrow-backed: no parser converts it again."""
    return pd.Series(pd.array(cells, dtype="str"))


NICKNAME_WORDS = ("昵称", "nickname", "nick name", "网名")


def nickname_fields(by_field: dict[str, str]) -> frozenset[str]:
    """{'name'} when the name comes from a nickname column (WeChat's 昵称): it must not replace a real name."""
    column = by_field.get("name", "")
    return frozenset({"name"}) if any(word in column.lower() for word in NICKNAME_WORDS) else frozenset()


def _parse_field(key, raw, column, region, time_zone, dayfirst, problems, row_numbers):
    if key == "phone":
        value, invalid, counts = nz.parse_phone(raw, region)
        if counts.get("stored_as_number"):
            n = counts["stored_as_number"]
            problems.append(Problem("phone_stored_as_number", column, n,
                                    f'{n} phone numbers in column "{column}" were stored as numbers; they were'
                                    " restored as text."))
        if counts.get("scientific"):
            n = counts["scientific"]
            problems.append(Problem("phone_scientific", column, n,
                                    f'{n} phone numbers in column "{column}" are in scientific notation (like'
                                    " 1.38E+10), so their last digits were lost in the spreadsheet. Export the file"
                                    " again with the column formatted as text."))
        return value, invalid
    if key == "email":
        return nz.parse_email(raw)
    if key == "gender":
        return nz.parse_gender(raw)
    if key in DATE_FIELDS:
        value, invalid = nz.parse_datetime(raw, dayfirst=dayfirst, time_zone=time_zone)
        return value.str.slice(0, 10), invalid
    if key in DATETIME_FIELDS:
        return nz.parse_datetime(raw, dayfirst=dayfirst, time_zone=time_zone)
    if key in MONEY_FIELDS:
        return nz.parse_money_cents(raw)
    if key in NUMBER_FIELDS:
        return nz.parse_number(raw)
    if key in FLAG_FIELDS:
        return nz.parse_flag(raw)
    if key == "status":
        return nz.parse_status(raw), None
    return nz.tidy_text(raw), None


def _check_keys(frame: pd.DataFrame, kind: str, problems: list[Problem]) -> None:
    keys = [k for k in KEY_FIELDS if k in frame]
    if kind == "orders":
        if "order_time" in frame:
            missing = frame["order_time"].isna()
            if missing.any():
                examples = frame.loc[missing, "row"].head(10).tolist()
                problems.append(Problem(
                    "no_order_time", None, int(missing.sum()),
                    f"{int(missing.sum())} rows have no readable order time, so they are not counted as orders"
                    f" (rows {', '.join(map(str, examples))}). They stay in the import.", examples))
        if keys:
            no_key = frame[keys].isna().all(axis=1)
            if no_key.any():
                problems.append(Problem(
                    "order_without_customer", None, int(no_key.sum()),
                    f"{int(no_key.sum())} rows name no customer (no member no., phone, e-mail or customer ID);"
                    " they count as sales without a known customer."))
    else:
        if keys:
            no_key = frame[keys].isna().all(axis=1)
            if no_key.any():
                examples = frame.loc[no_key, "row"].head(10).tolist()
                problems.append(Problem(
                    "customer_without_key", None, int(no_key.sum()),
                    f"{int(no_key.sum())} customers have no member no., phone, e-mail or customer ID; they were"
                    " imported but cannot be linked to orders.", examples))


def _fill_order_fields(frame: pd.DataFrame) -> pd.DataFrame:
    """Line-item exports carry order fields on the first line only: copy them to every line of the order."""
    has_no = frame["order_no"].notna()
    cols = [c for c in (*KEY_FIELDS, "name", *ORDER_LEVEL)
            if c in frame and c != "order_no" and frame[c].isna().any()]  # a full column has nothing to fill
    if not cols or not has_no.any():
        return frame
    frame = frame.copy()
    filled = frame.loc[has_no, ["order_no", *cols]].groupby("order_no", sort=False)[cols].transform("first")
    for col in cols:
        frame.loc[has_no, col] = frame.loc[has_no, col].where(frame.loc[has_no, col].notna(), filled[col])
    return frame


def duplicate_rows(table: Table) -> int:
    """How many data rows repeat an earlier row exactly."""
    if table.known_duplicates is not None:
        return table.known_duplicates
    if not table.columnar:
        return table.n_rows - len(set(map(tuple, table.rows)))  # every repeat of a row beyond its first
    if not table.columns or not table.n_rows:
        return 0
    import numpy as np

    combined, groups = None, 0
    for array in table.arrays():  # rows numbered by their cells, one column after another
        codes, uniques = pd.factorize(pd.Series(pd.array(array, dtype="str")))
        codes = codes.astype(np.int64)
        if combined is None:
            combined, groups = codes, len(uniques)
        else:
            combined, distinct = pd.factorize(combined * len(uniques) + codes)
            groups = len(distinct)
    return table.n_rows - groups
