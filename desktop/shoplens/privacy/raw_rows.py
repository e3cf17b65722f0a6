"""Find and remove a person's raw import rows (raw_chunks), and blank their phone/e-mail elsewhere in them.

A raw row is the person's when one of its key cells (the columns the import mapped to member no., phone, e-mail,
WeChat id or customer ID) reads, after the same parsing an import does, as one of the person's keys, or when the row
is the source of one of the person's orders. Other rows that merely mention the person's phone or e-mail (a remark,
a referrer column) keep the row but lose that text.

Raw rows are kept as Arrow chunks (ingest.raw_store): each chunk is filtered with pyarrow compute first, the
candidate cells get the exact checks, and only a chunk that changed is stored again. A backup made before that
layout still holds one `raw_<id>` table per import: those are erased with SQL, the same way.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..ingest.mapping import header_signature
from ..ingest.parse import KEY_FIELDS
from ..ingest.raw_store import iter_chunks, legacy_raw_tables, raw_imports, rewrite_raw
from .person import Person, normal_email, normal_phone
from .spellings import Mentions, phone_pattern

if TYPE_CHECKING:
    import pyarrow as pa


@dataclass
class RawCounts:
    rows_deleted: int = 0
    cells_blanked: int = 0
    rows: dict[int, set[int]] = field(default_factory=dict)  # import id -> row numbers of the rows deleted


def _import_info(conn: sqlite3.Connection) -> dict[int, tuple[list[str], dict[str, str]]]:
    out = {}
    for import_id, columns, mapping in conn.execute("SELECT id, columns, mapping FROM imports ORDER BY id"):
        try:
            out[int(import_id)] = (list(json.loads(columns)), dict(json.loads(mapping)))
        except (TypeError, ValueError):
            out[int(import_id)] = ([], {})
    return out


def _text_value(cell: str) -> str:
    text = cell.strip()
    if text.startswith('="') and text.endswith('"'):
        text = text[2:-1].strip()
    return text


def _matches(kind: str, cell: str, wanted: set[str], namespace: str, region: str) -> bool:
    if kind == "phone":
        return normal_phone(cell, region) in wanted
    if kind == "email":
        return normal_email(cell) in wanted
    if kind == "customer_ref":
        return f"{namespace}:{_text_value(cell)}" in wanted
    return _text_value(cell) in wanted


def _needle(kind: str, value: str) -> str:
    """A short text every cell holding `value` contains, for a fast first filter (pyarrow, or SQL)."""
    if kind == "phone":
        digits = re.sub(r"\D", "", value)
        return digits[-4:]
    if kind == "customer_ref":
        return value.split(":", 1)[1] if ":" in value else value
    return value


def _key_columns(columns: list[str], mapping: dict[str, str], person: Person) -> tuple[str, list]:
    """The import's namespace and, per key column the person has values for: (position, kind, wanted values)."""
    namespace = header_signature(columns)[:10] if columns else ""
    out = []
    for position, column in enumerate(columns, start=1):
        kind = mapping.get(column) or ""
        wanted = person.values(kind)
        if kind == "customer_ref":
            wanted = {v for v in wanted if v.startswith(f"{namespace}:")}
        if wanted:
            out.append((position, kind, wanted))
    return namespace, out


def _person_rows(conn, table: str, columns, mapping, person: Person, source_rows: set[int], region: str) -> set[int]:
    """The rowids of the person's rows in an old-layout raw_<id> table."""
    namespace, keys = _key_columns(columns, mapping, person)
    rowids: set[int] = set()
    for position, kind, wanted in keys:
        for value in wanted:
            needle = _needle(kind, value)
            if not needle:
                continue
            sql = f"SELECT rowid, c{position} FROM {table} WHERE instr(lower(c{position}), lower(?)) > 0"
            for rowid, cell in conn.execute(sql, (needle,)).fetchall():
                if cell and _matches(kind, cell, wanted, namespace, region):
                    rowids.add(int(rowid))
    if source_rows:
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS _forget_rows (n INTEGER PRIMARY KEY)")
        conn.execute("DELETE FROM _forget_rows")
        conn.executemany("INSERT OR IGNORE INTO _forget_rows VALUES (?)", [(n,) for n in source_rows])
        rowids |= {int(r[0]) for r in conn.execute(
            f"SELECT rowid FROM {table} WHERE _row IN (SELECT n FROM _forget_rows)")}
        conn.execute("DELETE FROM _forget_rows")
    return rowids


