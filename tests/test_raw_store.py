"""The raw-row store: cells and row numbers kept exactly in zstd Arrow chunks, rewritten per chunk, old files converted."""

from __future__ import annotations

import csv
import json
import sqlite3

import numpy as np
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shoplens.errors import Cancelled
from shoplens.ingest.raw_store import (
    drop_raw,
    legacy_raw_tables,
    raw_imports,
    raw_records,
    raw_row_count,
    raw_table,
    read_raw,
    replace_chunk,
    rewrite_raw,
    write_raw,
)
from shoplens.ingest.table import Table
from shoplens.pipeline import import_file, plan_import, rebuild, run_import
from shoplens.workspace import SCHEMA_VERSION, Workspace, raw_chunks
from shoplens.workspace import schema as schema_module
from shoplens.workspace.workspace import DEFAULT_META

IMPORTS_SQL = ("INSERT INTO imports(id, file_name, sheet, sha256, kind, columns, mapping, header_row, encoding,"
               " delimiter, rows_read, rows_skipped, status, imported_at)"
               " VALUES (?, ?, ?, 'x', 'customers', ?, ?, ?, ?, ?, ?, 0, 'done', '2024-01-01T00:00:00')")
CELLS = st.one_of(st.sampled_from(["", " ", "  padded  ", "\t", "龙井茶", "👩‍👩‍👧 emoji", "a\nb", "x" * 5000, "0013",
                                   "=\"0013\"", "1.38e10", "\r\n"]), st.text(max_size=40))


def write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


@pytest.fixture
def conn():
    """A bare connection with the workspace schema (no file, no lock)."""
    connection = sqlite3.connect(":memory:", isolation_level=None)
    schema_module.migrate(connection, 0)
    yield connection
    connection.close()


def store(conn, import_id: int, table: Table) -> None:
    conn.execute(IMPORTS_SQL, (import_id, table.file, table.sheet, json.dumps(table.columns, ensure_ascii=False),
                               "{}", table.header_row, table.encoding, table.delimiter, table.n_rows))
    write_raw(conn, import_id, table)


@settings(max_examples=60, deadline=None)
@given(data=st.data(), n_columns=st.integers(1, 6), n_rows=st.integers(0, 25), chunk_rows=st.integers(1, 8),
       arrow=st.booleans())
