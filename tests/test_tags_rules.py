"""The tag rule language: vectorised evaluation against a plain-Python evaluation of the same rule, and validation."""

from __future__ import annotations

import datetime as dt
import math
from fractions import Fraction

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shoplens.errors import InputError
from shoplens.tags.evaluate import Context, evaluate, first_match
from shoplens.tags.fields import FIELDS
from shoplens.tags.rules import describe, fields_used, validate_rule

AS_OF = dt.date(2024, 7, 1)
NUMBERS = {"recency_days": [1, 5, 30, 90, 400], "frequency": [0, 1, 2, 3], "monetary": [0, 9.9, 50, 120.5],
           "discount_share": [0, 0.25, 0.5, 1], "age": [18, 30, 45]}
TEXTS = {"fav_category": ["Tea", "tea ", "Cups", "gift box", ""], "city": ["上海", "杭州", "Beijing"]}
DATES = {"last_order": ["2024-06-30", "2024-06-01", "2023-07-15", "2022-01-01"],
         "birthday": ["1990-07-04", "1985-12-31", "2000-02-29"]}


# -- random frames -------------------------------------------------------------------------------------------------
def make_frame(seed: int, n: int) -> pd.DataFrame:
    """Customers with values from small pools (so ties and matches happen), missing values, shuffled ids."""
    rng = np.random.default_rng(seed)
    data: dict[str, object] = {}
    for key, pool in NUMBERS.items():
        values = rng.choice(np.array(pool, dtype=float), n)
        if key != "frequency":
            values[rng.random(n) < 0.15] = np.nan
        data[key] = values.astype(int) if key == "frequency" else values
    for key, pool in {**TEXTS, **DATES}.items():
        values = rng.choice(np.array(pool, dtype=object), n)
        values[rng.random(n) < 0.15] = None
        data[key] = values
    ids = rng.permutation(np.arange(1, 3 * n + 1))[:n]
    return pd.DataFrame(data, index=pd.Index(ids, name="customer_id"))


# -- random rules --------------------------------------------------------------------------------------------------
def conditions() -> st.SearchStrategy[dict]:
    number = st.sampled_from(sorted(NUMBERS)).flatmap(lambda f: st.one_of(
        st.builds(lambda op, v: {"field": f, "op": op, "value": v},
                  st.sampled_from(["=", "!=", "<", "<=", ">", ">=", "≤", "≥", "≠"]), st.sampled_from(NUMBERS[f])),
        st.builds(lambda a, b: {"field": f, "op": "between", "value": sorted([a, b])},
                  st.sampled_from(NUMBERS[f]), st.sampled_from(NUMBERS[f])),
        st.builds(lambda vs: {"field": f, "op": "in", "value": vs},
                  st.lists(st.sampled_from(NUMBERS[f]), min_size=1, max_size=3)),
        st.just({"field": f, "op": "empty"}),
        st.builds(lambda op, p: {"field": f, "op": op, "value": p},
                  st.sampled_from(["top_pct", "bottom_pct"]), st.sampled_from([1, 10, 20, 33.3, 50, 99.9, 100])),
    ))
    text = st.sampled_from(sorted(TEXTS)).flatmap(lambda f: st.one_of(
        st.builds(lambda op, v: {"field": f, "op": op, "value": v}, st.sampled_from(["=", "!=", "contains"]),
                  st.sampled_from([v for v in TEXTS[f] if v.strip()] + ["TEA", "e", "海"])),
        st.builds(lambda vs: {"field": f, "op": "in", "value": vs},
                  st.lists(st.sampled_from([v for v in TEXTS[f] if v.strip()]), min_size=1, max_size=2)),
        st.just({"field": f, "op": "empty"}),
    ))
    date = st.sampled_from(sorted(DATES)).flatmap(lambda f: st.one_of(
        st.builds(lambda op, v: {"field": f, "op": op, "value": v},
                  st.sampled_from(["=", "!=", "<", "<=", ">", ">="]), st.sampled_from(DATES[f])),
        st.builds(lambda a, b: {"field": f, "op": "between", "value": sorted([a, b])},
                  st.sampled_from(DATES[f]), st.sampled_from(DATES[f])),
        st.builds(lambda d: {"field": f, "op": "within_days", "value": d}, st.sampled_from([0, 1, 30, 365, 1000])),
        st.just({"field": f, "op": "same_month"}),
        st.just({"field": f, "op": "empty"}),
    ))
    return st.one_of(number, text, date)


