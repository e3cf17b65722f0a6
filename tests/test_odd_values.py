"""Odd values never stop an import: dates out of range, placeholder dates, huge amounts, NUL bytes, mixed encodings.

Each odd cell is a per-cell problem (left empty in the customers/orders, kept as text in the raw rows, reported with
its column and rows) or the file is refused with an InputError naming where: never a traceback.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shoplens.errors import InputError
from shoplens.ingest import normalize as nz
from shoplens.ingest.raw_store import raw_records
from shoplens.pipeline import import_file
from shoplens.workspace import Workspace

EXAMPLES = int(os.environ.get("SHOPLENS_FUZZ_EXAMPLES", "25"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 100, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# no order or birth date: placeholders, typing slips, pandas' own limits, a Unix time, Excel serials past 2100
OUT_OF_RANGE = ["9999-12-31", "0001-01-01", "1000-01-01", "3000-01-01", "1677-09-21", "2262-04-12", "3014-05-01",
                "3014-05-01 10:00:00", "3014-05-01 10:00:00 +0800", "3014年5月1日", "0000-00-00", "00:00:00",
                "4102444800", "2958465", "2958466", "2958465.99", "99999999", "1e308", "-5", "nan", "inf"]


def write_csv(path: Path, rows, encoding: str = "utf-8") -> Path:
    with open(path, "w", newline="", encoding=encoding) as fh:
        csv.writer(fh).writerows(rows)
    return path


@pytest.mark.parametrize("text", OUT_OF_RANGE)
def test_a_date_out_of_range_is_a_problem_not_a_crash(text):
    values, invalid = nz.parse_datetime(pd.Series([text, "2024-03-05", ""], dtype="str"))
    assert pd.isna(values[0]) and values[1] == "2024-03-05 00:00:00"
    assert invalid.tolist() == [True, False, False]


@pytest.mark.parametrize(("text", "day"), [("19970101", "1997-01-01"), ("97-01-02", "1997-01-02"),
                                           ("45356", "2024-03-05"), ("2100-12-31", "2100-12-31"),
                                           ("1900-01-01", "1900-01-01")])
def test_dates_in_range_still_read(text, day):
    values, invalid = nz.parse_datetime(pd.Series([text], dtype="str"))
    assert values[0][:10] == day and not invalid[0]


@FUZZ
@given(st.lists(st.one_of(st.sampled_from(OUT_OF_RANGE), st.text(max_size=25),
                          st.integers(-10**20, 10**20).map(str),
                          st.datetimes(min_value=dt.datetime(1, 1, 1)).map(str),
                          st.floats(allow_nan=True, allow_infinity=True).map(str)), min_size=1, max_size=30))
def test_any_text_in_a_date_column_reads_or_is_a_problem(texts):
    values, invalid = nz.parse_datetime(pd.Series(texts, dtype="str"))
    for text, value, bad in zip(texts, values.tolist(), invalid.tolist(), strict=True):
        if value is None or pd.isna(value):
            assert bad == bool(text.strip()), text  # an unreadable cell is flagged; an empty one is not
        else:
            assert 1900 <= int(value[:4]) <= 2100 and not bad, (text, value)


@FUZZ
@given(st.lists(st.one_of(st.sampled_from(["1.38E+10", "-12.50", "(3.00)", "1" * 40, "¥1,234.50", "1e999", "NaN",
                                           "-0", "12,50", "\x00"]),
                          st.text(max_size=20), st.decimals(allow_nan=False).map(str)), min_size=1, max_size=30))
def test_any_text_in_an_amount_column_reads_or_is_a_problem(texts):
    cents, invalid = nz.parse_money_cents(pd.Series(texts, dtype="str"))
    for value, bad in zip(cents.tolist(), invalid.tolist(), strict=True):
        assert (value is pd.NA) or (abs(value) < 10**15 and not bad)


def _problem(result, code):
    return next(p for p in result.problems if p.code == code)


def test_odd_dates_and_amounts_in_an_orders_file_are_per_cell_problems(tmp_path):
    rows = [["订单号", "手机号", "下单时间", "实付金额"]]
    odd_dates = ["9999-12-31", "0001-01-01", "3014-05-01", "4102444800", "0000-00-00"]
    for i, day in enumerate(odd_dates):
        rows.append([f"A{i}", "13800138000", day, "10"])
    rows += [["B1", "13800138001", "2024-03-05", "1.38E+10"], ["B2", "13800138001", "2024-03-06", "-12.50"],
             ["B3", "13800138002", "2024-03-07", "1" * 30]]
    path = write_csv(tmp_path / "orders.csv", rows)
    with Workspace.create(tmp_path / "shop.shoplens") as ws:
        result = import_file(ws, path)
        dates = _problem(result, "order_time_invalid")
        assert dates.column == "下单时间" and dates.count == 5 and dates.rows == [2, 3, 4, 5, 6]
        amounts = _problem(result, "amount_invalid")
        assert amounts.column == "实付金额" and amounts.rows == [7, 9]
        assert result.orders_added == 3
        assert [list(r[1:]) for r in raw_records(ws.conn, result.import_id)] == rows[1:]  # the text as it was


def test_far_future_dates_in_a_workbook_are_per_cell_problems(tmp_path):
    import xlsxwriter

    path = tmp_path / "far.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Orders")
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_row(0, 0, ["Order no", "Phone", "Order date", "Total"])
    values = [dt.datetime(3014, 5, 1), dt.datetime(9999, 12, 31), 2958466, 3e6, dt.datetime(2024, 3, 5)]
    for r, value in enumerate(values, start=1):
        sheet.write_row(r, 0, [f"A{r}", "13800138000"])
        if isinstance(value, dt.datetime):
            sheet.write_datetime(r, 2, value, day)
        else:
            sheet.write_number(r, 2, value, day)
        sheet.write_number(r, 3, 10)
    book.close()
    with Workspace.create(tmp_path / "shop.shoplens") as ws:
        result = import_file(ws, path)
        assert result.orders_added == 1
        assert _problem(result, "order_time_invalid").rows == [2, 3, 4, 5]


def test_a_few_nul_bytes_are_left_out_with_a_note(tmp_path):
    path = tmp_path / "nul.csv"
    path.write_bytes("手机号,姓名\n13800138000,王\x00伟\n13800138001,李娜\x00\x00\n".encode())
    from shoplens.ingest.readers import read_table

    table = read_table(path)
    assert table.rows == [["13800138000", "王伟"], ["13800138001", "李娜"]]
    assert any("NUL" in note for note in table.notes)


def test_binary_data_is_still_refused(tmp_path):
    path = tmp_path / "image.csv"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(InputError) as caught:
        import_file(Workspace.create(tmp_path / "shop.shoplens"), path)
    assert caught.value.file == "image.csv"


def test_mixed_encodings_import_with_a_note(tmp_path):
    path = tmp_path / "mixed.csv"
    lines = ["手机号,姓名,城市"] + [f"1380013{i:04d},顾客{i},上海" for i in range(60)]
    data = "\n".join(lines).encode("utf-8") + "\n13800139999,王伟,杭州\n".encode("gbk")
    path.write_bytes(data)
    with Workspace.create(tmp_path / "shop.shoplens") as ws:
        result = import_file(ws, path)
        assert result.customers_added == 61


@settings(max_examples=max(5, EXAMPLES // 3), deadline=None, derandomize=EXAMPLES <= 100, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(cells=st.lists(st.tuples(st.sampled_from(OUT_OF_RANGE + ["2024-03-05", "", "19970101", "05/03/24"]),
                                st.sampled_from(["1.38E+10", "-5", "9" * 25, "", "12.5", "abc", "1,234.5"]),
                                st.text(max_size=12)), min_size=1, max_size=20))
def test_generated_orders_files_import_or_refuse(cells):
    with tempfile.TemporaryDirectory() as d:
        rows = [["order no", "phone", "order date", "amount", "note"]]
        rows += [[f"A{i}", f"1380013{i:04d}", day, amount, note.replace("\x00", "")]
                 for i, (day, amount, note) in enumerate(cells)]
        path = write_csv(Path(d) / "o.csv", rows)
        with Workspace.create(Path(d) / "s.shoplens") as ws:
            try:
                result = import_file(ws, path)
            except InputError as exc:
                assert exc.message and exc.file == "o.csv"
            else:
                assert result.rows_read == len(cells)
            assert ws.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
