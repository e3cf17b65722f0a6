"""The fast CSV reader (Arrow columns) gives exactly what the general reader gives, or steps aside."""

from __future__ import annotations

import random

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shoplens.ingest import csv_fast, readers
from shoplens.ingest.readers import read_table

REAL_FAST_CSV_TABLE = readers._fast_csv_table
ROWS = csv_fast.HEAD_ROWS + 80  # more rows than the general reader reads to find the header


def _both(path, **kwargs):
    """(fast table or None, general table) for one file."""
    fast = csv_fast.read_csv_table(path.name, path.read_bytes(), **kwargs)
    general = read_table(path, **kwargs)  # below FAST_MIN_BYTES (patched in each test): the general reader
    return fast, general


def _same(fast, general) -> None:
    assert fast is not None
    assert fast.columnar
    assert fast.columns == general.columns
    assert fast.header_row == general.header_row
    assert fast.row_numbers == general.row_numbers
    assert fast.rows == general.rows
    assert fast.skipped == general.skipped
    assert fast.notes == general.notes
    assert (fast.encoding, fast.delimiter) == (general.encoding, general.delimiter)


@pytest.fixture(autouse=True)
def _every_size(monkeypatch):
    monkeypatch.setattr(csv_fast, "FAST_MIN_BYTES", 0)
    monkeypatch.setattr("shoplens.ingest.readers._fast_csv_table", lambda *a: None)


def _orders(rng: random.Random, n: int) -> list[list[str]]:
    rows = []
    for i in range(n):
        lines = rng.choice([1, 1, 1, 2, 3])
        for line in range(lines):
            rows.append([f"SO{i:06d}" if line == 0 else "", f"2024-03-{i % 28 + 1:02d} 10:{i % 60:02d}:00",
                         f"138{rng.randrange(10**8):08d}", rng.choice(["王芳", "李雷", "Smith, John", '"Bo" Li', "Tom"]),
                         rng.choice(["铁观音 250g", "白瓷盖碗", "Gift box, large"]), f"{rng.randrange(100, 99999) / 100:.2f}"])
    return rows


def _write(path, header, rows, *, above=(), below=(), encoding="utf-8", delimiter=",", newline="\n"):
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=newline)
    for row in above:
        writer.writerow(row)
    writer.writerow(header)
    writer.writerows(rows)
    for row in below:
        writer.writerow(row)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


HEADER = ["订单号", "下单时间", "手机号", "姓名", "商品", "金额"]


def test_a_line_item_export_with_titles_totals_and_notes_reads_the_same(tmp_path):
    rows = _orders(random.Random(1), ROWS)
    rows.insert(150, list(HEADER))  # the header printed again on a new page
    rows.insert(200, ["", "", "", "", "", ""])
    rows.insert(260, ["合计", "", "", "", "", "123.00"])
    rows.insert(261, ["  小计", "", "", "", "", "12.00"])
    rows.insert(300, ["", "共 12 条", "", "", "", ""])
    path = _write(tmp_path / "orders.csv", HEADER, rows, above=[["订单明细 2024"], []],
                  below=[["Total", "", "", "", "", "999.00"], ["", "", "", "", "", "5"], ["制表人：王芳"]])
    fast, general = _both(path)
    _same(fast, general)
    assert {s.reason for s in fast.skipped} >= {"title", "blank", "repeated_header", "total", "note"}


@pytest.mark.parametrize(("encoding", "delimiter", "newline"), [
    ("gb18030", ",", "\r\n"), ("utf-8-sig", "\t", "\n"), ("utf-16", ";", "\r\n"), ("utf-8", "|", "\n")])
def test_encodings_delimiters_and_line_endings_read_the_same(tmp_path, encoding, delimiter, newline):
    rows = _orders(random.Random(2), ROWS)
    path = _write(tmp_path / "orders.csv", HEADER, rows, encoding=encoding, delimiter=delimiter, newline=newline)
    fast, general = _both(path)
    _same(fast, general)


def test_an_empty_unnamed_column_is_left_out_and_a_named_one_kept(tmp_path):
    rows = [[*r, "", ""] for r in _orders(random.Random(3), ROWS)]
    rows[5][-1] = "note"
    path = _write(tmp_path / "orders.csv", [*HEADER, "", ""], rows)
    fast, general = _both(path)
    _same(fast, general)
    assert len(fast.columns) == len(HEADER) + 1


def test_a_chosen_header_row_reads_the_same(tmp_path):
    rows = _orders(random.Random(4), ROWS)
    path = _write(tmp_path / "orders.csv", HEADER, rows, above=[["导出时间:", "2024-04-01"], ["x", "y", "z"]])
    fast, general = _both(path, header_row=3)
    _same(fast, general)


@pytest.mark.parametrize("change", ["ragged", "blank_line", "blank_crlf_line", "blank_line_and_newline_in_cell",
                                    "newline_in_cell", "formula_text", "late_header"])
