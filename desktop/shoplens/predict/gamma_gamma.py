"""Gamma-Gamma spend model (Fader & Hardie): the average order value a customer will keep spending.

A customer's order values are Gamma(p, ν) with ν ~ Gamma(q, γ) across customers. It is fitted on repeat buyers
(x ≥ 1 repeat purchases with a positive mean spend m_x) by maximum likelihood over log-parameters; a customer's
expected spend per order shrinks their own average towards the shop's: (p(γ + x·m_x)) / (p·x + q − 1).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True)
class GammaGammaParams:
    """Fitted Gamma-Gamma parameters (gamma is in money units: the same currency as the spend)."""

    p: float
    q: float
    gamma: float

    def as_dict(self) -> dict[str, float]:
        return asdict(self)

    @property
    def population_mean(self) -> float:
        """The shop's mean spend per order under the model, p·γ/(q − 1) (infinite when q ≤ 1)."""
        return self.p * self.gamma / (self.q - 1) if self.q > 1 else float("inf")


def log_likelihood(params: np.ndarray, x: np.ndarray, m: np.ndarray) -> float:
    """The Gamma-Gamma log-likelihood of (p, q, gamma) for repeat buyers' counts `x` and mean spends `m`."""
    return _value_and_gradient(params, x, m, with_gradient=False)[0]


def gradient(params: np.ndarray, x: np.ndarray, m: np.ndarray) -> np.ndarray:
    """The log-likelihood's gradient with respect to (p, q, gamma)."""
    return _value_and_gradient(params, x, m)[1]


def _value_and_gradient(params, x, m, *, with_gradient: bool = True, unique=None):
    """Log-likelihood and gradient; the special functions run once per distinct number of repeat purchases."""
    import numpy as np

    from ..numeric.special import digamma, gammaln

    p, q, g = (float(v) for v in params)
    x, m = np.asarray(x, dtype=float), np.asarray(m, dtype=float)
    ux, inv = unique if unique is not None else np.unique(x, return_inverse=True)
    pu = p * ux
    log_m = np.log(m)
    log_total = np.log(g + x * m)
    per_x = (gammaln(pu + q) - gammaln(pu) - gammaln(q) + pu * np.log(ux))[inv]
    px = p * x
    value = float(np.sum(per_x + q * np.log(g) + (px - 1) * log_m - (px + q) * log_total))
    if not with_gradient:
        return value, None
    both = digamma(pu + q)
    d_p = np.sum(x * ((both - digamma(pu) + np.log(ux))[inv] + log_m - log_total))
    d_q = np.sum((both - digamma(q))[inv] + np.log(g) - log_total)
    d_g = np.sum(q / g - (px + q) / (g + x * m))
    return value, np.array([d_p, d_q, d_g])


def fit(x: np.ndarray, m: np.ndarray) -> tuple[GammaGammaParams, float]:
    """Maximum-likelihood (p, q, gamma) from repeat buyers (x > 0, m > 0) and the maximised log-likelihood."""
    import numpy as np

    from ..numeric.optimize import minimize_bounded
    from .bgnbd import LOG_BOUNDS

    x, m = np.asarray(x, dtype=float), np.asarray(m, dtype=float)
    keep = (x > 0) & (m > 0) & np.isfinite(m)
    x, m = x[keep], m[keep]
    n = max(len(x), 1)
    unique = np.unique(x, return_inverse=True)
    mean = float(np.mean(m)) if len(m) else 1.0

    def objective(logp: np.ndarray) -> tuple[float, np.ndarray]:
        with np.errstate(all="ignore"):
            return _objective(logp)

    def _objective(logp: np.ndarray) -> tuple[float, np.ndarray]:
        params = np.exp(logp)
        value, grad = _value_and_gradient(params, x, m, unique=unique)
        if not np.isfinite(value):
            return 1e10, np.zeros(3)
        return -value / n, -grad * params / n

    result = minimize_bounded(objective, np.log([1.0, 2.0, mean]), [LOG_BOUNDS] * 3, maxiter=2000, ftol=1e-15, gtol=1e-10)
    p, q, g = np.exp(result.x)
    return GammaGammaParams(float(p), float(q), float(g)), -float(result.fun) * n


def expected_spend(params: GammaGammaParams, x: np.ndarray, m: np.ndarray) -> np.ndarray:
    """Expected spend per future order: the customer's average shrunk towards the shop's (the mean for x = 0)."""
    import numpy as np

    x = np.asarray(x, dtype=float)
    m = np.nan_to_num(np.asarray(m, dtype=float), nan=0.0)
    usable = (x > 0) & (m > 0)
    px = params.p * np.where(usable, x, 0.0)
    own = params.p * (params.gamma + np.where(usable, x * m, 0.0)) / (px + params.q - 1)
    return np.where(usable, own, params.population_mean)


def simulate(params: GammaGammaParams, x: np.ndarray, seed: int = 0) -> np.ndarray:
    """Mean spend over x orders per customer under the model (for tests)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    x = np.asarray(x, dtype=int)
    nu = rng.gamma(params.q, 1.0 / params.gamma, len(x))
    # the sum of x Gamma(p, nu) orders is Gamma(p·x, nu)
    return rng.gamma(params.p * x, 1.0 / nu) / x
