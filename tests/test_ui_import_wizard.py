"""The import wizard driven end to end on generated files, in the real worker threads: choose, map, import, cancel."""

from __future__ import annotations

import os
import random

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from filemakers import write_xlsx
from importdata import POS_HEADER, PRODUCTS, big_orders_csv, pos_rows, write_csv
from shoplens.pipeline import analyses_due, import_file
from shoplens.ui.common.worker import on_write_thread, wait_for_all
from shoplens.ui.importing.first_pages import FilesPage, PreviewPage, SheetPage
from shoplens.ui.importing.mapping_page import MappingPage
from shoplens.ui.importing.run_pages import ImportPage, ResultPage, SummaryPage
from shoplens.ui.importing.wizard import IMPORT, RESULT, SUMMARY, ImportWizard
from shoplens.workspace import Workspace


def gbk_csv_with_title(path, n=60):
    rows, truth = pos_rows(n)
    write_csv(path, [["山茶小铺 门店销售导出 2024年"], [], POS_HEADER, *rows], encoding="gbk")
    return path, truth


def two_sheet_xlsx(path, n=40):
    rng = random.Random(7)
    members = [["会员卡号", "姓名", "手机号", "性别", "会员等级", "开卡日期"]]
    for i in range(n):
        phone = f"{13900000000 + i}.0" if i % 2 else 13900000000 + i  # a number, or its text from a CSV round trip
        members.append([f"{i + 1:06d}", f"会员{i + 1}", phone, rng.choice(["男", "女"]),
                        rng.choice(["金卡", "银卡", "普通"]), f"2023-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"])
    write_xlsx(path, {"说明": [["本表由会员系统导出"], ["会员在第二个工作表"]], "会员": members})
    return path, {"customers": n}


def shopify_csv(path, orders=25, seed=3):
    rng = random.Random(seed)
    header = ["Name", "Email", "Financial Status", "Created at", "Lineitem name", "Lineitem quantity",
              "Lineitem price", "Total", "Discount Code", "Billing Name", "Billing Phone", "Accepts Marketing"]
    rows, lines, multi_lines, emails, coded = [header], 0, 0, set(), 0
    for i in range(orders):
        email = f"buyer{rng.randint(1, 10)}@example.com"
        emails.add(email)
        items = rng.randint(1, 3)
        code = "TEA10" if rng.random() < 0.4 else ""
        coded += bool(code)
        multi_lines += items if items > 1 else 0
        for j in range(items):
            lines += 1
            first = j == 0  # order fields only on the first line of an order
            rows.append([f"#{1001 + i}", email if first else "", "paid" if first else "",
                         f"2024-03-{1 + i % 28:02d} 14:22:10 +0800" if first else "", rng.choice(PRODUCTS),
                         "1", "10.00", f"{10 * items}.00" if first else "", code if first else "",
                         email.split("@")[0] if first else "", "", "yes" if first else ""])
    write_csv(path, rows)
    return path, {"orders": orders, "lines": lines, "multi_lines": multi_lines, "customers": len(emails),
                  "coded": coded}


def dump(ws: Workspace) -> dict[str, list]:
    """Every table's rows, to compare a workspace before and after."""
    names = [r[0] for r in ws.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {n: ws.conn.execute(f"SELECT * FROM {n} ORDER BY 1").fetchall() for n in names if n != "audit_log"}


@pytest.fixture
def ws(tmp_path, hand_to_writer):
    workspace = hand_to_writer(Workspace.create(tmp_path / "shop.shoplens"))
    yield workspace
    assert wait_for_all(60_000)


def open_wizard(qtbot, ws, files):
    wizard = ImportWizard(ws, [str(f) for f in files])
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=20_000)
    return wizard


def forward(qtbot, wizard, timeout=60_000):
    """Press Next and wait until the new page has finished its work."""
    before = wizard.currentId()
    wizard.next()
    assert wizard.currentId() != before, f"Next did nothing on {type(wizard.currentPage()).__name__}"
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=timeout)
    return wizard.currentPage()


def finish_import(qtbot, wizard, timeout=60_000):
    """From the summary page: Import, then wait for the result page."""
    assert isinstance(wizard.currentPage(), SummaryPage)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT, timeout=timeout)
    return wizard.currentPage()


