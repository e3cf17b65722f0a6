"""Build canonical customers, customer keys, orders and consent from parsed rows (one import at a time)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .normalize import sql_rows
from .orders import write_orders
from .parse import KEY_FIELDS, Parsed, Problem

CUSTOMER_COLUMNS = ("member_no", "name", "phone", "email", "gender", "birthday", "age", "city", "province",
                    "address", "member_level", "join_date", "points")


@dataclass
class CanonicalCounts:
    customers_added: int = 0
    customers_matched: int = 0
    orders_added: int = 0
    orders_already_known: int = 0
    problems: list[Problem] = field(default_factory=list)


def write_canonical(conn: sqlite3.Connection, parsed: Parsed, import_id: int, *, ref_namespace: str,
                    channel: str, source: str, now: str) -> CanonicalCounts:
    """Link rows to customers (new or known by any key) and append orders not seen before."""
    counts = CanonicalCounts()
    frame = parsed.frame
    customer_ids = _resolve_customers(conn, frame, import_id, ref_namespace, parsed.kind, counts)
    frame = frame.assign(customer_id=customer_ids)
    _write_consent(conn, frame, source, now)
    if parsed.kind == "orders":
        write_orders(conn, frame, import_id, channel, counts)
    return counts


class _Keys:
    """Union-find over identity keys (kind, value) seen in one import."""

    def __init__(self) -> None:
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(self, key: tuple[str, str]) -> tuple[str, str]:
        parent = self.parent.setdefault(key, key)
        if parent != key:
            root = self.find(parent)
            self.parent[key] = root
            return root
        return key

    def union(self, keys: list[tuple[str, str]]) -> None:
        roots = [self.find(k) for k in keys]
        for r in roots[1:]:
            if r != roots[0]:
                self.parent[r] = roots[0]


def _row_keys(frame: pd.DataFrame, ref_namespace: str) -> tuple[list[str], pd.DataFrame]:
    kinds = [k for k in KEY_FIELDS if k in frame]
    keys = frame[kinds].copy()
    if "customer_ref" in keys:
        keys["customer_ref"] = keys["customer_ref"].map(lambda v: None if v is None or v != v else f"{ref_namespace}:{v}")
    return kinds, keys


def _resolve_customers(conn, frame, import_id, ref_namespace, kind, counts) -> pd.Series:
    """Customer id per row: one customer per connected group of keys; a known key reuses its customer."""
    kinds, keys = _row_keys(frame, ref_namespace)
    result = pd.Series(np.nan, index=frame.index, dtype="float64")
    ids = _Ids(conn)
    if not kinds:
        if kind == "customers":  # nothing identifies them: one customer per row
            result[:] = ids.take(len(frame))
            _insert_customers(conn, frame, result, import_id)
            counts.customers_added = len(frame)
        return result
    tuples = pd.Series(list(zip(*(keys[k] for k in kinds), strict=True)), index=frame.index)
    has_key = keys.notna().any(axis=1)
    uf = _Keys()
    unique_tuples = pd.unique(tuples[has_key])
    for tup in unique_tuples:
        uf.union([(k, v) for k, v in zip(kinds, tup, strict=True) if v is not None and v == v])
    all_keys = list(uf.parent)  # insertion order = order of first appearance in the file
    known = _known_keys(conn, all_keys)
    component_cid: dict[tuple[str, str], int] = {}
    conflicts = 0
    for key in sorted(all_keys, key=lambda k: KEY_FIELDS.index(k[0])):  # strongest key decides
        root = uf.find(key)
        cid = known.get(key)
        if cid is None:
            continue
        if root not in component_cid:
            component_cid[root] = cid
        elif component_cid[root] != cid:
            conflicts += 1
    roots = list(dict.fromkeys(uf.find(k) for k in all_keys))  # in order of first appearance
    new_roots = [r for r in roots if r not in component_cid]
    if new_roots:
        for root, cid in zip(new_roots, ids.take(len(new_roots)), strict=True):
            component_cid[root] = int(cid)
    tuple_cid = {}
    for tup in unique_tuples:
        first = next((k, v) for k, v in zip(kinds, tup, strict=True) if v is not None and v == v)
        tuple_cid[tup] = component_cid[uf.find(first)]
    result[has_key] = tuples[has_key].map(tuple_cid).astype("float64")
    new_cids = {component_cid[r] for r in new_roots}
    is_new = result.isin(new_cids)
    _insert_customers(conn, frame[is_new], result[is_new], import_id)
    _update_customers(conn, frame[has_key & ~is_new], result[has_key & ~is_new], overwrite=kind == "customers")
    new_keys = [(k[0], k[1], component_cid[uf.find(k)], import_id) for k in all_keys if k not in known]
    conn.executemany("INSERT INTO customer_keys(kind, value, customer_id, import_id) VALUES (?, ?, ?, ?)", new_keys)
    counts.customers_added = len(new_cids)
    counts.customers_matched = len({component_cid[r] for r in roots} - new_cids)
    if conflicts:
        counts.problems.append(Problem(
            "key_conflict", None, conflicts,
            f"{conflicts} customers in this file share keys with two different customers already in the workspace"
            " (for example a phone of one and the member no. of another). They were linked to the strongest match"
            " (member no., then phone, then e-mail); review them under Cleaning."))
    if kind == "customers" and (~has_key).any():
        extra = frame[~has_key]
        extra_ids = ids.take(len(extra))
        result[~has_key] = extra_ids
        _insert_customers(conn, extra, pd.Series(extra_ids, index=extra.index), import_id)
        counts.customers_added += len(extra)
    return result


def _known_keys(conn: sqlite3.Connection, keys: list[tuple[str, str]]) -> dict[tuple[str, str], int]:
    if not keys or conn.execute("SELECT NOT EXISTS (SELECT 1 FROM customer_keys)").fetchone()[0]:
        return {}
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS _lookup_keys (kind TEXT, value TEXT)")
    conn.execute("DELETE FROM _lookup_keys")
    conn.executemany("INSERT INTO _lookup_keys VALUES (?, ?)", keys)
    rows = conn.execute(
        "SELECT k.kind, k.value, k.customer_id FROM _lookup_keys l JOIN customer_keys k"
        " ON k.kind = l.kind AND k.value = l.value"
    ).fetchall()
    conn.execute("DELETE FROM _lookup_keys")
    return {(kind, value): cid for kind, value, cid in rows}


class _Ids:
    """Hands out new customer ids after the largest one in the table."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.next = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM customers").fetchone()[0]

    def take(self, n: int) -> np.ndarray:
        ids = np.arange(self.next, self.next + n, dtype="int64")
        self.next += n
        return ids


