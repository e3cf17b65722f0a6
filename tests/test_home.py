"""Home (issue 17): periods, KPIs from features.headline, every action's audience on a planted shop, what changed
since the last import, the defaults after the first import (and that removed ones stay removed), the campaign loop
and `shoplens home --json`."""

from __future__ import annotations

import datetime as dt
import json
import math

import pytest

from homedata import AS_OF, planted_shop, write_files
from shoplens.cli import main
from shoplens.errors import InputError
from shoplens.features.headline import period_figures
from shoplens.home.actions import ACTION_KEYS, action_card, find_action_tag, restore_action, thresholds
from shoplens.home.changes import changes_since_last_import
from shoplens.home.data import home_data
from shoplens.home.defaults import ALL_DEFAULTS, PREDICTIONS, install_defaults, missing_defaults
from shoplens.home.figures import bucket_size, buckets, customers_behind
from shoplens.home.loop import plan_action_campaign, start_campaign
from shoplens.home.periods import Period, last_year_period, parse_period, previous_period
from shoplens.pipeline import analyses_due, import_file, update_analyses
from shoplens.workspace import Workspace

D = dt.date


# -- periods ---------------------------------------------------------------------------------------------------------
def test_named_periods_end_on_the_last_day_of_data():
    as_of = D(2025, 1, 1)  # data up to 31 December
    assert parse_period(None, as_of) == Period(D(2024, 12, 2), D(2024, 12, 31), "last30")
    assert parse_period("month", as_of) == Period(D(2024, 12, 1), D(2024, 12, 31), "month")
    assert parse_period("quarter", as_of) == Period(D(2024, 10, 1), D(2024, 12, 31), "quarter")
    assert parse_period(" YEAR ", as_of) == Period(D(2024, 1, 1), D(2024, 12, 31), "year")
    # the first day of a month: "this month" is that one day
    assert parse_period("month", D(2024, 3, 2)) == Period(D(2024, 3, 1), D(2024, 3, 1), "month")


def test_previous_period_is_the_calendar_period_before_to_the_same_day():
    march = parse_period("month", D(2024, 4, 1))  # all of March 2024
    assert previous_period(march) == Period(D(2024, 2, 1), D(2024, 2, 29), "month")  # leap year: the 29th
    assert previous_period(parse_period("month", D(2023, 4, 1))).end == D(2023, 2, 28)
    assert previous_period(parse_period("month", D(2024, 1, 16))) == Period(D(2023, 12, 1), D(2023, 12, 15), "month")
    q = parse_period("quarter", D(2024, 5, 31))  # 1 April - 30 May
    assert previous_period(q) == Period(D(2024, 1, 1), D(2024, 2, 29), "quarter")
    year = parse_period("year", D(2024, 3, 1))  # 1 Jan - 29 Feb 2024
    assert previous_period(year) == Period(D(2023, 1, 1), D(2023, 2, 28), "year")
    last30 = parse_period("last30", D(2024, 3, 1))
    assert previous_period(last30) == Period(D(2024, 1, 1), D(2024, 1, 30), "last30")
    custom = parse_period("2024-02-10:2024-02-19", D(2025, 1, 1))
    assert previous_period(custom) == Period(D(2024, 1, 31), D(2024, 2, 9), "custom")


def test_last_year_moves_the_29th_of_february_to_the_28th():
    p = parse_period("2024-02-29:2024-03-01", D(2025, 1, 1))
    assert p.days == 2 and p.key == "custom"
    assert last_year_period(p) == Period(D(2023, 2, 28), D(2023, 3, 1), "custom")
    assert last_year_period(Period(D(2025, 1, 1), D(2025, 1, 31))) == Period(D(2024, 1, 1), D(2024, 1, 31))


@pytest.mark.parametrize("text", ["week", "2024-13-01:2024-12-31", "2024-02-01", "2024-03-01:2024-02-01", "x:y:z"])
def test_a_bad_period_names_itself_and_the_accepted_forms(text):
    with pytest.raises(InputError) as err:
        parse_period(text, D(2025, 1, 1))
    message = str(err.value) + " " + (err.value.hint or "")
    assert text in message and "YYYY-MM-DD" in message