def browser_counts(qtbot, ws) -> tuple[int, int]:
    """Customers and orders as the data browser counts them."""
    from shoplens.ui.data.browser import DataBrowser

    browser = DataBrowser(ws)
    qtbot.addWidget(browser)
    models = (browser.customers.model, browser.orders.model)
    qtbot.waitUntil(lambda: all(m.total >= 0 for m in models), timeout=10_000)
    counts = tuple(m.total for m in models)
    browser.shutdown()
    return counts


def test_gbk_csv_with_title_row(qtbot, ws, tmp_path):
    path, truth = gbk_csv_with_title(tmp_path / "门店销售.csv")
    wizard = open_wizard(qtbot, ws, [path])
    imported = []
    wizard.imported.connect(imported.append)
    preview = forward(qtbot, wizard)
    assert isinstance(preview, PreviewPage)  # a CSV has no sheet to choose
    assert preview.state.header_row == 3 and preview.model.header_index == 2
    assert "GB" in preview.read_as.text().upper()
    mapping = forward(qtbot, wizard)
    assert isinstance(mapping, MappingPage)
    assert mapping.model.field_of("小票号") == "order_no" and mapping.model.field_of("活动码") == ""
    mapping.set_field("活动码", "coupon_code")  # the one change: the campaign code column is the coupon code
    qtbot.waitUntil(lambda: mapping.isComplete(), timeout=20_000)
    assert mapping.state.plan.mapping["活动码"] == "coupon_code"
    summary = forward(qtbot, wizard)
    assert f"Rows to import: {truth['orders']}" in summary.text()
    assert "title above the column names: 1" in summary.text()
    result = finish_import(qtbot, wizard)
    assert "Orders added: 60" in result.text()
    assert len(imported) == 1 and imported[0][0].orders_added == truth["orders"]
    c = ws.conn
    assert c.execute("SELECT count(*) FROM orders").fetchone()[0] == truth["orders"]
    assert c.execute("SELECT count(*) FROM customers").fetchone()[0] == truth["customers"]
    assert c.execute("SELECT count(*) FROM orders WHERE coupon_code = 'SPRING24'").fetchone()[0] == truth["coded"]
    assert c.execute("SELECT count(*) FROM orders WHERE store = '西湖店'").fetchone()[0] > 0  # GBK read right
    assert browser_counts(qtbot, ws) == (truth["customers"], truth["orders"])
    # the wizard writes the rows; the predictions and suggestions follow in the window's background (AnalysesStatus)
    assert analyses_due(ws) and c.execute("SELECT count(*) FROM suggestions").fetchone()[0] == 0


def test_xlsx_second_sheet_and_a_column_left_out(qtbot, ws, tmp_path):
    path, truth = two_sheet_xlsx(tmp_path / "会员.xlsx")
    wizard = open_wizard(qtbot, ws, [path])
    sheet_page = forward(qtbot, wizard)
    assert isinstance(sheet_page, SheetPage)
    assert sheet_page.state.sheet == "说明"  # the first visible sheet is the default
    assert sheet_page.list.count() == 2 and "41 rows" in sheet_page.list.item(1).text()
    assert sheet_page.intro.text() == "Which sheet holds the data? The first visible sheet, “说明”, is chosen for you."
    sheet_page.select_sheet("会员")
    assert sheet_page.intro.text() == "Which sheet holds the data? “会员” is chosen."  # no longer "chosen for you"
    preview = forward(qtbot, wizard)
    assert preview.state.header_row == 1 and preview.model.rows[0][0] == "会员卡号"
    mapping = forward(qtbot, wizard)
    assert mapping.model.field_of("会员等级") == "member_level"
    mapping.set_field("会员等级", "")  # the one change: do not import the level
    qtbot.waitUntil(lambda: mapping.isComplete(), timeout=20_000)
    assert "20 phone numbers" in mapping.problems.text() and "stored as numbers" in mapping.problems.text()
    summary = forward(qtbot, wizard)
    assert "a customer list" in summary.text()
    finish_import(qtbot, wizard)
    c = ws.conn
    assert c.execute("SELECT count(*) FROM customers").fetchone()[0] == truth["customers"]
    assert c.execute("SELECT count(*) FROM customers WHERE member_level IS NOT NULL").fetchone()[0] == 0
    assert c.execute("SELECT phone FROM customers ORDER BY phone LIMIT 1").fetchone()[0] == "13900000000"
    sheet = c.execute("SELECT sheet FROM imports").fetchone()[0]
    assert sheet == "会员"
    assert browser_counts(qtbot, ws) == (truth["customers"], 0)