rules = st.recursive(conditions(), lambda children: st.one_of(
    st.builds(lambda cs: {"all": cs}, st.lists(children, max_size=3)),
    st.builds(lambda cs: {"any": cs}, st.lists(children, max_size=3)),
    st.builds(lambda c: {"not": c}, children),
), max_leaves=8)


# -- the plain-Python meaning of a rule ------------------------------------------------------------------------------
def _missing(v) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or (isinstance(v, str) and not v.strip())


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text[:10])


def _cut(values: list[float], pct: float, top: bool) -> float | None:
    ordered = sorted(values, reverse=top)
    k = math.ceil(Fraction(len(ordered)) * Fraction(str(pct)) / 100)
    return ordered[k - 1] if k else None


def plain(rule: dict, row: dict, frame: pd.DataFrame) -> bool:
    if "all" in rule:
        return all(plain(r, row, frame) for r in rule["all"])
    if "any" in rule:
        return any(plain(r, row, frame) for r in rule["any"])
    if "not" in rule:
        return not plain(rule["not"], row, frame)
    field, op, value = rule["field"], rule["op"], rule.get("value")
    op = {"≠": "!=", "≤": "<=", "≥": ">="}.get(op, op)
    v = row[field]
    if op == "!=":
        return not plain({"field": field, "op": "=", "value": value}, row, frame)
    if op == "empty":
        return _missing(v)
    if _missing(v):
        return False
    kind = FIELDS[field].kind
    if kind == "text":
        v = v.strip().casefold()
        if op == "=":
            return v == value.strip().casefold()
        if op == "in":
            return v in {x.strip().casefold() for x in value}
        return value.strip().casefold() in v
    if kind == "date":
        v = _date(v)
        if op == "within_days":
            return 0 <= (AS_OF - v).days <= value
        if op == "same_month":
            return v.month == AS_OF.month
        value = [_date(x) for x in value] if isinstance(value, list) else _date(value)
    if op in ("top_pct", "bottom_pct"):
        population = [r[field] for r in frame.to_dict("records") if not _missing(r[field])
                      and (not FIELDS[field].buyers_only or r["frequency"] >= 1)]
        if FIELDS[field].buyers_only and row["frequency"] < 1:
            return False
        cut = _cut(population, value, op == "top_pct")
        return cut is not None and (v >= cut if op == "top_pct" else v <= cut)
    return {"=": lambda: v == value, "<": lambda: v < value, "<=": lambda: v <= value, ">": lambda: v > value,
            ">=": lambda: v >= value, "between": lambda: value[0] <= v <= value[1],
            "in": lambda: v in value}[op]()


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rule=rules, seed=st.integers(0, 10_000), n=st.integers(0, 40))
def test_vectorised_matches_plain_python(rule, seed, n):
    frame = make_frame(seed, n)
    got = evaluate(validate_rule(rule), Context(frame, AS_OF))
    rows = frame.to_dict("records")
    expected = [plain(rule, row, frame) for row in rows]
    assert got.dtype == bool and got.tolist() == expected


@settings(max_examples=60, deadline=None)
@given(rule=rules, seed=st.integers(0, 10_000))
def test_row_order_does_not_matter(rule, seed):
    frame = make_frame(seed, 30)
    normal = validate_rule(rule)
    a = frame.index[evaluate(normal, Context(frame, AS_OF))]
    shuffled = frame.sample(frac=1, random_state=seed)
    b = shuffled.index[evaluate(normal, Context(shuffled, AS_OF))]
    assert sorted(a) == sorted(b)


def test_first_match_takes_the_first_rule_and_reports_none():
    frame = pd.DataFrame({"recency_days": [5, 50, 500, np.nan], "frequency": [1, 2, 3, 0]},
                         index=pd.Index([10, 11, 12, 13], name="customer_id"))
    rules_ = [validate_rule(r) for r in ({"field": "recency_days", "op": "<=", "value": 60},
                                         {"field": "recency_days", "op": "<=", "value": 10},
                                         {"field": "recency_days", "op": ">", "value": 60})]
    assert first_match(rules_, Context(frame, AS_OF)).tolist() == [0, 0, 2, -1]


