"""RFM segmentation schemes (China's eight types, the R×F grid, custom grids), their coverage check and use.

A grid scheme lists segments, each with the R, F (and optionally M) scores it accepts. Before a scheme runs,
`check_scheme` makes sure every score cell belongs to exactly one segment; otherwise it names the cells that
overlap or fall through (and, for tables meant to be read first-match, the segments that can never win).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import InputError

if TYPE_CHECKING:
    import pandas as pd

ALL = frozenset(range(1, 6))
NO_PURCHASES = ("no_purchases", "No imported orders", "无导入订单")


@dataclass(frozen=True)
class SegmentDef:
    """One segment of a scheme: a stable key, names in both languages, and the score cells it accepts."""

    key: str
    name_en: str
    name_zh: str
    r: frozenset[int] = ALL
    f: frozenset[int] = ALL
    m: frozenset[int] | None = None  # None: any M score


@dataclass(frozen=True)
class Scheme:
    """A segmentation scheme: 'threshold' (high/low against the mean or median) or 'grid' (1–5 score cells)."""

    key: str
    name_en: str
    name_zh: str
    kind: str
    segments: tuple[SegmentDef, ...]
    threshold: str = "mean"
    first_match: bool = False

    @property
    def levels(self) -> tuple[int, ...]:
        return (1, 2) if self.kind == "threshold" else (1, 2, 3, 4, 5)

    @property
    def uses_m(self) -> bool:
        return any(s.m is not None for s in self.segments)

    def segment(self, key: str) -> SegmentDef:
        """The segment with this key."""
        for s in self.segments:
            if s.key == key:
                return s
        raise KeyError(key)


@dataclass
class CoverageReport:
    """Which score cells are matched by more than one segment, by none, and which segments never win."""

    cells: int
    overlaps: list[tuple[str, list[str]]] = field(default_factory=list)
    uncovered: list[str] = field(default_factory=list)
    unreachable: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.overlaps or self.uncovered or self.unreachable)

    def message(self) -> str:
        """A sentence a shop owner can act on."""
        if self.ok:
            return f"Every one of the {self.cells} score cells belongs to exactly one segment."
        parts = []
        if self.unreachable:
            parts.append("These segments can never get a customer: " + ", ".join(self.unreachable) + ".")
        if self.overlaps:
            shown = "; ".join(f"{cell} ({', '.join(keys)})" for cell, keys in self.overlaps[:8])
            more = f" and {len(self.overlaps) - 8} more" if len(self.overlaps) > 8 else ""
            parts.append(f"{len(self.overlaps)} score cells belong to more than one segment: {shown}{more}.")
        if self.uncovered:
            shown = ", ".join(self.uncovered[:12])
            more = f" and {len(self.uncovered) - 12} more" if len(self.uncovered) > 12 else ""
            parts.append(f"{len(self.uncovered)} score cells belong to no segment: {shown}{more}.")
        return " ".join(parts)


def _seg(key: str, en: str, zh: str, r: Iterable[int], f: Iterable[int], m: Iterable[int] | None = None) -> SegmentDef:
    return SegmentDef(key, en, zh, frozenset(r), frozenset(f), None if m is None else frozenset(m))


HIGH, LOW = (2,), (1,)
_CN8 = (
    _seg("important_value", "Important value", "重要价值客户", HIGH, HIGH, HIGH),
    _seg("important_development", "Important development", "重要发展客户", HIGH, LOW, HIGH),
    _seg("important_retention", "Important retention", "重要保持客户", LOW, HIGH, HIGH),
    _seg("important_winback", "Important win-back", "重要挽留客户", LOW, LOW, HIGH),
    _seg("general_value", "General value", "一般价值客户", HIGH, HIGH, LOW),
    _seg("general_development", "General development", "一般发展客户", HIGH, LOW, LOW),
    _seg("general_retention", "General retention", "一般保持客户", LOW, HIGH, LOW),
    _seg("general_winback", "General win-back", "一般挽留客户", LOW, LOW, LOW),
)
GRID_SEGMENTS = (
    _seg("champions", "Champions", "核心客户", [5], [4, 5]),
    _seg("loyal", "Loyal", "忠诚客户", [3, 4], [4, 5]),
    _seg("potential_loyalist", "Potential loyalist", "潜力客户", [4, 5], [2, 3]),
    _seg("new_customers", "New customers", "新客户", [5], [1]),
    _seg("promising", "Promising", "有希望客户", [4], [1]),
    _seg("needs_attention", "Needs attention", "需关注客户", [3], [3]),
    _seg("about_to_sleep", "About to sleep", "即将沉睡客户", [3], [1, 2]),
    _seg("at_risk", "At risk", "风险客户", [1, 2], [3, 4]),
    _seg("cant_lose_them", "Can't lose them", "不能失去的客户", [1, 2], [5]),
    _seg("hibernating", "Hibernating", "沉睡客户", [1, 2], [1, 2]),
)
SCHEME_NAMES = {
    "rfm-cn8": ("China's eight customer types", "RFM 八类客户"),
    "rfm-grid": ("R×F grid (ten segments)", "R×F 十类客户"),
}


def cn8_scheme(threshold: str = "mean") -> Scheme:
    """China's eight customer types: R, F and M each high or low against the shop's mean or median."""
    if threshold not in ("mean", "median"):
        raise InputError('The threshold must be "mean" or "median", not "{threshold}".', threshold=threshold)
    en, zh = SCHEME_NAMES["rfm-cn8"]
    return Scheme("rfm-cn8", en, zh, "threshold", _CN8, threshold=threshold)


def grid_scheme() -> Scheme:
    """The ten-segment R×F grid."""
    en, zh = SCHEME_NAMES["rfm-grid"]
    return Scheme("rfm-grid", en, zh, "grid", GRID_SEGMENTS)


def custom_scheme(name: str, segments: Sequence[Mapping], *, first_match: bool = False,
                  key: str = "custom") -> Scheme:
    """A user's grid from dicts {key, name_en, name_zh, r: [...], f: [...], m: [...] (optional)}."""
    defs, seen = [], set()
    for number, spec in enumerate(segments, start=1):
        seg_key = str(spec.get("key") or f"segment_{number}").strip()
        if seg_key in seen or seg_key == NO_PURCHASES[0]:
            raise InputError('Two segments share the key "{seg_key}"; give each segment its own key.', seg_key=seg_key)
        seen.add(seg_key)
        name_en = str(spec.get("name_en") or spec.get("name") or seg_key)
        name_zh = str(spec.get("name_zh") or name_en)
        sets = {}
        for dim in ("r", "f", "m"):
            raw = spec.get(dim)
            if raw is None:
                sets[dim] = None if dim == "m" else ALL
                continue
            try:
                scores = frozenset(int(v) for v in raw)
            except (TypeError, ValueError):
                raise InputError('Segment "{name_en}": the {dim} scores must be whole numbers 1 to 5.', name_en=name_en,
                                 dim=dim.upper()) \
                    from None
            if not scores or not scores <= ALL:
                raise InputError('Segment "{name_en}": the {dim} scores must be between 1 and 5.', name_en=name_en,
                                 dim=dim.upper())
            sets[dim] = scores
        defs.append(SegmentDef(seg_key, name_en, name_zh, sets["r"], sets["f"], sets["m"]))
    if not defs:
        raise InputError("A custom scheme needs at least one segment.")
    return Scheme(key, name, name, "grid", tuple(defs), first_match=first_match)


