"""Simulated campaigns through the whole pipeline (workspace, seeded draw, orders, results): with a known true lift the
95% interval covers it at about the nominal rate; with no effect the p-value rejects about 5% of the time."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from campaigndata import START, campaign_shop
from campaigndata import _insert_orders as insert_orders
from shoplens.campaigns.results import campaign_results
from shoplens.campaigns.store import create_campaign, segment_source

CAMPAIGNS = 150
WINDOW = 5  # days; each campaign gets its own window, so one workspace holds them all


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    ws = campaign_shop(tmp_path_factory.mktemp("sim") / "sim.shoplens", customers=800, history_rate=0.0)
    yield ws
    ws.close()


def _run(ws, label: str, rate_treatment: float, rate_holdout: float, offset_days: int, seed: int) -> list:
    """CAMPAIGNS campaigns one after another; in each window members buy with their arm's rate."""
    rng = np.random.default_rng(seed)
    source = segment_source(ws, label)
    created = []
    for k in range(CAMPAIGNS):
        start = START + dt.timedelta(days=offset_days + k * WINDOW)
        campaign = create_campaign(ws, f"{label}-{rate_treatment}-{k}", source, channel="email", start=start,
                                   window_days=WINDOW, holdout_share=0.25, seed=seed * 1000 + k)
        arms = ws.conn.execute("SELECT customer_id, arm FROM campaign_members WHERE campaign_id = ?",
                               (campaign.id,)).fetchall()
        rows = [(cid, f"{(start + dt.timedelta(days=int(rng.integers(0, WINDOW)))).isoformat()} 12:00:00",
                 int(rng.integers(1000, 9000)))
                for cid, arm in arms if rng.random() < (rate_treatment if arm == "treatment" else rate_holdout)]
        with ws.transaction() as conn:
            insert_orders(conn, rows)
        created.append(campaign)
    return [campaign_results(ws, c) for c in created]


def test_known_lift_is_covered_at_the_nominal_rate(shop):
    results = _run(shop, "sleep", 0.30, 0.20, 0, seed=1)
    assert all(r.status == "complete" and (r.treatment, r.holdout) == (300, 100) for r in results)
    covered = sum(r.conversion.diff_ci[0] <= 0.10 <= r.conversion.diff_ci[1] for r in results) / CAMPAIGNS
    rel_covered = sum(r.conversion.rel_ci[0] <= 0.5 <= r.conversion.rel_ci[1] for r in results) / CAMPAIGNS
    assert 0.90 <= covered <= 0.99 and 0.90 <= rel_covered <= 0.99, (covered, rel_covered)
    mean_diff = np.mean([r.conversion.diff for r in results])
    assert mean_diff == pytest.approx(0.10, abs=0.01)  # unbiased


def test_no_effect_rejects_about_five_percent(shop):
    results = _run(shop, "loyal", 0.15, 0.15, CAMPAIGNS * WINDOW + 10, seed=2)
    p = np.array([r.conversion.p_value for r in results])
    false_positive = (p < 0.05).mean()
    covered = sum(r.conversion.diff_ci[0] <= 0 <= r.conversion.diff_ci[1] for r in results) / CAMPAIGNS
    assert false_positive <= 0.10 and 0.90 <= covered <= 0.99, (false_positive, covered)
    assert 0.35 <= np.median(p) <= 0.65  # p-values spread over [0, 1], not piled up at either end
