"""Benchmark: personal suggestions (issue 17 item 4) — are planted patterns found, do suggestions beat "most popular",
and what do they cost.

    .venv/bin/python benchmarks/bench_suggest.py [--customers 100000] [--demo PATH] [--cutoff 2024-07-01]
                                                  [--workspace-rows 1000000]

Prints, each measured in this run:
(a) a generated shop (`--customers`/20 customers, 60 products with Zipf-like popularity, random baskets and visits)
    with eight PLANTED "buyers of X buy Y on their next visit" pairs (each fires with probability 0.3) and noise:
    for each pair whether it is found, its rank among the "next" rules (strongest first), confidence and lift.
(b) the demo shop's history: rules and suggestions fitted on the orders before `--cutoff`, checked against what
    each customer bought in the 180 days after it (and on their first purchase day after it): hit rate at 1 and 3
    of the suggestions and of the baseline (the shop's most popular items the customer did not buy recently: the
    same exclusion), over the customers who bought both before and after the cutoff.
(c) time and peak memory (tracemalloc) of the whole computation on the demo shop (reading the orders, rules,
    suggestions, storing them; and its share of the refresh after an import), and on a generated shop of
    `--customers` customers; with `--workspace-rows N`, end to end on a workspace imported from bench_import's
    N-row orders CSV (random products: no pattern to find, the cost only).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np

from shoplens.suggest.history import History, history_from, read_history
from shoplens.suggest.personal import popular_items, recent_purchases
from shoplens.suggest.rules import NEXT, day_baskets
from shoplens.suggest.run import compute_from_history

EPOCH = dt.date(1970, 1, 1)
PLANTED = 8
STRENGTH = 0.3
WINDOW = 180


def clock(fn, *args, **kwargs):
    start = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - start


def peak_mb(fn, *args, **kwargs) -> float:
    tracemalloc.start()
    try:
        fn(*args, **kwargs)
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def planted_shop(customers: int, products: int = 60, seed: int = 17) -> tuple[History, list[tuple[str, str]]]:
    """Random visits and baskets, with PLANTED pairs: a visit after one holding X holds Y with probability STRENGTH."""
    rng = np.random.default_rng(seed)
    names = np.asarray([f"P{i:03d}" for i in range(products)], dtype=object)
    weight = 1 / np.arange(1, products + 1) ** 0.8
    weight /= weight.sum()
    chosen = rng.choice(np.arange(5, products), size=2 * PLANTED, replace=False)  # not the five most popular
    pairs = list(zip(chosen[:PLANTED].tolist(), chosen[PLANTED:].tolist(), strict=True))
    visits = 1 + rng.geometric(0.4, customers)  # 1..; mean 2.5
    day = rng.integers(0, 200, customers)
    orders, custs, days, items = [], [], [], []
    previous = np.zeros((customers, products), dtype=bool)
    next_order = 0
    for v in range(int(visits.max())):
        active = np.flatnonzero(visits > v)
        size = 1 + rng.poisson(0.6, len(active))
        basket = np.zeros((len(active), products), dtype=bool)
        for k in range(int(size.max())):
            take = size > k
            basket[np.flatnonzero(take), rng.choice(products, int(take.sum()), p=weight)] = True
        for x, y in pairs:
            fire = previous[active, x] & (rng.random(len(active)) < STRENGTH)
            basket[fire, y] = True
        previous[:] = False
        previous[active] = basket
        row, col = np.nonzero(basket)
        orders.append(next_order + row)
        custs.append(active[row])
        days.append(day[active][row])
        items.append(col)
        next_order += len(active)
        day[active] += 1 + rng.exponential(45, len(active)).astype(np.int64)
    history = history_from("product", np.concatenate(orders), np.concatenate(custs), np.concatenate(days),
                           names[np.concatenate(items)])
    return history, [(str(names[x]), str(names[y])) for x, y in pairs]


def planted_check(customers: int) -> None:
    history, pairs = planted_shop(customers)
    as_of = EPOCH + dt.timedelta(days=int(history.day.max()) + 1)
    run = compute_from_history(history, as_of)
    following = run.rules[run.rules["kind"] == NEXT].reset_index(drop=True)
    print(f"(a) Generated shop: {customers:,} customers, {run.baskets:,} orders, {len(history):,} order lines,"
          f" {run.steps:,} steps to a next visit; {len(following):,} 'next' rules found")
    found = 0
    for x, y in pairs:
        hit = following[(following["antecedent"] == x) & (following["consequent"] == y)]
        if hit.empty:
            print(f"    {x} -> {y}: NOT found")
            continue
        found += 1
        r = hit.iloc[0]
        print(f"    {x} -> {y}: found, rank {int(hit.index[0]) + 1} of {len(following)},"
              f" confidence {r['confidence']:.3f}, lift {r['lift']:.2f}, {int(r['customers'])} customers")
    top = {(a, b) for a, b in zip(following["antecedent"][:PLANTED], following["consequent"][:PLANTED], strict=True)}
    print(f"    planted pairs found: {found} of {len(pairs)}; among the {PLANTED} strongest 'next' rules:"
          f" {len(top & set(pairs))}")


def _bought_after(history: History, start: int, end: int, first_day_only: bool) -> dict[int, set[int]]:
    keep = (history.day >= start) & (history.day < end) & (history.customer >= 0)
    cust, day, item = history.customer[keep], history.day[keep], history.item[keep]
    if first_day_only:
        first: dict[int, int] = {}
        for c, d in zip(cust.tolist(), day.tolist(), strict=True):
            first[c] = min(d, first.get(c, d))
        out: dict[int, set[int]] = {}
        for c, d, i in zip(cust.tolist(), day.tolist(), item.tolist(), strict=True):
            if d == first[c]:
                out.setdefault(c, set()).add(i)
        return out
    after: dict[int, set[int]] = {}
    for c, i in zip(cust.tolist(), item.tolist(), strict=True):
        after.setdefault(c, set()).add(i)
    return after


def holdout_check(history: History, cutoff: dt.date, label: str) -> None:
    start = (cutoff - EPOCH).days
    run = compute_from_history(history, cutoff, top=3)
    before = history.before(start)
    days = day_baskets(before)
    recent = recent_purchases(days, start)
    excluded: dict[int, set[int]] = {}
    for c, i in zip(recent["customer"].tolist(), recent["item"].tolist(), strict=True):
        excluded.setdefault(c, set()).add(i)
    ranking = popular_items(before, start).tolist()
    picks: dict[int, list[int]] = {}
    for c, i in zip(run.picks["customer"].tolist(), run.picks["item"].tolist(), strict=True):
        picks.setdefault(c, []).append(i)
    personal = run.picks["rule"].to_numpy() >= 0
    print(f"(b) {label}: fitted on {run.baskets:,} orders before {cutoff} ({len(run.rules):,} rules;"
          f" {personal.mean():.0%} of the suggestions come from a rule, the rest are popular items)")
    for first_day_only, what in ((False, f"anything bought in the {WINDOW} days after"),
                                 (True, "the first purchase day after")):
        after = _bought_after(history, start, start + WINDOW, first_day_only)
        evaluated = [c for c in sorted(after) if c in picks]
        hits = {"suggestions": [0, 0], "most popular": [0, 0]}
        for c in evaluated:
            popular = [i for i in ranking if i not in excluded.get(c, ())][:3]
            for name, chosen in (("suggestions", picks[c]), ("most popular", popular)):
                hits[name][0] += bool(set(chosen[:1]) & after[c])
                hits[name][1] += bool(set(chosen[:3]) & after[c])
        n = max(len(evaluated), 1)
        print(f"    against {what} the cutoff: {len(evaluated):,} customers evaluated")
        for name, (h1, h3) in hits.items():
            print(f"      {name:>12}: hit rate @1 {h1 / n:6.1%}   @3 {h3 / n:6.1%}")


def demo_timing(path: Path, cutoff: dt.date) -> None:
    from shoplens import derived
    from shoplens.suggest.store import refresh_suggestions
    from shoplens.workspace import Workspace

    real = derived.refresh_suggestions
    with Workspace.open(path) as ws:
        as_of = dt.date.fromisoformat(ws.meta("features_as_of"))
        history, t_read = clock(read_history, ws.conn, as_of)
        holdout_check(history, cutoff, f"Demo shop, {len(history):,} order lines by {history.level}")
        run, t_compute = clock(compute_from_history, history, as_of)
        with ws.transaction():
            _, t_refresh = clock(refresh_suggestions, ws, as_of)
        whole = {True: [], False: []}
        for _ in range(3):  # alternating, so both see the same machine load
            for with_suggestions in (True, False):
                derived.refresh_suggestions = real if with_suggestions else (lambda *a, **k: None)
                try:
                    with ws.transaction():
                        whole[with_suggestions].append(clock(derived.refresh_derived, ws)[1])
                finally:
                    derived.refresh_suggestions = real
        memory = peak_mb(lambda: compute_from_history(read_history(ws.conn, as_of), as_of))
    t_with, t_without = statistics.median(whole[True]), statistics.median(whole[False])
    print(f"(c) Demo shop: read {t_read:.2f} s, rules and suggestions {t_compute:.2f} s, read + compute + store"
          f" {t_refresh:.2f} s; the refresh after an import {t_with:.2f} s with suggestions, {t_without:.2f} s without"
          f" (medians of 3); peak {memory:.0f} MB (tracemalloc); {len(run.rules):,} rules,"
          f" {len(run.picks):,} suggestions")


def big_timing(customers: int) -> None:
    history, _ = planted_shop(customers, products=400, seed=5)
    as_of = EPOCH + dt.timedelta(days=int(history.day.max()) + 1)
    run, seconds = clock(compute_from_history, history, as_of)
    memory = peak_mb(compute_from_history, history, as_of)
    print(f"(c) Generated shop: {customers:,} customers, 400 products, {run.baskets:,} orders, {len(history):,} order"
          f" lines: rules and suggestions {seconds:.2f} s, peak {memory:.0f} MB (tracemalloc);"
          f" {len(run.rules):,} rules, {len(run.picks):,} suggestions")


def workspace_timing(rows: int, folder: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import bench_import

    from shoplens.suggest.store import refresh_suggestions
    from shoplens.workspace import Workspace

    csv = folder / "orders.csv"
    bench_import.write_csv(csv, rows)
    db = folder / "big.shoplens"
    _, t_import = clock(bench_import.shoplens_import, csv, db)
    with Workspace.open(db) as ws:
        as_of = dt.date.fromisoformat(ws.meta("features_as_of"))
        history, t_read = clock(read_history, ws.conn, as_of)
        run, t_compute = clock(compute_from_history, history, as_of)
        with ws.transaction():
            _, t_refresh = clock(refresh_suggestions, ws, as_of)
        memory = peak_mb(lambda: compute_from_history(read_history(ws.conn, as_of), as_of))
    print(f"(c) Workspace from a {rows:,}-row orders CSV (import {t_import:.0f} s, {run.baskets:,} orders,"
          f" {len(history):,} lines): read {t_read:.2f} s, compute {t_compute:.2f} s, read + compute + store"
          f" {t_refresh:.2f} s, peak {memory:.0f} MB; {len(run.rules):,} rules, {len(run.picks):,} suggestions")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--customers", type=int, default=100_000, help="customers of the big generated shop")
    parser.add_argument("--demo", type=Path, default=None, help="an existing demo workspace (else one is built)")
    parser.add_argument("--cutoff", type=dt.date.fromisoformat, default=dt.date(2024, 7, 1))
    parser.add_argument("--workspace-rows", type=int, default=0, help="also time a workspace of N imported rows")
    args = parser.parse_args()
    print(f"bench_suggest {dt.datetime.now():%Y-%m-%d %H:%M}")
    planted_check(max(args.customers // 20, 2000))
    with tempfile.TemporaryDirectory() as tmp:
        path = args.demo
        if path is None:
            from shoplens.demo.build import build_demo_workspace

            path = build_demo_workspace(Path(tmp) / "demo.shoplens")
        demo_timing(path, args.cutoff)
        big_timing(args.customers)
        if args.workspace_rows:
            workspace_timing(args.workspace_rows, Path(tmp))


if __name__ == "__main__":
    main()
