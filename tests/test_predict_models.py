"""BG/NBD and Gamma-Gamma: the published CDNOW estimates, recovery of known parameters, and the formulas."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from shoplens.predict import bgnbd, gamma_gamma
from shoplens.predict.bgnbd import BGNBDParams
from shoplens.predict.gamma_gamma import GammaGammaParams

CDNOW = Path(__file__).parent / "fixtures" / "cdnow_summary.csv"


@pytest.fixture(scope="module")
def cdnow() -> np.ndarray:
    return np.genfromtxt(CDNOW, delimiter=",", names=True)


def test_cdnow_fixture_is_the_published_sample(cdnow) -> None:
    assert len(cdnow) == 2357
    assert (cdnow["T"].max(), cdnow["T"].min()) == (38.86, 27.0)
    assert int((cdnow["frequency"] > 0).sum()) == 946


def test_bgnbd_reproduces_fader_hardie_lee_2005(cdnow) -> None:
    params, ll = bgnbd.fit(cdnow["frequency"], cdnow["recency"], cdnow["T"])
    published = {"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426}
    for key, value in published.items():
        assert getattr(params, key) == pytest.approx(value, rel=0.005), key
    assert ll == pytest.approx(-9582.4, abs=0.1)  # the paper's log-likelihood


def test_gamma_gamma_reproduces_fader_hardie(cdnow) -> None:
    repeat = cdnow[cdnow["frequency"] > 0]
    params, _ = gamma_gamma.fit(repeat["frequency"], repeat["monetary_value"])
    published = {"p": 6.25, "q": 3.74, "gamma": 15.44}
    for key, value in published.items():
        assert getattr(params, key) == pytest.approx(value, rel=0.005), key


def test_cdnow_conditional_expectations_match_the_paper(cdnow) -> None:
    """FHL 2005: a customer with x=2, t_x=30.43, T=38.86 is expected to buy 1.226 times in the next 39 weeks."""
    params = BGNBDParams(0.243, 4.414, 0.793, 2.426)
    assert bgnbd.expected_purchases(params, 39, [2], [30.43], [38.86])[0] == pytest.approx(1.226, abs=0.002)
    # a customer with no repeat purchase is certainly active under BG/NBD; later recency means more likely active
    alive = bgnbd.p_alive(params, [0, 2, 2], [0, 10, 30], [38.86, 38.86, 38.86])
    assert alive[0] == 1.0 and alive[1] < alive[2] < 1.0


def test_expected_purchases_agree_with_simulation() -> None:
    params = BGNBDParams(0.5, 6.0, 0.7, 3.0)
    T = np.full(200_000, 40.0)
    x, _ = bgnbd.simulate(params, T, seed=3)
    expected = bgnbd.unconditional_purchases(params, np.array([40.0]))[0]
    assert x.mean() == pytest.approx(expected, rel=0.02)


@pytest.mark.parametrize("seed", [1, 2])
def test_bgnbd_recovers_known_parameters(seed: int) -> None:
    truth = BGNBDParams(r=0.6, alpha=8.0, a=0.9, b=3.5)
    rng = np.random.default_rng(seed)
    T = rng.uniform(20, 60, 20_000)
    x, t_x = bgnbd.simulate(truth, T, seed=seed)
    fitted, _ = bgnbd.fit(x, t_x, T)
    assert fitted.r == pytest.approx(truth.r, rel=0.1)
    assert fitted.alpha == pytest.approx(truth.alpha, rel=0.15)
    assert fitted.a == pytest.approx(truth.a, rel=0.25)
    assert fitted.b == pytest.approx(truth.b, rel=0.35)
    # what matters downstream: the implied purchases over the next year agree closely
    grid = np.array([13.0, 52.0])
    assert bgnbd.unconditional_purchases(fitted, grid) == pytest.approx(bgnbd.unconditional_purchases(truth, grid),
                                                                         rel=0.05)


def test_gamma_gamma_recovers_known_parameters() -> None:
    truth = GammaGammaParams(p=5.0, q=4.0, gamma=20.0)
    rng = np.random.default_rng(11)
    x = rng.integers(1, 12, 20_000)
    m = gamma_gamma.simulate(truth, x, seed=11)
    fitted, _ = gamma_gamma.fit(x, m)
    assert fitted.p == pytest.approx(truth.p, rel=0.1)
    assert fitted.q == pytest.approx(truth.q, rel=0.1)
    assert fitted.gamma == pytest.approx(truth.gamma, rel=0.15)
    assert fitted.population_mean == pytest.approx(truth.population_mean, rel=0.03)


def test_expected_spend_shrinks_towards_the_shop() -> None:
    params = GammaGammaParams(p=6.25, q=3.74, gamma=15.44)
    spend = gamma_gamma.expected_spend(params, [0, 1, 20, 1], [np.nan, 100.0, 100.0, 5.0])
    assert spend[0] == pytest.approx(params.population_mean)
    assert params.population_mean < spend[1] < spend[2] < 100.0  # more orders: closer to the customer's own average
    assert spend[3] > 5.0


def test_median_wait_and_purchase_probability_are_consistent() -> None:
    params = BGNBDParams(0.243, 4.414, 0.793, 2.426)
    x, t_x, T = np.array([3.0]), np.array([35.0]), np.array([38.86])
    wait = bgnbd.median_wait(params, x, T)
    alive = bgnbd.p_alive(params, x, t_x, T)
    # half of the active customers have bought again by the median wait
    assert bgnbd.p_buy_within(params, float(wait[0]), x, t_x, T)[0] == pytest.approx(alive[0] / 2)
    assert bgnbd.p_buy_within(params, 1e9, x, t_x, T)[0] == pytest.approx(alive[0], rel=1e-6)


def test_compress_keeps_the_likelihood() -> None:
    rng = np.random.default_rng(0)
    x = rng.integers(0, 3, 500).astype(float)
    t_x = np.where(x > 0, rng.integers(1, 5, 500), 0).astype(float)
    T = np.full(500, 6.0)
    p = np.array([0.5, 3.0, 0.8, 2.0])
    cx, ct, cT, w = bgnbd.compress(x, t_x, T)
    assert len(cx) < 50
    assert bgnbd.log_likelihood(p, cx, ct, cT, w) == pytest.approx(bgnbd.log_likelihood(p, x, t_x, T))


def test_gradients_match_finite_differences(cdnow) -> None:
    from scipy.optimize import check_grad

    x, t_x, T = cdnow["frequency"], cdnow["recency"], cdnow["T"]
    for start in ([0.3, 4.0, 0.8, 2.4], [1.2, 9.0, 0.3, 5.0]):
        p = np.array(start)
        error = check_grad(lambda v: bgnbd.log_likelihood(v, x, t_x, T), lambda v: bgnbd.gradient(v, x, t_x, T), p)
        assert error < 1e-3 * np.linalg.norm(bgnbd.gradient(p, x, t_x, T))
    repeat = cdnow[cdnow["frequency"] > 0]
    x, m = repeat["frequency"], repeat["monetary_value"]
    q = np.array([5.0, 3.0, 14.0])
    error = check_grad(lambda v: gamma_gamma.log_likelihood(v, x, m), lambda v: gamma_gamma.gradient(v, x, m), q)
    assert error < 1e-3 * np.linalg.norm(gamma_gamma.gradient(q, x, m))


def test_expected_purchases_stay_finite_for_heavy_buyers() -> None:
    for params in (BGNBDParams(0.4, 25.0, 0.2, 2.7), BGNBDParams(0.16, 16.0, 1.8e6, 8.9e6)):
        x = np.array([0.0, 5.0, 50.0, 100.0, 200.0])
        T = np.full(5, 10.0)
        for horizon in (90.0, 3650.0):
            values = bgnbd.expected_purchases(params, horizon, x, T, T)
            assert np.all(np.isfinite(values)) and np.all(np.diff(values) >= -1e-9)
    # the transformed bracket agrees with the direct formula where both are finite
    p = BGNBDParams(0.4, 25.0, 0.2, 2.7)
    z = np.array([0.1, 0.5, 0.9])
    from scipy.special import hyp2f1

    direct = 1 - (1 - z) ** (p.r + 3) * hyp2f1(p.r + 3, p.b + 3, p.a + p.b + 2, z)
    euler = 1 - (1 - z) ** (p.a - 1) * hyp2f1(p.a + p.b - 1 - p.r, p.a - 1, p.a + p.b + 2, z)
    assert euler == pytest.approx(direct, rel=1e-9)
