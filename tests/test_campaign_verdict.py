"""A campaign's verdict, read before any statistic: worked / probably worked / not clear yet / did not work."""

from __future__ import annotations

import datetime as dt

import pytest

from shoplens.campaigns.results import (
    COMPLETE,
    DID_NOT_WORK,
    NOT_CLEAR,
    NOT_STARTED,
    PROBABLY_WORKED,
    RUNNING,
    WORKED,
    CampaignResults,
)
from shoplens.campaigns.stats import compare_conversion
from shoplens.campaigns.store import Campaign
from shoplens.campaigns.texts import verdict_text

CAMPAIGN = Campaign(1, "Win back", "sms", None, dt.date(2024, 6, 1), 30, 0.2, 7, None, None, None, None, "")  # type: ignore[arg-type]


def result(status: str, x1: int, n1: int, x2: int, n2: int) -> CampaignResults:
    out = CampaignResults(CAMPAIGN, status, dt.date(2024, 7, 15), n1, n2)
    out.conversion = None if status == NOT_STARTED else compare_conversion(x1, n1, x2, n2)
    return out


@pytest.mark.parametrize("status, counts, key, reason", [
    (COMPLETE, (120, 800, 10, 200), WORKED, "more_buyers"),  # 15% against 5%
    (COMPLETE, (40, 800, 30, 200), DID_NOT_WORK, "fewer_buyers"),  # 5% against 15%
    (COMPLETE, (400, 8000, 1000, 20000), DID_NOT_WORK, "no_lift"),  # 5.0% against 5.0%: the interval is tight
    (COMPLETE, (60, 800, 9, 200), PROBABLY_WORKED, "likely_more"),  # 7.5% against 4.5%, p = 0.13
    (COMPLETE, (6, 60, 1, 15), NOT_CLEAR, "too_small"),
    (RUNNING, (120, 800, 10, 200), PROBABLY_WORKED, "so_far_more"),
    (RUNNING, (40, 800, 11, 200), NOT_CLEAR, "window_open"),
    (NOT_STARTED, (0, 800, 0, 200), NOT_CLEAR, "no_data"),
])
def test_verdicts(status, counts, key, reason) -> None:
    r = result(status, *counts)
    assert (r.verdict.key, r.verdict.reason) == (key, reason)
    english, chinese = verdict_text(r, "en"), verdict_text(r, "zh_CN")
    assert "{" not in english and "{" not in chinese
    assert english.split(":")[0] in ("The campaign worked", "The campaign probably worked", "Not clear yet",
                                     "The campaign did not work")


def test_worked_says_how_many_more_per_100() -> None:
    text = verdict_text(result(COMPLETE, 120, 800, 10, 200), "en")
    assert text == "The campaign worked: 10.0 more buyers per 100 customers than the holdout group."