def test_shopify_line_items_and_a_saved_template_next_time(qtbot, ws, tmp_path):
    path, truth = shopify_csv(tmp_path / "orders_export.csv")
    wizard = open_wizard(qtbot, ws, [path])
    forward(qtbot, wizard)
    mapping = forward(qtbot, wizard)
    assert mapping.model.field_of("Name") == "order_no" and mapping.model.field_of("Discount Code") == "coupon_code"
    mapping.set_field("Discount Code", "")  # the one change
    qtbot.waitUntil(lambda: mapping.isComplete(), timeout=20_000)
    forward(qtbot, wizard)
    result = finish_import(qtbot, wizard)
    c = ws.conn
    assert c.execute("SELECT count(*) FROM orders").fetchone()[0] == truth["orders"]
    assert c.execute("SELECT sum(items) FROM orders").fetchone()[0] == truth["lines"]  # lines folded into orders
    assert c.execute("SELECT count(*) FROM order_items").fetchone()[0] == truth["multi_lines"]
    assert c.execute("SELECT count(*) FROM customers").fetchone()[0] == truth["customers"]
    assert c.execute("SELECT count(*) FROM orders WHERE coupon_code IS NOT NULL").fetchone()[0] == 0
    assert not result.skipped_button.isEnabled()  # nothing was skipped
    wizard.close()

    # next month's export with the same columns: the saved template (with the change) is used
    path2, _ = shopify_csv(tmp_path / "orders_export_2.csv", orders=5, seed=9)
    wizard = open_wizard(qtbot, ws, [path2])
    forward(qtbot, wizard)
    mapping = forward(qtbot, wizard)
    assert mapping.state.plan.template_name
    assert mapping.model.field_of("Discount Code") == ""
    assert "saved import template" in mapping.about.text()


def test_several_files_with_a_bad_one(qtbot, ws, tmp_path):
    csv_path, csv_truth = gbk_csv_with_title(tmp_path / "pos.csv", n=20)
    xlsx_path, xlsx_truth = two_sheet_xlsx(tmp_path / "members.xlsx", n=10)
    bad = tmp_path / "notes.pdf"
    bad.write_bytes(b"%PDF-1.4")
    wizard = open_wizard(qtbot, ws, [csv_path, xlsx_path])
    files_page = wizard.currentPage()
    assert isinstance(files_page, FilesPage)
    files_page.add_files([str(bad)])
    qtbot.waitUntil(lambda: not files_page.busy, timeout=10_000)
    assert not files_page.isComplete()
    assert "cannot be read" in files_page.list.item(2).text() and ".pdf" in files_page.list.item(2).text()
    files_page.list.item(2).setSelected(True)
    files_page.remove_selected()
    assert files_page.isComplete()
    assert "File 1 of 2" in forward(qtbot, wizard).subTitle()
    forward(qtbot, wizard)  # mapping of file 1
    sheet_page = forward(qtbot, wizard)
    assert "File 2 of 2" in sheet_page.subTitle()
    sheet_page.select_sheet("会员")
    forward(qtbot, wizard)  # preview of file 2
    forward(qtbot, wizard)  # mapping of file 2
    forward(qtbot, wizard)
    assert wizard.currentId() == SUMMARY
    result = finish_import(qtbot, wizard)
    assert "Files imported: 2 of 2" in result.subTitle()
    result.show_skipped()
    reasons = {result.dialog.model.index(r, 2).data() for r in range(result.dialog.model.rowCount())}
    assert reasons == {"title above the column names", "empty row"}
    assert ws.conn.execute("SELECT count(*) FROM imports WHERE status = 'done'").fetchone()[0] == 2