def test_trend_is_daily_then_weekly_then_monthly_and_covers_every_day():
    for period, size in ((Period(D(2024, 1, 1), D(2024, 3, 2)), "day"),  # 62 days
                         (Period(D(2024, 1, 1), D(2024, 3, 3)), "week"),
                         (Period(D(2024, 1, 3), D(2024, 12, 30)), "month")):
        assert bucket_size(period) == size
        bars = buckets(period)
        assert bars[0][0] == period.start and bars[-1][1] == period.end
        assert all(b[0] == a[1] + dt.timedelta(days=1) for a, b in zip(bars, bars[1:], strict=False))
    weeks = buckets(Period(D(2024, 1, 3), D(2024, 3, 31)))  # a Wednesday: the first week is cut to Wed-Sun
    assert weeks[0] == (D(2024, 1, 3), D(2024, 1, 7)) and weeks[1][0].weekday() == 0


# -- the planted shop ------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def shop():
    return planted_shop()


@pytest.fixture(scope="module")
def shop_ws(tmp_path_factory, shop):
    folder = tmp_path_factory.mktemp("home")
    members, orders = write_files(folder, shop)
    path = folder / "shop.shoplens"
    ws = Workspace.create(path)
    try:
        import_file(ws, members)
        assert ws.conn.execute("SELECT count(*) FROM tag_defs").fetchone()[0] == 0  # no buyers yet: no defaults
        import_file(ws, orders)
        assert install_defaults(ws) == []  # the import made them; made once, a second call changes nothing
    finally:
        ws.close()
    return path


def _ids(ws, cards) -> set[int]:
    found = dict(ws.conn.execute("SELECT value, customer_id FROM customer_keys WHERE kind = 'member_no'"))
    return {found[c] for c in cards}


def test_first_import_with_orders_makes_the_defaults(shop_ws):
    with Workspace.open(shop_ws, readonly=True) as ws:
        assert missing_defaults(ws) == []  # 150 regular customers: enough repeat buyers for predictions too
        runs = ws.conn.execute("SELECT method FROM segmentations").fetchall()
        assert runs == [("rfm-cn8",)]
        groups = {r[0] for r in ws.conn.execute("SELECT template FROM tag_groups")}
        assert groups == {"lifecycle", "value_tiers"}
        assert ws.conn.execute("SELECT count(*) FROM predictions").fetchone()[0] > 0
        for key in ACTION_KEYS:
            assert find_action_tag(ws, key) is not None, key


def _top(figures: dict, pct: int = 20) -> set[str]:
    spend = sorted((f[2] for f in figures.values()), reverse=True)
    cut = spend[math.ceil(len(spend) * pct / 100) - 1]
    return {c for c, f in figures.items() if f[2] >= cut}


def test_every_action_holds_exactly_the_planted_customers(shop_ws, shop):
    figures = shop.figures()
    with Workspace.open(shop_ws, readonly=True) as ws:
        limits = thresholds(ws)
        silent, active = limits.silent_days, limits.active_days
        top = _top(figures)
        expected = {
            "newly_at_risk": {c for c, f in figures.items() if silent < f[0] <= silent + 30},
            "winback_high_value": {c for c in top if figures[c][0] > silent},
            "vip_care": {c for c in top if figures[c][0] <= active},
            "second_purchase": {c for c, f in figures.items() if f[1] == 1 and 15 <= f[0] <= 45},
            "birthdays": {"M0001", "M0002"},  # 0 and 14 days ahead; not the 16th, not yesterday, not 29 Feb
            "members_not_bought": {"M0001", "M0004", "M0005"},
        }
        assert {"O0015", "O0030", "O0045", "M0003"} == expected["second_purchase"]
        for key, cards in expected.items():
            card = action_card(ws, key)
            assert set(card.customers) == _ids(ws, cards), key
            assert card.count == len(cards) and (card.state == "ready") == bool(cards), key
            assert card.audience()["id"] == card.tag.id
        assert expected["newly_at_risk"] and expected["winback_high_value"] and expected["vip_care"]
        # the value at stake is the members' predicted 12-month value
        card = action_card(ws, "vip_care")
        cents = ws.conn.execute("SELECT sum(value_12m_cents) FROM predictions WHERE customer_id IN (SELECT value FROM"
                                " json_each(?))", (json.dumps(card.customers),)).fetchone()[0]
        assert card.value_at_stake == pytest.approx(cents / 100) and card.value_at_stake > 0
        assert action_card(ws, "members_not_bought").value_at_stake is None  # nobody there has a prediction


