"""A planted shop for the Home tests, imported through the real importer: who must be in each action is known."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from importdata import write_csv

ORDER_HEADER = ["小票号", "销售时间", "会员卡号", "手机号", "商品名称", "实收金额", "门店"]
MEMBER_HEADER = ["会员卡号", "姓名", "手机号", "性别", "生日", "会员等级", "开卡日期"]
AS_OF = dt.date(2024, 7, 1)  # the last order is on 30 June 2024


@dataclass
class Planted:
    """Orders per card (day, yuan) and the member list rows, as written into the files."""

    orders: dict[str, list[tuple[dt.date, int]]] = field(default_factory=dict)
    members: list[list[str]] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # card → what was planted on purpose

    def add(self, card: str, day: dt.date, yuan: int) -> None:
        self.orders.setdefault(card, []).append((day, yuan))

    def rows(self, until: dt.date | None = None, since: dt.date | None = None) -> list[list[str]]:
        out = []
        n = 0
        for card, orders in sorted(self.orders.items()):
            for day, yuan in orders:
                n += 1
                if (until and day > until) or (since and day < since):
                    continue
                out.append([f"R{card}-{n:05d}", f"{day.isoformat()} 12:00:00", card, phone(card),
                            "龙井 100g", f"{yuan}.00", "西湖店"])
        return out

    def figures(self, as_of: dt.date = AS_OF) -> dict[str, tuple[int, int, int]]:
        """card → (recency days, orders, spend) as of `as_of` (orders before it)."""
        out = {}
        for card, orders in self.orders.items():
            seen = [(d, y) for d, y in orders if d < as_of]
            if seen:
                out[card] = ((as_of - max(d for d, _ in seen)).days, len(seen), sum(y for _, y in seen))
        return out


def phone(card: str) -> str:
    """A phone number of its own for each card (C0014 and O0014 must not share one)."""
    return f"13{'COML'.index(card[0]) + 1}{card[1:]:0>8}"


def planted_shop(seed: int = 11) -> Planted:
    """150 regular customers over 18 months, plus customers planted at the edges of each action's rule."""
    rng = random.Random(seed)
    shop = Planted()
    start = dt.date(2023, 1, 1)
    span = (AS_OF - start).days
    for i in range(150):
        card = f"C{i:04d}"
        first = rng.randint(0, span - 60)
        for _ in range(rng.randint(2, 8)):
            shop.add(card, start + dt.timedelta(days=rng.randint(first, span - 1)), rng.randint(20, 400) + i)
    # the last day of data, so the as-of date is 1 July 2024
    shop.add("C0000", AS_OF - dt.timedelta(days=1), 88)
    # bought once, N days ago (second-purchase nudge: 15-45)
    for days in (14, 15, 30, 45, 46):
        card = f"O{days:04d}"
        shop.add(card, AS_OF - dt.timedelta(days=days), 55 + days)
        shop.names[card] = f"once {days} days ago"
    # a light buyer long gone (the tests of what changed bring them back)
    shop.add("L0001", dt.date(2023, 5, 2), 30)
    # members: birthdays, join dates, with and without orders
    members = [
        ("M0001", "1990-07-01", "金卡会员", "2024-03-01", False),  # birthday on the as-of day; joined, no order
        ("M0002", "1985-07-15", "普通会员", "2021-05-01", False),  # birthday 14 days ahead; joined long ago
        ("M0003", "1985-07-16", "普通会员", "2024-06-01", True),  # birthday 15 days ahead; joined, bought
        ("M0004", "1992-06-30", "银卡会员", "2023-09-01", False),  # birthday yesterday; joined 10 months ago
        ("M0005", "2000-02-29", "普通会员", "2024-01-15", False),  # leap-day birthday; joined, no order
        ("M0006", "", "普通会员", "2022-01-01", False),  # joined over a year ago, no order
        ("M0007", "1988-12-25", "", "2024-05-01", False),  # no member level: not a member
    ]
    for card, birthday, level, joined, bought in members:
        shop.members.append([card, f"会员{card}", phone(card), "女", birthday, level, joined])
        if bought:
            shop.add(card, AS_OF - dt.timedelta(days=20), 120)
    for card, *_ in shop.orders.items():
        if not card.startswith("M"):  # everyone else is on the list too, without member details
            shop.members.append([card, f"客户{card}", phone(card), "男", "", "", ""])
    return shop


def write_files(folder, shop: Planted, until: dt.date | None = None, since: dt.date | None = None):
    """(member list, orders) CSV files; orders limited to since..until when given."""
    members = write_csv(folder / "members.csv", [MEMBER_HEADER, *shop.members])
    orders = write_csv(folder / f"orders-{since}-{until}.csv", [ORDER_HEADER, *shop.rows(until, since)])
    return members, orders
