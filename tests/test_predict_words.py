"""Predictions in plain words: the chance of buying again as high / medium / low."""

from __future__ import annotations

import math

import pytest

from shoplens.predict.words import HIGH, LOW, MEDIUM, band_name, buy_again_band


@pytest.mark.parametrize("churn_risk, band", [(0.0, HIGH), (0.4, HIGH), (0.41, MEDIUM), (0.7, MEDIUM),
                                              (0.71, LOW), (1.0, LOW), (None, None), (math.nan, None)])
def test_bands_follow_the_chance_of_buying_again_within_a_year(churn_risk, band) -> None:
    assert buy_again_band(churn_risk) == band


def test_band_names_in_both_languages() -> None:
    assert [band_name(b) for b in (HIGH, MEDIUM, LOW)] == ["high", "medium", "low"]
    assert [band_name(b, "zh_CN") for b in (HIGH, MEDIUM, LOW)] == ["高", "中", "低"]
