"""Sheets too big to import are refused early with a clear InputError (the limit lowered here to keep tests cheap).

benchmarks/fuzz_long.py --big builds the real 50-million-cell CSV and xlsx and prints the peak memory of the refusal.
"""

from __future__ import annotations

import pytest

from filemakers import write_ods, write_xls, write_xlsx
from shoplens.errors import InputError
from shoplens.ingest import limits
from shoplens.ingest.csv_reader import estimate_cells
from shoplens.ingest.excel_reader import xlsx_dimensions
from shoplens.ingest.readers import read_grid, read_table


def rows(n: int, width: int = 10) -> list[list[str]]:
    return [[f"h{j}" for j in range(width)]] + [[f"r{i}c{j}" for j in range(width)] for i in range(n)]


def write_csv(path, data):
    path.write_text("\n".join(",".join(r) for r in data) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("maker", ["csv", "xlsx", "xls", "ods", "html"])
def test_too_many_cells_refused_in_every_format(tmp_path, maker):
    data = rows(300)  # 3,010 cells
    path = tmp_path / f"big.{ 'xls' if maker == 'html' else maker}"
    if maker == "csv":
        write_csv(path, data)
    elif maker == "xlsx":
        write_xlsx(path, {"Sheet1": data})
    elif maker == "xls":
        write_xls(path, {"Sheet1": data})
    elif maker == "ods":
        write_ods(path, {"Sheet1": data})
    else:
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in data)
        path.write_text(f"<html><body><table>{body}</table></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="cells") as info:
        read_table(path, max_cells=3_000)
    assert "3,000" in info.value.message and "Split" in info.value.hint and info.value.file == path.name
    assert len(read_table(path, max_cells=3_100).rows) == 300  # just under the limit: read whole


def test_csv_is_refused_from_an_estimate_before_parsing(tmp_path, monkeypatch):
    path = write_csv(tmp_path / "big.csv", rows(2_000))
    text = path.read_text(encoding="utf-8")
    assert abs(estimate_cells(text, ",") - 20_010) < 200
    from shoplens.ingest import csv_reader

    def no_parse(*args, **kwargs):
        raise AssertionError("the file was parsed although its estimate is over the limit")

    monkeypatch.setattr(csv_reader, "_lines", no_parse)
    monkeypatch.setattr(csv_reader, "estimate_cells", lambda text, delimiter: 20_010)
    with pytest.raises(InputError, match="20,010 cells"):
        read_grid(path, max_cells=10_000)


def test_a_preview_of_a_big_csv_still_reads_its_first_rows(tmp_path):
    path = write_csv(tmp_path / "big.csv", rows(2_000))
    grid = read_grid(path, max_rows=50, max_cells=1_000)
    assert len(grid.rows) == 50 and grid.truncated


def test_xlsx_refused_from_its_dimension_without_loading(tmp_path, monkeypatch):
    path = write_xlsx(tmp_path / "big.xlsx", {"Orders": rows(99, 26)})
    assert xlsx_dimensions(path) == {"Orders": (100, 26)}
    from python_calamine import CalamineWorkbook

    def no_load(self, name):
        raise AssertionError("the sheet was loaded although its dimension is over the limit")

    monkeypatch.setattr(CalamineWorkbook, "get_sheet_by_name", no_load)
    with pytest.raises(InputError, match="2,600 cells") as info:
        read_grid(path, max_cells=2_000)
    assert info.value.sheet == "Orders"


def test_wide_html_spans_count(tmp_path):
    cells = '<td colspan="1000" rowspan="1000">x</td>' * 30
    path = tmp_path / "spans.xls"
    rest = "<tr><td>a</td></tr>" * 999
    path.write_text(f"<table><tr>{cells}</tr>{rest}</table>", encoding="utf-8")
    with pytest.raises(InputError, match="30,000,999 cells"):
        read_grid(path)


def test_text_file_over_the_size_limit(tmp_path, monkeypatch):
    from shoplens.ingest import readers

    path = write_csv(tmp_path / "big.csv", rows(100))
    monkeypatch.setattr(readers, "MAX_TEXT_BYTES", 1_000)
    with pytest.raises(InputError, match="MB"):
        read_grid(path)
    assert limits.MAX_CELLS < 50_000_000  # the 50-million-cell sheet is over the real limit


def test_many_equal_header_names_are_numbered(tmp_path):
    path = tmp_path / "same.csv"
    path.write_text(",".join(["x"] * 12_000) + "\n" + ",".join(["1"] * 12_000) + "\n", encoding="utf-8")
    table = read_table(path)
    assert table.columns[:3] == ["x", "x (2)", "x (3)"] and table.columns[-1] == "x (12000)"
    assert len(set(table.columns)) == 12_000


def test_html_spans_end_with_the_table_and_width_is_capped(tmp_path):
    path = tmp_path / "wide.xls"
    cells = '<td colspan="1000" rowspan="1000">x</td>' * 17
    path.write_text(f"<table><tr>{cells}</tr><tr><td>a</td></tr></table>", encoding="utf-8")
    assert len(read_grid(path).rows) == 2  # the rowspan of 1000 stops at the table's last row
    with pytest.raises(InputError, match="17,001 columns"):
        read_table(path)
