"""Header detection and table building on grids: names, totals, blank and repeated rows, ragged rows."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shoplens.errors import InputError
from shoplens.ingest.header import is_total_label
from shoplens.ingest.readers import detect_header, make_table
from shoplens.ingest.table import Grid


def grid(rows, merged=None) -> Grid:
    return Grid(file="t.csv", sheet=None, rows=[list(r) for r in rows], row_numbers=list(range(1, len(rows) + 1)),
                merged=merged)


def reasons(table) -> list[tuple[int, str]]:
    return [(s.row, s.reason) for s in table.skipped]


def test_header_found_below_titles_notes_and_blank_rows():
    rows = [["会员消费明细表"], [], ["店铺：山茶小铺", "", "导出时间：", "2024-02-01"], ["", "", "", ""],
            ["会员号", "姓名", "手机", "消费金额", "日期"], ["M1", "王伟", "13800138000", "12.5", "2024-01-02"],
            ["M2", "李娜", "13900139000", "8", "2024-01-03"]]
    assert detect_header(grid(rows)) == 4
    table = make_table(grid(rows))
    assert table.header_row == 5 and table.columns == rows[4]
    assert reasons(table) == [(1, "title"), (2, "blank"), (3, "title"), (4, "blank")]
    assert table.skipped[0].text == "会员消费明细表"


def test_numbers_row_is_not_taken_for_the_header():
    rows = [["2024", "1", "2"], ["name", "qty", "price"], ["tea", "1", "2.5"]]
    assert detect_header(grid(rows)) == 1


def test_empty_grid_is_an_input_error():
    with pytest.raises(InputError, match="empty"):
        detect_header(grid([[], ["", " "]]))


def test_names_are_cleaned_made_unique_and_never_empty():
    rows = [["  Phone ", "Phone", "", "Order\nDate", "Column 3", "phone", "收货\u3000 地址", " "],
            ["1", "2", "3", "4", "5", "6", "7", "8"]]
    table = make_table(grid(rows))
    assert table.columns == ["Phone", "Phone (2)", "Column 3 (2)", "Order Date", "Column 3", "phone", "收货 地址",
                             "Column 8"]
    assert table.rows == [rows[1]]


@pytest.mark.parametrize("label", ["合计", "合 计", "总计：", "小计", "汇总", "共 12 条", "共12条记录", "Total", "TOTAL:",
                                   "Totals", "Grand total", "Grand Total (USD)", "Sum", "Subtotal", "Total: 1,234.00"])
def test_total_labels(label):
    assert is_total_label(label)


@pytest.mark.parametrize("text", ["Totally Tea", "合作伙伴", "Summer", "总部", "共享", "Sumatra coffee", "小明"])
def test_not_total_labels(text):
    assert not is_total_label(text)


def test_totals_blank_and_repeated_header_rows_are_reported():
    header = ["订单号", "商品", "数量", "金额"]
    rows = [header, ["A1", "绿茶", "1", "10"], ["", "", "", ""], ["小计", "", "1", "10"], header,
            ["A2", "Total Tea", "2", "20"], ["Total", "", "3", "30"], ["", "共 2 条", "", ""],
            ["", "", "3", "30.00"], ["", "", "", ""]]
    table = make_table(grid(rows))
    assert table.rows == [["A1", "绿茶", "1", "10"], ["A2", "Total Tea", "2", "20"]]
    assert table.row_numbers == [2, 6]
    assert reasons(table) == [(3, "blank"), (4, "total"), (5, "repeated_header"), (7, "total"), (8, "total"),
                              (9, "total"), (10, "blank")]


def test_last_data_row_with_text_is_kept():
    rows = [["id", "name", "amount"], ["1", "a", "5"], ["", "b", "6"], ["2", "", ""]]
    assert make_table(grid(rows)).row_numbers == [2, 3, 4]


def test_short_rows_padded_and_long_rows_get_extra_columns():
    rows = [["a", "b", "c"], ["1"], ["1", "2", "3", "", ""], ["1", "2", "3", "", "extra"]]
    table = make_table(grid(rows))
    assert table.columns == ["a", "b", "c", "Column 5"]
    assert table.rows == [["1", "", "", ""], ["1", "2", "3", ""], ["1", "2", "3", "extra"]]


def test_unnamed_empty_columns_are_left_out_but_named_empty_ones_stay():
    rows = [["", "a", "", "b", "note", ""], ["", "1", "", "2", "", ""], ["", "3", "", "4", "", ""]]
    table = make_table(grid(rows))
    assert table.columns == ["a", "b", "note"]
    assert table.rows == [["1", "2", ""], ["3", "4", ""]]
    assert any("left out 3 empty" in n for n in table.notes)


def test_header_row_chosen_by_the_caller():
    rows = [["a", "b"], ["x", "y"], ["1", "2"]]
    table = make_table(grid(rows), 1)
    assert table.columns == ["x", "y"] and table.header_row == 2 and table.rows == [["1", "2"]]
    with pytest.raises(InputError):
        make_table(grid(rows), 7)


def test_two_row_header_in_text_without_merge_records():
    rows = [["订单号", "收货信息", "", "", "金额"], ["", "姓名", "电话", "地址", ""],
            ["A1", "王伟", "13800138000", "北京", "10"], ["A2", "李娜", "13900139000", "上海", "20"]]
    table = make_table(grid(rows))
    assert table.columns == ["订单号", "收货信息 姓名", "收货信息 电话", "收货信息 地址", "金额"]
    assert table.row_numbers == [3, 4]


def test_blank_header_name_above_text_data_is_not_a_second_header_row():
    rows = [["姓名", "", "城市"], ["王伟", "VIP", "北京"], ["李娜", "VIP", "上海"], ["张三", "", "北京"]]
    table = make_table(grid(rows))
    assert table.columns == ["姓名", "Column 2", "城市"]
    assert len(table.rows) == 3


def test_merged_records_decide_the_two_row_header():
    rows = [["订单号", "收货信息", "", "金额"], ["", "姓名", "电话", ""], ["A1", "王伟", "13800138000", "10"]]
    assert make_table(grid(rows, merged=[])).columns == ["订单号", "收货信息", "Column 3", "金额"]
    merged = make_table(grid(rows, merged=[(0, 1, 0, 2), (0, 0, 1, 0), (0, 3, 1, 3)]))
    assert merged.columns == ["订单号", "收货信息 姓名", "收货信息 电话", "金额"]
    assert merged.rows == [["A1", "王伟", "13800138000", "10"]]


def test_two_row_header_with_sparse_group_row_is_found_from_the_sub_row():
    upper = ["订单号", "收货信息", "", "", "", "商品信息", "", "", "", "金额"]
    lower = ["", "姓名", "电话", "地址", "邮编", "名称", "数量", "单价", "规格", ""]
    data = [["A1", "王伟", "13800138000", "北京", "100000", "绿茶", "1", "10", "50g", "10"]]
    rows = [["销售报表"], upper, lower, *data]
    assert detect_header(grid(rows)) == 1
    table = make_table(grid(rows))
    assert table.columns[:3] == ["订单号", "收货信息 姓名", "收货信息 电话"]
    assert table.columns[5:] == ["商品信息 名称", "商品信息 数量", "商品信息 单价", "商品信息 规格", "金额"]
    assert table.rows == data and reasons(table) == [(1, "title")]


def test_title_directly_above_the_header_is_not_a_group_row():
    rows = [["销售报表", "2024年"], ["订单号", "手机", "金额"], ["A1", "13800138000", "10"]]
    table = make_table(grid(rows))
    assert table.columns == ["订单号", "手机", "金额"] and table.header_row == 2
    merged_title = [["销售报表", "", ""], ["订单号", "手机", "金额"], ["A1", "13800138000", "10"]]
    table = make_table(grid(merged_title, merged=[(0, 0, 0, 2)]))
    assert table.columns == ["订单号", "手机", "金额"]


def test_merged_header_cell_above_text_only_data_is_not_a_sub_header():
    rows = [["姓名", "联系方式", "", "城市"], ["王伟", "微信", "邮件", "北京"], ["李娜", "微信", "电话", "上海"]]
    table = make_table(grid(rows, merged=[(0, 1, 0, 2)]))
    assert table.columns == ["姓名", "联系方式", "联系方式 (2)", "城市"]
    assert len(table.rows) == 2


WORDS = st.sampled_from(["", "", " ", "合计", "Total", "订单号", "金额", "12.5", "13800138000", "2024-01-02", "a", "共 3 条",
                         "备注：x", "王伟"])


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(st.lists(WORDS, max_size=7), max_size=14),
       merges=st.one_of(st.none(), st.lists(st.tuples(st.integers(0, 13), st.integers(0, 6), st.integers(0, 2),
                                                      st.integers(0, 3)), max_size=4)))
def test_any_grid_gives_a_consistent_table_or_an_input_error(rows, merges):
    merged = None if merges is None else [(r, c, r + dr, c + dc) for r, c, dr, dc in merges]
    try:
        table = make_table(grid(rows, merged))
    except InputError:
        return
    assert all(len(row) == len(table.columns) for row in table.rows)
    assert len(set(table.columns)) == len(table.columns) and all(table.columns)
    assert len(table.rows) == len(table.row_numbers)
    kept = set(table.row_numbers) | {s.row for s in table.skipped}
    assert kept | {table.header_row} >= set(range(table.header_row + 1, len(rows) + 1)) - {table.header_row + 1}
    for number, out in zip(table.row_numbers, table.rows, strict=True):  # no filled cell of a data row is lost
        assert sorted(c for c in rows[number - 1] if c.strip()) == sorted(c for c in out if c.strip())
