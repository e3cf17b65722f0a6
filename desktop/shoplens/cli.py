"""The `shoplens` command: headless subcommands over the core, or the desktop app when none is given."""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
from collections.abc import Sequence

from .errors import InputError

EXIT_BAD_INPUT = 2


def _command_modules() -> list:
    from . import commands

    modules = []
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        if hasattr(module, "NAME") and hasattr(module, "run"):
            modules.append(module)
    return modules


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand found in shoplens/commands/."""
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="shoplens",
        description="ShopLens (店铺客户画像): customer profiles and segments from a shop's spreadsheets."
        " Without a command, the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=f"ShopLens {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _command_modules():
        command = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.add_arguments(command)
        command.set_defaults(_run=module.run)
    return parser


def _wants_gui(argv: Sequence[str]) -> bool:
    if not argv:
        return True
    first = argv[0]
    return first.lower().endswith(".shoplens") or (first.startswith("--") and first not in ("--help", "--version"))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `shoplens` console script."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if _wants_gui(argv) and not (argv and argv[0] in ("-h",)):
        from .app import main as app_main

        return app_main(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_run", None):
        parser.print_help()
        return 0
    try:
        return int(args._run(args) or 0)
    except InputError as exc:
        print(f"shoplens: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("shoplens: stopped; nothing was changed by the interrupted step.", file=sys.stderr)
        return 130


def print_json(data: object) -> None:
    """Print JSON the same way from every command (UTF-8, not ASCII-escaped)."""
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


if __name__ == "__main__":
    raise SystemExit(main())
