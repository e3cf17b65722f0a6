"""Files that are not shop data are refused, not imported as hundreds of customers nobody can tell apart.

Laid out as the public tables a new user tried: the iris flower table (UCI and Kaggle layouts), the FDIC failed-bank
list, a census extract, a sheet of "Column 1", "Column 2"; and an orders file where nothing names the customer or the
order. The command line exits with 2 and shows the mapping it guessed and how to choose with --map; the workspace is
left as it was. It never acts on an unsure guess for a required field.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from filemakers import write_xlsx
from shoplens.cli import main
from shoplens.errors import InputError
from shoplens.ingest.importer import plan_import, unsure_required, validate_plan
from shoplens.pipeline import import_file
from shoplens.workspace import Workspace


def write_csv(path: Path, rows) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def iris_kaggle(path: Path) -> Path:
    rows = [["Id", "SepalLengthCm", "SepalWidthCm", "PetalLengthCm", "PetalWidthCm", "Species"]]
    rows += [[str(i), "5.1", "3.5", "1.4", "0.2", "Iris-setosa"] for i in range(1, 151)]
    return write_csv(path, rows)


def iris_uci(path: Path) -> Path:
    rows = [["sepal_length", "sepal_width", "petal_length", "petal_width", "species"]]
    return write_csv(path, rows + [["6.3", "2.9", "5.6", "1.8", "virginica"]] * 150)


def failed_banks(path: Path) -> Path:
    rows = [["Bank Name", "City", "ST", "CERT", "Acquiring Institution", "Closing Date", "Fund"]]
    rows += [[f"First Bank {i}", "Springfield", "IL", str(10_000 + i), "United Bank", f"{i % 28 + 1}-Mar-19",
              str(10_500 + i)] for i in range(560)]
    return write_csv(path, rows)


def census(path: Path) -> Path:
    rows = [["State", "County", "Population", "Median age", "Households"]]
    rows += [["Ohio", f"County {i}", str(5_000 + 37 * i), str(30 + i % 20), str(2_000 + i)] for i in range(88)]
    return write_csv(path, rows)


def numbered_columns(path: Path) -> Path:
    rows = [["Column 1", "Column 2"]] + [[f"x{i}", f"{3 * i}.5"] for i in range(300)]
    write_xlsx(path, {"Sheet1": rows})
    return path


def orders_without_anyone(path: Path) -> Path:
    rows = [["下单时间", "实付金额", "商品"]] + [[f"2024-03-{d:02d} 10:00:00", "12.00", "tea"] for d in range(1, 29)]
    return write_csv(path, rows)


JUNK = [("iris.csv", iris_kaggle), ("iris_uci.csv", iris_uci), ("banklist.csv", failed_banks),
        ("census.csv", census), ("columns.xlsx", numbered_columns), ("orders.csv", orders_without_anyone)]


@pytest.mark.parametrize(("name", "make"), JUNK)
def test_junk_is_refused_on_the_command_line_with_the_guessed_mapping(tmp_path, capsys, name, make):
    path = make(tmp_path / name)
    ws = tmp_path / "shop.shoplens"
    Workspace.create(ws).close()
    assert main(["import", str(ws), str(path)]) == 2
    err = capsys.readouterr().err
    assert f'file "{name}"' in err and "The columns were read as: 1 " in err and "--map FIELD=COLUMN" in err
    with Workspace.open(ws) as opened:
        assert opened.summary()["customers"] == 0 and opened.summary()["imports"] == []


@pytest.mark.parametrize(("name", "make"), JUNK[1:])
def test_junk_is_refused_in_the_plan_the_wizard_checks(tmp_path, name, make):
    with Workspace.create(tmp_path / "shop.shoplens") as ws:
        plan = plan_import(ws, make(tmp_path / name))
        with pytest.raises(InputError):
            validate_plan(plan)


def test_an_unsure_id_is_shown_to_the_user_not_acted_on(tmp_path):
    with Workspace.create(tmp_path / "shop.shoplens") as ws:
        plan = plan_import(ws, iris_kaggle(tmp_path / "iris.csv"))
        validate_plan(plan)  # the wizard shows it, with its low confidence, for the user to accept or change
        assert [g.column for g in unsure_required(plan)] == ["Id"]
        assert unsure_required(plan, {"Id": "customer_ref"}) == []  # chosen by the user: acted on
        result = import_file(ws, tmp_path / "iris.csv", mapping={"1": "customer_ref"})
        assert result.customers_added == 150


def test_an_orders_file_naming_only_the_order_is_imported(tmp_path):
    rows = [["订单号", "下单时间", "实付金额"]] + [[f"A{d}", f"2024-03-{d:02d} 10:00:00", "12.00"] for d in range(1, 9)]
    with Workspace.create(tmp_path / "shop.shoplens") as ws:
        assert import_file(ws, write_csv(tmp_path / "o.csv", rows)).orders_added == 8
