"""Fold parsed rows into canonical orders (line items into one order) and append those not seen before."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable

import numpy as np
import pandas as pd

from .bulk import indexes_rebuilt_after, insert_frame
from .groups import Groups
from .parse import Problem

ORDER_COLUMNS = ("order_no", "customer_id", "import_id", "source_row", "order_time", "paid_time", "amount_cents",
                 "discount_cents", "quantity", "items", "product", "sku", "category", "channel", "store", "status",
                 "status_text", "coupon_code", "dedup_key")
_FIRST = ("customer_id", "order_time", "paid_time", "discount", "product", "sku", "category", "channel", "store",
          "status", "status_text", "coupon_code")
NUMBER_KEY = "no:"  # a numbered order's dedup_key is this + its order no.: unique, and indexed (orders_dedup)
BY_NUMBER = f"'{NUMBER_KEY}' || {{}}"  # that key in SQL, of the order no. given as {}: how orders are found by number
_USED = frozenset({"row", "order_no", "amount", "item_price", "quantity", *_FIRST})  # the columns orders are made of


def write_orders(conn: sqlite3.Connection, frame: pd.DataFrame, import_id: int, channel: str, counts, *,
                 first_orders: Callable[[sqlite3.Connection, pd.DataFrame], object] | None = None) -> None:
    """Append the orders of one import; orders already in the workspace (same order no.) are skipped.

    `first_orders`: see write_canonical.
    """
    if "order_time" not in frame:
        return
    frame = frame[[c for c in frame.columns if c in _USED]]  # customer fields stay behind: masks copy less
    timed = frame["order_time"].notna()
    if not timed.all():
        frame = frame[timed]
    if frame.empty:
        return
    frame["line_cents"] = _line_amounts(frame)
    one_channel = "channel" not in frame  # the file's channel on every order: set once per order, not per line
    if not one_channel:
        frame["channel"] = frame["channel"].where(frame["channel"].notna(), channel)
    numbered = frame["order_no"].notna() if "order_no" in frame else pd.Series(False, index=frame.index)
    with_no = frame if numbered.all() else frame[numbered]
    without = frame.iloc[0:0] if numbered.all() else frame[~numbered]
    parts, items = [], []
    if len(with_no):
        orders, lines = _fold(with_no, counts)
        if one_channel:
            orders["channel"] = channel
        parts.append(orders)
        items.append(lines)
    if len(without):
        parts.append(_single_rows(without.assign(channel=channel) if one_channel else without))
    orders = pd.concat(parts, ignore_index=True)
    orders["import_id"] = import_id
    _append(conn, orders, pd.concat(items, ignore_index=True) if items else None, counts, first_orders)


def _line_amounts(frame: pd.DataFrame) -> pd.Series:
    if "amount" in frame:
        return frame["amount"]
    if "item_price" in frame:
        return _line_items_amounts(frame, "sum")
    return pd.Series(pd.NA, index=frame.index, dtype="Int64")


def _fold(rows: pd.DataFrame, counts) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Group lines by order no.; the order amount is the total on the first line or the sum of the lines.

    Groups are numbered once (ingest.groups) and every figure is taken with numpy from those numbers: the same
    orders as pandas' groupby(sort=False).first()/sum()/min()/nunique(), without its per-column hashing and takes.
    """
    groups = Groups(rows["order_no"])
    cols = [c for c in _FIRST if c in rows]
    orders = pd.DataFrame({c: groups.first(rows[c]) for c in ("order_no", *cols)})
    size = groups.size
    orders["items"] = size
    orders["source_row"] = groups.min(rows["row"])
    orders["quantity"] = groups.sum(rows["quantity"]) if "quantity" in rows else np.nan
    multi = groups.multi
    mode = "sum"
    if "amount" in rows and groups.any_multi:
        amount_count = groups.count(rows["line_cents"])
        only_first = (amount_count[multi] == 1).mean()
        same = groups.all_equal(rows["line_cents"])[multi].mean()
        if only_first >= 0.5 or same >= 0.9:
            mode = "first"
    line_cents = rows["line_cents"]
    orders["amount_cents"] = groups.first(line_cents) if mode == "first" else groups.sum(line_cents)
    orders["dedup_key"] = NUMBER_KEY + orders["order_no"].astype("str")
    orders["_group"] = np.arange(len(orders))  # groups are numbered in order of appearance
    lines = pd.DataFrame()
    if groups.any_multi:
        in_multi = multi[groups.codes]
        needed = [c for c in ("order_no", "product", "sku", "category", "quantity", "item_price", "line_cents")
                  if c in rows]
        multi_rows = rows[needed][in_multi]  # lines of orders with 2+ lines (only the columns lines need)
        lines = pd.DataFrame({
            "_group": groups.codes[in_multi],
            "order_no": multi_rows["order_no"],
            "product": multi_rows.get("product"),
            "sku": multi_rows.get("sku"),
            "category": multi_rows.get("category"),
            "quantity": multi_rows.get("quantity"),
            "amount_cents": _line_items_amounts(multi_rows, mode),
        })
    missing = orders["amount_cents"].isna()
    if missing.any():
        counts.problems.append(Problem(
            "order_without_amount", None, int(missing.sum()),
            f"{int(missing.sum())} orders have no readable amount; they were counted with amount 0."))
    return orders, lines


