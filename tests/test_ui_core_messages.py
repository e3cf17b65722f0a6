"""The core's input errors shown in the UI language: matched to generated templates, translated, figures kept."""

from __future__ import annotations

import pytest

from shoplens.errors import InputError
from shoplens.ingest.readers import read_table
from shoplens.ui.common import i18n
from shoplens.ui.common.core_messages import describe_input_error, translate_core
from shoplens.ui.common.core_messages_catalogue import catalogue


@pytest.fixture
def chinese(qapp):
    i18n.install_language("zh_CN")
    yield
    i18n.install_language("en")


def test_the_catalogue_is_up_to_date_with_the_core():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
    import extract_core_messages

    assert set(extract_core_messages.templates()) == set(catalogue()), \
        "run tools/extract_core_messages.py (an InputError was added or changed)"


def test_english_ui_shows_exactly_the_core_text(qapp, tmp_path):
    empty = tmp_path / "会员.csv"
    empty.write_bytes(b"")
    with pytest.raises(InputError) as caught:
        read_table(empty)
    assert describe_input_error(caught.value) == str(caught.value)


def test_chinese_ui_translates_message_hint_and_place_keeping_the_figures(chinese, tmp_path):
    err = InputError('The workbook has no sheet named "订单". Its sheets are: "Sheet1", "会员".', file="shop.xlsx",
                     sheet="订单", row=12, column="手机号",
                     hint="Open it in Excel or WPS and save it again, or export the data once more.")
    text = describe_input_error(err)
    assert text.startswith('文件“shop.xlsx”，工作表“订单”，第 12 行，列“手机号”：')
    assert '工作簿中没有名为“订单”的工作表。现有工作表："Sheet1", "会员"。' in text
    assert text.endswith("请用 Excel 或 WPS 打开后重新保存，或重新导出一次数据。")
    assert translate_core("A message ShopLens never wrote.") == "A message ShopLens never wrote."


def test_a_real_reader_error_reads_in_chinese(chinese, tmp_path):
    path = tmp_path / "orders.xlsx"
    path.write_bytes(b"this is not a workbook at all")
    with pytest.raises(InputError) as caught:
        read_table(path)
    text = describe_input_error(caught.value)
    assert "orders.xlsx" in text and "工作簿" in text and "not a real" not in text


def test_cleaning_steps_read_in_chinese_with_field_names(chinese):
    from shoplens.cleaning.recipe import Step

    assert translate_core(Step("missing", {"field": "amount", "action": "flag"}).label(), field_names=True) == \
        "缺失的实付金额：标记待核查"
    assert "手机号" in translate_core(Step("phones").label(), field_names=True)
    # outside step labels a column name is never replaced by a field's name
    assert translate_core('There is no column "city" in this sheet. The columns are: city, phone.') == \
        "此工作表中没有“city”列。现有列：city, phone。"
