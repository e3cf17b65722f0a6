"""`shoplens forget WS (--customer ID | --phone NUMBER | --email ADDRESS)`: erase one customer everywhere."""

from __future__ import annotations

import argparse

from . import print_json

NAME = "forget"
HELP = ("Forget a customer: remove them from every table, the imported rows and every backup copy, so their phone"
        " number and e-mail are left nowhere in the files. The audit log records that an erasure happened.")

TABLE_WORDS = {"customers": "customer record", "customer_keys": "identity key", "orders": "order",
               "order_items": "order line", "consent": "consent answer", "consent_log": "consent change",
               "features": "metrics row", "customer_tags": "tag membership", "segment_members": "segment membership",
               "segment_history": "segment history row", "campaign_members": "campaign membership",
               "predictions": "prediction", "cleaning_flags": "cleaning flag", "merge_decisions": "merge decision",
               "cleaning_steps": "merge step"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS", help="the workspace file (*.shoplens)")
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--customer", type=int, metavar="ID", help="the customer's ID (as the data browser shows it)")
    who.add_argument("--phone", metavar="NUMBER", help="the customer's phone number")
    who.add_argument("--email", metavar="ADDRESS", help="the customer's e-mail address")
    parser.add_argument("--json", action="store_true", help="print what was removed as JSON")


def describe(result) -> list[str]:
    """The lines printed for an erasure: counts per kind of data, raw rows, backups."""
    if result.customers:
        lines = [f"Forgot {result.customers:,} customer{'s' if result.customers != 1 else ''}."]
    else:  # cleaning (or an earlier erasure) had removed the customer: their rows and copies held them still
        lines = ["Forgot the person: no customer of theirs was left, but their data was found and erased."]
    for table, count in sorted(result.tables.items(), key=lambda kv: (-kv[1], kv[0])):
        word = TABLE_WORDS.get(table, f"row of {table}")
        lines.append(f"  removed {count:,} {word}{'s' if count != 1 and word[-1] != 's' else ''}")
    lines.append(f"  removed {result.raw_rows:,} imported row{'s' if result.raw_rows != 1 else ''}")
    if result.cells_blanked:
        lines.append(f"  blanked their phone or e-mail (and their name beside it) in {result.cells_blanked:,} other"
                     f" cell{'s' if result.cells_blanked != 1 else ''}")
    lines.append(f"  rewrote {result.backups_rewritten:,} backup cop{'ies' if result.backups_rewritten != 1 else 'y'}")
    if result.backups_failed:
        lines.append("  could NOT rewrite these backups (delete them by hand): " + ", ".join(result.backups_failed))
    if result.leftovers_removed:
        lines.append(f"  deleted {result.leftovers_removed:,} half-written export"
                     f"{'s' if result.leftovers_removed != 1 else ''} left by stopped copies of ShopLens")
    if not result.log_truncated:
        lines.append("  another program has the workspace open: its write-ahead log (the -wal file) still holds old"
                     " pages until that program closes the workspace")
    return lines


def run(args: argparse.Namespace) -> int:
    from ..privacy.erase import forget_customer
    from ..workspace import Workspace

    with Workspace.open(args.workspace) as ws:
        result = forget_customer(ws, customer_id=args.customer, phone=args.phone, email=args.email)
    if args.json:
        print_json(result.to_dict())
    else:
        print("\n".join(describe(result)))
    return 0 if not result.backups_failed else 1
