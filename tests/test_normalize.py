"""Parsing of money, dates, phones, e-mails, genders, flags and statuses, as shop exports write them."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from shoplens.ingest import normalize as nz


def s(*values):
    return pd.Series(list(values), dtype="object")


def plain(series):
    """Values as a list with every kind of missing value as None."""
    return [None if pd.isna(v) else v for v in series]


def test_money_in_many_spellings():
    cents, invalid = nz.parse_money_cents(s("¥1,234.50", "1234元", "(12.00)", "$9.9", "￥８８", "12,50", "", "abc"))
    assert cents.tolist()[:6] == [123450, 123400, -1200, 990, 8800, 1250]
    assert cents.isna().tolist()[6:] == [True, True]
    assert invalid.tolist() == [False] * 7 + [True]


def test_money_never_drifts_by_a_cent():
    values = [f"{i / 100:.2f}" for i in range(0, 100_000, 7)]
    cents, _ = nz.parse_money_cents(s(*values))
    assert cents.tolist() == list(range(0, 100_000, 7))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2024-03-05 14:22:10", "2024-03-05 14:22:10"),
        ("2024/3/5", "2024-03-05 00:00:00"),
        ("2024/3/5 9:05", "2024-03-05 09:05:00"),
        ("2024年3月5日", "2024-03-05 00:00:00"),
        ("45356", "2024-03-05 00:00:00"),
        ("45356.5", "2024-03-05 12:00:00"),
        ("2024-03-05 14:22:10 +0800", "2024-03-05 14:22:10"),
        ("2024-03-05T06:22:10Z", "2024-03-05 14:22:10"),
        ("20240305", "2024-03-05 00:00:00"),
    ],
)
def test_dates_in_mixed_formats(text, expected):
    out, invalid = nz.parse_datetime(s(text), time_zone="Asia/Shanghai")
    assert out.iloc[0] == expected
    assert not invalid.iloc[0]


def test_day_first_setting():
    out, _ = nz.parse_datetime(s("05.03.2024"), dayfirst=True)
    assert out.iloc[0] == "2024-03-05 00:00:00"
    out, _ = nz.parse_datetime(s("03/05/2024"), dayfirst=False)
    assert out.iloc[0] == "2024-03-05 00:00:00"


def test_unreadable_dates_are_flagged_not_guessed():
    out, invalid = nz.parse_datetime(s("soon", "", "2024-13-45"))
    assert out.isna().all()
    assert invalid.tolist() == [True, False, True]


def test_phones_restored_and_standardised():
    out, invalid, counts = nz.parse_phone(
        s("13800138000.0", "+86 138 0013 8000", "008613800138000", '="13800138000"', "138-0013-8000",
          "+1 415 555 0100", "021-5555-1234", "1.38001E+10", "12345", ""), "CN")
    assert plain(out) == ["13800138000"] * 5 + ["+14155550100", "02155551234", None, None, None]
    assert invalid.tolist() == [False] * 7 + [True, True, False]
    assert counts["stored_as_number"] == 1
    assert counts["scientific"] == 1


def test_email_gender_flag_status():
    email, bad = nz.parse_email(s(" Ann@Example.COM ", "not-an-email", ""))
    assert plain(email) == ["ann@example.com", None, None]
    assert bad.tolist() == [False, True, False]
    gender, _ = nz.parse_gender(s("男", "女", "M", "female", "1", "0", "保密"))
    assert plain(gender) == ["M", "F", "M", "F", "M", "F", None]
    flag, _ = nz.parse_flag(s("yes", "no", "是", "否", "TRUE", ""))
    assert plain(flag) == [1, 0, 1, 0, 1, None]
    status = nz.parse_status(s("交易成功", "交易关闭", "退款成功", "paid", "refunded", "partially_refunded", "pending", ""))
    assert status.tolist() == ["paid", "cancelled", "refunded", "paid", "refunded", "paid", "pending", "paid"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(max_size=30), min_size=1, max_size=20))
def test_parsers_never_raise_and_keep_length(values):
    series = s(*values)
    for parse in (nz.parse_money_cents, nz.parse_email, nz.parse_gender, nz.parse_flag, nz.parse_number):
        out, invalid = parse(series)
        assert len(out) == len(values) == len(invalid)
    out, invalid = nz.parse_datetime(series)
    assert len(out) == len(values)
    out, invalid, _ = nz.parse_phone(series)
    assert len(out) == len(values)
    # an invalid flag is only ever raised on a non-empty cell
    assert not (invalid & series.str.strip().eq("")).any()


def _shortcut_and_general(parse, shortcut: str, cells: list[str], *args):
    """What `parse` gives for the cells with its shortcut, and with the shortcut turned off (the general path)."""
    values = pd.Series(pd.array(cells, dtype="str"))
    fast = parse(values, *args)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(nz, shortcut, lambda *a: None)
        general = parse(values, *args)
    assert fast[1].tolist() == general[1].tolist()  # the same cells found invalid
    assert fast[2:] == general[2:]  # and the same counts of repairs (phones)
    return fast[0], general[0]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.one_of(st.just(""), st.integers(0, 10**12 - 1).map(str),
                          st.tuples(st.integers(0, 10**12 - 1), st.integers(0, 99), st.booleans()).map(
                              lambda t: f"{t[0]}.{t[1]:02d}" if t[2] else f"{t[0]}.{t[1] % 10}")),
                min_size=1, max_size=40))
def test_plain_amounts_read_the_same_through_the_shortcut(cells):
    """Columns of plain amounts (the usual export) take a shortcut that must give the general path's cents."""
    fast, general = _shortcut_and_general(nz.parse_money_cents, "_plain_amounts", cells)
    assert fast.equals(general)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.one_of(st.just(""), st.datetimes(min_value=dt.datetime(1899, 12, 1), max_value=dt.datetime(2101, 1, 1))
                          .map(lambda d: d.strftime("%Y-%m-%d %H:%M:%S")),
                          st.sampled_from(["2024-02-30 10:00:00", "2023-02-29 00:00:00", "2024-04-31 01:02:03"])),
                min_size=1, max_size=40))
