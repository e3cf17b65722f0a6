"""Who is to be forgotten: a customer found by id, phone or e-mail, with every key that identifies them."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import InputError
from ..ingest.normalize import parse_phone
from ..ingest.parse import KEY_FIELDS

if TYPE_CHECKING:
    from .spellings import Mentions

_DIGITS = re.compile(r"\d+")
FINGERPRINT = "name, member_no, phone, email"


@dataclass
class Person:
    """The customers to forget (usually one) and their keys as stored in customer_keys: (kind, value)."""

    customer_ids: list[int]
    keys: set[tuple[str, str]] = field(default_factory=set)
    name: str | None = None  # for the confirmation only; never logged
    by: str = "customer"  # how they were named: 'customer', 'phone' or 'email'
    rows: dict[int, tuple] = field(default_factory=dict)  # id -> (name, member_no, phone, email), to spot them in backups
    names: set[str] = field(default_factory=set)  # every name they were known by (customers, their raw rows)

    def values(self, kind: str) -> set[str]:
        """The key values of one kind (customer_ref values keep their 'namespace:' prefix)."""
        return {v for k, v in self.keys if k == kind}

    def secrets(self) -> set[str]:
        """Texts that must not survive anywhere in the file: phone numbers and e-mail addresses."""
        out = {v for v in self.values("phone") if len(_digits(v)) >= 7}
        out |= {v for v in self.values("email") if "@" in v}
        return out

    def mentions(self, region: str = "CN") -> Mentions:
        """Their phone numbers and e-mail addresses in every spelling, and their names (spellings.Mentions)."""
        from .spellings import Mentions

        return Mentions(self.secrets(), set(self.names), region)


def _digits(text: str) -> str:
    return "".join(_DIGITS.findall(text))


def normal_phone(phone: str, region: str = "CN") -> str | None:
    """A phone number as ShopLens stores it (national digits for the shop's region, else +E.164); None if invalid."""
    import pandas as pd

    value = parse_phone(pd.Series([phone], dtype="object"), region)[0].iloc[0]
    return None if value is None or value != value else str(value)


def normal_email(email: str) -> str | None:
    """An e-mail address as ShopLens stores it (lower case), None when it is not one."""
    text = email.strip().lower()
    return text if re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", text) else None


def _keys_of(conn: sqlite3.Connection, ids: list[int]) -> set[tuple[str, str]]:
    keys: set[tuple[str, str]] = set()
    for cid in ids:
        keys |= {(k, v) for k, v in conn.execute("SELECT kind, value FROM customer_keys WHERE customer_id = ?", (cid,))}
        row = conn.execute("SELECT member_no, phone, email FROM customers WHERE id = ?", (cid,)).fetchone()
        if row:
            for kind, value in zip(("member_no", "phone", "email"), row, strict=True):
                if value:
                    keys.add((kind, str(value)))
    return keys


def find_person(conn: sqlite3.Connection, *, customer_id: int | None = None, phone: str | None = None,
                email: str | None = None, region: str = "CN") -> Person:
    """The customer named by exactly one of id, phone or e-mail; InputError when nobody matches."""
    given = [x for x in (customer_id, phone, email) if x is not None]
    if len(given) != 1:
        raise InputError("Name the customer to forget by exactly one of: customer ID, phone number, e-mail address.")
    if customer_id is not None:
        row = conn.execute("SELECT id, name FROM customers WHERE id = ?", (int(customer_id),)).fetchone()
        if row is None:
            raise InputError("There is no customer with ID {customer_id} in this workspace, so nothing was removed.",
                             customer_id=customer_id)
        ids, by, extra = [int(row[0])], "customer", set()
    else:
        kind = "phone" if phone is not None else "email"
        text = str(phone if phone is not None else email)
        value = normal_phone(text, region) if kind == "phone" else normal_email(text)
        if value is None:
            raise InputError('"{text}" is not a phone number ShopLens can read, so nothing was removed.' if kind == "phone"
                             else '"{text}" is not an e-mail address ShopLens can read, so nothing was removed.',
                             text=text)
        ids = sorted({int(r[0]) for r in conn.execute(
            f"SELECT customer_id FROM customer_keys WHERE kind = ? AND value = ? UNION"
            f" SELECT id FROM customers WHERE {kind} = ?", (kind, value, value))})
        # no customer (cleaning may have removed them): their imported rows and backups are still searched
        by, extra = kind, {(kind, value)}
    person = Person([], extra, None, by)
    add_customers(conn, person, ids)
    return person


def add_customers(conn: sqlite3.Connection, person: Person, ids: list[int]) -> None:
    """Count customers `ids` as the person's: their keys, names and fingerprints join the person's."""
    ids = sorted(set(ids) - set(person.customer_ids))
    if not ids:
        return
    names = [r[0] for r in conn.execute(
        f"SELECT name FROM customers WHERE id IN ({','.join('?' * len(ids))}) AND name IS NOT NULL", ids)]
    person.customer_ids = sorted(set(person.customer_ids) | set(ids))
    person.keys = {(k, v) for k, v in person.keys | _keys_of(conn, ids) if k in KEY_FIELDS}
    person.names |= {n for n in names if n}
    person.name = person.name or (names[0] if names else None)
    person.rows.update({cid: tuple(conn.execute(f"SELECT {FINGERPRINT} FROM customers WHERE id = ?",
                                                (cid,)).fetchone() or ()) for cid in ids})


def nobody_found(person: Person) -> InputError:
    """The error when the person named by phone or e-mail is nowhere: no customer, no imported row, no backup."""
    value = min(v for k, v in person.keys if k == person.by)
    return InputError("No customer, imported row or backup copy in this workspace has the phone number {value}, so"
                      " nothing was removed." if person.by == "phone" else
                      "No customer, imported row or backup copy in this workspace has the e-mail {value}, so nothing"
                      " was removed.", value=value)


def ids_in(conn: sqlite3.Connection, person: Person) -> list[int]:
    """The customers of `person` in another copy of the workspace (a backup): any same key, or the same id and row."""
    ids: set[int] = set()
    for cid, fingerprint in person.rows.items():
        row = conn.execute(f"SELECT {FINGERPRINT} FROM customers WHERE id = ?", (cid,)).fetchone()
        if row is not None and tuple(row) == fingerprint:
            ids.add(cid)
    return sorted(ids | set(ids_by_keys(conn, person)))


def ids_by_keys(conn: sqlite3.Connection, person: Person) -> list[int]:
    """The customers that hold one of the person's keys."""
    ids: set[int] = set()
    for kind, value in person.keys:
        ids |= {int(r[0]) for r in conn.execute(
            "SELECT customer_id FROM customer_keys WHERE kind = ? AND value = ?", (kind, value))}
        if kind in ("member_no", "phone", "email"):
            ids |= {int(r[0]) for r in conn.execute(f"SELECT id FROM customers WHERE {kind} = ?", (value,))}
    return sorted(ids)
