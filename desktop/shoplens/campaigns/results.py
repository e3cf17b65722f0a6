"""A campaign's outcome from the orders imported since: conversion, revenue per customer, lift, coupon redemptions.

Conversion: a member bought (a paid order) within [start, start + window). Revenue per customer: the sum of those
orders over every member of the arm (zeros included). While the data does not yet cover the whole window the
campaign is 'running' (figures so far are given, marked as such); before any data after the start it is
'not_started'; then 'complete'.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..features.headline import COUNTED, PAID
from ..progress import CancelFn, ProgressFn, Reporter
from .assign import HOLDOUT, TREATMENT
from .stats import ConversionTest, MeanDifference, compare_conversion, welch
from .store import Campaign, current_arms, find_campaign, list_campaigns

if TYPE_CHECKING:
    from ..workspace import Workspace

NOT_STARTED, RUNNING, COMPLETE = "not_started", "running", "complete"
WORKED, PROBABLY_WORKED, NOT_CLEAR, DID_NOT_WORK = "worked", "probably_worked", "not_clear", "did_not_work"
MIN_EFFECT = 0.01  # one more buyer per 100 customers: a lift whose whole interval lies below this is too small to act on
MAYBE_P = 0.2  # a positive lift with p under this (but not under 0.05) "probably worked" once the window is over


@dataclass(frozen=True)
class Verdict:
    """A campaign's result in one word and one reason: what the owner reads first (statistics come beneath)."""

    key: str  # WORKED, PROBABLY_WORKED, NOT_CLEAR or DID_NOT_WORK
    reason: str  # the reason sentence's key in campaigns.texts
    values: dict[str, str] = field(default_factory=dict)  # the sentence's figures, already formatted


@dataclass
class Redemptions:
    """Orders in the window carrying an arm's coupon code: by that arm, by the other arm, by non-members."""

    code: str
    orders: int = 0
    customers: int = 0
    by_arm: dict[str, int] = field(default_factory=dict)  # customers per arm ('treatment', 'holdout', 'outside')


@dataclass
class CampaignResults:
    """What a campaign brought, as far as the data goes."""

    campaign: Campaign
    status: str
    data_until: dt.date | None  # the last order date in the workspace
    treatment: int
    holdout: int
    conversion: ConversionTest | None = None
    revenue: MeanDifference | None = None  # per customer, in the shop's currency
    revenue_total: dict[str, float] = field(default_factory=dict)
    coupons: dict[str, Redemptions] = field(default_factory=dict)  # arm → redemptions of its code
    orders_have_coupons: bool = False  # any imported order carries a coupon code
    lost: int = 0  # members no longer found (removed by cleaning, or merged with another member)

    @property
    def verdict(self) -> Verdict:
        """Worked / probably worked / not clear yet / did not work, with the reason (see verdict_of)."""
        return verdict_of(self)

    @property
    def days_observed(self) -> int:
        """Days of the window covered by the data so far."""
        if self.data_until is None:
            return 0
        return max(0, min(self.campaign.window_days, (self.data_until - self.campaign.start).days + 1))

    def as_dict(self) -> dict[str, Any]:
        """Plain values for `shoplens campaign results --json`."""
        return {
            "campaign": self.campaign.as_dict(), "status": self.status,
            "data_until": self.data_until.isoformat() if self.data_until else None,
            "days_observed": self.days_observed, "treatment": self.treatment, "holdout": self.holdout,
            "lost": self.lost, "verdict": {"key": self.verdict.key, "reason": self.verdict.reason,
                                          **self.verdict.values},
            "conversion": self.conversion.as_dict() if self.conversion else None,
            "revenue_per_customer": self.revenue.as_dict() if self.revenue else None,
            "revenue_total": self.revenue_total, "orders_have_coupons": self.orders_have_coupons,
            "coupons": {arm: {"code": r.code, "orders": r.orders, "customers": r.customers, "by_arm": r.by_arm}
                        for arm, r in self.coupons.items()},
        }


def _data_until(ws: Workspace) -> dt.date | None:
    last = ws.conn.execute("SELECT max(substr(order_time, 1, 10)) FROM orders").fetchone()[0]
    try:
        return dt.date.fromisoformat(last) if last else None
    except ValueError:
        return None


def verdict_of(result: CampaignResults) -> Verdict:
    """The verdict from the conversion lift (buyers per 100 customers, treatment minus holdout, with its 95% CI):
    - worked: the window is over and more bought than in the holdout group, unlikely by chance (p < 0.05);
    - did not work: the window is over and fewer bought (p < 0.05), or even the top of the interval is under
      MIN_EFFECT;
    - probably worked: more bought and it could still be chance (p < MAYBE_P once the window is over), or more
      bought, unlikely by chance, but the window is not over yet;
    - not clear yet: no data since the start, the window still open, or groups too small to tell.
    """
    def per100(value: float) -> str:
        return f"{abs(value) * 100:.1f}"

    conv = result.conversion
    end = (result.campaign.end - dt.timedelta(days=1)).isoformat()
    if conv is None:
        return Verdict(NOT_CLEAR, "no_data", {"start": result.campaign.start.isoformat()})
    low, high = conv.diff_ci
    significant = conv.p_value < 0.05
    if result.status != COMPLETE:
        if conv.diff > 0 and significant:
            return Verdict(PROBABLY_WORKED, "so_far_more", {"n": per100(conv.diff), "end": end})
        return Verdict(NOT_CLEAR, "window_open", {"end": end})
    if conv.diff > 0 and significant:
        return Verdict(WORKED, "more_buyers", {"n": per100(conv.diff)})
    if conv.diff < 0 and significant:
        return Verdict(DID_NOT_WORK, "fewer_buyers", {"n": per100(conv.diff)})
    if high < MIN_EFFECT:
        return Verdict(DID_NOT_WORK, "no_lift", {"n": per100(max(high, 0.0))})
    if conv.diff > 0 and conv.p_value < MAYBE_P:
        return Verdict(PROBABLY_WORKED, "likely_more", {"n": per100(conv.diff)})
    return Verdict(NOT_CLEAR, "too_small", {"low": f"{low * 100:+.1f}", "high": f"{high * 100:+.1f}"})


