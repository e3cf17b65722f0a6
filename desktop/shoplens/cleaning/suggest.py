"""Suggested cleaning steps from what the data shows, each with the step(s) it would add."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from ..workspace import Workspace
from .catalog import operation
from .operations import TEXT_FIELDS, blank, parse_amount_text
from .order_rules import TestOrders
from .recipe import Recipe, Step, load_recipe
from .runner import ImportFrame, load_frames

_DMY = r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})"


@dataclass
class Suggestion:
    """A finding in words, how many rows it concerns, and the steps that deal with it."""

    code: str
    message: str
    count: int
    steps: list[Step] = field(default_factory=list)
    auto: bool = True  # applied by `shoplens clean --auto`
    args: tuple = ()  # the figures and names in `message`, in order (the UI words the message in its language)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "count": self.count, "auto": self.auto,
                "steps": [s.to_dict() for s in self.steps]}


def _raw(item: ImportFrame, field_key: str) -> pd.Series | None:
    column = next((c for c, f in item.mapping.items() if f == field_key), None)
    if column is None:
        return None
    i = item.table.columns.index(column)
    return pd.Series(item.table.column_array(i).to_pylist(), dtype="object")


def suggest(ws: Workspace, *, frames: list[ImportFrame] | None = None, recipe: Recipe | None = None,
            fuzzy: bool = True) -> list[Suggestion]:
    """Findings on the imports as read (before cleaning); steps whose operation the recipe already has are skipped."""
    from .duplicates import find_candidates
    from .preview import shared_key_pairs

    recipe = load_recipe(ws.conn) if recipe is None else recipe
    have = {s.op for s in recipe.steps}
    frames = frames if frames is not None else load_frames(ws)
    count: dict[str, int] = {}

    def add(key: str, n: int) -> None:
        count[key] = count.get(key, 0) + int(n)

    dmy_fields: dict[str, list[int]] = {}
    for item in frames:
        frame = item.parsed.frame
        phone = _raw(item, "phone")
        if phone is not None:
            has = ~blank(phone)
            text = phone.astype("str").str.strip()
            add("phone_reformatted", (has & frame["phone"].notna() & (text != frame["phone"])).sum())
            add("phone_invalid", (has & frame["phone"].isna()).sum())
        for name in TEXT_FIELDS:
            raw = _raw(item, name)
            if raw is not None:
                text = raw.astype("str")
                add("text", text.str.contains(r"[\uff01-\uff5e\u3000\u00a0]|\s\s|^\s|\s$", regex=True).sum())
        email = _raw(item, "email")
        if email is not None:
            has = ~blank(email)
            add("email_invalid", (has & frame["email"].isna()).sum())
            add("email_case", (has & (email.astype("str").str.strip() != email.astype("str").str.strip().str.lower())
                               ).sum())
        gender = _raw(item, "gender")
        if gender is not None:
            add("gender_unread", (~blank(gender) & frame["gender"].isna()).sum())
            add("gender_forms", gender[~blank(gender)].astype("str").str.strip().str.lower().nunique())
        for name in ("order_time", "paid_time", "birthday", "join_date", "last_purchase"):
            raw = _raw(item, name)
            if raw is not None:
                parts = raw.astype("str").str.extract(_DMY).dropna().astype(int)
                if len(parts):
                    counts = dmy_fields.setdefault(name, [0, 0, 0])
                    counts[0] += int((parts[0] > 12).sum())  # must be day first
                    counts[1] += int((parts[1] > 12).sum())  # must be month first
                    counts[2] += len(parts)
        for name in ("amount", "item_price", "discount", "total_spend"):
            raw = _raw(item, name)
            if raw is not None:
                bad = ~blank(raw) & frame[name].isna()
                if bad.any():
                    cents, _ = parse_amount_text(raw[bad])
                    add("amount_fixable", cents.notna().sum())
        if item.parsed.kind == "orders":
            status = frame["status"] if "status" in frame else pd.Series("paid", index=frame.index)
            amount = frame["amount"] if "amount" in frame else pd.Series(pd.NA, index=frame.index, dtype="Int64")
            add("refunds", (status.isin(["refunded", "cancelled"]) | (amount < 0).fillna(False)).sum())
            if "amount" in frame:
                add("no_amount", frame["amount"].isna().sum())
        test = operation("test_orders")
        assert isinstance(test, TestOrders)
        add("tests", test.matches(frame, test.check({}), ws.meta("phone_region", "CN") or "CN").sum())
        add("duplicates", frame.duplicated(subset=[c for c in frame.columns if c != "row"]).sum())

    out: list[Suggestion] = []

    def offer(code: str, n: int, message: str, steps: list[Step], auto: bool = True, args: tuple = ()) -> None:
        if n > 0 and not all(s.op in have and s.op != "merge_customers" for s in steps):
            out.append(Suggestion(code, message, int(n), steps, auto, args or (int(n),)))

    offer("text", count.get("text", 0), f"{count.get('text', 0):,} text cells have extra spaces or full-width"
          " (全角) characters. Tidy them?", [Step("normalize_text")])
    n, bad = count.get("phone_reformatted", 0), count.get("phone_invalid", 0)
    offer("phones", n + bad, f"{n:,} phone numbers have spaces, dashes or +86, or were stored as numbers; {bad:,} cannot"
          " be read. Standardise them and flag the unreadable ones?", [Step("phones", {"invalid": "drop"})], args=(n, bad))
    n = count.get("email_invalid", 0) + count.get("email_case", 0)
    offer("emails", n, f"{count.get('email_case', 0):,} e-mail addresses have capital letters and"
          f" {count.get('email_invalid', 0):,} are not valid. Lower-case them, repair what can be repaired and flag"
          " the rest?", [Step("emails")], args=(count.get("email_case", 0), count.get("email_invalid", 0)))
    n = count.get("gender_unread", 0)
    offer("genders", n, f"Gender is written {count.get('gender_forms', 0)} ways; {n:,} values were not understood."
          " Read more ways of writing it (男性, Mr, Ms, ...)?", [Step("genders")],
          args=(count.get("gender_forms", 0), n))
    for name, (day, month, total) in dmy_fields.items():
        if day and not month:
            offer(f"dates:{name}", total, f"{total:,} dates in {name} are written like 05.03.2024 and {day:,} of them"
                  " only make sense day first. Read them day first?",
                  [Step("dates", {"fields": [name], "dayfirst": True})], args=(total, name, day))
    offer("amounts", count.get("amount_fixable", 0), f"{count.get('amount_fixable', 0):,} amounts use 万, a trailing"
          " minus or another way of writing ShopLens could not read at import. Read them?", [Step("amounts")])
    offer("refunds", count.get("refunds", 0), f"{count.get('refunds', 0):,} order rows are refunds or cancellations."
          " Leave them out of the orders?", [Step("refunds", {"mode": "exclude"})])
    offer("tests", count.get("tests", 0), f"{count.get('tests', 0):,} rows look like tests (they contain 测试 or"
          ' "test"). Leave them out?', [Step("test_orders", {"action": "exclude"})])
    offer("no_amount", count.get("no_amount", 0), f"{count.get('no_amount', 0):,} order rows have no amount. Flag them"
          " for review?", [Step("missing", {"field": "amount", "action": "flag"})])
    offer("duplicates", count.get("duplicates", 0), f"{count.get('duplicates', 0):,} rows repeat an earlier row of the"
          " same file exactly. Keep only the first?", [Step("duplicate_rows")])
    found, limit = operation("outliers").find(ws.conn, operation("outliers").check({}))
    if limit is not None:
        offer("outliers", len(found), f"{len(found):,} orders are far above the shop's usual amounts (over"
              f" {limit / 100:,.2f}). Flag them for review (they are not removed)?", [Step("outliers")],
              args=(len(found), f"{limit / 100:,.2f}"))
    pairs = shared_key_pairs(ws.conn, [(item.table, item.parsed.frame) for item in frames])
    offer("shared_keys", len(pairs), f"{len(pairs):,} pairs of customers share a phone, e-mail or member no. through"
          " another file's rows. Merge them into one customer each?", [Step("merge_shared_keys")])
    if fuzzy:
        candidates = find_candidates(ws.conn, recipe=recipe)
        if candidates:
            out.append(Suggestion("similar_customers", f"{len(candidates):,} pairs of customers look like the same"
                                  " person (similar name, phone ends the same). Review them one by one.",
                                  len(candidates), [c.step() for c in candidates], auto=False,
                                  args=(len(candidates),)))
    return out


def auto_recipe(ws: Workspace, *, recipe: Recipe | None = None, frames: list[ImportFrame] | None = None) -> Recipe:
    """The workspace's recipe plus the steps of every automatic suggestion (fuzzy merges are not automatic)."""
    recipe = load_recipe(ws.conn) if recipe is None else recipe
    result = Recipe(list(recipe.steps))
    for suggestion in suggest(ws, frames=frames, recipe=recipe, fuzzy=False):
        if suggestion.auto:
            for step in suggestion.steps:
                result.add(step)
    return result
