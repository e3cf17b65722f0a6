"""The dashboard: KPI cards match reports.dashboard.kpis, every chart is drawn or explained, charts export."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from shoplens.reports.dashboard import kpis
from shoplens.segmentation.build import build_run
from shoplens.segmentation.runs import save_run
from shoplens.ui.common import worker
from shoplens.ui.reports.dashboard import CHART_ORDER, DashboardView

pytestmark = pytest.mark.usefixtures("no_leftovers")


@pytest.fixture
def ws(small_workspace, monkeypatch):
    monkeypatch.setattr(worker, "SYNCHRONOUS", True)
    return small_workspace


def shown(qtbot, ws) -> DashboardView:
    view = DashboardView(ws)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.result is not None, timeout=60_000)
    return view


def test_kpi_cards_show_the_core_figures(qtbot, ws):
    view = shown(qtbot, ws)
    k = kpis(ws)
    locale = QLocale()
    assert view.cards["customers"].value.text() == locale.toString(k.buyers)
    assert view.cards["active"].value.text() == locale.toString(k.active_90)
    assert view.cards["revenue"].value.text() == f"¥{k.revenue:,.0f}"
    assert view.cards["repeat"].value.text() == f"{k.repeat_rate * 100:.1f}%"
    assert view.cards["aov"].value.text() == f"¥{k.aov:,.2f}"
    assert k.buyers == 199 and k.as_of.isoformat() in view.as_of.text()
    # every card says its period: the 90 days before the as-of date for active customers, the orders' span else
    assert view.cards["active"].period.text() == \
        f"{k.as_of - dt.timedelta(days=90)} to {k.as_of - dt.timedelta(days=1)}"
    assert view.cards["revenue"].period.text() == f"{k.first_order} to {k.last_order}"
    # without a run: no blank slot, a sentence and a button that opens the wizard
    for name in ("segments", "clusters"):
        chart = view.charts[name]
        assert chart.figure is None and chart.placeholder.isVisibleTo(view)
        assert chart.placeholder_button.isVisibleTo(view)
    for name in ("rf_heatmap", "monthly", "cohorts", "distributions"):
        assert view.charts[name].figure is not None
    wizard = view.charts["clusters"].placeholder_button.click() or view.wizard
    assert wizard is not None and wizard.method() == "kmeans"
    wizard.reject()
    worker.wait_for_all()


def test_every_chart_after_a_kmeans_run_and_export_as_png_and_svg(qtbot, ws, tmp_path):
    save_run(ws, build_run(ws, "kmeans", k=3))
    view = shown(qtbot, ws)
    assert all(view.charts[name].figure is not None for name in CHART_ORDER)
    legend = view.charts["clusters"].figure.axes[0].get_legend()
    assert len(legend.get_texts()) == 3
    chart = view.charts["segments"]
    assert chart.png_button.isVisibleTo(view) and chart.svg_button.isVisibleTo(view)
    png = chart.save_as("png", str(tmp_path / "segments.png"))
    svg = chart.save_as("svg", str(tmp_path / "segments.svg"))
    with open(png, "rb") as fh:
        assert fh.read(8) == b"\x89PNG\r\n\x1a\n"
    text = open(svg, encoding="utf-8").read()
    assert text.lstrip().startswith("<?xml") and "<svg" in text


def test_chinese_labels_come_out_in_chinese(qtbot, ws, monkeypatch):
    from PySide6.QtCore import QCoreApplication

    save_run(ws, build_run(ws, "rfm-cn8"))
    app = QCoreApplication.instance()
    old = app.property("shoplens_language")
    app.setProperty("shoplens_language", "zh_CN")
    try:
        view = shown(qtbot, ws)
    finally:
        app.setProperty("shoplens_language", old)
    fig = view.charts["segments"].figure
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "重要价值客户" in labels


def test_stop_keeps_the_window_usable(qtbot, ws):
    view = DashboardView(ws)
    qtbot.addWidget(view)
    view.refresh()
    view.stop()
    qtbot.waitUntil(lambda: not view.runner.busy, timeout=30_000)
    assert view.refresh_button.isEnabled() and "Refresh" in view.message.text()


def test_charts_arrive_drawn_and_are_drawn_again_when_their_slot_grows(qtbot, ws):
    from shoplens.tasks.segments import render_figure
    from shoplens.ui.common.chart_canvas import ChartView

    view = shown(qtbot, ws)
    assert all(c._canvas is None and not c.image_label.pixmap().isNull()  # the UI thread draws no matplotlib
               for c in view.charts.values() if c.figure is not None)
    chart = ChartView("monthly")
    qtbot.addWidget(chart)
    chart.resize(500, 360)
    chart.show()
    from shoplens.reports.charts import monthly_chart
    from shoplens.reports.dashboard import monthly

    figure = monthly_chart(monthly(ws.conn))  # a figure of its own (the dashboard's may be redrawn meanwhile)
    chart.set_figure(figure, render_figure(figure, *chart.chart_size()))
    first = chart._drawn_size.width()
    chart.resize(900, 600)
    qtbot.waitUntil(lambda: chart._drawn_size.width() > first + 300, timeout=30_000)
    worker.wait_for_all()
    assert figure.get_size_inches()[0] * 100 == pytest.approx(chart._drawn_size.width(), abs=2)
