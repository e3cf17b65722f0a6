"""`shoplens check WS`: the full integrity check; exit 2 with a clear message when the file is damaged."""

from __future__ import annotations

import argparse
import sys

from . import EXIT_BAD_INPUT

NAME = "check"
HELP = "Check a workspace file's integrity (exit 0 when healthy, 2 when damaged, naming the newest good backup)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS", help="the workspace file (*.shoplens)")
    parser.add_argument("--quick", action="store_true", help="the quick check only (faster on big files)")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..workspace import check_file
    from ..workspace.backups import integrity_problems, newest_good_backup
    from ..workspace.lock import STALE_AFTER, host_name, is_stale, read_lock

    problems = integrity_problems(args.workspace, full=not args.quick)
    if problems:
        if problems[0].startswith("The file"):  # missing, or not a workspace at all: nothing to restore
            print(f"shoplens: {args.workspace}: {problems[0]}", file=sys.stderr)
            return EXIT_BAD_INPUT
        print(f"shoplens: {args.workspace}: the workspace file is damaged.", file=sys.stderr)
        for problem in problems[:10]:
            print(f"  {problem}", file=sys.stderr)
        good = newest_good_backup(args.workspace)
        if good is not None:
            print(f"The newest healthy backup is {good.name} ({good.created:%Y-%m-%d %H:%M}, {good.customers:,}"
                  f" customers, {good.orders:,} orders). Restore it with:\n"
                  f"  shoplens backups {args.workspace} --restore {good.name}", file=sys.stderr)
        else:
            print("There is no healthy backup copy of it.", file=sys.stderr)
        return EXIT_BAD_INPUT
    version = check_file(Path(args.workspace))  # too new or incomplete: WorkspaceError
    holder = read_lock(Path(args.workspace))
    print(f"{args.workspace}: OK (format {version}).")
    if holder is not None and is_stale(Path(args.workspace), holder):
        gone = ("is no longer running" if holder.host == host_name() else
                f"has not shown it is alive for over {STALE_AFTER // 60} minutes")
        print(f"Not open now: the lock left by {holder.user} on {holder.host} (since {holder.opened_at[:16]}) is"
              f" stale, as that copy of ShopLens {gone}; the next copy that opens the workspace takes it over.")
    elif holder is not None:
        print(f"Open now: {holder.user} on {holder.host} since {holder.opened_at[:16]}.")
    return 0
