"""What each demo order cost and paid, its status in each channel's words, and its order number."""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import catalog as cat
from .catalog import POS, SHOPIFY, TAOBAO

TAOBAO_STATUS = ("交易成功", "交易关闭", "退款成功")
TAOBAO_RECENT = ("卖家已发货，等待买家确认", "买家已付款，等待卖家发货")
SHOPIFY_STATUS = ("paid", "refunded", "partially_refunded", "voided", "pending")


def price_orders(rng: np.random.Generator, orders: pd.DataFrame, lines: pd.DataFrame,
                 people: pd.DataFrame) -> pd.DataFrame:
    """Line amounts (adds lines["amount"]) and per-order money, status, paid time and order number."""
    orders = orders.copy()
    person = orders["person"].to_numpy()
    member = np.zeros(len(orders), dtype=bool)
    member[person >= 0] = people["member"].to_numpy()[person[person >= 0]]
    gross = lines["price"].to_numpy() * lines["qty"].to_numpy()
    order = lines["order"].to_numpy()
    is_pos_line = orders["channel"].to_numpy()[order] == POS
    member_line = member[order] & is_pos_line
    lines["amount"] = np.round(np.where(member_line, gross * 0.95, gross), 2)
    orders["subtotal"] = np.bincount(order, weights=gross, minlength=len(orders)).round(2)
    orders["line_total"] = np.bincount(order, weights=lines["amount"].to_numpy(), minlength=len(orders)).round(2)
    orders["items"] = np.bincount(order, minlength=len(orders))
    orders["qty"] = np.bincount(order, weights=lines["qty"].to_numpy(), minlength=len(orders)).astype(int)
    for column, value in (("discount", 0.0), ("shipping", 0.0), ("paid", 0.0), ("refund", 0.0)):
        orders[column] = value
    orders["status"] = ""
    orders["coupon"] = ""
    orders["paid_time"] = orders["time"]
    orders["order_no"] = ""
    pos = orders["channel"].to_numpy() == POS
    orders.loc[pos & ~member & (orders["payment"].to_numpy() == 4), "payment"] = 0  # stored value: members only
    orders.loc[pos, "paid"] = orders.loc[pos, "line_total"]
    orders.loc[pos, "status"] = "paid"
    orders.loc[pos, "order_no"] = pos_numbers(orders.loc[pos, "time"].to_numpy(), orders.loc[pos, "store"].to_numpy())
    _taobao(rng, orders)
    _shopify(rng, orders)
    return orders


def pos_numbers(time: np.ndarray, store: np.ndarray, prefix: str = "") -> np.ndarray:
    """Till receipt numbers: store code, date and a sequence number within that store and day."""
    day = time.astype("datetime64[D]")
    frame = pd.DataFrame({"day": day, "store": store, "time": time, "i": np.arange(len(time))})
    frame = frame.sort_values(["store", "day", "time", "i"])
    seq = frame.groupby(["store", "day"]).cumcount().to_numpy() + 1
    codes = np.asarray(cat.STORE_CODES)[frame["store"].to_numpy()]
    dates = np.char.replace(np.datetime_as_string(frame["day"].to_numpy(), unit="D"), "-", "")
    width = 3 if prefix else 4
    numbers = np.char.add(np.char.add(np.char.add(prefix, codes), dates), np.char.zfill(seq.astype(str), width))
    out = np.empty(len(time), dtype=object)
    out[frame["i"].to_numpy()] = numbers
    return out


def _taobao(rng, orders: pd.DataFrame) -> None:
    m = orders["channel"].to_numpy() == TAOBAO
    n = int(m.sum())
    sub = orders.loc[m, "subtotal"].to_numpy()
    time = orders.loc[m, "time"].to_numpy()
    month_day = pd.DatetimeIndex(time).strftime("%m-%d").to_numpy()
    festival = ((month_day >= "11-01") & (month_day <= "11-11")) | ((month_day >= "06-01") & (month_day <= "06-18"))
    coupon = np.where(sub >= 300, np.where(festival, 50, 30), np.where(sub >= 199, 15, 0))
    coupon = np.where(rng.random(n) < np.where(festival, 0.9, 0.5), coupon, 0)
    postage = np.where(sub < 99, 8.0, 0.0)
    paid = np.round(sub + postage - coupon, 2)
    status = np.asarray(TAOBAO_STATUS)[rng.choice(3, n, p=(0.905, 0.06, 0.035))]
    age = (np.datetime64(cat.END) + np.timedelta64(1, "D") - time.astype("datetime64[D]")).astype(int)
    recent = age <= 12
    status = np.where(recent & (status == "交易成功"),
                      np.asarray(TAOBAO_RECENT)[rng.choice(2, n, p=(0.7, 0.3))], status)
    status = np.where((age <= 2) & (rng.random(n) < 0.3), "等待买家付款", status)
    unpaid = np.isin(status, ("交易关闭", "等待买家付款"))
    paid_time = time + rng.integers(5, 1800, n).astype("timedelta64[s]")
    orders.loc[m, "discount"] = coupon.astype(float)
    orders.loc[m, "shipping"] = postage
    orders.loc[m, "paid"] = np.where(unpaid, 0.0, paid)
    orders.loc[m, "refund"] = np.where(status == "退款成功", paid, 0.0)
    orders.loc[m, "status"] = status
    orders.loc[m, "paid_time"] = np.where(unpaid, np.datetime64("NaT"), paid_time)
    orders.loc[m, "order_no"] = _taobao_numbers(rng, n)


