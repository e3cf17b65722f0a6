"""Special functions for the purchase and spend models, vectorised over float64 arrays (numpy only).

- gammaln, digamma: Stirling's series for x >= 8 (10 for digamma) and the recurrences Γ(x+1) = xΓ(x),
  ψ(x+1) = ψ(x) + 1/x below (Abramowitz & Stegun 6.1.40, 6.3.5, 6.3.18). Relative error ~1e-15 against scipy,
  absolute ~1e-15 next to the zeros of lgamma (x = 1, 2) and of digamma (x ≈ 1.4616).
- betaln: the gammaln sum while both arguments are small; otherwise Stirling's form written so that the large
  terms do not cancel (what cephes' lbeta does for the same reason): log B(1e6, 1e7) keeps 15 digits.
- hyp2f1_complement: 1 − (1−z)^a · 2F1(a, b; c; z) for b > 0, c > −1 (not 0), a > −1, 0 <= z < 1, summed as
  Σ_k NB_k · (1 − (b)_k/(c)_k), where NB_k = (1−z)^a (a)_k z^k / k! are the negative binomial weights:
  every term has one sign (1 − (b)_k/(c)_k has the sign of c − b for all k >= 1), so nothing cancels, and a running power-of-ten scale keeps huge a and z near 1
  (weights far below the smallest double at k = 0) finite. The BG/NBD expected-purchases bracket is this with
  (a, b, c) = (r+x, b+x, a+b+x−1) or, after Euler's transformation, (a−1, a+b−1−r, a+b+x−1).
"""

from __future__ import annotations

import math

import numpy as np

_HALF_LOG_2PI = 0.5 * math.log(2 * math.pi)
# Stirling's correction log Γ(x) − [(x−½)log x − x + ½log 2π] = Σ B_2k / (2k(2k−1) x^(2k−1)), in powers of 1/x²
_STIRLING = (1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400)
# ψ(x) − (log x − 1/2x) = −Σ B_2k / (2k x^2k), in powers of 1/x²
_DIGAMMA = (-1 / 12, 1 / 120, -1 / 252, 1 / 240, -1 / 132, 691 / 32760, -1 / 12)
_SHIFT_GAMMA = 8.0
_SHIFT_DIGAMMA = 10.0


def _poly(y: np.ndarray, coefficients: tuple[float, ...]) -> np.ndarray:
    out = np.full_like(y, coefficients[-1])
    for c in coefficients[-2::-1]:
        out = out * y + c
    return out


def _stirling_correction(x: np.ndarray) -> np.ndarray:
    """log Γ(x) minus Stirling's leading terms, for x >= 8 (error below 1e-16)."""
    return _poly(1.0 / (x * x), _STIRLING) / x


