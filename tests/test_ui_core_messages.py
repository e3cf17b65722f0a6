"""The core's messages shown in the UI language: the template is translated through Qt, then filled with its parts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from shoplens.errors import InputError, Message
from shoplens.ingest.readers import read_table
from shoplens.ui.common import i18n
from shoplens.ui.common.core_messages import describe_input_error, translate_message
from shoplens.ui.common.core_messages_catalogue import TEMPLATES

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

import extract_core_messages


@pytest.fixture
def chinese(qapp):
    i18n.install_language("zh_CN")
    yield
    i18n.install_language("en")


def test_the_catalogue_lists_every_template_of_the_core():
    """lupdate reads the generated catalogue: a template missing there would never be translated."""
    assert list(TEMPLATES) == extract_core_messages.templates(), \
        "run tools/extract_core_messages.py (a message of the core was added or changed)"


def test_english_ui_shows_exactly_the_core_text(qapp, tmp_path):
    empty = tmp_path / "会员.csv"
    empty.write_bytes(b"")
    with pytest.raises(InputError) as caught:
        read_table(empty)
    assert describe_input_error(caught.value) == str(caught.value)


def test_chinese_ui_translates_message_hint_and_place_keeping_the_parts(chinese):
    err = InputError('The workbook has no sheet named "{sheet}". Its sheets are: {listed}.', file="shop.xlsx",
                     sheet="订单", row=12, column="手机号", listed='"Sheet1", "会员"',
                     hint="Open it in Excel or WPS and save it again, or export the data once more.")
    text = describe_input_error(err)
    assert text.startswith('文件“shop.xlsx”，工作表“订单”，第 12 行，列“手机号”：')
    assert '工作簿中没有名为“订单”的工作表。现有工作表："Sheet1", "会员"。' in text
    assert text.endswith("请用 Excel 或 WPS 打开后重新保存，或重新导出一次数据。")
    assert translate_message(Message("A message ShopLens never wrote ({n}).", n=3)) == \
        "A message ShopLens never wrote (3)."


def test_a_real_reader_error_reads_in_chinese(chinese, tmp_path):
    path = tmp_path / "orders.xlsx"
    path.write_bytes(b"this is not a workbook at all")
    with pytest.raises(InputError) as caught:
        read_table(path)
    text = describe_input_error(caught.value)
    assert "orders.xlsx" in text and "工作簿" in text and "not a real" not in text


def test_a_nested_message_is_translated_too(chinese):
    from shoplens.cleaning.recipe import Recipe

    with pytest.raises(InputError) as caught:
        Recipe.from_dict({"steps": [{"op": "missing", "params": {"field": "nonsense"}}]})
    text = describe_input_error(caught.value)
    assert text.startswith("第 1 步：") and "nonsense" in text and "Choose" not in text


def test_cleaning_steps_read_in_chinese_with_field_names(chinese):
    from shoplens.cleaning.recipe import Step

    assert translate_message(Step("missing", {"field": "amount", "action": "flag"}).text(), field_names=True) == \
        "缺失的实付金额：标记待核查"
    assert "手机号" in translate_message(Step("phones").text(), field_names=True)
    # outside step labels a column name is never replaced by a field's name
    err = InputError('There is no column "{column}" in this sheet. The columns are: {columns}.', column="city",
                     columns="city, phone")
    assert describe_input_error(err).endswith("：此工作表中没有“city”列。现有列：city, phone。")
