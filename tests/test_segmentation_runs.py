"""Saved runs: save/load, edit, compare, movement after a later import, and the `segment` command."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import segdata
from shoplens import cli
from shoplens.errors import InputError
from shoplens.segmentation import runs as R
from shoplens.segmentation.build import build_run
from shoplens.segmentation.schemes import custom_scheme


@pytest.fixture
def shop(tmp_path):
    ws = segdata.new_workspace(tmp_path)
    counts = segdata.make_shop(ws, 600, seed=11)
    yield ws, counts
    ws.close()


def test_save_and_load_round_trip(shop):
    ws, counts = shop
    run = build_run(ws, "rfm-grid")
    run_id = R.save_run(ws, run)
    loaded = R.load_run(ws, run_id)
    assert loaded.id == run_id and loaded.method == "rfm-grid" and loaded.as_of == run.as_of
    assert loaded.customers == counts["customers"]
    assert loaded.labels.sort_index().equals(run.labels.sort_index())
    assert [(s.label, s.size, s.revenue_cents, s.strategy_zh) for s in loaded.segments] == \
        [(s.label, s.size, s.revenue_cents, s.strategy_zh) for s in run.segments]
    assert sum(s.size for s in loaded.segments) == counts["customers"]
    no_purchase = loaded.segment("no_purchases")
    assert no_purchase.size == (loaded.labels == "no_purchases").sum() and no_purchase.revenue_cents == 0
    assert R.list_runs(ws)[0]["id"] == run_id
    # revenue per segment is the members' net spend
    total = ws.conn.execute("SELECT sum(amount_cents) FROM orders WHERE status = 'paid' AND customer_id IS NOT NULL"
                            ).fetchone()[0]
    member_only = ws.conn.execute("SELECT coalesce(sum(agg_total_spend_cents), 0) FROM customers").fetchone()[0]
    assert sum(s.revenue_cents for s in loaded.segments) <= total + member_only


def test_edit_names_and_strategies(shop):
    ws, _ = shop
    run_id = R.save_run(ws, build_run(ws, "rfm-cn8"))
    R.update_segment(ws, run_id, "important_value", name_en="VIPs", strategy_zh="邀请参加品鉴会")
    seg = R.load_run(ws, run_id).segment("important_value")
    assert (seg.name_en, seg.name_zh, seg.strategy_zh) == ("VIPs", "重要价值客户", "邀请参加品鉴会")
    with pytest.raises(InputError):
        R.update_segment(ws, run_id, "nope", name_en="x")
    with pytest.raises(InputError):
        R.update_segment(ws, run_id, "important_value", name_en="  ")


def test_compare_runs_cross_table(shop):
    ws, counts = shop
    a = R.save_run(ws, build_run(ws, "rfm-cn8"))
    b = R.save_run(ws, build_run(ws, "rfm-grid"))
    table = R.compare_runs(ws, a, b)
    assert int(table.to_numpy().sum()) == counts["customers"]
    assert list(table.index)[0] == "important_value" and list(table.columns)[0] == "champions"
    assert table.loc["no_purchases", "no_purchases"] == (R.load_run(ws, a).labels == "no_purchases").sum()
    with pytest.raises(InputError):
        R.compare_runs(ws, a, 999)


def test_movement_after_a_later_import(shop):
    ws, counts = shop
    as_of = dt.date(2024, 7, 1)
    run_id = R.save_run(ws, build_run(ws, "rfm-grid", as_of=as_of))
    assert R.movement_since_previous(ws, run_id) is None
    assert R.refresh_runs(ws, as_of=as_of) == []  # nothing changed: no new snapshot
    # three months later: some hibernating customers come back, and one new customer buys
    sleepers = R.load_run(ws, run_id).labels
    sleepers = sleepers[sleepers == "hibernating"].index[:5].tolist()
    segdata.insert_customers(ws, [{"id": 10_000}])
    rows = [{"customer_id": c, "order_time": f"2024-09-{10 + i:02d} 11:00:00", "amount_cents": 90000}
            for i, c in enumerate(sleepers)]
    rows.append({"customer_id": 10_000, "order_time": "2024-09-29 15:00:00", "amount_cents": 3000})
    segdata.insert_orders(ws, rows)
    created = R.refresh_runs(ws)
    assert len(created) == 1
    moved = R.movement_since_previous(ws, run_id)
    assert moved["from_as_of"] == "2024-07-01" and moved["to_as_of"] == "2024-09-30"
    assert sum(m["customers"] for m in moved["moves"]) == counts["customers"] + 1
    new = [m for m in moved["moves"] if m["from"] == R.OUTSIDE]
    assert new == [{"from": R.OUTSIDE, "to": "new_customers", "customers": 1}]
    back = {m["to"]: m["customers"] for m in moved["moves"] if m["from"] == "hibernating" and m["to"] != "hibernating"}
    assert sum(back.values()) >= 5 and set(back) <= {"new_customers", "promising", "potential_loyalist", "champions",
                                                     "about_to_sleep", "needs_attention", "loyal", "at_risk",
                                                     "cant_lose_them"}
    # the run itself keeps its members as of its date
    assert R.load_run(ws, run_id).labels.loc[sleepers].eq("hibernating").all()
    # a re-run of the same scheme compares with the refreshed snapshot
    rerun = R.save_run(ws, build_run(ws, "rfm-grid"))
    again = R.movement_since_previous(ws, rerun)
    assert again["from_snapshot"] == created[0] and again["moved"] == 0
    assert len(R.snapshots(ws)) == 3


def test_movement_between_runs(shop):
    ws, counts = shop
    a = R.save_run(ws, build_run(ws, "rfm-grid", as_of=dt.date(2024, 1, 1)))
    b = R.save_run(ws, build_run(ws, "rfm-grid"))
    moves = R.movement(ws, a, b)
    assert sum(m["customers"] for m in moves) == counts["customers"]
    assert moves == sorted(moves, key=lambda m: -m["customers"])


def test_custom_and_kmeans_runs_refresh(shop):
    ws, _ = shop
    scheme = custom_scheme("Two halves", [{"key": "recent", "name_zh": "近期", "r": [4, 5]},
                                          {"key": "older", "name_zh": "较早", "r": [1, 2, 3]}])
    custom = R.save_run(ws, build_run(ws, "custom", scheme=scheme))
    km = R.save_run(ws, build_run(ws, "kmeans", k=3))
    assert {s.label for s in R.load_run(ws, custom).segments} >= {"recent", "older"}
    segdata.insert_orders(ws, [{"customer_id": 1, "order_time": "2024-08-01 10:00:00", "amount_cents": 100}])
    assert len(R.refresh_runs(ws)) == 2
    assert R.movement_since_previous(ws, km)["moved"] >= 0
    before = set(ws.backups())
    R.delete_run(ws, km)
    assert [r["id"] for r in R.list_runs(ws)] == [custom]
    made = set(ws.backups()) - before  # deleting a run is destructive: a copy was made first
    assert len(made) == 1 and "before-deleting-a-segmentation" in next(iter(made)).name


def test_segment_command_json(shop, capsys):
    ws, counts = shop
    ws.close()
    for scheme, extra in (("rfm-cn8", ["--threshold", "median"]), ("rfm-grid", []), ("kmeans", ["--k", "4"])):
        assert cli.main(["segment", str(ws.path), "--scheme", scheme, "--json", *extra]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["scheme"] == scheme and data["as_of"] == "2024-07-01" and data["run_id"] > 0
        assert sum(s["size"] for s in data["segments"]) == counts["customers"]
        assert all(isinstance(s["size"], int) and isinstance(s["revenue"], float) for s in data["segments"])
        assert all(s["name_en"] and s["name_zh"] for s in data["segments"])
    assert cli.main(["segment", str(ws.path), "--scheme", "rfm-grid", "--as-of", "2023-12-31"]) == 0
    out = capsys.readouterr().out
    assert "as of 2023-12-31" in out and "Champions" in out


@pytest.mark.parametrize("args, message", [
    (["--scheme", "rfm-grid", "--as-of", "31/12/2023"], "not a date"),
    (["--scheme", "kmeans", "--k", "5000"], "fewer than the 5000 groups"),
    (["--scheme", "rfm-grid", "--k", "3"], "--k only applies"),
    (["--scheme", "rfm-grid", "--as-of", "2000-01-01"], "nothing to segment"),
])
def test_segment_command_bad_input(shop, capsys, args, message):
    ws, _ = shop
    ws.close()
    assert cli.main(["segment", str(ws.path), *args]) == 2
    assert message in capsys.readouterr().err


def test_run_names_given_by_shoplens_read_in_chinese():
    assert R.display_name("China's eight customer types (median)", "zh_CN") == "RFM 八类客户（中位数）"
    assert R.display_name("R×F grid (ten segments)", "zh_CN") == "R×F 十类客户"
    assert R.display_name("KMeans (4 groups)", "zh_CN") == "KMeans 聚类（4 组）"
    assert R.display_name("Spring VIPs", "zh_CN") == "Spring VIPs"  # the user's own name is kept
    assert R.display_name("KMeans (4 groups)", "en") == "KMeans (4 groups)"
