"""What the data browser's tables show, as SQL: columns, search, per-column filters, sorting and paging.

Qt-free on purpose (the table models in table_models.py run these queries), so the SQL can be tested alone.
Column titles are marked with QT_TRANSLATE_NOOP-style tuples and translated where they are shown.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

TEXT, INT, MONEY, DATE, DATETIME = "text", "int", "money", "date", "datetime"
NUMERIC_KINDS = (INT, MONEY)
TITLE_CONTEXT = "DataBrowser"


@dataclass(frozen=True)
class Column:
    """One column: key, English title (translated in context 'DataBrowser'), SQL expression and kind."""

    key: str
    title: str
    expr: str
    kind: str = TEXT


@dataclass(frozen=True)
class TableSpec:
    """A browsable table: its FROM clause, row id, columns and what the search box looks in."""

    name: str
    source: str
    id_expr: str
    columns: tuple[Column, ...]
    search_exprs: tuple[str, ...]
    search_extra: str = ""  # an extra SQL condition with :q, ORed with the LIKE searches

    def column(self, key: str) -> Column:
        """The column with this key."""
        for col in self.columns:
            if col.key == key:
                return col
        raise KeyError(key)


@dataclass(frozen=True)
class ColumnFilter:
    """A filter on one column: text contained (text/date columns) or a range (numbers, money in cents, dates)."""

    contains: str = ""
    low: int | str | None = None
    high: int | str | None = None

    @property
    def active(self) -> bool:
        """True when the filter restricts anything."""
        return bool(self.contains) or self.low is not None or self.high is not None


@dataclass
class Query:
    """What the user asked for: search text, column filters, sort column and direction."""

    search: str = ""
    filters: dict[str, ColumnFilter] = field(default_factory=dict)
    sort_key: str | None = None
    descending: bool = False


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark a title for translation; it is translated where it is shown."""
    return text


def like_pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with %, _ and the escape character taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def has_features(conn: sqlite3.Connection) -> bool:
    """True when the per-customer metrics table exists and has rows (kept current by every import)."""
    try:
        return conn.execute("SELECT 1 FROM features LIMIT 1").fetchone() is not None
    except sqlite3.OperationalError:
        return False


def customers_spec(use_features: bool) -> TableSpec:
    """Customers with their order count, total spend and last order (from `features`, else from orders)."""
    if use_features:
        source = "customers c LEFT JOIN features f ON f.customer_id = c.id"
        orders, spend, last = "f.frequency", "f.monetary_cents", "f.last_order"
    else:
        source = ("customers c LEFT JOIN (SELECT customer_id, count(*) AS n, sum(amount_cents) AS spend,"
                  " max(order_time) AS last FROM orders WHERE status = 'paid' AND customer_id IS NOT NULL"
                  " GROUP BY customer_id) a ON a.customer_id = c.id")
        orders = "coalesce(a.n, c.agg_order_count, 0)"
        spend = "coalesce(a.spend, c.agg_total_spend_cents, 0)"
        last = "coalesce(a.last, c.agg_last_purchase)"
    columns = (
        Column("id", QT_TRANSLATE_NOOP("DataBrowser", "ID"), "c.id", INT),
        Column("member_no", QT_TRANSLATE_NOOP("DataBrowser", "Member no."), "c.member_no"),
        Column("name", QT_TRANSLATE_NOOP("DataBrowser", "Name"), "c.name"),
        Column("phone", QT_TRANSLATE_NOOP("DataBrowser", "Phone"), "c.phone"),
        Column("email", QT_TRANSLATE_NOOP("DataBrowser", "Email"), "c.email"),
        Column("city", QT_TRANSLATE_NOOP("DataBrowser", "City"), "c.city"),
        Column("member_level", QT_TRANSLATE_NOOP("DataBrowser", "Member level"), "c.member_level"),
        Column("orders", QT_TRANSLATE_NOOP("DataBrowser", "Order count"), orders, INT),
        Column("spend", QT_TRANSLATE_NOOP("DataBrowser", "Total spend"), spend, MONEY),
        Column("last_order", QT_TRANSLATE_NOOP("DataBrowser", "Last order"), last, DATE),
    )
    return TableSpec(
        "customers", source, "c.id", columns,
        search_exprs=("c.name", "c.phone", "c.member_no", "c.email"),
        search_extra="c.id IN (SELECT customer_id FROM customer_keys WHERE value LIKE :q ESCAPE '\\')",
    )


