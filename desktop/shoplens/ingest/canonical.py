"""Build canonical customers, customer keys, orders and consent from parsed rows (one import at a time)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from itertools import repeat

import numpy as np
import pandas as pd

from ..consent import CHANNEL_OF_FIELD, write_consent
from .bulk import indexes_rebuilt_after
from .normalize import sql_rows
from .orders import write_orders
from .parse import KEY_FIELDS, Parsed, Problem

CUSTOMER_COLUMNS = ("member_no", "name", "phone", "email", "gender", "birthday", "age", "city", "province",
                    "address", "member_level", "join_date", "points")


# Called with a first import's orders once they and their lines are written, before their indexes are built; what
# it returns is kept in counts.all_orders (the pipeline passes features.metrics.MetricsInHand, so the metrics need
# not read the orders back, and are worked out while SQLite builds the indexes).
FirstOrders = Callable[[sqlite3.Connection, pd.DataFrame], object]


@dataclass
class CanonicalCounts:
    customers_added: int = 0
    customers_matched: int = 0
    orders_added: int = 0
    orders_already_known: int = 0
    problems: list[Problem] = field(default_factory=list)
    row_customers: pd.Series | None = field(default=None, repr=False)  # customer id per parsed row (NaN: none)
    # what write_canonical's first_orders gave back for the orders of a first import (the metrics take them)
    all_orders: object = field(default=None, repr=False)


def write_canonical(conn: sqlite3.Connection, parsed: Parsed, import_id: int, *, ref_namespace: str,
                    channel: str, source: str, now: str,
                    first_orders: FirstOrders | None = None) -> CanonicalCounts:
    """Link rows to customers (new or known by any key) and append orders not seen before.

    `first_orders`: called with the orders when they are the first the workspace holds, before their indexes are
    built; what it returns is kept in counts.all_orders.
    """
    counts = CanonicalCounts()
    frame = parsed.frame
    customer_ids = _resolve_customers(conn, frame, import_id, ref_namespace, parsed.kind, counts, parsed.fill_only)
    frame = frame.assign(customer_id=customer_ids)
    counts.row_customers = customer_ids
    _write_consent(conn, frame, source, now, import_id)
    if parsed.kind == "orders":
        write_orders(conn, frame, import_id, channel, counts, first_orders=first_orders)
    return counts


def _row_keys(frame: pd.DataFrame, ref_namespace: str) -> tuple[list[str], pd.DataFrame]:
    kinds = [k for k in KEY_FIELDS if k in frame]
    keys = frame[kinds].copy()
    if "customer_ref" in keys:
        ref = keys["customer_ref"]  # namespaced in one vectorised concatenation (a lambda per row took ~0.3 s per 1M)
        keys["customer_ref"] = (f"{ref_namespace}:" + ref.astype("str")).astype(object).where(ref.notna(), None)
    return kinds, keys


def _resolve_customers(conn, frame, import_id, ref_namespace, kind, counts, fill_only=frozenset()) -> pd.Series:
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
    graph = _KeyGraph(keys, kinds)
    has_key = pd.Series(graph.first >= 0, index=frame.index)
    known = _known_keys(conn, graph.key_list())
    comp_cid = np.full(graph.components, -1, dtype="int64")
    conflicts = 0
    if known:  # nodes are numbered strongest kind first, so the strongest known key decides
        nodes = np.array(sorted(graph.node_of[k] for k in known), dtype="int64")
        cids = np.array([known[graph.keys[n]] for n in nodes], dtype="int64")
        comps = graph.labels[nodes]
        first_of_comp = ~pd.Series(comps).duplicated().to_numpy()
        comp_cid[comps[first_of_comp]] = cids[first_of_comp]
        conflicts = int((comp_cid[comps] != cids).sum())
    row_comp = graph.labels[graph.first[has_key.to_numpy()]]
    appearance = pd.unique(row_comp)  # components in order of first appearance in the file
    new_comps = appearance[comp_cid[appearance] < 0]
    matched = np.unique(comp_cid[appearance[comp_cid[appearance] >= 0]]).size  # known customers met in this file
    comp_cid[new_comps] = ids.take(len(new_comps))
    result[has_key] = comp_cid[row_comp].astype("float64")
    if known:  # rows of components with no known key are new customers (one flag per component, not a set lookup)
        comp_is_new = np.zeros(graph.components, dtype=bool)
        comp_is_new[new_comps] = True
        is_new = np.zeros(len(frame), dtype=bool)
        is_new[has_key.to_numpy()] = comp_is_new[row_comp]
    else:  # nothing known (a first import): every customer is new
        is_new = has_key.to_numpy()
    attributes = _attributes(frame)  # only the columns customers are made of: masks copy little
    _insert_customers(conn, _rows(attributes, is_new), _rows(result, is_new), import_id)
    known_rows = has_key.to_numpy() & ~is_new
    if known_rows.any():
        _update_customers(conn, attributes[known_rows], result[known_rows], overwrite=kind == "customers",
                          fill_only=fill_only)
    unknown = [n for n, key in enumerate(graph.keys) if key not in known] if known else range(len(graph.keys))
    new_keys = [graph.keys[n] for n in unknown] if known else graph.keys
    owners = comp_cid[graph.labels[np.asarray(unknown, dtype=np.int64)]]
    order = _key_order(new_keys)  # inserted in key order: SQLite appends to the keys' B-tree instead of splitting it
    kinds, values = zip(*(new_keys[i] for i in order), strict=True) if new_keys else ((), ())
    sql = f"INSERT INTO customer_keys(kind, value, customer_id, import_id) VALUES (?, ?, ?, {int(import_id)})"
    # many new keys, more than the table holds: the customer index is built once afterwards (357k: 0.84 -> 0.57 s)
    many = len(owners) > 50_000 and len(owners) > conn.execute("SELECT count(*) FROM customer_keys").fetchone()[0]
    with indexes_rebuilt_after(conn, "customer_keys", enabled=many):
        conn.executemany(sql, zip(kinds, values, owners[order].tolist(), strict=True))
    counts.customers_added = len(new_comps)
    counts.customers_matched = matched
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


_AGGREGATES = ("total_spend", "order_count", "last_purchase")


def _attributes(frame: pd.DataFrame) -> pd.DataFrame:
    """The columns of `frame` that customers are made of (_customer_values reads no others)."""
    return frame[[c for c in (*CUSTOMER_COLUMNS, *_AGGREGATES) if c in frame]]


def _rows(data, mask: np.ndarray):
    """`data` where `mask` is set (`data` itself, not a copy, when every row is)."""
    return data if mask.all() else data[mask]


def _key_order(keys: list[tuple[str, str]]) -> np.ndarray:
    """Positions of `keys` in (kind, value) order, as SQLite compares them (binary: UTF-8 byte order)."""
    if len(keys) < 10_000:
        return np.arange(len(keys))
    import pyarrow as pa
    import pyarrow.compute as pc

    kinds, values = zip(*keys, strict=True)
    table = pa.table({"kind": pa.array(kinds, type=pa.string()), "value": pa.array(values, type=pa.string())})
    return pc.sort_indices(table, sort_keys=[("kind", "ascending"), ("value", "ascending")]).to_numpy()


class _KeyGraph:
    """Identity keys as graph nodes, joined when they appear on one row; components are customers."""

    def __init__(self, keys: pd.DataFrame, kinds: list[str]) -> None:
        codes, self.keys, offset = [], [], 0
        for kind in kinds:  # strongest kind first: lower node numbers
            code, uniques = pd.factorize(keys[kind], use_na_sentinel=True)
            codes.append(np.where(code >= 0, code + offset, -1))
            self.keys.extend(zip(repeat(kind), map(str, uniques.tolist())))  # no Python loop over the values
            offset += len(uniques)
        matrix = np.column_stack(codes)
        present = matrix >= 0
        first_col = np.argmax(present, axis=1)
        self.first = np.where(present.any(axis=1), matrix[np.arange(len(matrix)), first_col], -1)
        src, dst = [], []
        for j in range(1, matrix.shape[1]):  # a row's key in column 0 is its first key: it joins nothing new
            column = matrix[:, j]
            mask = present[:, j] & (column != self.first)  # only edges between two keys (no key to itself)
            src.append(self.first[mask])
            dst.append(column[mask])
        src_all = np.concatenate(src) if src else np.array([], dtype="int64")
        dst_all = np.concatenate(dst) if dst else np.array([], dtype="int64")
        self.components, self.labels = connected_components(len(self.keys), src_all, dst_all)

    @cached_property
    def node_of(self) -> dict[tuple[str, str], int]:
        """The node number of each key (needed only when some keys are already known)."""
        return dict(zip(self.keys, range(len(self.keys)), strict=True))

    def key_list(self) -> list[tuple[str, str]]:
        return self.keys


def connected_components(n: int, src: np.ndarray, dst: np.ndarray) -> tuple[int, np.ndarray]:
    """(number of components, component label per node) of the undirected graph with edges src[i]-dst[i].

    Union-find done on whole arrays: every root is hooked to the smallest root it shares an edge with, then every
    node is pointed straight at its root, until no edge joins two roots (a few rounds for customer keys). Plain
    numpy: loading scipy.sparse.csgraph for this took ~0.12 s of every import.
    """
    parent = np.arange(n, dtype=np.int64)
    src, dst = np.asarray(src, dtype=np.int64), np.asarray(dst, dtype=np.int64)
    while len(src):
        a, b = parent[src], parent[dst]
        apart = a != b
        if not apart.any():
            break
        np.minimum.at(parent, np.maximum(a, b)[apart], np.minimum(a, b)[apart])
        while True:  # point every node at its root
            up = parent[parent]
            if (up == parent).all():
                break
            parent = up
        keep = parent[src] != parent[dst]  # edges inside one component are done
        src, dst = src[keep], dst[keep]
    roots, labels = np.unique(parent, return_inverse=True)
    return len(roots), labels


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


def _update_customers(conn, frame, cids, *, overwrite: bool, fill_only: frozenset[str] = frozenset()) -> None:
    """Known customers: a customer list refreshes their attributes; an orders file (and a nickname) only fills gaps."""
    if not len(frame):
        return
    values = _customer_values(frame, cids)
    if values.shape[1] == 0:
        return
    for col in ("age", "agg_order_count", "agg_total_spend_cents"):
        if col in values:
            values[col] = values[col].round().astype("Int64")
    sets = ", ".join(f"{c} = coalesce(?, {c})" if overwrite and c not in fill_only else f"{c} = coalesce({c}, ?)"
                     for c in values.columns)
    records = [(*r[1:], r[0]) for r in _records(values)]
    conn.executemany(f"UPDATE customers SET {sets} WHERE id = ?", records)


def _write_consent(conn, frame, source, now, import_id=None) -> None:
    """Current consent per customer and channel, and a ledger line for each change (consent.py)."""
    for field_key, channel in CHANNEL_OF_FIELD.items():
        if field_key not in frame:
            continue
        part = frame.loc[frame[field_key].notna() & frame["customer_id"].notna(), ["customer_id", field_key]]
        part = part.drop_duplicates("customer_id", keep="last")
        write_consent(conn, channel, part.itertuples(index=False, name=None), source=source, import_id=import_id,
                      now=now)