def get_scheme(key: str, threshold: str = "mean") -> Scheme:
    """A built-in scheme by key ('rfm-cn8' or 'rfm-grid')."""
    if key == "rfm-cn8":
        return cn8_scheme(threshold)
    if key == "rfm-grid":
        return grid_scheme()
    raise InputError('Unknown scheme "{key}".', hint="Choose rfm-cn8, rfm-grid or kmeans.", key=key)


def cell_name(scheme: Scheme, cell: tuple[int, ...]) -> str:
    """'R5 F1' (or 'R5 F1 M3'); for threshold schemes 'R high F low M high'."""
    if scheme.kind == "threshold":
        return " ".join(f"{d}{' high' if v == 2 else ' low'}" for d, v in zip("RFM", cell, strict=False))
    return " ".join(f"{d}{v}" for d, v in zip("RFM", cell, strict=False))


def _matches(seg: SegmentDef, cell: tuple[int, ...]) -> bool:
    r, f = cell[0], cell[1]
    m = cell[2] if len(cell) > 2 else None
    return r in seg.r and f in seg.f and (seg.m is None or m is None or m in seg.m)


def cells(scheme: Scheme) -> list[tuple[int, ...]]:
    """Every score cell of the scheme: R×F, or R×F×M when a segment restricts M."""
    dims = 3 if scheme.uses_m else 2
    return list(itertools.product(scheme.levels, repeat=dims))


