"""Orders are kept unique by the named index orders_dedup (schema version 10) and new workspaces use 16 KiB pages."""

from __future__ import annotations

import sqlite3

import pandas as pd
import pytest

from shoplens.ingest.bulk import indexes_rebuilt_after, insert_frame
from shoplens.ingest.orders import BY_NUMBER
from shoplens.pipeline import import_file
from shoplens.workspace import SCHEMA_VERSION, Workspace
from shoplens.workspace import schema as schema_module
from shoplens.workspace.workspace import DEFAULT_META, PAGE_SIZE

ORDER_ROWS = [  # id, order_no, customer_id, import_id, source_row, order_time, amount_cents, dedup_key
    (1, "A1", 1, 1, 2, "2024-01-02 10:00:00", 1200, "no:A1"),
    (2, "A2", 1, 1, 3, "2024-02-03 11:00:00", 800, "no:A2"),
    (3, None, 2, 1, 4, "2024-03-04 12:00:00", 500, "row:3f2a"),
]
ORDER_SQL = ("INSERT INTO orders(id, order_no, customer_id, import_id, source_row, order_time, amount_cents,"
             " dedup_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")


def version_9_workspace(path, renamed=False):
    """A workspace file as builds before version 10 left it: UNIQUE on the dedup_key column, 4 KiB pages
    (`renamed`: the table was once renamed, so SQLite keeps its name quoted in the schema)."""
    version = schema_module.MIGRATIONS.index(schema_module._v10)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {schema_module.APPLICATION_ID}")
    conn.execute("BEGIN")
    for step in schema_module.MIGRATIONS[:version]:
        if callable(step):
            step(conn)
        else:
            for statement in schema_module._split(step):
                conn.execute(statement)
    if renamed:
        conn.execute("ALTER TABLE orders RENAME TO orders_before")
        conn.execute("ALTER TABLE orders_before RENAME TO orders")
        assert conn.execute("SELECT sql FROM sqlite_master WHERE name = 'orders'").fetchone()[0].startswith(
            'CREATE TABLE "orders"')
    conn.execute(f"PRAGMA user_version = {version}")
    conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", DEFAULT_META.items())
    conn.executemany(ORDER_SQL, ORDER_ROWS)
    conn.execute("INSERT INTO order_items(order_id, product, amount_cents) VALUES (2, 'tea', 800)")
    conn.execute("COMMIT")
    conn.close()
    return path


def orders_indexes(conn):
    return {name: sql for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'orders'")}


@pytest.mark.parametrize("renamed", [False, True])
def test_version_9_workspace_is_migrated_with_every_order_kept(tmp_path, renamed):
    path = version_9_workspace(tmp_path / "old.shoplens", renamed)
    with sqlite3.connect(path) as conn:
        assert "sqlite_autoindex_orders_1" in orders_indexes(conn)
        before = conn.execute("SELECT * FROM orders ORDER BY id").fetchall()
    with Workspace.open(path) as ws:
        conn = ws.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("SELECT * FROM orders ORDER BY id").fetchall() == before
        indexes = orders_indexes(conn)
        assert "sqlite_autoindex_orders_1" not in indexes
        assert indexes["orders_dedup"] == "CREATE UNIQUE INDEX orders_dedup ON orders(dedup_key)"
        assert {"orders_customer", "orders_time"} <= set(indexes)
        assert "orders_no" not in indexes  # version 12: orders are found by number through orders_dedup
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT o.order_no FROM order_items i JOIN orders o ON o.id = i.order_id").fetchall() \
            == [("A2",)]
        assert conn.execute("PRAGMA page_size").fetchone()[0] == 4096  # an old file keeps its page size
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(ORDER_SQL, (9, "A9", 1, 1, 9, "2024-05-05 10:00:00", 1, "no:A1"))
        # the migrated workspace takes new orders and still skips the known ones
        csv = tmp_path / "more.csv"
        csv.write_text("订单号,手机号,下单时间,实付金额\nA1,13800000001,2024-01-02 10:00:00,12.00\n"
                       "A7,13800000001,2024-06-01 09:00:00,30.00\n", encoding="utf-8")
        result = import_file(ws, csv)
        assert (result.orders_added, result.orders_already_known) == (1, 1)


def test_a_failed_migration_leaves_the_old_orders_table(tmp_path, monkeypatch):
    path = version_9_workspace(tmp_path / "old.shoplens")

    def broken(conn):
        conn.execute("CREATE TABLE orders_v10 (x)")
        raise sqlite3.OperationalError("disk I/O error")

    migrations = list(schema_module.MIGRATIONS)
    migrations[migrations.index(schema_module._v10)] = broken
    monkeypatch.setattr(schema_module, "MIGRATIONS", migrations)
    with pytest.raises(sqlite3.OperationalError):
        Workspace.open(path)
    with sqlite3.connect(path) as conn:
        assert "sqlite_autoindex_orders_1" in orders_indexes(conn)
        assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] == len(ORDER_ROWS)
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'orders_v10'").fetchone() is None


def test_orders_are_found_by_number_through_their_unique_key(tmp_path):
    """No index of its own on the order no. (version 12): a numbered order's key is 'no:' || its number, so a
    lookup by number (cleaning's refunds, order flags) searches the unique index and finds exactly that order."""
    with Workspace.create(tmp_path / "shop.shoplens") as ws, ws.transaction() as conn:
        assert "orders_no" not in orders_indexes(conn)
        conn.executemany(ORDER_SQL, ORDER_ROWS)
        by_number = f"SELECT id FROM orders WHERE dedup_key = {BY_NUMBER.format('?')}"
        plan = " ".join(row[-1] for row in conn.execute("EXPLAIN QUERY PLAN " + by_number, ("A2",)))
        assert "USING COVERING INDEX orders_dedup" in plan
        assert [conn.execute(by_number, (no,)).fetchall() for no in ("A1", "A2", "A9")] == [[(1,)], [(2,)], []]


def test_new_workspace_has_large_pages_and_the_named_unique_index(tmp_path):
    with Workspace.create(tmp_path / "new.shoplens") as ws:
        assert ws.conn.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE
        assert "orders_dedup" in orders_indexes(ws.conn)
        backup = ws.backup("test")
    with sqlite3.connect(backup) as copy:  # a backup copies the page size, so it can be restored into the file
        assert copy.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE


def test_bulk_insert_builds_the_unique_index_again(tmp_path):
    with Workspace.create(tmp_path / "bulk.shoplens") as ws, ws.transaction() as conn:
        frame = pd.DataFrame(ORDER_ROWS, columns=["id", "order_no", "customer_id", "import_id", "source_row",
                                                  "order_time", "amount_cents", "dedup_key"])
        with indexes_rebuilt_after(conn, "orders", enabled=True):
            assert "orders_dedup" not in orders_indexes(conn)
            insert_frame(conn, "orders", frame)
        assert "orders_dedup" in orders_indexes(conn)
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(ORDER_SQL, (9, "A9", 1, 1, 9, "2024-05-05 10:00:00", 1, "no:A2"))
