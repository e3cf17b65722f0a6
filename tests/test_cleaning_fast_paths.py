"""The cleaning steps' fast paths give exactly what the plain pandas calls give."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from shoplens.cleaning import matching
from shoplens.cleaning import operations as ops
from shoplens.cleaning.order_rules import TestOrders

ALPHABET = list("0123456789.-/ :T\t\n\x0b\x0c\r\x1c\x1fabXtesT年月٣２\u3000é") + ["test", "2024-", "20240101", "测试"]


def _texts(seed: int, n: int, extra: list[str] = ()) -> pd.Series:
    rng = np.random.default_rng(seed)
    pool = ALPHABET + list(extra)
    values = ["".join(rng.choice(pool, size=rng.integers(0, 7))) for _ in range(n)]
    return pd.Series([*values, None, ""], dtype="str")


def test_settled_dates_match_python_regex():
    text = _texts(1, 20_000)
    expected = text.str.match(ops._SETTLED_DATE).fillna(False).to_numpy(dtype=bool)
    assert (matching.regex_hits(text, ops._SETTLED_DATE, ops._SETTLED_DATE_ASCII) == expected).all()
    assert expected.sum() > 100


@pytest.mark.parametrize("words", [["测试", "test"], ["a.b", "x y", "c+d", "(", "\\"], ["测试"], ["Int", "sku-1"]])
def test_test_order_words_match_python_regex(words):
    text = _texts(2, 20_000, [*words, *(w.upper() for w in words)])
    frame = pd.DataFrame({"order_no": text})
    params = TestOrders().check({"words": words, "fields": ["order_no"]})
    parts = [rf"(?<![A-Za-z]){re.escape(w)}(?![A-Za-z])" if w.isascii() else re.escape(w) for w in words]
    expected = text.str.contains("(?i)" + "|".join(parts), regex=True).fillna(False).to_numpy(dtype=bool)
    assert (TestOrders().matches(frame, params).to_numpy() == expected).all()
    assert expected.sum() > 50


def test_untidy_characters_are_exactly_python_whitespace_and_full_width():
    chars = [chr(c) for c in range(0x30000) if not 0xD800 <= c <= 0xDFFF]
    hits = [c for c in chars if re.search(r"[\uff01-\uff5e\u3000\u00a0]|\s", c)]
    others = [c for c in chars if c not in set(hits)]
    assert not ops._untidy(pd.Series(["ab", *(f"x{c}y" for c in others)], dtype="str"))
    assert not ops._untidy(pd.Series(["plain ascii", "店名"], dtype="object").str.replace(" ", "", regex=False))
    for c in hits:
        assert ops._untidy(pd.Series(["ab", f"x{c}y"], dtype="str")), hex(ord(c))
        assert ops._untidy(pd.Series([f"{c}", "cd"], dtype="object")), hex(ord(c))


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_duplicated_rows_is_pandas_duplicated(seed):
    rng = np.random.default_rng(seed)
    n = 3000
    frame = pd.DataFrame({
        "row": np.arange(n),
        "order_no": pd.Series(rng.choice(["A1", "A2", "B7", None], n), dtype="str"),
        "amount": pd.array(rng.choice([100, 200, None], n), dtype="Int64"),
        "quantity": rng.choice([1.0, 2.0, np.nan], n),
        "phone": pd.Series(rng.choice(["138", "139", None], n), dtype="object"),
        "store": pd.Series(rng.choice(["店", "shop"], n), dtype="str"),
    })
    cols = [c for c in frame.columns if c != "row"]
    expected = frame.duplicated(subset=cols, keep="first")
    pd.testing.assert_series_equal(matching.duplicated_rows(frame, cols), expected, check_names=False)
    text_only = ["order_no", "phone", "store"]
    pd.testing.assert_series_equal(matching.duplicated_rows(frame, text_only),
                                   frame.duplicated(subset=text_only, keep="first"), check_names=False)
    unique = frame.assign(row=np.arange(n))
    assert not matching.duplicated_rows(unique, list(unique.columns)).any()


def test_european_amounts_match_python_regex():
    text = _texts(3, 20_000, ["1.234,56", " -12.345.678,9 ", "1,5", "12.34", "1.234", ",", "."])
    expected = text.str.contains(ops._EURO, regex=True).fillna(False).to_numpy(dtype=bool)
    assert (matching.regex_hits(text, ops._EURO, ops._EURO_ASCII) == expected).all()
    assert expected.sum() > 20


@pytest.mark.parametrize("keep", ["all", "some"])
def test_raw_text_is_ctx_raw_as_arrow_text(keep):
    from shoplens.cleaning.context import FrameContext
    from shoplens.ingest.table import Table

    rows = [[f"1380013800{i % 10}", "" if i % 7 == 0 else f" {i}.5 ", "x"] for i in range(50)]
    table = Table("f.csv", None, 0, ["phone", "amount", "other"], rows, list(range(2, 52)))
    ctx = FrameContext(None, 1, table, {"phone": "phone", "amount": "amount", "other": ""}, "orders")
    index = pd.RangeIndex(50) if keep == "all" else pd.Index([3, 4, 10, 49])
    for field in ("phone", "amount"):
        fast = matching.raw_text(ctx, field, index)
        assert str(fast.dtype) == "str"
        pd.testing.assert_series_equal(fast.astype(object), ctx.raw(field, index), check_names=False)
    assert matching.raw_text(ctx, "email", index) is None


def test_may_hold_bytes_on_slices_chunks_and_both_offset_widths():
    import pyarrow as pa

    values = ["abc", "店\u3000", "x y", "def", None, "ghi"]
    for kind in (pa.string(), pa.large_string()):
        array = pa.array(values, type=kind)
        assert matching.may_hold_bytes(array, (0x20,), b"\xe3\x80\x80")
        assert not matching.may_hold_bytes(array.slice(3), (0x20,), b"\xe3\x80\x80")  # "def", None, "ghi"
        assert matching.may_hold_bytes(array.slice(1, 1), (0x20,), b"\xe3\x80\x80")  # "店\u3000"
        assert not matching.may_hold_bytes(array.slice(1, 1), (0x20,), b"\xe3\x80\x81")
        chunked = pa.chunked_array([array.slice(0, 1), array.slice(3)])
        assert not matching.may_hold_bytes(chunked, (0x20,), b"\xe3\x80\x80")
        assert not matching.may_hold_bytes(pa.array([], type=kind), (0x20,), b"\xe3\x80\x80")
