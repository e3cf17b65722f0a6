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
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .person import Person, normal_email, normal_phone

if TYPE_CHECKING:
    import pyarrow as pa


@dataclass
class RawCounts:
    rows_deleted: int = 0
    cells_blanked: int = 0


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
    from ..ingest.mapping import header_signature

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


def _secret_pattern(secret: str) -> re.Pattern[str]:
    if "@" in secret:
        return re.compile(re.escape(secret), re.IGNORECASE)
    return re.compile(rf"(?<!\d){re.escape(secret)}(?!\d)")


def blank_secrets(conn: sqlite3.Connection, table: str, columns: list[str], secrets: set[str]) -> int:
    """Remove each secret text (phone, e-mail) from the given text columns of a table; returns cells changed."""
    changed = 0
    for secret in secrets:
        pattern = _secret_pattern(secret)
        for column in columns:
            hits = conn.execute(f'SELECT DISTINCT "{column}" FROM "{table}" WHERE instr(lower("{column}"), lower(?)) > 0',
                                (secret,)).fetchall()
            for (text,) in hits:
                new = pattern.sub("", text) if isinstance(text, str) else text
                if new != text:
                    cur = conn.execute(f'UPDATE OR REPLACE "{table}" SET "{column}" = ? WHERE "{column}" = ?', (new, text))
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


def _blank_chunk(chunk: pa.Table, secrets: set[str]) -> tuple[pa.Table, int]:
    """The chunk with every secret text removed from its cells, and how many (cell, secret) removals were made."""
    import pyarrow as pa
    import pyarrow.compute as pc

    patterns = [_secret_pattern(secret) for secret in secrets]
    changed = 0
    for position in range(1, chunk.num_columns):
        column = chunk.column(position).combine_chunks()  # an Array: replace_with_mask takes no ChunkedArray
        candidates = _candidates(column, secrets)
        if candidates is None or not pc.any(candidates).as_py():
            continue
        texts = pc.filter(column, candidates).to_pylist()
        new_text: dict[str, tuple[str, int]] = {}
        for text in set(texts):
            new, removals = text, 0
            for pattern in patterns:
                after = pattern.sub("", new)
                if after != new:
                    new, removals = after, removals + 1
            new_text[text] = (new, removals)
        changed += sum(new_text[t][1] for t in texts)
        if any(removals for _, removals in new_text.values()):
            replaced = pa.array([new_text[t][0] for t in texts], type=column.type)
            field = chunk.field(position)
            chunk = chunk.set_column(position, field, pc.replace_with_mask(column, candidates, replaced))
    return chunk, changed


def _erase_chunks(conn: sqlite3.Connection, import_id: int, columns: list[str], mapping: dict[str, str],
                  person: Person, source_rows: set[int], region: str, counts: RawCounts) -> None:
    from ..ingest.raw_store import rewrite_raw

    namespace, keys = _key_columns(columns, mapping, person)
    secrets = person.secrets()

    def erase(chunk: pa.Table) -> pa.Table:
        import pyarrow as pa

        mask = _chunk_person_rows(chunk, keys, namespace, source_rows, region)
        kept = chunk
        if mask.any():
            kept = chunk.filter(pa.array(~mask))
            counts.rows_deleted += int(mask.sum())
        blanked, changed = _blank_chunk(kept, secrets) if secrets else (kept, 0)
        counts.cells_blanked += changed
        return blanked if changed else kept

    rewrite_raw(conn, import_id, erase)


def erase_raw(conn: sqlite3.Connection, person: Person, order_rows: dict[int, set[int]], region: str) -> RawCounts:
    """Delete the person's raw rows in every import and blank their phone/e-mail in the rows that stay."""
    from ..ingest.raw_store import legacy_raw_tables, raw_imports

    counts = RawCounts()
    secrets = person.secrets()
    info = _import_info(conn)
    for import_id in raw_imports(conn):
        columns, mapping = info.get(import_id, ([], {}))
        _erase_chunks(conn, import_id, columns, mapping, person, order_rows.get(import_id, set()), region, counts)
    for import_id, table in legacy_raw_tables(conn):  # a backup from before raw_chunks
        if import_id not in info:
            continue
        columns, mapping = info[import_id]
        rowids = _person_rows(conn, table, columns, mapping, person, order_rows.get(import_id, set()), region)
        if rowids:
            conn.executemany(f'DELETE FROM "{table}" WHERE rowid = ?', [(r,) for r in sorted(rowids)])
            counts.rows_deleted += len(rowids)
        cells = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[1] != "_row"]
        counts.cells_blanked += blank_secrets(conn, table, cells, secrets)
    return counts
