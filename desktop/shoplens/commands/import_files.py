"""`shoplens import WS FILE...`: import spreadsheets into a workspace."""

from __future__ import annotations

import argparse
import sys

from ..errors import InputError
from . import print_json

NAME = "import"
HELP = "Import Excel or CSV files (orders or customer lists) into a workspace."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS", help="the workspace file (*.shoplens); created if missing")
    parser.add_argument("files", metavar="FILE", nargs="+", help="spreadsheet files (.xlsx .xls .csv ...)")
    parser.add_argument("--sheet", help="the sheet to import (default: the first visible sheet)")
    header = parser.add_mutually_exclusive_group()
    header.add_argument("--header-row", type=int, help="the row number of the header (default: detected)")
    header.add_argument("--no-header", action="store_true",
                        help="the file has no header row: its first row is data and its columns are named"
                             " Column 1, Column 2, ... (use their numbers with --map)")
    parser.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                        help="map a column (its name, or its number: 1 for the first) to a field, overriding the"
                             " guess (repeatable); FIELD= with no column leaves the field unmapped")
    parser.add_argument("--channel", help="the sales channel name for orders without a channel column")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")


def parse_map(items: list[str]) -> dict[str, str]:
    """Turn ['phone=手机', 'order_no=单号'] into the importer's {column: field} overrides."""
    from ..ingest.fields import FIELD_BY_KEY

    overrides: dict[str, str] = {}
    for item in items:
        if "=" not in item:
            raise InputError('"--map {item}" is not in the form FIELD=COLUMN, for example --map phone=手机号.', item=item)
        key, column = item.split("=", 1)
        key = key.strip()
        if key not in FIELD_BY_KEY:
            raise InputError('"{key}" is not a ShopLens field. Fields: {fields}.', key=key,
                             fields=", ".join(FIELD_BY_KEY))
        if column:
            overrides[column] = key
    return overrides


def remove_workspace_files(path) -> None:
    """Delete a workspace file with its WAL and shared-memory files."""
    for extra in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        extra.unlink(missing_ok=True)


def _update_analyses(ws, *, quiet: bool) -> None:
    """Once all files are in: predictions and suggestions (and the first import's predictions), one transaction."""
    from ..pipeline import update_analyses_if_due

    tty = not quiet and sys.stderr.isatty()

    def progress(done: int, total: int, message: str) -> None:
        if tty:
            print(f"\r{done * 100 // max(total, 1)}% {message:<40}", end="", file=sys.stderr)

    if update_analyses_if_due(ws, progress=progress) and tty:
        print(file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..features.headline import counted_orders_of, shop_summary
    from ..pipeline import import_file
    from ..workspace import Workspace

    overrides = parse_map(args.map)
    path = Path(args.workspace)
    created = not path.exists()
    ws = Workspace.create(path) if created else Workspace.open(path)
    results: list = []
    ok = False
    try:
        for file in args.files:

            def progress(done: int, total: int, message: str, name=Path(file).name) -> None:
                if not args.json and sys.stderr.isatty():
                    print(f"\r{name}: {done * 100 // max(total, 1)}% {message:<30}", end="", file=sys.stderr)

            try:
                header_row = 0 if args.no_header else args.header_row
                result = import_file(ws, file, sheet=args.sheet, header_row=header_row, mapping=overrides or None,
                                     channel=args.channel, analyses=False, progress=progress)
            except InputError as exc:
                if results and not created:  # the files before it stay imported: analyse them
                    _update_analyses(ws, quiet=True)
                raise exc.located(file=Path(file).name) from None
            if result.kind == "orders":
                result.orders_counted = counted_orders_of(ws, result.import_id)
            results.append(result)
            if not args.json:
                if sys.stderr.isatty():
                    print(file=sys.stderr)
                print(f"{result.file}: {result.rows_read:,} rows read, {result.rows_skipped} skipped,"
                      f" {result.orders_added:,} new orders ({result.orders_already_known:,} already known),"
                      f" {result.customers_added:,} new customers, {result.customers_matched:,} matched")
                if result.orders_counted is not None and result.orders_counted != result.orders_added:
                    print(f"  - {result.orders_counted:,} of the new orders count as paid orders in the figures; the"
                          f" other {result.orders_added - result.orders_counted:,} are refunds, cancellations or"
                          " orders without a date")
                if result.platform:
                    print(f"  - columns read as a {result.platform} export (built-in template)")
                if result.cleaning_steps:
                    print(f"  - the saved cleaning recipe ({result.cleaning_steps} steps) was applied again")
                for problem in result.problems:
                    print(f"  - {problem.message}")
        _update_analyses(ws, quiet=args.json)
        summary = shop_summary(ws)
        ok = True
    finally:
        ws.close()
        if created and not ok:  # a workspace made only for a failed import is removed again
            remove_workspace_files(path)
    if args.json:
        print_json({"imports": [r.to_dict() for r in results], "workspace": summary})
    return 0
