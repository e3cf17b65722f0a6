"""Bad input gives InputError naming the file (and sheet/row where they apply), never another exception."""

import os
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from filemakers import csv_text, write_cfb, write_encrypted_xlsx, write_text, write_xlsx
from shoplens.errors import InputError
from shoplens.ingest import readers
from shoplens.ingest.readers import SUPPORTED_SUFFIXES, list_sheets, read_grid, read_table
from shoplens.ingest.table import Table


def _error(path, *args, **kwargs) -> InputError:
    with pytest.raises(InputError) as info:
        read_table(path, *args, **kwargs)
    assert info.value.file == path.name
    assert path.name in str(info.value)
    return info.value


def _small_xlsx(path):
    return write_xlsx(path, {"S": [["订单号", "金额"]] + [[f"A{i}", i * 1.5] for i in range(200)]})


@pytest.mark.parametrize("suffix", [".csv", ".txt", ".tsv", ".xlsx", ".xls", ".xlsm", ".xlsb", ".ods"])
def test_zero_byte_file(tmp_path, suffix):
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(b"")
    assert "empty" in _error(path).message
    with pytest.raises(InputError):
        list_sheets(path)


@pytest.mark.parametrize("content", [b"\r\n\r\n  \n", b"\xef\xbb\xbf", b"\xef\xbb\xbf\n\n", b"\xff\xfe", b",,,\n,,\n"])
def test_file_with_no_text(tmp_path, content):
    path = tmp_path / "blank.csv"
    path.write_bytes(content)
    assert "empty" in _error(path).message


def test_empty_sheet(tmp_path):
    path = write_xlsx(tmp_path / "e.xlsx", {"Leer": []})
    error = _error(path)
    assert error.sheet == "Leer" and "empty" in error.message


@pytest.mark.parametrize("name", ["locked.xlsx", "locked.xls", "locked.xlsm"])
def test_password_protected_workbook(tmp_path, name):
    path = write_encrypted_xlsx(tmp_path / name)
    assert "password" in _error(path).message
    with pytest.raises(InputError, match="password"):
        list_sheets(path)


def test_ole_file_that_is_not_a_workbook(tmp_path):
    path = write_cfb(tmp_path / "letter.xls", {"WordDocument": b"hello" * 100})
    assert "damaged" in _error(path).message


