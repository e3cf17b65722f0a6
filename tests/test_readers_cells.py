"""Cell values become the text a user sees: identifiers never pass through float notation."""

import datetime as dt

import pytest

from shoplens.ingest.cells import cell_text, float_text, unwrap_text_cell


@pytest.mark.parametrize(("value", "text"), [
    (13800138000.0, "13800138000"),
    (1.38e10, "13800000000"),
    (1e20, "100000000000000000000"),
    (-0.0, "0"),
    (12.0, "12"),
    (0.1, "0.1"),
    (0.1 + 0.2, "0.3"),
    (29.900000000000002, "29.9"),
    (36.5 * 3 * 0.9, "98.55"),
    (1234567890123456789.0, "1234567890123460000"),
    (-1e15, "-1000000000000000"),
    (123456789012.345, "123456789012.345"),
    (1.5e-05, "0.000015"),
    (-2.5e-7, "-0.00000025"),
    (123456.789, "123456.789"),
    (float("nan"), ""),
])
def test_floats_print_without_exponent_or_trailing_zero(value, text):
    assert float_text(value) == text
    assert "e" not in cell_text(value).lower()


@pytest.mark.parametrize(("value", "text"), [
    (True, "TRUE"),
    (False, "FALSE"),
    (7, "7"),
    ("00123", "00123"),
    (None, ""),
    (dt.datetime(2024, 3, 5, 13, 45, 10), "2024-03-05 13:45:10"),
    (dt.datetime(2024, 3, 5), "2024-03-05"),
    (dt.datetime(2024, 3, 5, 13, 45, 9, 999_700), "2024-03-05 13:45:10"),
    (dt.datetime(2024, 3, 5, 23, 59, 59, 999_999), "2024-03-06"),
    (dt.date(1999, 12, 31), "1999-12-31"),
    (dt.time(8, 5, 3), "08:05:03"),
    (dt.time(12, 0, 59, 600_000), "12:01:00"),
    (dt.timedelta(days=1, hours=12), "36:00:00"),
    (dt.timedelta(minutes=-90), "-1:30:00"),
])
def test_other_cell_types(value, text):
    assert cell_text(value) == text


@pytest.mark.parametrize(("raw", "value"), [
    ('="13800138000"', "13800138000"),
    ('="00123"', "00123"),
    ('="say ""hi"""', 'say "hi"'),
    ("'013800138000", "013800138000"),
    ("'+86 138 0013 8000", "+86 138 0013 8000"),
    ("'2024-01-05", "2024-01-05"),
    ("=SUM(A1:A3)", None),
    ("'Tis the season", None),
    ("O'Brien", None),
    ("'", None),
    ("", None),
])
def test_excel_text_wrappers_are_unwrapped(raw, value):
    assert unwrap_text_cell(raw) == value
