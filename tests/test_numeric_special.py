"""numeric.special against scipy (the oracle the app no longer ships) and, where scipy itself loses digits, mpmath."""

from __future__ import annotations

import numpy as np
import pytest

from oracles import scipy_bracket
from shoplens.numeric import special
from shoplens.predict import bgnbd
from shoplens.predict.bgnbd import BGNBDParams

mp = pytest.importorskip("mpmath")
mp.mp.dps = 50


def log_uniform(rng, low, high, n):
    return np.exp(rng.uniform(np.log(low), np.log(high), n))


def agree_or_be_exact(mine, oracle, exact, rtol, atol=0.0) -> int:
    """mine within rtol of scipy's values, or, where scipy's differ, within rtol of the exact value (mpmath, 50
    digits) while scipy's are not: returns how many of scipy's values were the ones off."""
    mine, oracle = np.asarray(mine), np.asarray(oracle)
    differ = np.flatnonzero(~(np.abs(mine - oracle) <= rtol * np.abs(oracle) + atol))
    for i in differ:
        value = exact(i)
        assert abs(mine[i] - value) <= rtol * abs(value) + atol, (i, mine[i], oracle[i], value)
        assert not abs(oracle[i] - value) <= rtol * abs(value) + atol
    return len(differ)


def exact_bracket(r, a, b, x, z) -> float:
    r, a, b, x, z = (mp.mpf(float(v)) for v in (r, a, b, x, z))
    return float(1 - (1 - z) ** (r + x) * mp.hyp2f1(r + x, b + x, a + b + x - 1, z))


@pytest.mark.parametrize("name", ["gammaln", "digamma"])
def test_gammaln_and_digamma_match_scipy_from_1e_8_to_1e8(name):
    import scipy.special

    rng = np.random.default_rng(5)
    x = np.concatenate([log_uniform(rng, 1e-8, 1e8, 20_000), rng.uniform(0, 20, 20_000), [1e-8, 1.0, 2.0, 1e8]])
    mine, oracle = getattr(special, name)(x), getattr(scipy.special, name)(x)
    # relative 1e-13, and 1e-14 absolute next to the functions' zeros (x = 1, 2; digamma's x ≈ 1.4616)
    assert np.all(np.abs(mine - oracle) <= 1e-13 * np.abs(oracle) + 1e-14), x[np.argmax(np.abs(mine - oracle))]
    near_zero = x < 1e-4  # digamma ≈ −1/x − γ there, gammaln ≈ −log x
    assert np.all(np.abs(mine[near_zero] - oracle[near_zero]) <= 1e-14 * np.abs(oracle[near_zero]))


def test_special_functions_take_scalars_and_edges():
    assert special.gammaln(1.0) == pytest.approx(0.0, abs=1e-14) and special.gammaln(0.5) == pytest.approx(
        0.5 * np.log(np.pi), rel=1e-15)
    assert special.digamma(1.0) == pytest.approx(-0.5772156649015329, rel=1e-15)
    assert special.gammaln(0.0) == np.inf and special.digamma(0.0) == -np.inf
    assert np.isnan(special.gammaln(-1.0)) and special.gammaln(np.inf) == np.inf
    assert special.gammaln(np.array([[3.0, 4.0]])).shape == (1, 2)


def test_betaln_keeps_its_digits_where_scipy_does_not():
    """log B(a, b) over a, b in [1e-8, 1e8]: within 1e-13 of mpmath everywhere (scipy's is off by up to 1e-9 when
    one argument is huge: it subtracts log-gammas of 1e7); within scipy's own rounding (1e-13 of the log-gammas it
    subtracts) of scipy's where both are below 1e3."""
    import scipy.special

    rng = np.random.default_rng(7)
    a, b = log_uniform(rng, 1e-8, 1e8, 400), log_uniform(rng, 1e-8, 1e8, 400)
    exact = np.array([float(mp.log(mp.beta(mp.mpf(u), mp.mpf(v)))) for u, v in zip(a, b, strict=True)])
    mine = special.betaln(a, b)
    assert np.all(np.abs(mine - exact) <= 1e-13 * np.maximum(np.abs(exact), 1.0))
    a, b = log_uniform(rng, 1e-3, 1e3, 5000), log_uniform(rng, 1e-3, 1e3, 5000)
    oracle = scipy.special.betaln(a, b)
    scale = np.abs(scipy.special.gammaln(a)) + np.abs(scipy.special.gammaln(b)) + np.abs(scipy.special.gammaln(a + b))
    assert np.all(np.abs(special.betaln(a, b) - oracle) <= 1e-13 * np.maximum(scale, 1.0))


