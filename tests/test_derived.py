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


def _counts(ws) -> tuple[int, int, int]:
    """(customers with suggestions, prediction runs, members of the tag 'Has a suggestion')."""
    one = ws.conn.execute
    return (one("SELECT count(DISTINCT customer_id) FROM suggestions").fetchone()[0],
            one("SELECT count(*) FROM prediction_runs").fetchone()[0],
            one("SELECT count(*) FROM customer_tags t JOIN tag_defs d ON d.id = t.tag_id"
                " WHERE d.name_en = 'Has a suggestion'").fetchone()[0])


def test_an_import_leaves_predictions_and_suggestions_to_their_own_step(tmp_path):
    """The app shows an import's data at once and runs the analyses after it (several files: once). Until then they
    are due; the follow-up fits the first predictions, counts the suggestions and re-evaluates the tags testing them."""
    from homedata import planted_shop, write_files
    from shoplens.pipeline import update_analyses
    from shoplens.predict.store import analyses_due
    from shoplens.tags.model import TagDef
    from shoplens.tags.store import save_tag
    from shoplens.workspace import Workspace

    members, orders = write_files(tmp_path, planted_shop())
    ws = Workspace.create(tmp_path / "shop.shoplens")
    try:
        save_tag(ws, TagDef("Has a suggestion", "有建议商品", "interest",
                            {"not": {"field": "suggested_product", "op": "empty"}}))
        import_file(ws, orders, analyses=False)
        assert analyses_due(ws)
        assert _counts(ws) == (0, 0, 0)
        buyers = ws.conn.execute("SELECT count(*) FROM features WHERE frequency > 0").fetchone()[0]
        assert buyers > 100  # the data itself is in: metrics, and the first import's segmentation and tags
        assert ws.conn.execute("SELECT count(*) FROM segmentations").fetchone()[0] == 1

        update_analyses(ws)
        suggested, runs, tagged = _counts(ws)
        assert not analyses_due(ws) and runs == 1
        assert 0 < suggested <= buyers and tagged == suggested  # the tag follows the suggestions just counted

        import_file(ws, members, analyses=False)  # a member list: due again, and the next update refits
        assert analyses_due(ws)
        update_analyses(ws)
        assert not analyses_due(ws) and _counts(ws)[1] == 2
    finally:
        ws.close()


def test_a_cancelled_follow_up_keeps_the_import_and_stays_due(tmp_path):
    from homedata import planted_shop, write_files
    from shoplens.errors import Cancelled
    from shoplens.pipeline import update_analyses
    from shoplens.predict.store import analyses_due
    from shoplens.workspace import Workspace

    _members, orders = write_files(tmp_path, planted_shop())
    ws = Workspace.create(tmp_path / "shop.shoplens")
    try:
        stop = []

        def progress(_done, _total, message):
            if message == "Updating suggestions":
                stop.append(True)

        try:
            import_file(ws, orders, progress=progress, cancelled=lambda: bool(stop))
        except Cancelled:
            pass
        else:
            raise AssertionError("the follow-up was not cancelled")
        assert ws.conn.execute("SELECT count(*) FROM orders").fetchone()[0] > 500  # the import itself stays
        assert analyses_due(ws) and _counts(ws)[:2] == (0, 0)  # nothing half-done from the follow-up
        update_analyses(ws)
        assert not analyses_due(ws) and _counts(ws)[0] > 0
    finally:
        ws.close()


def test_the_cli_analyses_several_files_once_after_the_last(tmp_path, monkeypatch, capsys):
    """`shoplens import WS A B` writes both files, then fits predictions and counts suggestions once."""
    from homedata import planted_shop, write_files
    from shoplens import derived
    from shoplens.cli import main
    from shoplens.predict.store import analyses_due
    from shoplens.workspace import Workspace

    members, orders = write_files(tmp_path, planted_shop())
    runs = []
    real = derived.refresh_suggestions
    monkeypatch.setattr(derived, "refresh_suggestions", lambda *a, **k: runs.append(1) or real(*a, **k))
    path = tmp_path / "cli.shoplens"
    assert main(["import", str(path), str(orders), str(members)]) == 0
    assert len(runs) == 1
    ws = Workspace.open(path)
    try:
        suggested, runs_saved, _ = _counts(ws)
        assert not analyses_due(ws) and suggested > 0 and runs_saved == 1
    finally:
        ws.close()
