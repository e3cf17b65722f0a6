"""refresh_derived after an import: saved segmentation runs get a new snapshot (movement), progress never goes back."""

from __future__ import annotations

import csv

from shopdata import build_small_workspace
from shoplens.derived import TOTAL, MonotoneProgress, refresh_derived
from shoplens.pipeline import import_file
from shoplens.progress import Reporter
from shoplens.segmentation.build import build_run
from shoplens.segmentation.runs import movement_since_previous, save_run, snapshots


def write_pos(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["小票号", "销售时间", "会员卡号", "商品名称", "品类", "数量", "实收金额", "门店"])
        writer.writerows(rows)
    return path


def test_an_import_takes_a_snapshot_of_every_saved_run_and_movement_shows_it(tmp_path):
    ws = build_small_workspace(tmp_path / "shop.shoplens", customers=60, orders=1500)
    try:
        grid = save_run(ws, build_run(ws, "rfm-grid"))
        cn8 = save_run(ws, build_run(ws, "rfm-cn8"))
        assert movement_since_previous(ws, grid) is None
        # customer 1 never bought: a new purchase moves them out of "No imported orders"; others buy a lot
        rows = [[f"N{i:04d}", f"2025-02-{1 + i % 27:02d} 10:00:00", "M00001" if i < 3 else f"M{2 + i % 20:05d}",
                 "龙井", "绿茶", "1", "¥500.00", "一店"] for i in range(60)]
        events = []
        import_file(ws, write_pos(tmp_path / "pos.csv", rows), progress=lambda d, t, m: events.append((d, t, m)))
        for run_id in (grid, cn8):
            snaps = snapshots(ws, run_id)
            assert [s["reason"] for s in snaps] == ["run", "refresh"]
            assert snaps[1]["as_of"] > snaps[0]["as_of"]
        moved = movement_since_previous(ws, grid)
        assert moved is not None and moved["moved"] > 0
        assert any(m["from"] == "no_purchases" and m["to"] != "no_purchases" and m["customers"] == 1
                   for m in moved["moves"])
        assert sum(m["customers"] for m in moved["moves"]) == 60
        assert events and events[-1][0] == events[-1][1]
    finally:
        ws.close()


def test_refresh_progress_is_one_bar_that_never_goes_back(tmp_path):
    ws = build_small_workspace(tmp_path / "shop.shoplens", customers=80, orders=2000)
    try:
        save_run(ws, build_run(ws, "rfm-grid"))
        seen = []
        with ws.transaction():
            refresh_derived(ws, Reporter(lambda d, t, m: seen.append((d, t, m))))
        values = [d for d, _t, _m in seen]
        assert {t for _d, t, _m in seen} == {TOTAL}
        assert values == sorted(values) and values[0] == 0 and values[-1] == TOTAL
        messages = [m for _d, _t, m in seen]
        assert "Updating segments" in messages
    finally:
        ws.close()


def test_monotone_progress_maps_parts_to_their_ranges():
    seen = []
    bar = MonotoneProgress(lambda d, t, m: seen.append(d))
    bar.part("metrics")(5, 5)
    bar.part("segments")(0, 2)  # the start of the next part is never below the end of the last
    bar.part("segments")(1, 2)
    bar.part("metrics")(1, 5)  # a late report of an earlier part does not move the bar back
    bar.part("tags")(3, 0)
    bar.part("tags")(10, 10)
    assert seen == [500, 500, 600, 600, 700, 1000]
