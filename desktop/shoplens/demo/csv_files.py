"""Write the demo's CSV files: Taobao orders (GBK), the Shopify line-item export and the WeChat followers."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pandas as pd

from . import catalog as cat
from .catalog import SHOPIFY, TAOBAO
from .simulate import DemoShop

TAOBAO_HEADER = ("订单编号", "买家会员名", "买家应付货款", "买家应付邮费", "买家支付积分", "总金额", "返点积分",
                 "买家实际支付金额", "订单状态", "买家留言", "收货人姓名", "收货地址", "运送方式", "联系电话", "联系手机",
                 "订单创建时间", "订单付款时间", "宝贝标题", "宝贝种类", "物流单号", "物流公司", "订单备注", "宝贝总数量",
                 "店铺Id", "店铺名称", "订单关闭原因", "是否手机订单", "店铺优惠", "退款金额")
SHOPIFY_HEADER = ("Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Accepts Marketing", "Currency",
                  "Subtotal", "Shipping", "Taxes", "Total", "Discount Code", "Discount Amount", "Shipping Method",
                  "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem sku", "Billing Name",
                  "Billing City", "Billing Country", "Billing Phone", "Shipping Name", "Shipping City",
                  "Shipping Country", "Payment Method", "Refunded Amount")
WECHAT_HEADER = ("openid", "昵称", "性别", "城市", "手机号", "关注时间", "标签")
OVERLAP_DAY = "2024-06-30"  # the Taobao file was stitched from two exports that both hold this day
MESSAGES = ("", "", "", "", "", "", "请尽快发货，谢谢", "送人的，不要放价格单", "麻烦多送几包试饮装", "周末送货")
COURIERS = ("中通快递", "圆通速递", "顺丰速运", "韵达快递")


def _money(values) -> list[str]:
    return [f"{v:.2f}" for v in values]


def _time_text(values: np.ndarray) -> np.ndarray:
    text = np.char.replace(np.datetime_as_string(values.astype("datetime64[s]"), unit="s"), "T", " ")
    return np.where(np.isnat(values.astype("datetime64[s]")), "", text)


def _write(path: Path, header, rows, encoding: str) -> None:
    with open(path, "w", newline="", encoding=encoding) as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)


def taobao_phone_texts(phones: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Mainland mobiles written the ways Taobao exports and people write them."""
    style = rng.random(len(phones))
    spaced = [f"{p[:3]} {p[3:7]} {p[7:]}" for p in phones]
    out = np.where(style < 0.08, np.char.add("+86 ", np.asarray(spaced)), phones)
    out = np.where((style >= 0.08) & (style < 0.12), np.char.add("+86-", phones), out)
    out = np.where((style >= 0.12) & (style < 0.16), np.asarray(spaced), out)
    out = np.where((style >= 0.16) & (style < 0.21), np.char.add(np.char.add('="', phones), '"'), out)
    return np.where((style >= 0.21) & (style < 0.24), np.char.add("'", phones), out)


def write_taobao(shop: DemoShop, path: Path, rng: np.random.Generator) -> int:
    """Taobao/Tmall seller orders, one row per order, newest first, GBK-encoded like the real download."""
    orders = shop.orders[shop.orders["channel"] == TAOBAO].sort_values("time", ascending=False, kind="stable")
    people = shop.people.loc[orders["person"].to_numpy()]
    lines = shop.lines[shop.lines["order"].isin(orders.index)]
    titles = lines.groupby("order")["product"].agg(lambda p: "，".join(cat.PRODUCTS[i][5] for i in p))
    kinds = lines.groupby("order")["product"].nunique()
    n = len(orders)
    status = orders["status"].to_numpy()
    closed = status == "交易关闭"
    shipped = ~np.isin(status, ("交易关闭", "等待买家付款", "买家已付款，等待卖家发货"))
    tracking = np.where(shipped, np.char.add("YT", rng.integers(10**12, 10**13 - 1, n).astype(str)), "")
    rows = zip(
        orders["order_no"], people["nick"], _money(orders["subtotal"]), _money(orders["shipping"]),
        ["0"] * n, _money(orders["subtotal"] + orders["shipping"]), ["0"] * n,
        _money(orders["paid"]), status, np.asarray(MESSAGES)[rng.integers(0, len(MESSAGES), n)], people["name"],
        people["address"], ["快递"] * n, [""] * n, taobao_phone_texts(people["phone"].to_numpy(), rng),
        _time_text(orders["time"].to_numpy()), _time_text(orders["paid_time"].to_numpy()),
        titles.loc[orders.index], kinds.loc[orders.index], tracking,
        np.where(shipped, np.asarray(COURIERS)[rng.integers(0, len(COURIERS), n)], ""), [""] * n,
        orders["qty"], ["58193746"] * n, [f"{cat.SHOP_NAME_ZH}茶叶店"] * n,
        np.where(closed, np.where(rng.random(n) < 0.7, "买家未付款", "超时未付款"), "订单未关闭"),
        np.where(rng.random(n) < 0.85, "手机订单", ""), _money(orders["discount"]), _money(orders["refund"]),
        strict=True,
    )
    rows = [list(map(str, r)) for r in rows]
    created = _time_text(orders["time"].to_numpy())
    repeated = np.char.startswith(created.astype(str), OVERLAP_DAY)
    out = []
    for row, again in zip(rows, repeated, strict=True):
        out.append(row)
        if again:
            out.append(row)
    _write(path, TAOBAO_HEADER, out, "gbk")
    return len(out)


