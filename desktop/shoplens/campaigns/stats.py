"""Statistics of a campaign: conversion in two arms (Newcombe, log-ratio, z-test, Fisher) and revenue (Welch).

Conventions: arm 1 is the treatment (got the message), arm 2 the holdout. The absolute lift is p1 - p2 with
Newcombe's hybrid score interval (method 10: from the two Wilson intervals); the relative lift is p1 / p2 - 1
with the Katz log-ratio interval; the p-value is the pooled two-proportion z-test, or Fisher's exact test when any
expected cell of the 2×2 table is below 5. Revenue per customer (zeros included) is compared with Welch's t
interval. The t quantile and tail and Fisher's test come from numeric.distributions.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from statistics import NormalDist

Z95 = NormalDist().inv_cdf(0.975)


@dataclass
class ConversionTest:
    """Conversion in treatment (1) and holdout (2), the lifts with 95% CIs and the p-value."""

    x1: int
    n1: int
    x2: int
    n2: int
    p1: float
    p2: float
    ci1: tuple[float, float]
    ci2: tuple[float, float]
    diff: float
    diff_ci: tuple[float, float]
    rel: float | None
    rel_ci: tuple[float, float] | None
    p_value: float
    test: str  # 'z' or 'fisher'

    def as_dict(self) -> dict:
        """Plain values for JSON."""
        return asdict(self)


@dataclass
class MeanDifference:
    """Mean per customer in each arm, the difference with Welch's 95% CI, and Welch's p-value."""

    mean1: float
    mean2: float
    diff: float
    ci: tuple[float, float]
    p_value: float

    def as_dict(self) -> dict:
        """Plain values for JSON."""
        return asdict(self)


def wilson(x: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for a proportion x/n ((0, 1) when n is 0)."""
    if n <= 0:
        return (0.0, 1.0)
    p = x / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (max(0.0, min(p, centre - half)), min(1.0, max(p, centre + half)))  # rounding never leaves p out


def newcombe(x1: int, n1: int, x2: int, n2: int, z: float = Z95) -> tuple[float, float]:
    """Newcombe's hybrid score interval for p1 - p2 (method 10)."""
    p1, p2 = x1 / n1, x2 / n2
    l1, u1 = wilson(x1, n1, z)
    l2, u2 = wilson(x2, n2, z)
    d = p1 - p2
    lower = d - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
    upper = d + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
    return (max(-1.0, lower), min(1.0, upper))


def log_ratio_ci(x1: int, n1: int, x2: int, n2: int, z: float = Z95) -> tuple[float, float] | None:
    """Katz log-ratio 95% interval for p1/p2 - 1; None when either arm has no conversions."""
    if x1 == 0 or x2 == 0:
        return None
    ratio = (x1 / n1) / (x2 / n2)
    se = math.sqrt(max(1 / x1 - 1 / n1 + 1 / x2 - 1 / n2, 0.0))
    return (ratio * math.exp(-z * se) - 1, ratio * math.exp(z * se) - 1)


def z_test(x1: int, n1: int, x2: int, n2: int) -> float:
    """Two-sided p-value of the pooled two-proportion z-test (1.0 when nobody or everybody converted)."""
    pooled = (x1 + x2) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    if se == 0:
        return 1.0
    z = (x1 / n1 - x2 / n2) / se
    return 2 * (1 - NormalDist().cdf(abs(z)))


def small_expected(x1: int, n1: int, x2: int, n2: int) -> bool:
    """True when any expected cell of the 2×2 table is below 5 (so Fisher's exact test is used)."""
    total = n1 + n2
    converted = x1 + x2
    cells = [n * k / total for n in (n1, n2) for k in (converted, total - converted)]
    return min(cells) < 5


def fisher(x1: int, n1: int, x2: int, n2: int) -> float:
    """Two-sided p-value of Fisher's exact test (as scipy.stats.fisher_exact and R's fisher.test)."""
    from ..numeric.distributions import fisher_two_sided

    return fisher_two_sided(x1, n1, x2, n2)


def compare_conversion(x1: int, n1: int, x2: int, n2: int) -> ConversionTest:
    """Conversion of treatment (x1 of n1) against holdout (x2 of n2), with lifts, CIs and a p-value."""
    if n1 <= 0 or n2 <= 0:
        raise ValueError("both arms need at least one customer")
    if not (0 <= x1 <= n1 and 0 <= x2 <= n2):
        raise ValueError("conversions must lie between 0 and the arm's size")
    p1, p2 = x1 / n1, x2 / n2
    if small_expected(x1, n1, x2, n2):
        p_value, test = fisher(x1, n1, x2, n2), "fisher"
    else:
        p_value, test = z_test(x1, n1, x2, n2), "z"
    return ConversionTest(
        x1=x1, n1=n1, x2=x2, n2=n2, p1=p1, p2=p2, ci1=wilson(x1, n1), ci2=wilson(x2, n2), diff=p1 - p2,
        diff_ci=newcombe(x1, n1, x2, n2), rel=(p1 / p2 - 1) if x2 else None, rel_ci=log_ratio_ci(x1, n1, x2, n2),
        p_value=min(1.0, p_value), test=test)


def welch(values1: Sequence[float], values2: Sequence[float]) -> MeanDifference:
    """Difference of means (1 minus 2) with Welch's 95% t interval and two-sided p-value."""
    from ..numeric.distributions import t_ppf, t_sf

    n1, n2 = len(values1), len(values2)
    if n1 == 0 or n2 == 0:
        raise ValueError("both arms need at least one customer")
    m1, m2 = math.fsum(values1) / n1, math.fsum(values2) / n2
    v1 = math.fsum((v - m1) ** 2 for v in values1) / (n1 - 1) if n1 > 1 else 0.0
    v2 = math.fsum((v - m2) ** 2 for v in values2) / (n2 - 1) if n2 > 1 else 0.0
    a, b = v1 / n1, v2 / n2
    diff = m1 - m2
    se = math.sqrt(a + b)
    if se == 0:
        return MeanDifference(m1, m2, diff, (diff, diff), 1.0 if diff == 0 else 0.0)
    parts = (a * a / (n1 - 1) if n1 > 1 else 0.0) + (b * b / (n2 - 1) if n2 > 1 else 0.0)
    df = (a + b) ** 2 / parts if parts > 0 else float(max(n1 + n2 - 2, 1))
    q = t_ppf(0.975, df)
    p_value = 2 * t_sf(abs(diff / se), df)
    return MeanDifference(m1, m2, diff, (diff - q * se, diff + q * se), p_value)
