"""Write the demo's Excel files: the store till's sales export and the member list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd

from . import catalog as cat
from .catalog import POS
from .simulate import DemoShop

POS_HEADER = ("小票号", "销售时间", "会员卡号", "手机号", "商品编码", "商品名称", "品类", "数量", "单价", "实收金额", "门店",
              "支付方式", "收银员")
MEMBER_HEADER = ("会员卡号", "姓名", "手机号", "性别", "生日", "会员等级", "开卡日期", "开卡门店", "积分", "累计消费金额",
                 "消费次数", "最近消费时间", "备注")
CASHIERS = ("小周", "小林", "阿芳", "小陈", "店长")
FIXED_TIME = dt.datetime(2025, 1, 2, 9, 0, 0)
EXCEL_EPOCH = np.datetime64("1899-12-30T00:00:00", "s")


def excel_serial(values: np.ndarray) -> np.ndarray:
    """Excel's 1900-system serial numbers for datetime64 values (NaN where missing)."""
    values = values.astype("datetime64[s]")
    serial = (values - EXCEL_EPOCH).astype("int64") / 86400.0
    return np.where(np.isnat(values), np.nan, serial)


def _workbook(path: Path):
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_numbers": False})
    book.set_properties({"title": cat.SHOP_NAME, "author": cat.SHOP_NAME_ZH, "created": FIXED_TIME})
    return book


def pos_lines(shop: DemoShop, rng: np.random.Generator) -> pd.DataFrame:
    """One row per till line as the export lists it (sorted by time, a few lines exported twice)."""
    orders = shop.orders[shop.orders["channel"] == POS]
    people = shop.people
    person = orders["person"].to_numpy()
    known = person >= 0
    card = np.full(len(orders), "", dtype=object)
    phone = np.full(len(orders), np.nan)
    member_no = np.where(known, people["member_no"].to_numpy()[np.where(known, person, 0)], "")
    is_member = member_no != ""
    with_card = is_member & (rng.random(len(orders)) < 0.85)
    with_phone = known & (~is_member | ~with_card | (rng.random(len(orders)) < 0.5))
    card[with_card] = member_no[with_card]
    phone[with_phone] = people["phone"].to_numpy()[person[with_phone]].astype(float)
    head = pd.DataFrame({"order": orders.index, "order_no": orders["order_no"].to_numpy(), "time": orders["time"],
                         "card": card, "phone": phone, "store": orders["store"].to_numpy(),
                         "payment": orders["payment"].to_numpy(),
                         "cashier": rng.integers(0, len(CASHIERS), len(orders))})
    lines = shop.lines.merge(head, on="order", how="inner")
    lines = lines.sort_values(["time", "order_no"], kind="stable").reset_index(drop=True)
    twice = np.flatnonzero(rng.random(len(lines)) < 0.004)
    order = np.sort(np.concatenate([np.arange(len(lines)), twice]), kind="stable")
    return lines.iloc[order].reset_index(drop=True)


