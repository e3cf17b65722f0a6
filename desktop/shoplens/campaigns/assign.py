"""Random assignment to treatment and holdout that anyone can reproduce from the seed.

Each customer id gets a key, the BLAKE2b hash of "seed:id"; the `holdout` customers with the smallest keys form
the holdout arm. The result depends only on the seed and the set of ids: not on their order, the Python version or
a library's random-number stream, so a campaign's split can be checked years later.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

TREATMENT = "treatment"
HOLDOUT = "holdout"
ARMS = (TREATMENT, HOLDOUT)


def assignment_key(seed: int, customer_id: int) -> bytes:
    """The hash that orders customers for the draw."""
    return hashlib.blake2b(f"{int(seed)}:{int(customer_id)}".encode(), digest_size=16).digest()


def assign(ids: Iterable[int], holdout: int, seed: int) -> dict[int, str]:
    """customer id → 'treatment' or 'holdout', with exactly `holdout` customers held out."""
    unique = sorted({int(i) for i in ids})
    if not 0 <= holdout <= len(unique):
        raise ValueError("holdout must be between 0 and the number of customers")
    ranked = sorted(unique, key=lambda cid: assignment_key(seed, cid))
    held = set(ranked[:holdout])
    return {cid: HOLDOUT if cid in held else TREATMENT for cid in unique}
