"""Helpers for the cleaning tests: import rows without files, and three sources describing the same people."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from pathlib import Path

from shoplens.ingest.importer import plan_table
from shoplens.ingest.table import Table
from shoplens.pipeline import run_import

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ("芳", "娜", "伟", "洋", "静", "磊", "丽", "强", "敏", "杰", "婷", "浩", "超", "琳", "军", "霞", "平", "刚")
CITIES = ("杭州", "上海", "苏州", "宁波")
WIDE = str.maketrans({chr(0x21 + i): chr(0xFF01 + i) for i in range(94)})

MEMBER_MAP = {"会员卡号": "member_no", "姓名": "name", "手机号": "phone", "性别": "gender", "城市": "city",
              "邮箱": "email"}
ONLINE_MAP = {"订单号": "order_no", "下单时间": "order_time", "手机号": "phone", "邮箱": "email", "收货人": "name",
              "商品名称": "product", "实付金额": "amount", "订单状态": "status"}
POS_MAP = {"小票号": "order_no", "销售时间": "order_time", "会员卡号": "member_no", "手机号": "phone",
           "商品名称": "product", "实收金额": "amount", "门店": "store"}


def import_rows(ws, name: str, rows: list[list[str]], mapping: dict[str, str] | None = None):
    """Import a header row plus data rows as if read from a file called `name`."""
    header, data = rows[0], rows[1:]
    table = Table(name, None, 1, list(header), [[str(c) for c in r] for r in data], list(range(2, len(rows) + 1)))
    digest = hashlib.sha256((name + repr(rows)).encode()).hexdigest()
    return run_import(ws, plan_table(ws, Path(name), table, digest, mapping=mapping))


@dataclass
class Sources:
    """A member list, online-shop orders and till (POS) sales, and the truth behind them."""

    members: list[list[str]]
    online: list[list[str]]
    pos: list[list[str]]
    people: int  # distinct real people across the three sources
    person_of_order: dict[str, int]  # order no. -> person
    test_orders: int


def _phone_text(phone: str, rng: random.Random) -> str:
    style = rng.randrange(5)
    return (phone, f"+86 {phone[:3]} {phone[3:7]} {phone[7:]}", f"{phone}.0", f"{phone[:3]}-{phone[3:7]}-{phone[7:]}",
            f"0086{phone}")[style]


def three_sources(seed: int = 3, people: int = 60) -> Sources:
    """People 0-19: member list + till; 20-39: member list + online + till (30-34 without a phone in the member
    list, so only a till row with member no. and phone ties them to their online orders); 40-59: online only.
    Member numbers are sometimes written in full-width digits in the member list; one staff test account orders
    online."""
    rng = random.Random(seed)
    persons = []
    for i in range(people):
        persons.append({"name": rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if i % 3 else ""),
                        "phone": f"13{rng.randrange(10)}{i:08d}", "email": f"user{i}@example.com",
                        "member": f"{880000 + i}", "city": rng.choice(CITIES), "gender": rng.choice("男女")})
    members = [list(MEMBER_MAP)]
    for i in range(min(40, people)):
        p = persons[i]
        member = p["member"].translate(WIDE) if i % 5 == 0 else p["member"]
        phone = "" if 30 <= i < 35 else _phone_text(p["phone"], rng)
        members.append([member, p["name"], phone, p["gender"], p["city"], ""])
    online = [list(ONLINE_MAP)]
    pos = [list(POS_MAP)]
    truth: dict[str, int] = {}
    number = 0
    for i in range(20, people):
        p = persons[i]
        for k in range(rng.randint(1, 3)):
            number += 1
            no = f"WX{number:05d}"
            email = p["email"].upper() if k == 1 else p["email"]
            phone = "" if (k == 1 and i >= 40) else _phone_text(p["phone"], rng)
            online.append([no, f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} 10:00:00", phone, email, p["name"],
                           "龙井", f"{rng.randint(20, 300)}.00", "已完成"])
            truth[no] = i
    tests = 2
    for k in range(tests):
        online.append([f"WXT{k}", "2024-03-01 09:00:00", "13000000000", "staff@shop.example", "测试", "测试商品",
                       "0.01", "已完成"])
    number = 0
    for i in range(min(40, people)):
        p = persons[i]
        for k in range(rng.randint(1, 2)):
            number += 1
            no = f"XS{number:05d}"
            phone = p["phone"] if (30 <= i < 35 and k == 0) else ""
            pos.append([no, f"2024-0{rng.randint(1, 9)}-0{rng.randint(1, 9)} 15:00:00", p["member"], phone, "茶杯",
                        f"¥{rng.randint(20, 90)}.00", "一店"])
            truth[no] = i
    return Sources(members, online, pos, people, truth, tests)


def import_sources(ws, sources: Sources) -> None:
    """Member list first, then online orders, then till sales."""
    import_rows(ws, "members.csv", sources.members, MEMBER_MAP)
    import_rows(ws, "online.csv", sources.online, ONLINE_MAP)
    import_rows(ws, "pos.csv", sources.pos, POS_MAP)
