"""BG/NBD (Fader, Hardie & Lee 2005): repeat purchases and the probability a customer is still active.

Per customer the model sees x = repeat purchases, t_x = time of the last purchase since the first, and
T = time from the first purchase to the end of the calibration period (all in one unit, days or weeks).
While active a customer buys at rate λ ~ Gamma(r, α); after each purchase they drop out with probability
p ~ Beta(a, b). The parameters are fitted by maximum likelihood over log-parameters (numeric.optimize), with rows that
share (x, t_x, T) folded into one weighted row, so 200k customers fit in about a second.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


LOG_BOUNDS = (-16.0, 16.0)  # log-parameters stay within e^±16: a fit that reaches a bound did not settle


@dataclass(frozen=True)
class BGNBDParams:
    """Fitted BG/NBD parameters: purchase rate Gamma(r, alpha), dropout Beta(a, b); alpha is in the data's unit."""

    r: float
    alpha: float
    a: float
    b: float

    def as_dict(self) -> dict[str, float]:
        return asdict(self)


def log_likelihood(params: np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray,
                   weights: np.ndarray | None = None) -> float:
    """The BG/NBD log-likelihood of (r, alpha, a, b) for the customers' (x, t_x, T), summed with weights."""
    return _value_and_gradient(params, x, t_x, T, weights, with_gradient=False)[0]


def gradient(params: np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray,
             weights: np.ndarray | None = None) -> np.ndarray:
    """The weighted log-likelihood's gradient with respect to (r, alpha, a, b)."""
    return _value_and_gradient(params, x, t_x, T, weights)[1]


def _value_and_gradient(params, x, t_x, T, weights=None, *, with_gradient: bool = True, unique=None):
    """Log-likelihood and gradient together; the special functions run once per distinct x (a few dozen values)."""
    import numpy as np

    from ..numeric.special import betaln, digamma, gammaln

    r, alpha, a, b = (float(v) for v in params)
    x, t_x, T = (np.asarray(v, dtype=float) for v in (x, t_x, T))
    w = np.ones_like(x) if weights is None else np.asarray(weights, dtype=float)
    ux, inv = unique if unique is not None else np.unique(x, return_inverse=True)
    repeat = x > 0
    with np.errstate(divide="ignore"):
        log_b = np.where(ux > 0, np.log(b + ux - 1), 0.0)
    a12 = (gammaln(r + ux) - gammaln(r) + betaln(a, b + ux) - betaln(a, b))[inv] + r * np.log(alpha)
    log_at_big = np.log(alpha + T)
    log_at_small = np.log(alpha + t_x)
    a3 = -(r + x) * log_at_big
    a4 = np.where(repeat, np.log(a) - log_b[inv] - (r + x) * log_at_small, -np.inf)
    total = np.logaddexp(a3, a4)
    value = float(np.dot(a12 + total, w))
    if not with_gradient:
        return value, None
    w3 = np.exp(a3 - total)
    w4 = 1.0 - w3
    with np.errstate(divide="ignore"):
        inv_b = np.where(ux > 0, 1.0 / (b + ux - 1), 0.0)
    d_ab = digamma(a + b) - digamma(a + b + ux)
    d_r = (digamma(r + ux) - digamma(r))[inv] + np.log(alpha) - w3 * log_at_big - w4 * log_at_small
    d_alpha = r / alpha - (r + x) * (w3 / (alpha + T) + w4 / (alpha + t_x))
    d_a = d_ab[inv] + w4 / a
    d_b = (d_ab + digamma(b + ux) - digamma(b))[inv] - w4 * inv_b[inv]
    return value, np.array([np.dot(d, w) for d in (d_r, d_alpha, d_a, d_b)])