def write_pos(shop: DemoShop, path: Path, rng: np.random.Generator) -> int:
    """The till's sales export: a title row, a blank row, the header, one row per line, a totals row."""
    lines = pos_lines(shop, rng)
    book = _workbook(path)
    sheet = book.add_worksheet("销售明细")
    title = book.add_format({"bold": True, "font_size": 14})
    bold = book.add_format({"bold": True})
    when = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    digits = book.add_format({"num_format": "0"})
    money = book.add_format({"num_format": "0.00"})
    sheet.merge_range(0, 0, 0, len(POS_HEADER) - 1, f"{cat.SHOP_NAME_ZH} 销售明细 {cat.START} 至 {cat.END}", title)
    sheet.write_row(2, 0, POS_HEADER, bold)
    products = cat.PRODUCTS
    serial = excel_serial(lines["time"].to_numpy())
    columns = zip(lines["order_no"], serial, lines["card"], lines["phone"], lines["product"], lines["qty"],
                  lines["price"], lines["amount"], lines["store"], lines["payment"], lines["cashier"], strict=True)
    row = 3
    for order_no, when_serial, card, phone, product, qty, price, amount, store, payment, cashier in columns:
        sheet.write_string(row, 0, order_no)
        sheet.write_number(row, 1, when_serial, when)
        if card:
            sheet.write_string(row, 2, card)
        if phone == phone:
            sheet.write_number(row, 3, phone, digits)
        sheet.write_string(row, 4, products[product][4])
        sheet.write_string(row, 5, products[product][0])
        sheet.write_string(row, 6, products[product][1])
        sheet.write_number(row, 7, int(qty))
        sheet.write_number(row, 8, float(price), money)
        sheet.write_number(row, 9, float(amount), money)
        sheet.write_string(row, 10, cat.STORES[store][0])
        sheet.write_string(row, 11, cat.PAYMENTS[payment])
        sheet.write_string(row, 12, CASHIERS[cashier])
        row += 1
    sheet.write_string(row, 0, "合计", bold)
    sheet.write_number(row, 7, int(lines["qty"].sum()), bold)
    sheet.write_number(row, 9, round(float(lines["amount"].sum()), 2), book.add_format({"bold": True,
                                                                                      "num_format": "0.00"}))
    sheet.set_column(0, 0, 18)
    sheet.set_column(1, 1, 20)
    sheet.set_column(3, 5, 16)
    book.close()
    return len(lines)


def member_rows(shop: DemoShop, rng: np.random.Generator) -> pd.DataFrame:
    """Members ordered by card number, three of them listed twice."""
    members = shop.people[shop.people["member"]].sort_values("member_no").copy()
    notes = np.where(rng.random(len(members)) < 0.03, "老顾客，喜欢龙井", "")
    migrated = (members["kind"].to_numpy() == "member_only") & (rng.random(len(members)) < 0.2)
    members["note"] = np.where(migrated, "旧系统迁移", notes)
    twice = rng.choice(len(members), 3, replace=False)
    order = np.sort(np.concatenate([np.arange(len(members)), twice]), kind="stable")
    return members.iloc[order]


def write_members(shop: DemoShop, path: Path, rng: np.random.Generator) -> int:
    """The member list: card numbers as text with leading zeros, phones as numbers, real Excel dates."""
    members = member_rows(shop, rng)
    book = _workbook(path)
    sheet = book.add_worksheet("会员列表")
    bold = book.add_format({"bold": True})
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    when = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    digits = book.add_format({"num_format": "0"})
    money = book.add_format({"num_format": "#,##0.00"})
    sheet.write_row(0, 0, MEMBER_HEADER, bold)
    birthday = excel_serial(members["birthday"].to_numpy())
    joined = excel_serial(members["join_date"].to_numpy())
    last = excel_serial(members["agg_last"].to_numpy())
    columns = zip(members["member_no"], members["name"], members["phone"], members["female"], birthday,
                  members["level"], joined, members["store"], members["points"], members["agg_spend"],
                  members["agg_count"], last, members["note"], strict=True)
    for row, (no, name, phone, female, born, level, join, store, points, spend, count, seen, note) in enumerate(
            columns, start=1):
        sheet.write_string(row, 0, no)
        sheet.write_string(row, 1, name)
        sheet.write_number(row, 2, float(phone), digits)
        sheet.write_string(row, 3, "女" if female else "男")
        if born == born:
            sheet.write_number(row, 4, born, day)
        sheet.write_string(row, 5, level)
        sheet.write_number(row, 6, join, day)
        sheet.write_string(row, 7, cat.STORES[store][0])
        sheet.write_number(row, 8, int(points))
        sheet.write_number(row, 9, float(spend), money)
        sheet.write_number(row, 10, int(count))
        if seen == seen:
            sheet.write_number(row, 11, seen, when)
        if note:
            sheet.write_string(row, 12, note)
    sheet.set_column(0, 12, 14)
    book.close()
    return len(members)
