"""Find and remove a person's rows in the raw import tables (raw_<id>), and blank their phone/e-mail elsewhere in them.

A raw row is the person's when one of its key cells (the columns the import mapped to member no., phone, e-mail,
WeChat id or customer ID) reads, after the same parsing an import does, as one of the person's keys, or when the row
is the source of one of the person's orders. Other rows that merely mention the person's phone or e-mail (a remark,
a referrer column) keep the row but lose that text.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass

from .person import Person, normal_email, normal_phone


@dataclass
class RawCounts:
    rows_deleted: int = 0
    cells_blanked: int = 0


def _raw_imports(conn: sqlite3.Connection) -> list[tuple[int, list[str], dict[str, str]]]:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'raw_%'")}
    out = []
    for import_id, columns, mapping in conn.execute("SELECT id, columns, mapping FROM imports ORDER BY id"):
        if f"raw_{import_id}" in tables:
            try:
                out.append((int(import_id), list(json.loads(columns)), dict(json.loads(mapping))))
            except (TypeError, ValueError):
                out.append((int(import_id), [], {}))
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
    """A short text every cell holding `value` contains, for a fast first filter in SQL."""
    if kind == "phone":
        digits = re.sub(r"\D", "", value)
        return digits[-4:]
    if kind == "customer_ref":
        return value.split(":", 1)[1] if ":" in value else value
    return value


def _person_rows(conn, import_id, columns, mapping, person: Person, source_rows: set[int], region: str) -> set[int]:
    from ..ingest.mapping import header_signature

    table = f"raw_{import_id}"
    namespace = header_signature(columns)[:10] if columns else ""
    rowids: set[int] = set()
    for position, column in enumerate(columns, start=1):
        kind = mapping.get(column) or ""
        wanted = person.values(kind)
        if kind == "customer_ref":
            wanted = {v for v in wanted if v.startswith(f"{namespace}:")}
        if not wanted:
            continue
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


def erase_raw(conn: sqlite3.Connection, person: Person, order_rows: dict[int, set[int]], region: str) -> RawCounts:
    """Delete the person's raw rows in every import and blank their phone/e-mail in the rows that stay."""
    counts = RawCounts()
    secrets = person.secrets()
    for import_id, columns, mapping in _raw_imports(conn):
        table = f"raw_{import_id}"
        rowids = _person_rows(conn, import_id, columns, mapping, person, order_rows.get(import_id, set()), region)
        if rowids:
            conn.executemany(f"DELETE FROM {table} WHERE rowid = ?", [(r,) for r in sorted(rowids)])
            counts.rows_deleted += len(rowids)
        cells = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != "_row"]
        counts.cells_blanked += blank_secrets(conn, table, cells, secrets)
    return counts
