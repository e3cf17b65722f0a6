"""Name customers as the shop's own files do: member no., else the customer ID of an order export, else phone."""

from __future__ import annotations

import json
import sqlite3

from ..errors import InputError

# the key a customer is named by, first found wins; the internal id is the last resort
IDENTIFIERS = ("member_no", "customer_ref", "phone", "email", "wechat")


def _shown(kind: str, value: str) -> str:
    """A key as the file wrote it: a customer ID is stored as 'file signature:ID' (IDs of two exports may clash)."""
    return value.split(":", 1)[1] if kind == "customer_ref" and ":" in value else value


def customer_identifiers(conn: sqlite3.Connection, ids: list[int]) -> dict[int, str | int]:
    """customer id → the identifier the shop's files use for them (the internal id when they have no key)."""
    rank = {kind: i for i, kind in enumerate(IDENTIFIERS)}
    best: dict[int, tuple[int, str]] = {}
    id_json = json.dumps([int(i) for i in ids])
    rows = conn.execute("SELECT customer_id, kind, value FROM customer_keys WHERE customer_id IN"
                        " (SELECT value FROM json_each(?)) UNION ALL SELECT id, 'member_no', member_no FROM customers"
                        " WHERE member_no IS NOT NULL AND id IN (SELECT value FROM json_each(?))", (id_json, id_json))
    for cid, kind, value in rows:
        if kind not in rank or value is None:
            continue
        candidate = (rank[kind], _shown(kind, str(value)))
        if cid not in best or candidate < best[cid]:
            best[cid] = candidate
    return {int(i): best[i][1] if i in best else int(i) for i in ids}


def find_customer(conn: sqlite3.Connection, text: str) -> int:
    """The customer named `text`: a member no., customer ID, phone or e-mail as in the files, or the internal id."""
    text = text.strip()
    found = {int(r[0]) for r in conn.execute("SELECT id FROM customers WHERE member_no = ?", (text,))}
    for kind, value in conn.execute(
            "SELECT kind, value FROM customer_keys WHERE value = ? OR (kind = 'customer_ref' AND value LIKE ?)"
            " OR (kind = 'email' AND lower(value) = lower(?))", (text, "%:" + text.replace("%", ""), text)):
        if _shown(kind, value) == text or (kind == "email" and value.lower() == text.lower()) or value == text:
            found |= {int(r[0]) for r in conn.execute(
                "SELECT customer_id FROM customer_keys WHERE kind = ? AND value = ?", (kind, value))}
    if not found and text.isdigit():
        found = {int(r[0]) for r in conn.execute("SELECT id FROM customers WHERE id = ?", (int(text),))}
    if not found:
        raise InputError('No customer is known as "{who}" (member no., customer ID, phone, e-mail or the ID the data'
                         " browser shows).", who=text)
    if len(found) > 1:
        raise InputError('"{who}" names {n} customers; use a member no. or the ID the data browser shows.',
                         who=text, n=len(found))
    return found.pop()
