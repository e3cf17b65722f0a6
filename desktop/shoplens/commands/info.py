"""`shoplens info WS`: what a workspace holds."""

from __future__ import annotations

import argparse

from . import print_json

NAME = "info"
HELP = "Show a workspace's customers, orders, revenue, date range and imports."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS", help="the workspace file (*.shoplens)")
    parser.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    from ..features.headline import shop_summary
    from ..workspace import Workspace

    with Workspace.open(args.workspace, readonly=True) as ws:
        summary = shop_summary(ws)
    if args.json:
        print_json(summary)
        return 0
    print(format_summary(summary))
    return 0


def format_summary(summary: dict) -> str:
    """A few lines a person reads: counts, revenue, date range, imports."""
    lines = [
        f"Workspace: {summary['workspace']}" + (f"  ({summary['shop_name']})" if summary.get("shop_name") else ""),
        f"Customers: {summary['customers']:,}",
        f"Buyers:    {summary['buyers']:,} (at least one paid order)",
        f"Active:    {summary['active_90']:,} (bought in the 90 days before {summary['as_of']})",
        f"Orders:    {summary['orders']:,} paid",
        f"Revenue:   {summary['currency']}{summary['revenue']:,.2f} (refunds deducted)",
        f"Orders from {summary['first_order'] or '-'} to {summary['last_order'] or '-'}; as of {summary['as_of']}",
    ]
    history = summary["history"]
    if history["customers"]:
        lines.append(f"Member-list history (counted apart): {history['customers']:,} customers,"
                     f" {history['orders']:,} orders, {summary['currency']}{history['spend']:,.2f};"
                     f" {history['only_history']:,} of them have no imported order")
    lines.append(f"Imports:   {len(summary['imports'])}")
    for imp in summary["imports"]:
        sheet = f" / {imp['sheet']}" if imp["sheet"] else ""
        lines.append(f"  #{imp['id']} {imp['file']}{sheet}: {imp['rows_read']:,} rows, {imp['orders_added']:,} new"
                     f" orders, {imp['customers_added']:,} new customers")
    return "\n".join(lines)
