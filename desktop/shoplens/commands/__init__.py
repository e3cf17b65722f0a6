"""CLI subcommands: each module defines NAME, HELP, add_arguments(parser) and run(args) -> int."""

from __future__ import annotations

import json

EXIT_BAD_INPUT = 2  # the exit code of a command refused for bad input (an InputError)


def print_json(data: object) -> None:
    """Print JSON the same way from every command (UTF-8, not ASCII-escaped)."""
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
