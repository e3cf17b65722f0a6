"""Student's t tail and quantile, and Fisher's exact test, for the campaign statistics (scalars; math only).

- betainc: the regularised incomplete beta I_x(a, b) by the continued fraction of Numerical Recipes (3rd ed.,
  6.4; modified Lentz), on the side of the symmetry I_x(a, b) = 1 − I_(1−x)(b, a) where it converges fast.
- t_sf: P(T > t) = I_(ν/(ν+t²))(ν/2, ½)/2; t_ppf: Hill's (1970) start refined by safeguarded Newton steps.
- fisher_two_sided: the sum of the hypergeometric probabilities of all 2×2 tables with the observed margins that
  are not more likely than the observed one (ties within a relative 1e-7, as R's fisher.test).
"""

from __future__ import annotations

import math
from statistics import NormalDist

_TINY = 1e-300


def _log_beta(a: float, b: float) -> float:
    from .special import betaln

    return float(betaln(a, b))


def _continued_fraction(a: float, b: float, x: float) -> float:
    """The continued fraction of I_x(a, b) (NR 6.4.5), converging fast for x < (a+1)/(a+b+2)."""
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > _TINY else _TINY)
    h = d
    for m in range(1, 100_000):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > _TINY else _TINY)
        c = 1.0 + aa / c
        c = c if abs(c) > _TINY else _TINY
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > _TINY else _TINY)
        c = 1.0 + aa / c
        c = c if abs(c) > _TINY else _TINY
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-16:
            return h
    raise ArithmeticError(f"incomplete beta did not converge for a={a}, b={b}, x={x}")


def betainc(a: float, b: float, x: float) -> float:
    """The regularised incomplete beta function I_x(a, b) for a, b > 0 and 0 <= x <= 1."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    swap = x > (a + 1.0) / (a + b + 2.0)
    if swap:
        a, b, x = b, a, 1.0 - x
    log_front = a * math.log(x) + b * math.log1p(-x) - _log_beta(a, b) - math.log(a)
    value = math.exp(log_front) * _continued_fraction(a, b, x)
    return 1.0 - value if swap else value


def _t_tail(t: float, df: float) -> float:
    """P(T > t) for t >= 0, with x = ν/(ν+t²) written so that it keeps its digits for ν far above t²."""
    if math.isinf(t):
        return 0.0
    ratio = t * t / df
    x = 1.0 / (1.0 + ratio)
    if x > (df / 2 + 1.0) / (df / 2 + 2.5):  # the symmetric side: 1 − I_(1−x)(½, ν/2), with 1−x exact
        return 0.5 - 0.5 * betainc(0.5, df / 2, ratio / (1.0 + ratio))
    return 0.5 * betainc(df / 2, 0.5, x)


def t_sf(t: float, df: float) -> float:
    """Survival function P(T > t) of Student's t with `df` > 0 degrees of freedom."""
    if math.isnan(t) or math.isnan(df) or df <= 0:
        return math.nan
    return _t_tail(t, df) if t >= 0 else 1.0 - _t_tail(-t, df)


def _t_pdf(t: float, df: float) -> float:
    log_norm = -0.5 * math.log(df) - _log_beta(0.5, df / 2)
    return math.exp(log_norm - (df + 1) / 2 * math.log1p(t * t / df))


def t_ppf(p: float, df: float) -> float:
    """Quantile of Student's t: the t with P(T <= t) = p, for 0 < p < 1 and `df` > 0."""
    if math.isnan(p) or math.isnan(df) or df <= 0 or not 0.0 <= p <= 1.0:
        return math.nan
    if p in (0.0, 1.0):
        return math.copysign(math.inf, p - 0.5)
    if p == 0.5:
        return 0.0
    if p < 0.5:
        return -t_ppf(1.0 - p, df)
    tail = 1.0 - p
    if df == 1:
        t = math.tan(math.pi * (p - 0.5))
    elif df == 2:
        t = (2 * p - 1) / math.sqrt(2 * p * (1 - p))
    else:  # Hill (1970): Cornish-Fisher expansion of the normal quantile in 1/ν
        z = NormalDist().inv_cdf(p)
        g1 = (z**3 + z) / 4
        g2 = (5 * z**5 + 16 * z**3 + 3 * z) / 96
        g3 = (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / 384
        t = z + g1 / df + g2 / df**2 + g3 / df**3
    # safeguarded Newton on sf(t) = tail: keep a bracket [low, high] and bisect when a step leaves it
    low, high = 0.0, math.inf
    for _ in range(200):
        excess = _t_tail(t, df) - tail
        if excess == 0:
            return t
        if excess > 0:
            low = t
        else:
            high = t
        new = t + excess / _t_pdf(t, df)
        if not low < new < high:
            new = (low + high) / 2 if math.isfinite(high) else 2 * t + 1
        if abs(new - t) <= 1e-15 * abs(t):
            return new
        t = new
    return t


def fisher_two_sided(x1: int, n1: int, x2: int, n2: int) -> float:
    """Two-sided p-value of Fisher's exact test on the table [[x1, n1−x1], [x2, n2−x2]].

    The tables with the observed margins differ in their top-left cell k; their probabilities are the
    hypergeometric ones, taken relative to the first by the ratio of neighbours (no factorials: exact to a few
    ulps however large the arms). The p-value sums those not above the observed table's times (1 + 1e-7).
    """
    total = n1 + n2
    converted = x1 + x2
    if n1 == 0 or n2 == 0 or converted == 0 or converted == total:
        return 1.0
    low, high = max(0, converted - n2), min(converted, n1)
    logs = [0.0]
    for k in range(low, high):  # P(k+1)/P(k) = (n1−k)(converted−k) / ((k+1)(n2−converted+k+1))
        logs.append(logs[-1] + math.log((n1 - k) * (converted - k)) - math.log((k + 1) * (n2 - converted + k + 1)))
    top = max(logs)
    weights = [math.exp(v - top) for v in logs]
    observed = weights[x1 - low]
    extreme = math.fsum(w for w in weights if w <= observed * (1 + 1e-7))
    return min(1.0, extreme / math.fsum(weights))
