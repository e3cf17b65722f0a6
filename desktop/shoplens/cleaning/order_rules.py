"""Order rules: refunds and cancellations, test or internal orders, and outlier amounts flagged for review."""

from __future__ import annotations

import re
from itertools import chain
from typing import Any, ClassVar

import numpy as np
import pandas as pd

from ..errors import InputError, Message
from ..ingest.orders import BY_NUMBER
from .matching import contains
from .operations import Operation, blank, choice, field_list, register

STATUSES = ("refunded", "cancelled", "pending")


def _amount(frame: pd.DataFrame) -> pd.Series:
    """The row's amount in cents (the paid amount, or line price × quantity), NA where unknown."""
    if "amount" in frame:
        return frame["amount"].astype("Float64")
    if "item_price" in frame:
        qty = frame["quantity"].fillna(1) if "quantity" in frame else 1
        return frame["item_price"].astype("Float64") * qty
    return pd.Series(pd.NA, index=frame.index, dtype="Float64")


class Refunds(Operation):
    name = "refunds"
    label = "Refunds and cancellations: leave out, or net a refund against its order"
    defaults: ClassVar[dict[str, Any]] = {"mode": "exclude", "statuses": ["refunded", "cancelled"], "column": None}
    drops_rows = True

    def check(self, params):
        params = super().check(params)
        choice(params, "mode", ("exclude", "net"))
        statuses = params["statuses"]
        if not isinstance(statuses, list) or any(s not in STATUSES for s in statuses):
            raise InputError('"statuses" must be a list of: {statuses}.', statuses=", ".join(STATUSES))
        if params["column"] is not None and not isinstance(params["column"], str):
            raise InputError('"column" must be the name of the column holding the original order no.')
        return params

    def describe(self, params):
        statuses = ", ".join(params["statuses"])
        if params["mode"] == "exclude":
            return Message("Leave out {statuses} orders and negative amounts", statuses=statuses)
        return Message('Net refunds against their original order (original order no. in "{column}"); leave out other'
                       " {statuses}" if params["column"] else
                       "Net refunds against their original order; leave out other {statuses}",
                       column=params["column"], statuses=statuses)

    def apply(self, frame, ctx, params, stats):
        if ctx.kind != "orders" or frame.empty:
            return frame
        status = frame["status"] if "status" in frame else pd.Series("paid", index=frame.index)
        amount = _amount(frame)
        negative = (amount < 0).fillna(False).astype(bool)
        if params["mode"] == "exclude":
            drop = status.isin(params["statuses"]) | negative
            stats.dropped += int(drop.sum())
            return frame[~drop]
        drop = status.isin([s for s in params["statuses"] if s != "refunded"])
        refund = (status == "refunded") | negative
        original = self._original(frame, ctx, params, negative)
        candidates = refund & original.notna() & ~drop
        if candidates.any():
            known = self._known(frame, ctx, original, refund)
            net = candidates & original.isin(known)
            if net.any():
                cents = amount[net].abs().round().astype("Int64")
                pending = ctx.run_state.setdefault("refunds", [])
                pending += [(o, None if pd.isna(c) else int(c)) for o, c in zip(original[net], cents, strict=True)]
                stats.add_detail("netted", int(net.sum()))
                drop = drop | net
        stats.dropped += int(drop.sum())
        return frame[~drop]

    @staticmethod
    def _original(frame, ctx, params, negative) -> pd.Series:
        if params["column"]:
            raw = ctx.raw_column(params["column"])
            if raw is None:
                return pd.Series(None, index=frame.index, dtype="object")
            text = raw.reindex(frame.index).astype("str").str.strip()
            return text.where(~blank(raw.reindex(frame.index)), None)
        if "order_no" not in frame:
            return pd.Series(None, index=frame.index, dtype="object")
        return frame["order_no"].where(negative, None)

    @staticmethod
    def _known(frame, ctx, original, refund) -> set:
        known = set(frame.loc[~refund, "order_no"].dropna()) if "order_no" in frame else set()
        wanted = set(original.dropna()) - known
        if wanted and ctx.conn is not None:
            ctx.conn.execute("CREATE TEMP TABLE IF NOT EXISTS _refund_nos (no TEXT PRIMARY KEY) WITHOUT ROWID")
            ctx.conn.execute("DELETE FROM _refund_nos")
            ctx.conn.executemany("INSERT OR IGNORE INTO _refund_nos VALUES (?)", ((n,) for n in wanted))
            known |= {r[0] for r in ctx.conn.execute(f"SELECT o.order_no FROM _refund_nos r JOIN orders o"
                                                     f" ON o.dedup_key = {BY_NUMBER.format('r.no')}")}
            ctx.conn.execute("DELETE FROM _refund_nos")
        return known

    def finish(self, conn, params, stats, run) -> None:
        """Subtract the netted refunds from their orders; an order refunded in full becomes 'refunded'."""
        pending = run.state.get(stats.index, {}).get("refunds", [])
        if not pending:
            return
        full = [(no,) for no, cents in pending if cents is None]
        part = pd.DataFrame([(no, c) for no, c in pending if c is not None], columns=["no", "cents"])
        if len(part):
            part = part.groupby("no", sort=False)["cents"].sum()
            conn.executemany(
                "UPDATE orders SET amount_cents = max(amount_cents - ?, 0),"
                f" status = CASE WHEN amount_cents - ? <= 0 THEN 'refunded' ELSE status END"
                f" WHERE dedup_key = {BY_NUMBER.format('?')}",
                [(int(c), int(c), no) for no, c in part.items()])
        if full:
            conn.executemany("UPDATE orders SET amount_cents = 0, status = 'refunded'"
                             f" WHERE dedup_key = {BY_NUMBER.format('?')}", full)