def test_round_trip_keeps_every_cell_and_row_number(data, n_columns, n_rows, chunk_rows, arrow):
    rows = [data.draw(st.lists(CELLS, min_size=n_columns, max_size=n_columns)) for _ in range(n_rows)]
    gaps = data.draw(st.lists(st.integers(1, 1000), min_size=n_rows, max_size=n_rows))
    numbers = list(np.cumsum(gaps) + 1) if n_rows else []
    columns = [f"列{i}" for i in range(n_columns)]
    if arrow:
        arrays = [pa.array([r[i] for r in rows], type=pa.large_string()) for i in range(n_columns)]
        table = Table.from_arrays("f.csv", None, 3, columns, arrays, np.asarray(numbers, dtype=np.int64),
                                  encoding="gb18030", delimiter=";")
    else:
        table = Table("f.xlsx", "表1", 3, columns, [list(r) for r in rows], [int(n) for n in numbers])
    connection = sqlite3.connect(":memory:", isolation_level=None)
    schema_module.migrate(connection, 0)
    saved = raw_chunks.CHUNK_ROWS
    raw_chunks.CHUNK_ROWS = chunk_rows
    try:
        store(connection, 1, table)
        chunks = connection.execute("SELECT count(*) FROM raw_chunks").fetchone()[0]
        assert chunks == -(-n_rows // chunk_rows)
        back = raw_table(connection, 1)
        assert back.columnar and back.n_rows == n_rows
        assert back.rows == rows
        assert back.row_numbers == [int(n) for n in numbers]
        assert (back.file, back.sheet, back.header_row, back.columns) == (table.file, table.sheet, 3, columns)
        assert (back.encoding, back.delimiter) == (table.encoding, table.delimiter)
        assert all(a.type == pa.large_string() and a.null_count == 0 for a in back.arrays())
        assert raw_row_count(connection, 1) == n_rows
        assert raw_records(connection, 1) == [(int(n), *r) for n, r in zip(numbers, rows, strict=True)]
    finally:
        raw_chunks.CHUNK_ROWS = saved
        connection.close()


def test_wide_and_long_cells_split_by_size(conn, monkeypatch):
    monkeypatch.setattr(raw_chunks, "CHUNK_BYTES", 1 << 20)
    n = 10_000
    columns = [f"c{i}" for i in range(n)]
    rows = [[f"{r}:{i}" if i % 7 else "" for i in range(n)] for r in range(4)]
    rows[2][5] = "长" * 300_000  # a 900 KB cell: its row gets a chunk of its own
    table = Table("wide.csv", None, 1, columns, rows, [2, 3, 4, 5])
    store(conn, 1, table)
    assert conn.execute("SELECT count(*) FROM raw_chunks WHERE import_id = 1").fetchone()[0] > 1
    assert raw_table(conn, 1).rows == rows
    data = read_raw(conn, 1)
    assert data.num_columns == n + 1 and data.column_names[:3] == ["_row", "c1", "c2"]
    first, last = conn.execute("SELECT min(first_row), max(last_row) FROM raw_chunks").fetchone()
    assert (first, last) == (2, 5)


def test_cells_that_are_not_text_are_kept_as_text(conn):
    table = Table("f.xls", "S", 1, ["a", "b"], [["x", 12], [None, 1.5]], [2, 3])
    store(conn, 1, table)
    assert raw_records(conn, 1) == [(2, "x", "12"), (3, "", "1.5")]


def test_empty_import_reads_back_empty(conn):
    store(conn, 1, Table("f.csv", None, 1, ["a", "b", "c"], [], []))
    back = raw_table(conn, 1)
    assert back.n_rows == 0 and back.columns == ["a", "b", "c"] and back.rows == []
    assert raw_imports(conn) == [] and raw_row_count(conn, 1) == 0


def test_rewrite_replace_and_drop(conn, monkeypatch):
    monkeypatch.setattr(raw_chunks, "CHUNK_ROWS", 4)
    rows = [[f"r{i}", "keep" if i % 3 else "drop"] for i in range(10)]
    store(conn, 1, Table("f.csv", None, 1, ["id", "what"], rows, list(range(2, 12))))
    store(conn, 2, Table("g.csv", None, 1, ["id"], [["other"]], [2]))
    assert raw_imports(conn) == [1, 2]
    before = dict(conn.execute("SELECT chunk, data FROM raw_chunks WHERE import_id = 1"))
    import pyarrow.compute as pc

    def drop(chunk):
        mask = pc.equal(chunk.column("c2"), "drop")
        return chunk.filter(pc.invert(mask)) if pc.any(mask).as_py() else chunk

    assert rewrite_raw(conn, 1, drop) == 3  # r0 r3 | r6 | r9: each chunk of four held one
    assert [r[1] for r in raw_records(conn, 1)] == [f"r{i}" for i in range(10) if i % 3]
    assert raw_row_count(conn, 1) == 6
    bounds = conn.execute("SELECT chunk, first_row, last_row, rows FROM raw_chunks WHERE import_id = 1"
                          " ORDER BY chunk").fetchall()
    assert bounds == [(0, 3, 4, 2), (1, 6, 9, 3), (2, 10, 10, 1)]
    assert dict(conn.execute("SELECT chunk, data FROM raw_chunks WHERE import_id = 1")) != before
    assert rewrite_raw(conn, 1, lambda chunk: chunk) == 0
    with pytest.raises(ValueError, match="keep its columns"):
        rewrite_raw(conn, 1, lambda chunk: chunk.drop_columns(["c2"]))
    replace_chunk(conn, 1, 2, read_raw(conn, 1).slice(0, 0))  # emptied: the chunk goes
    assert raw_row_count(conn, 1) == 5 and [r[0] for r in raw_records(conn, 1)] == [3, 4, 6, 7, 9]
    drop_raw(conn, 1)
    assert raw_imports(conn) == [2] and raw_records(conn, 2) == [(2, "other")]


def test_cancelled_or_failed_import_leaves_no_chunk(tmp_path, monkeypatch):
    monkeypatch.setattr(raw_chunks, "CHUNK_ROWS", 50)
    rows = [["会员卡号", "姓名", "手机号"]] + [[f"M{i}", f"顾客{i}", f"1380000{i:04d}"] for i in range(400)]
    path = write_csv(tmp_path / "members.csv", rows)
    with Workspace.create(tmp_path / "shop.shoplens") as ws:
        plan = plan_import(ws, path)
        seen = []

        def cancelled() -> bool:  # the same connection sees the chunks written so far in the transaction
            seen.append(ws.conn.execute("SELECT count(*) FROM raw_chunks").fetchone()[0])
            return seen[-1] >= 3

        with pytest.raises(Cancelled):
            run_import(ws, plan, cancelled=cancelled)
        assert seen[-1] == 3
        assert ws.conn.execute("SELECT count(*) FROM raw_chunks").fetchone()[0] == 0
        assert ws.conn.execute("SELECT count(*) FROM imports").fetchone()[0] == 0

        def boom(*args, **kwargs):
            raise RuntimeError("disk full")

        monkeypatch.setattr("shoplens.ingest.importer.write_canonical", boom)
        with pytest.raises(RuntimeError):
            run_import(ws, plan_import(ws, path))
        assert ws.conn.execute("SELECT count(*) FROM raw_chunks").fetchone()[0] == 0
        monkeypatch.undo()
        monkeypatch.setattr(raw_chunks, "CHUNK_ROWS", 50)
        result = import_file(ws, path)
        assert raw_row_count(ws.conn, result.import_id) == 400
        assert ws.conn.execute("SELECT count(*) FROM raw_chunks").fetchone()[0] == 8


# -- workspaces made by a build from before raw_chunks -------------------------------------------------------------
OLD_COLUMNS = ["会员卡号", "姓名", "手机号", "备注"]
OLD_ROWS = [(2, "M001", "王芳", "13800000001", ""), (3, "M002", "李娜 ", "13912345678", None),
            (5, "M003", "张伟", "13800000003", "推荐人 13912345678"), (6, "M004", "", 13800000004, "  ")]

OLD_EXPECTED = [(2, "M001", "王芳", "13800000001", ""), (3, "M002", "李娜 ", "13912345678", ""),
                (5, "M003", "张伟", "13800000003", "推荐人 13912345678"), (6, "M004", "", "13800000004", "  ")]


def old_workspace(path, rows=OLD_ROWS, columns=OLD_COLUMNS):
    """A workspace file as the build before raw_chunks left it: one raw_<id> table per import."""
    version = schema_module.MIGRATIONS.index(schema_module._v9)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {schema_module.APPLICATION_ID}")
    conn.execute("BEGIN")
    for step in schema_module.MIGRATIONS[:version]:
        for statement in schema_module._split(step):
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", DEFAULT_META.items())
    mapping = {"会员卡号": "member_no", "姓名": "name", "手机号": "phone", "备注": ""}
    conn.execute(IMPORTS_SQL, (1, "members.csv", None, json.dumps(columns, ensure_ascii=False),
                               json.dumps(mapping, ensure_ascii=False), 1, "utf-8", ",", len(rows)))
    cells = ", ".join(f"c{i} TEXT" for i in range(1, len(columns) + 1))
    conn.execute(f"CREATE TABLE raw_1 (_row INTEGER NOT NULL, {cells})")
    conn.executemany(f"INSERT INTO raw_1 VALUES ({', '.join('?' * (len(columns) + 1))})", rows)
    conn.execute("COMMIT")
    conn.close()
    return path


def test_old_workspace_is_converted_when_opened(tmp_path, monkeypatch):
    monkeypatch.setattr(raw_chunks, "CHUNK_ROWS", 3)
    path = old_workspace(tmp_path / "old.shoplens")
    with Workspace.open(path) as ws:
        assert ws.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert legacy_raw_tables(ws.conn) == []
        assert raw_records(ws.conn, 1) == OLD_EXPECTED
        assert ws.conn.execute("SELECT count(*) FROM raw_chunks").fetchone()[0] == 2
        table = raw_table(ws.conn, 1)
        assert table.columns == OLD_COLUMNS and table.row_numbers == [2, 3, 5, 6]
        rebuild(ws)  # the converted rows rebuild the customers
        assert ws.conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 4
        backups = ws.backups()
        assert len(backups) == 1 and "before-upgrade" in backups[0].name
    copy = sqlite3.connect(backups[0])
    try:
        assert copy.execute("SELECT count(*) FROM raw_1").fetchone()[0] == 4  # the backup keeps the old layout
    finally:
        copy.close()


def test_old_file_opened_read_only_reads_its_raw_table(tmp_path, monkeypatch):
    monkeypatch.setattr(raw_chunks, "CHUNK_ROWS", 3)
    with Workspace.open(old_workspace(tmp_path / "old.shoplens"), readonly=True) as ws:
        assert legacy_raw_tables(ws.conn) == [(1, "raw_1")] and raw_imports(ws.conn) == []
        assert raw_records(ws.conn, 1) == OLD_EXPECTED
        assert raw_table(ws.conn, 1).rows == [list(r[1:]) for r in OLD_EXPECTED]


def test_a_failed_conversion_leaves_the_old_file(tmp_path, monkeypatch):
    path = old_workspace(tmp_path / "old.shoplens")

    def broken(chunk):
        raise RuntimeError("out of memory")

    monkeypatch.setattr(raw_chunks, "encode_chunk", broken)
    with pytest.raises(RuntimeError):
        Workspace.open(path)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM raw_1").fetchone()[0] == 4
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'raw_chunks'").fetchone() is None
        assert conn.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION
    finally:
        conn.close()


def test_forget_reaches_an_old_backup(tmp_path):
    from shoplens.privacy.erase import forget_customer

    path = old_workspace(tmp_path / "old.shoplens")
    with Workspace.open(path) as ws:
        rebuild(ws)
        backup = ws.backups()[0]
        assert b"13912345678" in backup.read_bytes()  # the check below can fail
        result = forget_customer(ws, phone="13912345678")
        assert result.raw_rows == 1 and result.backups_rewritten == 1
        assert [r[1] for r in raw_records(ws.conn, 1)] == ["M001", "M003", "M004"]
        assert raw_records(ws.conn, 1)[1][4].strip() == "推荐人"
    assert b"13912345678" not in backup.read_bytes()
    copy = sqlite3.connect(backup)
    try:
        rows = copy.execute("SELECT c1, c4 FROM raw_1 ORDER BY _row").fetchall()
        assert rows == [("M001", ""), ("M003", "推荐人 "), ("M004", "  ")]
    finally:
        copy.close()


def test_forget_filters_every_chunk(tmp_path, monkeypatch):
    from shoplens.privacy.erase import forget_customer

    monkeypatch.setattr(raw_chunks, "CHUNK_ROWS", 2)
    phone = "13912345678"
    rows = [["订单号", "下单时间", "手机号", "实付金额", "备注"]]
    for i in range(1, 10):
        mine = i in (3, 4, 7)  # chunk 1 (rows 3, 4) is only the person's; chunk 3 holds one of theirs
        rows.append([f"SO{i}", f"2024-01-0{i} 10:00", f"+86 {phone}" if mine else f"1380000000{i}", "10.00",
                     f"推荐人 {phone}" if i == 8 else "ok"])
    with Workspace.create(tmp_path / "shop.shoplens") as ws:
        result = import_file(ws, write_csv(tmp_path / "orders.csv", rows))
        assert ws.conn.execute("SELECT count(*) FROM raw_chunks").fetchone()[0] == 5
        erased = forget_customer(ws, phone=phone)
        assert erased.raw_rows == 3 and erased.cells_blanked >= 1
        kept = raw_records(ws.conn, result.import_id)
        assert [r[1] for r in kept] == ["SO1", "SO2", "SO5", "SO6", "SO8", "SO9"]
        assert [r[0] for r in kept] == [2, 3, 6, 7, 9, 10]
        assert next(r[5] for r in kept if r[1] == "SO8") == "推荐人 "
        assert not any(phone in cell for r in kept for cell in r[1:])
        chunks = ws.conn.execute("SELECT chunk, rows FROM raw_chunks ORDER BY chunk").fetchall()
        assert chunks == [(0, 2), (2, 2), (3, 1), (4, 1)]  # the emptied chunk is gone, the others keep their place
