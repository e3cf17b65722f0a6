"""Messages translatable by construction: InputError takes a template and its parts; every raise site writes one."""

from __future__ import annotations

import string
import sys
from pathlib import Path

import pytest

from shoplens.errors import InputError, Message, fill

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

import extract_core_messages


def test_str_fills_the_template_in_english_with_the_place_and_the_hint():
    err = InputError('The column "{column}" has no dates; {count:,} cells are text.', file="shop.xlsx", sheet="订单",
                     column="下单时间", hint="Choose the column that holds {what}.", count=12345, what="the order date")
    assert err.message == 'The column "下单时间" has no dates; 12,345 cells are text.'
    assert err.hint == "Choose the column that holds the order date."
    assert str(err) == ('file "shop.xlsx", sheet "订单", column "下单时间": The column "下单时间" has no dates;'
                        " 12,345 cells are text. Choose the column that holds the order date.")
    assert err.text.template == 'The column "{column}" has no dates; {count:,} cells are text.'
    assert err.params == {"file": "shop.xlsx", "sheet": "订单", "column": "下单时间", "count": 12345,
                          "what": "the order date"}


def test_braces_in_values_stay_as_they_are_and_doubled_braces_are_literal():
    err = InputError('There is no column "{name}" ({{"a": 1}}).', name="{odd}")
    assert err.message == 'There is no column "{odd}" ({"a": 1}).'


def test_a_nested_message_is_filled_too():
    err = InputError("{where}: {problem}", where='tag "VIP"', problem=Message("unknown field {field!r}.", field="x"))
    assert str(err) == "tag \"VIP\": unknown field 'x'."


def test_a_text_formatted_before_it_got_here_is_shown_as_it_is():
    assert fill("Rows {from a file}", {}) == "Rows {from a file}"
    assert InputError("The sheet {x} is odd").message == "The sheet {x} is odd"


def test_located_fills_the_place_later():
    err = InputError("The row {row} is empty.", row=None).located(file="a.csv", row=3)
    assert err.message == "The row 3 is empty." and err.file == "a.csv"


def test_every_message_of_the_core_is_a_template_not_a_formatted_text():
    """An f-string, `+` or `.format` in a raise site would reach the UI already filled in, so it could not be
    translated: each site writes a template and passes the parts as keywords."""
    assert extract_core_messages.problems() == []


@pytest.mark.parametrize("template", extract_core_messages.templates())
def test_every_template_is_a_valid_format_string(template):
    fields = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
    assert all(name.isidentifier() for name in fields), fields


def test_every_chinese_translation_of_a_template_has_the_same_parts():
    """A translation that drops or renames a part ({count}) would show a hole, or the English instead."""
    import xml.etree.ElementTree as ET

    ts = Path(__file__).resolve().parents[1] / "resources" / "translations" / "shoplens_zh_CN.ts"
    context = next(c for c in ET.parse(ts).getroot() if c.findtext("name") == "CoreMessages")
    templates = set(extract_core_messages.templates())
    checked = 0
    for message in context.findall("message"):
        source, translation = message.findtext("source"), message.find("translation")
        if source not in templates or translation is None or not translation.text:
            continue
        checked += 1
        parts = sorted(name for _, name, _, _ in string.Formatter().parse(source) if name is not None)
        assert sorted(name for _, name, _, _ in string.Formatter().parse(translation.text) if name is not None) \
            == parts, source
    assert checked > 200