def status_of(campaign: Campaign, data_until: dt.date | None) -> str:
    """'not_started' (no data from the start on), 'running' (window not covered yet) or 'complete'."""
    if data_until is None or data_until < campaign.start:
        return NOT_STARTED
    if data_until < campaign.end - dt.timedelta(days=1):
        return RUNNING
    return COMPLETE


def campaign_results(ws: Workspace, campaign: Campaign | str | int, *, progress: ProgressFn | None = None,
                     cancelled: CancelFn | None = None) -> CampaignResults:
    """Conversion and revenue per customer in each arm, lifts with 95% CIs, p-value and coupon redemptions."""
    reporter = Reporter(progress, cancelled)
    if not isinstance(campaign, Campaign):
        campaign = find_campaign(ws, campaign)
    reporter.step(0, 3, "Reading the campaign")
    arms, lost = current_arms(ws, campaign.id)
    n1 = sum(1 for a in arms.values() if a == TREATMENT)
    n2 = len(arms) - n1
    until = _data_until(ws)
    result = CampaignResults(campaign, status_of(campaign, until), until, n1, n2, lost=lost)
    result.orders_have_coupons = ws.conn.execute(
        "SELECT 1 FROM orders WHERE coalesce(trim(coupon_code), '') != '' LIMIT 1").fetchone() is not None
    if result.status == NOT_STARTED or n1 == 0 or n2 == 0:
        return result
    reporter.step(1, 3, "Reading the orders in the window")
    window = (campaign.start.isoformat(), campaign.end.isoformat())
    spend: dict[int, int] = {}
    bought: set[int] = set()  # a counted order in the window (features.headline): a refund row is not a purchase
    for cid, cents, orders in ws.conn.execute(
            f"SELECT customer_id, sum(amount_cents), sum(amount_cents >= 0) FROM orders WHERE {PAID}"
            " AND order_time >= ? AND order_time < ? AND customer_id IN (SELECT value FROM json_each(?))"
            " GROUP BY customer_id", (*window, json.dumps(list(arms)))):
        spend[int(cid)] = int(cents or 0)
        if orders:
            bought.add(int(cid))
    reporter.step(2, 3, "Comparing the groups")
    values = {TREATMENT: [], HOLDOUT: []}
    for cid, arm in arms.items():
        values[arm].append(spend.get(cid, 0) / 100)
    x1 = sum(1 for cid, arm in arms.items() if arm == TREATMENT and cid in bought)
    x2 = sum(1 for cid, arm in arms.items() if arm == HOLDOUT and cid in bought)
    result.conversion = compare_conversion(x1, n1, x2, n2)
    result.revenue = welch(values[TREATMENT], values[HOLDOUT])
    result.revenue_total = {arm: round(sum(v), 2) for arm, v in values.items()}
    for arm, code in ((TREATMENT, campaign.coupon_treatment), (HOLDOUT, campaign.coupon_holdout)):
        if code:
            result.coupons[arm] = _redemptions(ws, code, window, arms)
    reporter.step(3, 3, "")
    return result


def _redemptions(ws: Workspace, code: str, window: tuple[str, str], arms: dict[int, str]) -> Redemptions:
    rows = ws.conn.execute(
        f"SELECT customer_id, count(*) FROM orders WHERE {COUNTED} AND order_time >= ? AND order_time < ?"
        " AND upper(trim(coupon_code)) = upper(trim(?)) GROUP BY customer_id", (*window, code)).fetchall()
    out = Redemptions(code, orders=sum(n for _c, n in rows), customers=len(rows),
                      by_arm={TREATMENT: 0, HOLDOUT: 0, "outside": 0})
    for cid, _n in rows:
        out.by_arm[arms.get(cid, "outside") if cid is not None else "outside"] += 1
    return out


def all_results(ws: Workspace, *, progress: ProgressFn | None = None, cancelled: CancelFn | None = None
                ) -> list[CampaignResults]:
    """Results of every campaign, newest first."""
    reporter = Reporter(progress, cancelled)
    campaigns = list_campaigns(ws)
    out = []
    for i, campaign in enumerate(campaigns):
        reporter.step(i, len(campaigns), "Working out the results")
        out.append(campaign_results(ws, campaign, cancelled=reporter.cancelled))
    reporter.step(len(campaigns), len(campaigns), "")
    return out
