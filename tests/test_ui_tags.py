"""The rule builder, the tag wizard end to end, and the tag manager (pytest-qt, workers run synchronously)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWizard

from shoplens.errors import InputError
from shoplens.features.metrics import refresh
from shoplens.tags.evaluate import Context, customer_frame, evaluate
from shoplens.tags.history import customer_ids_for_tag, tag_history
from shoplens.tags.model import TagDef
from shoplens.tags.refresh import refresh_tags
from shoplens.tags.rules import validate_rule
from shoplens.tags.store import find_tag, list_tags, save_tag
from shoplens.ui.common import worker
from shoplens.ui.tags.manager import TagManager
from shoplens.ui.tags.rule_builder import ConditionGroup, RuleBuilder
from shoplens.ui.tags.wizard import TagWizard


@pytest.fixture
def ws(small_workspace, monkeypatch):
    monkeypatch.setattr(worker, "SYNCHRONOUS", True)
    refresh(small_workspace)
    return small_workspace


def _expected(ws, rule) -> list[int]:
    frame, as_of = customer_frame(ws)
    return sorted(frame.index[evaluate(validate_rule(rule), Context(frame, as_of))].tolist())


def _set_row(row, field, op, value="", value_to=""):
    row.field.setCurrentIndex(row.field.findData(field))
    row.op.setCurrentIndex(row.op.findData(op))
    row.value.setText(value)
    row.value_to.setText(value_to)


def test_rule_builder_rows_groups_and_not(qtbot):
    builder = RuleBuilder()
    qtbot.addWidget(builder)
    changes = []
    builder.changed.connect(lambda: changes.append(1))
    row = builder.root.items[0]
    _set_row(row, "recency_days", "<=", "30")
    assert builder.rule() == {"field": "recency_days", "op": "<=", "value": 30}
    assert changes
    # operators follow the field's kind: text fields have no "<"
    row.field.setCurrentIndex(row.field.findData("city"))
    assert row.op.findData("<") == -1 and row.op.findData("contains") >= 0
    _set_row(row, "city", "in", "上海，杭州, 北京")
    qtbot.mouseClick(builder.root.add_group_button, pytest.importorskip("PySide6.QtCore").Qt.MouseButton.LeftButton)
    group = builder.root.items[1]
    assert isinstance(group, ConditionGroup)
    group.join.setCurrentIndex(group.join.findData("any"))
    group.negate.setChecked(True)
    _set_row(group.items[0], "frequency", "between", "2", "5")
    extra = group.add_condition()
    _set_row(extra, "birthday", "same_month")
    assert not extra.value.isVisible() or extra.value.isHidden()
    assert builder.rule() == {"all": [
        {"field": "city", "op": "in", "value": ["上海", "杭州", "北京"]},
        {"not": {"any": [{"field": "frequency", "op": "between", "value": [2, 5]},
                         {"field": "birthday", "op": "same_month"}]}}]}
    # the same rule shown again reads back the same
    again = RuleBuilder()
    qtbot.addWidget(again)
    again.set_rule(builder.rule())
    assert again.rule() == builder.rule()
    # a lone NOT condition becomes a negated group of one
    again.set_rule({"not": {"field": "gender", "op": "empty"}})
    assert again.rule() == {"not": {"all": [{"field": "gender", "op": "empty"}]}}
    _set_row(group.items[0], "frequency", ">=", "many")
    with pytest.raises(InputError, match="must be a number"):
        builder.rule()
    group.remove_requested.emit(group)
    assert len(builder.root.items) == 1


def test_wizard_templates_thresholds_custom_rule_and_save(qtbot, ws):
    wizard = TagWizard(ws)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.ctx is not None, timeout=10_000)
    page = wizard.template_page
    for i in range(page.list.count()):
        item = page.list.item(i)
        item.setCheckState(QtChecked(item.data(256) in ("lifecycle", "member_level")))
    assert page.chosen() == ["lifecycle", "member_level"]
    wizard.next()
    thresholds = wizard.threshold_page
    assert set(thresholds.boxes) == {"lifecycle", "member_level"}
    spins = thresholds.boxes["lifecycle"]["spins"]
    spins["lost_days"].setValue(200)
    qtbot.waitUntil(lambda: thresholds.boxes["lifecycle"]["built"].params["lost_days"] == 200, timeout=3000)
    lost = thresholds.boxes["lifecycle"]["built"].values[-1]
    assert lost.rule == {"field": "recency_days", "op": ">", "value": 200}
    text = thresholds.boxes["lifecycle"]["result"].text()
    assert f"Lost: <b>{len(_expected(ws, lost.rule)):,}</b>" in text and "no value: 1" in text  # customer 1 never bought
    assert "Member level: 金卡会员" in thresholds.boxes["member_level"]["result"].text()
    wizard.next()
    custom = wizard.custom_page
    custom.enabled.setChecked(True)
    form = custom.form
    form.name_en.setText("Frequent in Shanghai")
    form.name_zh.setText("上海常客")
    _set_row(form.builder.root.items[0], "frequency", ">=", "110")
    row = form.builder.root.add_condition()
    _set_row(row, "city", "=", "上海")
    rule = {"all": [{"field": "frequency", "op": ">=", "value": 110}, {"field": "city", "op": "=", "value": "上海"}]}
    expected = _expected(ws, rule)
    qtbot.waitUntil(lambda: form.last_count == len(expected), timeout=3000)
    assert form.preview.rowCount() == min(len(expected), 50) > 0
    assert form.preview.item(0, 0).text() == str(expected[0])
    wizard.next()
    assert "Frequent in Shanghai" in wizard.summary_page.text.text()
    saved = []
    wizard.saved.connect(saved.append)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    names = {t.name_en for t in list_tags(ws)}
    assert {"New", "Lost", "Member level: 金卡会员", "Frequent in Shanghai"} <= names
    assert customer_ids_for_tag(ws, "上海常客") == expected
    assert customer_ids_for_tag(ws, "Lost") == _expected(ws, lost.rule)


def QtChecked(on):
    from PySide6.QtCore import Qt

    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked


def test_manager_lists_edits_and_deletes(qtbot, ws, monkeypatch):
    save_tag(ws, TagDef("Big spenders", "大客户", "value", {"field": "monetary", "op": "top_pct", "value": 10}))
    save_tag(ws, TagDef("Shanghai", "上海", "basic", {"field": "city", "op": "=", "value": "上海"}))
    refresh_tags(ws)
    manager = TagManager(ws)
    qtbot.addWidget(manager)
    tree = manager.tree
    layers = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert layers == ["Basic (1)", "Value (1)"]
    big = tree.topLevelItem(1).child(0)
    assert big.text(0) == "Big spenders"
    assert big.text(1).startswith(f"{len(customer_ids_for_tag(ws, 'Big spenders')):,}")
    tree.setCurrentItem(big)
    assert "Counts at each refresh" in manager.details.text()
    # edit: top 10% → top 30%; the trend column shows the growth
    before = len(customer_ids_for_tag(ws, "Big spenders"))
    manager.edit_selected()
    qtbot.waitUntil(lambda: getattr(manager, "edit_dialog", None) is not None, timeout=5000)
    dialog = manager.edit_dialog
    dialog.form.builder.root.items[0].value.setText("30")
    dialog.accept()
    qtbot.waitUntil(lambda: not manager.busy and find_tag(ws, "Big spenders").rule["value"] == 30, timeout=5000)
    after = len(customer_ids_for_tag(ws, "Big spenders"))
    assert after > before
    assert [h["count"] for h in tag_history(ws, "Big spenders")] == [before, after]
    big = manager.tree.topLevelItem(1).child(0)
    assert big.text(2) == f"{after - before:+,}"
    manager.tree.setCurrentItem(big)
    assert "entered" in manager.details.text()
    # delete, after saying yes
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    manager.delete_selected()
    qtbot.waitUntil(lambda: not manager.busy and len(list_tags(ws)) == 1, timeout=5000)
    assert manager.tree.topLevelItemCount() == 1
    manager.shutdown()
