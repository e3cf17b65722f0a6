"""int_columns (group_concat texts parsed by numpy) against reading the same rows one by one."""

from __future__ import annotations

import itertools
import sqlite3

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shoplens.features import int_columns as module
from shoplens.features.int_columns import int_columns

values = st.one_of(st.integers(-(2**63), 2**63 - 1), st.integers(-5, 5), st.none(), st.floats(-1e20, 1e20),
                   st.just("12"), st.just("x"))


def _table(rows) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, a, b INTEGER, keep INTEGER)")
    conn.executemany("INSERT INTO t(id, a, b, keep) VALUES (?, ?, ?, ?)", rows)
    return conn


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(st.integers(1, 3000), values, st.integers(-(2**40), 2**40), st.integers(0, 2)),
                     max_size=60, unique_by=lambda r: r[0]),
       block=st.sampled_from([1, 7, 1 << 20]))
def test_same_as_row_by_row(monkeypatch, rows, block):
    monkeypatch.setattr(module, "BLOCK", block)
    conn = _table(rows)
    columns = ["coalesce(CASE WHEN typeof(a) = 'integer' THEN a END, -9223372036854775808)", "b * ?", "id"]
    got = int_columns(conn, "t", columns, "keep > ?", (3,), (0,))
    plain = conn.execute(f"SELECT {', '.join(columns)} FROM t WHERE keep > ? ORDER BY rowid", (3, 0))
    want = np.fromiter(itertools.chain.from_iterable(plain), dtype=np.int64).reshape(-1, 3)
    assert got.dtype == np.int64 and got.tolist() == want.tolist()


def test_reals_are_read_row_by_row_and_empty_tables_give_no_rows():
    conn = _table([(1, 5, 1, 1), (2, 7.5, 2, 1), (3, 2**62, 3, 1)])
    assert int_columns(conn, "t", ["a"], "").tolist() == [[5], [7], [2**62]]  # 7.5 as sqlite3 then numpy give it
    assert int_columns(conn, "t", ["a", "b"], "keep > 5").shape == (0, 2)
    assert int_columns(_table([]), "t", ["a"], "").shape == (0, 1)


@pytest.mark.parametrize("text", ["1,2,x", "1,2", "1.5,2,3", "", None, "１,2,3"])
def test_texts_that_are_not_three_integers_are_refused(text):
    assert module._parsed([text], 3) is None


@pytest.mark.parametrize("block", [1, 3, 1 << 20])
def test_rowids_far_apart_and_at_the_ends(monkeypatch, block):
    monkeypatch.setattr(module, "BLOCK", block)
    ids = [-(2**63), -5, 1, 2, 2**40, 2**62, 2**63 - 1]
    conn = _table([(i, n, n, 1) for n, i in enumerate(ids)])
    assert int_columns(conn, "t", ["id", "a"], "keep = ?", (), (1,)).tolist() == [[i, n] for n, i in enumerate(ids)]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(orders=st.lists(st.tuples(st.integers(1, 500), st.integers(0, 2)), max_size=40, unique_by=lambda r: r[0]),
       lines=st.lists(st.tuples(st.integers(1, 500), st.integers(-50, 50)), max_size=60),
       block=st.sampled_from([1, 7, 1 << 20]))
def test_a_join_gives_every_joined_row_as_a_query_does(monkeypatch, orders, lines, block):
    """Orders with their lines (none: the order alone), blocks taken along the orders' ids (suggest.history)."""
    monkeypatch.setattr(module, "BLOCK", block)
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE o(id INTEGER PRIMARY KEY, keep INTEGER)")
    conn.execute("CREATE TABLE i(order_id INTEGER, qty INTEGER)")
    conn.executemany("INSERT INTO o VALUES (?, ?)", orders)
    conn.executemany("INSERT INTO i VALUES (?, ?)", lines)
    columns = ["o.id", "coalesce(i.qty, -1)"]
    got = int_columns(conn, "o", columns, "o.keep > 0", joins="LEFT JOIN i ON i.order_id = o.id", key="o.id")
    plain = conn.execute(f"SELECT {', '.join(columns)} FROM o LEFT JOIN i ON i.order_id = o.id WHERE o.keep > 0")
    assert sorted(got.tolist()) == sorted(map(list, plain))