def orders_spec() -> TableSpec:
    """Orders with their customer's name."""
    columns = (
        Column("id", QT_TRANSLATE_NOOP("DataBrowser", "ID"), "o.id", INT),
        Column("order_no", QT_TRANSLATE_NOOP("DataBrowser", "Order no."), "o.order_no"),
        Column("order_time", QT_TRANSLATE_NOOP("DataBrowser", "Order time"), "o.order_time", DATETIME),
        Column("customer", QT_TRANSLATE_NOOP("DataBrowser", "Customer"), "c.name"),
        Column("member_no", QT_TRANSLATE_NOOP("DataBrowser", "Member no."), "c.member_no"),
        Column("amount", QT_TRANSLATE_NOOP("DataBrowser", "Amount"), "o.amount_cents", MONEY),
        Column("discount", QT_TRANSLATE_NOOP("DataBrowser", "Discount"), "o.discount_cents", MONEY),
        Column("items", QT_TRANSLATE_NOOP("DataBrowser", "Items"), "o.items", INT),
        Column("product", QT_TRANSLATE_NOOP("DataBrowser", "Product"), "o.product"),
        Column("category", QT_TRANSLATE_NOOP("DataBrowser", "Category"), "o.category"),
        Column("channel", QT_TRANSLATE_NOOP("DataBrowser", "Channel"), "o.channel"),
        Column("store", QT_TRANSLATE_NOOP("DataBrowser", "Store"), "o.store"),
        Column("status", QT_TRANSLATE_NOOP("DataBrowser", "Status"), "o.status"),
        Column("customer_id", QT_TRANSLATE_NOOP("DataBrowser", "Customer ID"), "o.customer_id", INT),
    )
    return TableSpec(
        "orders", "orders o LEFT JOIN customers c ON c.id = o.customer_id", "o.id", columns,
        search_exprs=("o.order_no", "c.name", "c.phone", "c.member_no"),
    )


def where_clause(spec: TableSpec, query: Query) -> tuple[str, dict[str, object]]:
    """The WHERE clause (with a leading ' WHERE ', or '') and its named parameters."""
    parts: list[str] = []
    params: dict[str, object] = {}
    search = query.search.strip()
    if search:
        params["q"] = like_pattern(search)
        ors = [f"{expr} LIKE :q ESCAPE '\\'" for expr in spec.search_exprs]
        if spec.search_extra:
            ors.append(spec.search_extra)
        parts.append("(" + " OR ".join(ors) + ")")
    for i, (key, flt) in enumerate(sorted(query.filters.items())):
        if not flt.active:
            continue
        col = spec.column(key)
        if flt.contains:
            params[f"f{i}"] = like_pattern(flt.contains)
            parts.append(f"{col.expr} LIKE :f{i} ESCAPE '\\'")
        if flt.low is not None:
            params[f"lo{i}"] = flt.low
            parts.append(f"{col.expr} >= :lo{i}")
        if flt.high is not None:
            high = flt.high
            if col.kind in (DATE, DATETIME) and isinstance(high, str) and len(high) == 10:
                high = high + " 99"  # a whole day: '2024-03-05 23:59' is still <= '2024-03-05 99'
            params[f"hi{i}"] = high
            parts.append(f"{col.expr} <= :hi{i}")
    return (" WHERE " + " AND ".join(parts)) if parts else "", params


def order_clause(spec: TableSpec, query: Query) -> str:
    """ORDER BY the chosen column (ties broken by the row id, so paging is stable), or by the row id."""
    direction = "DESC" if query.descending else "ASC"
    if query.sort_key:
        expr = spec.column(query.sort_key).expr
        if expr != spec.id_expr:
            return f" ORDER BY {expr} {direction}, {spec.id_expr} {direction}"
    return f" ORDER BY {spec.id_expr} {direction if query.sort_key else 'ASC'}"


def select_sql(spec: TableSpec, query: Query, limit: int, offset: int) -> tuple[str, dict[str, object]]:
    """One page of rows: the row id first, then every column."""
    where, params = where_clause(spec, query)
    cols = ", ".join([spec.id_expr] + [c.expr for c in spec.columns])
    sql = f"SELECT {cols} FROM {spec.source}{where}{order_clause(spec, query)} LIMIT :limit OFFSET :offset"
    return sql, {**params, "limit": limit, "offset": offset}


def count_sql(spec: TableSpec, query: Query) -> tuple[str, dict[str, object]]:
    """How many rows match."""
    where, params = where_clause(spec, query)
    return f"SELECT count(*) FROM {spec.source}{where}", params


def open_reader(path: str) -> sqlite3.Connection:
    """A read-only connection of its own (WAL readers never wait for the workspace's writer)."""
    from pathlib import Path

    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                           check_same_thread=False)
    conn.execute("PRAGMA busy_timeout=5000")
    return conn


def count_matching(path: str, spec: TableSpec, query: Query, *, progress=None, cancelled=None) -> int:
    """How many rows match the query, on a connection of its own (run in a worker); stops when cancelled."""
    from ..errors import Cancelled

    conn = open_reader(path)
    try:
        if cancelled is not None:
            conn.set_progress_handler(lambda: 1 if cancelled() else 0, 10_000)
        sql, params = count_sql(spec, query)
        try:
            return int(conn.execute(sql, params).fetchone()[0])
        except sqlite3.OperationalError as exc:
            if cancelled is not None and cancelled():
                raise Cancelled() from exc
            raise
    finally:
        conn.close()
