"""insert_frame stores exactly what a plain executemany of sql_rows stores, constant columns included."""

import sqlite3

import numpy as np
import pandas as pd
import pytest

from shoplens.ingest.bulk import insert_frame
from shoplens.ingest.normalize import sql_rows

COLUMNS = "a, b, c, d, e, f, g"


def _stored(frame: pd.DataFrame, bulk: bool) -> list[tuple]:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b TEXT, c REAL, d TEXT, e INTEGER, f TEXT, g)")
    if bulk:
        insert_frame(conn, "t", frame)
    else:
        conn.executemany(f"INSERT INTO t({COLUMNS}) VALUES ({', '.join('?' * 7)})", sql_rows(frame))
    return [tuple((type(v).__name__, v) for v in row) for row in conn.execute("SELECT * FROM t ORDER BY id")]


@pytest.mark.parametrize("n", [1, 3, 200])
def test_constant_and_varying_columns_store_the_same_values(n):
    rng = np.random.default_rng(7)
    frame = pd.DataFrame({
        "a": np.full(n, 5, dtype="int64"),
        "b": pd.Series(["O'Brien; DROP TABLE t"] * n, dtype="str"),
        "c": np.full(n, 0.1),
        "d": [None] * n,
        "e": pd.array([-3] * n, dtype="Int64"),
        "f": pd.Series(rng.choice(["x", "y", "店"], n), dtype="str"),
        "g": pd.array([1] * (n - 1) + [None], dtype="Int64"),
    })
    assert _stored(frame, True) == _stored(frame, False)


def test_a_value_differing_only_after_the_first_rows_is_bound():
    frame = pd.DataFrame({c: [1] * 100 + [2] for c in "abcdefg"})
    frame["b"] = ["same"] * 100 + ["other"]
    frame["d"] = [None] * 100 + ["late"]
    assert _stored(frame, True) == _stored(frame, False)


def test_empty_frame_inserts_nothing():
    frame = pd.DataFrame({c: pd.Series([], dtype="int64") for c in "abcdefg"})
    assert _stored(frame, True) == []


def test_every_column_constant():
    frame = pd.DataFrame({c: [None] * 4 if c in "dfg" else [2] * 4 for c in "abcdefg"})
    frame["c"] = [None] * 4
    assert _stored(frame, True) == _stored(frame, False)
    assert len(_stored(frame, True)) == 4


@pytest.mark.parametrize("distinct", [3, 5000])
def test_arrow_text_columns_give_plain_str_and_none(distinct):
    rng = np.random.default_rng(distinct)
    values = [None if i % 7 == 0 else f"店{rng.integers(distinct)}" for i in range(20_000)]
    frame = pd.DataFrame({"a": pd.Series(values, dtype="str"), "b": pd.Series(values, dtype="object")})
    rows = list(sql_rows(frame))
    assert [r[0] for r in rows] == [r[1] for r in rows] == values
    assert all(type(r[0]) is str for r in rows if r[0] is not None)


def test_batches_store_every_row_once(monkeypatch):
    import shoplens.ingest.bulk as bulk

    monkeypatch.setattr(bulk, "_BATCH", 7)
    frame = pd.DataFrame({c: np.arange(50) if c in "ae" else [f"v{i % 3}" for i in range(50)] for c in "abcdefg"})
    frame["c"] = np.linspace(0, 1, 50)
    assert _stored(frame, True) == _stored(frame, False)
    assert len(_stored(frame, True)) == 50


def test_equal_values_of_different_types_are_bound_as_they_are():
    frame = pd.DataFrame({c: [7] * 5 for c in "abcdefg"})
    frame["g"] = pd.Series([1, 1.0, 1, 1, 1.0], dtype="object")  # g has no type: 1 and 1.0 are stored differently
    frame["b"] = pd.Series([1, 1.0, 1, 1, 1.0], dtype="object")  # b is TEXT: '1' and '1.0'
    assert _stored(frame, True) == _stored(frame, False)


@pytest.mark.parametrize("numbers", [["SO1", "SO2", "店-3"], ["SO1"], ["O'1", "O'1"]])
def test_a_column_made_by_a_formula_stores_what_binding_it_stored(numbers):
    frame = pd.DataFrame({"no": pd.Series(numbers, dtype="str"), "n": np.arange(len(numbers)),
                          "key": pd.Series(["no:" + n for n in numbers], dtype="str")})

    def stored(formulas):
        conn = sqlite3.connect(":memory:")
        conn.execute("CREATE TABLE o (id INTEGER PRIMARY KEY, no TEXT, n INTEGER, key TEXT)")
        insert_frame(conn, "o", frame, formulas=formulas)
        return [tuple((type(v).__name__, v) for v in row) for row in conn.execute("SELECT * FROM o ORDER BY id")]

    assert stored({"key": ("'no:' || {}", "no")}) == stored(None)