def test_percentile_ties_at_the_cut_are_included_and_non_buyers_left_out():
    frame = pd.DataFrame({"monetary": [100, 50, 50, 50, 10, 0], "frequency": [3, 2, 2, 1, 1, 0]},
                         index=pd.Index(range(1, 7), name="customer_id"))
    ctx = Context(frame, AS_OF)
    top = evaluate(validate_rule({"field": "monetary", "op": "top_pct", "value": 40}), ctx)
    assert frame.index[top].tolist() == [1, 2, 3, 4]  # 2 of 5 buyers: 100 and the tied 50s
    bottom = evaluate(validate_rule({"field": "monetary", "op": "bottom_pct", "value": 20}), ctx)
    assert frame.index[bottom].tolist() == [5]  # the non-buyer's 0 is not a value


# -- validation ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("rule", "words"), [
    ({"field": "shoe_size", "op": "=", "value": 3}, 'unknown field "shoe_size"'),
    ({"field": "frequency", "op": "~", "value": 3}, 'unknown operator "~"'),
    ({"field": "city", "op": "<", "value": "a"}, 'operator "<" does not apply to "city"'),
    ({"field": "frequency", "op": "=", "value": "many"}, "must be a number"),
    ({"field": "frequency", "op": "between", "value": [5, 1]}, "larger than the second"),
    ({"field": "frequency", "op": "in", "value": []}, "non-empty list"),
    ({"field": "monetary", "op": "top_pct", "value": 0}, "percentage"),
    ({"field": "last_order", "op": "within_days", "value": 1.5}, "whole number of days"),
    ({"field": "last_order", "op": "=", "value": "31/12/2024"}, "YYYY-MM-DD"),
    ({"field": "city", "op": "=", "value": "  "}, "is empty"),
    ({"all": {"field": "city", "op": "empty"}}, "needs a list"),
    ({"all": [], "any": []}, "cannot also hold"),
    ({"field": "city", "op": "empty", "extra": 1}, '"extra"'),
    ({"op": "="}, 'needs "field"'),
    ("recency < 3", "must be an object"),
])
def test_bad_rules_are_named(rule, words):
    with pytest.raises(InputError) as err:
        validate_rule(rule, 'tag "VIP"')
    assert words in str(err.value) and str(err.value).startswith('tag "VIP"')


def test_too_deep_is_refused():
    rule: dict = {"field": "frequency", "op": ">=", "value": 1}
    for _ in range(30):
        rule = {"not": rule}
    with pytest.raises(InputError, match="too deeply"):
        validate_rule(rule)


def test_normal_form_and_description():
    rule = validate_rule({"and": [{"field": "recency_days", "op": "≤", "value": "30"},
                                  {"or": [{"field": "city", "op": "in", "value": ["上海", 2]},
                                          {"not": {"field": "birthday", "op": "same_month", "value": None}}]}]})
    assert rule == {"all": [{"field": "recency_days", "op": "<=", "value": 30},
                            {"any": [{"field": "city", "op": "in", "value": ["上海", "2"]},
                                     {"not": {"field": "birthday", "op": "same_month"}}]}]}
    assert validate_rule(rule) == rule
    assert fields_used(rule) == {"recency_days", "city", "birthday"}
    assert describe(rule) == ("Days since last order ≤ 30 AND (City is one of 上海, 2 OR NOT Birthday in the as-of"
                              " month (any year))")
    assert describe(rule, "zh").startswith("距上次购买天数 ≤ 30 且 (城市 属于以下之一 上海、2 或 非 生日")
    has_level = {"all": [{"not": {"field": "member_level", "op": "empty"}},
                         {"not": {"field": "frequency", "op": ">=", "value": 1}}]}
    assert describe(has_level) == "Member level is not empty AND NOT Number of orders ≥ 1"
    assert describe(has_level, "zh") == "会员等级 不为空 且 非 购买次数 ≥ 1"
