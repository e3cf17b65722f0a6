"""Checks on a file before ShopLens reads it: only an ordinary file is read (a named pipe would wait forever for a
writer, a link to /dev/zero or /dev/urandom never ends)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import InputError


def check_regular_file(path: str | os.PathLike[str], name: str | None = None) -> None:
    """InputError unless `path` (links followed) is an ordinary file; found out from its metadata, without opening it."""
    path = Path(path)
    name = name or path.name
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise InputError("The file was not found: it may have been moved, renamed or deleted.", file=name) from None
    except PermissionError:
        raise InputError("ShopLens is not allowed to read this file.", file=name,
                         hint="Ask whoever manages this computer for access, or copy the file to another folder.") \
            from None
    except OSError as exc:
        raise InputError("The file could not be read ({reason}).", file=name, reason=exc.strerror or exc) from None
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise InputError("This is a folder, not a file.", file=name)
    hint = "Choose the file itself (save or copy it as an ordinary file first)."
    if stat.S_ISFIFO(mode):
        raise InputError("This is a named pipe, not an ordinary file, so ShopLens does not read it.", file=name,
                         hint=hint)
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise InputError("This is a device, not an ordinary file, so ShopLens does not read it.", file=name,
                         hint=hint)
    raise InputError("This is not an ordinary file (a socket or another special file), so ShopLens does not read it.",
                     file=name, hint=hint)
