"""The numpy fold of order lines (ingest.groups) gives exactly what the pandas groupby fold gave, on messy frames."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shoplens.ingest import orders
from shoplens.ingest.canonical import CanonicalCounts
from shoplens.ingest.groups import Groups
from shoplens.ingest.parse import Problem

SETTINGS = settings(max_examples=120, deadline=None, database=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


# -- the fold as it was (pandas groupby), kept as the reference ---------------------------------------------------
def _reference_fold(rows: pd.DataFrame, counts) -> tuple[pd.DataFrame, pd.DataFrame]:
    g = rows.groupby("order_no", sort=False)
    cols = [c for c in orders._FIRST if c in rows]
    folded = g[cols].first()
    size = g.size().to_numpy()
    folded["items"] = size
    folded["source_row"] = g["row"].min().array
    folded["quantity"] = g["quantity"].sum(min_count=1).array if "quantity" in rows else np.nan
    amount_count = g["line_cents"].count().to_numpy()
    multi = size > 1
    mode = "sum"
    if "amount" in rows and multi.any():
        only_first = (amount_count[multi] == 1).mean()
        same = ((g["line_cents"].nunique().to_numpy()[multi] == 1) & (amount_count[multi] == size[multi])).mean()
        if only_first >= 0.5 or same >= 0.9:
            mode = "first"
    folded["amount_cents"] = (g["line_cents"].first() if mode == "first" else g["line_cents"].sum(min_count=1)).array
    folded = folded.reset_index()
    folded["dedup_key"] = "no:" + folded["order_no"].astype("str")
    folded["_group"] = np.arange(len(folded))
    lines = pd.DataFrame()
    if multi.any():
        group = g.ngroup().to_numpy()
        in_multi = multi[group]
        multi_rows = rows[in_multi]
        lines = pd.DataFrame({
            "_group": group[in_multi],
            "order_no": multi_rows["order_no"],
            "product": multi_rows.get("product"),
            "sku": multi_rows.get("sku"),
            "category": multi_rows.get("category"),
            "quantity": multi_rows.get("quantity"),
            "amount_cents": orders._line_items_amounts(multi_rows, mode),
        })
    missing = folded["amount_cents"].isna()
    if missing.any():
        counts.problems.append(Problem(
            "order_without_amount", None, int(missing.sum()),
            f"{int(missing.sum())} orders have no readable amount; they were counted with amount 0."))
    return folded, lines


# -- frames shaped like parsed order files ------------------------------------------------------------------------
TEXTS = ["tea", "cup", "西湖龙井", "", "a'b"]
QUANTITIES = [1.0, 2.0, 3.0, 0.5, 1.25, -0.0, -1.0, 1e17]


def _text(values: list, chunked: bool) -> pd.Series:
    series = pd.Series(values, dtype="str")
    if chunked and len(values) > 2:  # as pyarrow's CSV reader gives them: several chunks
        array = series.array.__arrow_array__().combine_chunks()
        half = len(array) // 2
        series = pd.Series(pd.array(pa.chunked_array([array.slice(0, half), array.slice(half)]), dtype="str"))
    return series


@st.composite
def order_frames(draw) -> pd.DataFrame:
    n = draw(st.integers(1, 40))
    groups = draw(st.integers(1, n))
    layout = draw(st.sampled_from(["runs", "interleaved", "descending", "single"]))
    if layout == "single":
        keys = list(range(n))
    else:
        keys = sorted(draw(st.lists(st.integers(0, groups - 1), min_size=n, max_size=n)))
        if layout == "interleaved":
            keys = draw(st.permutations(keys))
        elif layout == "descending":
            keys = keys[::-1]
    chunked = draw(st.booleans())
    rows = np.arange(2, n + 2, dtype=np.int64)
    if draw(st.booleans()):
        rows = np.array(draw(st.permutations(rows.tolist())), dtype=np.int64)  # rows no longer ascending
    missing = draw(st.sampled_from([0.0, 0.3, 0.7, 1.0]))

    def maybe(values):
        return [None if draw(st.floats(0, 1)) < missing else v for v in values]

    def texts():
        return _text(maybe([draw(st.sampled_from(TEXTS)) for _ in range(n)]), chunked)

    frame = pd.DataFrame({"row": rows, "order_no": _text([f"SO{k:03d}" for k in keys], chunked)})
    frame["order_time"] = _text(maybe([f"2024-03-0{1 + k % 9} 10:00:00" for k in keys]), chunked)
    frame["customer_id"] = pd.Series(maybe([float(k % 4 + 1) for k in keys]), dtype="float64")
    for col in draw(st.lists(st.sampled_from(["product", "sku", "category", "store", "status", "status_text",
                                              "coupon_code", "channel", "paid_time"]), unique=True)):
        frame[col] = texts()
    if "store" in frame and draw(st.booleans()):  # a cleaning step may leave plain Python objects
        frame["store"] = frame["store"].astype(object)
    if draw(st.booleans()):
        frame["discount"] = pd.array(maybe([draw(st.integers(0, 500)) for _ in range(n)]), dtype="Int64")
    if draw(st.booleans()):
        frame["quantity"] = pd.Series(maybe([draw(st.sampled_from(QUANTITIES)) for _ in range(n)]), dtype="float64")
    money = draw(st.sampled_from(["amount", "item_price", "both", "none"]))
    if money in ("amount", "both"):
        style = draw(st.sampled_from(["each", "first", "same"]))
        values = []
        for i, k in enumerate(keys):
            first = i == keys.index(k)
            value = draw(st.integers(-10**12, 10**12) | st.integers(0, 10**4))
            values.append({"each": value, "first": value if first else None, "same": k * 100}[style])
        frame["amount"] = pd.array(maybe(values), dtype="Int64")
    if money in ("item_price", "both"):
        frame["item_price"] = pd.array(maybe([draw(st.integers(0, 10**6)) for _ in range(n)]), dtype="Int64")
    frame["line_cents"] = orders._line_amounts(frame)
    frame["channel"] = frame["channel"].where(frame["channel"].notna(), "pos") if "channel" in frame else "pos"
    return frame


def _same_fold(frame: pd.DataFrame) -> None:
    expected_counts, counts = CanonicalCounts(), CanonicalCounts()
    expected, expected_lines = _reference_fold(frame, expected_counts)
    folded, lines = orders._fold(frame, counts)
    pd.testing.assert_frame_equal(folded, expected, check_exact=True)
    pd.testing.assert_frame_equal(lines, expected_lines, check_exact=True)
    assert counts.problems == expected_counts.problems


@SETTINGS
@given(order_frames())
def test_fold_matches_groupby(frame):
    _same_fold(frame)


def test_fold_repairs_missing_first_values_only_from_later_lines():
    frame = pd.DataFrame({
        "row": np.arange(2, 9), "order_no": pd.Series(["A", "A", "A", "B", "B", "C", "D"], dtype="str"),
        "order_time": pd.Series([None, None, "t3", "t4", None, None, "t7"], dtype="str"),
        "store": pd.Series([None, "s2", "s3", None, None, None, "s7"], dtype="str"),
        "amount": pd.array([None, 5, 7, 1, None, None, 3], dtype="Int64")})
    frame["line_cents"] = frame["amount"]
    frame["channel"] = "pos"
    _same_fold(frame)
    folded, _ = orders._fold(frame, CanonicalCounts())
    assert folded["order_time"].tolist()[:2] == ["t3", "t4"]
    assert folded["store"].isna().tolist() == [False, True, True, False] and folded["store"][0] == "s2"


@pytest.mark.parametrize("values", [
    [0.5, 0.25, 1e16, -1e16, 0.1, 0.2, 0.3],  # not whole numbers: pandas' compensated sum
    [-0.0, -0.0, 1.0, np.nan, np.nan, 2.0, 3.0],
    [np.inf, -np.inf, 1.0, np.nan, 2.0, np.inf, 1.0],
    [2.0**52, 2.0**52, 1.0, 3.0, 1.0, 1.0, 1.0],
])
def test_group_sums_match_pandas(values):
    key = pd.Series(["a", "a", "b", "c", "c", "d", "d"], dtype="str")
    col = pd.Series(values, dtype="float64")
    expected = col.groupby(key, sort=False).sum(min_count=1).reset_index(drop=True)
    pd.testing.assert_series_equal(Groups(key).sum(col), expected, check_exact=True, check_names=False)
    single = pd.Series(["a", "b", "c", "d", "e", "f", "g"], dtype="str")  # one line each
    expected = col.groupby(single, sort=False).sum(min_count=1).reset_index(drop=True)
    result = Groups(single).sum(col)
    pd.testing.assert_series_equal(result, expected, check_exact=True, check_names=False)
    assert (np.signbit(result.to_numpy()) == np.signbit(expected.to_numpy())).all()


@pytest.mark.parametrize("key", [
    pd.Series(["b", "a", "b", "c", "a"], dtype="str"),
    pd.Series(["b", "b", "a", "a", "c"], dtype="str"),  # runs, not sorted
    pd.Series(["a", "a", "b", "b", "c"], dtype="str"),  # runs, ascending
    pd.Series(["c", "b", "b", "a", "a"], dtype="str"),  # runs, descending
    pd.Series([3, 1, 3, 2, 1], dtype="int64"),
    pd.Series(["x", 1, "x", 1.0, "1"], dtype=object),
])
def test_groups_number_keys_as_groupby(key):
    groups = Groups(key)
    expected = key.groupby(key, sort=False).ngroup().to_numpy()
    assert groups.codes.tolist() == expected.tolist()
    assert groups.size.tolist() == key.groupby(key, sort=False).size().tolist()
    col = pd.Series(["p", None, "q", "r", None], dtype=object)
    expected_first = col.groupby(key, sort=False).first().reset_index(drop=True)
    pd.testing.assert_series_equal(groups.first(col), expected_first, check_names=False)
    row = pd.Series([9, 4, 7, 1, 3], dtype="int64")
    pd.testing.assert_series_equal(groups.min(row), row.groupby(key, sort=False).min().reset_index(drop=True),
                                   check_names=False)
    for amounts in (pd.Series([0.0, 5.0, -0.0, 2.0, 5.0]), pd.Series([1.5, np.nan, 1.5, 2.0, 1.5]),
                    pd.Series([7, 7, 7, None, 7], dtype="Int64"), pd.Series([3, 3, 1, 2, 3], dtype="int64"),
                    pd.Series(["x", "x", None, "y", "x"], dtype=object)):
        g = amounts.groupby(key, sort=False)
        expected = (g.nunique().to_numpy() == 1) & (g.count().to_numpy() == g.size().to_numpy())
        assert groups.all_equal(amounts).tolist() == expected.tolist()
        assert groups.count(amounts).tolist() == g.count().tolist()


def _reference_write_orders(conn, frame: pd.DataFrame, import_id: int, channel: str, counts) -> None:
    """write_orders as it was: every column masked, the channel set on every line, the groupby fold."""
    if "order_time" not in frame:
        return
    timed = frame["order_time"].notna()
    frame = frame[timed] if not timed.all() else frame.copy(deep=False)
    if frame.empty:
        return
    frame["line_cents"] = orders._line_amounts(frame)
    if "channel" not in frame:
        frame["channel"] = channel
    else:
        frame["channel"] = frame["channel"].where(frame["channel"].notna(), channel)
    numbered = frame["order_no"].notna() if "order_no" in frame else pd.Series(False, index=frame.index)
    with_no = frame if numbered.all() else frame[numbered]
    without = frame.iloc[0:0] if numbered.all() else frame[~numbered]
    parts, items = [], []
    if len(with_no):
        folded, lines = _reference_fold(with_no, counts)
        parts.append(folded)
        items.append(lines)
    if len(without):
        single = orders._single_rows(without)
        single["dedup_key"] = orders._numbered_repeats(pd.array(_reference_content_keys(without), dtype="str"))
        parts.append(single)
    folded = pd.concat(parts, ignore_index=True)
    folded["import_id"] = import_id
    orders._append(conn, folded, pd.concat(items, ignore_index=True) if items else None, counts)


def _tables(write, frames) -> list:
    import sqlite3

    from shoplens.workspace.schema import MIGRATIONS

    conn = sqlite3.connect(":memory:", isolation_level=None)
    for step in MIGRATIONS:
        conn.executescript(step) if isinstance(step, str) else step(conn)
    found = []
    for import_id, frame in enumerate(frames, start=1):  # a second file repeats some orders of the first
        counts = CanonicalCounts()
        write(conn, frame, import_id, "pos", counts)
        found.append((counts.orders_added, counts.orders_already_known, counts.problems))
    found += [conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in ("orders", "order_items")]
    return found


@SETTINGS
@given(st.lists(st.integers(0, 5) | st.none(), min_size=1, max_size=30), st.data())
def test_write_orders_stores_the_same_rows(keys, data):
    n = len(keys)

    def column(values, dtype):
        return pd.Series(data.draw(st.lists(st.sampled_from(values), min_size=n, max_size=n)), dtype=dtype)

    frame = pd.DataFrame({
        "row": np.arange(2, n + 2), "order_no": pd.Series([None if k is None else f"N{k}" for k in keys], dtype="str"),
        "order_time": column(["2024-01-01 10:00:00", "2024-01-02 09:00:00", None], "str"),
        "phone": column(["13800138000", None], "str"),  # a customer field: not part of the orders
        "customer_id": column([1.0, 2.0, np.nan], "float64"),
        "product": column([*TEXTS, None], "str"),
        "quantity": column([1.0, 2.0, 0.5, np.nan], "float64"),
        "amount": pd.array(data.draw(st.lists(st.integers(0, 999) | st.none(), min_size=n, max_size=n)),
                           dtype="Int64"),
    })
    if data.draw(st.booleans()):
        frame["channel"] = column(["taobao", None], "str")
    later = frame.iloc[data.draw(st.permutations(range(n)))[: n // 2]].reset_index(drop=True)
    assert _tables(orders.write_orders, [frame, later]) == _tables(_reference_write_orders, [frame, later])


# -- content keys of orders without an order no. ------------------------------------------------------------------
def _reference_content_keys(rows: pd.DataFrame) -> list[str]:
    import hashlib

    import pyarrow.compute as pc

    basis = ("customer_id", "order_time", "line_cents", "product", "sku", "store", "channel")
    parts = [pa.array(rows[c].astype("str").fillna("").to_numpy(dtype=object), type=pa.string()) if c in rows
             else pa.scalar("") for c in basis]
    joined = pc.binary_join_element_wise(*parts, "|").to_pylist()
    return ["row:" + hashlib.sha1(s.encode()).hexdigest() for s in joined]


FLOATS = st.sampled_from([1.0, 2.0, 17.0, 0.0, -0.0, -3.0, 0.5, 1e15, 1e16, 123456789012.0, float("nan")])


@SETTINGS
@given(st.integers(1, 30).flatmap(lambda n: st.tuples(
    st.lists(FLOATS, min_size=n, max_size=n),
    st.lists(st.integers(-10**15, 10**15) | st.none(), min_size=n, max_size=n),
    st.lists(st.sampled_from([*TEXTS, None, "a|b", "x\u3000"]), min_size=n, max_size=n),
    st.booleans(), st.booleans())))
def test_content_keys_match_the_row_wise_keys(data):
    customers, amounts, texts, chunked, objects = data
    rows = pd.DataFrame({"customer_id": pd.Series(customers, dtype="float64"),
                         "order_time": _text(texts[::-1], chunked),
                         "line_cents": pd.array(amounts, dtype="Int64"),
                         "product": _text(texts, chunked)})
    if objects:  # a cleaning step may leave Python objects: ints, floats and text in one column
        rows["store"] = pd.Series([t if i % 3 else i * 1.5 for i, t in enumerate(texts)], dtype=object)
        rows["sku"] = pd.Series([None if a is None else a % 1000 for a in amounts], dtype=object)
    rows["channel"] = "pos"
    keys = orders._content_keys(rows)
    assert list(keys) == _reference_content_keys(rows)
    assert keys.dtype == pd.Series(_reference_content_keys(rows)).dtype
