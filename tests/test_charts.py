"""Dashboard figures and charts: right numbers, Chinese labels drawn with a CJK font, PNG/SVG export."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from shoplens.reports import charts, dashboard
from shoplens.workspace import Workspace


@pytest.fixture
def ws(tmp_path):
    with Workspace.create(tmp_path / "s.shoplens") as workspace:
        rows = [  # (customer, time, cents, status)
            (1, "2024-01-05 10:00:00", 1000, "paid"), (1, "2024-02-05 10:00:00", 3000, "paid"),
            (2, "2024-01-20 10:00:00", 2000, "paid"), (3, "2024-03-01 10:00:00", 5000, "refunded"),
            (3, "2024-03-02 10:00:00", 4000, "paid"), (None, "2024-03-03 10:00:00", 999, "paid"),
        ]
        workspace.conn.executemany("INSERT INTO customers(id, first_import_id) VALUES (?, 1)", [(1,), (2,), (3,)])
        workspace.conn.executemany(
            "INSERT INTO orders(customer_id, import_id, source_row, order_time, amount_cents, status, dedup_key)"
            " VALUES (?, 1, ?, ?, ?, ?, ?)",
            [(c, i, t, a, s, f"k{i}") for i, (c, t, a, s) in enumerate(rows)])
        yield workspace


def test_kpis(ws):
    k = dashboard.kpis(ws)
    assert k.as_of == dt.date(2024, 3, 4)
    assert k.customers == 3 and k.buyers == 3
    assert k.revenue == pytest.approx(109.99)  # the refund is out, the walk-in sale is in
    assert k.orders == 5
    assert k.repeat_rate == pytest.approx(1 / 3)
    assert k.aov == pytest.approx(109.99 / 5)
    assert k.active_90 == 3
    assert dashboard.kpis(ws, as_of=dt.date(2024, 7, 1)).active_90 == 0


def test_monthly_and_cohorts(ws):
    m = dashboard.monthly(ws.conn)
    assert m["month"].tolist() == ["2024-01", "2024-02", "2024-03"]
    assert m["revenue"].tolist() == pytest.approx([30.0, 30.0, 49.99])
    c = dashboard.cohorts(ws.conn)
    assert c.loc["2024-01", 0] == 1.0
    assert c.loc["2024-01", 1] == 0.5  # one of the two January customers came back in February
    # a refund booked as its own paid row in a later month is not a purchase (features.headline): still 0.5
    ws.conn.execute("INSERT INTO orders(customer_id, import_id, source_row, order_time, amount_cents, status,"
                    " dedup_key) VALUES (2, 1, 99, '2024-02-10 10:00:00', -500, 'paid', 'refund')")
    assert dashboard.cohorts(ws.conn).loc["2024-01", 1] == 0.5


def test_charts_render_chinese_with_a_cjk_font(ws, tmp_path, recwarn):
    segments = [{"name": "重要价值客户", "size": 10, "revenue": 500.0}, {"name": "一般挽留客户", "size": 30,
                                                                         "revenue": 100.0}]
    figures = [
        charts.segment_chart(segments, "zh_CN"),
        charts.rf_heatmap(np.array([1, 5, 5]), np.array([1, 1, 5]), "zh_CN"),
        charts.monthly_chart(dashboard.monthly(ws.conn), "zh_CN"),
        charts.cohort_heatmap(dashboard.cohorts(ws.conn), "zh_CN"),
        charts.cluster_scatter(np.random.default_rng(0).normal(size=(50, 2)), [0] * 25 + [1] * 25,
                               {0: "近期高消费客户", 1: "流失的一次性客户"}, "zh_CN"),
    ]
    for i, fig in enumerate(figures):
        charts.save_figure(fig, tmp_path / f"c{i}.png")
        charts.save_figure(fig, tmp_path / f"c{i}.svg")
        assert (tmp_path / f"c{i}.png").stat().st_size > 5000
    missing = [w for w in recwarn.list if "missing from font" in str(w.message)]
    assert not missing, missing[0].message


def test_empty_workspace_charts_say_no_data(tmp_path):
    with Workspace.create(tmp_path / "e.shoplens") as ws:
        fig = charts.monthly_chart(dashboard.monthly(ws.conn), "en")
        texts = [t.get_text() for ax in fig.axes for t in ax.texts]
        assert "No data yet" in texts
