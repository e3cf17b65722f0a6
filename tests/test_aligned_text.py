"""Text files whose columns are lined up with spaces, files without a header row, and the CDNOW files themselves.

CDNOW_master.txt (`customer_id  date number_of_cds  dollar_value`, runs of spaces, YYYYMMDD dates) and its headerless
twin CDNOW_sample.txt were refused with "The sheet has a header row but no data rows". The real files come from the
lifetimes 0.11.3 wheel (a dev dependency, found through importlib.metadata without importing lifetimes) and from
tests/fixtures/cdnow_sample.txt.gz.
"""

from __future__ import annotations

import gzip
import importlib.metadata
import json
import random
from pathlib import Path

import pytest

from shoplens.cli import main
from shoplens.errors import InputError
from shoplens.ingest.aligned_text import FIXED_WIDTH, SPACE_RUNS
from shoplens.ingest.readers import read_table
from shoplens.pipeline import import_file
from shoplens.workspace import Workspace

FIXTURES = Path(__file__).parent / "fixtures"


def cdnow_lines(customers: int, seed: int = 5, header: bool = True) -> list[str]:
    """Lines laid out as CDNOW_master.txt: right-aligned ids, YYYYMMDD dates, counts, dollars; \\r\\n endings."""
    rng = random.Random(seed)
    lines = [" customer_id  date number_of_cds  dollar_value"] if header else []
    for c in range(1, customers + 1):
        for _ in range(rng.randint(1, 4)):
            cds = rng.randint(1, 9)
            lines.append(f" {c:05d} 1997{rng.randint(1, 12):02d}{rng.randint(1, 28):02d} {cds:2d} {cds * 12.49:8.2f}")
    lines.append(lines[-1])  # an exact repeat: a second purchase of the same
    return lines


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("ascii"))
    return path


def test_columns_separated_by_runs_of_spaces(tmp_path):
    lines = cdnow_lines(50)
    table = read_table(write_lines(tmp_path / "master.txt", lines))
    assert table.delimiter == SPACE_RUNS and table.header_row == 1
    assert table.columns == ["customer_id", "date", "number_of_cds", "dollar_value"]
    assert table.n_rows == len(lines) - 1 and table.rows[0] == lines[1].split()


