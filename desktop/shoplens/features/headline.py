"""The shop's headline figures: one name, one definition and one value on every screen, report and command.

Definitions (TERMS.md, "Headline figures"); every surface asks this module instead of counting for itself:
- A *counted order* is an order with status 'paid', a time, and an amount of zero or more. A paid row with a
  negative amount is a refund booked as its own row: it lowers revenue but is not an order. Refunded and
  cancelled orders count nowhere.
- *customers*: every customer in the workspace, with or without orders.
- *buyers*: customers with at least one counted order before the as-of date (in the imported orders; member-list
  history does not make a buyer). The same customers have frequency > 0 in the metrics, and the segments other
  than "No purchases in the imported orders" add up to them.
- *revenue*: paid amounts in the period, refund rows deducted, anonymous sales included. *orders*: counted orders
  in the period, anonymous ones included. *average order value*: revenue ÷ orders.
- *new customers*: buyers whose first counted order falls in the period.
- *buyers (of a period)*: customers with a counted order in the period.
- *active customers*: buyers with a counted order in the ACTIVE_DAYS days up to the end of the period; without a
  period, in the ACTIVE_DAYS days before the as-of date. Not the period's buyers again: for a period shorter than
  ACTIVE_DAYS (the last 30 days, a month) it says how many customers are still in touch with the shop, and for a
  year it says how many of the year's buyers are still around at its end; the Home page shows both side by side,
  so one number twice under two names would tell the owner nothing. It is also the figure the KPI cards without
  a period show (active_90), now for any end date.
- *repeat-purchase rate*: share of buyers with counted orders on at least two different days (the same day twice
  is one visit).
- *as-of date*: the day after the last order, unless chosen (features.metrics.default_as_of).
- *member-list history*: what member lists bring (累计消费, 消费次数, 最近消费时间) for purchases before the
  imported orders, counted apart: never added to the figures above.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..workspace import Workspace

ACTIVE_DAYS = 90
COUNTED = "status = 'paid' AND order_time IS NOT NULL AND amount_cents >= 0"
PAID = "status = 'paid' AND order_time IS NOT NULL"


@dataclass(frozen=True)
class FigureDef:
    """A headline figure as the glossary shows it: names and definitions in both languages."""

    key: str
    name_en: str
    name_zh: str
    definition_en: str
    definition_zh: str


FIGURES: tuple[FigureDef, ...] = (
    FigureDef("customers", "Customers", "客户数", "Every customer in the workspace, with or without orders.",
              "工作区中的全部客户，无论是否有订单。"),
    FigureDef("buyers", "Buyers", "购买客户",
              "Customers with at least one paid order in the imported orders (member-list history does not count).",
              "在导入的订单中至少有一笔已付款订单的客户（会员历史消费不计入）。"),
    FigureDef("revenue", "Revenue", "销售额", "Paid order amounts in the period, refunds deducted.",
              "期间内已付款订单金额之和，扣除退款。"),
    FigureDef("orders", "Orders", "订单数", "Paid orders in the period (refund rows are not orders).",
              "期间内的已付款订单数（退款记录不算订单）。"),
    FigureDef("aov", "Average order value", "客单价", "Revenue ÷ orders, same period.", "同一期间的销售额 ÷ 订单数。"),
    FigureDef("new_customers", "New customers", "新客户", "Buyers whose first paid order falls in the period.",
              "首笔已付款订单落在该期间内的购买客户。"),
    FigureDef("period_buyers", "Buyers in the period", "期间购买客户", "Customers with a paid order in the period.",
              "期间内有已付款订单的客户。"),
    FigureDef("active", "Active customers", "活跃客户",
              f"Buyers with a paid order in the {ACTIVE_DAYS} days up to the end of the period; without a period,"
              f" in the {ACTIVE_DAYS} days before the as-of date.",
              f"截至期间最后一天的 {ACTIVE_DAYS} 天内有已付款订单的购买客户；未选期间时，指统计截止日前 {ACTIVE_DAYS} 天内。"),
    FigureDef("repeat_rate", "Repeat-purchase rate", "复购率",
              "Share of buyers with paid orders on at least two different days.",
              "在至少两个不同日期有已付款订单的购买客户所占比例。"),
    FigureDef("as_of", "As-of date", "统计截止日", "The day after the last order, unless chosen.",
              "默认为最后一笔订单的次日，也可自选。"),
    FigureDef("history", "Member-list history", "会员历史消费",
              "Totals a member list brings (累计消费, 消费次数, 最近消费时间) for purchases before the imported"
              " orders; shown apart, never added to the figures above.",
              "会员名单带来的累计消费、消费次数、最近消费时间，记录导入订单之前的消费；单独显示，不计入以上数字。"),
)


@dataclass(frozen=True)
class History:
    """What member lists contributed, apart from the imported orders."""

    customers: int  # customers with any history total
    only_history: int  # of those, customers without a counted order (not buyers)
    orders: int  # sum of 消费次数
    spend: float  # sum of 累计消费, currency units


@dataclass(frozen=True)
class Headline:
    """The shop's headline figures as of a date (orders before it), every surface's one source."""

    as_of: dt.date
    customers: int
    buyers: int
    orders: int
    revenue: float
    aov: float
    active_90: int
    repeat_rate: float
    first_order: str | None
    last_order: str | None
    history: History

    def as_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["as_of"] = self.as_of.isoformat()
        return out


@dataclass(frozen=True)
class PeriodFigures:
    """The figures of a period [start, end] (both days included)."""

    start: dt.date
    end: dt.date
    revenue: float
    orders: int
    aov: float
    new_customers: int
    active: int  # buyers with a counted order in the ACTIVE_DAYS days up to `end`
    repeat_rate: float  # of the period's buyers
    buyers: int = 0  # customers with a counted order in the period


def as_of_date(ws: Workspace, as_of: dt.date | None = None) -> dt.date:
    """`as_of` when chosen, else the day after the last order."""
    from .metrics import default_as_of

    return as_of or default_as_of(ws)


def headline(ws: Workspace, as_of: dt.date | None = None) -> Headline:
    """Customers, buyers, orders, revenue, AOV, active in the last ACTIVE_DAYS, repeat rate and history."""
    as_of = as_of_date(ws, as_of)
    until = as_of.isoformat()
    since = (as_of - dt.timedelta(days=ACTIVE_DAYS)).isoformat()
    c = ws.conn
    customers = c.execute("SELECT count(*) FROM customers").fetchone()[0]
    orders, revenue_cents, first, last = c.execute(
        f"SELECT sum(amount_cents >= 0), coalesce(sum(amount_cents), 0), min(order_time), max(order_time)"
        f" FROM orders WHERE {PAID} AND order_time < ?", (until,)).fetchone()
    orders = orders or 0
    buyers, repeaters = _buyers_and_repeaters(ws, None, until)
    active = c.execute(f"SELECT count(DISTINCT customer_id) FROM orders WHERE {COUNTED} AND customer_id IS NOT NULL"
                       " AND order_time >= ? AND order_time < ?", (since, until)).fetchone()[0]
    return Headline(
        as_of=as_of, customers=customers, buyers=buyers, orders=orders, revenue=round(revenue_cents / 100, 2),
        aov=revenue_cents / 100 / orders if orders else 0.0, active_90=active,
        repeat_rate=repeaters / buyers if buyers else 0.0, first_order=first[:10] if first else None,
        last_order=last[:10] if last else None, history=history(ws, until))


def period_figures(ws: Workspace, start: dt.date, end: dt.date) -> PeriodFigures:
    """Revenue, orders, AOV, buyers, new and active customers and repeat rate of the days start..end."""
    lo, hi = start.isoformat(), (end + dt.timedelta(days=1)).isoformat()
    c = ws.conn
    orders, cents = c.execute(f"SELECT sum(amount_cents >= 0), coalesce(sum(amount_cents), 0) FROM orders"
                              f" WHERE {PAID} AND order_time >= ? AND order_time < ?", (lo, hi)).fetchone()
    orders = orders or 0
    new = c.execute(f"SELECT count(*) FROM ({_NEW_SQL})", (hi, lo)).fetchone()[0]
    buyers, repeaters = _buyers_and_repeaters(ws, lo, hi)
    active = c.execute(f"SELECT count(*) FROM ({_BUYERS_SQL})", _active_window(end)).fetchone()[0]
    return PeriodFigures(start, end, round(cents / 100, 2), orders, cents / 100 / orders if orders else 0.0,
                         new, active, repeaters / buyers if buyers else 0.0, buyers)


# the customers behind the figures of a period: each SQL returns customer ids, parameters (lo, hi) or (hi, lo)
_BUYERS_SQL = (f"SELECT DISTINCT customer_id FROM orders WHERE {COUNTED} AND customer_id IS NOT NULL"
               " AND order_time >= ? AND order_time < ?")
_NEW_SQL = (f"SELECT customer_id FROM orders WHERE {COUNTED} AND customer_id IS NOT NULL AND order_time < ?"
            " GROUP BY customer_id HAVING min(order_time) >= ?")
_REPEAT_SQL = (f"SELECT customer_id FROM orders WHERE {COUNTED} AND customer_id IS NOT NULL AND order_time >= ?"
               " AND order_time < ? GROUP BY customer_id HAVING count(DISTINCT substr(order_time, 1, 10)) >= 2")
PERIOD_CUSTOMER_KEYS = ("revenue", "orders", "aov", "buyers", "new_customers", "repeat_rate", "active")


def counted_orders_of(ws: Workspace, import_id: int) -> int:
    """How many of an import's orders the figures count as orders (paid, with a time, not a refund row)."""
    return ws.conn.execute(f"SELECT count(*) FROM orders WHERE import_id = ? AND {COUNTED}", (import_id,)).fetchone()[0]


