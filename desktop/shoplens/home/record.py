"""Which defaults a workspace has had made (meta DEFAULTS_META), so one the owner removed is never made again."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..workspace import Workspace

DEFAULTS_META = "home_defaults"  # JSON list of the defaults made so far (keys of defaults.ALL_DEFAULTS)
DEFAULTS_MODE = "defaults"  # "off": make none after imports


def installed_defaults(ws: Workspace) -> set[str]:
    """The defaults made so far."""
    return set(json.loads(ws.meta(DEFAULTS_META) or "[]"))