def check_scheme(scheme: Scheme) -> CoverageReport:
    """List overlapping and uncovered cells (and, for first-match tables, segments that never win)."""
    all_cells = cells(scheme)
    report = CoverageReport(cells=len(all_cells))
    winners = set()
    for cell in all_cells:
        keys = [s.key for s in scheme.segments if _matches(s, cell)]
        if not keys:
            report.uncovered.append(cell_name(scheme, cell))
        else:
            winners.add(keys[0])
            if len(keys) > 1:
                report.overlaps.append((cell_name(scheme, cell), keys))
    if scheme.first_match:
        report.unreachable = [s.key for s in scheme.segments if s.key not in winners]
    return report


def cell_lookup(scheme: Scheme) -> dict[tuple[int, ...], str]:
    """Cell → segment key for a scheme that passed the check (raises InputError otherwise)."""
    report = check_scheme(scheme)
    if not report.ok:
        raise InputError('The scheme "{name_en}" cannot be used: {text}',
                         hint="Change the segments so that every score cell belongs to exactly one of them.",
                         name_en=scheme.name_en, text=report.message())
    return {cell: next(s.key for s in scheme.segments if _matches(s, cell)) for cell in cells(scheme)}


def comparison_statistic(method: str, parameters: dict | None = None) -> str:
    """'mean' or 'median': how a run's segments are compared with the whole shop on screen and in print. It is the
    statistic the run's rule uses (China's eight types against the mean: the mean), so a name such as "General
    value" reads true next to its figures; grid schemes, custom schemes and KMeans compare medians."""
    if method == "rfm-cn8":
        return (parameters or {}).get("threshold", "mean")
    return "median"


def profile_of(frame: pd.DataFrame, columns: tuple[str, ...] | list[str], statistic: str) -> dict[str, float | None]:
    """The mean or median of each column over the customers in `frame` with a purchase (None where none)."""
    buyers = frame[frame["frequency"] > 0] if "frequency" in frame else frame
    out: dict[str, float | None] = {}
    for column in columns:
        values = buyers[column].dropna().astype(float) if column in buyers else []
        out[column] = (float(values.mean()) if statistic == "mean" else float(values.median())) if len(values) else None
    return out


def thresholds(features: pd.DataFrame, how: str) -> dict[str, float]:
    """The shop's mean or median recency, frequency and monetary (over customers with a purchase)."""
    buyers = features[features["frequency"] > 0]
    money = buyers["monetary_cents"] if "monetary_cents" in buyers else buyers["monetary"]
    pick = (lambda s: float(s.mean())) if how == "mean" else (lambda s: float(s.median()))
    return {"recency_days": pick(buyers["recency_days"].dropna()), "frequency": pick(buyers["frequency"]),
            "monetary": pick(money)}


def score_cells(scheme: Scheme, features: pd.DataFrame) -> pd.DataFrame:
    """Per buyer, the cell coordinates the scheme reads: high/low (2/1) levels or 1–5 RFM scores."""
    import numpy as np
    import pandas as pd

    from .rfm import rfm_scores

    if scheme.kind == "grid":
        return rfm_scores(features)
    buyers = features[features["frequency"] > 0]
    money = buyers["monetary_cents"] if "monetary_cents" in buyers else buyers["monetary"]
    t = thresholds(features, scheme.threshold)
    recency = buyers["recency_days"].to_numpy(dtype=float)
    with np.errstate(invalid="ignore"):
        r_high = recency < t["recency_days"]  # NaN recency compares False: low
    return pd.DataFrame({
        "r": np.where(r_high, 2, 1),
        "f": np.where(buyers["frequency"].to_numpy(dtype=float) > t["frequency"], 2, 1),
        "m": np.where(money.to_numpy(dtype=float) > t["monetary"], 2, 1),
    }, index=buyers.index)


def assign(scheme: Scheme, features: pd.DataFrame) -> pd.Series:
    """The segment key of every customer in `features`; customers with no purchase get 'no_purchases'."""
    import numpy as np
    import pandas as pd

    lookup = cell_lookup(scheme)
    scored = score_cells(scheme, features)
    dims = 3 if scheme.uses_m else 2
    keys = sorted(set(lookup.values()))
    code_of = {k: i for i, k in enumerate(keys)}
    table = np.full((max(scheme.levels) + 1,) * dims, -1, dtype=np.int64)
    for cell, key in lookup.items():
        table[cell] = code_of[key]
    coords = tuple(scored[c].to_numpy() for c in "rfm"[:dims])
    codes = table[coords] if len(scored) else np.zeros(0, dtype=np.int64)
    labels = pd.Series(np.asarray(keys, dtype=object)[codes] if len(codes) else [], index=scored.index,
                       dtype=object)
    return labels.reindex(features.index).fillna(NO_PURCHASES[0]).astype(object)