def active_days(end: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of the ACTIVE_DAYS days up to and including `end` (what 'active' counts)."""
    return end - dt.timedelta(days=ACTIVE_DAYS - 1), end


def _active_window(end: dt.date) -> tuple[str, str]:
    """[lo, hi) of the ACTIVE_DAYS days up to and including `end`."""
    first, last = active_days(end)
    return first.isoformat(), (last + dt.timedelta(days=1)).isoformat()


def period_customers(ws: Workspace, key: str, start: dt.date, end: dt.date) -> list[int]:
    """The customers behind a figure of the period start..end (ascending ids), by the figure's own definition:
    revenue, orders, aov and buyers: the period's buyers (anonymous sales have no customer); new_customers;
    repeat_rate: the buyers who bought on two or more days of the period; active: the ACTIVE_DAYS days to `end`."""
    lo, hi = start.isoformat(), (end + dt.timedelta(days=1)).isoformat()
    if key in ("revenue", "orders", "aov", "buyers"):
        sql, params = _BUYERS_SQL, (lo, hi)
    elif key == "new_customers":
        sql, params = _NEW_SQL, (hi, lo)
    elif key == "repeat_rate":
        sql, params = _REPEAT_SQL, (lo, hi)
    elif key == "active":
        sql, params = _BUYERS_SQL, _active_window(end)
    else:
        raise ValueError(f"no customers behind {key!r}; one of {PERIOD_CUSTOMER_KEYS}")
    return [int(r[0]) for r in ws.conn.execute(f"SELECT customer_id FROM ({sql}) ORDER BY customer_id", params)]


def bucket_figures(ws: Workspace, start: dt.date, end: dt.date) -> tuple[float, int, int]:
    """(revenue, orders, buyers) of the days start..end: one bar of a trend chart."""
    lo, hi = start.isoformat(), (end + dt.timedelta(days=1)).isoformat()
    cents, orders, buyers = ws.conn.execute(
        "SELECT coalesce(sum(amount_cents), 0), sum(amount_cents >= 0),"
        " count(DISTINCT CASE WHEN amount_cents >= 0 THEN customer_id END)"
        f" FROM orders WHERE {PAID} AND order_time >= ? AND order_time < ?", (lo, hi)).fetchone()
    return round(cents / 100, 2), int(orders or 0), int(buyers)


def _buyers_and_repeaters(ws: Workspace, lo: str | None, hi: str) -> tuple[int, int]:
    """Customers with a counted order in [lo, hi), and those of them with counted orders on two or more days."""
    since = "AND order_time >= ?" if lo else ""
    params = (lo, hi) if lo else (hi,)
    row = ws.conn.execute(
        f"SELECT count(*), coalesce(sum(days >= 2), 0) FROM (SELECT count(DISTINCT substr(order_time, 1, 10)) AS days"
        f" FROM orders WHERE {COUNTED} AND customer_id IS NOT NULL {since} AND order_time < ?"
        " GROUP BY customer_id)", params).fetchone()
    return int(row[0]), int(row[1])


def history(ws: Workspace, until: str | None = None) -> History:
    """Member-list history totals, and how many customers have history but no counted order before `until`."""
    c = ws.conn
    until = until or as_of_date(ws).isoformat()
    customers, orders, cents = c.execute(
        "SELECT count(*), coalesce(sum(agg_order_count), 0), coalesce(sum(agg_total_spend_cents), 0) FROM customers"
        " WHERE coalesce(agg_order_count, 0) > 0 OR coalesce(agg_total_spend_cents, 0) > 0").fetchone()
    only = c.execute(
        "SELECT count(*) FROM customers WHERE (coalesce(agg_order_count, 0) > 0 OR coalesce(agg_total_spend_cents, 0)"
        f" > 0) AND id NOT IN (SELECT customer_id FROM orders WHERE {COUNTED} AND customer_id IS NOT NULL"
        " AND order_time < ?)", (until,)).fetchone()[0]
    return History(int(customers), int(only), int(orders), round(cents / 100, 2))


def shop_summary(ws: Workspace, as_of: dt.date | None = None) -> dict[str, Any]:
    """What `shoplens info --json` prints and the status bar shows: the workspace, its imports and the headline
    figures (customers, buyers, active_90, orders, revenue, first/last order, as_of, history)."""
    out = ws.summary()
    figures = headline(ws, as_of)
    out.update({
        "customers": figures.customers, "buyers": figures.buyers, "active_90": figures.active_90,
        "orders": figures.orders, "revenue": figures.revenue, "first_order": figures.first_order,
        "last_order": figures.last_order, "as_of": figures.as_of.isoformat(), "history": asdict(figures.history),
    })
    return out
