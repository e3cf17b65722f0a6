"""The workspace schema and its migrations; each migration moves the file one version up."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from .raw_chunks import migrate_raw_chunks

APPLICATION_ID = 0x53484C4E  # "SHLN": marks an SQLite file as a ShopLens workspace

# Version 1: the foundation (imports, raw rows, canonical customers and orders, audit log).
_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE import_templates (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    signature TEXT NOT NULL UNIQUE,
    columns TEXT NOT NULL,
    mapping TEXT NOT NULL,
    created_at TEXT NOT NULL,
    used_count INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    sheet TEXT,
    sha256 TEXT NOT NULL,
    kind TEXT NOT NULL,
    channel TEXT,
    template_id INTEGER REFERENCES import_templates(id),
    columns TEXT NOT NULL,
    mapping TEXT NOT NULL,
    header_row INTEGER NOT NULL,
    encoding TEXT,
    delimiter TEXT,
    rows_read INTEGER NOT NULL,
    rows_skipped INTEGER NOT NULL,
    skipped TEXT NOT NULL DEFAULT '[]',
    orders_added INTEGER NOT NULL DEFAULT 0,
    orders_already_known INTEGER NOT NULL DEFAULT 0,
    customers_added INTEGER NOT NULL DEFAULT 0,
    customers_matched INTEGER NOT NULL DEFAULT 0,
    problems TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE INDEX imports_sha ON imports(sha256, sheet);
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    member_no TEXT,
    name TEXT,
    phone TEXT,
    email TEXT,
    gender TEXT,
    birthday TEXT,
    age INTEGER,
    city TEXT,
    province TEXT,
    address TEXT,
    member_level TEXT,
    join_date TEXT,
    points REAL,
    agg_total_spend_cents INTEGER,
    agg_order_count INTEGER,
    agg_last_purchase TEXT,
    first_import_id INTEGER NOT NULL
);
CREATE TABLE customer_keys (
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    import_id INTEGER NOT NULL,
    PRIMARY KEY (kind, value)
) WITHOUT ROWID;
CREATE INDEX customer_keys_customer ON customer_keys(customer_id);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    order_no TEXT,
    customer_id INTEGER REFERENCES customers(id),
    import_id INTEGER NOT NULL,
    source_row INTEGER NOT NULL,
    order_time TEXT,
    paid_time TEXT,
    amount_cents INTEGER NOT NULL DEFAULT 0,
    discount_cents INTEGER NOT NULL DEFAULT 0,
    quantity REAL,
    items INTEGER NOT NULL DEFAULT 1,
    product TEXT,
    sku TEXT,
    category TEXT,
    channel TEXT,
    store TEXT,
    status TEXT NOT NULL DEFAULT 'paid',
    status_text TEXT,
    coupon_code TEXT,
    dedup_key TEXT NOT NULL UNIQUE
);
CREATE INDEX orders_customer ON orders(customer_id, order_time);
CREATE INDEX orders_time ON orders(order_time);
CREATE INDEX orders_no ON orders(order_no);
CREATE TABLE order_items (
    order_id INTEGER NOT NULL REFERENCES orders(id),
    product TEXT,
    sku TEXT,
    category TEXT,
    quantity REAL,
    amount_cents INTEGER
);
CREATE INDEX order_items_order ON order_items(order_id);
CREATE TABLE consent (
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    channel TEXT NOT NULL,
    allowed INTEGER NOT NULL,
    source TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    PRIMARY KEY (customer_id, channel)
);
"""

# Version 2: customer metrics and segmentation runs, with snapshots for movement between segments.
_V2 = """
CREATE TABLE features (
    customer_id INTEGER PRIMARY KEY,
    as_of TEXT NOT NULL,
    source TEXT NOT NULL,
    recency_days INTEGER,
    frequency INTEGER NOT NULL,
    monetary_cents INTEGER NOT NULL,
    aov_cents INTEGER,
    first_order TEXT,
    last_order TEXT,
    tenure_days INTEGER,
    typical_interval_days REAL,
    orders_30 INTEGER NOT NULL,
    orders_90 INTEGER NOT NULL,
    orders_365 INTEGER NOT NULL,
    spend_30_cents INTEGER NOT NULL,
    spend_90_cents INTEGER NOT NULL,
    spend_365_cents INTEGER NOT NULL,
    fav_category TEXT,
    fav_channel TEXT,
    fav_store TEXT,
    active_weekday INTEGER,
    active_hour INTEGER,
    discount_share REAL
);
CREATE TABLE segmentations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    method TEXT NOT NULL,
    scheme_key TEXT NOT NULL,
    parameters TEXT NOT NULL DEFAULT '{}',
    as_of TEXT NOT NULL,
    created_at TEXT NOT NULL,
    customers INTEGER NOT NULL,
    live INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX segmentations_scheme ON segmentations(scheme_key, id);
CREATE TABLE segments (
    run_id INTEGER NOT NULL REFERENCES segmentations(id),
    label TEXT NOT NULL,
    position INTEGER NOT NULL,
    name_en TEXT NOT NULL,
    name_zh TEXT NOT NULL,
    strategy_en TEXT NOT NULL DEFAULT '',
    strategy_zh TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL,
    revenue REAL NOT NULL,
    revenue_cents INTEGER NOT NULL,
    profile TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (run_id, label)
);
CREATE TABLE segment_members (
    run_id INTEGER NOT NULL REFERENCES segmentations(id),
    customer_id INTEGER NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (run_id, customer_id)
) WITHOUT ROWID;
CREATE INDEX segment_members_customer ON segment_members(customer_id);
CREATE TABLE snapshots (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES segmentations(id),
    scheme_key TEXT NOT NULL,
    as_of TEXT NOT NULL,
    taken_at TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX snapshots_run ON snapshots(run_id, id);
CREATE TABLE segment_history (
    snapshot_id INTEGER NOT NULL REFERENCES snapshots(id),
    customer_id INTEGER NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (snapshot_id, customer_id)
) WITHOUT ROWID;
"""

