"""The import wizard with a file that has no header row, and with a file that is not shop data."""

from __future__ import annotations

import random

import pytest

from shoplens.ui.common.worker import wait_for_all
from shoplens.ui.importing.first_pages import PreviewPage
from shoplens.ui.importing.mapping_page import MappingPage
from shoplens.ui.importing.run_pages import SummaryPage
from shoplens.ui.importing.wizard import ImportWizard
from shoplens.workspace import Workspace


@pytest.fixture
def ws(tmp_path, qapp):
    workspace = Workspace.create(tmp_path / "shop.shoplens")
    yield workspace
    assert wait_for_all(60_000)
    workspace.close()


def headerless_txt(path, customers: int = 30):
    rng = random.Random(9)
    lines = [f" {c:05d} 1997{rng.randint(1, 12):02d}{rng.randint(1, 28):02d} {rng.randint(1, 5):2d} {rng.uniform(5, 80):8.2f}"
             for c in range(1, customers + 1) for _ in range(2)]
    path.write_text("\n".join(lines) + "\n", encoding="ascii")
    return path, len(lines)


def open_on_page(qtbot, ws, path, page_type):
    wizard = ImportWizard(ws, [str(path)])
    qtbot.addWidget(wizard)
    wizard.show()
    while not isinstance(wizard.currentPage(), page_type):
        qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=30_000)
        wizard.next()
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: not page.busy, timeout=30_000)
    return wizard, page


def test_a_headerless_file_is_offered_as_data_and_stops_until_the_customer_is_chosen(qtbot, ws, tmp_path):
    path, rows = headerless_txt(tmp_path / "CDNOW_sample.txt")
    wizard, preview = open_on_page(qtbot, ws, path, PreviewPage)
    assert preview.no_header.isChecked() and preview.state.header_row == 0 and not preview.spin.isEnabled()
    assert "runs of spaces" in preview.read_as.text()
    preview.no_header.setChecked(False)  # the user can say row 1 holds names after all...
    assert preview.state.header_row == 1 and preview.spin.isEnabled()
    preview.no_header.setChecked(True)  # ...or that it is data
    assert preview.state.header_row == 0
    wizard.next()
    mapping = wizard.currentPage()
    assert isinstance(mapping, MappingPage)
    qtbot.waitUntil(lambda: mapping.state.plan is not None and not mapping.busy, timeout=30_000)
    assert mapping.state.plan.table.columns[:2] == ["Column 1", "Column 2"]
    assert mapping.state.plan.rows_to_import == rows
    assert not mapping.isComplete() and "Cannot import yet" in mapping.problems.text()
    for column, field in (("Column 1", "customer_ref"), ("Column 2", "order_time"), ("Column 4", "amount")):
        mapping.set_field(column, field)
        qtbot.waitUntil(lambda: not mapping.busy, timeout=30_000)
    qtbot.waitUntil(mapping.isComplete, timeout=30_000)
    wizard.next()
    assert isinstance(wizard.currentPage(), SummaryPage)


def test_a_file_that_is_not_shop_data_stops_on_the_mapping_page(qtbot, ws, tmp_path):
    path = tmp_path / "banklist.csv"
    path.write_text("Bank Name,City,ST,CERT,Closing Date\n" + "".join(
        f"Bank {i},Springfield,IL,{1000 + i},15-Mar-19\n" for i in range(40)), encoding="utf-8")
    wizard, mapping = open_on_page(qtbot, ws, path, MappingPage)
    assert not mapping.isComplete()
    assert "No column identifies a customer" in mapping.problems.text()
