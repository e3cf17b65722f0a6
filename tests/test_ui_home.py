"""The Home page driven with pytest-qt: KPIs with 环比 and 同比 for the chosen period, click-through from a card, a
trend bar and a change to exactly those customers, and an action card's Start campaign and Export list."""

from __future__ import annotations

import csv
import datetime as dt
import shutil

import pytest
from PySide6.QtCore import QPointF, Qt

from homedata import planted_shop, write_files
from shoplens.campaigns.power import MIN_HOLDOUT
from shoplens.campaigns.selectors import Selector, customer_ids_for_tag
from shoplens.campaigns.store import members
from shoplens.features.headline import ACTIVE_DAYS
from shoplens.features.metrics import default_as_of
from shoplens.home.defaults import install_defaults
from shoplens.home.figures import customers_behind, kpis
from shoplens.home.periods import Period, parse_period
from shoplens.pipeline import import_file
from shoplens.ui.app.workspace_view import WorkspaceView
from shoplens.ui.campaigns.dialog import CampaignDialog
from shoplens.ui.data.browser import DataBrowser
from shoplens.ui.home import texts
from shoplens.ui.home.page import HomePage
from shoplens.ui.reports.export_dialog import ExportDialog
from shoplens.workspace import Workspace

pytestmark = pytest.mark.usefixtures("no_leftovers")


@pytest.fixture(scope="module")
def shop_file(tmp_path_factory):
    """Home's planted shop imported to 31 May (the defaults made), then June: so 'what changed' has something."""
    folder = tmp_path_factory.mktemp("homeui")
    june = dt.date(2024, 6, 1)
    shop = planted_shop()
    members, first = write_files(folder, shop, until=june - dt.timedelta(days=1))
    _, second = write_files(folder, shop, since=june)
    ws = Workspace.create(folder / "shop.shoplens")
    try:
        import_file(ws, members)
        import_file(ws, first)
        install_defaults(ws)
        import_file(ws, second)
    finally:
        ws.close()
    return folder / "shop.shoplens"


@pytest.fixture
def ws(shop_file, tmp_path, hand_to_writer):
    shutil.copy(shop_file, tmp_path / "shop.shoplens")
    return hand_to_writer(Workspace.open(tmp_path / "shop.shoplens"))


def _home(qtbot, ws) -> tuple[WorkspaceView, HomePage]:
    view = WorkspaceView(ws)
    qtbot.addWidget(view)
    view.resize(1100, 900)
    view.show()
    page = view.select("home")
    assert isinstance(page, HomePage)
    qtbot.waitUntil(lambda: page.screen is not None and not page.busy, timeout=60_000)
    return view, page


def _close(view: WorkspaceView) -> None:
    for task in view.shutdown():
        task.wait(10_000)
    view.close()


def _shown(page: HomePage, period: Period) -> None:
    """Each card shows its value, its period and both comparisons, as the core works them out."""
    currency = page.screen.currency
    days = texts.day_span(period.start.isoformat(), period.end.isoformat())
    # active customers count the ACTIVE_DAYS days to the period's end, and their card says so
    active = texts.day_span((period.end - dt.timedelta(days=ACTIVE_DAYS - 1)).isoformat(), period.end.isoformat())
    for kpi in kpis(page.workspace, period):
        card = page.kpi_cards[kpi.key]
        assert card.value.text() == texts.format_figure(kpi.key, kpi.value, currency)
        assert card.period.text() == (active if kpi.key == "active" else days)
        assert card.previous.text() == texts.comparison_line("previous", kpi.key, kpi.value, kpi.previous, currency)
        assert card.last_year.text() == texts.comparison_line("last_year", kpi.key, kpi.value, kpi.last_year,
                                                              currency)
        assert card.previous.text().startswith("vs previous period: ")
        assert card.last_year.text().startswith("vs last year: ")


