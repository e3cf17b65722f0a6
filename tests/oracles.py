"""The scipy computations the app used before numeric/ replaced them: the oracles of tests/test_numeric_*.py and
benchmarks/bench_numeric.py (scipy is a dev dependency only)."""

from __future__ import annotations

import numpy as np

from shoplens.numeric.optimize import OptimizeResult
from shoplens.predict.bgnbd import BGNBDParams


def scipy_bracket(params: BGNBDParams, x, z) -> np.ndarray:
    """The BG/NBD bracket with scipy's hyp2f1: the direct form, Euler's transformation where that overflowed."""
    from scipy.special import hyp2f1

    r, a, b = params.r, params.a, params.b
    x, z = np.broadcast_arrays(np.asarray(x, dtype=float), np.asarray(z, dtype=float))
    log1m = np.log1p(-z)
    with np.errstate(all="ignore"):
        out = 1 - np.exp((r + x) * log1m) * hyp2f1(r + x, b + x, a + b + x - 1, z)
        bad = ~np.isfinite(out)
        out[bad] = 1 - np.exp((a - 1) * log1m[bad]) * hyp2f1(a + b - 1 - r, a - 1, a + b + x[bad] - 1, z[bad])
    return out


def scipy_minimize(fun, x0, bounds, *, maxiter, ftol, gtol) -> OptimizeResult:
    """numeric.optimize.minimize_bounded's call done by scipy's L-BFGS-B."""
    from scipy.optimize import minimize

    r = minimize(fun, x0, jac=True, method="L-BFGS-B", bounds=bounds,
                 options={"maxiter": maxiter, "ftol": ftol, "gtol": gtol})
    return OptimizeResult(r.x, float(r.fun), bool(r.success), str(r.message), int(r.nit))
