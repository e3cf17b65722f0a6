"""Benchmark: ShopLens's own k-means (segmentation/clustering.py) against scikit-learn on the same customers.

Customers with a real shop's spread (most buy once or twice, a few often; lognormal spend; recency within tenure)
go through kmeans.feature_matrix (log1p, standardised) with 3 (R, F, M) or 8 metrics. For each size, metric set
and k, the three fits run on the same matrix: ShopLens `kmeans` (full-batch Lloyd, n_init as the app), sklearn
KMeans (the same n_init) and sklearn MiniBatchKMeans (the app's settings until December 2026: n_init=3,
batch 4096). Printed: seconds, inertia, inertia against KMeans, peak memory of the ShopLens fit (tracemalloc,
beyond the matrix). Targets: inertia <= MiniBatchKMeans and within 1% of KMeans; 1M customers fit.
The app's whole KMeans run (k = 2..10 tried on a 20,000 sample, silhouettes on 10,000, the chosen k fitted on
everyone) is timed at each size. Last, the silhouette of 10,000 points against sklearn's silhouette_score.

    .venv/bin/python benchmarks/bench_clustering.py [--sizes 20000,165000,1000000] [--k 4,8] [--skip-sklearn]
"""

from __future__ import annotations

import argparse
import time
import tracemalloc

import numpy as np
import pandas as pd

THREE = ("recency_days", "frequency", "monetary")
EIGHT = (*THREE, "aov", "tenure_days", "typical_interval_days", "orders_90", "spend_365")


def customers(n: int, seed: int = 1) -> pd.DataFrame:
    """`n` buyers' metrics with a small shop's shape (two years of orders)."""
    rng = np.random.default_rng(seed)
    frequency = 1 + rng.negative_binomial(0.6, 0.35, n)
    tenure = rng.integers(0, 730, n).astype(float)
    recency = np.where(frequency > 1, tenure * rng.beta(1.2, 2.5, n), tenure).round()
    aov = rng.lognormal(4.5, 0.7, n)
    monetary = (aov * frequency * rng.lognormal(0, 0.2, n)).round(2)
    interval = np.where(frequency > 1, (tenure - recency) / np.maximum(frequency - 1, 1), np.nan)
    orders_90 = np.where(recency < 90, rng.binomial(frequency, np.minimum(1.0, 90 / (tenure + 1))), 0)
    spend_365 = np.where(recency < 365, monetary * np.minimum(1.0, 365 / (tenure + 1)), 0.0).round(2)
    return pd.DataFrame({"recency_days": recency, "frequency": frequency, "monetary": monetary,
                         "aov": (monetary / frequency).round(2), "tenure_days": tenure,
                         "typical_interval_days": interval, "orders_90": orders_90, "spend_365": spend_365},
                        index=pd.Index(np.arange(1, n + 1), name="customer_id"))


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - start


def main() -> None:
    from shoplens.segmentation.clustering import kmeans, silhouette_score
    from shoplens.segmentation.kmeans import feature_matrix, run_kmeans

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20000,165000,1000000")
    parser.add_argument("--k", default="4,8")
    parser.add_argument("--n-init", type=int, default=4, help="restarts of ShopLens and sklearn KMeans (app: 4)")
    parser.add_argument("--skip-sklearn", action="store_true")
    args = parser.parse_args()
    print(f"{'customers':>10} {'metrics':>7} {'k':>3} {'fit':<22} {'seconds':>8} {'inertia':>14} {'vs KMeans':>10}"
          f" {'peak MB':>8}", flush=True)
    for n in (int(s) for s in args.sizes.split(",")):
        table = customers(n)
        for columns in (THREE, EIGHT):
            x = feature_matrix(table, columns)[1]
            for k in (int(s) for s in args.k.split(",")):
                tracemalloc.start()
                ours, seconds = timed(kmeans, x, k, n_init=args.n_init)
                peak = tracemalloc.get_traced_memory()[1] / 1e6
                tracemalloc.stop()
                rows = [("ShopLens kmeans", seconds, ours.inertia, f"{peak:8.1f}")]
                if not args.skip_sklearn:
                    from sklearn.cluster import KMeans, MiniBatchKMeans

                    full, seconds = timed(KMeans(k, n_init=args.n_init, random_state=0).fit, x)
                    rows.append(("sklearn KMeans", seconds, full.inertia_, ""))
                    mini, seconds = timed(MiniBatchKMeans(k, n_init=3, batch_size=4096, random_state=0).fit, x)
                    rows.append(("sklearn MiniBatchKMeans", seconds, mini.inertia_, ""))
                for name, seconds, inertia, peak_text in rows:
                    versus = f"{inertia / rows[1][2] - 1:+10.3%}" if len(rows) > 1 else ""
                    print(f"{n:>10,} {len(columns):>7} {k:>3} {name:<22} {seconds:8.2f} {inertia:14.1f} {versus:>10}"
                          f" {peak_text:>8}", flush=True)
        result, seconds = timed(run_kmeans, table)
        print(f"{n:>10,} customers: the app's KMeans run, k chosen by silhouette (3 metrics): {seconds:.2f} s,"
              f" k={result.k}", flush=True)
    x = feature_matrix(customers(10_000, seed=2), EIGHT)[1]
    labels = kmeans(x, 5).labels
    ours, seconds = timed(silhouette_score, x, labels)
    print(f"silhouette, 10,000 customers, 8 metrics, k=5: ShopLens {ours:.12f} in {seconds:.2f} s", flush=True)
    if not args.skip_sklearn:
        from sklearn.metrics import silhouette_score as sklearn_silhouette

        theirs, seconds = timed(sklearn_silhouette, x, labels)
        print(f"  sklearn {theirs:.12f} in {seconds:.2f} s, difference {ours - theirs:.1e}")


if __name__ == "__main__":
    main()
