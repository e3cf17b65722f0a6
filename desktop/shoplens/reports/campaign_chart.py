"""The campaign chart: share of each arm who bought within the window, with 95% intervals (matplotlib, no Qt)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..campaigns.texts import ct

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from ..campaigns.results import CampaignResults

TREATMENT_COLOUR, HOLDOUT_COLOUR = "#2e7d6b", "#9aa5ad"


def conversion_chart(results: Sequence[CampaignResults], lang: str = "en", *, width: float = 7.0) -> Figure:
    """Horizontal bars per campaign: treatment and holdout conversion (%) with Wilson 95% intervals."""
    from matplotlib.figure import Figure

    from .fonts import configure_matplotlib

    configure_matplotlib()
    shown = [r for r in results if r.conversion is not None]
    height = max(2.2, 0.9 * len(shown) + 1.3)
    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    ax = fig.add_subplot()
    ax.set_title(ct("conversion", lang))
    if not shown:
        ax.text(0.5, 0.5, ct("status_not_started", lang), ha="center", va="center", transform=ax.transAxes,
                color="#888")
        ax.set_axis_off()
        return fig
    rows = list(reversed(shown))
    top = 0.0
    for i, r in enumerate(rows):
        c = r.conversion
        for offset, p, ci, colour, key in ((0.2, c.p1, c.ci1, TREATMENT_COLOUR, "treatment"),
                                          (-0.2, c.p2, c.ci2, HOLDOUT_COLOUR, "holdout")):
            err = [[max(0.0, p - ci[0]) * 100], [max(0.0, ci[1] - p) * 100]]
            ax.barh(i + offset, p * 100, height=0.36, color=colour, xerr=err, capsize=3,
                    error_kw={"elinewidth": 1, "ecolor": "#333"}, label=ct(key, lang) if i == 0 and len(rows) > 1 else None)
            ax.text(ci[1] * 100 + 0.6, i + offset, f"{p * 100:.1f}%", va="center", fontsize=8)
            top = max(top, ci[1] * 100)
    if len(rows) == 1:  # one campaign: its name is the page's title
        ax.set_yticks([0.2, -0.2], [ct("treatment", lang), ct("holdout", lang)])
    else:
        ax.set_yticks(range(len(rows)), [r.campaign.name for r in rows])
    ax.set_xlim(0, top * 1.2 + 2)
    ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0f}%")
    if len(rows) > 1:
        ax.legend(loc="lower right", frameon=False, fontsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    return fig
