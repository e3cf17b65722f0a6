"""A rule in plain words, in English or Chinese (the CLI's text; the app words them through Qt the same way)."""

from __future__ import annotations

from .rules import NEXT
from .store import Rule


def rule_sentence(rule: Rule, lang: str = "en") -> str:
    """'Customers who buy 绿茶 often buy 茶具 next' and how strong that is, in one line ("are more likely to buy"
    where fewer than Rule.often's share do)."""
    zh = lang.startswith("zh")
    if rule.kind == NEXT:
        if rule.often:
            text = "购买「{a}」的顾客，下次常买「{b}」" if zh else "Customers who buy {a} often buy {b} next"
        else:
            text = "购买「{a}」的顾客，下次更可能买「{b}」" if zh else "Customers who buy {a} are more likely to buy {b} next"
        detail = ("（买过「{a}」的回头客，{c:.0%} 下次购买时买了它，是平常的 {l:.1f} 倍）" if zh else
                  " (after buying {a}, {c:.0%} of returning customers buy it on their next visit: {l:.1f} times the"
                  " usual share)")
    else:
        if rule.often:
            text = "购买「{a}」的顾客，常在同一单买「{b}」" if zh else "Customers who buy {a} often buy {b} in the same order"
        else:
            text = ("购买「{a}」的顾客，更可能在同一单买「{b}」" if zh else
                    "Customers who buy {a} are more likely to buy {b} in the same order")
        detail = ("（含「{a}」的订单有 {c:.0%} 也含它，是一般订单的 {l:.1f} 倍）" if zh else
                  " ({c:.0%} of the orders with {a} have it: {l:.1f} times as often as orders in general)")
    values = {"a": rule.antecedent, "b": rule.consequent, "c": rule.confidence, "l": rule.lift}
    return text.format(**values) + detail.format(**values)
