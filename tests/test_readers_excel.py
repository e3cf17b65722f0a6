"""Workbooks through calamine: cell text, dates in both date systems, sheets, merged headers, wide sheets."""

import datetime as dt
import shutil

import pytest

from filemakers import write_ods, write_xls, write_xlsx
from shoplens.errors import Cancelled, InputError
from shoplens.ingest.readers import default_sheet, list_sheets, read_grid, read_table

HEADER = ["会员卡号", "手机号", "开卡日期", "最近消费", "是否有效", "积分", "折扣", "备注"]
ROWS = [
    ["000123", 13800138000.0, dt.date(2023, 1, 5), dt.datetime(2024, 3, 5, 13, 45, 10), True, 120, 0.85, "VIP"],
    ["000124", 1.39e10, dt.date(1999, 12, 31), dt.datetime(2024, 12, 31, 0, 0), False, 0, 1.5e-05, ""],
]
EXPECTED = [
    ["000123", "13800138000", "2023-01-05", "2024-03-05 13:45:10", "TRUE", "120", "0.85", "VIP"],
    ["000124", "13900000000", "1999-12-31", "2024-12-31", "FALSE", "0", "0.000015", ""],
]


@pytest.mark.parametrize("date_1904", [False, True])
def test_xlsx_cells_as_text_in_both_date_systems(tmp_path, date_1904):
    path = write_xlsx(tmp_path / "members.xlsx", {"会员": [HEADER, *ROWS]}, date_1904=date_1904)
    table = read_table(path)
    assert (table.sheet, table.header_row, table.columns) == ("会员", 1, HEADER)
    assert table.rows == EXPECTED
    assert table.row_numbers == [2, 3]


@pytest.mark.parametrize("dates_1904", [False, True])
def test_xls_cells_as_text_in_both_date_systems(tmp_path, dates_1904):
    path = write_xls(tmp_path / "members.xls", {"会员": [HEADER, *ROWS]}, dates_1904=dates_1904)
    assert read_table(path).rows == EXPECTED


def test_ods_cells_as_text(tmp_path):
    path = write_ods(tmp_path / "members.ods", {"会员": [HEADER, *ROWS]})
    assert read_table(path).rows == EXPECTED


def test_xlsm_and_misnamed_workbooks_are_read_by_content(tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", {"S": [HEADER, *ROWS]})
    for suffix in (".xlsm", ".xls"):
        other = tmp_path / f"copy{suffix}"
        shutil.copy(path, other)
        assert read_table(other).rows == EXPECTED
    xls = write_xls(tmp_path / "b.xls", {"S": [HEADER, *ROWS]})
    shutil.copy(xls, tmp_path / "b.xlsx")
    assert read_table(tmp_path / "b.xlsx").rows == EXPECTED


def test_sheets_listed_with_hidden_and_chart_sheets_skipped_by_default(tmp_path):
    data = [["id", "amount"], ["1", 10], ["2", 20]]
    path = write_xlsx(tmp_path / "book.xlsx", {"Old": data, "Orders": data + [["3", 30]], "Notes": [["x"]]},
                      hidden=["Old"], charts=["Chart1"], first_sheet="Orders")
    sheets = list_sheets(path)
    assert [(s.name, s.visible, s.kind) for s in sheets] == [
        ("Old", False, "worksheet"), ("Orders", True, "worksheet"), ("Notes", True, "worksheet"),
        ("Chart1", True, "chart")]
    assert [s.rows for s in sheets[:3]] == [3, 4, 1]
    assert default_sheet(sheets) == "Orders"
    assert read_table(path).sheet == "Orders"
    assert read_table(path, "Old").rows == [["1", "10"], ["2", "20"]]
    assert default_sheet([sheets[3]]) is None


def test_xls_hidden_sheet(tmp_path):
    path = write_xls(tmp_path / "b.xls", {"Hidden": [["a"], ["1"]], "Shown": [["b"], ["2"]]}, hidden=["Hidden"])
    sheets = list_sheets(path)
    assert [(s.name, s.visible) for s in sheets] == [("Hidden", False), ("Shown", True)]
    assert default_sheet(sheets) == "Shown"


def test_missing_sheet_names_the_sheets_there_are(tmp_path):
    path = write_xlsx(tmp_path / "book.xlsx", {"销售": [["a"], ["1"]], "会员": [["b"], ["2"]]}, charts=["图表"])
    with pytest.raises(InputError) as info:
        read_table(path, "Orders")
    error = info.value
    assert (error.file, error.sheet) == ("book.xlsx", "Orders")
    assert '"销售"' in error.message and '"会员"' in error.message
    with pytest.raises(InputError, match="chart"):
        read_grid(path, "图表")


def test_title_rows_merged_title_and_totals_row(tmp_path):
    rows = [["山茶小铺 销售明细 2024-01-01 至 2024-12-31"], [], ["小票号", "手机号", "数量", "实收金额"],
            ["T001", 13800138000, 2, 36.5], ["T002", None, 1, 12], ["合计", None, 3, 48.5], [],
            ["制表人：小周"]]
    path = write_xlsx(tmp_path / "pos.xlsx", {"销售明细": rows}, merges={"销售明细": [(0, 0, 0, 3)]})
    table = read_table(path)
    assert table.header_row == 3
    assert table.rows == [["T001", "13800138000", "2", "36.5"], ["T002", "", "1", "12"]]
    assert [(s.row, s.reason) for s in table.skipped] == [(1, "title"), (2, "blank"), (6, "total"), (7, "blank"),
                                                          (8, "note")]


def _two_row_header_rows():
    return [["订单号", "收货信息", "", "", "金额"],
            ["", "姓名", "电话", "地址", ""],
            ["A1", "王伟", "13800138000", "北京", 10],
            ["A2", "李娜", "13900139000", "上海", 20]]


TWO_ROW_MERGES = [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 1, 4)]
TWO_ROW_COLUMNS = ["订单号", "收货信息 姓名", "收货信息 电话", "收货信息 地址", "金额"]