def test_errors_are_sentences_and_refused_files_are_left_out(qtbot, ws, tmp_path):
    path, _ = gbk_csv_with_title(tmp_path / "pos.csv", n=10)
    on_write_thread(import_file, ws, path)
    wizard = open_wizard(qtbot, ws, [path])  # the same file again
    forward(qtbot, wizard)
    mapping = forward(qtbot, wizard)
    assert "already imported" in mapping.problems.text()
    wizard.next()
    summary = wizard.currentPage()
    assert isinstance(summary, SummaryPage)
    assert "Will not be imported" in summary.text() and not summary.isComplete()

    empty = tmp_path / "empty.xlsx"
    write_xlsx(empty, {"Sheet1": [], "Sheet2": [["a"]]})
    wizard = open_wizard(qtbot, ws, [empty])
    forward(qtbot, wizard)  # the sheet page: Sheet1 (empty) is the default
    wizard.next()
    preview = wizard.currentPage()
    qtbot.waitUntil(lambda: not preview.busy, timeout=10_000)
    assert "The sheet is empty" in preview.message.text() and "Traceback" not in preview.message.text()
    assert not preview.isComplete()


def test_cancel_halfway_leaves_the_workspace_unchanged(qtbot, ws, tmp_path):
    first, _ = shopify_csv(tmp_path / "orders_export.csv")
    on_write_thread(import_file, ws, first)  # the workspace already holds data
    before_summary, before = ws.summary(), dump(ws)
    wizard = open_wizard(qtbot, ws, [big_orders_csv(tmp_path / "big.csv", 150_000)])
    forward(qtbot, wizard)
    forward(qtbot, wizard)
    forward(qtbot, wizard)
    page = wizard.page(IMPORT)
    assert isinstance(page, ImportPage)
    wizard.imported.connect(lambda results: pytest.fail("nothing was imported"))
    page.bar.valueChanged.connect(lambda v: wizard.reject() if 0 < v < 1000 else None)  # Cancel, halfway
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT, timeout=120_000)
    assert wizard.isVisible()  # Cancel during the import stops it, it does not close the wizard
    result = wizard.currentPage()
    assert isinstance(result, ResultPage)
    assert "Import stopped" in result.title() and "nothing from this file was saved" in result.text()
    assert ws.summary() == before_summary
    assert dump(ws) == before


def test_header_row_can_be_changed_and_the_plan_follows(qtbot, ws, tmp_path):
    path, truth = gbk_csv_with_title(tmp_path / "pos.csv", n=15)
    wizard = open_wizard(qtbot, ws, [path])
    preview = forward(qtbot, wizard)
    preview.table.selectRow(3)  # row 4 of the file, a data row
    preview.use_button.click()
    assert preview.state.header_row == 4 and preview.spin.value() == 4 and preview.model.header_index == 3
    mapping = forward(qtbot, wizard)
    assert mapping.state.plan.table.header_row == 4 and mapping.state.plan.table.columns[0] == "XS0000001"
    wizard.back()
    preview = wizard.currentPage()
    preview.spin.setValue(3)
    assert preview.state.header_row == 3
    mapping = forward(qtbot, wizard)  # planned again for the new header row
    assert mapping.state.plan.table.columns == POS_HEADER
    assert mapping.state.plan.rows_to_import == truth["orders"]


def test_field_drop_down_lists_every_field_and_sets_the_mapping(qtbot, ws, tmp_path):
    from PySide6.QtWidgets import QStyleOptionViewItem

    from shoplens.ingest.fields import FIELDS
    from shoplens.ui.common.field_labels import field_labels
    from shoplens.ui.importing.models import MappingModel

    assert set(field_labels()) == {f.key for f in FIELDS}
    path, _ = gbk_csv_with_title(tmp_path / "pos.csv", n=15)
    wizard = open_wizard(qtbot, ws, [path])
    forward(qtbot, wizard)
    mapping = forward(qtbot, wizard)
    row = [g.column for g in mapping.model.guesses].index("活动码")
    index = mapping.model.index(row, MappingModel.FIELD)
    editor = mapping.field_delegate.createEditor(mapping.table.viewport(), QStyleOptionViewItem(), index)
    keys = {editor.itemData(i) for i in range(editor.count())} - {None}
    assert keys == {f.key for f in FIELDS} | {""}
    mapping.field_delegate.setEditorData(editor, index)
    assert editor.currentData() == ""
    editor.setCurrentIndex(editor.findData("store"))  # take the store field away from the 门店 column
    mapping.field_delegate.setModelData(editor, mapping.model, index)
    assert mapping.model.field_of("活动码") == "store" and mapping.model.field_of("门店") == ""
    assert index.data() == "Store" and mapping.model.index(row, MappingModel.CONFIDENCE).data() == "your choice"
    qtbot.waitUntil(lambda: mapping.isComplete(), timeout=20_000)
    assert mapping.state.plan.mapping["活动码"] == "store"
    editor.deleteLater()