def _shift_up(x: np.ndarray, floor: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """x moved up by whole steps to at least `floor`: (shifted x, product of the skipped x+i, sum of 1/(x+i))."""
    shape = np.shape(x)
    y = np.array(x, dtype=float).reshape(-1)
    product, reciprocal = np.ones_like(y), np.zeros_like(y)
    low = np.flatnonzero(y < floor)
    if low.size:
        start = y[low]
        steps = np.ceil(floor - start)
        offsets = np.arange(int(floor), dtype=float)
        skipped = start[:, None] + offsets
        used = offsets < steps[:, None]
        product[low] = np.prod(np.where(used, skipped, 1.0), axis=1)
        reciprocal[low] = np.sum(np.where(used, 1.0 / skipped, 0.0), axis=1)
        y[low] = start + steps
    return y.reshape(shape), product.reshape(shape), reciprocal.reshape(shape)


def gammaln(x) -> np.ndarray:
    """log Γ(x) for x > 0 (inf at 0, nan below)."""
    x = np.asarray(x, dtype=float)
    with np.errstate(all="ignore"):
        y, product, _ = _shift_up(np.where(x > 0, x, 1.0), _SHIFT_GAMMA)
        out = (y - 0.5) * np.log(y) - y + _HALF_LOG_2PI + _stirling_correction(y) - np.log(product)
        out = np.where(x > 0, out, np.where(x == 0, np.inf, np.nan))
        out = np.where(np.isposinf(x), np.inf, out)
    return out[()] if out.ndim == 0 else out


def digamma(x) -> np.ndarray:
    """ψ(x) = d/dx log Γ(x) for x > 0 (−inf at 0, nan below)."""
    x = np.asarray(x, dtype=float)
    with np.errstate(all="ignore"):
        y, _, reciprocal = _shift_up(np.where(x > 0, x, 1.0), _SHIFT_DIGAMMA)
        out = np.log(y) - 0.5 / y + _poly(1.0 / (y * y), _DIGAMMA) / (y * y) - reciprocal
        out = np.where(x > 0, out, np.where(x == 0, -np.inf, np.nan))
        out = np.where(np.isposinf(x), np.inf, out)
    return out[()] if out.ndim == 0 else out


def betaln(a, b) -> np.ndarray:
    """log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a+b) for a, b > 0, accurate when either is huge."""
    a, b = np.broadcast_arrays(np.asarray(a, dtype=float), np.asarray(b, dtype=float))
    small, big = np.minimum(a, b), np.maximum(a, b)
    total = small + big
    with np.errstate(all="ignore"):
        both_small = gammaln(small) + gammaln(big) - gammaln(total)
        big_safe = np.maximum(big, _SHIFT_GAMMA)
        # one small: log Γ(big) − log Γ(small+big) by Stirling, the large parts folded into log1p(small/big)
        one_big = (gammaln(small) - (big_safe - 0.5) * np.log1p(small / big_safe) - small * np.log(small + big_safe)
                   + small + _stirling_correction(big_safe) - _stirling_correction(small + big_safe))
        small_safe = np.maximum(small, _SHIFT_GAMMA)
        total_safe = small_safe + big_safe
        both_big = (_HALF_LOG_2PI + (small_safe - 0.5) * np.log(small_safe / total_safe)
                    + (big_safe - 0.5) * np.log1p(-small_safe / total_safe) - 0.5 * np.log(total_safe)
                    + _stirling_correction(small_safe) + _stirling_correction(big_safe)
                    - _stirling_correction(total_safe))
        out = np.where(big < _SHIFT_GAMMA, both_small, np.where(small < _SHIFT_GAMMA, one_big, both_big))
    return out[()] if out.ndim == 0 else out


_TOLERANCE = 2e-17
_BLOCK_CELLS = 1 << 21  # terms summed per pass over all unfinished elements (a block per element)


def _log_pochhammer_ratio(a: np.ndarray, k: np.ndarray) -> np.ndarray:
    """log |(a)_k / k!| for a > −1, k >= 0 whole, through betaln (no long sum of logs, so no drift)."""
    with np.errstate(all="ignore"):
        positive = -betaln(np.maximum(a, 1e-300), k + 1) - np.log(a + k)
        negative = np.log(np.abs(a)) - betaln(a + 1, np.maximum(k, 1)) - np.log(a + k) - np.log(np.maximum(k, 1))
    return np.where(k == 0, 0.0, np.where(a > 0, positive, np.where(a == 0, -np.inf, negative)))


def _log_rising_ratio(b: np.ndarray, c: np.ndarray, k: np.ndarray) -> np.ndarray:
    """log |(b)_k / (c)_k| for b > 0, c > −1, k >= 0 whole: log B(b+k, c−b) − log B(b, c−b) (or its mirror for
    c < b); for −1 < c < 0, (b)_k/(c)_k = (b/c)·(b+1)_(k−1)/(c+1)_(k−1) (negative for every k >= 1)."""
    negative = c < 0
    b, c, k = np.where(negative, b + 1, b), np.where(negative, c + 1, c), np.where(negative, np.maximum(k - 1, 0), k)
    gap = c - b
    with np.errstate(all="ignore"):
        up = betaln(b + k, np.abs(gap)) - betaln(b, np.abs(gap))
        down = betaln(c, np.abs(gap)) - betaln(c + k, np.abs(gap))
        out = np.where((k == 0) | (gap == 0), 0.0, np.where(gap > 0, up, down))
        return np.where(negative, np.where(k + 1 > 0, out + np.log((b - 1) / np.abs(c - 1)), 0.0), out)


def _nb_series_logs(a, b, c, z, max_terms: int):
    """_nb_series for the long sums: weights that underflow at k = 0 or need more than a thousand terms.

    The terms go in blocks of k (a matrix of unfinished elements × k; 32 terms, then twice as many each block while
    the matrix stays below 2M cells), in logarithms: each block starts from log NB_k and log ρ_k computed afresh
    with betaln, and runs on with cumulative sums of the log term ratios; the sums are kept relative to the largest
    term so far. An element stops once
    its weights are past their peak and their remaining tail, times |ρ| or |1−ρ| (at most 1 when c > b, growing
    like k^(b−c) otherwise), is below 2e-17 of both sums. Elements that reach `max_terms` give nan.
    """
    a, b, c, z = (np.array(v, dtype=float).ravel() for v in np.broadcast_arrays(a, b, c, z))
    n = len(z)
    log_scale, sum_rho, sum_u = np.zeros(n), np.zeros(n), np.zeros(n)
    live = np.arange(n)
    la, lb, lc, lz = a, b, c, z
    gap = c - b
    top, lsr, lsu = np.full(n, -np.inf), np.zeros(n), np.zeros(n)
    sign = np.where(a < 0, -1.0, 1.0)  # of NB_k for k >= 1
    rho_sign = np.where(c < 0, -1.0, 1.0)  # of ρ_k for k >= 1
    k0 = blocks = 0
    with np.errstate(all="ignore"):
        log_z, log_1mz = np.log(z), np.log1p(-z)
        while len(live):
            width = int(min(max(_BLOCK_CELLS // len(live), 16), 32 << blocks, 65536))
            blocks += 1
            k = k0 + np.arange(width, dtype=float)
            log_w0 = _log_pochhammer_ratio(la, np.full(len(live), float(k0))) + la * log_1mz + (k0 * log_z if k0 else 0.0)
            log_w0 = np.where((k0 == 0) | (lz > 0), log_w0, -np.inf)
            log_rho0 = np.where(k0 == 0, 0.0, _log_rising_ratio(lb, lc, np.full(len(live), float(k0))))
            step_w = np.log(np.abs(la[:, None] + k)) + log_z[:, None] - np.log(k + 1)
            after = lc[:, None] + k
            step_rho = np.where(after > 0, np.log1p(-gap[:, None] / after), np.log(np.abs((lb[:, None] + k) / after)))
            log_w = np.cumsum(step_w, axis=1)
            log_rho = np.cumsum(step_rho, axis=1)
            next_w, next_rho = log_w0 + log_w[:, -1], log_rho0 + log_rho[:, -1]
            log_w = log_w0[:, None] + np.concatenate([np.zeros((len(live), 1)), log_w[:, :-1]], axis=1)
            log_rho = log_rho0[:, None] + np.concatenate([np.zeros((len(live), 1)), log_rho[:, :-1]], axis=1)
            new_top = np.maximum(top, log_w.max(axis=1))
            new_top = np.where(np.isfinite(new_top), new_top, 0.0)
            weight = np.exp(log_w - new_top[:, None]) * np.where(k == 0, 1.0, sign[:, None])
            keep_old = np.exp(top - new_top)
            flip = (k > 0) & (rho_sign[:, None] < 0)
            lsr = lsr * keep_old + np.sum(weight * np.where(flip, -1.0, 1.0) * np.exp(log_rho), axis=1)
            lsu = lsu * keep_old + np.sum(weight * np.where(flip, 1.0 + np.exp(log_rho), -np.expm1(log_rho)), axis=1)
            top = new_top
            ratio = np.exp(step_w[:, -1])
            tail = np.exp(next_w - top) / (1.0 - np.maximum(ratio, lz))
            u_next = np.where(rho_sign < 0, 1.0 + np.exp(next_rho), np.abs(np.expm1(next_rho)))
            done = (ratio < 1) & ((tail * np.maximum(u_next, 1.0) <= _TOLERANCE * np.abs(lsu)) | (gap == 0)) & (
                tail * np.maximum(np.exp(next_rho), 1.0) <= _TOLERANCE * np.abs(lsr))
            done |= ~(np.isfinite(lsu) & np.isfinite(lsr))  # nan parameters: nothing to converge to
            k0 += width
            if k0 >= max_terms:
                lsr, lsu, done = np.where(done, lsr, np.nan), np.where(done, lsu, np.nan), np.ones_like(done)
            if done.any():
                finished = live[done]
                sum_rho[finished], sum_u[finished], log_scale[finished] = lsr[done], lsu[done], top[done]
                keep = ~done
                live, la, lb, lc, lz, gap = live[keep], la[keep], lb[keep], lc[keep], lz[keep], gap[keep]
                log_z, log_1mz, sign, rho_sign = log_z[keep], log_1mz[keep], sign[keep], rho_sign[keep]
                top, lsr, lsu = top[keep], lsr[keep], lsu[keep]
    return log_scale, sum_rho, sum_u


_FAST_TERMS = 1024


def _nb_series_fast(a, b, c, z):
    """The first terms of _nb_series by plain products (no logarithms), in blocks of k with cumprod and cumsum:
    (sum of NB_k·ρ_k, sum of NB_k·(1−ρ_k), finished?) with NB_0 = (1−z)^a taken as it is (the caller keeps the
    elements where it would underflow out). An element is finished under the same rule as in _nb_series_logs."""
    n = len(z)
    sum_rho, sum_u, finished = np.zeros(n), np.zeros(n), np.zeros(n, dtype=bool)
    live = np.arange(n)
    weight = np.exp(a * np.log1p(-z))
    rho, u = np.ones(n), np.zeros(n)
    lsr, lsu = np.zeros(n), np.zeros(n)
    la, lb, lc, lz, gap = a, b, c, z, c - b
    k0, blocks = 0, 0
    with np.errstate(all="ignore"):
        while len(live) and k0 < _FAST_TERMS:
            width = int(min(max(_BLOCK_CELLS // 4 // len(live), 8), 32 << blocks, _FAST_TERMS - k0))
            blocks += 1
            k = k0 + np.arange(width, dtype=float)
            step_w = (la[:, None] + k) * lz[:, None] / (k + 1)
            step_rho = (lb[:, None] + k) / (lc[:, None] + k)
            ws = weight[:, None] * np.cumprod(np.concatenate([np.ones((len(live), 1)), step_w[:, :-1]], axis=1), axis=1)
            rhos = rho[:, None] * np.cumprod(np.concatenate([np.ones((len(live), 1)), step_rho[:, :-1]], axis=1), axis=1)
            us = u[:, None] + np.cumsum(np.concatenate([np.zeros((len(live), 1)),
                                                        (rhos * gap[:, None] / (lc[:, None] + k))[:, :-1]], axis=1), axis=1)
            lsr = lsr + np.sum(ws * rhos, axis=1)
            lsu = lsu + np.sum(ws * us, axis=1)
            weight = ws[:, -1] * step_w[:, -1]
            u = us[:, -1] + rhos[:, -1] * gap / (lc + k[-1])
            rho = rhos[:, -1] * step_rho[:, -1]
            ratio = step_w[:, -1]
            tail = np.abs(weight) / (1.0 - np.maximum(ratio, lz))
            done = (ratio < 1) & ((tail * np.maximum(np.abs(u), 1.0) <= _TOLERANCE * np.abs(lsu)) | (gap == 0)) & (
                tail * np.maximum(np.abs(rho), 1.0) <= _TOLERANCE * np.abs(lsr))
            k0 += width
            if done.any():
                sum_rho[live[done]], sum_u[live[done]], finished[live[done]] = lsr[done], lsu[done], True
                keep = ~done
                live, la, lb, lc, lz, gap = live[keep], la[keep], lb[keep], lc[keep], lz[keep], gap[keep]
                weight, rho, u, lsr, lsu = weight[keep], rho[keep], u[keep], lsr[keep], lsu[keep]
    return sum_rho, sum_u, finished


def _nb_series(a, b, c, z, max_terms: int):
    """Σ_k NB_k·ρ_k and Σ_k NB_k·(1−ρ_k), NB_k = (1−z)^a (a)_k z^k/k!, ρ_k = (b)_k/(c)_k, as (log scale, sums):
    plain products for the short sums (most elements), logarithms for the rest."""
    a, b, c, z = (np.array(v, dtype=float).ravel() for v in np.broadcast_arrays(a, b, c, z))
    log_scale, sum_rho, sum_u = np.zeros(len(z)), np.zeros(len(z)), np.zeros(len(z))
    with np.errstate(all="ignore"):
        quick = np.flatnonzero(a * np.log1p(-z) > -600)
    sum_rho[quick], sum_u[quick], finished = _nb_series_fast(a[quick], b[quick], c[quick], z[quick])
    rest = np.concatenate([quick[~finished], np.setdiff1d(np.arange(len(z)), quick)])
    if len(rest):
        log_scale[rest], sum_rho[rest], sum_u[rest] = _nb_series_logs(a[rest], b[rest], c[rest], z[rest], max_terms)
    return log_scale, sum_rho, sum_u


def _scaled(log_scale: np.ndarray, value: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", over="ignore"):
        return np.sign(value) * np.exp(log_scale + np.log(np.abs(value)))


def hyp2f1_complement(a, b, c, z, *, max_terms: int = 50_000_000) -> np.ndarray:
    """1 − (1−z)^a · 2F1(a, b; c; z) for real b > 0, c > −1 (c ≠ 0), a > −1, 0 <= z < 1 (module docstring).

    Terms needed grow like (a·z + 40)/(1 − z): hundreds at z = 0.9, ten million for a = 1e4 and z = 0.999.
    """
    shape = np.broadcast_shapes(*(np.shape(v) for v in (a, b, c, z)))
    log_scale, _, sum_u = _nb_series(a, b, c, z, max_terms)
    out = _scaled(log_scale, sum_u).reshape(shape)
    return out[()] if out.ndim == 0 else out


def hyp2f1(a, b, c, z, *, max_terms: int = 50_000_000) -> np.ndarray:
    """Gauss's 2F1(a, b; c; z) for real a, b, c > 0 and 0 <= z < 1 (the same series as hyp2f1_complement)."""
    shape = np.broadcast_shapes(*(np.shape(v) for v in (a, b, c, z)))
    log_scale, sum_rho, _ = _nb_series(a, b, c, z, max_terms)
    a, z = (np.broadcast_to(np.asarray(v, dtype=float), shape).ravel() for v in (a, z))
    out = _scaled(log_scale - a * np.log1p(-z), sum_rho).reshape(shape)
    return out[()] if out.ndim == 0 else out
