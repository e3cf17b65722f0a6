"""Whole imports of hostile headers (quotes, SQL, 10,000 characters, control characters, emoji) and of files whose
names and folders hold any Unicode: each ends in an import or an InputError, and the raw rows keep the text exactly."""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from filemakers import write_xlsx
from shoplens.errors import InputError
from shoplens.ingest.raw_store import raw_records
from shoplens.ingest.readers import read_table
from shoplens.pipeline import import_file, plan_import, run_import
from shoplens.workspace import Workspace

TRIED: Counter = Counter()  # inputs tried per test, for benchmarks/fuzz_long.py

EXAMPLES = int(os.environ.get("SHOPLENS_FUZZ_EXAMPLES", "25"))
SLOW = settings(max_examples=max(5, EXAMPLES // 3), deadline=None, derandomize=EXAMPLES <= 100, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FAST = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 100, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

HOSTILE_HEADERS = [
    'Name"; DROP TABLE customers; --', "'); DELETE FROM orders; --", 'He said "phone"', "x" * 10_000,
    "tab\there", "bell\x07\x08\x1b[0m", "line\nbreak", "😀 客户 🎉", "\u202eenohp", "c1", "_row", "rowid", "", "",
    "手机号", "手机号", "NULL", "=SUM(A1:A9)", "[brackets]", "`backtick`", "%s %d {0}", "\\\\server\\share",
]
SURROGATES = ("Cs",)


def _valid_name(text: str) -> bool:
    if not text.strip() or text in (".", "..") or "/" in text or "\x00" in text:
        return False
    try:
        return len(os.fsencode(text + ".shoplens")) <= 200
    except UnicodeError:
        return False


NAMES = st.text(st.characters(exclude_categories=SURROGATES), min_size=1, max_size=40).filter(_valid_name)


def write_csv(path: Path, rows) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def _rows(headers: list[str]) -> list[list[str]]:
    headers = [*headers, "手机号", "姓名"]
    return [headers] + [[f"v{i}-{j}" for j in range(len(headers) - 2)] + [f"1380013{i:04d}", f"顾客{i}"]
                        for i in range(5)]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_every_hostile_header_at_once(tmp_path, suffix):
    rows = _rows(HOSTILE_HEADERS)
    path = tmp_path / f"hostile{suffix}"
    if suffix == ".csv":
        write_csv(path, rows)
    else:
        write_xlsx(path, {"Sheet1": [[c.replace("\x07", "").replace("\x08", "").replace("\x1b", "") for c in r]
                                     for r in rows]})
    with Workspace.create(tmp_path / "shop.shoplens") as ws:
        plan = plan_import(ws, path)
        columns = plan.table.columns
        mapping = {c: "" for c in columns} | {columns[-2]: "phone", columns[-1]: "name"}
        result = run_import(ws, plan, mapping=mapping)
        assert result.rows_read == 5 and result.customers_added == 5
        columns = json.loads(ws.conn.execute("SELECT columns FROM imports").fetchone()[0])
        assert len(columns) == len(rows[0]) and len(set(columns)) == len(columns)
        assert any(len(c) == 10_000 for c in columns)  # the long header is kept whole
        assert ws.conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 5  # nothing was dropped by SQL
        raw = raw_records(ws.conn, 1)
        assert [list(r[1:]) for r in raw] == [r for r in rows[1:]]


@SLOW
@given(headers=st.lists(st.one_of(st.sampled_from(HOSTILE_HEADERS), st.text(max_size=60)), min_size=1, max_size=8))
def test_generated_headers_import_or_refuse(headers):
    TRIED["headers"] += 1
    with tempfile.TemporaryDirectory() as d:
        path = write_csv(Path(d) / "h.csv", _rows([h.replace("\x00", "") for h in headers]))
        with Workspace.create(Path(d) / "s.shoplens") as ws:
            try:
                plan = plan_import(ws, path)
                run_import(ws, plan)
            except InputError as exc:
                assert exc.message
            assert ws.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@FAST
@given(name=NAMES)
def test_any_unicode_file_name_reads(name):
    TRIED["file-names"] += 1
    with tempfile.TemporaryDirectory() as d:
        path = write_csv(Path(d) / f"{name}.csv", [["订单号", "金额"], ["A1", "10"]])
        table = read_table(path)
        assert table.file == path.name and table.rows == [["A1", "10"]]


@SLOW
@given(folder=NAMES, name=NAMES)
def test_any_unicode_workspace_and_import_path(folder, name):
    TRIED["workspace-paths"] += 1
    with tempfile.TemporaryDirectory() as d:
        where = Path(d) / folder
        where.mkdir()
        path = write_csv(where / f"{name}.csv", _rows(["会员卡号"]))
        with Workspace.create(where / f"{name}.shoplens") as ws:
            result = import_file(ws, path)
            assert result.file == path.name and result.customers_added == 5
            ws.backup("unicode")
            assert len(ws.backups()) == 1
        with Workspace.open(where / f"{name}.shoplens") as ws:
            assert ws.summary()["imports"][0]["file"] == path.name
