"""Generic English headers are matched by their words, YYYYMMDD integers are dates, and values never override a
clear header (files laid out as public data sets are: CDNOW's customer_id/date/number_of_cds/dollar_value)."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pandas as pd
import pytest

from shoplens.ingest import normalize as nz
from shoplens.ingest.mapping import guess_mapping, header_words
from shoplens.ingest.readers import read_table
from shoplens.pipeline import import_file
from shoplens.workspace import Workspace


@pytest.mark.parametrize(("header", "words"), [
    ("customer_id", ["customer", "id"]), ("_id", ["id"]), ("CustomerID", ["customer", "id"]),
    ("orderDate", ["order", "date"]), ("number_of_cds", ["number", "of", "cds"]), ("Amount (USD)", ["amount", "usd"]),
    ("price-total", ["price", "total"]), ("SKU2Code", ["sku", "2", "code"]), ("下单时间", ["下单时间"]),
])
def test_headers_split_into_words(header, words):
    assert header_words(header) == words


def _mapping(path: Path) -> dict[str, str]:
    return {g.column: g.field for g in guess_mapping(read_table(path))}


def write_csv(path: Path, rows) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def cdnow_rows(customers: int, seed: int = 3) -> list[list[str]]:
    """Rows shaped as CDNOW's sample: zero-padded customer ids, YYYYMMDD dates, CD counts, dollar values."""
    rng = random.Random(seed)
    rows = []
    for c in range(1, customers + 1):
        for _ in range(rng.randint(1, 5)):
            rows.append([f"{c * 7:05d}", f"{c:04d}", f"1997{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}",
                         str(rng.randint(1, 6)), f"{rng.uniform(5, 90):.2f}"])
    rows.append(list(rows[-1]))  # the same purchase twice
    return rows


@pytest.mark.parametrize(("header", "expected"), [
    (["_id", "id", "date", "cds_bought", "spent"],
     {"_id": "customer_ref", "id": "", "date": "order_time", "cds_bought": "quantity", "spent": "amount"}),
    (["customer_id", "id", "date", "number_of_cds", "dollar_value"],
     {"customer_id": "customer_ref", "id": "", "date": "order_time", "number_of_cds": "quantity",
      "dollar_value": "amount"}),
    (["userId", "x", "timestamp", "units", "revenue"],
     {"userId": "customer_ref", "x": "", "timestamp": "order_time", "units": "quantity", "revenue": "amount"}),
    (["client", "x", "day", "qty", "price_total"],
     {"client": "customer_ref", "x": "", "day": "order_time", "qty": "quantity", "price_total": "amount"}),
])
def test_generic_headers_are_matched_by_their_words(tmp_path, header, expected):
    path = write_csv(tmp_path / "t.csv", [header, *cdnow_rows(40)])
    assert _mapping(path) == expected


def test_the_cdnow_layout_imports_as_orders_with_every_row(tmp_path):
    rows = cdnow_rows(300)
    path = write_csv(tmp_path / "cdnow.csv", [["_id", "id", "date", "cds_bought", "spent"], *rows])
    with Workspace.create(tmp_path / "shop.shoplens") as ws:
        result = import_file(ws, path)
        assert result.kind == "orders" and result.customers_added == 300 and result.orders_added == len(rows)
        revenue = ws.conn.execute("SELECT sum(amount_cents) FROM orders").fetchone()[0]
        assert revenue == round(sum(float(r[4]) for r in rows) * 100)
        first = ws.conn.execute("SELECT min(order_time) FROM orders").fetchone()[0]
        assert first.startswith("1997-")


def test_eight_digit_dates_are_dates_not_phone_numbers():
    shares = nz.looks_like(["19970101", "19971231", "20240229", "19980630"])
    assert shares["date"] == 1.0 and shares["phone"] == 0.0
    values, invalid = nz.parse_datetime(pd.Series(["19970101", "202403051430", "20240305143000", "19971332"]))
    assert values.tolist()[:3] == ["1997-01-01 00:00:00", "2024-03-05 14:30:00", "2024-03-05 14:30:00"]
    assert invalid.tolist() == [False, False, False, True]


def test_values_never_override_a_clear_header(tmp_path):
    rows = [["会员号", "date", "amount"]] + [[f"M{i}", f"1380013{i:04d}", "10"] for i in range(20)]
    mapping = _mapping(write_csv(tmp_path / "t.csv", rows))
    assert mapping["date"] == "order_time"  # phone-like values under a date header: the header wins (and the
    # cells become per-cell problems at import), no phone column is made up


def test_a_bare_id_of_unique_values_is_an_unsure_guess(tmp_path):
    rows = [["Id", "SepalLengthCm", "Species"]] + [[str(i), "5.1", "Iris-setosa"] for i in range(1, 151)]
    guesses = {g.column: g for g in guess_mapping(read_table(write_csv(tmp_path / "iris.csv", rows)))}
    assert guesses["Id"].field in ("customer_ref", "") and guesses["Id"].confidence < 0.6
