"""CLI subcommands: each module defines NAME, HELP, add_arguments(parser) and run(args) -> int."""

from __future__ import annotations

import json

EXIT_BAD_INPUT = 2  # the exit code of a command refused for bad input (an InputError)


def print_json(data: object) -> None:
    """Print JSON the same way from every command (UTF-8, not ASCII-escaped)."""
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def text_width(text: str) -> int:
    """Columns the text takes in a terminal (Chinese characters take two)."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, width: int) -> str:
    """The text filled with spaces to `width` terminal columns."""
    return text + " " * max(0, width - text_width(text))
