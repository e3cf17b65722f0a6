"""Campaign statistics by simulation, and how long campaign work takes on a big group.

    .venv/bin/python benchmarks/bench_campaigns.py              # 2,000 simulated campaigns per scenario
    .venv/bin/python benchmarks/bench_campaigns.py --seeds 500  # quicker

Prints, per scenario (arm sizes, true rates), how often the 95% intervals cover the truth (absolute lift by Newcombe,
relative lift by log ratio, revenue per customer by Welch), the false-positive rate of the p-value when there is no
effect, the power when there is one, and timings of create/results on a workspace of 50,000 customers.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from shoplens.campaigns import stats
from shoplens.campaigns.power import minimum_detectable_lift

SCENARIOS = [  # (name, n treatment, n holdout, p treatment, p holdout)
    ("no effect, 1800/600, 10%", 1800, 600, 0.10, 0.10),
    ("+3 points, 1800/600, 10%", 1800, 600, 0.13, 0.10),
    ("no effect, 400/100, 8% (Fisher sometimes)", 400, 100, 0.08, 0.08),
    ("+5 points, 9000/1000, 20%", 9000, 1000, 0.25, 0.20),
    ("no effect, 90/30, 5% (small)", 90, 30, 0.05, 0.05),
]


def simulate(seeds: int) -> None:
    print(f"{'scenario':44} {'diff CI':>8} {'rel CI':>8} {'rev CI':>8} {'p<0.05':>8} {'Fisher':>7} {'MDE':>6}")
    for name, n1, n2, p1, p2 in SCENARIOS:
        cover = {"diff": 0, "rel": 0, "rel_n": 0, "rev": 0}
        significant = fisher = 0
        for seed in range(seeds):
            rng = np.random.default_rng(seed)
            b1, b2 = rng.random(n1) < p1, rng.random(n2) < p2
            s1 = np.where(b1, rng.gamma(2.0, 60.0, n1), 0.0)
            s2 = np.where(b2, rng.gamma(2.0, 60.0, n2), 0.0)
            conv = stats.compare_conversion(int(b1.sum()), n1, int(b2.sum()), n2)
            rev = stats.welch(s1.tolist(), s2.tolist())
            cover["diff"] += conv.diff_ci[0] <= p1 - p2 <= conv.diff_ci[1]
            if conv.rel_ci is not None:
                cover["rel_n"] += 1
                cover["rel"] += conv.rel_ci[0] <= p1 / p2 - 1 <= conv.rel_ci[1]
            cover["rev"] += rev.ci[0] <= (p1 - p2) * 120.0 <= rev.ci[1]
            significant += conv.p_value < 0.05
            fisher += conv.test == "fisher"
        rel = cover["rel"] / cover["rel_n"] if cover["rel_n"] else float("nan")
        mde = minimum_detectable_lift(n1, n2, p2)
        print(f"{name:44} {cover['diff'] / seeds:8.3f} {rel:8.3f} {cover['rev'] / seeds:8.3f}"
              f" {significant / seeds:8.3f} {fisher / seeds:7.3f} {(mde or float('nan')) * 100:6.1f}")


def timings(customers: int) -> None:
    from campaigndata import START, add_window_orders, campaign_shop
    from shoplens.campaigns.results import campaign_results
    from shoplens.campaigns.store import create_campaign, plan_for, segment_source

    with tempfile.TemporaryDirectory() as folder:
        t = time.perf_counter()
        ws = campaign_shop(Path(folder) / "big.shoplens", customers=customers)
        print(f"\nworkspace with {customers:,} customers built in {time.perf_counter() - t:.1f} s")
        source = segment_source(ws, "sleep")
        t = time.perf_counter()
        plan = plan_for(ws, source, START, 30, 0.1)
        print(f"plan (size, baseline, MDE) for {plan.customers:,} customers: {(time.perf_counter() - t) * 1000:.0f} ms")
        t = time.perf_counter()
        campaign = create_campaign(ws, "big", source, start=START, holdout_share=0.1, seed=1)
        print(f"create (draw + save): {(time.perf_counter() - t) * 1000:.0f} ms")
        add_window_orders(ws, campaign.id, 0.2, 0.15)
        t = time.perf_counter()
        result = campaign_results(ws, campaign)
        print(f"results: {(time.perf_counter() - t) * 1000:.0f} ms (lift {result.conversion.diff * 100:+.1f} points,"
              f" p = {result.conversion.p_value:.2g})")
        ws.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=2000)
    parser.add_argument("--customers", type=int, default=50_000)
    args = parser.parse_args()
    t = time.perf_counter()
    simulate(args.seeds)
    print(f"({args.seeds} campaigns per scenario, {time.perf_counter() - t:.1f} s)")
    timings(args.customers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
