"""Read the paid orders the metrics count, as plain columns (few Python objects per order).

The cost is Python objects: sqlite3 makes a tuple per row and an object per cell (even a small int costs its
slot). So SQLite does the per-order work in C and packs each order into one integer beside customer and amount:
the order time as seconds (when it is canonical text 'YYYY-MM-DD HH:MM:SS'), one discount flag (a discount, or a
coupon code that is not blank), and category, channel and store as their place in a short list of the commonest
values (taken from rows spread over the table). An order that does not fit (another time text, a value not in the
lists) is read again as text, by its id, and parsed by pandas as before. The integers come from SQLite as
comma-separated texts, a block of rowids at a time (int_columns): no Python object per order, and a scan in rowid
order rather than along the order_time index. The frame holds the order id when asked (line items that carry
categories are joined on it).
"""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
from typing import TYPE_CHECKING

from .as_of import as_of_after
from .int_columns import int_columns

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

# Every character str.strip() removes (chr(c).isspace()): a coupon code made only of these counts as no coupon.
_SPACES = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
           "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_PAID = "customer_id IS NOT NULL AND status = 'paid' AND order_time < ?"
# Canonical text only (datetime() with a modifier, which normalises 30 February, gives it back unchanged: so it
# is valid and pandas reads it the same way); years pandas cannot hold as nanoseconds go through pandas too. The
# seconds count from 1678-01-01 (Julian day 2333937.5) so they are never negative, and come from julianday(): a
# third of the cost of strftime('%s'), and exact once rounded, a canonical time being a whole second
# (unixepoch() needs SQLite 3.38).
_SECONDS = ("CASE WHEN order_time BETWEEN '1678' AND '2262' AND datetime(order_time, '+0 seconds') = order_time"
            " THEN CAST(julianday(order_time) * 86400 - 201652200000 + 0.5 AS INTEGER) END")
_SINCE_1970 = -9_214_560_000  # 1678-01-01 00:00:00 in seconds since 1970
_DISCOUNTED = ("coalesce(CAST(discount_cents AS INTEGER) > 0, 0)"
               " OR (coupon_code IS NOT NULL AND trim(coupon_code, ?) != '')")
_NULL = -(2**63)  # NULL in a packed cell (packed values are never negative)
_NAT = -(2**63)  # an unreadable order time
TEXT_COLUMNS = ("category", "channel", "store")
# the columns of the orders table paid_orders_of reads (OrdersInHand keeps only these)
IN_HAND_COLUMNS = ("id", "customer_id", "amount_cents", "discount_cents", "coupon_code", *TEXT_COLUMNS, "order_time",
                   "status")
_SAMPLES = 10  # places in the table the short lists are taken from...
_SAMPLE_ROWS = 500  # ...this many rows at each
_CODED = 48  # values per short list: a CASE compares them in turn, commonest first
_ODD_SHARE = 0.125  # more orders than this share that do not pack are found again by a scan, fewer by their ids
_IDS_PER_QUERY = 500  # ids in one IN list (SQLite 3.31 allows 999 parameters)