@pytest.mark.parametrize("writer", [write_xlsx, write_xls])
def test_two_row_header_with_merged_group_cells(tmp_path, writer):
    suffix = ".xlsx" if writer is write_xlsx else ".xls"
    path = writer(tmp_path / f"orders{suffix}", {"S": _two_row_header_rows()}, merges={"S": TWO_ROW_MERGES})
    table = read_table(path)
    assert table.columns == TWO_ROW_COLUMNS
    assert table.rows == [["A1", "王伟", "13800138000", "北京", "10"], ["A2", "李娜", "13900139000", "上海", "20"]]
    assert table.row_numbers == [3, 4] and table.header_row == 1


def test_two_row_header_without_merge_records(tmp_path):
    table = read_table(write_ods(tmp_path / "orders.ods", {"S": _two_row_header_rows()}))
    assert table.columns == TWO_ROW_COLUMNS
    assert len(table.rows) == 2


def test_merged_header_cell_names_the_columns_it_covers(tmp_path):
    rows = [["姓名", "电话", "", "城市"], ["王伟", "13800138000", "010-1234567", "北京"]]
    path = write_xlsx(tmp_path / "m.xlsx", {"S": rows}, merges={"S": [(0, 1, 0, 2)]})
    table = read_table(path)
    assert table.columns == ["姓名", "电话", "电话 (2)", "城市"]
    assert table.rows == [["王伟", "13800138000", "010-1234567", "北京"]]


def test_header_only_sheet_gives_a_table_without_rows(tmp_path):
    table = read_table(write_xlsx(tmp_path / "h.xlsx", {"S": [["订单号", "金额"]]}))
    assert table.columns == ["订单号", "金额"] and table.rows == []


def test_ten_thousand_columns(tmp_path):
    width = 10_000
    rows = [[f"c{j}" for j in range(width)], [str(j) for j in range(width)], [j * 2 for j in range(width)]]
    path = write_xlsx(tmp_path / "wide.xlsx", {"S": rows})
    table = read_table(path)  # its time: benchmarks/bench_readers.py --wide 10000
    assert len(table.columns) == width and table.columns[-1] == "c9999"
    assert table.rows[1][9999] == "19998"


def test_user_chosen_header_row(tmp_path):
    rows = [["report"], ["a", "b"], ["1", "2"], ["x", "y"], ["3", "4"]]
    path = write_xlsx(tmp_path / "u.xlsx", {"S": rows})
    assert read_table(path).header_row == 2
    table = read_table(path, header_row=4)
    assert table.columns == ["x", "y"] and table.rows == [["3", "4"]]
    with pytest.raises(InputError) as info:
        read_table(path, header_row=9)
    assert info.value.row == 9


def test_workbook_progress_and_cancel(tmp_path):
    import xlsxwriter

    path = tmp_path / "long.xlsx"
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("S")
    sheet.write(0, 0, "n")
    sheet.write_column(1, 0, range(60_000))
    book.close()
    calls = []
    assert len(read_table(path, progress=lambda d, t, m: calls.append((d, t))).rows) == 60_000
    assert calls[-1][0] == calls[-1][1] and len(calls) >= 3
    with pytest.raises(Cancelled):
        read_table(path, cancelled=lambda: True)
    grid = read_grid(path, max_rows=100)
    assert len(grid.rows) == 100 and grid.truncated
