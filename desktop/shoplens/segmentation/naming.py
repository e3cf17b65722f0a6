"""Plain-language names for KMeans clusters in English and Chinese, from their medians against the shop's."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

RECENT, LAPSED = 0.6, 1.6  # cluster median recency / shop median recency
BIG, LOW = 2.0, 0.5  # cluster median spend / shop median spend

_NOUNS = {
    # (frequency, spend): (English, 中文)
    ("frequent", "big"): ("loyal big spenders", "忠实高消费客户"),
    ("once", "big"): ("big one-time spenders", "高消费一次性客户"),
    ("", "big"): ("big spenders", "高消费客户"),
    ("frequent", "low"): ("frequent small spenders", "高频低消费客户"),
    ("frequent", ""): ("regulars", "常客"),
    ("once", "low"): ("small one-timers", "低消费一次性客户"),
    ("once", ""): ("one-timers", "一次性客户"),
    ("", "low"): ("low spenders", "低消费客户"),
    ("", ""): ("mid-value customers", "中等价值客户"),
}
_PREFIX = {"recent": ("Recent", "近期"), "lapsed": ("Lapsed", "流失的"), "": ("", "")}
_PAIR = {
    "monetary": (("higher spend", "消费较高"), ("lower spend", "消费较低")),
    "frequency": (("more frequent", "购买较频繁"), ("less frequent", "购买较少")),
    "recency_days": (("more recent", "较近期"), ("less recent", "较久未购")),
}


@dataclass
class ClusterProfile:
    """One cluster: size, revenue, its medians against the shop's, and its names."""

    label: str
    size: int
    share: float
    revenue_cents: int
    revenue_share: float
    medians: dict[str, float]
    shop_medians: dict[str, float]
    name_en: str = ""
    name_zh: str = ""


def describe(p: ClusterProfile) -> tuple[str, str, str]:
    """The recency, frequency and spend words ('recent'/'lapsed'/'', 'frequent'/'once'/'', 'big'/'low'/'')."""
    def ratio(col: str) -> float:
        shop = p.shop_medians.get(col, math.nan)
        own = p.medians.get(col, math.nan)
        if not (shop == shop and own == own):
            return 1.0
        return own / shop if shop > 0 else (1.0 if own == shop else math.inf)

    r = ratio("recency_days")
    recency = "recent" if r <= RECENT else ("lapsed" if r >= LAPSED else "")
    freq, shop_freq = p.medians.get("frequency", math.nan), p.shop_medians.get("frequency", math.nan)
    if freq <= 1:
        frequency = "once"
    elif freq >= max(2 * shop_freq, shop_freq + 2):
        frequency = "frequent"
    else:
        frequency = ""
    m = ratio("monetary")
    spend = "big" if m >= BIG else ("low" if m <= LOW else "")
    return recency, frequency, spend


def base_name(p: ClusterProfile) -> tuple[str, str]:
    """The name from the profile alone, e.g. ('Recent big spenders', '近期高消费客户')."""
    recency, frequency, spend = describe(p)
    noun_en, noun_zh = _NOUNS[(frequency, spend)]
    pre_en, pre_zh = _PREFIX[recency]
    en = f"{pre_en} {noun_en}" if pre_en else noun_en
    return en[0].upper() + en[1:], pre_zh + noun_zh


def name_clusters(profiles: list[ClusterProfile]) -> None:
    """Set name_en and name_zh on every profile; names are unique within the list."""
    groups: dict[str, list[ClusterProfile]] = defaultdict(list)
    for p in profiles:
        p.name_en, p.name_zh = base_name(p)
        groups[p.name_en].append(p)
    for same in groups.values():
        if len(same) < 2:
            continue
        dim = max(_PAIR, key=lambda c: _spread(same, c))
        ordered = sorted(same, key=lambda p: (p.medians.get(dim, 0.0) * (-1 if dim == "recency_days" else 1),
                                              p.label), reverse=True)
        if len(ordered) == 2:
            for p, (en, zh) in zip(ordered, _PAIR[dim], strict=True):
                p.name_en, p.name_zh = f"{p.name_en} ({en})", f"{p.name_zh}（{zh}）"
        else:
            for i, p in enumerate(ordered, start=1):
                p.name_en, p.name_zh = f"{p.name_en} {i}", f"{p.name_zh} {i}"


def _spread(profiles: list[ClusterProfile], col: str) -> float:
    values = [p.medians.get(col, math.nan) for p in profiles]
    values = [v for v in values if v == v]
    if len(values) < 2:
        return 0.0
    low, high = min(values), max(values)
    return (high - low) / (abs(high) + abs(low) + 1e-9)