def test_kpis_are_headline_figures_and_their_customers_add_up(shop_ws):
    with Workspace.open(shop_ws, readonly=True) as ws:
        for text in ("last30", "month", "quarter", "year", "2023-03-01:2023-09-30"):
            data = home_data(ws, text)
            for period, attr in ((data.period, "value"), (data.previous, "previous"), (data.last_year, "last_year")):
                figures = period_figures(ws, period.start, period.end)
                for kpi in data.kpis:
                    assert getattr(kpi, attr) == pytest.approx(getattr(figures, kpi.key)), (text, kpi.key, attr)
            p = data.period
            assert len(customers_behind(ws, "buyers", p)) == data.kpi("buyers").value
            assert len(customers_behind(ws, "new_customers", p)) == data.kpi("new_customers").value
            assert len(customers_behind(ws, "active", p)) == data.kpi("active").value
            repeat = len(customers_behind(ws, "repeat_rate", p))
            assert data.kpi("repeat_rate").value == pytest.approx(repeat / max(data.kpi("buyers").value, 1), abs=1e-4)
            assert sum(b.revenue for b in data.trend) == pytest.approx(data.kpi("revenue").value)
            assert set().union(*(customers_behind(ws, "buyers", b.period) for b in data.trend)) == set(
                customers_behind(ws, "buyers", p))
        # buyers and active customers are different figures: active looks back 90 days from the period's end
        data = home_data(ws, "last30")
        assert data.kpi("active").value > data.kpi("buyers").value