def test_fixed_width_columns_keep_spaces_inside_cells_and_empty_cells(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("Customer name   City        Amount  Date\n"
                    "John Smith      New York     12.50  2024-03-05\n"
                    "Mary Ann Lee    Boston        8.00  2024-03-06\n"
                    "Bob             San Jose    100.00  2024-03-07\n"
                    "Li Wei                        5.00  2024-03-08\n", encoding="utf-8")
    table = read_table(path)
    assert table.delimiter == FIXED_WIDTH
    assert table.columns == ["Customer name", "City", "Amount", "Date"]
    assert table.rows == [["John Smith", "New York", "12.50", "2024-03-05"], ["Mary Ann Lee", "Boston", "8.00",
                          "2024-03-06"], ["Bob", "San Jose", "100.00", "2024-03-07"], ["Li Wei", "", "5.00",
                                                                                      "2024-03-08"]]


def test_a_single_column_of_names_is_not_split_at_its_spaces(tmp_path):
    path = tmp_path / "names.txt"
    path.write_text("Name\n" + "".join(f"John Smith{i}\n" for i in range(20)), encoding="utf-8")
    table = read_table(path)
    assert table.columns == ["Name"] and table.rows[0] == ["John Smith0"]


def test_a_missing_header_is_detected_and_columns_are_numbered(tmp_path):
    lines = cdnow_lines(30, header=False)
    table = read_table(write_lines(tmp_path / "sample.txt", lines))
    assert table.header_row == 0 and table.columns == ["Column 1", "Column 2", "Column 3", "Column 4"]
    assert table.n_rows == len(lines) and table.row_numbers[0] == 1


def test_a_headerless_customer_list_keeps_its_first_customer(tmp_path):
    rows = [f"顾客{i},1380013{i:04d},上海,金卡会员" for i in range(30)]
    path = tmp_path / "members.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    table = read_table(path)
    assert table.header_row == 0 and table.rows[0] == ["顾客0", "13800130000", "上海", "金卡会员"]


def test_a_header_with_numbers_for_names_is_still_a_header(tmp_path):
    path = tmp_path / "pivot.csv"
    path.write_text("name,2023,2024\n" + "".join(f"顾客{i},{i},{i * 2}\n" for i in range(20)), encoding="utf-8")
    assert read_table(path).header_row == 1


def test_the_first_row_can_be_declared_data(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("手机号,金额\n13800138000,12\n13800138001,30\n", encoding="utf-8")
    table = read_table(path, header_row=0)
    assert table.columns == ["Column 1", "Column 2"] and table.rows[0] == ["手机号", "金额"]


def test_cli_no_header_and_map_by_column_number(tmp_path, capsys):
    path = write_lines(tmp_path / "sample.txt", cdnow_lines(40, header=False))
    ws = tmp_path / "shop.shoplens"
    assert main(["import", str(ws), str(path)]) == 2  # nothing says which column is the customer
    err = capsys.readouterr().err
    assert '1 "Column 1" -> not imported' in err and "--map" in err
    assert not ws.exists()
    code = main(["import", str(ws), str(path), "--no-header", "--map", "customer_ref=1", "--map", "order_time=2",
                 "--map", "quantity=3", "--map", "amount=4", "--json"])
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    assert result["workspace"]["customers"] == 40
    assert result["imports"][0]["orders_added"] == len(cdnow_lines(40, header=False))


def test_a_column_number_out_of_range_is_refused(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("手机号,金额\n13800138000,12\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        import_file(Workspace.create(tmp_path / "s.shoplens"), path, mapping={"3": "amount"})
    assert caught.value.column == "3"


# -- the real files ----------------------------------------------------------------------------------------------------
def _lifetimes_file(name: str) -> Path:
    try:
        path = Path(importlib.metadata.distribution("lifetimes").locate_file(f"lifetimes/datasets/{name}"))
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("lifetimes 0.11.3 (a dev dependency) is not installed")
    if not path.exists():
        pytest.skip(f"{name} is not in the installed lifetimes package")
    return path


def test_cdnow_master_as_shipped_imports_every_transaction(tmp_path):
    path = _lifetimes_file("CDNOW_master.txt")
    with Workspace.create(tmp_path / "shop.shoplens") as ws:
        result = import_file(ws, path)
        assert result.rows_read == 69_659 and result.orders_added == 69_659
        assert next(p for p in result.problems if p.code == "duplicate_rows").count == 255
        summary = ws.summary()
        assert summary["customers"] == 23_570 and summary["orders"] == 69_659
        assert summary["revenue"] == pytest.approx(2_500_315.63, abs=0.005)


def _cdnow_sample(tmp_path: Path) -> Path:
    path = tmp_path / "CDNOW_sample.txt"
    path.write_bytes(gzip.decompress((FIXTURES / "cdnow_sample.txt.gz").read_bytes()))
    return path


def test_cdnow_sample_as_csv_imports_as_orders(tmp_path):
    lines = _cdnow_sample(tmp_path).read_text().split()
    cells = [lines[i:i + 5] for i in range(0, len(lines), 5)]
    path = tmp_path / "cdnow_sample.csv"
    path.write_text("_id,id,date,cds_bought,spent\n" + "".join(",".join(r) + "\n" for r in cells), encoding="utf-8")
    with Workspace.create(tmp_path / "shop.shoplens") as ws:
        result = import_file(ws, path)
        summary = ws.summary()
        assert result.kind == "orders" and (summary["customers"], summary["orders"]) == (2_357, 6_919)


def test_cdnow_sample_without_its_header_imports_with_map_by_number(tmp_path):
    path = _cdnow_sample(tmp_path)
    with Workspace.create(tmp_path / "shop.shoplens") as ws:
        assert read_table(path).header_row == 0
        import_file(ws, path, mapping={"2": "customer_ref", "3": "order_time", "4": "quantity", "5": "amount"})
        summary = ws.summary()
        assert (summary["customers"], summary["orders"]) == (2_357, 6_919)
