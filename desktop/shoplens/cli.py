"""The `shoplens` command: headless subcommands over the core, or the desktop app when none is given."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from .commands import EXIT_BAD_INPUT
from .errors import InputError


def _command_modules() -> list:
    from . import commands

    modules = []
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        if hasattr(module, "NAME") and hasattr(module, "run"):
            modules.append(module)
    return modules


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand found in shoplens/commands/ and the desktop app's options."""
    from . import __version__
    from .app import add_app_arguments

    parser = argparse.ArgumentParser(
        prog="shoplens",
        usage="shoplens [WORKSPACE.shoplens] [--lang {en,zh_CN}] [--log-file FILE] [...]   (the desktop app)\n"
        "       shoplens COMMAND ...   (without the window; shoplens COMMAND --help describes its options)",
        description="ShopLens (店铺客户画像): customer profiles and segments from a shop's spreadsheets."
        " Without a command, the desktop app opens (on WORKSPACE.shoplens when given).",
        epilog="Exit codes: 0 success, 2 bad input (the message names the file, sheet, row and column), anything"
        " else is a bug: please send the log file.",
    )
    parser.add_argument("--version", action="version", version=f"ShopLens {__version__}")
    add_app_arguments(parser.add_argument_group("the desktop app's options (when no COMMAND is given)"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", prog="shoplens")  # not the custom usage
    for module in _command_modules():
        # argparse %-formats a help text (not a description): "95% confidence" broke `shoplens --help`
        command = sub.add_parser(module.NAME, help=module.HELP.replace("%", "%%"), description=module.HELP)
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
    stdout = sys.stdout
    sys.stdout = safe = _PipeSafe(stdout)
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if not getattr(args, "_run", None):
            parser.print_help()
            return 0
        from .scratch import sweep_at_start

        sweep_at_start()  # what killed exports left (customer data) goes at the next start
        return int(args._run(args) or 0)
    except InputError as exc:
        print(f"shoplens: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("shoplens: stopped; nothing was changed by the interrupted step.", file=sys.stderr)
        return 130
    except OSError as exc:  # the computer refused: no permission, a full disk, a read-only drive
        where = f'file "{exc.filename}": ' if exc.filename else ""
        print(f"shoplens: {where}the computer refused to read or write it ({exc.strerror or exc}).", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        safe.flush()
        sys.stdout = stdout


class _PipeSafe:
    """stdout for a command: when the reader goes away (`shoplens info WS | head -1`), the rest of the output is
    thrown away instead of ending the command with BrokenPipeError (the command itself still runs to its end)."""

    def __init__(self, stream) -> None:
        self._stream = stream
        self.broken = False

    def _gone(self) -> None:
        import os

        self.broken = True
        try:  # later writes, and the interpreter's last flush, go nowhere
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._stream.fileno())
            os.close(devnull)
        except (OSError, ValueError):
            pass

    def write(self, text: str) -> int:
        if self.broken:
            return len(text)
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            self._gone()
            return len(text)

    def flush(self) -> None:
        if self.broken:
            return
        try:
            self._stream.flush()
        except BrokenPipeError:
            self._gone()

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


if __name__ == "__main__":
    raise SystemExit(main())
