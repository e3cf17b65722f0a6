"""Benchmark: customer metrics + RFM and KMeans (auto k) on 1,000,000 orders / 200,000 customers.

Each ShopLens step is timed beside plain pandas / scikit-learn code doing the same computation, in the same
run on the same workspace. Targets: metrics + RFM within 1.5x of the plain code; KMeans with auto k < 30 s.

    .venv/bin/python benchmarks/bench_segmentation.py [--orders N] [--customers N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from shoplens.workspace import Workspace

CHANNELS = np.array(["store", "taobao", "wechat", "shopify"])
CATEGORIES = np.array(["green tea", "black tea", "oolong", "teaware", "gift box", "snacks"])


def build(path: Path, orders: int, customers: int, seed: int = 1) -> None:
    """A workspace with `customers` customers (2% known only from a member export) and `orders` orders."""
    rng = np.random.default_rng(seed)
    ws = Workspace.create(path)
    ids = np.arange(1, customers + 1)
    member_only = rng.random(customers) < 0.02
    weights = rng.pareto(1.5, customers) + 1
    weights[member_only] = 0
    owner = rng.choice(ids, orders, p=weights / weights.sum())
    start = np.datetime64("2022-07-01T00:00:00")
    seconds = rng.integers(0, 2 * 365 * 86400, orders)
    times = np.char.replace(np.datetime_as_string(start + seconds.astype("timedelta64[s]"), unit="s"), "T", " ")
    amount = (rng.lognormal(4.5, 0.8, orders) * 100).round().astype(np.int64)
    discount = np.where(rng.random(orders) < 0.25, amount // 10, 0)
    status = rng.choice(np.array(["paid", "refunded", "cancelled"]), orders, p=[0.93, 0.05, 0.02])
    channel = CHANNELS[rng.integers(0, 4, orders)]
    store = np.where(channel == "store", "Xuhui", "online")
    category = CATEGORIES[rng.integers(0, 6, orders)]
    coupon = np.where(rng.random(orders) < 0.05, "SPRING10", None)
    oid = np.arange(1, orders + 1)
    dedup = np.char.add("no:", oid.astype(str))
    with ws.transaction() as conn:
        conn.executemany(
            "INSERT INTO customers(id, member_no, first_import_id, agg_total_spend_cents, agg_order_count,"
            " agg_last_purchase) VALUES (?, ?, 1, ?, ?, ?)",
            [(int(i), f"M{i}", 50000 if m else None, 3 if m else None, "2024-03-01" if m else None)
             for i, m in zip(ids, member_only, strict=True)])
        conn.executemany(
            "INSERT INTO orders(id, order_no, customer_id, import_id, source_row, order_time, amount_cents,"
            " discount_cents, category, channel, store, status, coupon_code, dedup_key)"
            " VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            zip(oid.tolist(), dedup.tolist(), owner.tolist(), oid.tolist(), times.tolist(), amount.tolist(),
                discount.tolist(), category.tolist(), channel.tolist(), store.tolist(), status.tolist(),
                coupon.tolist(), dedup.tolist(), strict=True))
    ws.close()


def plain_metrics_rfm(ws: Workspace, as_of: pd.Timestamp) -> pd.DataFrame:
    """The same metrics and 1–5 scores written as plain pandas, the way an analyst would."""
    df = pd.read_sql_query(
        "SELECT id, customer_id, order_time, amount_cents, discount_cents, coupon_code, category, channel, store"
        " FROM orders WHERE customer_id IS NOT NULL AND status = 'paid' AND order_time < ?", ws.conn,
        params=(as_of.strftime("%Y-%m-%d"),))
    df["ts"] = pd.to_datetime(df["order_time"], format="%Y-%m-%d %H:%M:%S")
    df["day"] = df["ts"].dt.normalize()
    df["weekday"] = df["ts"].dt.day_of_week
    df["hour"] = df["ts"].dt.hour
    df["disc"] = (df["discount_cents"] > 0) | df["coupon_code"].notna()
    g = df.groupby("customer_id")
    out = g.agg(frequency=("id", "size"), monetary_cents=("amount_cents", "sum"), first=("day", "min"),
                last=("day", "max"), discount_share=("disc", "mean"))
    out["recency_days"] = (as_of - out["last"]).dt.days
    out["tenure_days"] = (as_of - out["first"]).dt.days
    out["aov_cents"] = (out["monetary_cents"] / out["frequency"]).round()
    days = df[["customer_id", "day"]].drop_duplicates().sort_values(["customer_id", "day"])
    days["gap"] = days.groupby("customer_id")["day"].diff().dt.days
    out["typical_interval_days"] = days.groupby("customer_id")["gap"].median()
    for w in (30, 90, 365):
        recent = df[df["day"] >= as_of - pd.Timedelta(days=w)].groupby("customer_id")
        out[f"orders_{w}"] = recent.size().reindex(out.index, fill_value=0)
        out[f"spend_{w}_cents"] = recent["amount_cents"].sum().reindex(out.index, fill_value=0)
    for col in ("category", "channel", "store", "weekday", "hour"):
        counts = df.groupby(["customer_id", col]).size().reset_index(name="n")
        counts = counts.sort_values(["customer_id", "n", col], ascending=[True, False, True])
        out[f"fav_{col}"] = counts.drop_duplicates("customer_id").set_index("customer_id")[col]
    customers = pd.read_sql_query("SELECT id, agg_total_spend_cents, agg_order_count, agg_last_purchase"
                                  " FROM customers", ws.conn, index_col="id")
    out = out.reindex(customers.index)
    agg = customers[out["frequency"].isna() & customers["agg_order_count"].notna()]
    out.loc[agg.index, "frequency"] = agg["agg_order_count"]
    out.loc[agg.index, "monetary_cents"] = agg["agg_total_spend_cents"]
    out.loc[agg.index, "recency_days"] = (as_of - pd.to_datetime(agg["agg_last_purchase"])).dt.days
    out[["frequency", "monetary_cents"]] = out[["frequency", "monetary_cents"]].fillna(0)
    buyers = out[out["frequency"] > 0]
    scores = pd.DataFrame(index=buyers.index)
    for name, col, sign in (("r", "recency_days", -1), ("f", "frequency", 1), ("m", "monetary_cents", 1)):
        scores[name] = pd.qcut((sign * buyers[col]).rank(method="min"), 5, labels=False, duplicates="drop") + 1
    return out.join(scores)


def plain_kmeans(features: pd.DataFrame) -> int:
    """log1p + StandardScaler, MiniBatchKMeans over k = 2..10 on a 20k sample scored by silhouette (10k), refit."""
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.metrics import silhouette_score
    from sklearn.preprocessing import StandardScaler

    buyers = features[features["frequency"] > 0]
    x = StandardScaler().fit_transform(np.log1p(buyers[["recency_days", "frequency", "monetary"]].fillna(0)))
    rng = np.random.default_rng(0)
    sample = x[rng.choice(len(x), min(20_000, len(x)), replace=False)]
    scores = {}
    for k in range(2, 11):
        labels = MiniBatchKMeans(k, random_state=0, n_init=3, batch_size=4096).fit_predict(sample)
        scores[k] = silhouette_score(sample, labels, sample_size=10_000, random_state=0)
    best = max(scores, key=scores.get)
    MiniBatchKMeans(best, random_state=0, n_init=3, batch_size=4096).fit(x)
    return best


def timed(label: str, fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    seconds = time.perf_counter() - start
    print(f"{label:<44} {seconds:8.2f} s", flush=True)
    return result, seconds


def main() -> None:
    from shoplens.features.metrics import compute_features, default_as_of
    from shoplens.segmentation.kmeans import run_kmeans
    from shoplens.segmentation.rfm import rfm_scores

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--keep", metavar="DIR", help="build the workspace in DIR and keep it")
    args = parser.parse_args()
    folder = Path(args.keep or tempfile.mkdtemp(prefix="shoplens-bench-"))
    path = folder / f"bench-{args.orders}-{args.customers}.shoplens"
    if not path.exists():
        timed(f"build workspace ({args.orders:,} orders)", build, path, args.orders, args.customers)
    ws = Workspace.open(path)
    as_of = default_as_of(ws)

    def shoplens_metrics_rfm():
        features = compute_features(ws, as_of)
        return features, rfm_scores(features)

    # warm both paths once (imports, SQLite page cache), then time them alternately
    plain_metrics_rfm(ws, pd.Timestamp(as_of))
    shoplens_metrics_rfm()
    ours, plain = [], []
    for _ in range(2):
        (features, scores), s = timed("ShopLens metrics + RFM", shoplens_metrics_rfm)
        ours.append(s)
        reference, s = timed("plain pandas metrics + RFM", plain_metrics_rfm, ws, pd.Timestamp(as_of))
        plain.append(s)
    same = reference.loc[features.index]
    for col in ("frequency", "monetary_cents", "recency_days"):
        assert np.allclose(features[col].astype(float), same[col].astype(float), equal_nan=True), col
    print(f"  metrics + RFM ratio (best of 2): {min(ours) / min(plain):.2f}x  (target <= 1.5x)")
    result, ours_km = timed("ShopLens KMeans, auto k", run_kmeans, features)
    print(f"  chose k={result.k}; silhouette " + ", ".join(f"{k}:{v:.3f}" for k, v in result.silhouette.items()))
    best, plain_km = timed("plain scikit-learn KMeans, auto k", plain_kmeans, features)
    print(f"  plain chose k={best}; KMeans target < 30 s: {'met' if ours_km < 30 else 'MISSED'}")
    print(f"customers {len(features):,}, buyers {(features['frequency'] > 0).sum():,}, scored {len(scores):,}")
    ws.close()


if __name__ == "__main__":
    main()
