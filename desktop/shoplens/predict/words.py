"""Predictions in plain words: a band for the chance of buying again, read before any model figure.

The band is the chance of at least one purchase in the next CHURN_HORIZON_DAYS (1 − churn risk), the same
horizon as the 12-month value beside it: high from HIGH_FROM, medium from MEDIUM_FROM, else low. The model's
parameters and the other figures stay behind a Details control.
"""

from __future__ import annotations

from collections.abc import Iterable

HIGH, MEDIUM, LOW = "high", "medium", "low"
HIGH_FROM, MEDIUM_FROM = 0.6, 0.3

BANDS: dict[str, tuple[str, str]] = {HIGH: ("high", "高"), MEDIUM: ("medium", "中"), LOW: ("low", "低")}


def buy_again_band(churn_risk: float | None) -> str | None:
    """'high', 'medium' or 'low' for the chance of buying again within a year; None without a prediction."""
    if churn_risk is None or churn_risk != churn_risk:
        return None
    chance = 1.0 - float(churn_risk)
    return HIGH if chance >= HIGH_FROM else (MEDIUM if chance >= MEDIUM_FROM else LOW)


def band_name(band: str, lang: str = "en") -> str:
    """The band in English or Chinese."""
    en, zh = BANDS[band]
    return zh if lang.startswith("zh") else en


def band_counts(churn_risks: Iterable[float | None]) -> dict[str, int]:
    """How many customers fall in each band ({'high', 'medium', 'low'}); customers without a prediction are left
    out."""
    counts = dict.fromkeys(BANDS, 0)
    for risk in churn_risks:
        band = buy_again_band(risk)
        if band is not None:
            counts[band] += 1
    return counts


CLOSE, FAIR, ROUGH = "close", "fair", "rough"
CLOSE_WITHIN, FAIR_WITHIN = 0.10, 0.25


def check_quality(relative_error: float) -> str:
    """How near the holdout check came, in a word: 'close' within CLOSE_WITHIN of the purchases really made, 'fair'
    within FAIR_WITHIN, else 'rough' (also when nothing was bought in the holdout period)."""
    if relative_error != relative_error:
        return ROUGH
    size = abs(relative_error)
    return CLOSE if size <= CLOSE_WITHIN else FAIR if size <= FAIR_WITHIN else ROUGH