def test_home_shows_the_kpis_with_both_comparisons_and_follows_the_period(qtbot, ws):
    view, page = _home(qtbot, ws)
    as_of = default_as_of(ws)
    last30 = parse_period("last30", as_of)
    assert page.screen.data.period == last30
    _shown(page, last30)
    revenue = page.kpi_cards["revenue"].value.text()
    assert any(arrow in page.kpi_cards["revenue"].previous.text() for arrow in "▲▼→")
    page.period_combo.setCurrentIndex(page.period_combo.findData("year"))
    qtbot.waitUntil(lambda: page.screen.data.period.key == "year" and not page.busy, timeout=60_000)
    year = parse_period("year", as_of)
    _shown(page, year)
    assert page.kpi_cards["revenue"].value.text() != revenue
    assert "vs last year" in page.span_label.text() and year.start.isoformat() in page.span_label.text()
    page.period_combo.setCurrentIndex(page.period_combo.findData("custom"))
    page.from_edit.setDate(page.from_edit.date().addDays(-20))
    page.apply_button.click()
    qtbot.waitUntil(lambda: page.screen.data.period.key == "custom" and not page.busy, timeout=60_000)
    custom = page.screen.data.period
    assert custom.start == year.start - dt.timedelta(days=20) and custom.end == year.end
    _shown(page, custom)
    _close(view)


def test_a_kpi_card_a_trend_bar_and_a_change_open_exactly_their_customers(qtbot, ws):
    view, page = _home(qtbot, ws)
    period = page.screen.data.period
    for kpi in page.screen.data.kpis:  # a card with nobody behind it opens nothing
        assert page.kpi_cards[kpi.key].clickable == bool(kpi.value)
    card = page.kpi_cards["repeat_rate"]
    assert card.clickable
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.current_key == "data", timeout=20_000)
    browser = view.page("data")
    assert isinstance(browser, DataBrowser)
    expected = customers_behind(ws, "repeat_rate", period)  # the buyers who bought on two days or more
    assert expected and browser.shown_customer_ids() == expected
    assert "Repeat-purchase rate" in browser.customers.filter_label.text()
    # a bar of the trend chart: the buyers of that day
    view.select("home")
    chart = page.chart
    bars = page.screen.data.trend
    index = max(range(len(bars)), key=lambda i: bars[i].buyers)
    qtbot.waitUntil(lambda: not chart.renderer.busy, timeout=20_000)
    pos = _bar_centre(chart, index)
    assert chart.bar_index_at(pos) == index
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    qtbot.waitUntil(lambda: view.current_key == "data", timeout=20_000)
    bar = bars[index]
    expected = customers_behind(ws, "buyers", Period(bar.start, bar.end))
    assert len(expected) == bar.buyers and browser.shown_customer_ids() == expected
    # a change since the last import (the defaults recorded a snapshot before)
    view.select("home")
    changes = page.screen.data.changes
    assert changes.available
    for key in ("moved_up", "slipped", "came_back"):
        assert page.change_cards[key].count.text() == f"{len(changes.customers(key)):,}"
        qtbot.mouseClick(page.change_cards[key], Qt.MouseButton.LeftButton)
        assert view.current_key == "data"
        assert browser.shown_customer_ids() == sorted(changes.customers(key)) and changes.customers(key)
        view.select("home")
    _close(view)


def _bar_centre(chart, index: int) -> QPointF:
    """Where bar `index` is drawn on the chart widget."""
    patch = next(p for ax in chart.figure.axes for p in ax.patches if p.get_gid() == f"bar:{index}")
    box = patch.get_window_extent().transformed(chart.figure.transFigure.inverted())
    pixmap = chart.image_label.pixmap()
    size = pixmap.deviceIndependentSize()
    label = chart.image_label.geometry()
    left = label.x() + (label.width() - size.width()) / 2
    top = label.y() + (label.height() - size.height()) / 2
    fx, fy = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
    return QPointF(left + fx * size.width(), top + (1 - fy) * size.height())


def _ready_action(page: HomePage):
    action = next(a for a in page.screen.data.actions if a.count > 0 and a.tag is not None)
    return action, page.action_cards[action.key]


