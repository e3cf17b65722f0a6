"""Predictions over a workspace: summaries from orders, small-data refusal, recovery, holdout check, storage, CLI."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest

from segdata import insert_customers, insert_orders, make_shop, new_workspace, small_shop
from shoplens.cli import main
from shoplens.errors import InputError
from shoplens.predict import bgnbd
from shoplens.predict.bgnbd import BGNBDParams
from shoplens.predict.calibration import holdout_check
from shoplens.predict.data import day_number, purchase_days, summarise
from shoplens.predict.run import MIN_REPEAT_BUYERS, predict_customers
from shoplens.predict.store import (
    customer_prediction,
    join_predictions,
    latest_run,
    prediction_frame,
    refresh_predictions,
    save_run,
)
from shoplens.reports.calibration_chart import calibration_figure
from shoplens.workspace import Workspace

TRUTH = BGNBDParams(r=0.5, alpha=30.0, a=0.6, b=3.0)  # days: a purchase about every two months while active
END = dt.date(2024, 12, 31)


def simulated_shop(ws, customers: int = 3000, seed: int = 5, params: BGNBDParams = TRUTH) -> None:
    """Customers who first bought over two years, with repeat purchases drawn from BG/NBD (times in days)."""
    rng = np.random.default_rng(seed)
    end_day = day_number(END) + 1
    first = end_day - rng.integers(1, 730, customers)
    owners, times = bgnbd.simulate_times(params, (end_day - first).astype(float), seed)
    cust = np.concatenate([np.arange(customers), owners])
    days = np.concatenate([first, first[owners] + np.floor(times).astype(int)])
    days = np.minimum(days, end_day - 1)
    spend = rng.gamma(4.0, 1.0 / rng.gamma(3.0, 1 / 300.0, customers))  # mean order value per customer (cents/100)
    amount = np.maximum(100, rng.gamma(4.0, spend[cust] / 4.0) * 100).astype(int)
    insert_customers(ws, [{"id": int(i) + 1} for i in range(customers)])
    insert_orders(ws, [{"customer_id": int(c) + 1, "order_time": f"{(dt.date(1970, 1, 1) + dt.timedelta(days=int(d)))}"
                        " 12:00:00", "amount_cents": int(a)} for c, d, a in zip(cust, days, amount, strict=True)])


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    ws = new_workspace(tmp_path_factory.mktemp("predict"), "sim")
    simulated_shop(ws)
    yield ws
    ws.close()


def test_summary_from_orders(tmp_path) -> None:
    ws = new_workspace(tmp_path)
    insert_customers(ws, [{"id": 1}, {"id": 2}, {"id": 3}])
    insert_orders(ws, [
        {"customer_id": 1, "order_time": "2024-01-01 10:00:00", "amount_cents": 1000},
        {"customer_id": 1, "order_time": "2024-01-01 18:00:00", "amount_cents": 500},  # same day: one purchase
        {"customer_id": 1, "order_time": "2024-01-15 10:00:00", "amount_cents": 3000},
        {"customer_id": 1, "order_time": "2024-01-29 10:00:00", "amount_cents": 5000},
        {"customer_id": 1, "order_time": "2024-02-05 10:00:00", "amount_cents": 9000, "status": "refunded"},
        {"customer_id": 2, "order_time": "2024-01-08 10:00:00", "amount_cents": 2000},
        {"customer_id": 2, "order_time": "2024-01-20 10:00:00", "amount_cents": -2000},  # a refund row only
        {"customer_id": 3, "order_time": "2024-03-01 10:00:00", "amount_cents": 700},  # after the end
    ])
    # end_day is exclusive: the observation ends on 2024-02-12, and T is measured to that day (lifetimes' convention)
    summary = summarise(purchase_days(ws), day_number(dt.date(2024, 2, 13)), "days")
    assert list(summary.index) == [1, 2]
    one, two = summary.loc[1], summary.loc[2]
    assert (one["frequency"], one["recency"], one["T"], one["monetary"]) == (2, 28, 42, 40.0)
    assert (two["frequency"], two["recency"], two["T"]) == (0, 0, 35) and np.isnan(two["monetary"])
    weeks = summarise(purchase_days(ws), day_number(dt.date(2024, 2, 13)), "weeks")
    assert weeks.loc[1, "T"] == 6 and weeks.loc[1, "recency"] == 4


def test_purchase_days_skip_times_that_are_not_real_days(tmp_path) -> None:
    """Odd order times never count as a purchase day: not a date, 30 February, month 13, year 3014, text."""
    ws = new_workspace(tmp_path)
    insert_customers(ws, [{"id": 1}, {"id": 2}])
    insert_orders(ws, [
        {"customer_id": 1, "order_time": "1969-12-31 10:00:00", "amount_cents": 300},  # before 1970: a real day
        {"customer_id": 1, "order_time": "2024-01-01 10:00:00", "amount_cents": 1000},
        {"customer_id": 1, "order_time": "2024-02-30 10:00:00", "amount_cents": 1000},
        {"customer_id": 1, "order_time": "2024-13-01 10:00:00", "amount_cents": 1000},
        {"customer_id": 1, "order_time": "yesterday", "amount_cents": 1000},
        {"customer_id": 1, "order_time": "3014-01-01 10:00:00", "amount_cents": 1000},  # beyond what dates hold
        {"customer_id": 1, "order_time": None, "amount_cents": 1000},
        {"customer_id": 1, "order_time": "2024-03-01", "amount_cents": 250},  # a day without a time counts
        {"customer_id": 2, "order_time": "2024-03-01 09:00:00", "amount_cents": 0},  # free: a purchase day
        {"customer_id": 2, "order_time": "2024-03-02 09:00:00", "amount_cents": -100},  # a refund row alone: not
        {"customer_id": None, "order_time": "2024-03-01 09:00:00", "amount_cents": 800},  # a walk-in: nobody's
    ])
    days = purchase_days(ws)
    assert days.to_dict("list") == {"customer_id": [1, 1, 1, 2],
                                    "day": [-1, day_number(dt.date(2024, 1, 1)), day_number(dt.date(2024, 3, 1)),
                                            day_number(dt.date(2024, 3, 1))],
                                    "spend": [3.0, 10.0, 2.5, 0.0]}


def test_too_few_repeat_buyers_is_refused(tmp_path) -> None:
    ws = new_workspace(tmp_path)
    insert_customers(ws, [{"id": i} for i in range(1, 41)])
    rows = [{"customer_id": i, "order_time": "2024-01-05 10:00:00", "amount_cents": 1000} for i in range(1, 41)]
    rows += [{"customer_id": i, "order_time": "2024-02-05 10:00:00", "amount_cents": 1000}
             for i in range(1, MIN_REPEAT_BUYERS)]
    insert_orders(ws, rows)
    with pytest.raises(InputError, match=f"Only {MIN_REPEAT_BUYERS - 1} customers bought more than once"):
        predict_customers(ws)
    assert main(["predict", str(ws.path)]) == 2
    with pytest.raises(InputError, match="no paid orders"):
        predict_customers(ws, until=dt.date(2023, 12, 31))


def test_recovers_simulated_shop(shop) -> None:
    result = predict_customers(shop)
    p = result.bgnbd
    assert p.r == pytest.approx(TRUTH.r, rel=0.2)
    assert p.alpha == pytest.approx(TRUTH.alpha, rel=0.25)
    assert p.a == pytest.approx(TRUTH.a, rel=0.35)
    assert p.b == pytest.approx(TRUTH.b, rel=0.5)
    assert result.warnings == []
    t = result.table
    assert len(t) == 3000 and t["p_alive"].between(0, 1).all() and t["churn_risk"].between(0, 1).all()
    assert (t["value_12m"] >= 0).all() and result.gamma_gamma is not None
    # frequent recent buyers are worth more and more likely active than lapsed ones
    frequent = t[(t["frequency"] >= 5) & (t["T"] - t["recency"] < 30)]
    lapsed = t[(t["frequency"] >= 5) & (t["T"] - t["recency"] > 300)]
    assert frequent["p_alive"].mean() > lapsed["p_alive"].mean() + 0.3
    assert frequent["value_12m"].mean() > lapsed["value_12m"].mean()
    assert t["next_order"].dropna().min() >= "2025-01-01"


def test_units_change_only_alpha(shop) -> None:
    days = predict_customers(shop, unit="days")
    weeks = predict_customers(shop, unit="weeks")
    assert weeks.bgnbd.alpha == pytest.approx(days.bgnbd.alpha / 7, rel=1e-4)
    assert weeks.bgnbd.r == pytest.approx(days.bgnbd.r, rel=1e-4)
    assert np.allclose(weeks.table["expected_90"], days.table["expected_90"], rtol=1e-3)


def test_holdout_check_tracks_the_later_period(shop) -> None:
    check = holdout_check(shop, dt.date(2024, 6, 30))
    assert check.calibration_end == dt.date(2024, 6, 30) and check.holdout_end == END
    assert abs(check.error) < 0.08  # the model the data came from predicts the holdout well
    assert check.by_frequency["frequency"].iloc[-1] == "7+"
    last = check.tracking.iloc[-1]
    assert last["predicted"] == pytest.approx(last["actual"], rel=0.08)
    fig = calibration_figure(check, "zh_CN")
    assert len(fig.axes) == 2 and fig.axes[0].get_title() == "累计复购次数"
    with pytest.raises(InputError, match="no orders after"):
        holdout_check(shop, END)


def test_save_load_and_join(shop) -> None:
    result = predict_customers(shop, discount=0.01)
    run_id = save_run(shop, result)
    run = latest_run(shop.conn)
    assert run["id"] == run_id and run["params"]["r"] == pytest.approx(result.bgnbd.r)
    assert run["details"]["discount_monthly"] == 0.01
    one = customer_prediction(shop.conn, 1)
    row = result.table.loc[1]
    assert one["p_alive"] == pytest.approx(row["p_alive"]) and one["value_12m_cents"] == round(row["value_12m"] * 100)
    frame = prediction_frame(shop)
    assert frame["predicted_value_12m"].loc[1] == pytest.approx(row["value_12m"], abs=0.01)
    joined = join_predictions(shop, frame[[]].iloc[:5])
    assert list(joined.columns) == ["p_alive", "churn_risk", "expected_orders_90", "predicted_value_12m"]
    assert refresh_predictions(shop) is True and latest_run(shop.conn)["id"] == run_id + 1


def test_cli_json(shop, capsys) -> None:
    assert main(["predict", str(shop.path), "--until", "2024-06-30", "--unit", "weeks", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data["params"]) == {"r", "alpha", "a", "b", "p", "q", "gamma"}
    assert data["unit"] == "weeks" and data["as_of"] == "2024-07-01" and data["saved"] is False
    assert data["params"]["alpha"] == pytest.approx(TRUTH.alpha / 7, rel=0.3)
    assert data["holdout"]["calibration_end"] == "2024-06-30" and data["customers"] > 2000
    assert main(["predict", str(shop.path), "--until", "30/06/2024"]) == 2
    assert "is not a date" in capsys.readouterr().err


def test_cli_text_saves(tmp_path, capsys) -> None:
    ws = new_workspace(tmp_path)
    make_shop(ws, customers=600, seed=3)
    path = str(ws.path)
    ws.close()
    assert main(["predict", path, "--lang", "zh", "--plot", str(tmp_path / "check.png")]) == 0
    out = capsys.readouterr().out
    assert "BG/NBD: r=" in out and "已保存到工作区" in out
    assert (tmp_path / "check.png").stat().st_size > 10_000
    # plain words first: the bands, then the check's word; the parameters only under 详细 (Details)
    assert out.index("未来12个月再次购买的可能性：高") < out.index("详细（时间单位：天）") < out.index("BG/NBD: r=")
    assert any(w in out for w in ("，接近）", "，大致接近）", "，偏差较大）"))
    # the bands count the saved predictions, every predicted customer once
    from shoplens.predict.words import band_counts

    with Workspace.open(path, readonly=True) as ws:
        risks = [r[0] for r in ws.conn.execute("SELECT churn_risk FROM predictions")]
        stored = latest_run(ws.conn)["details"]["buy_again"]
    assert stored == band_counts(risks) and sum(stored.values()) == len(risks) > 500
    assert f"高 {stored['high']:,} 人，中 {stored['medium']:,} 人，低 {stored['low']:,} 人" in out


def test_tag_rules_read_predictions(shop) -> None:
    from shoplens.tags.evaluate import Context, customer_frame, evaluate
    from shoplens.tags.rules import validate_rule

    save_run(shop, predict_customers(shop))
    frame, as_of = customer_frame(shop)
    ctx = Context(frame, as_of)
    risky = evaluate(validate_rule({"field": "churn_risk", "op": ">", "value": 0.8}), ctx)
    stored = prediction_frame(shop)
    assert risky.sum() == int((stored["churn_risk"] > 0.8).sum()) > 0
    top = evaluate(validate_rule({"field": "predicted_value_12m", "op": "top_pct", "value": 10}), ctx)
    assert top.sum() == pytest.approx(len(stored) * 0.1, abs=2)


def test_kmeans_with_predicted_features(shop, tmp_path) -> None:
    from shoplens.segmentation.build import build_run, relabel

    save_run(shop, predict_customers(shop))
    columns = ["recency_days", "frequency", "monetary", "predicted_value_12m", "p_alive"]
    result = build_run(shop, "kmeans", k=3, columns=columns)
    assert result.parameters["model"]["columns"] == columns
    assert set(result.labels.unique()) >= {"cluster_1", "cluster_2", "cluster_3"}
    from shoplens.features.metrics import compute_features

    # refreshing the run with metrics only (no prediction columns) still assigns everyone
    again = relabel("kmeans", result.parameters, compute_features(shop))
    assert len(again) == len(result.labels)
    empty = new_workspace(tmp_path)
    make_shop(empty, customers=300, seed=2)
    with pytest.raises(InputError, match="no predictions"):
        build_run(empty, "kmeans", k=3, columns=columns)


def test_refresh_derived_refits_once_predictions_exist(tmp_path) -> None:
    from shoplens.derived import refresh_derived

    ws = new_workspace(tmp_path)
    simulated_shop(ws, customers=800, seed=9)
    with ws.transaction():
        refresh_derived(ws)
    assert latest_run(ws.conn) is None  # never fitted: nothing is computed behind the shop's back
    save_run(ws, predict_customers(ws, unit="weeks"))
    insert_orders(ws, [{"customer_id": 1, "order_time": "2025-01-20 10:00:00", "amount_cents": 5000}])
    with ws.transaction():
        refresh_derived(ws)
    run = latest_run(ws.conn)
    assert run["as_of"] == "2025-01-21" and run["unit"] == "weeks"
    assert customer_prediction(ws.conn, 1)["as_of"] == "2025-01-21"


def test_small_shop_runs_with_a_note(tmp_path, capsys) -> None:
    ws = new_workspace(tmp_path)
    small_shop(ws)
    result = predict_customers(ws)
    assert MIN_REPEAT_BUYERS <= result.repeat_buyers < 100
    assert ("few_repeat", {"n": result.repeat_buyers}) in result.notes
    path = str(ws.path)
    ws.close()
    assert main(["predict", path, "--lang", "zh"]) == 0
    assert f"注意：只有 {result.repeat_buyers} 位客户复购过" in capsys.readouterr().out


def test_refresh_with_too_little_data_removes_stale_predictions(tmp_path) -> None:
    ws = new_workspace(tmp_path)
    simulated_shop(ws, customers=500, seed=2)
    save_run(ws, predict_customers(ws))
    with ws.transaction() as conn:
        conn.execute("UPDATE orders SET status = 'cancelled' WHERE id > 30")  # first orders of 30 customers left
    assert refresh_predictions(ws) is False
    assert ws.conn.execute("SELECT count(*) FROM predictions").fetchone()[0] == 0
    assert latest_run(ws.conn) is not None  # kept, so the next refresh with enough data fits again


def test_a_purchase_on_the_observation_end_counts_with_no_age(tmp_path) -> None:
    ws = new_workspace(tmp_path)
    insert_customers(ws, [{"id": 1}, {"id": 2}])
    insert_orders(ws, [
        {"customer_id": 1, "order_time": "2024-01-01 10:00:00", "amount_cents": 1000},
        {"customer_id": 1, "order_time": "2024-01-31 23:00:00", "amount_cents": 2000},  # on the observation end
        {"customer_id": 2, "order_time": "2024-01-31 09:00:00", "amount_cents": 500},
        {"customer_id": 2, "order_time": "2024-02-01 09:00:00", "amount_cents": 500},  # the day after: not counted
    ])
    summary = summarise(purchase_days(ws), day_number(dt.date(2024, 2, 1)), "days")
    assert (summary.loc[1, "frequency"], summary.loc[1, "recency"], summary.loc[1, "T"]) == (1, 30, 30)
    assert (summary.loc[2, "frequency"], summary.loc[2, "T"]) == (0, 0)


def cdnow_raw_workspace(tmp_path):
    """A workspace holding the CDNOW sample's 6,919 raw transactions (tests/fixtures/cdnow_sample.txt.gz), one
    customer per id of the 2,357, one order per transaction line."""
    import gzip
    from pathlib import Path

    lines = gzip.open(Path(__file__).parent / "fixtures" / "cdnow_sample.txt.gz", "rt").read().split("\n")
    rows = [line.split() for line in lines if line.strip()]
    assert len(rows) == 6919
    ws = new_workspace(tmp_path)
    insert_customers(ws, [{"id": i} for i in range(1, 2358)])
    insert_orders(ws, [{"customer_id": int(r[1]), "order_time": f"{r[2][:4]}-{r[2][4:6]}-{r[2][6:]} 12:00:00",
                        "amount_cents": round(float(r[4]) * 100)} for r in rows])
    return ws


def test_until_reproduces_the_published_cdnow_estimates_from_raw_transactions(tmp_path) -> None:
    """--until D makes D the observation end, as lifetimes and PyMC-Marketing do: fitted on the CDNOW sample's raw
    transactions up to 1997-09-30 in weeks, BG/NBD lands within 0.5% of Fader, Hardie & Lee (2005) and
    Gamma-Gamma within 0.5% of Fader & Hardie (2013). (Measured to D + 1 day, a was 0.8145 and b 2.477.)"""
    ws = cdnow_raw_workspace(tmp_path)
    run = predict_customers(ws, until=dt.date(1997, 9, 30), unit="weeks")
    assert len(run.table) == 2357
    assert run.table["T"].max() == pytest.approx(272 / 7)  # first purchase 1997-01-01, observation end 1997-09-30
    got = run.params()
    published = {"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426, "p": 6.25, "q": 3.74, "gamma": 15.44}
    for name, value in published.items():
        assert got[name] == pytest.approx(value, rel=0.005), name


def test_cli_until_is_the_observation_end(tmp_path, capsys) -> None:
    ws = cdnow_raw_workspace(tmp_path)
    path = str(ws.path)
    ws.close()
    assert main(["predict", path, "--until", "1997-09-30", "--unit", "weeks", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["params"]["a"] == pytest.approx(0.793, rel=0.005)
    assert out["params"]["b"] == pytest.approx(2.426, rel=0.005)
