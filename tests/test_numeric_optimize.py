"""numeric.optimize against scipy's L-BFGS-B: on test functions with bounds, and on the BG/NBD and Gamma-Gamma fits."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import shoplens.numeric.optimize as optimize
from oracles import scipy_minimize
from shoplens.predict import bgnbd, gamma_gamma
from shoplens.predict.bgnbd import BGNBDParams
from shoplens.predict.gamma_gamma import GammaGammaParams

CDNOW = Path(__file__).parent / "fixtures" / "cdnow_summary.csv"


def rosenbrock(x):
    value = np.sum(100 * (x[1:] - x[:-1] ** 2) ** 2 + (1 - x[:-1]) ** 2)
    grad = np.zeros_like(x)
    grad[:-1] = -400 * x[:-1] * (x[1:] - x[:-1] ** 2) - 2 * (1 - x[:-1])
    grad[1:] += 200 * (x[1:] - x[:-1] ** 2)
    return value, grad


@pytest.mark.parametrize(("x0", "bounds"), [
    ([-1.2, 1.0], [(-5, 5)] * 2),  # the free minimum (1, 1) down the curved valley
    ([0.0, 0.0, 0.0, 0.0], [(-5, 0.5), (-5, 5), (-5, 5), (2.0, 5)]),  # one upper and one lower bound active
    ([9.0, -9.0, 3.0], [(-2, 2)] * 3),  # a start outside the box is moved into it
])
def test_bounded_minimum_matches_lbfgsb(x0, bounds):
    mine = optimize.minimize_bounded(rosenbrock, x0, bounds, ftol=1e-15, gtol=1e-10, maxiter=2000)
    oracle = scipy_minimize(rosenbrock, x0, bounds, maxiter=2000, ftol=1e-15, gtol=1e-10)
    assert mine.success, mine.message
    assert mine.fun == pytest.approx(oracle.fun, rel=1e-7, abs=1e-14)
    np.testing.assert_allclose(mine.x, oracle.x, rtol=1e-5, atol=1e-7)
    lower, upper = np.array(bounds, dtype=float).T
    assert np.all((lower <= mine.x) & (mine.x <= upper)) and mine.nit > 0


def test_the_iteration_limit_is_reported():
    result = optimize.minimize_bounded(rosenbrock, [-1.2, 1.0], [(-5, 5)] * 2, maxiter=3)
    assert not result.success and result.nit == 3 and "limit" in result.message


def with_scipy_fits(monkeypatch):
    """The models' fit functions with scipy's L-BFGS-B in place of numeric.optimize (same objective, same options)."""
    monkeypatch.setattr(optimize, "minimize_bounded", scipy_minimize)


def counting_evaluations(monkeypatch) -> list:
    """A list that grows by one at each objective evaluation numeric.optimize makes from now on."""
    calls: list = []
    real = optimize.minimize_bounded
    monkeypatch.setattr(optimize, "minimize_bounded",
                        lambda fun, *args, **kwargs: real(lambda p: calls.append(1) or fun(p), *args, **kwargs))
    return calls


def datasets():
    data = np.genfromtxt(CDNOW, delimiter=",", names=True)
    yield "cdnow", data["frequency"], data["recency"], data["T"], data["monetary_value"]
    truths = [BGNBDParams(0.5, 30, 0.6, 3.0), BGNBDParams(2.0, 10, 3.0, 10.0), BGNBDParams(0.3, 50, 0.2, 0.5)]
    for seed, truth in enumerate(truths):
        rng = np.random.default_rng(seed)
        T = rng.integers(1, 730, 8000).astype(float)
        x, t_x = bgnbd.simulate(truth, T, seed)
        m = gamma_gamma.simulate(GammaGammaParams(4.0, 3.0, 300.0), np.maximum(x, 1).astype(int), seed)
        yield f"simulated {truth}", x, np.floor(t_x), T, np.where(x > 0, m, 0.0)


@pytest.mark.parametrize("data", list(datasets()), ids=lambda d: d[0])
def test_model_fits_match_scipy(data, monkeypatch):
    """BG/NBD and Gamma-Gamma on CDNOW and CDNOW-like simulations: the same maximum as scipy's L-BFGS-B
    (log-likelihood within 1e-7 relative, every parameter within 1e-4)."""
    _, x, t_x, T, m = data
    repeat = (x > 0) & (m > 0)
    mine_bg, mine_ll = bgnbd.fit(x, t_x, T)
    mine_gg, mine_gg_ll = gamma_gamma.fit(x[repeat], m[repeat])
    with_scipy_fits(monkeypatch)
    oracle_bg, oracle_ll = bgnbd.fit(x, t_x, T)
    oracle_gg, oracle_gg_ll = gamma_gamma.fit(x[repeat], m[repeat])
    assert mine_ll == pytest.approx(oracle_ll, rel=1e-7) and mine_ll >= oracle_ll - 1e-9 * abs(oracle_ll)
    assert mine_gg_ll == pytest.approx(oracle_gg_ll, rel=1e-7)
    for mine, oracle in ((mine_bg, oracle_bg), (mine_gg, oracle_gg)):
        for key, value in oracle.as_dict().items():
            assert mine.as_dict()[key] == pytest.approx(value, rel=1e-4), key


def test_a_flat_ridge_stops_soon_at_scipys_maximum(tmp_path, monkeypatch):
    """A small shop (120 customers, 51 repeat buyers) whose BG/NBD likelihood is a ridge where a and b run off to
    millions together: the search stops once it no longer gains, at scipy's maximum, instead of crawling along
    (2,300 evaluations and 5 s for the shop's predictions before the stall rule)."""
    from segdata import new_workspace, small_shop
    from shoplens.predict.run import predict_customers

    with new_workspace(tmp_path) as ws:
        small_shop(ws)
        calls = counting_evaluations(monkeypatch)
        mine = predict_customers(ws)
        with_scipy_fits(monkeypatch)
        oracle = predict_customers(ws)
    assert mine.log_likelihood == pytest.approx(oracle.log_likelihood, rel=1e-8)
    assert len(calls) < 1000


# 41 customers of tests/cleaningdata.three_sources (the till's and the online shop's buyers after import), in days:
# their BG/NBD likelihood rises as r and alpha grow together (alpha stops at its bound e^16) and as a and b do
RIDGE_X = [0] * 13 + [1] * 18 + [2] * 10
RIDGE_T_X = [0] * 13 + [3, 7, 25, 26, 37, 55, 59, 65, 87, 88, 95, 124, 125, 158, 180, 182, 212, 240,
                        34, 59, 90, 90, 147, 151, 189, 214, 221, 239]
RIDGE_T = [33, 34, 34, 37, 63, 65, 68, 98, 187, 202, 221, 249, 249, 66, 191, 217, 186, 131, 64, 214, 193, 247, 153,
           159, 129, 187, 162, 246, 253, 216, 248, 249, 245, 154, 161, 248, 214, 190, 247, 221, 244]


def test_a_ridge_cut_by_a_bound_reaches_scipys_maximum_soon(monkeypatch):
    """With alpha held at its bound while r slides along with it, holding variables by the sign of their gradient
    crawled for 26,000 evaluations (45 s) short of scipy's maximum; the Cauchy point and a model of the last steps
    reach it (or a little past it) in a few hundred."""
    calls = counting_evaluations(monkeypatch)
    _, mine = bgnbd.fit(RIDGE_X, RIDGE_T_X, RIDGE_T)
    with_scipy_fits(monkeypatch)
    _, oracle = bgnbd.fit(RIDGE_X, RIDGE_T_X, RIDGE_T)
    assert mine >= oracle - 1e-7 * abs(oracle)
    assert len(calls) < 1000