def _line_items_amounts(rows: pd.DataFrame, mode: str) -> pd.Series:
    if "item_price" in rows:
        qty = rows["quantity"].fillna(1) if "quantity" in rows else 1
        return (rows["item_price"].astype("Float64") * qty).round().astype("Int64")
    if mode == "sum":
        return rows["line_cents"]
    return pd.Series(pd.NA, index=rows.index, dtype="Int64")


def _single_rows(rows: pd.DataFrame) -> pd.DataFrame:
    """Exports without order numbers: every row is one order, recognised again by its content."""
    cols = [c for c in _FIRST if c in rows]
    orders = rows[cols].copy()
    orders["order_no"] = None
    orders["items"] = 1
    orders["source_row"] = rows["row"]
    orders["quantity"] = rows["quantity"] if "quantity" in rows else np.nan
    orders["amount_cents"] = rows["line_cents"]
    orders["dedup_key"] = _numbered_repeats(_content_keys(rows))
    return orders.reset_index(drop=True)


def _numbered_repeats(keys: pd.api.extensions.ExtensionArray) -> pd.api.extensions.ExtensionArray:
    """The keys with ':2', ':3', ... added to the second, third, ... row of the same content.

    In a file without order numbers every row is a purchase: two equal rows are two purchases (two of the same item
    that day), not one purchase listed twice. Numbered this way, each is an order of its own, and the same rows
    imported again (an overlapping export) still find the orders they made the first time.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    array = pa.array(keys, type=pa.large_string())
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    encoded = array.dictionary_encode()  # hashed in Arrow, as fast as pandas' duplicated and no Python objects
    if len(encoded.dictionary) == len(array):
        return keys
    codes = encoded.indices.to_numpy()
    order = np.argsort(codes, kind="stable")  # rows of the same key together, in file order
    ranked = codes[order]
    first = np.r_[True, ranked[1:] != ranked[:-1]]
    start = np.maximum.accumulate(np.where(first, np.arange(len(ranked)), 0))
    nth = np.empty(len(codes), dtype=np.int64)
    nth[order] = np.arange(len(ranked)) - start  # 0 for the first row of a content, 1 for the second, ...
    later = np.flatnonzero(nth)
    suffixed = pc.binary_join_element_wise(array.take(pa.array(later)), pc.cast(pa.array(nth[later] + 1),
                                           pa.large_string()), pa.scalar(":", pa.large_string()))
    texts = array.to_numpy(zero_copy_only=False).astype(object)
    texts[later] = suffixed.to_numpy(zero_copy_only=False)
    return pd.array(pa.array(texts, type=pa.large_string()), dtype="str")


def _content_keys(rows: pd.DataFrame) -> pd.api.extensions.ExtensionArray:
    """'row:' + sha1 of customer|time|amount|product|sku|store|channel as text ('' for a missing value).

    The texts are made and joined by pyarrow and the hex digests written by numpy: only sha1 itself runs once per
    row in Python (a row-wise "|".join took ~2 s per million rows; text through Python objects 2.0 s, now ~0.6 s).
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    text = pa.large_string()
    basis = ("customer_id", "order_time", "line_cents", "product", "sku", "store", "channel")
    parts = [_key_text(rows[c]) if c in rows else pa.scalar("", text) for c in basis]
    joined = pc.binary_join_element_wise(*parts, pa.scalar("|", text))
    sha1 = hashlib.sha1
    blobs = pc.cast(joined, pa.large_binary()).to_pylist()
    digests = np.frombuffer(b"".join([sha1(b).digest() for b in blobs]), dtype=np.uint8).reshape(-1, 20)
    keys = np.empty((len(blobs), 44), dtype=np.uint8)  # "row:" and 40 lower-case hex digits, as hexdigest() writes
    keys[:, :4] = np.frombuffer(b"row:", dtype=np.uint8)
    keys[:, 4::2] = _HEX[digests >> 4]
    keys[:, 5::2] = _HEX[digests & 15]
    offsets = np.arange(len(blobs) + 1, dtype=np.int64) * 44
    array = pa.Array.from_buffers(text, len(blobs), [None, pa.py_buffer(offsets), pa.py_buffer(keys)])
    return pd.array(array, dtype="str")


_HEX = np.frombuffer(b"0123456789abcdef", dtype=np.uint8)
_WHOLE = 1e15  # whole floats below this print as their integer and ".0" (str(3.0) == "3.0")


