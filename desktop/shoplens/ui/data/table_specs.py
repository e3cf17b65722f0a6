"""What the data browser's tables show, as SQL: columns, search, per-column filters, sorting and paging.

Qt-free on purpose (the table models in table_models.py run these queries), so the SQL can be tested alone.
Column titles are marked with QT_TRANSLATE_NOOP-style tuples and translated where they are shown.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from ...workspace import open_reader

TEXT, INT, MONEY, DATE, DATETIME, STATUS = "text", "int", "money", "date", "datetime", "status"
ID = "id"  # a whole number that names something (customer ID): sorted and filtered as a number, shown without 1,000s
NUMERIC_KINDS = (INT, MONEY, ID)
TITLE_CONTEXT = "DataBrowser"


@dataclass(frozen=True)
class Column:
    """One column: key, English title (translated in context 'DataBrowser'), SQL expression and kind."""

    key: str
    title: str
    expr: str
    kind: str = TEXT
    joined: bool = False  # the expression reads a joined table (sorting or filtering on it needs the join)


@dataclass(frozen=True)
class TableSpec:
    """A browsable table: its FROM clause, row id, columns and what the search box looks in."""

    name: str
    base: str  # the table the rows come from, with its alias: "orders o"
    joins: str  # joins for the display columns: "LEFT JOIN customers c ON c.id = o.customer_id" (or "")
    id_expr: str
    columns: tuple[Column, ...]
    search_exprs: tuple[str, ...]  # columns of the base table the search box looks in
    search_extra: str = ""  # an extra SQL condition with :q, ORed with the LIKE searches

    @property
    def source(self) -> str:
        """The FROM clause with every join."""
        return f"{self.base} {self.joins}".strip()

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
    """What the user asked for: search text, column filters, sort column and direction, and optionally a given list
    of rows (`ids`, e.g. the customers behind a figure on Home) with the words that say what they are."""

    search: str = ""
    filters: dict[str, ColumnFilter] = field(default_factory=dict)
    sort_key: str | None = None
    descending: bool = False
    ids: tuple[int, ...] | None = None
    ids_label: str = ""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
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


def has_tags(conn: sqlite3.Connection) -> bool:
    """True when the workspace has tag definitions (then the customer table shows each customer's tags)."""
    try:
        return conn.execute("SELECT 1 FROM tag_defs LIMIT 1").fetchone() is not None
    except sqlite3.OperationalError:
        return False


def customers_spec(use_features: bool, use_tags: bool = False, lang: str = "en") -> TableSpec:
    """Customers with their order count, total spend and last order (from `features`, else from their orders).

    Without `features`, the three figures are per-row subqueries over the orders index: a page of 500 costs a few
    milliseconds; sorting by them computes them for every customer (a second or two on 100,000 customers).
    """
    if use_features:
        joins = "LEFT JOIN features f ON f.customer_id = c.id"
        orders, spend, last = "f.frequency", "f.monetary_cents", "f.last_order"
    else:
        joins = ""
        # features.headline's counting: paid rows with a time; a refund row lowers the spend but is not an order
        paid = "FROM orders o WHERE o.customer_id = c.id AND o.status = 'paid' AND o.order_time IS NOT NULL"
        orders = f"coalesce(nullif((SELECT sum(o.amount_cents >= 0) {paid}), 0), c.agg_order_count, 0)"
        spend = f"coalesce((SELECT sum(o.amount_cents) {paid}), c.agg_total_spend_cents, 0)"
        last = f"coalesce((SELECT max(o.order_time) {paid} AND o.amount_cents >= 0), c.agg_last_purchase)"
    columns = (
        Column("id", QT_TRANSLATE_NOOP("DataBrowser", "ID"), "c.id", ID),
        Column("member_no", QT_TRANSLATE_NOOP("DataBrowser", "Member no."), "c.member_no"),
        Column("name", QT_TRANSLATE_NOOP("DataBrowser", "Name"), "c.name"),
        Column("phone", QT_TRANSLATE_NOOP("DataBrowser", "Phone"), "c.phone"),
        Column("email", QT_TRANSLATE_NOOP("DataBrowser", "Email"), "c.email"),
        Column("city", QT_TRANSLATE_NOOP("DataBrowser", "City"), "c.city"),
        Column("member_level", QT_TRANSLATE_NOOP("DataBrowser", "Member level"), "c.member_level"),
        Column("orders", QT_TRANSLATE_NOOP("DataBrowser", "Order count"), orders, INT, use_features),
        Column("spend", QT_TRANSLATE_NOOP("DataBrowser", "Total spend"), spend, MONEY, use_features),
        Column("last_order", QT_TRANSLATE_NOOP("DataBrowser", "Last order"), last, DATE, use_features),
    )
    if use_tags:  # one text column: filter it with "contains" to see the customers with a tag
        name = "t.name_zh" if lang.startswith("zh") else "t.name_en"
        tags = (f"(SELECT group_concat({name}, ', ') FROM customer_tags ct JOIN tag_defs t ON t.id = ct.tag_id"
                " WHERE ct.customer_id = c.id)")
        columns += (Column("tags", QT_TRANSLATE_NOOP("DataBrowser", "Tags"), tags),)
    return TableSpec(
        "customers", "customers c", joins, "c.id", columns,
        search_exprs=("c.name", "c.phone", "c.member_no", "c.email"),
        search_extra="c.id IN (SELECT customer_id FROM customer_keys WHERE value LIKE :q ESCAPE '\\')",
    )


def orders_spec() -> TableSpec:
    """Orders with their customer's name; the search also finds orders by the customer's name, phone, member no."""
    columns = (
        Column("id", QT_TRANSLATE_NOOP("DataBrowser", "ID"), "o.id", ID),
        Column("order_no", QT_TRANSLATE_NOOP("DataBrowser", "Order no."), "o.order_no"),
        Column("order_time", QT_TRANSLATE_NOOP("DataBrowser", "Order time"), "o.order_time", DATETIME),
        Column("customer", QT_TRANSLATE_NOOP("DataBrowser", "Customer"), "c.name", TEXT, True),
        Column("member_no", QT_TRANSLATE_NOOP("DataBrowser", "Member no."), "c.member_no", TEXT, True),
        Column("amount", QT_TRANSLATE_NOOP("DataBrowser", "Amount"), "o.amount_cents", MONEY),
        Column("discount", QT_TRANSLATE_NOOP("DataBrowser", "Discount"), "o.discount_cents", MONEY),
        Column("items", QT_TRANSLATE_NOOP("DataBrowser", "Items"), "o.items", INT),
        Column("product", QT_TRANSLATE_NOOP("DataBrowser", "Product"), "o.product"),
        Column("category", QT_TRANSLATE_NOOP("DataBrowser", "Category"), "o.category"),
        Column("channel", QT_TRANSLATE_NOOP("DataBrowser", "Channel"), "o.channel"),
        Column("store", QT_TRANSLATE_NOOP("DataBrowser", "Store"), "o.store"),
        Column("status", QT_TRANSLATE_NOOP("DataBrowser", "Status"), "o.status", STATUS),
        Column("customer_id", QT_TRANSLATE_NOOP("DataBrowser", "Customer ID"), "o.customer_id", ID),
    )
    return TableSpec(
        "orders", "orders o", "LEFT JOIN customers c ON c.id = o.customer_id", "o.id", columns,
        search_exprs=("o.order_no",),
        search_extra="o.customer_id IN (SELECT id FROM customers WHERE name LIKE :q ESCAPE '\\'"
                     " OR phone LIKE :q ESCAPE '\\' OR member_no LIKE :q ESCAPE '\\')",
    )


def members_spec(run_id: int, label: str) -> TableSpec:
    """The members of one segment of a run, with their current metrics, for the lazy table model."""
    quoted = label.replace("'", "''")
    base = (f"(SELECT customer_id, label FROM segment_members WHERE run_id = {int(run_id)}"
            f" AND label = '{quoted}') m")
    columns = (
        Column("id", QT_TRANSLATE_NOOP("DataBrowser", "ID"), "m.customer_id", ID),
        Column("name", QT_TRANSLATE_NOOP("DataBrowser", "Name"), "c.name", joined=True),
        Column("member_no", QT_TRANSLATE_NOOP("DataBrowser", "Member no."), "c.member_no", joined=True),
        Column("phone", QT_TRANSLATE_NOOP("DataBrowser", "Phone"), "c.phone", joined=True),
        Column("city", QT_TRANSLATE_NOOP("DataBrowser", "City"), "c.city", joined=True),
        Column("orders", QT_TRANSLATE_NOOP("DataBrowser", "Order count"), "f.frequency", INT, True),
        Column("spend", QT_TRANSLATE_NOOP("DataBrowser", "Total spend"), "f.monetary_cents", MONEY, True),
        Column("last_order", QT_TRANSLATE_NOOP("DataBrowser", "Last order"), "f.last_order", DATE, True),
    )
    return TableSpec(
        f"segment_{run_id}_{label}", base,
        "LEFT JOIN customers c ON c.id = m.customer_id LEFT JOIN features f ON f.customer_id = m.customer_id",
        "m.customer_id", columns, search_exprs=(),
        search_extra="m.customer_id IN (SELECT id FROM customers WHERE name LIKE :q ESCAPE '\\'"
                     " OR phone LIKE :q ESCAPE '\\' OR member_no LIKE :q ESCAPE '\\')")


def needs_join(spec: TableSpec, query: Query) -> bool:
    """True when a filter or the sort reads a joined table (else rows are chosen from the base table alone)."""
    keys = [k for k, f in query.filters.items() if f.active]
    if query.sort_key:
        keys.append(query.sort_key)
    return bool(spec.joins) and any(spec.column(k).joined for k in keys)


def where_clause(spec: TableSpec, query: Query) -> tuple[str, dict[str, object]]:
    """The WHERE clause (with a leading ' WHERE ', or '') and its named parameters."""
    parts: list[str] = []
    params: dict[str, object] = {}
    if query.ids is not None:  # one JSON parameter: any number of ids, the same text on every connection
        params["ids"] = json.dumps(list(query.ids))
        parts.append(f"{spec.id_expr} IN (SELECT value FROM json_each(:ids))")
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
    """One page of rows: the row id first, then every column.

    When neither the filters nor the sort read a joined table, the page's ids are chosen from the base table
    alone and only those 500 rows are joined (a million orders sort by amount in ~0.1 s instead of ~1.3 s).
    """
    where, params = where_clause(spec, query)
    order = order_clause(spec, query)
    cols = ", ".join([spec.id_expr] + [c.expr for c in spec.columns])
    params = {**params, "limit": limit, "offset": offset}
    if not spec.joins or needs_join(spec, query):
        return f"SELECT {cols} FROM {spec.source}{where}{order} LIMIT :limit OFFSET :offset", params
    page = f"SELECT {spec.id_expr} AS _id FROM {spec.base}{where}{order} LIMIT :limit OFFSET :offset"
    sql = f"SELECT {cols} FROM ({page}) AS _page JOIN {spec.base} ON {spec.id_expr} = _page._id {spec.joins}{order}"
    return sql, params


def ids_sql(spec: TableSpec, query: Query) -> tuple[str, dict[str, object]]:
    """The ids of every matching row (e.g. to export the customers as filtered)."""
    where, params = where_clause(spec, query)
    source = spec.source if needs_join(spec, query) else spec.base
    return f"SELECT {spec.id_expr} FROM {source}{where}", params


def count_sql(spec: TableSpec, query: Query) -> tuple[str, dict[str, object]]:
    """How many rows match."""
    where, params = where_clause(spec, query)
    source = spec.source if needs_join(spec, query) else spec.base
    return f"SELECT count(*) FROM {source}{where}", params


def count_matching(path: str, spec: TableSpec, query: Query, *, progress=None, cancelled=None) -> int:
    """How many rows match the query, on a connection of its own (run in a worker); stops when cancelled."""
    from ...errors import Cancelled

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
