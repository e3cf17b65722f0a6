"""Every row of a file without order numbers is an order, identical rows included; overlapping exports still match."""

from __future__ import annotations

import csv
from pathlib import Path

from shoplens.cleaning.recipe import Recipe, Step
from shoplens.pipeline import apply_recipe, import_file
from shoplens.workspace import Workspace

HEADER = ["手机号", "下单时间", "实付金额", "商品"]
ROWS = [["13800138000", "2024-03-05 10:00:00", "12.00", "tea"],
        ["13800138000", "2024-03-05 10:00:00", "12.00", "tea"],  # the same purchase again: two teas that morning
        ["13800138001", "2024-03-06 11:00:00", "30.00", "cake"],
        ["13800138000", "2024-03-05 10:00:00", "12.00", "tea"]]


def write_csv(path: Path, rows) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([HEADER, *rows])
    return path


def _figures(ws: Workspace) -> tuple[int, int]:
    return ws.conn.execute("SELECT count(*), sum(amount_cents) FROM orders").fetchone()


def test_identical_rows_are_orders_of_their_own_and_the_notice_counts_them(tmp_path):
    with Workspace.create(tmp_path / "shop.shoplens") as ws:
        result = import_file(ws, write_csv(tmp_path / "a.csv", ROWS))
        assert result.orders_added == 4 and _figures(ws) == (4, 6600)
        notice = next(p for p in result.problems if p.code == "duplicate_rows")
        assert notice.count == 2 and "2 rows repeat an earlier row exactly" in notice.message


def test_an_overlapping_export_imported_again_adds_only_what_is_new(tmp_path):
    with Workspace.create(tmp_path / "shop.shoplens") as ws:
        import_file(ws, write_csv(tmp_path / "a.csv", ROWS), channel="pos")  # the channel is part of a row's key
        later = [*ROWS[:2], ["13800138001", "2024-03-07 09:00:00", "8.00", "tea"]]  # overlaps the first file
        result = import_file(ws, write_csv(tmp_path / "b.csv", later), channel="pos")
        assert (result.orders_added, result.orders_already_known) == (1, 2)
        more = import_file(ws, write_csv(tmp_path / "c.csv", [*ROWS, ROWS[0]]), channel="pos")  # one more of the same tea
        assert (more.orders_added, more.orders_already_known) == (1, 4)
        assert _figures(ws) == (6, 6600 + 800 + 1200)


def test_the_cleaning_step_drops_exact_duplicate_rows_and_can_be_undone(tmp_path):
    with Workspace.create(tmp_path / "shop.shoplens") as ws:
        import_file(ws, write_csv(tmp_path / "a.csv", ROWS))
        apply_recipe(ws, Recipe([Step("duplicate_rows")]))
        assert _figures(ws) == (2, 4200)
        apply_recipe(ws, Recipe([Step("duplicate_rows", enabled=False)]))
        assert _figures(ws) == (4, 6600)