# Version 3: the cleaning recipe, flags it puts on orders and customers for review, and merge decisions.
_V3 = """
CREATE TABLE cleaning_steps (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    op TEXT NOT NULL,
    params TEXT NOT NULL DEFAULT '{}',
    enabled INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);
CREATE INDEX cleaning_steps_position ON cleaning_steps(position);
CREATE TABLE cleaning_flags (
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    flag TEXT NOT NULL,
    step INTEGER,
    detail TEXT,
    PRIMARY KEY (entity, entity_id, flag)
) WITHOUT ROWID;
CREATE TABLE merge_decisions (
    key_a TEXT NOT NULL,
    key_b TEXT NOT NULL,
    decision TEXT NOT NULL,
    score REAL,
    decided_at TEXT NOT NULL,
    PRIMARY KEY (key_a, key_b)
) WITHOUT ROWID;
"""

# Version 4: tag definitions (single tags and first-match groups), current membership, refresh snapshots.
_V4 = """
CREATE TABLE tag_groups (
    id INTEGER PRIMARY KEY,
    name_en TEXT NOT NULL UNIQUE,
    name_zh TEXT NOT NULL,
    layer TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    template TEXT,
    params TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
);
CREATE TABLE tag_defs (
    id INTEGER PRIMARY KEY,
    name_en TEXT NOT NULL UNIQUE,
    name_zh TEXT NOT NULL,
    layer TEXT NOT NULL,
    colour TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    rule TEXT NOT NULL,
    group_id INTEGER REFERENCES tag_groups(id),
    position INTEGER NOT NULL DEFAULT 0,
    template TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX tag_defs_group ON tag_defs(group_id, position);
CREATE TABLE customer_tags (
    tag_id INTEGER NOT NULL,
    customer_id INTEGER NOT NULL,
    PRIMARY KEY (tag_id, customer_id)
) WITHOUT ROWID;
CREATE INDEX customer_tags_customer ON customer_tags(customer_id);
CREATE TABLE tag_snapshots (
    id INTEGER PRIMARY KEY,
    as_of TEXT NOT NULL,
    taken_at TEXT NOT NULL,
    reason TEXT NOT NULL,
    customers INTEGER NOT NULL,
    no_match TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE tag_snapshot_counts (
    snapshot_id INTEGER NOT NULL REFERENCES tag_snapshots(id),
    tag_id INTEGER NOT NULL,
    name_en TEXT NOT NULL,
    count INTEGER NOT NULL,
    members BLOB,
    PRIMARY KEY (snapshot_id, tag_id)
);
CREATE INDEX tag_snapshot_counts_tag ON tag_snapshot_counts(tag_id, snapshot_id);
"""

# Version 5: campaigns (source segment or tag, outcome window, holdout share, seed, coupon per arm) and members.
_V5 = """
CREATE TABLE IF NOT EXISTS campaigns (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    channel TEXT NOT NULL,
    source_kind TEXT NOT NULL,
    source_key TEXT NOT NULL,
    source_run_id INTEGER,
    source_name_en TEXT NOT NULL DEFAULT '',
    source_name_zh TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL,
    window_days INTEGER NOT NULL,
    holdout_share REAL NOT NULL,
    seed INTEGER NOT NULL,
    coupon_treatment TEXT,
    coupon_holdout TEXT,
    baseline REAL,
    mde REAL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS campaign_members (
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
    customer_id INTEGER NOT NULL,
    arm TEXT NOT NULL,
    PRIMARY KEY (campaign_id, customer_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS campaign_members_arm ON campaign_members(campaign_id, arm);
"""

# Version 6: purchase and value predictions (BG/NBD, Gamma-Gamma): the fitted run and one row per customer.
_V6 = """
CREATE TABLE IF NOT EXISTS prediction_runs (
    id INTEGER PRIMARY KEY,
    as_of TEXT NOT NULL,
    unit TEXT NOT NULL,
    params TEXT NOT NULL DEFAULT '{}',
    details TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS predictions (
    customer_id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL,
    p_alive REAL,
    churn_risk REAL,
    expected_90 REAL,
    expected_spend_cents INTEGER,
    value_12m_cents INTEGER,
    next_order TEXT
);
"""

