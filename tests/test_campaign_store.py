"""Campaigns in a workspace: creating from a segment or a tag, the plan before launch, results after later orders,
coupon redemptions, the 'window not over yet' state, the treatment list export, and bad input."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest

from campaigndata import START, add_order, add_window_orders, campaign_shop
from shoplens.campaigns.power import baseline_conversion
from shoplens.campaigns.results import COMPLETE, NOT_STARTED, RUNNING, all_results, campaign_results
from shoplens.campaigns.store import (
    create_campaign,
    delete_campaign,
    find_campaign,
    list_campaigns,
    members,
    plan_for,
    segment_source,
    tag_source,
)
from shoplens.campaigns.texts import details
from shoplens.errors import Cancelled, InputError


@pytest.fixture
def ws(tmp_path):
    ws = campaign_shop(tmp_path / "shop.shoplens")
    yield ws
    ws.close()


def test_create_from_segment_assigns_reproducibly_and_audits(ws):
    source = segment_source(ws, "Sleeping customers")  # by name; the label is 'sleep'
    assert (source.key, source.run_id, source.name("zh_CN")) == ("sleep", 1, "沉睡客户")
    campaign = create_campaign(ws, "June coupon", source, channel="email", start=START, window_days=30,
                               holdout_share=0.1, seed=5,
                               coupon_treatment="JUNE10")
    ids = members(ws, campaign.id)
    assert ids == list(range(1, 1201, 2))
    held = members(ws, campaign.id, "holdout")
    assert len(held) == 60 and len(members(ws, campaign.id, "treatment")) == 540
    again = create_campaign(ws, "June coupon again", source, channel="email", start=START, seed=5)
    assert members(ws, again.id, "holdout") == held  # the same seed draws the same holdout
    assert campaign.end == dt.date(2024, 7, 1) and campaign.coupon_treatment == "JUNE10"
    assert campaign.baseline == pytest.approx(baseline_conversion(ws, ids, START, 30))
    assert 0.1 < campaign.baseline < 0.3 and campaign.mde > 0.05  # 60 held out: only big effects show
    details = json.loads(ws.conn.execute("SELECT details FROM audit_log WHERE action = 'campaign_create'"
                                         " ORDER BY id LIMIT 1").fetchone()[0])
    assert details["seed"] == 5 and details["holdout"] == 60 and details["segment_or_tag"] == "sleep"
    assert [c.name for c in list_campaigns(ws)] == ["June coupon again", "June coupon"]


def test_plan_warns_for_small_groups(ws):
    small = plan_for(ws, tag_source(ws, "贵宾"), START, 30, 0.1)  # 400 customers, 40 held out
    assert (small.customers, small.holdout) == (400, 40)
    assert "holdout_small" in small.warnings and "mde_large" in small.warnings
    big = plan_for(ws, segment_source(ws, "loyal"), START, 30, 0.5)
    assert big.holdout == 300 and "holdout_small" not in big.warnings and big.mde < small.mde


def test_results_find_a_real_lift_and_coupons(ws):
    campaign = create_campaign(ws, "Win back", segment_source(ws, "sleep"), start=START, window_days=30,
                               holdout_share=0.3, seed=9, coupon_treatment="back5", coupon_holdout="CTRL")
    assert campaign_results(ws, campaign).status == NOT_STARTED
    buyers = add_window_orders(ws, campaign.id, 0.45, 0.10, days=30, coupon="BACK5")
    add_order(ws, None, "2024-06-10 09:00:00", coupon="back5 ")  # a walk-in used the code too
    add_order(ws, members(ws, campaign.id, "treatment")[0], "2024-07-01 09:00:00")  # the day after the window
    result = campaign_results(ws, "win back")
    assert result.status == COMPLETE and result.days_observed == 30
    conv = result.conversion
    assert (conv.x1, conv.x2) == (buyers["treatment"], buyers["holdout"])
    assert (conv.n1, conv.n2) == (403, 173)  # 600 'sleep' less the 24 who refused SMS
    assert conv.diff_ci[0] > 0.2 and conv.p_value < 1e-6 and conv.test == "z"
    assert result.revenue.diff > 0 and result.revenue.ci[0] > 0
    back = result.coupons["treatment"]
    assert back.by_arm["outside"] == 1 and back.by_arm["holdout"] == 0
    assert back.customers == back.by_arm["treatment"] + 1 and back.by_arm["treatment"] > 50
    assert result.coupons["holdout"].orders == 0 and result.orders_have_coupons
    data = result.as_dict()
    assert data["conversion"]["x1"] == conv.x1 and data["campaign"]["end"] == "2024-07-01"


def test_window_not_over_and_no_effect(ws):
    campaign = create_campaign(ws, "Running", segment_source(ws, "loyal"), start=START, window_days=60,
                               holdout_share=0.5, seed=2)
    add_window_orders(ws, campaign.id, 0.2, 0.2, days=20, seed=4)
    result = campaign_results(ws, campaign)
    assert result.status == RUNNING and result.days_observed <= 20
    assert result.conversion.diff_ci[0] < 0 < result.conversion.diff_ci[1]
    assert not result.orders_have_coupons and result.coupons == {}


def test_export_treatment_list_follows_export_rules(ws, tmp_path):
    from shoplens.reports.campaign_export import export_treatment

    campaign = create_campaign(ws, "Export me", segment_source(ws, "sleep"), start=START, holdout_share=0.2, seed=1)
    treatment = set(members(ws, campaign.id, "treatment"))
    out = tmp_path / "list.csv"
    result = export_treatment(ws, campaign, out, mask=True, columns=["member_no", "phone"])
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    refused = {i for i in treatment if i % 50 == 5}
    assert result.rows == len(rows) == len(treatment) - len(refused) and result.opted_out_left_out == len(refused)
    numbers = {int(r["Member no."][1:]) for r in rows}
    assert numbers == treatment - refused and all("****" in r["Phone"] for r in rows)
    details = json.loads(ws.conn.execute("SELECT details FROM audit_log WHERE action = 'export'").fetchone()[0])
    assert details["list"] == 'treatment group of campaign "Export me"' and details["masked"] is True


def test_bad_input_and_cancel(ws):
    with pytest.raises(InputError, match="Segments of the newest run: sleep, loyal"):
        segment_source(ws, "nobody")
    with pytest.raises(InputError, match="Tags: VIP"):
        tag_source(ws, "nobody")
    source = segment_source(ws, "sleep")
    create_campaign(ws, "Once", source, start=START, seed=1)
    with pytest.raises(InputError, match="already a campaign"):
        create_campaign(ws, "ONCE", source, start=START)
    for kwargs in ({"holdout_share": 0}, {"holdout_share": 1.0}, {"window_days": 0}, {"channel": "fax"}):
        with pytest.raises(InputError):
            create_campaign(ws, "Bad", source, start=START, **kwargs)
    with pytest.raises(InputError, match="Campaigns: Once"):
        find_campaign(ws, "Twice")
    with pytest.raises(Cancelled):
        create_campaign(ws, "Stopped", source, start=START, cancelled=lambda: True)
    assert [c.name for c in list_campaigns(ws)] == ["Once"]
    delete_campaign(ws, list_campaigns(ws)[0].id)
    assert list_campaigns(ws) == [] and all_results(ws) == []
    assert ws.conn.execute("SELECT count(*) FROM campaign_members").fetchone()[0] == 0


def test_results_in_words(ws):
    from shoplens.campaigns.texts import details, headline, p_text
    from shoplens.reports.campaign_chart import conversion_chart

    campaign = create_campaign(ws, "Words", segment_source(ws, "loyal"), start=START, window_days=60,
                               holdout_share=0.5, seed=2, coupon_treatment="W1")
    waiting = campaign_results(ws, campaign)
    assert headline(waiting) == ("No orders from 2024-06-01 on have been imported yet; the results appear after"
                                 " the next import.")
    assert conversion_chart([waiting]).axes[0].get_title() == "Bought within the window"
    add_window_orders(ws, campaign.id, 0.1, 0.3, days=20, seed=4)
    result = campaign_results(ws, campaign)
    text = headline(result)
    assert text.startswith("Customers who got the coupon bought") and "points less often" in text
    assert "unlikely to be chance" in text
    lines = details(result, "zh_CN", "¥")
    assert lines[0] == "结果观察期至 2024-07-30，但数据只到 2024-06-20：以下为目前的数字。"
    assert any("人均收入" in line for line in lines) and any(line.startswith("相对提升：") for line in lines)
    assert any("导入的订单没有优惠券码" in line for line in lines)
    assert (p_text(0.0004), p_text(0.0081), p_text(0.4234)) == ("p < 0.001", "p = 0.008", "p = 0.42")
    fig = conversion_chart([result], "zh_CN")
    assert {t.get_text() for t in fig.axes[0].get_yticklabels()} == {"收到信息", "对照组"}


def test_members_are_found_again_after_new_ids_and_merges(ws):
    from shoplens.cleaning.merge import merge_into

    campaign = create_campaign(ws, "Stable", segment_source(ws, "sleep"), start=START, holdout_share=0.3, seed=6)
    add_window_orders(ws, campaign.id, 0.4, 0.1)
    before = campaign_results(ws, campaign)
    treatment, holdout = members(ws, campaign.id, "treatment"), members(ws, campaign.id, "holdout")
    saved = dict(ws.conn.execute("SELECT customer_id, key_kind FROM campaign_members WHERE campaign_id = ?",
                                 (campaign.id,)).fetchall())
    assert set(saved.values()) == {"member_no"}
    with ws.transaction() as conn:  # a rebuild that numbers the customers differently
        for table, column in (("customers", "id"), ("orders", "customer_id"), ("customer_keys", "customer_id")):
            conn.execute(f"UPDATE {table} SET {column} = {column} + 100000")
    after = campaign_results(ws, campaign)
    assert after.conversion == before.conversion and after.revenue == before.revenue and after.lost == 0
    assert members(ws, campaign.id, "holdout") == [i + 100000 for i in holdout]
    with ws.transaction() as conn:  # a treatment member merged into a non-member; two members merged together
        merge_into(conn, {treatment[0] + 100000: 100002, treatment[1] + 100000: holdout[0] + 100000})
    merged = campaign_results(ws, campaign)
    assert merged.lost == 2 and merged.treatment == len(treatment) - 1 and merged.holdout == len(holdout) - 1
    assert 100002 in members(ws, campaign.id, "treatment")
    assert any("can no longer be found on their own" in line for line in details(merged))


def test_customers_who_refused_the_channel_are_in_neither_arm(ws):
    source = segment_source(ws, "Sleeping customers")
    everyone = list(range(1, 1201, 2))
    with ws.transaction() as conn:
        conn.executemany("INSERT OR REPLACE INTO consent(customer_id, channel, allowed, source, changed_at)"
                         " VALUES (?, 'sms', 0, 'test', '2024-01-01')", [(c,) for c in everyone[:50]])
    refused = {r[0] for r in ws.conn.execute("SELECT customer_id FROM consent WHERE channel = 'sms' AND allowed = 0")}
    reachable = [c for c in everyone if c not in refused]
    assert len(reachable) < len(everyone) - 50  # the shop already had some refusals too
    assert plan_for(ws, source, START, 30, 0.1, channel="sms").customers == len(reachable)
    assert plan_for(ws, source, START, 30, 0.1, channel="email").customers == len(everyone)
    campaign = create_campaign(ws, "SMS coupon", source, channel="sms", start=START, seed=5)
    assert members(ws, campaign.id) == reachable
    details = json.loads(ws.conn.execute("SELECT details FROM audit_log WHERE action = 'campaign_create'"
                                         " ORDER BY id DESC LIMIT 1").fetchone()[0])
    assert details["refused_marketing_left_out"] == len(everyone) - len(reachable)


def test_a_refund_in_the_window_is_not_a_purchase(ws):
    """features.headline counts orders: a refund booked as its own paid row (negative amount) lowers revenue but is
    not an order, so a member whose only row in the window is a refund did not buy."""
    campaign = create_campaign(ws, "Refunds", segment_source(ws, "loyal"), start=START, window_days=30,
                               holdout_share=0.5, seed=3)
    treated, held = members(ws, campaign.id, "treatment"), members(ws, campaign.id, "holdout")
    add_order(ws, treated[0], "2024-06-03 10:00:00", cents=-2500)  # a refund only
    add_order(ws, held[0], "2024-06-04 10:00:00", cents=4000)  # a purchase, then part of it refunded
    add_order(ws, held[0], "2024-06-05 10:00:00", cents=-1000)
    add_order(ws, held[1], "2024-06-30 10:00:00", cents=0)  # a free order is an order
    result = campaign_results(ws, campaign)
    assert (result.conversion.x1, result.conversion.x2) == (0, 2)
    assert result.revenue_total == {"treatment": -25.0, "holdout": 30.0}
