"""The dashboard's figures from the canonical tables: KPIs, monthly series, cohort retention (no Qt)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

import pandas as pd

PAID = "status = 'paid' AND customer_id IS NOT NULL AND order_time IS NOT NULL"


@dataclass
class Kpis:
    customers: int  # customers with at least one paid order
    active_customers: int  # bought within `active_days` before the as-of date
    revenue: float  # paid orders, currency units
    repeat_rate: float  # share of buyers with two or more paid orders
    aov: float  # average paid order value
    orders: int
    as_of: str
    active_days: int


def default_as_of(conn: sqlite3.Connection) -> dt.date | None:
    """The day after the last order in the data (so an old demo still makes sense)."""
    last = conn.execute("SELECT max(order_time) FROM orders").fetchone()[0]
    if not last:
        return None
    return dt.date.fromisoformat(last[:10]) + dt.timedelta(days=1)


def kpis(conn: sqlite3.Connection, as_of: dt.date | None = None, active_days: int = 90) -> Kpis:
    """The headline figures of the shop as of a date."""
    as_of = as_of or default_as_of(conn) or dt.date.today()
    since = (as_of - dt.timedelta(days=active_days)).isoformat()
    until = as_of.isoformat()
    buyers, orders, cents = conn.execute(
        f"SELECT count(DISTINCT customer_id), count(*), coalesce(sum(amount_cents), 0) FROM orders"
        f" WHERE {PAID} AND order_time < ?", (until,)).fetchone()
    all_orders, all_cents = conn.execute(
        "SELECT count(*), coalesce(sum(amount_cents), 0) FROM orders WHERE status = 'paid' AND order_time < ?",
        (until,)).fetchone()
    active = conn.execute(
        f"SELECT count(DISTINCT customer_id) FROM orders WHERE {PAID} AND order_time >= ? AND order_time < ?",
        (since, until)).fetchone()[0]
    repeat = conn.execute(
        f"SELECT count(*) FROM (SELECT customer_id FROM orders WHERE {PAID} AND order_time < ?"
        " GROUP BY customer_id HAVING count(*) >= 2)", (until,)).fetchone()[0]
    return Kpis(
        customers=buyers, active_customers=active, revenue=all_cents / 100,
        repeat_rate=repeat / buyers if buyers else 0.0, aov=(all_cents / 100 / all_orders) if all_orders else 0.0,
        orders=all_orders, as_of=as_of.isoformat(), active_days=active_days,
    )


def monthly(conn: sqlite3.Connection) -> pd.DataFrame:
    """Revenue, orders and distinct buying customers per calendar month."""
    return pd.read_sql_query(
        "SELECT substr(order_time, 1, 7) AS month, sum(amount_cents) / 100.0 AS revenue, count(*) AS orders,"
        " count(DISTINCT customer_id) AS active_customers FROM orders"
        " WHERE status = 'paid' AND order_time IS NOT NULL GROUP BY month ORDER BY month", conn)


def cohorts(conn: sqlite3.Connection, max_months: int = 12) -> pd.DataFrame:
    """Share of each first-purchase month's customers who bought again N months later (rows: cohorts)."""
    frame = pd.read_sql_query(
        f"SELECT customer_id, substr(order_time, 1, 7) AS month FROM orders WHERE {PAID} GROUP BY customer_id, month",
        conn)
    if frame.empty:
        return pd.DataFrame()
    period = pd.PeriodIndex(frame["month"], freq="M")
    frame["n"] = period.year * 12 + period.month
    first = frame.groupby("customer_id")["n"].transform("min")
    frame["age"] = frame["n"] - first
    frame["cohort"] = frame.groupby("customer_id")["month"].transform("min")
    frame = frame[frame["age"] <= max_months]
    counts = frame.pivot_table(index="cohort", columns="age", values="customer_id", aggfunc="nunique")
    sizes = counts[0]
    return counts.div(sizes, axis=0).sort_index()