def blank_mentions(conn: sqlite3.Connection, table: str, columns: list[str], mentions: Mentions) -> int:
    """Remove the person's phone numbers and e-mail addresses, however written, from the given text columns of a
    table (and their name from the cells that held one); returns the cells changed."""
    if not mentions or not columns:
        return 0
    conn.create_function("shoplens_blank", 1, mentions.blank, deterministic=True)
    conn.create_function("shoplens_mentions", 1, mentions.found_in, deterministic=True)
    changed = 0
    for column in columns:
        where, args = mentions.sql_filter(column)
        cur = conn.execute(f'UPDATE OR REPLACE "{table}" SET "{column}" = shoplens_blank("{column}")'
                           f' WHERE {where} AND shoplens_mentions("{column}")', args)
        changed += max(cur.rowcount, 0)
    return changed


def _candidates(column: Any, needles: set[str]) -> Any:
    """Where a cell holds one of the needles, ignoring case (a superset of SQLite's instr(lower(..)) filter)."""
    import pyarrow.compute as pc

    candidates = None
    for needle in needles:
        hit = pc.match_substring(column, needle, ignore_case=True)
        candidates = hit if candidates is None else pc.or_(candidates, hit)
    return candidates


def _chunk_person_rows(chunk: pa.Table, keys: list, namespace: str, source_rows: set[int], region: str) -> Any:
    """A boolean numpy mask of the person's rows in one raw chunk (pyarrow filter, then the exact check once per
    distinct candidate text)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    mask = np.zeros(chunk.num_rows, dtype=bool)
    for position, kind, wanted in keys:
        column = chunk.column(position)
        if kind == "phone":  # any spelling (separators, full-width digits): the same loose pattern as the mentions
            loose = "|".join(f"(?:{phone_pattern(v, region, loose=True)})" for v in sorted(wanted))
            candidates = pc.match_substring_regex(column, loose)
        else:
            candidates = _candidates(column, {n for n in (_needle(kind, v) for v in wanted) if n})
        if candidates is None or not pc.any(candidates).as_py():
            continue
        texts = pc.unique(pc.filter(column, candidates)).to_pylist()
        hits = [t for t in texts if t and _matches(kind, t, wanted, namespace, region)]
        if hits:
            found = pc.is_in(column, value_set=pa.array(hits, type=column.type))
            mask |= found.to_numpy(zero_copy_only=False)
    if source_rows:
        numbers = pa.array(sorted(source_rows), type=pa.int64())
        mask |= pc.is_in(chunk.column(0), value_set=numbers).to_numpy(zero_copy_only=False)
    return mask


def _blank_chunk(chunk: pa.Table, mentions: Mentions) -> tuple[pa.Table, int]:
    """The chunk with the person's phone numbers and e-mail addresses (however written) removed from its cells, and
    their name from those cells; and how many cells changed. RE2 finds the candidates, Python's exact pattern decides."""
    import pyarrow as pa
    import pyarrow.compute as pc

    changed = 0
    for position in range(1, chunk.num_columns):
        column = chunk.column(position).combine_chunks()  # an Array: replace_with_mask takes no ChunkedArray
        candidates = pc.match_substring_regex(column, mentions.loose, ignore_case=True)
        if not pc.any(candidates).as_py():
            continue
        texts = pc.filter(column, candidates).to_pylist()
        new_text = {text: mentions.blank(text) for text in set(texts)}
        hits = sum(new_text[t] != t for t in texts)
        if hits:
            changed += hits
            replaced = pa.array([new_text[t] for t in texts], type=column.type)
            field = chunk.field(position)
            chunk = chunk.set_column(position, field, pc.replace_with_mask(column, candidates, replaced))
    return chunk, changed