# Version 7: the consent ledger: every change of a customer's consent per channel (old -> new, source, date).
_V7 = """
CREATE TABLE IF NOT EXISTS consent_log (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    channel TEXT NOT NULL,
    old_allowed INTEGER,
    new_allowed INTEGER NOT NULL,
    source TEXT NOT NULL,
    import_id INTEGER,
    changed_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS consent_log_customer ON consent_log(customer_id, channel, id);
"""

# Version 8: each campaign member also keeps one identifying key (member no., phone, ...), so the campaign still finds
# its customers after a rebuild or a merge gives them other ids.
_V8 = """
ALTER TABLE campaign_members ADD COLUMN key_kind TEXT;
ALTER TABLE campaign_members ADD COLUMN key_value TEXT;
"""


def _v9(conn: sqlite3.Connection) -> None:
    """Version 9: raw rows as zstd Arrow chunks in raw_chunks; each old raw_<id> table is converted, then dropped."""
    migrate_raw_chunks(conn)


def _v10(conn: sqlite3.Connection) -> None:
    """Version 10: orders.dedup_key is unique through a named index (orders_dedup) instead of a column constraint.

    A column's UNIQUE is an automatic index that stays in place while a bulk insert runs; a named index can be
    dropped and built again once after the insert, like the other indexes (about 0.3 s less per million orders).
    SQLite cannot drop a column constraint, so the table is copied (the documented twelve-step way, in the caller's
    transaction).
    """
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'orders'").fetchone()[0]
    indexes = [r[0] for r in conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'orders' AND sql IS NOT NULL")]
    new_sql = sql.replace("dedup_key TEXT NOT NULL UNIQUE", "dedup_key TEXT NOT NULL")
    if new_sql == sql:
        raise sqlite3.DatabaseError("orders.dedup_key is not declared as this migration expects")
    conn.execute("CREATE TABLE orders_v10 " + new_sql[new_sql.index("("):])  # the name may be stored quoted
    conn.execute("INSERT INTO orders_v10 SELECT * FROM orders")
    conn.execute("DROP TABLE orders")
    conn.execute("ALTER TABLE orders_v10 RENAME TO orders")
    for statement in indexes:
        conn.execute(statement)
    conn.execute("CREATE UNIQUE INDEX orders_dedup ON orders(dedup_key)")


# Version 11: personal suggestions (suggest/): the association rules found, strongest first, and each buyer's suggested
# next products (or categories), refreshed with the other derived tables.
_V11 = """
CREATE TABLE IF NOT EXISTS suggestion_rules (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    antecedent TEXT NOT NULL,
    consequent TEXT NOT NULL,
    transactions INTEGER NOT NULL,
    customers INTEGER NOT NULL,
    support REAL NOT NULL,
    confidence REAL NOT NULL,
    lift REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS suggestions (
    customer_id INTEGER NOT NULL,
    rank INTEGER NOT NULL,
    item TEXT NOT NULL,
    score REAL NOT NULL,
    rule_id INTEGER,
    PRIMARY KEY (customer_id, rank)
) WITHOUT ROWID;
"""


# Version 12: no index on orders.order_no. A numbered order's dedup_key is 'no:' || its order no. (every version of
# the importer made it so; it is unique), so a lookup by number searches orders_dedup with that key instead
# (cleaning's refunds and order flags). One index less to build and write on every import: 800,000 orders had it
# take 15 MB and 0.25-0.45 s of a first import.
_V12 = """
DROP INDEX IF EXISTS orders_no;
"""


# Each entry upgrades from version i to i+1 (index 0: empty file to version 1): an SQL script, or a function of the
# connection for a step SQL cannot do alone (it runs inside the same transaction).
MIGRATIONS: list[str | Callable[[sqlite3.Connection], None]] = [_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8, _v9, _v10, _V11, _V12]
SCHEMA_VERSION = len(MIGRATIONS)


def table_exists(conn: sqlite3.Connection, name: str) -> bool:
    """Whether the file has table `name`. Every table of the current schema exists in a workspace opened for
    writing (opening migrates it); only a read-only open of an older file skips the migrations and may lack the
    tables added since, so readers that may see such a file ask this first."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() is not None


def migrate(conn: sqlite3.Connection, from_version: int) -> int:
    """Apply every migration after `from_version` inside the caller's transaction; return the new version."""
    for version in range(from_version, SCHEMA_VERSION):
        step = MIGRATIONS[version]
        if callable(step):
            step(conn)
        else:
            for statement in _split(step):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version + 1}")
    return SCHEMA_VERSION


def _split(script: str) -> list[str]:
    """Split a migration script into statements (executescript would commit the open transaction)."""
    statements, current = [], []
    for line in script.splitlines():
        current.append(line)
        joined = "\n".join(current)
        if sqlite3.complete_statement(joined):
            if joined.strip():
                statements.append(joined.strip())
            current = []
    rest = "\n".join(current).strip()
    if rest:
        statements.append(rest)
    return statements