def _taobao_numbers(rng, n: int) -> np.ndarray:
    numbers: list[str] = []
    seen: set[int] = set()
    while len(numbers) < n:
        for value in rng.integers(1_000_000_000_000_000_000, 4_000_000_000_000_000_000, n).tolist():
            if value not in seen and len(numbers) < n:
                seen.add(value)
                numbers.append(str(value))
    return np.asarray(numbers, dtype=object)


def _shopify(rng, orders: pd.DataFrame) -> None:
    m = orders["channel"].to_numpy() == SHOPIFY
    n = int(m.sum())
    part = orders.loc[m]
    sub = part["subtotal"].to_numpy()
    first = part.groupby("person")["time"].transform("min").to_numpy() == part["time"].to_numpy()
    code = np.where(first & (rng.random(n) < 0.35), "WELCOME10", "")
    month = pd.DatetimeIndex(part["time"].to_numpy()).month.to_numpy()
    code = np.where((code == "") & np.isin(month, (9, 1)) & (rng.random(n) < 0.3), "MOONTEA15", code)
    rate = np.select([code == "WELCOME10", code == "MOONTEA15"], [0.10, 0.15], 0.0)
    discount = np.round(sub * rate, 2)
    shipping = np.where(sub >= 400, 0.0, 45.0)
    total = np.round(sub - discount + shipping, 2)
    status = np.asarray(SHOPIFY_STATUS)[rng.choice(5, n, p=(0.92, 0.04, 0.02, 0.01, 0.01))]
    refund = np.select([status == "refunded", status == "partially_refunded"], [total, np.round(total * 0.4, 2)], 0)
    unpaid = np.isin(status, ("voided", "pending"))
    paid_time = part["time"].to_numpy() + rng.integers(2, 120, n).astype("timedelta64[s]")
    rank = np.empty(n, dtype=int)
    rank[np.argsort(part["time"].to_numpy(), kind="stable")] = np.arange(n)
    orders.loc[m, "coupon"] = code
    orders.loc[m, "discount"] = discount
    orders.loc[m, "shipping"] = shipping
    orders.loc[m, "paid"] = np.where(unpaid, 0.0, total)
    orders.loc[m, "refund"] = refund
    orders.loc[m, "status"] = status
    orders.loc[m, "paid_time"] = np.where(unpaid, np.datetime64("NaT"), paid_time)
    orders.loc[m, "order_no"] = np.char.add("#", (1001 + rank).astype(str)).astype(object)


def returns(rng: np.random.Generator, orders: pd.DataFrame, lines: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A few store returns: a later receipt with the first line of a known customer's ticket, negative."""
    candidates = np.flatnonzero((orders["channel"].to_numpy() == POS) & (orders["person"].to_numpy() >= 0))
    picked = np.sort(rng.choice(candidates, max(1, len(candidates) // 250), replace=False))
    source = orders.iloc[picked]
    delay = rng.integers(1, 10, len(picked)).astype("timedelta64[D]") + rng.integers(0, 7200, len(picked)).astype(
        "timedelta64[s]")
    last = np.datetime64(cat.END) + np.timedelta64(20 * 3600, "s")  # the stores close at nine
    time = np.minimum(source["time"].to_numpy() + delay, last)
    first_line = lines.drop_duplicates("order").set_index("order").loc[picked]
    new_ids = np.arange(len(orders), len(orders) + len(picked))
    amount = -first_line["amount"].to_numpy()
    extra = pd.DataFrame({
        "person": source["person"].to_numpy(), "channel": POS, "time": time, "store": source["store"].to_numpy(),
        "payment": source["payment"].to_numpy(), "return_of": picked,
        "subtotal": -(first_line["price"] * first_line["qty"]).to_numpy(), "line_total": amount, "items": 1,
        "qty": -first_line["qty"].to_numpy(), "discount": 0.0, "shipping": 0.0, "paid": amount, "refund": 0.0,
        "status": "returned", "coupon": "", "paid_time": time,
        "order_no": pos_numbers(time, source["store"].to_numpy(), prefix="TH"),
    }, index=new_ids)
    extra_lines = pd.DataFrame({"order": new_ids, "product": first_line["product"].to_numpy(),
                                "qty": -first_line["qty"].to_numpy(), "price": first_line["price"].to_numpy(),
                                "amount": amount})
    return extra, extra_lines