def _customer_values(frame: pd.DataFrame, cids: pd.Series) -> pd.DataFrame:
    """One row per customer id: the last non-empty value of each attribute in this file."""
    cols = {c: frame[c] for c in CUSTOMER_COLUMNS if c in frame}
    if "total_spend" in frame:
        cols["agg_total_spend_cents"] = frame["total_spend"]
    if "order_count" in frame:
        cols["agg_order_count"] = frame["order_count"]
    if "last_purchase" in frame:
        cols["agg_last_purchase"] = frame["last_purchase"]
    data = pd.DataFrame(cols, index=frame.index)
    data["id"] = cids.astype("int64")
    if data.shape[1] == 1:
        return data.drop_duplicates("id").set_index("id")
    return data.groupby("id", sort=True).last()


def _records(values: pd.DataFrame) -> list[tuple]:
    return sql_rows(values, index=True)


def _insert_customers(conn, frame, cids, import_id) -> None:
    if not len(frame):
        return
    values = _customer_values(frame, cids)
    for col in ("age", "agg_order_count", "agg_total_spend_cents"):
        if col in values:
            values[col] = values[col].round().astype("Int64")
    values["first_import_id"] = import_id
    cols = ", ".join(values.columns)
    marks = ", ".join("?" * (len(values.columns) + 1))
    conn.executemany(f"INSERT INTO customers(id, {cols}) VALUES ({marks})", _records(values))


def _update_customers(conn, frame, cids, *, overwrite: bool) -> None:
    """Known customers: a customer list refreshes their attributes; an orders file only fills gaps."""
    if not len(frame):
        return
    values = _customer_values(frame, cids)
    if values.shape[1] == 0:
        return
    for col in ("age", "agg_order_count", "agg_total_spend_cents"):
        if col in values:
            values[col] = values[col].round().astype("Int64")
    if overwrite:
        sets = ", ".join(f"{c} = coalesce(?, {c})" for c in values.columns)
    else:
        sets = ", ".join(f"{c} = coalesce({c}, ?)" for c in values.columns)
    records = [(*r[1:], r[0]) for r in _records(values)]
    conn.executemany(f"UPDATE customers SET {sets} WHERE id = ?", records)


def _write_consent(conn, frame, source, now) -> None:
    for field_key, channel in (("consent_any", "all"), ("consent_sms", "sms"), ("consent_email", "email")):
        if field_key not in frame:
            continue
        part = frame.loc[frame[field_key].notna() & frame["customer_id"].notna(), ["customer_id", field_key]]
        part = part.drop_duplicates("customer_id", keep="last")
        conn.executemany(
            "INSERT OR REPLACE INTO consent(customer_id, channel, allowed, source, changed_at) VALUES (?, ?, ?, ?, ?)",
            [(int(c), channel, int(v), source, now) for c, v in part.itertuples(index=False, name=None)],
        )
