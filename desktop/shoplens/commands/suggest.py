"""`shoplens suggest WS [--customer ID] [--top N] [--json]`: what customers buy together and next, and each
customer's suggested next products."""

from __future__ import annotations

import argparse

from . import print_json

NAME = "suggest"
HELP = ("Find which products customers buy together and buy next (association rules with support, confidence and"
        " lift) and suggest each customer's next products, leaving out what they bought recently.")
TEXT_CUSTOMERS = 20  # customers the text output lists (--json lists every one)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS", help="the workspace file (*.shoplens)")
    parser.add_argument("--customer", metavar="ID", default=None,
                        help="only this customer: member no., customer ID, phone or e-mail as in the files, or the ID"
                             " the data browser shows")
    parser.add_argument("--top", type=int, default=3, metavar="N", help="suggestions per customer (default 3)")
    parser.add_argument("--rules", type=int, default=20, metavar="N",
                        help="how many of the strongest rules to list (default 20)")
    parser.add_argument("--lang", choices=("en", "zh"), default="en", help="language of the text output")
    parser.add_argument("--json", action="store_true",
                        help='print {"rules": [{"if", "then", "kind", "support", "confidence", "lift"}],'
                             ' "customers": [{"customer", "suggestions"}]}')


def run(args: argparse.Namespace) -> int:
    import datetime as dt

    from ..errors import InputError
    from ..features.metrics import default_as_of
    from ..suggest.people import customer_identifiers, find_customer
    from ..suggest.run import compute_suggestions
    from ..suggest.store import rules_of
    from ..workspace import Workspace

    if not 1 <= args.top <= 50:
        raise InputError("--top must be between 1 and 50.")
    if args.rules < 0:
        raise InputError("--rules cannot be negative.")
    with Workspace.open(args.workspace, readonly=True) as ws:
        only = find_customer(ws.conn, args.customer) if args.customer else None
        saved = ws.meta("features_as_of")
        as_of = dt.date.fromisoformat(saved) if saved else default_as_of(ws)
        result = compute_suggestions(ws.conn, as_of, top=args.top)
        if result is None:
            raise InputError("The orders name no products and no categories, so there is nothing to suggest.",
                             hint="Map the product (or category) column when importing orders.")
        picks = result.suggestions()
        ids = [only] if only is not None else sorted(picks)
        names = customer_identifiers(ws.conn, ids)
    rules = rules_of(result, args.rules)
    data = {"as_of": as_of.isoformat(), "level": result.level,
            "rules": [r.as_dict() for r in rules],
            "customers": [{"customer": names[i], "suggestions": picks.get(i, [])} for i in ids]}
    if args.json:
        print_json(data)
    else:
        print(format_suggestions(data, rules, result.baskets, args.lang))
    return 0


def format_suggestions(data: dict, rules: list, baskets: int, lang: str = "en") -> str:
    """The rules in plain words, then each customer's suggestions."""
    from ..suggest.words import rule_sentence

    zh = lang == "zh"
    if zh:
        level = "商品" if data["level"] == "product" else "品类"
        lines = [f"依据 {data['as_of']} 之前的 {baskets:,} 笔订单（按{level}）："]
    else:
        lines = [f"From {baskets:,} orders before {data['as_of']} (by {data['level']}):"]
    if not rules:
        lines.append("  还没有足够多的订单找出规律。" if zh else "  Too few orders to find a pattern yet.")
    for rule in rules:
        lines.append("  " + rule_sentence(rule, lang))
    customers = data["customers"]
    if customers:
        lines.append("建议商品：" if zh else "Suggested next:")
    for entry in customers[:TEXT_CUSTOMERS]:
        items = ("、" if zh else ", ").join(entry["suggestions"]) or ("（无）" if zh else "(none)")
        lines.append(f"  {entry['customer']}: {items}")
    if len(customers) > TEXT_CUSTOMERS:
        more = len(customers) - TEXT_CUSTOMERS
        lines.append(f"  …另有 {more:,} 位客户（--json 列出全部）" if zh else
                     f"  … and {more:,} more customers (--json lists them all)")
    return "\n".join(lines)