def write_shopify(shop: DemoShop, path: Path, rng: np.random.Generator) -> int:
    """The overseas web shop's Shopify export: one row per line item, order fields on the first line only."""
    orders = shop.orders[shop.orders["channel"] == SHOPIFY]
    people = shop.people
    person = orders["person"].to_numpy()
    p = people.loc[person]
    cn_phone = (p["home"].to_numpy() != SHOPIFY) | (p["second"].to_numpy() >= 0)
    has_intl = rng.random(len(people)) < 0.7
    phone = np.where(cn_phone, np.asarray([f"+86 {x[:3]} {x[3:7]} {x[7:]}" for x in p["phone"]]),
                     np.where(has_intl[person], p["intl_phone"].to_numpy().astype(str), ""))
    place = np.asarray(cat.OVERSEAS, dtype=object)[p["overseas"].to_numpy()]
    city = np.where(cn_phone, "Hangzhou", [o[1] for o in place])
    country = np.where(cn_phone, "CN", [o[0] for o in place])
    marketing = np.where(rng.random(len(people)) < 0.55, "yes", "no")[person]
    created = np.char.add(_time_text(orders["time"].to_numpy()), " +0800")
    paid_at = _time_text(orders["paid_time"].to_numpy())
    paid_at = np.where(paid_at == "", "", np.char.add(paid_at, " +0800"))
    status = orders["status"].to_numpy()
    fulfil = np.where(np.isin(status, ("paid", "partially_refunded")), "fulfilled", "unfulfilled")
    head = pd.DataFrame({
        "order": orders.index, "Name": orders["order_no"].to_numpy(), "Email": p["email"].to_numpy(),
        "Financial Status": status, "Paid at": paid_at, "Fulfillment Status": fulfil,
        "Accepts Marketing": marketing, "Currency": "CNY", "Subtotal": _money(orders["subtotal"]),
        "Shipping": _money(orders["shipping"]), "Taxes": "0.00",
        "Total": _money(orders["subtotal"] - orders["discount"] + orders["shipping"]),
        "Discount Code": orders["coupon"].to_numpy(), "Discount Amount": _money(orders["discount"]),
        "Shipping Method": np.where(orders["shipping"].to_numpy() > 0, "Standard International", "Free Shipping"),
        "Created at": created, "Billing Name": p["en_name"].to_numpy(), "Billing City": city,
        "Billing Country": country, "Billing Phone": phone, "Shipping Name": p["en_name"].to_numpy(),
        "Shipping City": city, "Shipping Country": country,
        "Payment Method": np.where(rng.random(len(orders)) < 0.7, "Shopify Payments", "PayPal Express Checkout"),
        "Refunded Amount": _money(orders["refund"]),
    })
    lines = shop.lines[shop.lines["order"].isin(orders.index)].merge(head, on="order")
    lines["number"] = lines["Name"].str[1:].astype(int)
    lines = lines.sort_values("number", ascending=False, kind="stable")
    first = ~lines["order"].duplicated().to_numpy()
    shouty = rng.random(len(lines)) < 0.1
    email = np.where(shouty, [e.capitalize() for e in lines["Email"]], lines["Email"].to_numpy())
    rows = []
    for i, r in enumerate(lines.itertuples(index=False)):
        row = dict(zip(lines.columns, r, strict=True))
        product = cat.PRODUCTS[row["product"]]
        out = {k: (row.get(k, "") if first[i] else "") for k in SHOPIFY_HEADER}
        out.update({"Name": row["Name"], "Email": email[i], "Created at": row["Created at"], "Currency": "CNY",
                    "Lineitem quantity": str(int(row["qty"])), "Lineitem name": product[3],
                    "Lineitem price": f"{row['price']:.2f}", "Lineitem sku": product[4]})
        rows.append([out[k] for k in SHOPIFY_HEADER])
    _write(path, SHOPIFY_HEADER, rows, "utf-8")
    return len(rows)


def write_wechat(shop: DemoShop, path: Path, rng: np.random.Generator) -> int:
    """The official account's follower list (UTF-8 with BOM, as Excel likes it); dates written two ways."""
    fans = shop.people[shop.people["follower"]].sort_values("follow_time", kind="stable")
    n = len(fans)
    words = np.char.add(np.asarray(cat.NICK_WORDS)[rng.integers(0, len(cat.NICK_WORDS), n)],
                        np.asarray(cat.NICK_TAILS)[rng.integers(0, len(cat.NICK_TAILS), n)])
    nick = np.where(rng.random(n) < 0.3, fans["name"].to_numpy().astype(str), words)
    gender = np.where(rng.random(n) < 0.15, "未知", np.where(fans["female"].to_numpy(), "女", "男"))
    city = np.asarray([cat.PLACES[p][1] for p in fans["place"]])
    phone = np.where(fans["wx_phone"].to_numpy(), fans["phone"].to_numpy(), "")
    times = fans["follow_time"].to_numpy().astype("datetime64[s]")
    iso = _time_text(times)
    stamp = pd.DatetimeIndex(times)
    slashed = [f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}" for t in stamp]
    when = np.where(rng.random(n) < 0.3, slashed, iso)
    tags = np.where(fans["member"].to_numpy(), "会员", np.where(rng.random(n) < 0.1, "活动报名", ""))
    rows = [list(r) for r in zip(fans["openid"], nick, gender, city, phone, when, tags, strict=True)]
    _write(path, WECHAT_HEADER, rows, "utf-8-sig")
    return len(rows)
