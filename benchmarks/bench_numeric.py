"""Benchmark: ShopLens's own numerics (numeric/) against scipy, the library the app no longer ships (issue 15 part 7).

    .venv/bin/python benchmarks/bench_numeric.py [--customers 200000]

Prints, each measured in this run (scipy and mpmath are dev dependencies):
- accuracy: the largest relative differences from scipy of gammaln, digamma, betaln (and from mpmath where
  scipy's own betaln loses digits), of the t quantile and tail and of Fisher's p-value over the ranges the app meets;
- the BG/NBD bracket (the 2F1 of the expected purchases) for `--customers` customers at 90 and 365 days, whole days
  and continuous time: seconds with ShopLens's series and with scipy's hyp2f1, and their largest difference;
- the BG/NBD and Gamma-Gamma fits on the same customers with numeric.optimize and with scipy's L-BFGS-B.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

import numpy as np

from shoplens.numeric import distributions, special
from shoplens.predict import bgnbd, gamma_gamma
from shoplens.predict.bgnbd import BGNBDParams
from shoplens.predict.gamma_gamma import GammaGammaParams

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from oracles import scipy_bracket, scipy_minimize  # scipy's versions, as the tests check against

TRUTH = BGNBDParams(r=0.5, alpha=30.0, a=0.6, b=3.0)
SPEND = GammaGammaParams(p=4.0, q=3.0, gamma=300.0)


def clock(fn, *args):
    start = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - start


def worst(mine, oracle) -> float:
    mine, oracle = np.asarray(mine, dtype=float), np.asarray(oracle, dtype=float)
    return float(np.max(np.abs(mine - oracle) / np.maximum(np.abs(oracle), 1e-300)))


def accuracy() -> None:
    import scipy.special
    from scipy import stats

    rng = np.random.default_rng(0)
    x = np.exp(rng.uniform(np.log(1e-8), np.log(1e8), 200_000))
    print("Accuracy against scipy (largest relative difference)")
    for name in ("gammaln", "digamma"):
        mine, oracle = getattr(special, name)(x), getattr(scipy.special, name)(x)
        away = np.abs(oracle) > 0.1  # next to the zeros only absolute error means anything
        print(f"  {name:8} x in [1e-8, 1e8]: {worst(mine[away], oracle[away]):.1e}"
              f" (absolute {np.max(np.abs(mine - oracle)[~away]):.1e} where |value| <= 0.1)")
    a, b = np.exp(rng.uniform(np.log(1e-3), np.log(1e3), (2, 200_000)))
    print(f"  betaln   a, b in [1e-3, 1e3]: {worst(special.betaln(a, b), scipy.special.betaln(a, b)):.1e}")
    try:
        import mpmath
    except ImportError:
        mpmath = None
    if mpmath is not None:
        mpmath.mp.dps = 40
        a, b = np.exp(rng.uniform(np.log(1e-8), np.log(1e8), (2, 300)))
        exact = [float(mpmath.log(mpmath.beta(u, v))) for u, v in zip(a, b, strict=True)]
        print(f"  betaln   a, b in [1e-8, 1e8] against mpmath: ShopLens {worst(special.betaln(a, b), exact):.1e},"
              f" scipy {worst(scipy.special.betaln(a, b), exact):.1e}")
    dfs = [1, 2, 3, 5, 10, 30, 100, 1e3, 1e4, 1e5, 1e6]
    ts = [1e-3, 0.5, 1.0, 1.96, 3.0, 6.0, 20.0]
    sf = max(worst(distributions.t_sf(t, df), stats.t.sf(t, df)) for df in dfs for t in ts)
    ppf = max(worst(distributions.t_ppf(p, df), stats.t.ppf(p, df)) for df in dfs for p in (0.9, 0.975, 0.995))
    print(f"  t sf, df 1 to 1e6, t 1e-3 to 20: {sf:.1e};  t ppf (0.9, 0.975, 0.995): {ppf:.1e}")
    tables = [(int(x1), int(n1), int(x2), int(n2)) for n1, n2 in rng.integers(1, 200, (3000, 2))
              for x1, x2 in [(rng.integers(0, n1 + 1), rng.integers(0, n2 + 1))]]
    fisher = max(worst(distributions.fisher_two_sided(*t),
                       stats.fisher_exact([[t[0], t[1] - t[0]], [t[2], t[3] - t[2]]]).pvalue) for t in tables)
    print(f"  Fisher two-sided p, 3,000 random tables with arms up to 200: {fisher:.1e}")


def customers(n: int, whole_days: bool):
    rng = np.random.default_rng(1)
    T = rng.integers(1, 730, n).astype(float) if whole_days else rng.uniform(1, 730, n)
    x, t_x = bgnbd.simulate(TRUTH, T, 1)
    return x, (np.floor(t_x) if whole_days else t_x), T


def bracket_timing(n: int) -> None:
    print(f"BG/NBD bracket, {n:,} customers (true parameters; the app computes it 13 times a prediction run)")
    for whole in (True, False):
        x, _, T = customers(n, whole)
        for days in (90, 365):
            z = days / (TRUTH.alpha + T + days)
            mine, t_mine = clock(bgnbd._bracket, TRUTH, x, z)
            oracle, t_scipy = clock(scipy_bracket, TRUTH, x, z)
            kind = "whole days" if whole else "continuous"
            print(f"  {kind:>10}, {days:3} days: ShopLens {t_mine:.3f} s, scipy {t_scipy:.3f} s,"
                  f" largest difference {worst(mine, oracle):.1e}")


def fit_timing(n: int) -> None:

    import shoplens.numeric.optimize as optimize

    x, t_x, T = customers(n, True)
    m = gamma_gamma.simulate(SPEND, np.maximum(x, 1).astype(int), 1)
    print(f"Fits on {n:,} customers in whole days (numeric.optimize against scipy's L-BFGS-B, same objective)")
    own = optimize.minimize_bounded
    for label in ("ShopLens", "scipy"):
        optimize.minimize_bounded = own if label == "ShopLens" else scipy_minimize
        (bg, ll), t_bg = clock(bgnbd.fit, x, t_x, T)
        (gg, gll), t_gg = clock(gamma_gamma.fit, x[x > 0], m[x > 0])
        print(f"  {label:>8}: BG/NBD {t_bg:.2f} s, log-likelihood {ll:.6f} (r={bg.r:.6f} α={bg.alpha:.4f}"
              f" a={bg.a:.6f} b={bg.b:.6f}); Gamma-Gamma {t_gg:.2f} s, {gll:.6f}")
    optimize.minimize_bounded = own


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--customers", type=int, default=200_000)
    args = parser.parse_args()
    print(f"bench_numeric {dt.datetime.now():%Y-%m-%d %H:%M}")
    accuracy()
    bracket_timing(args.customers)
    fit_timing(args.customers)


if __name__ == "__main__":
    main()