def test_home_json_has_the_shape_of_the_issue(shop_ws, capsys):
    assert main(["home", str(shop_ws), "--json", "--period", "month"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["period"]["from"] == "2024-06-01" and data["period"]["to"] == "2024-06-30"
    assert data["compare"] == {"previous": {"from": "2024-05-01", "to": "2024-05-30"},
                               "last_year": {"from": "2023-06-01", "to": "2023-06-30"}}
    assert [k["key"] for k in data["kpis"]] == ["revenue", "buyers", "new_customers", "repeat_rate", "aov", "active"]
    assert all(set(k) == {"key", "value", "previous", "last_year"} for k in data["kpis"])
    assert [a["key"] for a in data["actions"]] == list(ACTION_KEYS)
    assert all({"key", "count", "value_at_stake", "audience"} <= set(a) for a in data["actions"])
    assert data["actions"][0]["audience"]["kind"] == "tag"
    assert {"since", "until", "moved_up", "slipped", "came_back"} <= set(data["changes"])
    assert main(["home", str(shop_ws), "--lang", "zh"]) == 0
    text = capsys.readouterr().out
    assert "本周行动" in text and "环比" in text and "同比" in text
    assert main(["home", str(shop_ws), "--period", "june"]) == 2
    assert "june" in capsys.readouterr().err


def test_home_help_lists_the_periods(capsys):
    with pytest.raises(SystemExit):
        main(["home", "--help"])
    out = capsys.readouterr().out
    assert "--period" in out and "quarter" in out and "--json" in out


# -- what changed, the defaults staying removed, the campaign loop ---------------------------------------------------
@pytest.fixture
def two_imports(tmp_path, shop):
    """The planted shop imported up to 31 May, a few customers changed in June, then June imported."""
    june = dt.date(2024, 6, 1)
    shop = planted_shop()
    old = shop.figures(june)
    # a lapsed light buyer comes back big: many orders and a large spend in June
    lapsed = "L0001"
    for day in range(2, 28, 2):
        shop.add(lapsed, june + dt.timedelta(days=day), 3000)
    members, first = write_files(tmp_path, shop, until=june - dt.timedelta(days=1))
    _, second = write_files(tmp_path, shop, since=june)
    path = tmp_path / "two.shoplens"
    ws = Workspace.create(path)
    import_file(ws, members)
    import_file(ws, first)
    yield ws, shop, second, lapsed, old
    ws.close()


def test_changes_since_the_last_import(two_imports):
    ws, shop, second, lapsed, old = two_imports
    assert not changes_since_last_import(ws).available  # the first import has nothing before it
    params = json.loads(ws.conn.execute("SELECT params FROM tag_groups WHERE template = 'lifecycle'").fetchone()[0])
    silent, lost, active = params["silent_days"], params["lost_days"], params["active_days"]
    import_file(ws, second)
    new = shop.figures()
    changes = changes_since_last_import(ws)
    assert changes.since == dt.date(2024, 6, 1) and changes.until == AS_OF
    slipped = {c for c, f in new.items() if silent < f[0] <= lost and not (c in old and silent < old[c][0] <= lost)}
    assert set(changes.slipped) == _ids(ws, slipped) and slipped
    back = {c for c, f in new.items() if c in old and old[c][0] > silent and f[0] <= active}
    assert set(changes.came_back) == _ids(ws, back) and lapsed in back
    assert _ids(ws, [lapsed]) <= set(changes.moved_up)
    # nobody who did not buy in June moved up: their spend and orders stayed, the shop's means rose
    idle = [c for c, f in new.items() if c in old and f[1] == old[c][1]]
    assert idle and not set(changes.moved_up) & _ids(ws, idle)
    # the stages are found by name: deleting one (the others move up a position) changes nothing read back
    from shoplens.tags.store import delete_tag

    delete_tag(ws, "Silent")
    again = changes_since_last_import(ws)
    assert (again.slipped, again.came_back) == (changes.slipped, changes.came_back)


def test_removed_defaults_stay_removed_and_an_action_can_be_restored(two_imports):
    from shoplens.segmentation.runs import delete_run
    from shoplens.tags.store import delete_tag

    ws, shop, second, *_ = two_imports
    tag = find_action_tag(ws, "newly_at_risk")
    delete_tag(ws, tag.id)
    delete_run(ws, ws.conn.execute("SELECT id FROM segmentations").fetchone()[0])
    import_file(ws, second)
    assert find_action_tag(ws, "newly_at_risk") is None
    assert ws.conn.execute("SELECT count(*) FROM segmentations").fetchone()[0] == 0
    card = action_card(ws, "newly_at_risk")
    assert card.state == "off" and card.count == 0 and card.audience() is None
    assert "Switched off" in card.reason() and "已关闭" in card.reason("zh")
    with pytest.raises(InputError):
        start_campaign(ws, "newly_at_risk")
    restore_action(ws, "newly_at_risk")
    assert action_card(ws, "newly_at_risk").state in ("ready", "empty")


SETTING_UP = "Setting up segments and tags"
PREDICTIONS_UP = "Setting up predictions"


def test_the_import_says_when_it_sets_up_the_defaults(tmp_path, shop):
    """Seconds on a big shop: the progress bar names them instead of sitting still. The segmentation and tags come
    with the import's own transaction; the predictions with its analyses."""
    members, orders = write_files(tmp_path, shop)
    ws = Workspace.create(tmp_path / "first.shoplens")
    try:
        messages = []
        import_file(ws, orders, analyses=False, progress=lambda _d, _t, message: messages.append(message))
        assert SETTING_UP in messages and missing_defaults(ws) == [PREDICTIONS] and analyses_due(ws)
        assert {a.state for a in home_data(ws).actions} <= {"ready", "empty"}  # Home has its actions already
        messages.clear()
        update_analyses(ws, progress=lambda _d, _t, message: messages.append(message))
        assert PREDICTIONS_UP in messages and missing_defaults(ws) == [] and not analyses_due(ws)
        messages.clear()
        import_file(ws, members, progress=lambda _d, _t, message: messages.append(message))
        assert SETTING_UP not in messages and PREDICTIONS_UP not in messages  # all made already
    finally:
        ws.close()


def test_a_workspace_can_opt_out_of_defaults(tmp_path, shop):
    members, orders = write_files(tmp_path, shop)
    ws = Workspace.create(tmp_path / "bare.shoplens", defaults="off")
    try:
        messages = []
        import_file(ws, orders, progress=lambda _d, _t, message: messages.append(message))
        assert SETTING_UP not in messages and PREDICTIONS_UP not in messages  # nothing set up: the bar does not say so
        assert ws.conn.execute("SELECT count(*) FROM tag_defs").fetchone()[0] == 0
        assert ws.conn.execute("SELECT count(*) FROM segmentations").fetchone()[0] == 0
        assert missing_defaults(ws) == list(ALL_DEFAULTS)
        assert {a.state for a in home_data(ws).actions} == {"not_set_up"}
    finally:
        ws.close()


def test_a_campaign_started_from_a_card_is_measured_after_the_next_import(two_imports):
    from shoplens.campaigns.results import campaign_results

    ws, shop, second, *_ = two_imports
    card = action_card(ws, "vip_care")
    plan = plan_action_campaign(ws, "vip_care")
    assert plan.customers == card.count and plan.holdout >= 1
    assert "holdout_small" in plan.warnings  # a small shop: the too-small warning comes with the plan
    started = start_campaign(ws, "vip_care", seed=5)
    campaign = started.campaign
    assert campaign.source.kind == "tag" and campaign.source.key == card.tag.name_en
    assert campaign.start == dt.date(2024, 6, 1) and campaign.holdout_share == 0.1
    assert started.warnings == plan.warnings
    assert campaign_results(ws, campaign).status == "not_started"
    import_file(ws, second)  # June's orders: nothing else is done
    results = campaign_results(ws, campaign)
    assert results.status == "complete" and results.conversion is not None  # the window is 1-30 June
    cards = home_data(ws).campaigns
    assert [c.results.campaign.id for c in cards] == [campaign.id]
    assert cards[0].verdict().startswith(("The campaign", "Not clear yet"))
    assert cards[0].as_json("zh")["verdict_text"]


def test_birthdays_coming_up_wrap_the_year_and_the_29th_of_february():
    import numpy as np
    import pandas as pd

    from shoplens.tags.evaluate import date_days, days_to_anniversary
    from shoplens.tags.rules import describe, validate_rule

    days = date_days(pd.Series(["2000-02-29", "1990-01-01", "1990-12-31", None, "1980-03-01"]))
    assert days_to_anniversary(days, D(2024, 12, 31)).tolist()[:3] == [59, 1, 0]  # 2025: on 28 Feb
    ahead = days_to_anniversary(days, D(2025, 2, 28))  # 2025 has no 29 February: it is celebrated on the 28th
    assert ahead[0] == 0 and ahead[4] == 1 and np.isnan(ahead[3])
    assert days_to_anniversary(days, D(2024, 2, 28))[0] == 1  # a leap year: the 29th itself
    rule = validate_rule({"field": "birthday", "op": "next", "value": "14"})
    assert rule == {"field": "birthday", "op": "next_days", "value": 14}
    assert "next 14 days" in describe(rule) and "未来14天" in describe(rule, "zh")


def test_predictions_wait_for_enough_repeat_buyers_then_come_with_a_later_import(tmp_path, shop):
    from homedata import ORDER_HEADER
    from importdata import write_csv

    rows = shop.rows()
    few = [r for r in rows if r[2] < "C0010"]  # ten regular customers: fewer than 20 repeat buyers
    first = write_csv(tmp_path / "first.csv", [ORDER_HEADER, *few])
    rest = write_csv(tmp_path / "rest.csv", [ORDER_HEADER, *[r for r in rows if r not in few]])
    ws = Workspace.create(tmp_path / "growing.shoplens")
    try:
        import_file(ws, first)
        assert missing_defaults(ws) == ["predictions"]  # all the rest is there already
        assert ws.conn.execute("SELECT count(*) FROM predictions").fetchone()[0] == 0
        assert action_card(ws, "vip_care").value_at_stake is None
        import_file(ws, rest)
        assert missing_defaults(ws) == []
        assert action_card(ws, "vip_care").value_at_stake > 0
    finally:
        ws.close()


def test_the_value_at_stake_waits_for_the_new_datas_predictions(tmp_path, shop):
    """After an import, until its analyses have run, the predictions are of the data before it: Home and the CLI say
    the value at stake follows instead of summing the old ones; once the analyses are in, it is summed again."""
    from homedata import ORDER_HEADER
    from importdata import write_csv
    from shoplens.commands.home import format_home

    rows = shop.rows()
    first = write_csv(tmp_path / "first.csv", [ORDER_HEADER, *rows[:-5]])
    later = write_csv(tmp_path / "later.csv", [ORDER_HEADER, *rows[-5:]])
    with Workspace.create(tmp_path / "shop.shoplens") as ws:
        import_file(ws, first)
        before = action_card(ws, "vip_care")
        assert before.value_at_stake > 0 and not before.stake_pending
        import_file(ws, later, analyses=False)
        assert analyses_due(ws)
        card = action_card(ws, "vip_care")
        assert card.count and card.stake_pending and card.value_at_stake is None
        assert card.as_json()["stake_pending"] is True
        assert "worked out once the predictions are updated" in format_home(home_data(ws, "last30"))
        assert "预测更新完成后算出" in format_home(home_data(ws, "last30"), "zh_CN")
        update_analyses(ws)
        after = action_card(ws, "vip_care")
        assert after.value_at_stake > 0 and not after.stake_pending
        assert "worked out once" not in format_home(home_data(ws, "last30"))
