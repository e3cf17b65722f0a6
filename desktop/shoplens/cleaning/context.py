"""What a cleaning step sees of one import (its raw text, mapping, settings) and what it records (changes, flags)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from ..ingest.table import Table


@dataclass
class StepStats:
    """What one step did in one rebuild or dry run."""

    index: int
    op: str
    label: str
    changed: dict[str, int] = field(default_factory=dict)  # field -> cells changed
    dropped: int = 0
    flagged: int = 0
    merged: int = 0  # customers merged into another
    details: dict[str, Any] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # names the step refers to that no import has

    def add_changed(self, name: str, count: int) -> None:
        if count:
            self.changed[name] = self.changed.get(name, 0) + int(count)

    def add_detail(self, name: str, count: int) -> None:
        self.details[name] = self.details.get(name, 0) + int(count)

    def to_dict(self) -> dict[str, Any]:
        return {"step": self.index, "op": self.op, "label": self.label, "changed": dict(self.changed),
                "rows_changed": sum(self.changed.values()), "dropped": self.dropped, "flagged": self.flagged,
                "merged": self.merged, "details": dict(self.details), "missing": list(self.missing)}


@dataclass
class Flag:
    """Rows of one import a step marked for review ('test', 'outlier', 'invalid_phone', 'missing:amount' ...)."""

    step: int
    flag: str
    index: pd.Index  # frame index labels
    entity: str  # 'order' or 'customer'
    detail: str = ""


class FrameContext:
    """One import during a rebuild or dry run: raw text per source column, mapping, settings, records."""

    def __init__(self, conn: sqlite3.Connection | None, import_id: int, table: Table, mapping: dict[str, str],
                 kind: str, *, region: str = "CN", time_zone: str | None = None, dayfirst: bool = False) -> None:
        self.conn = conn
        self.import_id = import_id
        self.table = table
        self.mapping = mapping
        self.kind = kind
        self.region = region
        self.time_zone = time_zone
        self.dayfirst = dayfirst
        self.flags: list[Flag] = []
        self.run_state: dict = {}  # the applying step's state for this run (e.g. refunds to net)
        self._raw: dict[str, pd.Series] = {}
        self._column_of = {f: c for c, f in mapping.items() if f}

    def column_of(self, field_key: str) -> str | None:
        """The source column mapped to a field in this import (None when not mapped)."""
        return self._column_of.get(field_key)

    def raw_column(self, column: str) -> pd.Series | None:
        """A source column's text exactly as read ('' for empty), indexed like the parsed frame."""
        if column not in self.table.columns:
            return None
        if column not in self._raw:
            i = self.table.columns.index(column)
            self._raw[column] = pd.Series(self.table.column_array(i).to_pylist(), dtype="object")
        return self._raw[column]

    def raw(self, field_key: str, index: pd.Index) -> pd.Series | None:
        """The raw text of the column mapped to `field_key`, for the rows in `index`."""
        column = self.column_of(field_key)
        if column is None:
            return None
        return self.raw_column(column).reindex(index)

    def flag(self, step: int, name: str, mask: pd.Series, entity: str | None = None, detail: str = "") -> int:
        """Mark the rows where `mask` is true; returns how many."""
        index = mask.index[mask.to_numpy(dtype=bool)]
        if len(index):
            self.flags.append(Flag(step, name, index, entity or ("order" if self.kind == "orders" else "customer"),
                                   detail))
        return len(index)
