"""The demo shop "山茶小铺 Camellia Tea House": deterministic spreadsheets as real shops export them, plus the truth."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .catalog import POS, SHOP_NAME, SHOPIFY, TAOBAO

DEFAULT_SEED = 20240601
DEFAULT_CUSTOMERS = 3000

POS_FILE = "门店销售明细_2023-2024.xlsx"
TAOBAO_FILE = "淘宝订单报表_2023-2024.csv"
SHOPIFY_FILE = "shopify_orders_export.csv"
MEMBERS_FILE = "会员列表.xlsx"
WECHAT_FILE = "公众号粉丝列表.csv"


@dataclass(frozen=True)
class DemoFile:
    """One generated file: where it is, which sheet to import (None for CSV), and what it holds."""

    path: Path
    sheet: str | None
    description: str
    channel: str | None = None  # the sales channel its orders belong to (None for customer lists)
    rows: int = 0  # data rows written (duplicates included, title and totals rows excluded)


@dataclass(frozen=True)
class DemoTruth:
    """What the generator knows and a cleaner/importer should find again."""

    people: int  # distinct people in all files together (what perfect identity linking yields)
    buyers: int  # people with at least one order
    members: int
    members_without_orders: int  # members who only bought before the period: aggregates, no orders
    followers: int
    followers_only: int  # WeChat followers who never bought and hold no card
    people_in_several_sources: int  # people who appear in two or more of the files
    buyers_in_several_channels: int  # people with orders in two or more sales channels
    orders: dict[str, int] = field(default_factory=dict)  # distinct orders per channel ("门店" includes returns)
    anonymous_store_orders: int = 0  # till receipts with no card and no phone
    duplicate_rows: dict[str, int] = field(default_factory=dict)  # exact repeated rows per file
    paid_revenue: float = 0.0  # yuan, orders that count as paid (refunds/cancellations/unpaid excluded)
    duplicated_revenue: float = 0.0  # yuan added when the till lines exported twice are summed into their receipts

    @property
    def total_orders(self) -> int:
        return sum(self.orders.values())


CHANNELS = {POS: "门店", TAOBAO: "淘宝", SHOPIFY: "海外网店"}
_PAID_STATUS = ("paid", "returned", "交易成功", "卖家已发货，等待买家确认", "买家已付款，等待卖家发货", "partially_refunded")


def generate_demo_files(folder: str | os.PathLike[str], *, seed: int = DEFAULT_SEED,
                        customers: int = DEFAULT_CUSTOMERS) -> list[DemoFile]:
    """Write the demo shop's five exports into `folder`; the same seed gives the same files.

    They are listed in import order: the follower list comes before the member list, so that a member's real
    name and card date win over a WeChat nickname and follow date (a later customer list refreshes attributes).
    """
    from .csv_files import write_shopify, write_taobao, write_wechat
    from .simulate import simulate
    from .xlsx_files import write_members, write_pos

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    shop = simulate(seed, customers)
    streams = np.random.default_rng(seed + 1).spawn(5)  # one stream per file: files don't shift each other
    files = [
        DemoFile(folder / WECHAT_FILE, None, "WeChat official account followers (openid, nickname, bound phone)",
                 None, write_wechat(shop, folder / WECHAT_FILE, streams[1])),
        DemoFile(folder / MEMBERS_FILE, "会员列表", "Member list from the till system: cards, levels, lifetime totals",
                 None, write_members(shop, folder / MEMBERS_FILE, streams[0])),
        DemoFile(folder / POS_FILE, "销售明细", "Store till sales, one row per line, with a title and a totals row",
                 CHANNELS[POS], write_pos(shop, folder / POS_FILE, streams[2])),
        DemoFile(folder / TAOBAO_FILE, None, "Taobao shop orders, one row per order, GBK-encoded",
                 CHANNELS[TAOBAO], write_taobao(shop, folder / TAOBAO_FILE, streams[3])),
        DemoFile(folder / SHOPIFY_FILE, None, "Overseas Shopify web shop, one row per line item",
                 CHANNELS[SHOPIFY], write_shopify(shop, folder / SHOPIFY_FILE, streams[4])),
    ]
    return files


def demo_truth(seed: int = DEFAULT_SEED, customers: int = DEFAULT_CUSTOMERS) -> DemoTruth:
    """The facts behind the demo files of `seed`: distinct people, orders per channel, duplicated rows."""
    from .csv_files import OVERLAP_DAY
    from .simulate import simulate
    from .xlsx_files import member_rows, pos_lines

    shop = simulate(seed, customers)
    people, orders = shop.people, shop.orders
    streams = np.random.default_rng(seed + 1).spawn(5)
    member_dupes = len(member_rows(shop, streams[0])) - int(people["member"].sum())
    till = pos_lines(shop, streams[2])
    repeated = till.duplicated(["order", "product"])
    pos_dupes = int(repeated.sum())
    taobao = orders[orders["channel"] == TAOBAO]
    taobao_dupes = int((taobao["time"].astype("datetime64[s]").astype(str).str.startswith(OVERLAP_DAY)).sum())
    buyer_orders = orders[orders["person"] >= 0]
    channels = buyer_orders.groupby("person")["channel"].nunique().reindex(people.index, fill_value=0)
    sources = channels + people["member"].astype(int) + people["follower"].astype(int)
    kind = people["kind"]
    paid = orders["status"].isin(_PAID_STATUS)
    return DemoTruth(
        people=len(people),
        buyers=int((kind == "buyer").sum()),
        members=int(people["member"].sum()),
        members_without_orders=int((kind == "member_only").sum()),
        followers=int(people["follower"].sum()),
        followers_only=int((kind == "follower_only").sum()),
        people_in_several_sources=int((sources >= 2).sum()),
        buyers_in_several_channels=int((channels >= 2).sum()),
        orders={CHANNELS[c]: int((orders["channel"] == c).sum()) for c in CHANNELS},
        anonymous_store_orders=int(((orders["person"] < 0) & (orders["channel"] == POS)).sum()),
        duplicate_rows={MEMBERS_FILE: member_dupes, POS_FILE: pos_dupes, TAOBAO_FILE: taobao_dupes},
        paid_revenue=round(float(orders.loc[paid, "paid"].sum()), 2),
        duplicated_revenue=round(float(till.loc[repeated, "amount"].sum()), 2),
    )


__all__ = ["SHOP_NAME", "DemoFile", "DemoTruth", "demo_truth", "generate_demo_files"]
