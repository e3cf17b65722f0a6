"""The data browser: lazy fetching, search, column filters, sorting, and the profile card."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from shoplens.ui.common.formatting import format_money, parse_money
from shoplens.ui.common.table_models import BATCH
from shoplens.ui.data.browser import DataBrowser
from shoplens.ui.data.table_specs import ColumnFilter, Query, count_sql, customers_spec, like_pattern

pytestmark = pytest.mark.usefixtures("no_leftovers")


@pytest.fixture
def browser(qtbot, small_workspace):
    widget = DataBrowser(small_workspace)
    qtbot.addWidget(widget)
    yield widget
    widget.shutdown()


def column(model, key):
    return [c.key for c in model.spec.columns].index(key)


def wait_total(qtbot, model):
    qtbot.waitUntil(lambda: model.total >= 0, timeout=10_000)
    return model.total


def test_orders_are_fetched_in_batches_as_the_view_asks(qtbot, browser, small_workspace):
    model = browser.orders.model
    assert model.rowCount() == BATCH
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * BATCH
    assert wait_total(qtbot, model) == 20_000
    ids = [model.row_id(r) for r in range(model.rowCount())]
    assert ids == list(range(1, 2 * BATCH + 1))  # no row twice, none skipped between batches
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 20_000
    assert not model.canFetchMore()


def test_scrolling_the_view_fetches_more(qtbot, browser):
    browser.resize(900, 600)
    browser.show()
    view = browser.orders.view
    browser.tabs.setCurrentWidget(browser.orders)
    qtbot.waitExposed(browser)
    before = browser.orders.model.rowCount()
    view.scrollToBottom()
    qtbot.waitUntil(lambda: browser.orders.model.rowCount() > before, timeout=5000)


def test_search_finds_an_order_number_and_a_customer(qtbot, browser, small_workspace):
    orders = browser.orders
    orders.search.setText("SO0012345")
    qtbot.waitUntil(lambda: orders.model.rowCount() == 1, timeout=5000)
    assert orders.model.raw_value(0, "order_no") == "SO0012345"
    customers = browser.customers
    name, phone = small_workspace.conn.execute("SELECT name, phone FROM customers WHERE id = 42").fetchone()
    customers.model.set_search(phone)
    assert [customers.model.row_id(r) for r in range(customers.model.rowCount())] == [42]
    expected = small_workspace.conn.execute("SELECT count(*) FROM customers WHERE name LIKE ?",
                                            (f"%{name}%",)).fetchone()[0]
    customers.model.set_search(name)
    assert wait_total(qtbot, customers.model) == expected == customers.model.rowCount()
    customers.model.set_search("c30@example.com")  # an email key (from the second import)
    assert [customers.model.row_id(r) for r in range(customers.model.rowCount())] == [30]


def test_search_takes_percent_and_underscore_literally(browser):
    browser.orders.model.set_search("%")
    assert browser.orders.model.rowCount() == 0
    assert like_pattern("a_b%") == "%a\\_b\\%%"


def test_column_filters_restrict_rows_and_counts(qtbot, browser, small_workspace):
    model = browser.orders.model
    browser.orders.apply_filter("amount", ColumnFilter(low=10_000, high=20_000))
    expected = small_workspace.conn.execute(
        "SELECT count(*) FROM orders WHERE amount_cents BETWEEN 10000 AND 20000").fetchone()[0]
    assert wait_total(qtbot, model) == expected
    while model.canFetchMore():
        model.fetchMore()
    amounts = [model.raw_value(r, "amount") for r in range(model.rowCount())]
    assert len(amounts) == expected and all(10_000 <= a <= 20_000 for a in amounts)
    browser.orders.apply_filter("channel", ColumnFilter(contains="淘宝"))
    browser.orders.apply_filter("order_time", ColumnFilter(low="2024-01-01", high="2024-01-31"))
    expected = small_workspace.conn.execute(
        "SELECT count(*) FROM orders WHERE amount_cents BETWEEN 10000 AND 20000 AND channel = '淘宝'"
        " AND order_time >= '2024-01-01' AND order_time < '2024-02-01'").fetchone()[0]
    assert 0 < expected < 200
    assert wait_total(qtbot, model) == expected == model.rowCount()
    assert "淘宝" in browser.orders.filter_label.text() and not browser.orders.filter_label.isHidden()
    browser.orders.clear_button.click()
    assert wait_total(qtbot, model) == 20_000
    assert browser.orders.filter_label.isHidden()


def test_customer_columns_and_sorting_by_spend(qtbot, browser, small_workspace):
    model = browser.customers.model
    model.sort(column(model, "spend"), Qt.SortOrder.DescendingOrder)
    top_id, top_spend, top_orders = small_workspace.conn.execute(
        "SELECT customer_id, sum(amount_cents), count(*) FROM orders WHERE status = 'paid' GROUP BY customer_id"
        " ORDER BY sum(amount_cents) DESC LIMIT 1").fetchone()
    assert model.row_id(0) == top_id
    assert model.raw_value(0, "spend") == top_spend and model.raw_value(0, "orders") == top_orders
    shown = model.data(model.index(0, column(model, "spend")))
    assert shown == format_money(top_spend, "¥") and shown.startswith("¥")
    spends = [model.raw_value(r, "spend") for r in range(model.rowCount())]
    assert spends == sorted(spends, reverse=True)
    model.sort(column(model, "spend"), Qt.SortOrder.AscendingOrder)
    assert model.row_id(0) == 1 and model.raw_value(0, "orders") == 0  # customer 1 never ordered
    model.sort(column(model, "name"), Qt.SortOrder.AscendingOrder)
    names = [model.raw_value(r, "name") for r in range(model.rowCount())]
    assert names == sorted(names)


def test_sorting_is_stable_across_batches(browser):
    model = browser.orders.model
    model.sort(column(model, "channel"), Qt.SortOrder.AscendingOrder)  # three values: ties everywhere
    for _ in range(5):
        model.fetchMore()
    ids = [model.row_id(r) for r in range(model.rowCount())]
    assert len(ids) == len(set(ids)) == 6 * BATCH


def test_the_features_table_is_used_when_it_has_rows(small_workspace):
    small_workspace.conn.execute(
        "INSERT INTO features(customer_id, as_of, source, frequency, monetary_cents, last_order, orders_30,"
        " orders_90, orders_365, spend_30_cents, spend_90_cents, spend_365_cents)"
        " VALUES (5, '2025-01-01', 'orders', 77, 123456, '2024-12-30', 0, 0, 0, 0, 0, 0)")
    spec = customers_spec(True)
    sql, params = count_sql(spec, Query(filters={"orders": ColumnFilter(low=77, high=77)}))
    assert small_workspace.conn.execute(sql, params).fetchone()[0] == 1


def test_profile_card_shows_keys_from_every_source_and_orders(qtbot, browser, small_workspace):
    conn = small_workspace.conn
    cid = conn.execute("SELECT id FROM customers WHERE email IS NOT NULL ORDER BY id LIMIT 1").fetchone()[0]
    card = browser.open_profile(cid)
    qtbot.addWidget(card)
    keys = card.keys_table
    assert keys.rowCount() == 3  # member no. and phone from the member list, email from the orders file
    sources = {keys.item(r, 2).text() for r in range(keys.rowCount())}
    assert sources == {"会员列表.xlsx — 会员", "orders.csv"}
    values = {keys.item(r, 1).text() for r in range(keys.rowCount())}
    assert f"c{cid}@example.com" in values
    n_orders = conn.execute("SELECT count(*) FROM orders WHERE customer_id = ?", (cid,)).fetchone()[0]
    assert card.orders_table.rowCount() == n_orders > 0
    summary = card.spend_summary()
    paid = conn.execute("SELECT count(*), sum(amount_cents) FROM orders WHERE customer_id = ? AND status = 'paid'",
                        (cid,)).fetchone()
    assert (summary["orders"], summary["spend_cents"]) == paid
    card.close()


def test_double_clicking_an_order_opens_its_customer(qtbot, browser, small_workspace):
    browser.orders.row_activated.emit(7)
    cid = small_workspace.conn.execute("SELECT customer_id FROM orders WHERE id = 7").fetchone()[0]
    assert [c.customer_id for c in browser.windows()] == [cid]
    browser.windows()[0].close()


def test_money_text_round_trips():
    assert format_money(123450, "¥") == "¥1,234.50"
    assert format_money(-5, "$") == "-$0.05"
    assert parse_money("¥1,234.5") == 123450 and parse_money("abc") is None


def test_status_is_shown_translated_and_filtered_by_choice(qtbot, browser, small_workspace):
    from shoplens.ui.data.column_filter_dialog import ColumnFilterDialog

    model = browser.orders.model
    status = column(model, "status")
    assert model.data(model.index(0, status)) == "Paid"
    dialog = ColumnFilterDialog("Status", model.spec.column("status").kind, None)
    qtbot.addWidget(dialog)
    dialog.status.setCurrentIndex(dialog.status.findData("refunded"))
    browser.orders.apply_filter("status", dialog.result_filter())
    assert wait_total(qtbot, model) == 800  # every 25th of 20,000 orders
    assert {model.data(model.index(r, status)) for r in range(model.rowCount())} == {"Refunded"}
    assert browser.orders.filter_label.text() == "Filters: Status is Refunded"


def test_profile_card_shows_live_segments_and_later_sections(qtbot, browser, small_workspace, monkeypatch):
    from PySide6.QtWidgets import QLabel

    from shoplens.ui.data import profile_card

    conn = small_workspace.conn
    conn.execute("INSERT INTO segmentations(id, name, method, scheme_key, as_of, created_at, customers)"
                 " VALUES (1, 'RFM 2024', 'rfm', 'rfm-cn8', '2025-01-01', '2025-01-02', 200)")
    conn.execute("INSERT INTO segments(run_id, label, position, name_en, name_zh, size, revenue, revenue_cents)"
                 " VALUES (1, 'a', 0, 'Important value', '重要价值客户', 1, 0, 0)")
    conn.execute("INSERT INTO segment_members(run_id, customer_id, label) VALUES (1, 9, 'a')")
    monkeypatch.setattr(profile_card, "PROFILE_SECTIONS",
                        [lambda card, c, cid: QLabel(f"tags of {cid}")])
    card = browser.open_profile(9)
    qtbot.addWidget(card)
    texts = [w.text() for section in card.extra_sections for w in [section, *section.findChildren(QLabel)]
             if isinstance(w, QLabel)]
    assert "Important value" in texts and "tags of 9" in texts
    card.close()
    other = browser.open_profile(10)  # not in any segment: no segment box
    qtbot.addWidget(other)
    assert len(other.extra_sections) == 1
    other.close()


def test_export_these_customers_takes_every_match_not_only_the_loaded_rows(qtbot, browser, small_workspace):
    from shoplens.ui.reports.export_dialog import ExportDialog

    browser.customers.apply_filter("city", ColumnFilter(contains="上海"))
    expected = [r[0] for r in small_workspace.conn.execute("SELECT id FROM customers WHERE city = '上海' ORDER BY id")]
    assert 0 < len(expected) < 200
    dialog = browser.export_shown()
    assert isinstance(dialog, ExportDialog)
    assert sorted(dialog.selector.ids) == expected and dialog.selector.description == "filtered customer table"
    dialog.close()
    browser.customers.clear_button.click()
    assert len(browser.shown_customer_ids()) == small_workspace.conn.execute(
        "SELECT count(*) FROM customers").fetchone()[0]


def test_tags_show_on_the_profile_card_and_filter_the_customer_table(qtbot, browser, small_workspace):
    from shoplens.tags.defaults import install_templates

    install_templates(small_workspace, ["repeat"])
    browser.refresh()  # as after the tag wizard: the customer table gains a Tags column
    assert "tags" in [c.key for c in browser.customers.model.spec.columns]
    repeat = [r[0] for r in small_workspace.conn.execute(
        "SELECT ct.customer_id FROM customer_tags ct JOIN tag_defs t ON t.id = ct.tag_id"
        " WHERE t.name_en = 'Repeat buyer' ORDER BY ct.customer_id")]
    assert 0 < len(repeat) < 200
    browser.customers.apply_filter("tags", ColumnFilter(contains="Repeat buyer"))
    assert sorted(browser.shown_customer_ids()) == repeat
    card = browser.open_profile(repeat[0])
    texts = [label.text() for w in card.extra_sections if w.objectName() == "tagsBox"
             for label in w.findChildren(QLabel)]
    assert any("Repeat buyer" in t for t in texts)
    card.close()


def test_shutting_down_right_after_a_profile_card_closed_does_not_crash(qtbot, small_workspace):
    """Closing the workspace just after closing a card (PySide6 6.12 segfaulted with a lambda slot here)."""
    browser = DataBrowser(small_workspace)
    qtbot.addWidget(browser)
    card = browser.open_profile(5)
    card.close()
    assert browser.windows() == []
    browser.shutdown()
