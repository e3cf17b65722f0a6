"""ShopLens's own k-means and silhouette score, in numpy only (the app ships without scikit-learn and scipy).

- `kmeans`: k-means++ seeding (Arthur & Vassilvitskii 2007) in its greedy form, as scikit-learn does it: each new
  centre is the best of 2 + ln(k) candidates, each drawn with probability proportional to its squared distance to
  the nearest centre so far. Then Lloyd iterations (Lloyd 1982) until no label changes, or the centres move by less
  than `tol` times the data's mean variance (summed squared shifts, scikit-learn's rule), at most `max_iter`;
  Hamerly's bounds skip the points that cannot change cluster (half the time at 1M customers, same steps). A
  cluster left empty is re-seeded with the point farthest from its centre. `n_init` seedings from one numpy
  Generator seeded with `seed`; the fit with the lowest inertia (sum of squared distances to the centres) is kept.
- `silhouette_score`: Rousseeuw 1987, scikit-learn's definition with the euclidean metric: a(i) is the mean
  distance to the other members of i's cluster, b(i) the lowest mean distance to another cluster's members,
  s(i) = (b - a) / max(a, b), 0 for a point alone in its cluster; the score is the mean of s(i).

Distances are differences squared and summed feature by feature, in blocks of rows: memory stays bounded (a block
of rows against all centres or points), distances are exact (no |x|^2 - 2xy + |y|^2 cancellation) and no BLAS
matrix product is involved, whose rounding depends on the processor: the same data gives the same labels on every
machine.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

BLOCK = 1 << 20  # distances held at once (8 MB): rows per block = BLOCK // (centres or points)


@dataclass(frozen=True)
class KMeansFit:
    """Labels 0..k-1 per row, the centres (k x features), the inertia and the Lloyd iterations run."""

    labels: np.ndarray
    centres: np.ndarray
    inertia: float
    n_iter: int


def kmeans(x, k: int, *, n_init: int = 4, max_iter: int = 300, tol: float = 1e-4, seed: int = 0,
           check: Callable[[], None] = lambda: None) -> KMeansFit:
    """The best of `n_init` k-means++ seeded Lloyd fits of the rows of `x` (n x features) into `k` clusters.

    `check` is called at every iteration (a Reporter's check raises Cancelled when the user asked to stop).
    """
    x = np.asarray(x, dtype=float)
    if x.ndim != 2 or not 1 <= k <= len(x):
        raise ValueError(f"k-means needs a 2-d array with at least k={k} rows, got shape {x.shape}")
    xt = np.ascontiguousarray(x.T)  # one contiguous row per feature
    rng = np.random.default_rng(seed)
    tol = tol * float(np.mean(np.var(x, axis=0)))
    fits = (_lloyd(xt, _seed_centres(xt, k, rng), max_iter, tol, check) for _ in range(n_init))
    return min(fits, key=lambda fit: fit.inertia)  # the first of equals


def _squared_distances(xt: np.ndarray, centres: np.ndarray, rows: slice = slice(None), out=None) -> np.ndarray:
    """Squared distances (centres x rows) from each centre to the columns `rows` of `xt` (features x n)."""
    block = xt[:, rows]
    out = np.empty((len(centres), block.shape[1])) if out is None else out
    tmp = np.empty(block.shape[1])
    for acc, centre in zip(out, centres, strict=True):
        np.subtract(block[0], centre[0], out=acc)
        acc *= acc
        for f in range(1, len(block)):
            np.subtract(block[f], centre[f], out=tmp)
            tmp *= tmp
            acc += tmp
    return out


def _blocks(n: int, width: int):
    """Slices of 0..n, each small enough that `width` distances a row stay within BLOCK."""
    step = max(1, BLOCK // max(width, 1))
    return (slice(lo, min(n, lo + step)) for lo in range(0, n, step))


def _nearest(xt: np.ndarray, centres: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each point's nearest centre (the first on a tie) and its squared distance to it."""
    n = xt.shape[1]
    labels = np.empty(n, dtype=np.intp)
    dist = np.empty(n)
    for rows in _blocks(n, len(centres)):
        best, label = dist[rows], labels[rows]
        label[:] = 0
        acc = np.empty_like(best)
        closer = np.empty(len(best), dtype=bool)
        for j, centre in enumerate(centres):
            _squared_distances(xt, centre[None, :], rows, out=acc[None, :] if j else best[None, :])
            if j:
                np.less(acc, best, out=closer)
                np.copyto(best, acc, where=closer)
                np.copyto(label, j, where=closer)
    return labels, dist


def _seed_centres(xt: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    """Greedy k-means++: the first centre uniformly, then each the best of 2 + ln(k) distance-weighted draws."""
    n = xt.shape[1]
    trials = 2 + int(np.log(k))
    centres = np.empty((k, len(xt)))
    centres[0] = xt[:, rng.integers(n)]
    closest = _nearest(xt, centres[:1])[1]
    potential = closest.sum()
    for c in range(1, k):
        draws = rng.random(trials) * potential
        if potential > 0:  # side="right": a point already at a centre (weight 0) is never drawn
            ids = np.minimum(np.searchsorted(np.cumsum(closest), draws, side="right"), n - 1)
        else:  # every point sits on a centre: any point will do
            ids = rng.integers(n, size=trials)
        potentials = np.zeros(trials)
        for rows in _blocks(n, trials):
            potentials += np.minimum(closest[rows], _squared_distances(xt, xt[:, ids].T, rows)).sum(axis=1)
        best = ids[int(np.argmin(potentials))]
        centres[c], potential = xt[:, best], potentials.min()
        for rows in _blocks(n, 1):
            np.minimum(closest[rows], _squared_distances(xt, centres[c:c + 1], rows)[0], out=closest[rows])
    return centres


def _lloyd(xt: np.ndarray, centres: np.ndarray, max_iter: int, tol: float,
           check: Callable[[], None] = lambda: None) -> KMeansFit:
    """Lloyd iterations from `centres` until the labels stop changing or the centres move less than `tol`.

    Hamerly's bounds (Hamerly 2010, "Making k-means even faster") spare most distances once the centres settle:
    each point keeps an upper bound on the distance to its centre and a lower bound on the distance to any other;
    only a point whose upper bound passes the lower one (or half the gap from its centre to the next) is measured
    again. The labels are plain Lloyd's; a point exactly as far from two centres keeps the one it has. The
    clusters' sums follow the points that change cluster instead of being summed again.
    """
    k, n = len(centres), xt.shape[1]
    labels = np.zeros(n, dtype=np.intp)
    upper, lower = np.full(n, np.inf), np.zeros(n)
    sums, counts = np.zeros((k, len(xt))), np.zeros(k)
    sums[0], counts[0] = xt.sum(axis=1), n
    n_iter = 0
    while n_iter < max_iter:
        check()
        n_iter += 1
        gaps = np.sqrt(_squared_distances(np.ascontiguousarray(centres.T), centres))
        np.fill_diagonal(gaps, np.inf)
        bound = np.maximum(0.5 * gaps.min(axis=1)[labels], lower)
        todo = np.flatnonzero(upper > bound)
        none = np.empty(0, dtype=np.intp)
        moves = [(none, none, none)]  # (points, from, to) of the points that change cluster
        for part in _blocks(len(todo), k):
            rows = todo[part]
            points, own = xt[:, rows], labels[rows]
            near = np.sqrt(_own_distances(points, centres, own))
            upper[rows] = near
            far = near > bound[rows]
            rows, points, own = rows[far], points[:, far], own[far]
            dist = np.sqrt(_squared_distances(points, centres))
            nearest, at = dist.argmin(axis=0), np.arange(len(rows))
            labels[rows], upper[rows] = nearest, dist[nearest, at]
            dist[nearest, at] = np.inf
            lower[rows] = dist.min(axis=0)
            changed = nearest != own
            moves.append((rows[changed], own[changed], nearest[changed]))
        rows, old, new = (np.concatenate(parts) for parts in zip(*moves, strict=True))
        _move(xt, rows, old, new, sums, counts)
        moved = _reseed_empty(xt, labels, centres, sums, counts)
        upper[moved], lower[moved] = np.inf, 0.0
        new_centres = np.where(counts[:, None] > 0, sums / np.maximum(counts, 1)[:, None], centres)
        shifts = np.sqrt(((new_centres - centres) ** 2).sum(axis=1))
        upper += shifts[labels]
        lower -= shifts.max()
        centres = new_centres
        if (n_iter > 1 and not len(rows) and not len(moved)) or float((shifts ** 2).sum()) <= tol:
            break
    labels, dist = _nearest(xt, centres)  # the labels that go with the final centres
    return KMeansFit(labels, centres, float(dist.sum()), n_iter)


def _move(xt: np.ndarray, rows, old, new, sums: np.ndarray, counts: np.ndarray) -> None:
    """Take the points `rows` out of clusters `old` and into clusters `new` in the clusters' sums and counts."""
    k = len(counts)
    for f, feature in enumerate(xt):
        sums[:, f] += np.bincount(new, weights=feature[rows], minlength=k)
        sums[:, f] -= np.bincount(old, weights=feature[rows], minlength=k)
    counts += np.bincount(new, minlength=k) - np.bincount(old, minlength=k)


def _own_distances(xt: np.ndarray, centres: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Squared distance from each column of `xt` to its own centre, feature by feature."""
    own = centres[labels].T
    out = np.zeros(xt.shape[1])
    for f in range(len(xt)):
        out += (xt[f] - own[f]) ** 2
    return out


def _reseed_empty(xt: np.ndarray, labels: np.ndarray, centres: np.ndarray, sums: np.ndarray,
                  counts: np.ndarray) -> np.ndarray:
    """Move into each empty cluster the point farthest from its centre; the points moved."""
    empty = np.flatnonzero(counts == 0)
    if not len(empty):
        return np.empty(0, dtype=np.intp)
    dist = np.concatenate([_own_distances(xt[:, rows], centres, labels[rows])
                           for rows in _blocks(len(labels), len(xt))])
    moved = np.argsort(-dist, kind="stable")[:len(empty)]
    sums[empty] = 0.0  # not a rounding error left by the points that went
    for cluster, point in zip(empty, moved, strict=False):
        _move(xt, np.array([point]), labels[[point]], np.array([cluster]), sums, counts)
        labels[point] = cluster
    return moved


def silhouette_score(x, labels) -> float:
    """Mean silhouette over the rows of `x` for `labels` (euclidean), exact, with distances in blocks of rows."""
    x = np.asarray(x, dtype=float)
    names, codes = np.unique(np.asarray(labels), return_inverse=True)
    n = len(x)
    if not 2 <= len(names) <= n - 1:
        raise ValueError(f"the silhouette needs 2 to n - 1 = {n - 1} clusters, got {len(names)}")
    order = np.argsort(codes, kind="stable")  # clusters side by side, so a cluster's distances sum with reduceat
    xt, codes = np.ascontiguousarray(x[order].T), codes[order]
    sizes = np.bincount(codes)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    scores = np.empty(n)
    for rows in _blocks(n, n):
        dist = np.sqrt(_squared_distances(xt, xt[:, rows].T))  # (block rows x n)
        sums = np.add.reduceat(dist, starts, axis=1)
        own = codes[rows]
        at = np.arange(len(own))
        alone = sizes[own] == 1
        a = sums[at, own] / np.where(alone, 1, sizes[own] - 1)
        sums[at, own] = np.inf
        b = (sums / sizes).min(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            s = np.nan_to_num((b - a) / np.maximum(a, b))
        scores[rows] = np.where(alone, 0.0, s)
    return float(scores.mean())
