"""Deterministic shop data for the metrics and segmentation tests, written straight into a workspace."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

import numpy as np

from shoplens.workspace import Workspace

CHANNELS = np.array(["store", "taobao", "wechat", "shopify"])
STORES = np.array(["Xuhui", "Jing'an", "Pudong", "online"])
CATEGORIES = np.array(["green tea", "black tea", "oolong", "teaware", "gift box", "snacks"])
ORDER_COLS = ("id", "order_no", "customer_id", "import_id", "source_row", "order_time", "amount_cents",
              "discount_cents", "quantity", "items", "product", "sku", "category", "channel", "store", "status",
              "coupon_code", "dedup_key")


def insert_customers(ws: Workspace, rows: Iterable[Mapping]) -> None:
    """Insert customers given as dicts (id required; agg_* and other columns optional)."""
    rows = list(rows)
    cols = sorted({k for r in rows for k in r} | {"first_import_id"})
    data = [tuple(r.get(c, 1 if c == "first_import_id" else None) for c in cols) for r in rows]
    with ws.transaction() as conn:
        conn.executemany(f"INSERT INTO customers({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", data)


def insert_orders(ws: Workspace, rows: Iterable[Mapping]) -> None:
    """Insert orders given as dicts with customer_id, order_time, amount_cents and optional other columns."""
    start = ws.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM orders").fetchone()[0]
    data = []
    for i, r in enumerate(rows):
        oid = start + i
        base = {"id": oid, "order_no": f"T{oid}", "import_id": 1, "source_row": oid, "discount_cents": 0,
                "items": 1, "status": "paid", "dedup_key": f"no:T{oid}"}
        base.update(r)
        data.append(tuple(base.get(c) for c in ORDER_COLS))
    with ws.transaction() as conn:
        conn.executemany(f"INSERT INTO orders({', '.join(ORDER_COLS)}) VALUES ({', '.join('?' * len(ORDER_COLS))})",
                         data)


def make_shop(ws: Workspace, customers: int = 400, seed: int = 7, *, end: dt.date = dt.date(2024, 6, 30),
              years: float = 2.0, one_timer_share: float = 0.6, member_only: float = 0.05,
              no_purchase: float = 0.03) -> dict:
    """A believable shop: many one-timers, a loyal core, heavy-tailed spend, refunds, coupons and line items.

    Returns counts for the tests: customers, buyers, member-only customers and paid orders.
    """
    rng = np.random.default_rng(seed)
    n = customers
    ids = np.arange(1, n + 1)
    kind = rng.random(n)
    is_member_only = kind < member_only
    is_none = (kind >= member_only) & (kind < member_only + no_purchase)
    buyer = ~(is_member_only | is_none)
    # orders per buyer: a share of one-timers, the rest geometric with a loyal tail
    counts = np.where(rng.random(n) < one_timer_share, 1, 2 + rng.geometric(0.25, n))
    counts = np.where(buyer, counts, 0)
    span = int(years * 365)
    end_ord = end.toordinal()
    first = end_ord - rng.integers(0, span, n)
    # each customer's orders spread from their first day with a personal rhythm; lapsed customers stop early
    rhythm = rng.gamma(2.0, 30.0, n) + 3
    owner = np.repeat(ids, counts)
    k = len(owner)
    position = np.concatenate([np.arange(c) for c in counts]) if k else np.zeros(0, int)
    gap = rng.exponential(rhythm[owner - 1]) * (position > 0)
    offsets = np.zeros(k)
    if k:
        starts = np.r_[0, np.cumsum(counts)[:-1]][counts > 0]
        offsets = np.cumsum(gap)
        offsets -= np.repeat(offsets[starts], counts[counts > 0])
    day = first[owner - 1] + offsets.astype(int)
    keep = (day <= end_ord) | (position == 0)  # orders past the end are never placed: the rhythm just stops
    owner, position, day = owner[keep], position[keep], np.minimum(day[keep], end_ord)
    k = len(owner)
    hour = rng.choice(np.arange(8, 23), k, p=_hour_weights())
    minute = rng.integers(0, 60, k)
    spend_level = rng.lognormal(4.6, 0.7, n)
    amount = np.maximum(100, (rng.lognormal(0, 0.45, k) * spend_level[owner - 1] * 100)).round().astype(np.int64)
    status = rng.choice(np.array(["paid", "refunded", "cancelled"]), k, p=[0.93, 0.05, 0.02])
    discount = np.where(rng.random(k) < 0.25, (amount * 0.1).astype(np.int64), 0)
    coupon = np.where(rng.random(k) < 0.08, "SPRING10", None)
    channel = CHANNELS[rng.integers(0, len(CHANNELS), n)][owner - 1]
    channel = np.where(rng.random(k) < 0.2, CHANNELS[rng.integers(0, len(CHANNELS), k)], channel)
    store = np.where(channel == "store", STORES[rng.integers(0, 3, k)], "online")
    category = CATEGORIES[rng.integers(0, len(CATEGORIES), k)]
    times = [f"{dt.date.fromordinal(int(d)).isoformat()} {h:02d}:{m:02d}:00" for d, h, m in zip(day, hour, minute,
                                                                                               strict=True)]
    order_ids = np.arange(1, k + 1)
    rows = list(zip(order_ids.tolist(), [f"N{i}" for i in order_ids], owner.tolist(), [1] * k, order_ids.tolist(),
                    times, amount.tolist(), discount.tolist(), [1.0] * k, [1] * k, [None] * k, [None] * k,
                    category.tolist(), channel.tolist(), store.tolist(), status.tolist(), coupon.tolist(),
                    [f"no:N{i}" for i in order_ids], strict=True))
    cust_rows = []
    agg_spend = (rng.lognormal(6.5, 0.8, n) * 100).round().astype(np.int64)
    agg_count = 1 + rng.geometric(0.3, n)
    agg_last = end_ord - rng.integers(10, span, n)
    for i in range(n):
        member = bool(is_member_only[i])
        cust_rows.append((int(ids[i]), f"M{ids[i]:06d}", f"customer {ids[i]}", 1,
                          int(agg_spend[i]) if member else None, int(agg_count[i]) if member else None,
                          dt.date.fromordinal(int(agg_last[i])).isoformat() if member else None))
    with ws.transaction() as conn:
        conn.executemany("INSERT INTO customers(id, member_no, name, first_import_id, agg_total_spend_cents,"
                         " agg_order_count, agg_last_purchase) VALUES (?, ?, ?, ?, ?, ?, ?)", cust_rows)
        conn.executemany(f"INSERT INTO orders({', '.join(ORDER_COLS)}) VALUES ({', '.join('?' * len(ORDER_COLS))})",
                         rows)
        # some multi-item orders carry line items with their own categories
        multi = order_ids[rng.random(k) < 0.1]
        item_rows = [(int(o), "item", None, str(CATEGORIES[(o * 7 + j) % len(CATEGORIES)]), 1.0, 1000)
                     for o in multi for j in range(2)]
        conn.executemany("INSERT INTO order_items(order_id, product, sku, category, quantity, amount_cents)"
                         " VALUES (?, ?, ?, ?, ?, ?)", item_rows)
    return {"customers": n, "buyers": int(buyer.sum()), "member_only": int(is_member_only.sum()),
            "no_purchase": int(is_none.sum()), "orders": k, "paid_orders": int((status == "paid").sum())}


def _hour_weights() -> np.ndarray:
    w = np.array([1, 2, 3, 3, 4, 3, 2, 2, 3, 4, 6, 7, 6, 4, 2], dtype=float)
    return w / w.sum()


def small_shop(ws: Workspace, seed: int = 4) -> None:
    """120 customers, half of them buying 1-4 times 30 days apart, the rest once: few repeat buyers (a flat BG/NBD
    likelihood whose a and b run off to millions together)."""
    rng = np.random.default_rng(seed)
    insert_customers(ws, [{"id": i} for i in range(1, 121)])
    rows = []
    for i in range(1, 121):
        first = dt.date(2024, 1, 1) + dt.timedelta(days=int(rng.integers(0, 200)))
        for k in range(1 + int(rng.integers(0, 4)) if i <= 60 else 1):
            rows.append({"customer_id": i, "order_time": f"{first + dt.timedelta(days=30 * k)} 10:00:00",
                         "amount_cents": int(rng.integers(1000, 9000))})
    insert_orders(ws, rows)


def new_workspace(tmp_path, name: str = "shop") -> Workspace:
    """A fresh, empty workspace in `tmp_path`."""
    return Workspace.create(tmp_path / f"{name}.shoplens")


SEGMENT = "important_value"
# special customers put into the segment's members (ids chosen after segmenting): what they test
SPECIAL = [
    {"phone": "+8613800138000", "name": "=HYPERLINK(\"http://evil\",\"x\")", "email": "alice@example.com"},
    {"phone": "13800005678", "name": "-2+3", "city": "@SUM(1,2)", "member_no": "000042"},
    {"phone": "01012345678", "name": "\tTabbed", "member_no": "0007"},
    {"phone": "+442079460000", "name": "+Plus", "email": "b@shop.cn"},
]


def contact_shop(tmp_path, customers: int = 500, seed: int = 5) -> tuple[Workspace, int, list[int]]:
    """A shop with a saved rfm-cn8 run; members of SEGMENT carry special values and consent rows (the export
    tests)."""
    from shoplens.segmentation.build import build_run
    from shoplens.segmentation.runs import save_run

    ws = new_workspace(tmp_path)
    make_shop(ws, customers, seed=seed)
    run_id = save_run(ws, build_run(ws, "rfm-cn8"))
    members = [r[0] for r in ws.conn.execute(
        "SELECT customer_id FROM segment_members WHERE run_id = ? AND label = ? ORDER BY customer_id", (run_id, SEGMENT))]
    assert len(members) >= 20
    with ws.transaction() as conn:
        for cid, values in zip(members, SPECIAL, strict=False):
            sets = ", ".join(f"{k} = ?" for k in values)
            conn.execute(f"UPDATE customers SET {sets} WHERE id = ?", (*values.values(), cid))
        for cid in members[len(SPECIAL):]:
            conn.execute("UPDATE customers SET phone = ?, email = ? WHERE id = ?",
                         (f"139{cid:08d}", f"c{cid}@example.com", cid))
        # consent: 4,5 refused everything; 6 refused sms only; 7 refused all but allowed sms; 8 allowed all
        rows = [(members[4], "all", 0), (members[5], "all", 0), (members[6], "sms", 0), (members[7], "all", 0),
                (members[7], "sms", 1), (members[8], "all", 1), (members[9], "email", 0)]
        conn.executemany("INSERT INTO consent(customer_id, channel, allowed, source, changed_at)"
                         " VALUES (?, ?, ?, 'test', '2024-01-01')", rows)
    return ws, run_id, members