def test_files_the_fast_reader_cannot_read_exactly_go_to_the_general_reader(tmp_path, change):
    rows = _orders(random.Random(5), ROWS)
    header_row = None
    if change == "ragged":
        rows[250] = rows[250][:3]
    elif change == "newline_in_cell":
        rows[250][3] = "two\nlines"
    elif change == "formula_text":
        rows[250][2] = '="013800001111"'
    elif change == "late_header":
        header_row = ROWS - 5
    elif change == "blank_line_and_newline_in_cell":
        rows[200][3] = "two\nlines"
    path = _write(tmp_path / "orders.csv", HEADER, rows, newline="\r\n" if change == "blank_crlf_line" else "\n")
    if change.startswith("blank"):
        newline = "\r\n" if change == "blank_crlf_line" else "\n"
        text = path.read_bytes().decode("utf-8").split(newline)
        text.insert(250, "")
        path.write_bytes(newline.join(text).encode("utf-8"))
    assert csv_fast.read_csv_table(path.name, path.read_bytes(), header_row=header_row) is None


@pytest.mark.parametrize("head_bytes", [1 << 20, 1 << 10])
def test_a_byte_that_is_not_utf8_after_the_first_rows_reads_as_the_general_reader_reads_it(tmp_path, monkeypatch,
                                                                                        head_bytes):
    monkeypatch.setattr(csv_fast, "HEAD_BYTES", head_bytes)  # small: the bad byte falls after the decoded head
    path = _write(tmp_path / "orders.csv", HEADER, _orders(random.Random(7), ROWS))
    data = path.read_bytes()
    cut = data.index(b"\n", len(data) * 3 // 4) + 1
    path.write_bytes(data[:cut] + "王".encode("gbk") + data[cut:])
    fast, general = _both(path)
    assert any("not valid UTF-8" in note for note in general.notes)
    if head_bytes < len(data):
        assert fast is None
    else:
        _same(fast, general)


CELLS = st.sampled_from(["", " ", "a", "合计", "总计", " Total", "SO1", "Sum", "共 3 条", "\u3000x", '"q"', "a,b",
                         "订单号", "Tom", "12.50", "  ", "note: x", "制表人：李", "1", "小"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(CELLS, min_size=4, max_size=4), min_size=20, max_size=60), st.integers(0, 10**6))
def test_random_cells_read_the_same_or_go_to_the_general_reader(tmp_path_factory, sample, seed):
    rng = random.Random(seed)
    rows = [list(rng.choice(sample)) for _ in range(ROWS)]
    path = _write(tmp_path_factory.mktemp("r") / "r.csv", ["订单号", "姓名", "金额", "备注"], rows)
    fast, general = _both(path)
    if fast is not None:
        _same(fast, general)


@pytest.mark.parametrize(("quoted", "above", "newline", "last_crlf"), [
    (False, (), "\n", False), (True, (), "\n", False), (False, [["订单明细"], ["2024年3月"]], "\n", False),
    (False, (), "\r\n", False), (False, [["订单明细"]], "\n", True)])
def test_repeated_rows_are_counted_as_the_general_reader_counts_them(tmp_path, quoted, above, newline, last_crlf):
    from shoplens.ingest.parse import duplicate_rows

    rows = [[c.replace('"', "").replace(",", " ") for c in r] for r in _orders(random.Random(6), ROWS)]
    rows[300:300] = [list(rows[10]), list(rows[10]), list(rows[20])]
    rows.append(list(rows[30]))  # the last row repeats one: a stray \r on the last line would hide it
    if quoted:
        rows[40][3] = 'Smith, "Jo"'
    path = _write(tmp_path / "orders.csv", HEADER, rows, above=above, newline=newline,
                  below=[["制表人：王芳"], ["a"]] if not last_crlf else ())
    if last_crlf:  # only the last line ends in \r\n
        path.write_bytes(path.read_bytes()[:-1] + b"\r\n")
    fast, general = _both(path)
    _same(fast, general)
    assert (fast.known_duplicates is None) == quoted
    assert duplicate_rows(fast) == duplicate_rows(general) >= 4
    fast.known_duplicates = None
    assert duplicate_rows(fast) == duplicate_rows(general)


def test_an_import_through_the_fast_reader_writes_what_the_general_reader_writes(tmp_path, monkeypatch):
    """The whole import (raw rows, customers, orders, problems) is the same whichever reader read the file."""
    from shoplens.ingest.raw_store import raw_records
    from shoplens.ingest.rebuild import canonical_snapshot
    from shoplens.pipeline import import_file
    from shoplens.workspace import Workspace

    rows = _orders(random.Random(8), ROWS)
    rows[100][5] = "¥1,234.50"
    rows[101][1] = "2024/3/5 9:05"
    rows[102][2] = "abc"
    rows.insert(120, ["合计", "", "", "", "", "99.00"])
    path = _write(tmp_path / "orders.csv", HEADER, rows, above=[["订单明细"]], below=[["制表人：王芳"]])
    results = {}
    for reader, fast_csv_table in (("fast", REAL_FAST_CSV_TABLE), ("general", lambda *a: None)):
        monkeypatch.setattr("shoplens.ingest.readers._fast_csv_table", fast_csv_table)
        ws = Workspace.create(tmp_path / f"{reader}.shoplens")
        result = import_file(ws, path)
        results[reader] = (result.to_dict(), canonical_snapshot(ws.conn), raw_records(ws.conn, result.import_id))
        ws.close()
    (fast, fast_tables, fast_raw), (general, general_tables, general_raw) = results["fast"], results["general"]
    assert fast == general
    assert fast_raw == general_raw
    for name, frame in fast_tables.items():
        pd.testing.assert_frame_equal(frame, general_tables[name], check_dtype=True, obj=name)
    assert fast["orders_added"] > 300
    assert results["fast"][0]["rows_skipped"] == 3  # the title, the totals row and the note