def _erase_chunks(conn: sqlite3.Connection, import_id: int, columns: list[str], mapping: dict[str, str],
                  person: Person, source_rows: set[int], mentions: Mentions, region: str, counts: RawCounts) -> None:
    namespace, keys = _key_columns(columns, mapping, person)
    found = counts.rows.setdefault(import_id, set())

    def erase(chunk: pa.Table) -> pa.Table:
        import pyarrow as pa

        mask = _chunk_person_rows(chunk, keys, namespace, source_rows, region)
        kept = chunk
        if mask.any():
            kept = chunk.filter(pa.array(~mask))
            counts.rows_deleted += int(mask.sum())
            found.update(chunk.column(0).filter(pa.array(mask)).to_pylist())
        blanked, changed = _blank_chunk(kept, mentions) if mentions else (kept, 0)
        counts.cells_blanked += changed
        return blanked if changed else kept

    rewrite_raw(conn, import_id, erase)


def person_details(conn: sqlite3.Connection, person: Person, region: str) -> Person:
    """Add to `person` the keys and names written in their raw rows (the rows whose key cells read as one of their
    keys): the e-mail address in the row of a phone number, the member number beside it, the name.

    This is how a person is found whom cleaning removed from the customers (their rows stay in raw_chunks), and
    what lets the erasure reach every spelling of everything that row said about them. One step: the keys found are
    not followed further."""
    keys: set[tuple[str, str]] = set()
    names: set[str] = set()
    info = _import_info(conn)
    for import_id in raw_imports(conn):
        columns, mapping = info.get(import_id, ([], {}))
        namespace, wanted = _key_columns(columns, mapping, person)
        if not wanted:
            continue
        kinds = [(position, mapping.get(column) or "") for position, column in enumerate(columns, start=1)]
        kinds = [(position, kind) for position, kind in kinds if kind in KEY_FIELDS or kind == "name"]
        for _number, chunk in iter_chunks(conn, import_id):
            mask = _chunk_person_rows(chunk, wanted, namespace, set(), region)
            if not mask.any():
                continue
            import pyarrow as pa

            rows = chunk.filter(pa.array(mask))
            for position, kind in kinds:
                for cell in set(rows.column(position).to_pylist()):
                    value = _key_value(kind, cell or "", namespace, region)
                    if value and kind == "name":
                        names.add(value)
                    elif value:
                        keys.add((kind, value))
    person.keys |= keys
    person.names |= names
    return person


def _key_value(kind: str, cell: str, namespace: str, region: str) -> str | None:
    """A raw cell as the value ShopLens keeps for a field of this kind (None when it reads as nothing)."""
    if kind == "phone":
        return normal_phone(cell, region) if cell.strip() else None
    if kind == "email":
        return normal_email(cell)
    text = _text_value(cell)
    if not text:
        return None
    return f"{namespace}:{text}" if kind == "customer_ref" else text


def erase_raw(conn: sqlite3.Connection, person: Person, order_rows: dict[int, set[int]], region: str,
              mentions: Mentions) -> RawCounts:
    """Delete the person's raw rows in every import and blank their phone/e-mail in the rows that stay; `rows` of
    the result names the rows deleted (import id -> row numbers)."""
    counts = RawCounts()
    info = _import_info(conn)
    for import_id in raw_imports(conn):
        columns, mapping = info.get(import_id, ([], {}))
        _erase_chunks(conn, import_id, columns, mapping, person, order_rows.get(import_id, set()), mentions, region,
                      counts)
    for import_id, table in legacy_raw_tables(conn):  # a backup from before raw_chunks
        if import_id not in info:
            continue
        columns, mapping = info[import_id]
        rowids = _person_rows(conn, table, columns, mapping, person, order_rows.get(import_id, set()), region)
        if rowids:
            numbers = [int(r[0]) for r in conn.execute(f'SELECT _row FROM "{table}" WHERE rowid IN'
                                                       f" ({','.join(str(r) for r in sorted(rowids))})")]
            counts.rows.setdefault(import_id, set()).update(numbers)
            conn.executemany(f'DELETE FROM "{table}" WHERE rowid = ?', [(r,) for r in sorted(rowids)])
            counts.rows_deleted += len(rowids)
        cells = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[1] != "_row"]
        counts.cells_blanked += blank_mentions(conn, table, cells, mentions)
    return counts