def compress(x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Rows with the same (x, t_x, T) folded into one row with a count (the likelihood only needs counts)."""
    import numpy as np

    rows = np.column_stack([x, t_x, T]).astype(float)
    unique, counts = np.unique(rows, axis=0, return_counts=True)
    return unique[:, 0], unique[:, 1], unique[:, 2], counts.astype(float)


def fit(x: np.ndarray, t_x: np.ndarray, T: np.ndarray, *, start: tuple[float, float, float, float] | None = None,
        ) -> tuple[BGNBDParams, float]:
    """Maximum-likelihood (r, alpha, a, b) and the maximised log-likelihood."""
    import numpy as np

    from ..numeric.optimize import minimize_bounded

    x, t_x, T = (np.asarray(v, dtype=float) for v in (x, t_x, T))
    cx, ct, cT, w = compress(x, t_x, T)
    unique = np.unique(cx, return_inverse=True)
    scale = max(float(np.mean(T)), 1e-9)
    total = w.sum()

    def objective(logp: np.ndarray) -> tuple[float, np.ndarray]:
        with np.errstate(all="ignore"):
            return _objective(logp)

    def _objective(logp: np.ndarray) -> tuple[float, np.ndarray]:
        params = np.exp(logp)
        value, grad = _value_and_gradient(params, cx, ct, cT, w, unique=unique)
        if not np.isfinite(value):
            return 1e10, np.zeros(4)
        return -value / total, -grad * params / total

    first = np.log(start) if start else np.log([1.0, scale, 1.0, 1.0])
    result = minimize_bounded(objective, first, [LOG_BOUNDS] * 4, maxiter=2000, ftol=1e-15, gtol=1e-10)
    r, alpha, a, b = np.exp(result.x)
    return BGNBDParams(float(r), float(alpha), float(a), float(b)), -float(result.fun) * total


def p_alive(params: BGNBDParams, x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> np.ndarray:
    """Probability each customer is still active at the end of the period (1 for customers with no repeat)."""
    import numpy as np

    r, alpha, a, b = params.r, params.alpha, params.a, params.b
    x, t_x, T = (np.asarray(v, dtype=float) for v in (x, t_x, T))
    with np.errstate(divide="ignore", invalid="ignore"):
        log_ratio = np.log(a) - np.log(b + x - 1) + (r + x) * (np.log(alpha + T) - np.log(alpha + t_x))
    log_ratio = np.where(x > 0, log_ratio, -np.inf)
    return np.exp(-np.logaddexp(0.0, log_ratio))


def expected_purchases(params: BGNBDParams, t: float | np.ndarray, x: np.ndarray, t_x: np.ndarray,
                       T: np.ndarray) -> np.ndarray:
    """Expected purchases in the next `t` units for each customer given their history (conditional expectation)."""
    import numpy as np

    alpha, a, b = params.alpha, params.a, params.b
    x, t_x, T = (np.asarray(v, dtype=float) for v in (x, t_x, T))
    t = np.asarray(t, dtype=float)
    z = t / (alpha + T + t)
    head = (a + b + x - 1) / (a - 1)
    return np.maximum(head * _bracket(params, x, z) * p_alive(params, x, t_x, T), 0.0)


def unconditional_purchases(params: BGNBDParams, t: np.ndarray) -> np.ndarray:
    """Expected repeat purchases of a new customer within `t` units of the first purchase, E[X(t)]."""
    import numpy as np

    alpha, a, b = params.alpha, params.a, params.b
    t = np.maximum(np.asarray(t, dtype=float), 0.0)
    z = t / (alpha + t)
    out = (a + b - 1) / (a - 1) * _bracket(params, np.zeros_like(t), z)
    return np.where(t > 0, out, 0.0)


def _bracket(params: BGNBDParams, x: np.ndarray, z: np.ndarray) -> np.ndarray:
    """1 − (1−z)^(r+x) · 2F1(r+x, b+x; a+b+x−1; z), the bracket of the expected-purchases formulas.

    Euler's transformation 2F1(A, B; C; z) = (1−z)^(C−A−B) · 2F1(C−A, C−B; C; z) gives the same bracket as
    1 − (1−z)^(a−1) · 2F1(a+b−1−r, a−1; a+b+x−1; z). Both are numeric.special.hyp2f1_complement, a sum over
    negative binomial weights of size r+x or a−1 whose length grows with that size: each customer takes the
    smaller (the direct form for huge a and b, the transformed one for many purchases; the direct one also when
    a + b − 1 − r <= 0, where the transformed one's second parameter is not positive). Rows that share (x, z)
    are summed once.
    """
    import numpy as np

    from ..numeric.special import hyp2f1_complement

    r, a, b = params.r, params.a, params.b
    x, z = np.broadcast_arrays(np.asarray(x, dtype=float), np.asarray(z, dtype=float))
    pairs, inverse = np.unique(x.ravel() + 1j * z.ravel(), return_inverse=True)  # sorted by x, then z
    ux, uz = pairs.real, pairs.imag
    direct = (r + ux <= a - 1) | (a + b - 1 - r <= 0)
    size = np.where(direct, r + ux, a - 1)
    lower = np.where(direct, b + ux, a + b - 1 - r)
    out = hyp2f1_complement(size, lower, a + b + ux - 1, uz)
    return out[inverse.ravel()].reshape(x.shape)


def median_wait(params: BGNBDParams, x: np.ndarray, T: np.ndarray) -> np.ndarray:
    """Median time to the next purchase for a customer who is still active.

    An active customer's next purchase comes after an Exp(λ) wait with λ ~ Gamma(r + x, α + T) given the history,
    so the wait is Lomax: P(W > w) = ((α+T)/(α+T+w))^(r+x), median (α+T)(2^(1/(r+x)) − 1).
    """
    import numpy as np

    x, T = np.asarray(x, dtype=float), np.asarray(T, dtype=float)
    return (params.alpha + T) * np.expm1(np.log(2.0) / (params.r + x))


def p_buy_within(params: BGNBDParams, t: float, x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> np.ndarray:
    """Probability of at least one purchase in the next `t` units: P(active) · (1 − Lomax survival of the wait)."""
    import numpy as np

    x, T = np.asarray(x, dtype=float), np.asarray(T, dtype=float)
    survive = np.exp((params.r + x) * (np.log(params.alpha + T) - np.log(params.alpha + T + t)))
    return p_alive(params, x, t_x, T) * (1 - survive)


def simulate_times(params: BGNBDParams, T: np.ndarray, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Simulate repeat purchases for customers observed for T units after their first purchase (tests, benchmarks).

    Returns (customer index, time since the first purchase) of every repeat purchase, in time order per round.
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    T = np.asarray(T, dtype=float)
    n = len(T)
    lam = rng.gamma(params.r, 1.0 / params.alpha, n)
    p = rng.beta(params.a, params.b, n)
    now = np.zeros(n)
    active = np.ones(n, dtype=bool)
    owners, times = [], []
    while active.any():
        idx = np.flatnonzero(active)
        nxt = now[idx] + rng.exponential(1.0, len(idx)) / lam[idx]
        inside = nxt <= T[idx]
        hit = idx[inside]
        owners.append(hit)
        times.append(nxt[inside])
        now[hit] = nxt[inside]
        active[idx[~inside]] = False
        active[hit[rng.random(len(hit)) < p[hit]]] = False
    return np.concatenate(owners), np.concatenate(times)


def simulate(params: BGNBDParams, T: np.ndarray, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Simulate (x, t_x) for customers observed for T units each under the model (for tests and checks)."""
    import numpy as np

    owners, times = simulate_times(params, T, seed)
    n = len(T)
    x = np.bincount(owners, minlength=n).astype(float)
    t_x = np.zeros(n)
    np.maximum.at(t_x, owners, times)
    return x, t_x
