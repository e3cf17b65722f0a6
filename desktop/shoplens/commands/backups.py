"""`shoplens backups WS [--restore NAME]`: list a workspace's backup copies, or put one back."""

from __future__ import annotations

import argparse

from . import print_json

NAME = "backups"
HELP = "List a workspace's backup copies (date, size, customers, orders), or restore one with --restore NAME."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS", help="the workspace file (*.shoplens)")
    parser.add_argument("--restore", metavar="NAME",
                        help="put this backup copy back ('newest' for the newest healthy one); the current file is"
                             " backed up first")
    parser.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    from ..workspace.backups import describe_backup, find_backup, list_backups, restore_backup

    if args.restore:
        source = find_backup(args.workspace, args.restore)
        info = describe_backup(source)  # before: keeping only the newest copies may delete the oldest once restored
        safety = restore_backup(args.workspace, source.name)
        if args.json:
            print_json({"restored": info.as_dict(), "previous_file_saved_as": safety.name if safety else None})
            return 0
        print(f"Restored {source.name}: {info.customers:,} customers, {info.orders:,} orders.")
        if safety is not None:
            print(f"The file as it was is kept as backup {safety.name}.")
        else:
            print("The damaged file was kept beside the backups with the ending .damaged.")
        return 0
    items = list_backups(args.workspace)
    if args.json:
        print_json([b.as_dict() for b in items])
        return 0
    if not items:
        print("No backup copies yet.")
        return 0
    print(f"{'NAME':<56} {'CREATED':<19} {'SIZE':>10} {'CUSTOMERS':>10} {'ORDERS':>10}")
    for b in items:
        counts = (f"{b.customers:>10,} {b.orders:>10,}" if b.ok else f"{'damaged':>10} {'':>10}")
        print(f"{b.name:<56} {b.created:%Y-%m-%d %H:%M:%S} {_size(b.size):>10} {counts}")
    return 0


def _size(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:,.0f} {unit}" if unit == "B" else f"{size:,.1f} {unit}"
        size /= 1024
    return str(size)
