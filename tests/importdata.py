"""Generated till receipts for the import tests and the UI responsiveness benchmark."""

from __future__ import annotations

import csv
import random

POS_HEADER = ["小票号", "销售时间", "会员卡号", "手机号", "商品名称", "实收金额", "门店", "活动码"]
PRODUCTS = ["龙井 100g", "大红袍 150g", "白毫银针 50g", "茶杯", "紫砂壶"]


def write_csv(path, rows, encoding="utf-8"):
    with open(path, "w", newline="", encoding=encoding) as fh:
        csv.writer(fh).writerows(rows)
    return path


def pos_rows(n: int, seed: int = 1, members: int = 20) -> tuple[list[list[str]], dict]:
    """Till receipts: one row per receipt; a member has one card and one phone; some rows carry a campaign code."""
    rng = random.Random(seed)
    rows, cards, coded = [], set(), 0
    for i in range(n):
        m = rng.randint(1, members)
        card = f"{m:06d}"
        code = "SPRING24" if rng.random() < 0.3 else ""
        coded += bool(code)
        cards.add(card)
        rows.append([f"XS{i + 1:07d}", f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 10:{i % 60:02d}:00",
                     card, f"138{m:08d}", rng.choice(PRODUCTS), f"{rng.randint(10, 500)}.00",
                     rng.choice(["西湖店", "滨江店"]), code])
    return rows, {"orders": n, "customers": len(cards), "coded": coded}


def big_orders_csv(path, n: int, seed: int = 5) -> str:
    """A CSV of `n` till receipts from 5,000 members."""
    rows, _ = pos_rows(n, seed=seed, members=5000)
    write_csv(path, [POS_HEADER, *rows])
    return str(path)
