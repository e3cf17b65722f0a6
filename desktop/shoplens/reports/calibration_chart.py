"""The chart of a prediction model's holdout check: how its forecast compares with what the customers then did."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..predict.calibration import HoldoutCheck
from .fonts import configure_matplotlib

if TYPE_CHECKING:
    from matplotlib.figure import Figure

TEXTS = {
    "title_tracking": ("Repeat purchases, cumulative", "累计复购次数"),
    "title_frequency": ("Holdout: purchases per customer", "对照期：人均购买次数"),
    "actual": ("Actual", "实际"),
    "model": ("Model (BG/NBD)", "模型预测（BG/NBD）"),
    "split": ("End of calibration", "校准期结束"),
    "repeat_calibration": ("Repeat purchases in the calibration period", "校准期复购次数"),
}


def _tr(key: str, lang: str) -> str:
    en, zh = TEXTS[key]
    return zh if lang.startswith("zh") else en


def calibration_figure(check: HoldoutCheck, lang: str = "en") -> Figure:
    """Two panels: cumulative repeat purchases over time, and holdout purchases by calibration frequency."""
    import numpy as np
    from matplotlib.figure import Figure

    configure_matplotlib()
    fig = Figure(figsize=(10, 4), dpi=100, layout="constrained")
    left, right = fig.subplots(1, 2)
    track = check.tracking
    dates = np.array(track["day"].tolist(), dtype="datetime64[D]")
    left.plot(dates, track["actual"], color="#2e7d6b", label=_tr("actual", lang))
    left.plot(dates, track["predicted"], color="#e07a3f", linestyle="--", label=_tr("model", lang))
    left.axvline(np.datetime64(check.calibration_end), color="#888", linestyle=":", label=_tr("split", lang))
    left.set_title(_tr("title_tracking", lang))
    left.yaxis.set_major_formatter(lambda v, _: f"{v:,.0f}")
    left.legend(loc="upper left", frameon=False)
    for tick in left.get_xticklabels():
        tick.set_rotation(30)
        tick.set_horizontalalignment("right")
    by = check.by_frequency
    pos = np.arange(len(by))
    right.bar(pos - 0.2, by["actual"], width=0.4, color="#2e7d6b", label=_tr("actual", lang))
    right.bar(pos + 0.2, by["predicted"], width=0.4, color="#e07a3f", label=_tr("model", lang))
    right.set_xticks(pos, by["frequency"].tolist())
    right.set_xlabel(_tr("repeat_calibration", lang))
    right.set_title(_tr("title_frequency", lang))
    right.legend(loc="upper left", frameon=False)
    for ax in (left, right):
        ax.spines[["top", "right"]].set_visible(False)
    return fig
