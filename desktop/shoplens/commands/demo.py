"""`shoplens demo WS`: build the demo shop's workspace through the real importer."""

from __future__ import annotations

import argparse
import sys

from . import print_json

NAME = "demo"
HELP = ("Build a demo workspace: two years of a small tea shop (山茶小铺) from generated till, Taobao, Shopify,"
        " member and WeChat spreadsheets, imported like real files.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS", help="the new workspace file (*.shoplens); must not exist")
    parser.add_argument("--json", action="store_true", help="print the workspace summary as JSON")
    parser.add_argument("--customers", type=int, default=None, metavar="N",
                        help="how many buying customers to simulate (default 3000)")
    parser.add_argument("--seed", type=int, default=None, help="random seed; the same seed gives the same shop")
    parser.add_argument("--save-files", metavar="DIR",
                        help="also save the generated spreadsheets in DIR, to try the import yourself")


def run(args: argparse.Namespace) -> int:
    from ..demo.build import build_demo_workspace
    from ..demo.generator import DEFAULT_CUSTOMERS, DEFAULT_SEED
    from ..errors import InputError
    from ..features.headline import shop_summary
    from ..workspace import Workspace
    from .info import format_summary

    customers = DEFAULT_CUSTOMERS if args.customers is None else args.customers
    if not 10 <= customers <= 200_000:
        raise InputError("--customers must be between 10 and 200000.")
    show = not args.json and sys.stderr.isatty()

    def progress(done: int, total: int, message: str) -> None:
        if show:
            print(f"\r{done * 100 // max(total, 1):3d}% {message[:60]:<60}", end="", file=sys.stderr)

    path = build_demo_workspace(args.workspace, progress=progress, customers=customers,
                                seed=DEFAULT_SEED if args.seed is None else args.seed, keep_files=args.save_files)
    if show:
        print(file=sys.stderr)
    with Workspace.open(path, readonly=True) as ws:
        summary = shop_summary(ws)
    if args.json:
        print_json(summary)
    else:
        print(format_summary(summary))
    return 0
