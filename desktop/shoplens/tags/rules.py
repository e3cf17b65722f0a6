"""The rule language of tags: a JSON tree of conditions joined by AND / OR / NOT, validated and described.

A rule is one of
    {"field": "recency_days", "op": "<=", "value": 30}      a condition
    {"all": [rule, ...]}                                     AND (an empty list matches everyone)
    {"any": [rule, ...]}                                     OR (an empty list matches no one)
    {"not": rule}                                            NOT
Operators: = != < <= > >= between in contains empty top_pct bottom_pct within_days next_days same_month
(≠ ≤ ≥ also accepted).
Meaning, so every screen and the tests agree:
- A condition on an empty field is false, except "is empty"; "≠" is exactly NOT "=", so it matches empty fields.
- Text compares without regard to case or surrounding spaces; "contains" looks for the text anywhere.
- between includes both ends; dates are written YYYY-MM-DD and compared by day.
- top_pct N: the customer's value is at least the value of the customer ranked ceil(n·N/100) from the top, n being
  the customers with a value (for purchase metrics: who bought); ties at the cut are all included. bottom_pct mirrors it.
- within_days N: the date is 0 to N days before the as-of date; same_month: the month of the as-of date, any year.
- next_days N: the date's next anniversary (same month and day, any year; 29 February falls on the 28th in other
  years) is 0 to N days after the as-of date: birthdays coming up.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from ..errors import InputError, Message
from .fields import ALIASES, DATE, FIELDS, NUMBER, OPERATORS, TEXT, field_label

MAX_DEPTH = 20
MAX_NODES = 2000


def validate_rule(rule: Any, where: str = "") -> dict:
    """Check a rule tree and return it in normal form (canonical operator keys, typed values); InputError if bad."""
    counter = [0]
    return _node(rule, where, 0, counter)


def _fail(where: str, problem: Message, hint: Message | None = None) -> InputError:
    return InputError("{where}: {problem}" if where else "{problem}", hint=hint, where=where, problem=problem)


def _node(node: Any, where: str, depth: int, counter: list[int]) -> dict:
    counter[0] += 1
    if depth > MAX_DEPTH or counter[0] > MAX_NODES:
        raise _fail(where, Message("the rule is nested too deeply or is too long."))
    if not isinstance(node, dict):
        raise _fail(where, Message('a rule part must be an object like {{"field": ..., "op": ..., "value": ...}}, not'
                                   ' {short}.', short=_short(node)))
    keys = set(node)
    for join, alias in (("all", "and"), ("any", "or")):
        if keys & {join, alias}:
            if len(keys) != 1:
                raise _fail(where, Message('an "{join}" part cannot also hold {names}.',
                                           join=join, names=_names(keys - {join, alias})))
            children = node.get(join, node.get(alias))
            if not isinstance(children, list):
                raise _fail(where, Message('"{join}" needs a list of rule parts, not {short}.',
                                           join=join, short=_short(children)))
            return {join: [_node(c, where, depth + 1, counter) for c in children]}
    if "not" in keys:
        if len(keys) != 1:
            raise _fail(where, Message('a "not" part cannot also hold {names}.', names=_names(keys - {"not"})))
        return {"not": _node(node["not"], where, depth + 1, counter)}
    if "field" not in keys:
        raise _fail(where, Message('a rule part needs "field" and "op" (or "all", "any", "not"); found {value}.',
                                   value=_names(keys) or 'nothing'))
    extra = keys - {"field", "op", "value"}
    if extra:
        raise _fail(where, Message("a condition cannot hold {names}.", names=_names(extra)))
    return _condition(node, where)


def _condition(node: dict, where: str) -> dict:
    field = node.get("field")
    spec = FIELDS.get(field) if isinstance(field, str) else None
    if spec is None:
        raise _fail(where, Message('unknown field "{field}".', field=field),
                    hint=Message("Known fields: {fields}.", fields=", ".join(FIELDS)))
    raw_op = node.get("op")
    op_key = ALIASES.get(raw_op, raw_op) if isinstance(raw_op, str) else None
    op = OPERATORS.get(op_key) if op_key else None
    if op is None:
        raise _fail(where, Message('unknown operator "{raw_op}" (on field "{field}").', raw_op=raw_op, field=field),
                    hint=Message("Known operators: {operators}.", operators=", ".join(OPERATORS)))
    if spec.kind not in op.kinds:
        raise _fail(where, Message('the operator "{key}" does not apply to "{field}", which is a {kind} field.',
                                   key=op.key, field=field, kind=spec.kind))
    out: dict[str, Any] = {"field": field, "op": op.key}
    value = node.get("value")
    label = f'the value for "{field}" {op.symbol}'
    if op.value == "one":
        out["value"] = _scalar(value, spec.kind, label, where)
    elif op.value == "two":
        if not isinstance(value, (list, tuple)) or len(value) != 2:
            raise _fail(where, Message("{label} must be a list of two values [from, to], not {short}.",
                                       label=label, short=_short(value)))
        low, high = (_scalar(v, spec.kind, label, where) for v in value)
        if low > high:
            raise _fail(where, Message("{label}: the first value ({low}) is larger than the second ({high}).",
                                       label=label, low=low, high=high))
        out["value"] = [low, high]
    elif op.value == "list":
        if not isinstance(value, (list, tuple)) or not value:
            raise _fail(where, Message("{label} must be a non-empty list, not {short}.",
                                       label=label, short=_short(value)))
        out["value"] = [_scalar(v, spec.kind, label, where) for v in value]
    elif op.value == "percent":
        number = _number(value, label, where)
        if not 0 < number <= 100:
            raise _fail(where, Message("{label} must be a percentage above 0 and at most 100, not {short}.",
                                       label=label, short=_short(value)))
        out["value"] = number
    elif op.value == "days":
        number = _number(value, label, where)
        if number < 0 or number != int(number):
            raise _fail(where, Message("{label} must be a whole number of days (0 or more), not {short}.",
                                       label=label, short=_short(value)))
        out["value"] = int(number)
    return out


def _scalar(value: Any, kind: str, label: str, where: str) -> Any:
    if kind == NUMBER:
        return _number(value, label, where)
    if kind == DATE:
        if isinstance(value, (dt.date, dt.datetime)):
            return value.isoformat()[:10]
        text = str(value).strip() if isinstance(value, str) else ""
        try:
            return dt.date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            raise _fail(where, Message("{label} must be a date written YYYY-MM-DD, not {short}.",
                                       label=label, short=_short(value))) from None
    if value is None or isinstance(value, (bool, dict, list)):
        raise _fail(where, Message("{label} must be a text, not {short}.", label=label, short=_short(value)))
    text = str(value).strip()
    if kind == TEXT and not text:
        raise _fail(where, Message('{label} is empty; to find customers without a value, use "is empty".', label=label))
    return text


def _number(value: Any, label: str, where: str) -> float | int:
    if isinstance(value, bool) or value is None:
        raise _fail(where, Message("{label} must be a number, not {short}.", label=label, short=_short(value)))
    if isinstance(value, str):
        try:
            value = float(value.strip().replace(",", ""))
        except ValueError:
            raise _fail(where, Message("{label} must be a number, not {short}.",
                                       label=label, short=_short(value))) from None
    if not isinstance(value, (int, float)) or not math.isfinite(value):
        raise _fail(where, Message("{label} must be a number, not {short}.", label=label, short=_short(value)))
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else float(value)


def _short(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else f'"{value}"'
    return text if len(text) <= 40 else text[:37] + "..."


def _names(keys: set) -> str:
    return ", ".join(f'"{k}"' for k in sorted(map(str, keys)))


def fields_used(rule: dict) -> set[str]:
    """The fields a (normalised) rule tests."""
    if "field" in rule:
        return {rule["field"]}
    children = rule.get("all", rule.get("any"))
    if children is not None:
        return set().union(*(fields_used(c) for c in children)) if children else set()
    return fields_used(rule["not"])


def describe(rule: dict, lang: str = "en") -> str:
    """The rule as one line a person reads, e.g. 'Days since last order ≤ 30 AND Number of orders ≥ 2'."""
    zh = lang.startswith("zh")
    if "field" in rule:
        op = OPERATORS[rule["op"]]
        name = field_label(rule["field"], lang)
        value = rule.get("value")
        words = op.label_zh if zh else op.label_en
        if op.value == "none":
            return f"{name} {words}"
        if op.value == "two":
            return f"{name} {words} {value[0]} – {value[1]}"
        if op.value == "list":
            return f"{name} {words} " + ("、" if zh else ", ").join(map(str, value))
        if op.value == "percent":
            return f"{name} " + (f"位于全店前{value}%" if op.key == "top_pct" and zh else
                                 f"位于全店后{value}%" if zh else
                                 f"in the shop's {'top' if op.key == 'top_pct' else 'bottom'} {value}%")
        if op.key == "next_days":
            return f"{name} " + (f"在未来{value}天内（按月日）" if zh else f"within the next {value} days (month and day)")
        if op.value == "days":
            return f"{name} " + (f"在最近{value}天内" if zh else f"within the last {value} days")
        if op.key == "contains":
            return f'{name} {words} "{value}"'
        return f"{name} {op.symbol} {value}"
    if "not" in rule:
        inner = rule["not"]
        if inner.get("op") == "empty":  # "Member level is not empty", not "NOT Member level is empty"
            return field_label(inner["field"], lang) + (" 不为空" if zh else " is not empty")
        return ("非 " if zh else "NOT ") + _wrap(describe(inner, lang), inner)
    join, children = ("all", rule["all"]) if "all" in rule else ("any", rule["any"])
    if not children:
        return ("所有客户" if zh else "every customer") if join == "all" else ("无客户" if zh else "no customer")
    glue = (" 且 " if zh else " AND ") if join == "all" else (" 或 " if zh else " OR ")
    return glue.join(_wrap(describe(c, lang), c) for c in children)


def _wrap(text: str, rule: dict) -> str:
    multi = ("all" in rule and len(rule["all"]) > 1) or ("any" in rule and len(rule["any"]) > 1)
    return f"({text})" if multi else text
