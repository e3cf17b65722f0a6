"""The Data section: customers and orders as lazily fetched tables with search, column filters and sorting."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...workspace import open_reader
from ..common.formatting import format_count
from ..common.i18n import current_language
from ..common.section_page import CustomerList, SectionPage, open_window
from ..common.table_models import LazySqlTableModel
from ..common.worker import Task
from .column_filter_dialog import ColumnFilterDialog, describe_filter
from .table_specs import (
    ColumnFilter,
    TableSpec,
    customers_spec,
    has_features,
    has_tags,
    ids_sql,
    orders_spec,
)

SEARCH_DELAY_MS = 250


class TableTab(QWidget):
    """One table (customers or orders): search box, filter bar, the table view and a row count."""

    row_activated = Signal(int)  # the id of the double-clicked row

    def __init__(self, conn: sqlite3.Connection, spec: TableSpec, db_path: str, currency: str,
                 search_hint: str, parent: QWidget | None = None, *, counts: str = "customers") -> None:
        super().__init__(parent)
        self.counts = counts  # what a row is: "customers" or "orders" (the count says so, not "rows")
        self.model = LazySqlTableModel(conn, spec, db_path=db_path, currency=currency, parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(search_hint)
        self.search.setClearButtonEnabled(True)
        top.addWidget(self.search, 1)
        self.filter_button = QPushButton(self.tr("Filter a column"))
        self.filter_menu = QMenu(self.filter_button)
        self.filter_button.setMenu(self.filter_menu)
        self.filter_menu.aboutToShow.connect(self._fill_filter_menu)
        top.addWidget(self.filter_button)
        self.top_bar = top
        layout.addLayout(top)
        bar = QHBoxLayout()
        self.filter_label = QLabel()
        self.filter_label.setWordWrap(True)
        bar.addWidget(self.filter_label, 1)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.model.clear_filters)
        self.clear_button.clicked.connect(self.search.clear)
        bar.addWidget(self.clear_button)
        layout.addLayout(bar)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # unsorted: by id
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.horizontalHeader().customContextMenuRequested.connect(self._header_menu)
        self.view.doubleClicked.connect(self._activated)
        layout.addWidget(self.view, 1)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self.model.set_search(self.search.text()))
        self.search.textChanged.connect(self._search_timer.start)
        self.model.total_changed.connect(self._show_count)
        self.model.modelReset.connect(self._show_filters)
        self.model.rowsInserted.connect(lambda *_: self._show_count(self.model.total))
        self._show_filters()
        self.model.recount()
        header = self.view.horizontalHeader()
        header.setResizeContentsPrecision(60)  # measure the first rows only
        header.setMaximumSectionSize(280)
        self.view.resizeColumnsToContents()
        header.setMaximumSectionSize(1_048_575)  # the user may widen columns again

    def _header_menu(self, pos) -> None:
        section = self.view.horizontalHeader().logicalIndexAt(pos)
        if section >= 0:
            self.edit_filter(self.model.spec.columns[section].key)

    def _fill_filter_menu(self) -> None:
        self.filter_menu.clear()
        for col in self.model.spec.columns:
            action = self.filter_menu.addAction(self.model.column_title(col.key) + "…")
            action.triggered.connect(lambda _=False, key=col.key: self.edit_filter(key))

    def edit_filter(self, key: str) -> None:
        """Ask for a filter on one column and apply it."""
        col = self.model.spec.column(key)
        dialog = ColumnFilterDialog(self.model.column_title(key), col.kind, self.model.query.filters.get(key),
                                    self.model.currency, self)
        if dialog.exec():
            self.model.set_filter(key, dialog.result_filter())
        dialog.deleteLater()

    def apply_filter(self, key: str, flt: ColumnFilter | None) -> None:
        """Filter a column from code (tests, saved views)."""
        self.model.set_filter(key, flt)

    def show_ids(self, ids: list[int] | tuple[int, ...], label: str) -> None:
        """Show exactly these rows (search and column filters cleared); the filter bar says what they are and
        Clear filters removes the restriction."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._search_timer.stop()
        self.model.query.search = ""
        self.model.query.filters.clear()
        self.model.set_ids(ids, label)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.model.spec.columns) - 1)

    def _show_filters(self) -> None:
        query = self.model.query
        parts = [describe_filter(self.model.column_title(k), self.model.spec.column(k).kind, f, self.model.currency)
                 for k, f in sorted(query.filters.items())]
        if query.ids is not None:
            parts.insert(0, query.ids_label or self.tr("a given list of %n customer(s)", "", len(query.ids)))
        self.filter_label.setText(self.tr("Filters: %1").replace("%1", "; ".join(parts)) if parts else "")
        self.filter_label.setVisible(bool(parts))
        self.clear_button.setVisible(bool(parts))

    def _show_count(self, total: int) -> None:
        shown = self.model.rowCount()
        orders = self.counts == "orders"
        if total < 0:
            text = (self.tr("%1 orders loaded; counting…") if orders else
                    self.tr("%1 customers loaded; counting…")).replace("%1", format_count(shown))
        elif shown >= total:
            text = self.tr("%Ln order(s)", "", total) if orders else self.tr("%Ln customer(s)", "", total)
        else:
            text = (self.tr("%1 of %2 orders loaded (scroll for more)") if orders else
                    self.tr("%1 of %2 customers loaded (scroll for more)")).replace(
                "%1", format_count(shown)).replace("%2", format_count(total))
        self.count_label.setText(text)

    def _activated(self, index: QModelIndex) -> None:
        row_id = self.model.row_id(index.row())
        if row_id is not None:
            self.row_activated.emit(row_id)