def test_start_campaign_from_an_action_card_holds_out_part_of_its_audience(qtbot, ws):
    view, page = _home(qtbot, ws)
    action, card = _ready_action(page)
    assert card.campaign_button.isEnabled() and card.export_button.isEnabled()
    qtbot.mouseClick(card.campaign_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in page.findChildren(CampaignDialog) if w.isVisible())
    assert dialog.selector() == Selector.tag(action.tag.name_en) and dialog.name_edit.text()
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("in_store"))  # nobody left out for consent
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog._timer.isActive(), timeout=20_000)
    assert dialog.plan.holdout > 0 and dialog.holdout_spin.value() == 10  # holdout on by default
    assert dialog.plan.customers == action.count
    assert dialog.plan.holdout < MIN_HOLDOUT and "fewer than" in dialog.warning_label.text()  # the usual warning
    qtbot.waitUntil(dialog.create_button.isEnabled, timeout=20_000)
    with qtbot.waitSignal(page.data_changed, timeout=20_000):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    campaign = dialog.campaign
    assert (campaign.source.kind, campaign.source.key) == ("tag", action.tag.name_en)
    treated, held = members(ws, campaign.id, "treatment"), members(ws, campaign.id, "holdout")
    assert held and sorted(treated + held) == sorted(action.customers)
    page.refresh()  # as the window does after data_changed: the campaign is listed with its verdict
    qtbot.waitUntil(lambda: not page.busy and bool(page.screen.data.campaigns), timeout=60_000)
    lines = [w.text() for w in page.findChildren(type(page.changes_note)) if w.objectName() == "campaignLine"]
    assert any(campaign.name in line and "Not clear yet" in line for line in lines)
    page.open_campaign(campaign.id)  # the campaign's name is a link to its results
    campaigns = view.page("campaigns")
    assert view.current_key == "campaigns"
    qtbot.waitUntil(lambda: campaigns.selected_result() is not None, timeout=60_000)
    assert campaigns.selected_result().campaign.id == campaign.id
    _close(view)


def test_export_list_from_an_action_card_exports_exactly_its_audience(qtbot, ws, tmp_path):
    view, page = _home(qtbot, ws)
    action, card = _ready_action(page)
    qtbot.mouseClick(card.export_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in page.findChildren(ExportDialog) if w.isVisible())
    assert dialog.selector == Selector.tag(action.tag.name_en)
    qtbot.waitUntil(lambda: dialog.counts is not None, timeout=20_000)
    assert dialog.counts["customers"] == action.count
    out = tmp_path / "list.csv"
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(".csv"))
    dialog.path_edit.setText(str(out))
    dialog.include_check.setChecked(True)  # every member of the audience, refused or not
    for i in range(dialog.columns_list.count()):
        item = dialog.columns_list.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) == "phone" else
                           Qt.CheckState.Unchecked)
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        dialog.start_export()
    with open(out, encoding="utf-8-sig", newline="") as fh:
        phones = [row[0] for row in list(csv.reader(fh))[1:]]
    expected = customer_ids_for_tag(ws, action.tag.name_en)
    assert sorted(expected) == sorted(action.customers)
    wanted = sorted(str(ws.conn.execute("SELECT coalesce(phone, '') FROM customers WHERE id = ?", (i,)).fetchone()[0])
                    for i in expected)
    assert sorted(phones) == wanted
    dialog.reject()
    _close(view)


def test_an_action_card_opens_its_tag_and_an_empty_card_says_why(qtbot, ws):
    view, page = _home(qtbot, ws)
    action, card = _ready_action(page)
    qtbot.mouseClick(card.rule_button, Qt.MouseButton.LeftButton)
    assert view.current_key == "tags"
    tags = view.page("tags")
    assert tags.selected_id() == action.tag.id
    view.select("home")
    for action in page.screen.data.actions:
        card = page.action_cards[action.key]
        if action.count == 0:
            assert card.empty.isVisible() and card.empty.text() == action.reason("en")
            assert not card.campaign_button.isEnabled() and not card.export_button.isEnabled()
        else:
            assert not card.empty.isVisible() and card.why.text() == action.why("en")
    _close(view)


