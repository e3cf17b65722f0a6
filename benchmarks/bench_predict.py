"""Benchmark: BG/NBD + Gamma-Gamma fits and per-customer predictions (issue 8), with the CDNOW check beside them.

    .venv/bin/python benchmarks/bench_predict.py [--customers 200000] [--workspace] [--demo PATH]

Prints, each measured in this run:
- CDNOW (2,357 customers, weeks): fitted parameters against Fader, Hardie & Lee (2005) / Fader & Hardie, fit time.
- `--customers` simulated customers in whole days (as summaries from a shop's orders are) and in continuous time
  (no two rows alike, the worst case for the weighted fit): BG/NBD fit, Gamma-Gamma fit, every prediction column.
- `--workspace`: the same number of customers as orders in a workspace, `predict_customers` end to end (reading the
  orders, summaries, both fits, predictions), `save_run` and the holdout check.
- the demo shop (built in a temporary folder unless `--demo PATH` names one): predict, save, holdout check.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from pathlib import Path

import numpy as np

from shoplens.predict import bgnbd, gamma_gamma
from shoplens.predict.bgnbd import BGNBDParams
from shoplens.predict.gamma_gamma import GammaGammaParams
from shoplens.predict.run import predict_table

CDNOW = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "cdnow_summary.csv"
PUBLISHED = {"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426, "p": 6.25, "q": 3.74, "gamma": 15.44}
TRUTH = BGNBDParams(r=0.5, alpha=30.0, a=0.6, b=3.0)
SPEND = GammaGammaParams(p=4.0, q=3.0, gamma=300.0)


def clock(fn, *args, **kwargs):
    start = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - start


def cdnow() -> None:
    data = np.genfromtxt(CDNOW, delimiter=",", names=True)
    bgnbd.fit(data["frequency"][:50], data["recency"][:50], data["T"][:50])  # numpy and numeric/ loaded before the clock starts
    (bg, _), t1 = clock(bgnbd.fit, data["frequency"], data["recency"], data["T"])
    repeat = data[data["frequency"] > 0]
    (gg, _), t2 = clock(gamma_gamma.fit, repeat["frequency"], repeat["monetary_value"])
    print("CDNOW (2,357 customers, 39-week calibration, weeks)")
    fitted = {**bg.as_dict(), **gg.as_dict()}
    for key, published in PUBLISHED.items():
        print(f"  {key:>6}: fitted {fitted[key]:8.4f}   published {published:7.3f}   "
              f"{(fitted[key] - published) / published:+.2%}")
    print(f"  fit time: BG/NBD {t1 * 1000:.0f} ms, Gamma-Gamma {t2 * 1000:.0f} ms")


def simulated(n: int, whole_days: bool, seed: int = 1):
    import pandas as pd

    rng = np.random.default_rng(seed)
    T = rng.integers(1, 730, n).astype(float) if whole_days else rng.uniform(1, 730, n)
    x, t_x = bgnbd.simulate(TRUTH, T, seed)
    if whole_days:
        t_x = np.floor(t_x)
    m = np.where(x > 0, gamma_gamma.simulate(SPEND, np.maximum(x, 1).astype(int), seed), np.nan)
    return pd.DataFrame({"frequency": x, "recency": t_x, "T": T, "monetary": m},
                        index=pd.Index(np.arange(1, n + 1), name="customer_id"))


def model_timing(n: int) -> None:
    for whole in (True, False):
        summary = simulated(n, whole)
        x, t_x, T = (summary[c].to_numpy() for c in ("frequency", "recency", "T"))
        rows = len(bgnbd.compress(x, t_x, T)[0])
        (bg, _), t_bg = clock(bgnbd.fit, x, t_x, T)
        spenders = summary[summary["frequency"] > 0]
        (gg, _), t_gg = clock(gamma_gamma.fit, spenders["frequency"].to_numpy(), spenders["monetary"].to_numpy())
        end_day = 20_000
        table, t_pred = clock(predict_table, summary, bg, gg, end_day, "days", 0.01)
        kind = "whole days" if whole else "continuous time"
        print(f"{n:,} simulated customers, {kind} ({rows:,} distinct rows, {len(spenders):,} repeat buyers)")
        print(f"  BG/NBD fit {t_bg:.2f} s  (r={bg.r:.3f} α={bg.alpha:.2f} a={bg.a:.3f} b={bg.b:.3f};"
              f" true {TRUTH.r}, {TRUTH.alpha}, {TRUTH.a}, {TRUTH.b})")
        print(f"  Gamma-Gamma fit {t_gg:.2f} s  (p={gg.p:.3f} q={gg.q:.3f} γ={gg.gamma:.1f};"
              f" true {SPEND.p}, {SPEND.q}, {SPEND.gamma})")
        print(f"  predictions (P(active), churn risk, 90 days, 12 monthly steps of value, next order) {t_pred:.2f} s")
        print(f"  total {t_bg + t_gg + t_pred:.2f} s")


def workspace_timing(n: int, folder: Path) -> None:
    from shoplens.predict.calibration import holdout_check
    from shoplens.predict.data import day_date
    from shoplens.predict.run import predict_customers
    from shoplens.predict.store import save_run
    from shoplens.workspace import Workspace

    rng = np.random.default_rng(3)
    end_day = 20_000
    first = end_day - rng.integers(1, 730, n)
    owners, times = bgnbd.simulate_times(TRUTH, (end_day - first).astype(float), 3)
    cust = np.concatenate([np.arange(n), owners])
    days = np.minimum(np.concatenate([first, first[owners] + np.floor(times).astype(int)]), end_day - 1)
    amount = (rng.lognormal(4.5, 0.7, len(cust)) * 100).astype(int)
    ws = Workspace.create(folder / "big.shoplens")
    stamps = [f"{day_date(d)} 12:00:00" for d in days]
    with ws.transaction() as conn:
        conn.executemany("INSERT INTO customers(id, first_import_id) VALUES (?, 1)", [(i + 1,) for i in range(n)])
        conn.executemany(
            "INSERT INTO orders(customer_id, import_id, source_row, order_time, amount_cents, dedup_key)"
            " VALUES (?, 1, ?, ?, ?, ?)",
            [(int(c) + 1, i, s, int(a), f"k{i}") for i, (c, s, a) in enumerate(zip(cust, stamps, amount, strict=True))])
    print(f"Workspace with {n:,} customers and {len(cust):,} orders")
    run, t_run = clock(predict_customers, ws)
    _, t_save = clock(save_run, ws, run)
    _, t_check = clock(holdout_check, ws)
    print(f"  predict_customers {t_run:.2f} s, save_run {t_save:.2f} s, holdout check {t_check:.2f} s")
    ws.close()


def demo_timing(path: Path | None, folder: Path) -> None:
    from shoplens.predict.calibration import holdout_check
    from shoplens.predict.run import predict_customers
    from shoplens.predict.store import save_run
    from shoplens.workspace import Workspace

    if path is None:
        from shoplens.demo.build import build_demo_workspace

        path = build_demo_workspace(folder / "demo.shoplens")
    with Workspace.open(path) as ws:
        predict_customers(ws)  # libraries loaded before the clock starts
        run, t_run = clock(predict_customers, ws)
        _, t_save = clock(save_run, ws, run)
        check, t_check = clock(holdout_check, ws)
    print(f"Demo shop ({run.customers:,} buyers, {run.repeat_buyers:,} repeat buyers), as of {run.as_of}")
    print(f"  predict_customers {t_run:.2f} s (fit {run.seconds:.2f} s inside), save_run {t_save:.2f} s,"
          f" holdout check {t_check:.2f} s (predicted {check.predicted:,.0f} vs actual {check.actual:,.0f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--workspace", action="store_true", help="also time a workspace of that size end to end")
    parser.add_argument("--demo", type=Path, default=None, help="an existing demo workspace to time on")
    args = parser.parse_args()
    print(f"bench_predict {dt.datetime.now():%Y-%m-%d %H:%M}")
    cdnow()
    model_timing(args.customers)
    with tempfile.TemporaryDirectory() as tmp:
        demo_timing(args.demo, Path(tmp))
        if args.workspace:
            workspace_timing(args.customers, Path(tmp))


if __name__ == "__main__":
    main()
