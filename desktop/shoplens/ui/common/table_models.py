"""Table models over the workspace's SQLite file that fetch rows in batches as the view scrolls."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from ..data.table_specs import (
    DATE,
    DATETIME,
    ID,
    INT,
    MONEY,
    NUMERIC_KINDS,
    STATUS,
    ColumnFilter,
    Query,
    TableSpec,
    count_matching,
    select_sql,
)
from .concurrent import TaskRunner
from .formatting import format_count, format_date, format_datetime, format_money, status_name

log = logging.getLogger("shoplens.ui.common.table_models")

BATCH = 500
RAW_ROLE = Qt.ItemDataRole.UserRole + 1  # the value as stored (cents, ISO text)
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's id (customer id, order id)


class LazySqlTableModel(QAbstractTableModel):
    """A TableSpec's rows, BATCH at a time with LIMIT/OFFSET; sorting, search and filters re-query the database."""

    total_changed = Signal(int)  # rows matching the query (-1 while counting)
    query_failed = Signal(str)

    def __init__(self, conn: sqlite3.Connection, spec: TableSpec, *, db_path: str = "", currency: str = "¥",
                 batch: int = BATCH, parent=None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.spec = spec
        self.db_path = db_path
        self.currency = currency
        self.batch = batch
        self.query = Query()
        self.total: int = -1
        self._rows: list[tuple] = []
        self._exhausted = False
        self.counter = TaskRunner(self)
        self._fetch()

    # -- Qt model interface ----------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spec.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        value = row[index.column() + 1]
        col = self.spec.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(value, col.kind)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.kind in NUMERIC_KINDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RAW_ROLE:
            return value
        if role == ID_ROLE:
            return row[0]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.spec.columns):
            return None
        col = self.spec.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            title = self.column_title(col.key)
            flt = self.query.filters.get(col.key)
            return f"{title} ▾" if flt is not None and flt.active else title
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("DataBrowser", "Click to sort; right-click to filter this column")
        return None

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        rows = self._query_page(len(self._rows))
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.spec.columns):
            return
        self.query.sort_key = self.spec.columns[column].key
        self.query.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh(count=False)

    # -- what the browser calls ------------------------------------------------------------------------------
    def column_title(self, key: str) -> str:
        """The translated title of a column."""
        return QCoreApplication.translate("DataBrowser", self.spec.column(key).title)

    def set_search(self, text: str) -> None:
        """Show only rows whose searched columns contain `text`."""
        if text.strip() != self.query.search.strip():
            self.query.search = text
            self.refresh()

    def set_filter(self, key: str, flt: ColumnFilter | None) -> None:
        """Filter one column (None or an empty filter removes it)."""
        self.spec.column(key)
        if flt is None or not flt.active:
            self.query.filters.pop(key, None)
        else:
            self.query.filters[key] = flt
        self.refresh()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.spec.columns) - 1)

    def set_ids(self, ids: list[int] | tuple[int, ...] | None, label: str = "") -> None:
        """Show only these rows (None: no such restriction); `label` says what they are, in the filter bar."""
        self.query.ids = None if ids is None else tuple(int(i) for i in ids)
        self.query.ids_label = label if ids is not None else ""
        self.refresh()

    def clear_filters(self) -> None:
        """Remove every column filter, the search and a given list of rows."""
        self.query.filters.clear()
        self.query.search = ""
        self.query.ids, self.query.ids_label = None, ""
        self.refresh()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.spec.columns) - 1)

    def refresh(self, count: bool = True) -> None:
        """Re-read from the first row (after a change of query or of the data); recount in a worker."""
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._fetch()
        self.endResetModel()
        if count:
            self.recount()

    def recount(self) -> None:
        """Count the matching rows in a worker (a million rows must not freeze the window)."""
        if self._exhausted:  # everything is already loaded: the count is known
            self.counter.shutdown()  # a count of an earlier query still running must not overwrite it
            self._set_total(len(self._rows))
            return
        if not self.db_path:
            return
        self._set_total(-1)
        query = replace(self.query, filters=dict(self.query.filters))  # the worker's own copy
        self.counter.start(count_matching, self.db_path, self.spec, query, on_done=self._set_total)

    def row_id(self, row: int) -> int | None:
        """The id (customer id, order id) of a loaded row."""
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def raw_value(self, row: int, key: str) -> object:
        """The stored value of a column in a loaded row."""
        keys = [c.key for c in self.spec.columns]
        return self._rows[row][keys.index(key) + 1]

    def display(self, value: object, kind: str) -> str:
        """A stored value as shown in a cell."""
        if value is None:
            return ""
        if kind == MONEY:
            return format_money(value, self.currency)  # type: ignore[arg-type]
        if kind == INT:
            return format_count(value) if isinstance(value, int) else str(value)
        if kind == ID:
            return str(value)  # an identifier: 1323, never "1,323"
        if kind == DATE:
            return format_date(str(value))
        if kind == DATETIME:
            return format_datetime(str(value))
        if kind == STATUS:
            return status_name(str(value))
        return str(value)

    def close(self) -> None:
        """Stop a running count (the view is going away)."""
        self.counter.shutdown()

    # -- internals -------------------------------------------------------------------------------------------
    def _fetch(self) -> None:
        self._rows.extend(self._query_page(len(self._rows)))

    def _query_page(self, offset: int) -> list[tuple]:
        sql, params = select_sql(self.spec, self.query, self.batch, offset)
        try:
            rows = self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            log.warning("data browser query failed: %s", exc)
            self._exhausted = True
            self.query_failed.emit(str(exc))
            return []
        if len(rows) < self.batch:
            self._exhausted = True
        return rows

    def _set_total(self, total: int) -> None:
        self.total = int(total)
        self.total_changed.emit(self.total)