def test_an_empty_shop_offers_the_import_whose_result_page_offers_home(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from importdata import POS_HEADER, pos_rows, write_csv
    from shoplens.ui.importing.run_pages import SummaryPage
    from shoplens.ui.importing.wizard import RESULT

    Workspace.create(tmp_path / "new.shoplens").close()
    with qtbot.waitSignal(window.summary_shown, timeout=15_000):
        window.open_path(tmp_path / "new.shoplens")
    assert window.view.current_key == "home"  # a workspace opens on Home
    home = window.view.page("home")
    qtbot.waitUntil(lambda: home.screen is not None and not home.busy, timeout=60_000)
    assert not home.screen.has_orders and home.import_button.isVisible()  # no dead end: Import files…
    rows, _truth = pos_rows(120)
    path = tmp_path / "pos.csv"
    write_csv(path, [POS_HEADER, *rows])
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    qtbot.mouseClick(home.import_button, Qt.MouseButton.LeftButton)
    wizard = window.import_wizard
    assert wizard is not None and wizard.isVisible()
    window.view.select("data")  # Home is read again when it is shown next
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=20_000)
    while not isinstance(wizard.currentPage(), SummaryPage):
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=30_000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT, timeout=60_000)
    assert wizard.home_button.isVisible() and "See what to do" in wizard.result_page.text()
    with qtbot.waitSignal(wizard.finished, timeout=10_000):
        qtbot.mouseClick(wizard.home_button, Qt.MouseButton.LeftButton)
    assert window.view.current_key == "home" and not wizard.isVisible()
    qtbot.waitUntil(lambda: home.screen is not None and not home.busy and not window.view.busy, timeout=60_000)
    assert home.screen.has_orders and home.kpi_cards["buyers"].value.text() != "–"


def test_a_shop_whose_orders_came_before_the_defaults_can_set_up_its_actions(qtbot, app_workspace):
    page = HomePage(app_workspace)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.screen is not None and not page.busy, timeout=60_000)
    assert {a.state for a in page.screen.data.actions} == {"not_set_up"}
    assert page.setup_row.isVisible() and page.setup_row.button.isEnabled()
    with qtbot.waitSignal(page.data_changed, timeout=120_000):
        qtbot.mouseClick(page.setup_row.button, Qt.MouseButton.LeftButton)
    page.refresh()  # as the window does after data_changed
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    assert "not_set_up" not in {a.state for a in page.screen.data.actions}
    assert not page.setup_row.isVisible()
    assert app_workspace.conn.execute("SELECT count(*) FROM segmentations WHERE method = 'rfm-cn8'").fetchone()[0] == 1
    for task in page.shutdown():
        task.wait(10_000)


def test_the_value_at_stake_says_it_follows_while_the_analyses_are_due(qtbot, shop_file, tmp_path, hand_to_writer):
    """Right after an import the predictions are of the data before it: the action cards say the value at stake
    follows instead of summing them (the window runs the analyses and refreshes Home once they are in)."""
    from shoplens.predict.store import ANALYSES_DUE

    shutil.copy(shop_file, tmp_path / "shop.shoplens")
    ws = Workspace.open(tmp_path / "shop.shoplens")
    with ws.transaction() as conn:  # as an import leaves it (analyses=False) until its analyses have run
        conn.execute("INSERT INTO meta(key, value) VALUES (?, datetime('now'))", (ANALYSES_DUE,))
    view, page = _home(qtbot, hand_to_writer(ws))
    ready = [a for a in page.screen.data.actions if a.count]
    assert ready and all(a.stake_pending and a.value_at_stake is None for a in ready)
    for action in ready:
        assert page.action_cards[action.key].stake.text() == "At stake: worked out once the predictions are updated."
    _close(view)