register(Refunds())


TEST_FIELDS = ("order_no", "name", "product", "customer_ref", "store", "coupon_code", "sku", "member_no", "email")


class TestOrders(Operation):
    name = "test_orders"
    label = "Test or internal orders: leave out or flag"
    defaults: ClassVar[dict[str, Any]] = {"words": ["测试", "test"], "fields": None, "zero_amount": False,
                                          "phones": [], "action": "exclude"}
    drops_rows = True
    __test__ = False  # not a pytest class

    def check(self, params):
        params = super().check(params)
        choice(params, "action", ("exclude", "flag"))
        field_list(params, "fields", TEST_FIELDS)
        for key in ("words", "phones"):
            value = params[key]
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                raise InputError('"{key}" must be a list of non-empty texts.', key=key)
        params["zero_amount"] = bool(params["zero_amount"])
        return params

    def describe(self, params):
        rules = []
        if params["words"]:
            rules.append("contains " + " / ".join(f'"{w}"' for w in params["words"]))
        if params["zero_amount"]:
            rules.append("amount is 0")
        if params["phones"]:
            rules.append(f"one of {len(params['phones'])} staff phones")
        return Message("Leave out test orders ({rules})" if params["action"] == "exclude" else
                       "Flag test orders ({rules})", rules="; ".join(rules) or "no rule")

    def matches(self, frame: pd.DataFrame, params: dict[str, Any], region: str = "CN") -> pd.Series:
        """True for rows the rule calls test or internal."""
        hit = pd.Series(False, index=frame.index)
        if params["words"]:
            parts = [rf"(?<![A-Za-z]){re.escape(w)}(?![A-Za-z])" if w.isascii() else re.escape(w)
                     for w in params["words"]]
            pattern = "(?i)" + "|".join(parts)
            ascii_parts = [f"(^|[^A-Za-z]){_re2_literal(w)}([^A-Za-z]|$)" for w in params["words"] if w.isascii()]
            ascii_pattern = "(?i)" + "|".join(ascii_parts) if ascii_parts else "[^\\x00-\\x{10FFFF}]"  # none
            for name in [f for f in (params["fields"] or TEST_FIELDS) if f in frame]:
                hit |= contains(frame[name], pattern, ascii_pattern)
        if params["zero_amount"]:
            hit |= (_amount(frame) == 0).fillna(False).astype(bool)
        if params["phones"] and "phone" in frame:
            from ..ingest.normalize import parse_phone

            listed, _, _ = parse_phone(pd.Series(params["phones"], dtype="object"), region)
            hit |= frame["phone"].isin(set(listed.dropna()) | set(params["phones"]))
        return hit

    def apply(self, frame, ctx, params, stats):
        hit = self.matches(frame, params, ctx.region)
        if not hit.any():
            return frame
        if params["action"] == "exclude":
            stats.dropped += int(hit.sum())
            return frame[~hit]
        stats.flagged += ctx.flag(stats.index, "test", hit, None, "looks like a test or internal order")
        return frame


register(TestOrders())


def _re2_literal(word: str) -> str:
    """An ASCII word as an RE2 literal (letters, digits and spaces as they are, anything else escaped)."""
    return "".join(c if c.isalnum() or c in " _" else (f"\\{c}" if c.isprintable() else f"\\x{{{ord(c):02x}}}")
                   for c in word)


class Outliers(Operation):
    name = "outliers"
    label = "Unusually large orders: flag for review (not removed)"
    stage = "after"
    defaults: ClassVar[dict[str, Any]] = {"k": 3.0, "min_orders": 20}

    def check(self, params):
        params = super().check(params)
        try:
            params["k"] = float(params["k"])
            params["min_orders"] = int(params["min_orders"])
        except (TypeError, ValueError):
            raise InputError('"k" and "min_orders" must be numbers.') from None
        if not 0 < params["k"] <= 100:
            raise InputError('"k" must be above 0 (3 is usual: higher flags fewer orders).')
        return params

    def describe(self, params):
        return Message("Flag orders far above the shop's usual amounts (Q3 + {k:g} × IQR of log amounts)", k=params["k"])

    def find(self, conn, params) -> tuple[pd.DataFrame, float | None]:
        """Orders above the limit and the limit in cents (None when there are too few orders to judge)."""
        paid = "FROM orders WHERE amount_cents > 0 AND status = 'paid'"
        amounts = np.fromiter(chain.from_iterable(conn.execute(f"SELECT amount_cents {paid}")), dtype="float64")
        none = pd.DataFrame({"id": pd.Series(dtype="int64"), "amount_cents": pd.Series(dtype="int64")})
        if len(amounts) < max(params["min_orders"], 4):
            return none, None
        q1, q3 = np.percentile(np.log(amounts), [25, 75])
        limit = float(np.exp(q3 + params["k"] * max(q3 - q1, 1e-9)))
        above = conn.execute(f"SELECT id, amount_cents {paid} AND amount_cents > ? ORDER BY id", (limit,)).fetchall()
        return (pd.DataFrame(above, columns=["id", "amount_cents"]) if above else none), limit

    def finish(self, conn, params, stats, run) -> None:
        found, limit = self.find(conn, params)
        if limit is None or found.empty:
            return
        detail = f"amount above {limit / 100:,.2f}"
        conn.executemany("INSERT OR IGNORE INTO cleaning_flags(entity, entity_id, flag, step, detail)"
                         " VALUES ('order', ?, 'outlier', ?, ?)",
                         [(int(i), stats.index, detail) for i in found["id"]])
        stats.flagged += len(found)
        stats.details["limit_cents"] = round(limit)


register(Outliers())