def test_closing_the_workspace_during_an_import_rolls_it_back(qtbot, ws, tmp_path):
    before = dump(ws)
    wizard = open_wizard(qtbot, ws, [big_orders_csv(tmp_path / "big.csv", 150_000)])
    for _ in range(3):
        forward(qtbot, wizard)
    stopped = []
    wizard.import_page.bar.valueChanged.connect(
        lambda v: stopped.extend(wizard.shutdown()) if 0 < v < 1000 and not stopped else None)
    wizard.next()
    qtbot.waitUntil(lambda: bool(stopped), timeout=60_000)
    assert all(task.wait(60_000) for task in stopped)  # what the main window does before closing the file
    assert not wizard.isVisible()
    assert dump(ws) == before


def test_going_back_while_the_sheet_is_read_drops_the_stale_plan(qtbot, ws, tmp_path):
    wizard = open_wizard(qtbot, ws, [big_orders_csv(tmp_path / "big.csv", 60_000)])
    preview = forward(qtbot, wizard)
    wizard.next()  # the mapping page starts reading the whole sheet
    mapping = wizard.currentPage()
    assert mapping.busy
    wizard.back()  # before it is done
    assert not mapping.busy and wizard.currentPage() is preview
    preview.spin.setValue(2)
    mapping = forward(qtbot, wizard)
    assert mapping.state.plan.table.header_row == 2 and mapping.state.plan_key[1] == 2
    assert wait_for_all(30_000)  # a late result of the first read, had it come, must not replace this plan
    assert mapping.state.plan.table.header_row == 2


def test_closing_the_main_window_workspace_during_an_import_rolls_it_back(qtbot, tmp_path, isolated_settings):
    from shoplens.ui.app.main_window import MainWindow

    path = tmp_path / "shop.shoplens"
    Workspace.create(path).close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.summary_shown, timeout=15_000):
        window.open_path(path)
    wizard = window.start_import([big_orders_csv(tmp_path / "big.csv", 150_000)])
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=20_000)
    while not isinstance(wizard.currentPage(), SummaryPage):
        forward(qtbot, wizard)
    page = wizard.page(IMPORT)
    closed: list[bool] = []
    page.bar.valueChanged.connect(lambda v: (closed.append(True), window.close_workspace())
                                  if 0 < v < 1000 and not closed else None)
    wizard.next()
    qtbot.waitUntil(lambda: bool(closed), timeout=120_000)
    assert window.workspace is None
    assert window.import_wizard is None or not window.import_wizard.isVisible()
    ws = Workspace.open(path)
    try:
        assert ws.summary()["orders"] == 0 and ws.conn.execute("SELECT count(*) FROM imports").fetchone()[0] == 0
    finally:
        ws.close()


def test_the_result_says_how_many_new_orders_the_figures_count(qtbot, ws, tmp_path):
    """Refunds and cancellations are imported but are not orders in the figures: the result page says how many are."""
    path = tmp_path / "orders.csv"
    write_csv(path, [["订单号", "下单时间", "手机号", "实付金额", "订单状态"],
                     ["A1", "2024-05-01 10:00:00", "13800138001", "120.00", "已完成"],
                     ["A2", "2024-05-02 10:00:00", "13800138002", "80.00", "已完成"],
                     ["A3", "2024-05-03 10:00:00", "13800138001", "60.00", "已退款"],
                     ["A4", "2024-05-04 10:00:00", "13800138003", "50.00", "已取消"]])
    wizard = open_wizard(qtbot, ws, [path])
    while not isinstance(wizard.currentPage(), SummaryPage):
        forward(qtbot, wizard)
    result = finish_import(qtbot, wizard)
    assert "Orders added: 4" in result.text()
    assert "2 of them count as paid orders in the figures; the other 2 are refunds, cancellations" in result.text()