def _key_text(col: pd.Series):
    """`col.astype("str").fillna("")` as an Arrow large_string array, without a Python str per value where possible."""
    import pyarrow as pa
    import pyarrow.compute as pc

    text = pa.large_string()
    values = col.to_numpy() if col.dtype == np.float64 else None
    if values is not None:
        present = values[~np.isnan(values)]
        if bool(((present >= 0) & (present < _WHOLE) & (present == np.floor(present))).all()) and \
                not np.signbit(present).any():  # ids: whole, not negative: str() gives "<int>.0"
            whole = pa.array(np.where(np.isnan(values), 0, values).astype(np.int64), mask=np.isnan(values))
            joined = pc.binary_join_element_wise(pc.cast(whole, text), pa.scalar(".0", text), pa.scalar("", text))
            return pc.fill_null(joined, pa.scalar("", text))
    elif str(col.dtype) == "Int64":  # integers print the same in Arrow and Python
        array = pa.array(col.array)
        return pc.fill_null(pc.cast(array, text), pa.scalar("", text))
    strings = col.astype("str")
    if isinstance(strings.dtype, pd.StringDtype) and strings.dtype.storage == "pyarrow":
        array = strings.array.__arrow_array__()
        if isinstance(array, pa.ChunkedArray):
            array = array.combine_chunks()
        return pc.fill_null(pc.cast(array, text), pa.scalar("", text))
    return pa.array(strings.fillna("").to_numpy(dtype=object), type=text)


def _append(conn: sqlite3.Connection, orders: pd.DataFrame, lines: pd.DataFrame | None, counts,
            first_orders: Callable[[sqlite3.Connection, pd.DataFrame], object] | None = None) -> None:
    existing = _existing_keys(conn, orders["dedup_key"])
    is_new = ~orders["dedup_key"].isin(existing) if existing else pd.Series(True, index=orders.index)
    counts.orders_already_known = int((~is_new).sum())
    orders = orders[is_new].reset_index(drop=True)
    counts.orders_added = len(orders)
    if orders.empty:
        return
    start = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM orders").fetchone()[0]
    orders["id"] = np.arange(start, start + len(orders))
    orders["discount_cents"] = orders["discount"] if "discount" in orders else 0
    orders["amount_cents"] = orders["amount_cents"].fillna(0)
    orders["discount_cents"] = orders["discount_cents"].fillna(0)
    if "status" not in orders:
        orders["status"] = "paid"
    orders["status"] = orders["status"].fillna("paid")
    for col in ORDER_COLUMNS:
        if col not in orders:
            orders[col] = None
    big = len(orders) > 50_000 and len(orders) > start
    with indexes_rebuilt_after(conn, "orders", enabled=big):  # ids not bound: SQLite gives max(id) + 1, as above
        # every order with an order no. was folded, and its key is "no:" + that number: SQLite makes the key from
        # the number it is bound anyway instead of 800k more texts being made and bound
        keyed = {"dedup_key": (BY_NUMBER, "order_no")} if orders["order_no"].notna().all() else None
        insert_frame(conn, "orders", orders[list(ORDER_COLUMNS)], formulas=keyed)
        if lines is not None and len(lines):
            _insert_lines(conn, orders, lines)
        if start == 1 and first_orders is not None:  # no orders before: these are all, as stored (no indexes yet)
            counts.all_orders = first_orders(conn, orders)  # (it keeps a copy of the columns it needs)


def _insert_lines(conn: sqlite3.Connection, orders: pd.DataFrame, lines: pd.DataFrame) -> None:
    """Order lines of the orders added: a line belongs to the folded order of its group number, if that order was
    added (not already known)."""
    group = orders["_group"].to_numpy(dtype=np.float64)  # NaN: orders without an order no.
    added = ~np.isnan(group)
    id_of_group = np.full(int(lines["_group"].max()) + 1, -1, dtype=np.int64)
    added &= group < len(id_of_group)  # orders of one line have no lines to link
    id_of_group[group[added].astype(np.int64)] = orders["id"].to_numpy()[added]
    order_id = id_of_group[lines["_group"].to_numpy()]
    lines = lines.assign(order_id=order_id)[order_id >= 0]
    insert_frame(conn, "order_items", lines[["order_id", "product", "sku", "category", "quantity", "amount_cents"]])


def _existing_keys(conn: sqlite3.Connection, keys: pd.Series) -> set[str]:
    if conn.execute("SELECT NOT EXISTS (SELECT 1 FROM orders)").fetchone()[0]:
        return set()
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS _new_keys (k TEXT PRIMARY KEY) WITHOUT ROWID")
    conn.execute("DELETE FROM _new_keys")
    conn.executemany("INSERT OR IGNORE INTO _new_keys VALUES (?)", ((k,) for k in keys))
    found = {r[0] for r in conn.execute("SELECT k FROM _new_keys JOIN orders ON orders.dedup_key = _new_keys.k")}
    conn.execute("DELETE FROM _new_keys")
    return found
