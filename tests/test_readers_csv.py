"""CSV/TSV/TXT: encodings, delimiters, exact line numbers, Excel's text wrappers, progress and cancel."""

import pytest

from filemakers import csv_text, write_text
from shoplens.errors import Cancelled
from shoplens.ingest.readers import list_sheets, read_grid, read_table

ZH_ROWS = [["订单号", "买家会员名", "收货人姓名", "联系手机", "收货地址", "实付金额", "订单状态"]] + [
    [f"2024{i:06d}", f"茶友{i}号", name, f"138{i:08d}", f"{city}市人民路{i}号", f"{i * 3.5:.2f}", "交易成功"]
    for i, (name, city) in enumerate(zip(["王小明", "李晓华", "张伟", "刘芳", "陈静", "杨洋", "赵磊", "黄丽"] * 5,
                                         ["北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "南京"] * 5,
                                         strict=True))
]
TW_ROWS = [["訂單編號", "買家姓名", "聯絡電話", "收貨地址", "實付金額"]] + [
    [f"{10000 + i}", name, f"09{i:08d}", f"{city}市中正路{i}號", f"{i * 10}"]
    for i, (name, city) in enumerate(zip(["陳志明", "林淑芬", "黃建宏", "張家豪", "李怡君"] * 6,
                                         ["臺北", "高雄", "臺中", "臺南", "新竹"] * 6, strict=True))
]
LATIN_ROWS = [["Name", "City", "Note"]] + [[f"Zoë Müller {i}", "Köln", "café crème, à la carte"] for i in range(30)]


@pytest.mark.parametrize(("encoding", "bom", "rows", "expected"), [
    ("utf-8", False, ZH_ROWS, "utf-8"),
    ("utf-8", True, ZH_ROWS, "utf-8-sig"),
    ("gbk", False, ZH_ROWS, "gb18030"),
    ("gb18030", False, ZH_ROWS, "gb18030"),
    ("big5", False, TW_ROWS, "cp950"),
    ("utf-16-le", True, ZH_ROWS, "utf-16"),
    ("utf-16-be", True, ZH_ROWS, "utf-16"),
    ("utf-16-le", False, ZH_ROWS, "utf-16-le"),
    ("utf-16-be", False, ZH_ROWS, "utf-16-be"),
    ("cp1252", False, LATIN_ROWS, "cp1252"),
    ("latin-1", False, LATIN_ROWS, "cp1252"),
])
def test_encodings_are_detected(tmp_path, encoding, bom, rows, expected):
    path = write_text(tmp_path / "orders.csv", csv_text(rows), encoding, bom=bom)
    table = read_table(path)
    assert table.encoding == expected
    assert table.columns == rows[0]
    assert table.rows == [list(r) for r in rows[1:]]
    assert table.row_numbers[0] == 2


def test_gb18030_only_characters_survive(tmp_path):
    rows = [["姓名", "备注"], ["𠮷野家", "€ 欧元"], ["王小明", "䶮"]]  # outside GBK: needs GB18030
    table = read_table(write_text(tmp_path / "a.csv", csv_text(rows) * 1, "gb18030"))
    assert table.rows == rows[1:]


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiters_are_sniffed(tmp_path, delimiter):
    rows = [["id", "name", "amount", "note"]] + [[str(i), f"n{i}", f"{i},5", "a;b|c d"] for i in range(20)]
    path = write_text(tmp_path / "data.txt", csv_text(rows, delimiter=delimiter))
    table = read_table(path)
    assert table.delimiter == delimiter
    assert table.columns == rows[0]
    assert table.rows[3] == rows[4]


def test_bom_and_title_lines_do_not_break_the_delimiter_guess(tmp_path):
    text = "销售报表 2024年1月\n导出时间：2024-02-01\n\n" + csv_text(
        [["订单号", "手机", "金额"], ["A1", "13800138000", "12.50"], ["A2", "13900139000", "8"]])
    path = write_text(tmp_path / "report.csv", text, "utf-8", bom=True)
    table = read_table(path)
    assert table.delimiter == ","
    assert table.columns == ["订单号", "手机", "金额"]  # no BOM glued to the first name
    assert table.header_row == 4
    assert table.rows == [["A1", "13800138000", "12.50"], ["A2", "13900139000", "8"]]
    assert [(s.row, s.reason) for s in table.skipped] == [(1, "title"), (2, "title"), (3, "blank")]


def test_semicolon_file_with_decimal_commas(tmp_path):
    text = "Name;Betrag;Stadt\nAnna;12,50;Köln\nBernd;3,75;Bonn\nCarla;100,00;Essen\n"
    table = read_table(write_text(tmp_path / "de.csv", text, "cp1252"))
    assert table.delimiter == ";"
    assert table.rows[0] == ["Anna", "12,50", "Köln"]


def test_quoted_fields_with_commas_and_newlines_keep_line_numbers(tmp_path):
    text = ('id,address,phone\n'
            '1,"Room 5, Building 2\nChaoyang, Beijing",13800138000\n'
            '2,"plain",13900139000\n'
            '3,"three\nline\nnote",0139\n')
    grid = read_grid(write_text(tmp_path / "q.csv", text))
    assert grid.row_numbers == [1, 2, 4, 5]
    table = read_table(tmp_path / "q.csv")
    assert table.rows[0] == ["1", "Room 5, Building 2\nChaoyang, Beijing", "13800138000"]
    assert table.row_numbers == [2, 4, 5]
    assert table.rows[2][2] == "0139"


def test_excel_style_text_cells_are_unwrapped(tmp_path):
    text = 'phone,member,name\n="13800138000",="000123",O\'Brien\n\'013900139000,\'00042,"=""x"""\n'
    table = read_table(write_text(tmp_path / "x.csv", text))
    assert table.rows == [["13800138000", "000123", "O'Brien"], ["013900139000", "00042", "x"]]
    assert any("unwrapped 5 cells" in n for n in table.notes)


def test_leading_zeros_and_long_numbers_stay_as_written(tmp_path):
    text = "no,phone,id\n00123,13800138000,110101199003071234\n"
    assert read_table(write_text(tmp_path / "z.csv", text)).rows == [["00123", "13800138000", "110101199003071234"]]


def test_csv_has_one_unnamed_sheet(tmp_path):
    assert [s.name for s in list_sheets(write_text(tmp_path / "a.tsv", "a\tb\n1\t2\n"))] == [None]


def test_old_mac_line_endings_and_no_final_newline(tmp_path):
    table = read_table(write_text(tmp_path / "m.csv", "a,b\r1,2\r3,4"))
    assert table.rows == [["1", "2"], ["3", "4"]]
    assert table.row_numbers == [2, 3]


def test_tab_separated_text_saved_as_xls_is_read(tmp_path):
    path = write_text(tmp_path / "export.xls", "会员号\t手机\n0001\t13800138000\n", "gbk")
    table = read_table(path)
    assert table.rows == [["0001", "13800138000"]]
    assert any("read as CSV" in n for n in table.notes)


def test_max_rows_preview_is_marked_truncated(tmp_path):
    path = write_text(tmp_path / "p.csv", csv_text([["a", "b"]] + [[str(i), "x"] for i in range(100)]))
    grid = read_grid(path, max_rows=10)
    assert len(grid.rows) == 10 and grid.truncated
    assert not read_grid(path, max_rows=101).truncated


def test_progress_every_50k_rows_and_cancel(tmp_path):
    path = write_text(tmp_path / "big.csv", "a,b\n" + "1,2\n" * 120_000)
    calls = []
    table = read_table(path, progress=lambda d, t, m: calls.append((d, t, m)))
    assert len(table.rows) == 120_000
    assert len(calls) == 4 and all(d <= t for d, t, _ in calls) and calls[-1][0] == calls[-1][1]
    with pytest.raises(Cancelled):
        read_table(path, cancelled=lambda: True)


@pytest.mark.parametrize(("text", "encoding", "expected"), [
    ("姓名,手机\n王伟,13800138000\n", "gbk", "gb18030"),
    ("name,city\nJosé,São Paulo\n", "cp1252", "cp1252"),
    ("Name;Stadt\nJürgen;Köln\n", "latin-1", "cp1252"),
])
def test_short_files_still_get_the_right_encoding(tmp_path, text, encoding, expected):
    table = read_table(write_text(tmp_path / "s.csv", text, encoding))
    assert table.encoding == expected
    assert [table.columns, *table.rows] == [line.split(table.delimiter) for line in text.strip().split("\n")]


def test_excel_sep_line_names_the_delimiter(tmp_path):
    table = read_table(write_text(tmp_path / "s.csv", "sep=;\r\nname;note\r\nAnn;a,b,c\r\nBo;d,e,f\r\n"))
    assert table.delimiter == ";" and table.header_row == 2
    assert table.rows == [["Ann", "a,b,c"], ["Bo", "d,e,f"]]
    assert [(s.row, s.reason) for s in table.skipped] == [(1, "title")]


def test_utf8_file_cut_in_the_middle_of_a_character_stays_utf8(tmp_path):
    data = csv_text(ZH_ROWS).encode("utf-8")
    path = tmp_path / "cut.csv"
    path.write_bytes(data + "王伟".encode()[:4])  # a last line cut inside its second character
    table = read_table(path)
    assert table.encoding == "utf-8" and table.columns == ZH_ROWS[0]
    assert table.rows[0] == ZH_ROWS[1]
    assert any("not valid UTF-8" in n for n in table.notes)


def test_big5_with_ascii_range_second_bytes(tmp_path):
    names = ["許功蓋", "余光中", "成功路", "蘇珮琪", "馮德倫", "淚光閃閃"]  # second bytes 0x40-0x7E, incl. 0x5C "\"
    rows = [["姓名", "備註"]] + [[n, f"第{i}位客戶"] for i, n in enumerate(names * 4)]
    table = read_table(write_text(tmp_path / "tw.csv", csv_text(rows), "big5"))
    assert table.encoding == "cp950"
    assert table.rows == rows[1:]
