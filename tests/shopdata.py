"""Small shops for the tests, written straight into a workspace by SQL, and a workspace file damaged on purpose."""

from __future__ import annotations

import os
import random
import sqlite3

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
CITIES = ("上海", "北京", "杭州", "深圳", "成都", None)
LEVELS = ("普通会员", "银卡会员", "金卡会员", None)
CHANNELS = ("门店", "淘宝", "小程序")


def build_small_workspace(path: str | os.PathLike[str], customers: int = 200, orders: int = 20_000,
                          seed: int = 7):
    """A workspace filled by SQL: two imports, customers with keys from both, orders over 2023-2024.

    Returns the open Workspace. Every 25th order is refunded; customer 1 has no orders at all.
    """
    from shoplens.workspace import Workspace

    rng = random.Random(seed)
    ws = Workspace.create(path, shop_name="Test shop")
    with ws.transaction() as conn:
        for import_id, (name, sheet, kind) in enumerate(
                [("会员列表.xlsx", "会员", "customers"), ("orders.csv", None, "orders")], start=1):
            conn.execute(
                "INSERT INTO imports(id, file_name, sheet, sha256, kind, columns, mapping, header_row, rows_read,"
                " rows_skipped, status, imported_at) VALUES (?, ?, ?, ?, ?, '[]', '{}', 0, 0, 0, 'done',"
                " '2025-01-02 10:00:00')", (import_id, name, sheet, f"sha{import_id}", kind))
        people, keys = [], []
        for cid in range(1, customers + 1):
            name = rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if cid % 2 else "")
            phone = f"13{cid:09d}"
            member_no = f"M{cid:05d}"
            email = f"c{cid}@example.com" if cid % 3 == 0 else None
            people.append((cid, member_no, name, phone, email, "F" if cid % 2 else "M", rng.choice(CITIES),
                           rng.choice(LEVELS), "2022-06-01"))
            keys += [("member_no", member_no, cid, 1), ("phone", phone, cid, 1)]
            if email:
                keys.append(("email", email, cid, 2))
        conn.executemany(
            "INSERT INTO customers(id, member_no, name, phone, email, gender, city, member_level, join_date,"
            " first_import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", people)
        conn.executemany("INSERT INTO customer_keys(kind, value, customer_id, import_id) VALUES (?, ?, ?, ?)", keys)
        rows = []
        for oid in range(1, orders + 1):
            cid = rng.randint(2, customers)
            day = rng.randint(0, 729)
            month, rest = divmod(day, 30)
            time = f"{2023 + month // 12}-{month % 12 + 1:02d}-{rest % 28 + 1:02d} {rng.randint(9, 21):02d}:" \
                   f"{rng.randint(0, 59):02d}:00"
            status = "refunded" if oid % 25 == 0 else "paid"
            rows.append((oid, f"SO{oid:07d}", cid, 2, oid, time, rng.randint(500, 90_000), rng.choice((0, 0, 500)),
                         rng.randint(1, 4), rng.choice(("龙井", "乌龙", "普洱", "白茶")), rng.choice(CHANNELS),
                         status, f"k{oid}"))
        conn.executemany(
            "INSERT INTO orders(id, order_no, customer_id, import_id, source_row, order_time, amount_cents,"
            " discount_cents, items, product, channel, status, dedup_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    return ws


def damage(path) -> None:
    """Scribble over the pages of the orders table (keeping the file header), as a failing disk would."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = 'orders'")] if _has_dbstat(conn) \
        else list(range(10, 30))
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    for page in pages[:20]:
        offset = (page - 1) * page_size
        data[offset: offset + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))


def _has_dbstat(conn) -> bool:
    try:
        conn.execute("SELECT 1 FROM dbstat LIMIT 1").fetchall()
        return True
    except sqlite3.OperationalError:
        return False