def read_paid_orders(conn: sqlite3.Connection, as_of: dt.date, *, with_ids: bool = False) -> pd.DataFrame:
    """Paid orders of known customers before `as_of`: customer_id, amount_cents, discounted, category, channel,
    store (categoricals with sorted categories), day (since 1970), weekday (0 = Monday), seconds of the day;
    also the order `id` when `with_ids`. Orders whose time cannot be read are left out; row order is not kept."""
    import numpy as np
    import pandas as pd

    lists = [common_values(conn, "orders", c) for c in TEXT_COLUMNS]
    widths = [len(v) + 1 for v in lists]  # code 0 is "no value"
    packed = (f"(({_SECONDS}) * 2 + ({_DISCOUNTED})) * {math.prod(widths)} + "
              + " + ".join(f"{math.prod(widths[:i])} * {_coded(c, lists[i])}" for i, c in enumerate(TEXT_COLUMNS)))
    packed_params = (_SPACES, *(v for values in lists for v in values))
    cells = int_columns(conn, "orders", [f"coalesce({packed}, {_NULL})", "customer_id", "amount_cents", "id"],
                        _PAID, packed_params, (as_of.isoformat(),))
    fits = cells[:, 0] != _NULL
    odd = None
    if not fits.all():
        odd = _odd_orders(conn, packed, packed_params, as_of, with_ids, cells[~fits, 3], len(cells))
        cells = cells[fits]
    value, cust, amount = cells[:, 0], cells[:, 1], cells[:, 2]
    ids = cells[:, 3] if with_ids else None
    del cells
    codes, rest = np.divmod(value, math.prod(widths))[::-1]
    seconds, discounted = (rest >> 1) + _SINCE_1970, (rest & 1).astype(bool)
    columns: dict[str, object] = {}
    for i, c in enumerate(TEXT_COLUMNS):
        columns[c] = (codes // math.prod(widths[:i])) % widths[i] - 1
    if odd is not None:
        cust, amount = np.r_[cust, odd["customer_id"]], np.r_[amount, odd["amount_cents"]]
        seconds, discounted = np.r_[seconds, odd["seconds"]], np.r_[discounted, odd["discounted"]]
        ids = np.r_[ids, odd["id"]] if with_ids else None
    frame = {"id": ids} if with_ids else {}
    frame.update({"customer_id": cust, "amount_cents": amount, "discounted": discounted})
    for i, c in enumerate(TEXT_COLUMNS):
        frame[c] = categorical(columns[c], lists[i], odd[c] if odd is not None else ())
    df = pd.DataFrame(frame)
    readable = seconds != _NAT
    if not readable.all():
        df, seconds = df[readable], seconds[readable]
    days = seconds // 86400
    return df.assign(day=days, weekday=((days + 3) % 7).astype(np.int8),  # 1970-01-01 was a Thursday (3)
                     seconds=seconds - days * 86400)


def paid_orders_of(orders: pd.DataFrame, as_of: dt.date, lists: dict[str, list[str]], *,
                   with_ids: bool = False) -> pd.DataFrame:
    """What read_paid_orders gives, taken from `orders` (every row of the orders table, as an import wrote them:
    columns named as in the table) instead of read back: reading 800k orders back cost 0.44 s. `lists`: the
    sampled values of each text column (common_values of the table). The same values, dtypes and categories as
    read_paid_orders (tests compare the two)."""
    import numpy as np
    import pandas as pd

    text = orders["order_time"].astype("str")
    paid = (orders["customer_id"].notna() & (orders["status"].astype("str") == "paid") & text.notna()
            & (text < as_of.isoformat())).to_numpy(dtype=bool)
    rows = orders[["id", "customer_id", "amount_cents", "discount_cents", "coupon_code", *TEXT_COLUMNS]][paid]
    coupon = rows["coupon_code"]
    has_coupon = coupon.notna().to_numpy(dtype=bool)
    if has_coupon.any():
        has_coupon = has_coupon & (coupon.astype("str").str.strip(_SPACES) != "").to_numpy(dtype=bool, na_value=False)
    discount = pd.to_numeric(rows["discount_cents"], errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
    with np.errstate(invalid="ignore"):
        discounted = (np.trunc(discount) > 0) | has_coupon
    amount = rows["amount_cents"]
    frame = {"id": rows["id"].to_numpy(dtype=np.int64)} if with_ids else {}
    frame.update({
        "customer_id": rows["customer_id"].to_numpy(dtype=np.float64).astype(np.int64),
        "amount_cents": _cents(tuple(amount)) if amount.dtype == object else  # SQLite keeps a REAL as REAL
        np.trunc(amount.to_numpy(dtype=np.float64, na_value=0.0)).astype(np.int64),
        "discounted": discounted})
    for c in TEXT_COLUMNS:  # categories as read_paid_orders makes them: its sampled list plus the values present
        codes, present = pd.factorize(rows[c])
        names = sorted(set(lists[c]) | {str(v) for v in present})
        place = {name: i for i, name in enumerate(names)}
        rank = np.array([place[str(v)] for v in present] + [-1], dtype=np.int64)  # code -1 (none) stays -1
        frame[c] = pd.Categorical.from_codes(rank[codes], categories=pd.Index(names, dtype=object))
    df = pd.DataFrame(frame)
    parsed = _timestamps(text[paid].reset_index(drop=True))
    readable = parsed.notna().to_numpy()
    seconds = parsed.to_numpy(dtype="datetime64[s]").astype(np.int64)
    if not readable.all():
        df, seconds = df[readable], seconds[readable]
    days = seconds // 86400
    return df.assign(day=days, weekday=((days + 3) % 7).astype(np.int8), seconds=seconds - days * 86400)


class OrdersInHand:
    """Every row of the orders table as a first import wrote them, with their paid orders worked out ahead in a
    thread while SQLite builds the table's indexes (which hold no lock on Python): 0.2 s off a 1M-row import.

    The work ahead assumes the as-of day (the day after the last order) and the sampled text values as they are
    when the orders are written; `paid` uses it only when both are still the same, else works them out again.
    """

    def __init__(self, conn: sqlite3.Connection, table: pd.DataFrame) -> None:
        from concurrent.futures import ThreadPoolExecutor

        # only the columns the paid orders are made of: the order nos., keys and products of 800k orders (~300 MB)
        # would otherwise stay in memory through the metrics
        self.table = table = table[list(IN_HAND_COLUMNS)]
        last = table["order_time"].dropna()
        customers = conn.execute("SELECT max(substr(agg_last_purchase, 1, 10)) FROM customers").fetchone()[0]
        days = [d for d in (str(last.max())[:10] if len(last) else None, customers) if d is not None]
        self.as_of = as_of_after(max(days) if days else None)
        self.lists = {c: common_values(conn, "orders", c) for c in TEXT_COLUMNS}
        pool = ThreadPoolExecutor(1)
        self._ahead = pool.submit(paid_orders_of, table, self.as_of, self.lists, with_ids=True)
        pool.shutdown(wait=False)

    def holds(self, conn: sqlite3.Connection, as_of: dt.date) -> bool:
        """True when the work ahead is right for `as_of` and the table's coded text values as they are now."""
        return as_of == self.as_of and {c: common_values(conn, "orders", c) for c in TEXT_COLUMNS} == self.lists

    def paid_ahead(self, *, with_ids: bool) -> pd.DataFrame:
        """The paid orders worked out ahead (for self.as_of and the values as written); waits for them."""
        paid = self._ahead.result()
        return paid if with_ids else paid.drop(columns="id")

    def paid(self, conn: sqlite3.Connection, as_of: dt.date, *, with_ids: bool) -> pd.DataFrame:
        """What read_paid_orders(conn, as_of, with_ids=with_ids) gives."""
        if self.holds(conn, as_of):
            return self.paid_ahead(with_ids=with_ids)
        paid = paid_orders_of(self.table, as_of, {c: common_values(conn, "orders", c) for c in TEXT_COLUMNS},
                              with_ids=True)
        return paid if with_ids else paid.drop(columns="id")


def _odd_orders(conn: sqlite3.Connection, packed: str, packed_params: tuple, as_of: dt.date, with_ids: bool,
                odd_ids: np.ndarray, rows_read: int) -> dict[str, object]:
    """The orders whose packed value was NULL (`odd_ids`), read as text: columns as arrays (texts as tuples).

    A few are fetched by id; when they are many (over _ODD_SHARE of the rows read), SQLite finds them again by
    their NULL packed value in one scan.
    """
    import numpy as np
    import pandas as pd

    names = ("customer_id", "amount_cents", "order_time", "discounted", *TEXT_COLUMNS, *(("id",) if with_ids else ()))
    select = f"SELECT customer_id, amount_cents, order_time, {_DISCOUNTED}, {', '.join(TEXT_COLUMNS)}" \
             f"{', id' if with_ids else ''} FROM orders"
    if len(odd_ids) > _ODD_SHARE * rows_read:
        rows = conn.execute(f"{select} WHERE {_PAID} AND ({packed}) IS NULL",
                            (_SPACES, as_of.isoformat(), *packed_params)).fetchall()
    else:
        rows = []
        for start in range(0, len(odd_ids), _IDS_PER_QUERY):
            chunk = odd_ids[start:start + _IDS_PER_QUERY].tolist()
            rows += conn.execute(f"{select} WHERE id IN ({', '.join('?' * len(chunk))})", (_SPACES, *chunk))
    cells = dict(zip(names, zip(*rows, strict=True) if rows else [()] * len(names), strict=True))
    parsed = _timestamps(pd.Series(cells["order_time"], dtype=object))
    seconds = np.where(parsed.notna().to_numpy(), parsed.to_numpy(dtype="datetime64[s]").astype(np.int64), _NAT)
    return {**cells, "customer_id": np.array(cells["customer_id"], dtype=np.float64).astype(np.int64),
            "amount_cents": _cents(cells["amount_cents"]), "seconds": seconds.astype(np.int64),
            "discounted": np.array(cells["discounted"], dtype=bool),
            **({"id": np.array(cells["id"], dtype=np.int64)} if with_ids else {})}


def read_item_categories(conn: sqlite3.Connection) -> tuple[np.ndarray, pd.Categorical]:
    """Order id and category of every order line that has a category."""
    import numpy as np

    values = common_values(conn, "order_items", "category")
    width = len(values) + 1
    packed = f"CAST(order_id AS INTEGER) * {width} + {_coded('category', values)}"
    where = " FROM order_items WHERE category IS NOT NULL"
    value = int_columns(conn, "order_items", [f"coalesce({packed}, {_NULL})"], "category IS NOT NULL", values)[:, 0]
    fits = value != _NULL
    odd = []
    if not fits.all():
        value = value[fits]
        odd = conn.execute(f"SELECT CAST(order_id AS INTEGER), category{where} AND ({packed}) IS NULL",
                           values).fetchall()
    order_id, code = np.divmod(value, width)
    odd_ids, odd_names = zip(*odd, strict=True) if odd else ((), ())
    return np.r_[order_id, np.array(odd_ids, dtype=np.int64)], categorical(code - 1, values, odd_names)


def common_values(conn: sqlite3.Connection, table: str, column: str) -> list[str]:
    """The commonest text values of a column (at most _CODED, commonest first) in rows spread over the table."""
    low, high = conn.execute(  # one query each: SQLite finds a lone min() or max() at the end of the table
        f"SELECT (SELECT min(rowid) FROM {table}), (SELECT max(rowid) FROM {table})").fetchone()
    if low is None:
        return []
    starts = sorted({low + (high - low) * i // _SAMPLES for i in range(_SAMPLES)})
    sample = " UNION ALL ".join(
        f"SELECT * FROM (SELECT {column} AS v FROM {table} WHERE rowid >= ? ORDER BY rowid LIMIT {_SAMPLE_ROWS})"
        for _ in starts)
    return [r[0] for r in conn.execute(
        f"SELECT v FROM ({sample}) WHERE typeof(v) = 'text' GROUP BY v ORDER BY count(*) DESC, v LIMIT {_CODED}",
        starts)]


def _coded(column: str, values: list[str]) -> str:
    """SQL giving 1 + a value's place in `values`, 0 for NULL, NULL for any other value."""
    cases = " ".join(f"WHEN ? THEN {i + 1}" for i in range(len(values)))
    return f"(CASE {column} {cases} ELSE CASE WHEN {column} IS NULL THEN 0 END END)" if values else \
        f"(CASE WHEN {column} IS NULL THEN 0 END)"


def categorical(codes: np.ndarray, values: list[str], more: tuple = ()) -> pd.Categorical:
    """Places in `values` (-1: none) followed by the cells `more` (text or None), with sorted categories."""
    import numpy as np
    import pandas as pd

    known = set(values)
    names = list(values) + sorted({v for v in more if v is not None and v not in known})
    where = {name: i for i, name in enumerate(names)}
    more_codes = np.array([-1 if v is None else where[v] for v in more], dtype=np.int64)
    rank = np.empty(len(names) + 1, dtype=np.int64)
    by_name = sorted(range(len(names)), key=names.__getitem__)
    rank[by_name] = np.arange(len(names))
    rank[-1] = -1  # code -1 (none) stays -1
    return pd.Categorical.from_codes(rank[np.r_[codes, more_codes].astype(np.int64)],
                                     categories=pd.Index([names[i] for i in by_name], dtype=object))


def _cents(values: tuple) -> np.ndarray:
    """Whole cents as int64 (a missing amount counts as 0)."""
    import numpy as np
    import pandas as pd

    return pd.Series(np.array(values, dtype=np.float64) if None in values else np.array(values)).fillna(0) \
        .astype(np.int64).to_numpy()


def _timestamps(text: pd.Series) -> pd.Series:
    """Order times read as 'YYYY-MM-DD HH:MM:SS', then as any ISO 8601 text; NaT where unreadable."""
    import pandas as pd

    # texts that are all str already are parsed as they are: 4x faster than through Arrow strings, same result
    if pd.api.types.infer_dtype(text, skipna=False) != "string":
        text = text.astype("str")
    ts = pd.to_datetime(text, format="%Y-%m-%d %H:%M:%S", errors="coerce")
    bad = ts.isna()
    if bad.any():
        try:
            more = pd.to_datetime(text[bad], format="ISO8601", errors="coerce")
        except ValueError:  # texts with and without a UTC offset (pandas will not mix them)
            more = None
        if more is None or isinstance(more.dtype, pd.DatetimeTZDtype):  # these used to stop the metrics
            more = pd.to_datetime(text[bad].str.replace(_OFFSET, r"\1", regex=True), format="ISO8601",
                                  errors="coerce")
        try:
            ts[bad] = more
        except TypeError:  # whole seconds and fractions (units pandas will not mix): both in microseconds
            ts = ts.astype("datetime64[us]")
            ts[bad] = more.astype("datetime64[us]")
    return ts


# A UTC offset after a time ('T10:00:00+08:00', ' 10:00Z'): dropped, so the time reads as the shop's clock showed it
_OFFSET = r"^(.*\d\d:\d\d(?::\d\d(?:\.\d+)?)?)\s*(?:Z|[+-]\d\d(?::?\d\d)?)$"
