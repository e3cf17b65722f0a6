"""Every cleaning operation by name: the row steps (operations), the order rules and the merges.

Each module registers its operations when it is imported; this module imports them all, so a lookup here sees
every one.
"""

from __future__ import annotations

from ..errors import InputError
from . import merge, order_rules  # noqa: F401 - importing them registers their operations
from .operations import REGISTRY, Operation


def operation(name: str) -> Operation:
    """The operation called `name`; InputError when there is none."""
    try:
        return REGISTRY[name]
    except KeyError:
        raise InputError('"{name}" is not a cleaning step ShopLens knows. Known steps: {steps}.', name=name,
                         steps=", ".join(sorted(REGISTRY))) from None


def operations() -> dict[str, Operation]:
    """Every registered operation by name."""
    return dict(REGISTRY)
