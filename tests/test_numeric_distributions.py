"""numeric.distributions against scipy.stats (and exact values where scipy's lose digits)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shoplens.numeric import distributions

DFS = [1, 1.5, 2, 2.7, 3, 4.2, 5, 9.3, 30, 100, 1234.5, 1e4, 1e5, 1e6]
PROBABILITIES = [0.5000001, 0.6, 0.9, 0.95, 0.975, 0.99, 0.995, 0.9995, 0.999999, 0.025, 1e-3]


@pytest.mark.parametrize("df", DFS)
def test_t_sf_matches_scipy(df):
    """P(T > t) within 1e-10 relative for t from 1e-6 to 1e3 either side of 0 (the campaign p-values' range)."""
    from scipy import stats

    for t in (0.0, 1e-6, 1e-3, 0.1, 0.5, 1.0, 1.96, 2.5, 4.0, 8.0, 20.0, 50.0, 1e3):
        for value in (t, -t):
            assert distributions.t_sf(value, df) == pytest.approx(float(stats.t.sf(value, df)), rel=1e-10), value


def test_t_sf_near_zero_keeps_digits_scipy_loses():
    """For ν = 1 (Cauchy) P(T > t) = ½ − atan(t)/π exactly; scipy's is off by 3e-9 at t = 1e-8."""
    for t in (1e-8, 1e-5, 0.3):
        assert distributions.t_sf(t, 1) == pytest.approx(0.5 - math.atan(t) / math.pi, rel=1e-14)


@pytest.mark.parametrize("df", DFS)
def test_t_ppf_matches_scipy_and_inverts_sf(df):
    from scipy import stats

    for p in PROBABILITIES:
        q = distributions.t_ppf(p, df)
        assert q == pytest.approx(float(stats.t.ppf(p, df)), rel=1e-10), p
        assert distributions.t_sf(q, df) == pytest.approx(1 - p, rel=1e-9)


def test_t_edges():
    assert distributions.t_ppf(0.5, 7) == 0.0 and distributions.t_ppf(1.0, 7) == math.inf
    assert distributions.t_ppf(0.0, 7) == -math.inf and math.isnan(distributions.t_ppf(1.5, 7))
    assert distributions.t_sf(math.inf, 3) == 0.0 and distributions.t_sf(-math.inf, 3) == 1.0
    assert math.isnan(distributions.t_sf(1.0, 0))


def fisher_oracle(x1, n1, x2, n2):
    from scipy.stats import fisher_exact

    return float(fisher_exact([[x1, n1 - x1], [x2, n2 - x2]]).pvalue)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.integers(1, 80), st.integers(1, 80), st.data())
def test_fisher_matches_scipy_on_small_tables(n1, n2, data):
    """Every 2×2 table of arms up to 80 (ties included: equal arms give mirror tables of equal probability)."""
    x1 = data.draw(st.integers(0, n1))
    x2 = data.draw(st.integers(0, n2))
    assert distributions.fisher_two_sided(x1, n1, x2, n2) == pytest.approx(fisher_oracle(x1, n1, x2, n2), rel=1e-10)


@pytest.mark.parametrize(("x1", "n1", "x2", "n2"), [
    (3, 100_000, 4, 500),  # a tiny holdout: p ≈ 2e-8
    (2, 200_000, 9, 200_000),
    (1000, 50_000, 1100, 50_000),
    (0, 1000, 10, 1000),
    (0, 5, 0, 7), (5, 5, 7, 7),  # nobody / everybody converted
    (2, 5, 3, 5),
])
def test_fisher_matches_scipy_on_large_arms(x1, n1, x2, n2):
    assert distributions.fisher_two_sided(x1, n1, x2, n2) == pytest.approx(fisher_oracle(x1, n1, x2, n2), rel=1e-10)


def test_betainc_matches_scipy():
    from scipy.special import betainc

    rng = np.random.default_rng(3)
    for a, b, x in zip(np.exp(rng.uniform(-5, 12, 500)), np.exp(rng.uniform(-5, 12, 500)), rng.uniform(0, 1, 500),
                       strict=True):
        oracle = float(betainc(a, b, x))
        assert distributions.betainc(a, b, x) == pytest.approx(oracle, rel=1e-9, abs=1e-300), (a, b, x)