def test_iso_order_times_read_the_same_through_the_shortcut(cells):
    """Columns already in 'YYYY-MM-DD HH:MM:SS' take a shortcut that must give the general path's values."""
    fast, general = _shortcut_and_general(nz.parse_datetime, "_iso_datetimes", cells)
    pd.testing.assert_series_equal(fast, general)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.one_of(st.just(""), st.integers(0, 10**12 - 1).map(str),
                          st.tuples(st.integers(0, 10**6), st.integers(0, 999999)).map(lambda t: f"{t[0]}.{t[1]}")),
                min_size=1, max_size=40))
def test_plain_quantities_read_the_same_through_the_shortcut(cells):
    fast, general = _shortcut_and_general(nz.parse_number, "_plain_numbers", cells)
    pd.testing.assert_series_equal(fast, general)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.one_of(st.just(""), st.integers(13 * 10**9, 19 * 10**9 + 10**9 - 1).map(str)), min_size=1,
                max_size=40))
def test_clean_mobile_numbers_read_the_same_through_the_shortcut(cells):
    fast, general = _shortcut_and_general(nz.parse_phone, "_plain_mobiles", cells, "CN")
    assert fast.isna().tolist() == general.isna().tolist()
    assert fast.fillna("").tolist() == general.fillna("").tolist()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(["a", "王", " ", "\u3000", "\t", "=", '"', "'", "1", "\n"]),
                        max_size=6), min_size=1, max_size=30))
def test_text_cells_tidied_the_same_with_or_without_the_shortcut(cells):
    values = pd.Series(pd.array(cells, dtype="str"))
    fast = nz.tidy_text(values)
    general = nz.unwrap(values.astype("str").str.strip())
    general = general.where(general != "", None)
    assert fast.isna().tolist() == general.isna().tolist()
    assert fast.fillna("").tolist() == general.fillna("").tolist()


@settings(max_examples=200, deadline=None)
@example(["-5"]).via("a minus is not a space: the class's range \u2000-\u200a read as three characters said it was")
@example(["\u2005x"]).via("a space inside that range")
@given(st.lists(st.text(max_size=4) | st.text(alphabet=st.sampled_from(["a", "王", " ", "\u3000", "\xa0", "=", "'"]),
                                                  max_size=4), min_size=1, max_size=5))
def test_the_tidy_check_answers_as_its_regex(cells):
    import pyarrow as pa
    import pyarrow.compute as pc

    array = pa.array(cells, type=pa.large_string())
    regex = pc.any(pc.match_substring_regex(array, f"^[{nz._SPACES}=']|[{nz._SPACES}]$")).as_py()
    assert nz._may_need_tidying(array) == bool(regex)
