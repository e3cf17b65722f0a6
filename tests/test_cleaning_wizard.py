"""The cleaning wizard driven end to end, its work run by the worker in synchronous mode."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt

from cleaningdata import MEMBER_MAP, import_rows, import_sources, three_sources
from shoplens.ingest.rebuild import canonical_snapshot
from shoplens.workspace import Workspace


@pytest.fixture(autouse=True)
def _on_the_ui_thread(qapp, monkeypatch):
    """The wizard's work runs on the UI thread on the next turn of the event loop (the worker's synchronous mode,
    Picard's FakeThreadPool): the test workspace's connection belongs to this thread."""
    from shoplens.ui.common import worker

    monkeypatch.setattr(worker, "SYNCHRONOUS", True)
    yield
    assert worker.wait_for_all(10_000)


@pytest.fixture
def ws(tmp_path):
    with Workspace.create(tmp_path / "shop.shoplens") as workspace:
        import_sources(workspace, three_sources())
        import_rows(workspace, "vip.csv", [list(MEMBER_MAP), ["1001", "王小芳", "13812345678", "女", "杭州", ""],
                                           ["1002", "王 小芳", "13987655678", "女", "杭州", ""]], MEMBER_MAP)
        yield workspace


def test_wizard_suggestions_lookalikes_recipe_and_apply(qtbot, ws):
    from shoplens.ui.cleaning.wizard import CleaningWizard

    wizard = CleaningWizard(ws)
    qtbot.addWidget(wizard)
    qtbot.waitUntil(lambda: wizard.frames is not None, timeout=10_000)
    assert wizard.suggestions and "Suggestion 1 of" in wizard.suggestion_count.text()
    while wizard.suggestion_apply.isEnabled():
        qtbot.mouseClick(wizard.suggestion_apply, Qt.MouseButton.LeftButton)
    assert len(wizard.recipe.steps) >= len(wizard.suggestions)
    assert len(wizard.candidates) == 1 and "王小芳" in wizard.candidate_text.text()
    qtbot.mouseClick(wizard.candidate_merge, Qt.MouseButton.LeftButton)
    assert wizard.recipe.steps[-1].op == "merge_customers"
    assert wizard.steps.count() == len(wizard.recipe.steps)
    # expert view: switch a step off and on, move it, preview it
    item = wizard.steps.item(0)
    item.setCheckState(Qt.CheckState.Unchecked)
    assert not wizard.recipe.steps[0].enabled
    item.setCheckState(Qt.CheckState.Checked)
    first = wizard.recipe.steps[0].op
    wizard.steps.setCurrentRow(0)
    wizard.move(1)
    assert wizard.recipe.steps[1].op == first and wizard.steps.currentRow() == 1
    wizard.preview_step()
    qtbot.waitUntil(lambda: "Rows changed" in wizard.preview_text.toPlainText(), timeout=10_000)
    with qtbot.waitSignal(wizard.applied, timeout=20_000) as blocker:
        qtbot.mouseClick(wizard.apply_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].customers == 61  # 60 people in the three sources + the two VIP cards of one person
    assert "Done" in wizard.progress.status_label.text()


def test_wizard_cancel_leaves_the_workspace_unchanged(qtbot, ws):
    from shoplens.ui.cleaning.wizard import CleaningWizard

    wizard = CleaningWizard(ws)
    qtbot.addWidget(wizard)
    qtbot.waitUntil(lambda: wizard.frames is not None, timeout=10_000)
    while wizard.suggestion_apply.isEnabled():
        qtbot.mouseClick(wizard.suggestion_apply, Qt.MouseButton.LeftButton)
    before = canonical_snapshot(ws.conn)
    wizard.apply()
    wizard.cancel_task()
    qtbot.waitUntil(lambda: "Cancelled" in wizard.progress.status_label.text(), timeout=10_000)
    after = canonical_snapshot(ws.conn)
    assert all(before[k].equals(after[k]) for k in before)
    assert wizard.apply_button.isEnabled()


def test_wizard_loads_a_recipe_and_lists_missing_names(qtbot, ws, tmp_path):
    from shoplens.cleaning.recipe import Recipe, Step
    from shoplens.ui.cleaning.wizard import CleaningWizard

    path = tmp_path / "r.json"
    Recipe([Step("refunds", {"mode": "net", "column": "原单号"})]).save_file(path)
    wizard = CleaningWizard(ws)
    qtbot.addWidget(wizard)
    qtbot.waitUntil(lambda: wizard.frames is not None, timeout=10_000)
    wizard.load_recipe_file(str(path))
    assert "原单号" in wizard.progress.status_label.text() and "lacks" in wizard.steps.item(0).text()
    wizard.remap({"原单号": "订单号"})
    assert "lacks" not in wizard.steps.item(0).text()


def test_wizard_data_quality_tab_matches_the_core_report(qtbot, ws):
    from shoplens.cleaning.quality import quality_report
    from shoplens.ui.cleaning.wizard import CleaningWizard

    wizard = CleaningWizard(ws)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.frames is not None, timeout=10_000)
    wizard.tabs.setCurrentWidget(wizard.quality)  # shown: the report is worked out
    qtbot.waitUntil(lambda: wizard.quality.report is not None, timeout=10_000)
    expected = quality_report(ws, wizard.recipe)
    table = wizard.quality.table
    assert table.rowCount() == len(expected["fields"])
    phone_row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Phone")
    phone = expected["fields"]["phone"]
    assert [table.item(phone_row, c).text() for c in (2, 3, 4)] == [
        f"{phone['filled']:,}", f"{phone['valid']:,}", f"{phone['invalid']:,}"]
    assert f"{expected['rows']['read']:,} read" in wizard.quality.summary.text()
    # a step added in the wizard shows in "changed by" after checking again
    while wizard.suggestion_apply.isEnabled():
        qtbot.mouseClick(wizard.suggestion_apply, Qt.MouseButton.LeftButton)
    wizard.quality.check_button.click()
    qtbot.waitUntil(lambda: any(table.item(r, 5).text() != "–" for r in range(table.rowCount())), timeout=10_000)
    wizard.close()


def test_every_suggestion_reads_the_same_in_the_english_ui_as_in_the_core(ws):
    from shoplens.cleaning.recipe import Recipe
    from shoplens.cleaning.suggest import Suggestion, suggest
    from shoplens.ui.cleaning.texts import suggestion_text

    found = suggest(ws, recipe=Recipe(), fuzzy=True)
    assert len(found) >= 4
    for s in found:
        assert suggestion_text(s, english_names=True) == s.message, s.code
    made_up = [  # kinds the test shop does not show, with figures of our own
        Suggestion("phones", "12 phone numbers have spaces, dashes or +86, or were stored as numbers; 3 cannot be"
                   " read. Standardise them and flag the unreadable ones?", 15, args=(12, 3)),
        Suggestion("dates:birthday", "1,200 dates in birthday are written like 05.03.2024 and 40 of them only make"
                   " sense day first. Read them day first?", 1200, args=(1200, "birthday", 40)),
        Suggestion("outliers", "2 orders are far above the shop's usual amounts (over 9,999.00). Flag them for review"
                   " (they are not removed)?", 2, args=(2, "9,999.00"))]
    for s in made_up:
        assert suggestion_text(s, english_names=True) == s.message, s.code