def test_hyp2f1_matches_scipy_or_the_exact_value():
    """2F1(a, b; c; z) for a, b, c in [1e-3, 50], z in [0, 0.95]: within 1e-10 of scipy, except 5 of 3,000 where
    scipy's is off (by up to 4%) and this one is within 1e-10 of mpmath."""
    import scipy.special

    rng = np.random.default_rng(11)
    a, b, c = log_uniform(rng, 1e-3, 50, 3000), log_uniform(rng, 1e-3, 50, 3000), log_uniform(rng, 1e-3, 50, 3000)
    z = rng.uniform(0, 0.95, 3000)
    oracle = scipy.special.hyp2f1(a, b, c, z)
    off = agree_or_be_exact(special.hyp2f1(a, b, c, z), oracle, lambda i: float(mp.hyp2f1(a[i], b[i], c[i], z[i])),
                            rtol=1e-10)
    assert off <= 10


GRID = [1e-3, 0.3, 3.0, 1e3]


@pytest.mark.parametrize("r", GRID)
def test_bracket_matches_scipy_on_a_wide_grid(r):
    """r, a, b from 1e-3 to 1e3, 0 to 3,000 repeat purchases, z from 1e-3 to 0.99: finite everywhere, within 1e-9
    of scipy's bracket or, where scipy's is off (inf, or digits lost to 1 − (1−z)^A·2F1), of the exact value."""
    xs, zs = np.meshgrid([0.0, 1, 2, 30, 100, 3000], [1e-3, 0.05, 0.3, 0.6, 0.9, 0.99])
    x, z = xs.ravel(), zs.ravel()
    for a in GRID:
        for b in GRID:
            if r == a == b == 1e3:
                continue  # mpmath takes 35 s for the 20 values scipy gets wrong here; a corner below has the like
            params = BGNBDParams(r, 1.0, a, b)
            mine, oracle = bgnbd._bracket(params, x, z), scipy_bracket(params, x, z)
            assert np.all(np.isfinite(mine)), (a, b)
            agree_or_be_exact(mine, oracle, lambda i, a=a, b=b: exact_bracket(r, a, b, x[i], z[i]), rtol=1e-9)


@pytest.mark.parametrize(("r", "a", "b", "x", "z"), [
    (0.3, 0.3, 0.3, 100, 0.99),  # a + b < 1 + r: scipy's Euler fallback is inf here
    (1e-3, 1e-3, 1e-3, 3000, 0.9),
    (0.5, 0.6, 3.0, 20, 0.999),  # z close to 1
    (0.16, 1.8e6, 8.9e6, 200, 0.99),  # a, b at the top of the fit's bounds
    (1e4, 1e4, 3.0, 3000, 0.99),  # both series long: millions of terms
    (1e-3, 0.3, 1e4, 0, 1e-6),  # a tiny bracket: scipy's 1 − (1−z)^A·2F1 keeps 3 digits, this one 9
    (1e4, 1e-3, 1e-3, 0, 1e-6),
    (0.243, 0.793, 2.426, 2, 0.5),  # CDNOW
])
def test_bracket_hard_corners_match_the_exact_value(r, a, b, x, z):
    mine = bgnbd._bracket(BGNBDParams(r, 1.0, a, b), np.array([float(x)]), np.array([z]))[0]
    assert mine == pytest.approx(exact_bracket(r, a, b, x, z), rel=1e-9)


def test_hyp2f1_complement_is_zero_at_zero_and_handles_a_at_minus_one_to_zero():
    assert special.hyp2f1_complement(2.0, 3.0, 4.0, 0.0) == 0.0
    # a in (−1, 0): 1 − (1−z)^a·2F1 is negative and still one-signed term by term
    value = special.hyp2f1_complement(-0.4, 2.5, 10.0, 0.7)
    exact = 1 - (1 - mp.mpf(0.7)) ** mp.mpf(-0.4) * mp.hyp2f1(-0.4, 2.5, 10, mp.mpf(0.7))
    assert value == pytest.approx(float(exact), rel=1e-12)
