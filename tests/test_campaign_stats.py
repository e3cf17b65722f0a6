"""Campaign statistics: known values, the minimum detectable lift, and simulations of many campaigns (coverage of
the 95% intervals with and without a true lift, false-positive rate of the p-value under no effect)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from shoplens.campaigns import stats
from shoplens.campaigns.assign import assign
from shoplens.campaigns.power import holdout_size, minimum_detectable_lift, warnings_for


def test_wilson_and_newcombe_match_published_example():
    # Newcombe (1998), Table II example: 56/70 vs 48/80 → difference 0.2, method 10 interval 0.0524 to 0.3339
    lo, hi = stats.newcombe(56, 70, 48, 80)
    assert lo == pytest.approx(0.0524, abs=5e-4) and hi == pytest.approx(0.3339, abs=5e-4)
    wl, wh = stats.wilson(81, 263)  # Wilson's interval for 81/263 (Newcombe 1998): 0.2553 to 0.3662
    assert wl == pytest.approx(0.2553, abs=5e-4) and wh == pytest.approx(0.3662, abs=5e-4)


def test_z_test_fisher_and_log_ratio_against_scipy():
    from scipy.stats import fisher_exact, norm

    x1, n1, x2, n2 = 130, 1000, 95, 1000
    pooled = (x1 + x2) / (n1 + n2)
    z = (x1 / n1 - x2 / n2) / math.sqrt(pooled * (1 - pooled) * (2 / 1000))
    result = stats.compare_conversion(x1, n1, x2, n2)
    assert result.test == "z" and result.p_value == pytest.approx(2 * norm.sf(z), rel=1e-9)
    assert result.diff == pytest.approx(0.035) and result.rel == pytest.approx(130 / 95 - 1)
    lo, hi = result.rel_ci
    se = math.sqrt(1 / 130 - 1 / 1000 + 1 / 95 - 1 / 1000)
    assert lo == pytest.approx((130 / 95) * math.exp(-1.959964 * se) - 1, rel=1e-5) and lo < result.rel < hi
    small = stats.compare_conversion(4, 30, 0, 8)  # expected cells below 5 → Fisher
    assert small.test == "fisher"
    assert small.p_value == pytest.approx(fisher_exact([[4, 26], [0, 8]]).pvalue)
    assert small.rel is None and small.rel_ci is None  # nobody in the holdout bought: no ratio


def test_welch_against_scipy():
    from scipy.stats import ttest_ind

    rng = np.random.default_rng(1)
    a, b = rng.exponential(50, 300).tolist(), rng.exponential(40, 80).tolist()
    result = stats.welch(a, b)
    ref = ttest_ind(a, b, equal_var=False)
    assert result.p_value == pytest.approx(ref.pvalue, rel=1e-9)
    ci = ref.confidence_interval(0.95)
    assert result.ci == pytest.approx((ci.low, ci.high), rel=1e-9)


def test_bad_arms_are_refused():
    with pytest.raises(ValueError):
        stats.compare_conversion(1, 0, 1, 10)
    with pytest.raises(ValueError):
        stats.compare_conversion(11, 10, 1, 10)


def test_minimum_detectable_lift_matches_sample_size_formula():
    from scipy.stats import norm

    # equal groups of 1,000 at a 10% baseline: the textbook answer is about 4.0 points
    mde = minimum_detectable_lift(1000, 1000, 0.10)
    assert 0.038 < mde < 0.044
    p0, p1 = 0.10, 0.10 + mde
    pooled = (p0 + p1) / 2
    need = (norm.ppf(0.975) * math.sqrt(2 * pooled * (1 - pooled)) + norm.ppf(0.8) *
            math.sqrt(p0 * (1 - p0) + p1 * (1 - p1))) ** 2 / mde ** 2
    assert need == pytest.approx(1000, rel=1e-3)  # the sample-size formula gives back n
    assert minimum_detectable_lift(9000, 1000, 0.1) < minimum_detectable_lift(900, 100, 0.1)
    assert minimum_detectable_lift(3, 1, 0.5) is None  # even +50 points is not enough
    assert warnings_for(900, 90, minimum_detectable_lift(900, 90, 0.1), 0.1) == ["holdout_small", "mde_large"]
    assert warnings_for(9000, 1000, minimum_detectable_lift(9000, 1000, 0.1), 0.1) == []


def test_assignment_is_reproducible_and_exact():
    ids = list(range(1, 1001))
    a = assign(ids, holdout_size(1000, 0.1), seed=42)
    b = assign(list(reversed(ids)), 100, seed=42)
    assert a == b and sum(v == "holdout" for v in a.values()) == 100
    c = assign(ids, 100, seed=43)
    assert a != c
    held = [cid for cid, arm in a.items() if arm == "holdout"]
    assert 350 < np.mean(held) < 650  # spread over the ids, not the first hundred
    assert holdout_size(1, 0.1) == 0 and holdout_size(5, 0.01) == 1 and holdout_size(5, 0.99) == 4


def _simulate(seed: int, n1: int, n2: int, p1: float, p2: float):
    rng = np.random.default_rng(seed)
    b1, b2 = rng.random(n1) < p1, rng.random(n2) < p2
    spend1 = np.where(b1, rng.gamma(2.0, 60.0, n1), 0.0)
    spend2 = np.where(b2, rng.gamma(2.0, 60.0, n2), 0.0)
    return stats.compare_conversion(int(b1.sum()), n1, int(b2.sum()), n2), stats.welch(spend1.tolist(),
                                                                                        spend2.tolist())


@pytest.mark.parametrize(("p1", "p2"), [(0.13, 0.10), (0.10, 0.10)], ids=["lift-3-points", "no-lift"])
def test_simulated_campaigns_cover_the_true_lift(p1, p2):
    n1, n2, seeds = 1800, 600, 200
    true_rel, true_rev = p1 / p2 - 1, (p1 - p2) * 120.0
    cover = {"diff": 0, "rel": 0, "rev": 0}
    for seed in range(seeds):
        conv, rev = _simulate(seed, n1, n2, p1, p2)
        cover["diff"] += conv.diff_ci[0] <= p1 - p2 <= conv.diff_ci[1]
        cover["rel"] += conv.rel_ci[0] <= true_rel <= conv.rel_ci[1]
        cover["rev"] += rev.ci[0] <= true_rev <= rev.ci[1]
    rates = {k: v / seeds for k, v in cover.items()}
    assert all(0.90 <= r <= 0.99 for r in rates.values()), rates


def test_null_p_values_are_uniform_and_small_groups_use_fisher():
    seeds = 1000
    p_values, tests = [], set()
    for seed in range(seeds):
        rng = np.random.default_rng(10_000 + seed)
        n1, n2 = 400, 100
        x1, x2 = int((rng.random(n1) < 0.08).sum()), int((rng.random(n2) < 0.08).sum())
        result = stats.compare_conversion(x1, n1, x2, n2)
        p_values.append(result.p_value)
        tests.add(result.test)
    p = np.array(p_values)
    false_positive = (p < 0.05).mean()
    assert 0.025 <= false_positive <= 0.075, false_positive
    # roughly uniform: each quarter of [0, 1] holds about a quarter (discrete tests are a little conservative)
    quarters = np.histogram(p, bins=[0, 0.25, 0.5, 0.75, 1.0001])[0] / seeds
    assert all(0.17 <= q <= 0.33 for q in quarters), quarters
    assert tests == {"z", "fisher"}  # 8% of 100 sometimes leaves an expected cell under 5


def test_wilson_interval_always_holds_the_rate():
    for n in range(1, 400):
        for x in (0, 1, n // 2, n - 1, n):
            low, high = stats.wilson(x, n)
            assert 0.0 <= low <= x / n <= high <= 1.0


@pytest.mark.parametrize(("n1", "n2", "baseline"), [(1800, 600, 0.10), (900, 100, 0.20), (5000, 5000, 0.03)])
def test_a_lift_of_exactly_the_mde_is_found_four_times_in_five(n1, n2, baseline):
    mde = minimum_detectable_lift(n1, n2, baseline)
    rng = np.random.default_rng(99)
    x1, x2 = rng.binomial(n1, baseline + mde, 1000), rng.binomial(n2, baseline, 1000)
    power = np.mean([stats.compare_conversion(int(a), n1, int(b), n2).p_value < 0.05 for a, b in zip(x1, x2,
                                                                                                       strict=True)])
    assert 0.75 <= power <= 0.85, power