def test_truncated_xlsx(tmp_path):
    data = _small_xlsx(tmp_path / "full.xlsx").read_bytes()
    path = tmp_path / "half.xlsx"
    path.write_bytes(data[: len(data) // 2])
    assert "damaged or incomplete" in _error(path).message


@pytest.mark.parametrize("suffix", [".xlsx", ".xls", ".ods", ".xlsb", ".csv", ".txt"])
def test_binary_garbage(tmp_path, suffix):
    path = tmp_path / f"garbage{suffix}"
    path.write_bytes(random.Random(7).randbytes(20_000))
    _error(path)


def test_web_page_without_a_table(tmp_path):
    path = write_text(tmp_path / "export.xls", "<html><body><p>Session expired, please log in.</p></body></html>")
    assert "web page" in _error(path).message


def test_xml_spreadsheet_2003(tmp_path):
    path = write_text(tmp_path / "old.xls", '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:'
                      'office:spreadsheet"><Worksheet ss:Name="S"/></Workbook>')
    assert "XML Spreadsheet" in _error(path).message


def test_unknown_suffix(tmp_path):
    path = write_text(tmp_path / "orders.pdf", "a,b\n1,2\n")
    error = _error(path)
    assert ".pdf" in error.message and ".xlsx" in error.hint
    assert ".csv" in SUPPORTED_SUFFIXES and ".ods" in SUPPORTED_SUFFIXES


def test_header_only_csv_is_a_table_without_rows(tmp_path):
    table = read_table(write_text(tmp_path / "h.csv", "订单号,手机,金额\r\n"))
    assert table.columns == ["订单号", "手机", "金额"] and table.rows == []


def test_ten_thousand_columns_csv(tmp_path):
    rows = [[f"c{j}" for j in range(10_000)]] + [[str(i * j) for j in range(10_000)] for i in range(3)]
    table = read_table(write_text(tmp_path / "wide.csv", csv_text(rows)))
    assert len(table.columns) == 10_000 and table.rows[2][9999] == str(2 * 9999)


def test_file_that_disappears(tmp_path):
    path = _small_xlsx(tmp_path / "gone.xlsx")
    assert list_sheets(path)[0].name == "S"
    path.unlink()
    assert "not found" in _error(path, "S").message
    csv_path = write_text(tmp_path / "gone.csv", "a\n1\n")
    csv_path.unlink()
    assert "not found" in _error(csv_path).message


def test_folder_instead_of_file(tmp_path):
    folder = tmp_path / "data.csv"
    folder.mkdir()
    assert "folder" in _error(folder).message


def test_unreadable_file(tmp_path, monkeypatch):
    path = write_text(tmp_path / "locked.csv", "a\n1\n")
    if os.geteuid() != 0:
        path.chmod(0)
    else:  # root reads anything: make the read itself fail as it would for another user
        def refuse(*args, **kwargs):
            raise PermissionError(13, "Permission denied")
        monkeypatch.setattr(readers, "open", refuse, raising=False)
    error = _error(path)
    assert "not allowed" in error.message


def test_text_file_with_a_sheet_name(tmp_path):
    error = _error(write_text(tmp_path / "a.csv", "a\n1\n"), "Sheet1")
    assert error.sheet == "Sheet1"


def test_header_row_that_is_blank(tmp_path):
    path = write_text(tmp_path / "b.csv", "title\n\nname,phone\nA,1\n")
    error = _error(path, header_row=2)
    assert error.row == 2


def _table_or_input_error(path) -> None:
    try:
        table = read_table(path)
    except InputError as error:
        assert error.file == path.name
        return
    assert isinstance(table, Table)
    assert all(len(row) == len(table.columns) for row in table.rows)
    assert len(set(table.columns)) == len(table.columns) and all(table.columns)
    assert table.row_numbers == sorted(set(table.row_numbers))


MAGICS = st.sampled_from([b"", b"<html><table><tr><td rowspan=3 colspan=2>", b"PK\x03\x04",
                          b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\xef\xbb\xbf", b"\xff\xfe"])
PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@PROPERTY
@given(magic=MAGICS, body=st.binary(max_size=3000), suffix=st.sampled_from(sorted(SUPPORTED_SUFFIXES)))
def test_random_bytes_give_a_table_or_an_input_error(tmp_path, magic, body, suffix):
    path = tmp_path / f"random{suffix}"
    path.write_bytes(magic + body)
    _table_or_input_error(path)


CELLS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)


@PROPERTY
@given(rows=st.lists(st.lists(CELLS, max_size=6), max_size=12), delimiter=st.sampled_from([",", ";", "\t", "|"]),
       encoding=st.sampled_from(["utf-8", "utf-16-le", "gb18030", "utf-8-sig"]))
def test_random_csv_text_gives_a_table_or_an_input_error(tmp_path, rows, delimiter, encoding):
    path = tmp_path / "random.csv"
    path.write_bytes(csv_text(rows, delimiter=delimiter).encode(encoding, errors="replace"))
    _table_or_input_error(path)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.floats(0.0, 0.999))
def test_xlsx_cut_anywhere(tmp_path, cut):
    full = tmp_path / "full.xlsx"
    if not full.exists():
        _small_xlsx(full)
    data = full.read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: int(len(data) * cut)])
    _table_or_input_error(path)


def test_grid_of_a_damaged_file_is_an_input_error_too(tmp_path):
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(100))
    with pytest.raises(InputError):
        read_grid(path, max_rows=10)


def test_unclosed_quote_over_a_long_stretch(tmp_path):
    text = 'id,note\n1,"never closed\n' + "2,filler text\n" * 15_000
    error = _error(write_text(tmp_path / "q.csv", text))
    assert "quote" in error.message and error.row is not None
