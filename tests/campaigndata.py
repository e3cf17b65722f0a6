"""A shop for the campaign tests: customers with history, a saved segmentation run, a tag, consent, and a way to
add the orders that came in during a campaign's window with a chosen buying rate per arm."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np

from shoplens.workspace import Workspace

START = dt.date(2024, 6, 1)
LABELS = (("sleep", "Sleeping customers", "沉睡客户"), ("loyal", "Loyal customers", "忠诚客户"))


def campaign_shop(path, customers: int = 1200, seed: int = 3, history_rate: float = 0.2) -> Workspace:
    """Customers 1..N (odd ids 'sleep', even ids 'loyal'), orders in 2024-01..05, a run, the tag 'VIP' (every 3rd)."""
    rng = np.random.default_rng(seed)
    ws = Workspace.create(path, shop_name="Campaign shop")
    now = "2024-05-31 12:00:00"
    with ws.transaction() as conn:
        conn.execute("INSERT INTO imports(id, file_name, sha256, kind, columns, mapping, header_row, rows_read,"
                     " rows_skipped, status, imported_at) VALUES (1, 'orders.csv', 'x', 'orders', '[]', '{}', 0, 0,"
                     " 0, 'done', ?)", (now,))
        conn.executemany("INSERT INTO customers(id, member_no, name, phone, email, first_import_id)"
                         " VALUES (?, ?, ?, ?, ?, 1)",
                         [(i, f"M{i:05d}", f"客户{i}", f"139{i:08d}", f"c{i}@example.com" if i % 2 else None)
                          for i in range(1, customers + 1)])
        conn.executemany("INSERT INTO customer_keys(kind, value, customer_id, import_id) VALUES (?, ?, ?, 1)",
                         [(kind, value, i) for i in range(1, customers + 1)
                          for kind, value in (("member_no", f"M{i:05d}"), ("phone", f"139{i:08d}"))])
        rows = []
        for cid in range(1, customers + 1):
            # the 30 days before the start: buys with history_rate (this is the baseline)
            if rng.random() < history_rate:
                day = START - dt.timedelta(days=int(rng.integers(1, 31)))
                rows.append((cid, f"{day.isoformat()} 10:00:00", int(rng.integers(1000, 20000))))
            for _ in range(int(rng.integers(0, 3))):  # older orders
                day = START - dt.timedelta(days=int(rng.integers(31, 150)))
                rows.append((cid, f"{day.isoformat()} 11:00:00", int(rng.integers(1000, 20000))))
        _insert_orders(conn, rows)
        conn.execute("INSERT INTO segmentations(id, name, method, scheme_key, parameters, as_of, created_at,"
                     " customers) VALUES (1, 'RFM', 'rfm-cn8', 'rfm-cn8:mean', '{}', '2024-06-01', ?, ?)",
                     (now, customers))
        for pos, (label, en, zh) in enumerate(LABELS):
            size = len(range(1 if label == "sleep" else 2, customers + 1, 2))
            conn.execute("INSERT INTO segments(run_id, label, position, name_en, name_zh, size, revenue, revenue_cents)"
                         " VALUES (1, ?, ?, ?, ?, ?, 0, 0)", (label, pos, en, zh, size))
        conn.executemany("INSERT INTO segment_members(run_id, customer_id, label) VALUES (1, ?, ?)",
                         [(i, "sleep" if i % 2 else "loyal") for i in range(1, customers + 1)])
        conn.execute("INSERT INTO tag_defs(id, name_en, name_zh, layer, colour, rule, created_at, updated_at)"
                     " VALUES (1, 'VIP', '贵宾', 'value', '#888', ?, ?, ?)", (json.dumps({"all": []}), now, now))
        conn.executemany("INSERT INTO customer_tags(tag_id, customer_id) VALUES (1, ?)",
                         [(i,) for i in range(3, customers + 1, 3)])
        conn.executemany("INSERT INTO consent(customer_id, channel, allowed, source, changed_at)"
                         " VALUES (?, 'sms', 0, 'test', ?)", [(i, now) for i in range(5, customers + 1, 50)])
    return ws


def _insert_orders(conn, rows, coupon: dict[int, str] | None = None) -> None:
    start = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM orders").fetchone()[0]
    coupon = coupon or {}
    conn.executemany(
        "INSERT INTO orders(id, order_no, customer_id, import_id, source_row, order_time, amount_cents, status,"
        " coupon_code, dedup_key) VALUES (?, ?, ?, 1, ?, ?, ?, 'paid', ?, ?)",
        [(start + i, f"T{start + i}", cid, start + i, when, cents, coupon.get(i), f"k{start + i}")
         for i, (cid, when, cents) in enumerate(rows)])


def add_window_orders(ws: Workspace, campaign_id: int, rate_treatment: float, rate_holdout: float, *,
                      days: int = 30, seed: int = 11, coupon: str | None = None, coupon_share: float = 0.5,
                      start: dt.date = START) -> dict[str, int]:
    """Orders during the window: each member buys with their arm's rate; returns buyers per arm."""
    rng = np.random.default_rng(seed)
    arms = ws.conn.execute("SELECT customer_id, arm FROM campaign_members WHERE campaign_id = ? ORDER BY customer_id",
                           (campaign_id,)).fetchall()
    rows, coupons, buyers = [], {}, {"treatment": 0, "holdout": 0}
    for cid, arm in arms:
        if rng.random() < (rate_treatment if arm == "treatment" else rate_holdout):
            day = start + dt.timedelta(days=int(rng.integers(0, days)))
            if coupon and arm == "treatment" and rng.random() < coupon_share:
                coupons[len(rows)] = coupon
            rows.append((cid, f"{day.isoformat()} 15:00:00", int(rng.integers(1000, 20000))))
            buyers[arm] += 1
    with ws.transaction() as conn:
        _insert_orders(conn, rows, coupons)
    return buyers


def add_order(ws: Workspace, customer_id: int | None, when: str, cents: int = 1000, coupon: str | None = None) -> None:
    """One paid order."""
    with ws.transaction() as conn:
        _insert_orders(conn, [(customer_id, when, cents)], {0: coupon} if coupon else None)