class DataBrowser(SectionPage):
    """Customers and orders of the open workspace; double-click a customer (or an order) for the profile card."""

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.currency = workspace.meta("currency", "¥") or "¥"
        self.conn = open_reader(str(workspace.path))
        path = str(workspace.path)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.customers = TableTab(self.conn, self._customers_spec(), path, self.currency,
                                  self.tr("Search name, phone, member no. or email"))
        self.orders = TableTab(self.conn, orders_spec(), path, self.currency,
                               self.tr("Search order no., customer name, phone or member no."), counts="orders")
        self.tabs.addTab(self.customers, self.tr("Customers"))
        self.tabs.addTab(self.orders, self.tr("Orders"))
        layout.addWidget(self.tabs)
        self.export_button = QPushButton(self.tr("Export these customers…"))
        self.export_button.setToolTip(self.tr("Export the contact details of the customers shown (search and"
                                              " filters applied)"))
        self.export_button.clicked.connect(self.export_shown)
        self.customers.top_bar.addWidget(self.export_button)
        self.customers.row_activated.connect(self.open_profile)
        self.orders.row_activated.connect(self._order_activated)

    def _order_activated(self, order_id: int) -> None:
        row = self.conn.execute("SELECT customer_id FROM orders WHERE id = ?", (order_id,)).fetchone()
        if row and row[0] is not None:
            self.open_profile(int(row[0]))

    def open_profile(self, customer_id: int):
        """Open the profile card of one customer (a window of its own)."""
        from .profile_card import ProfileCard

        return open_window(ProfileCard(self.conn, customer_id, currency=self.currency, parent=self), modal=False)

    def show_target(self, target) -> None:
        """Show a CustomerList (the customers behind a figure on Home): exactly them, with a removable filter."""
        if isinstance(target, CustomerList):
            self.tabs.setCurrentWidget(self.customers)
            self.customers.show_ids(target.ids, target.description)

    def _customers_spec(self) -> TableSpec:
        return customers_spec(has_features(self.conn), has_tags(self.conn), current_language())

    def shown_customer_ids(self) -> list[int]:
        """The ids of every customer matching the search and filters (not only the rows loaded so far)."""
        sql, params = ids_sql(self.customers.model.spec, self.customers.model.query)
        return [int(r[0]) for r in self.conn.execute(sql, params)]

    def export_shown(self):
        """Open the export dialog for the customers as searched and filtered."""
        from ...campaigns.selectors import Selector
        from ..reports.export_dialog import ExportDialog

        query = self.customers.model.query
        what = "filtered customer table" if (query.search or query.filters or query.ids is not None) else \
            "all customers"
        return open_window(ExportDialog(self.workspace, Selector.customer_ids(self.shown_customer_ids(), what), self))

    def refresh(self) -> None:
        """Re-read both tables (after an import or a cleaning run); the features table may have appeared."""
        self.currency = self.workspace.meta("currency", "¥") or "¥"  # the settings may have changed it
        self.customers.model.spec = self._customers_spec()
        for tab in (self.customers, self.orders):
            tab.model.currency = self.currency
            tab.model.refresh()

    def shutdown(self) -> list[Task]:
        """Close profile cards, stop counts and close the read connection."""
        tasks = super().shutdown()
        self.customers.model.close()
        self.orders.model.close()
        self.conn.close()
        return tasks
