"""The figures a segment report shows, gathered from the workspace (no drawing here)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..progress import Reporter
from .masking import mask_phone

if TYPE_CHECKING:
    import pandas as pd

    from ..campaigns.results import CampaignResults
    from ..features.headline import Headline
    from ..workspace import Workspace

PROFILE_METRICS = ("recency_days", "frequency", "monetary", "aov", "tenure_days")


@dataclass
class SegmentFacts:
    """One segment of the run: size, revenue, shares, strategy, profile against the shop and top customers."""

    label: str
    name_en: str
    name_zh: str
    strategy_en: str
    strategy_zh: str
    size: int
    revenue: float
    share_customers: float
    share_revenue: float
    profile: dict[str, float | None] = field(default_factory=dict)  # by ReportData.statistic
    top: list[dict[str, Any]] = field(default_factory=list)

    def name(self, lang: str) -> str:
        return self.name_zh if lang.startswith("zh") else self.name_en

    def strategy(self, lang: str) -> str:
        return self.strategy_zh if lang.startswith("zh") else self.strategy_en


@dataclass
class ReportData:
    """Everything the report prints."""

    shop_name: str
    currency: str
    as_of: dt.date
    first_order: str | None
    last_order: str | None
    run: dict[str, Any]
    kpis: Headline
    segments: list[SegmentFacts]
    shop_profile: dict[str, float | None]
    features: pd.DataFrame
    generated: str
    campaigns: list[CampaignResults] = field(default_factory=list)
    statistic: str = "median"  # how segments are compared with the shop: the statistic the run's rule uses


def latest_run_id(ws: Workspace) -> int:
    """The newest segmentation run, or InputError when there is none."""
    row = ws.conn.execute("SELECT max(id) FROM segmentations").fetchone()
    if row is None or row[0] is None:
        raise InputError("This workspace has no segmentation run yet, so there is no segment report to make.",
                         hint="Segment the customers first (shoplens segment, or Segments in the app).")
    return int(row[0])


def gather(ws: Workspace, run_id: int | None = None, *, top_n: int = 15, reporter: Reporter | None = None
           ) -> ReportData:
    """Read the run, the shop's headline figures and each segment's profile and top customers."""
    from ..features.headline import shop_summary
    from ..features.metrics import compute_features
    from ..segmentation.schemes import comparison_statistic, profile_of
    from ..workspace import now_text
    from .dashboard import kpis
    from .report_campaigns import campaign_results_for_report

    reporter = reporter or Reporter()
    run_id = latest_run_id(ws) if run_id is None else int(run_id)
    row = ws.conn.execute("SELECT id, name, method, parameters, as_of, created_at, customers FROM segmentations"
                          " WHERE id = ?", (run_id,)).fetchone()
    if row is None:
        raise InputError("There is no segmentation run number {run_id} in this workspace.", run_id=run_id)
    params = json.loads(row[3] or "{}")
    run = {"id": row[0], "name": row[1], "method": row[2], "k": params.get("k"), "as_of": row[4],
           "created_at": row[5], "customers": row[6]}
    as_of = dt.date.fromisoformat(row[4])
    reporter.step(1, 10, "Customer metrics")
    features = compute_features(ws, as_of, cancelled=reporter.cancelled)
    reporter.step(4, 10, "Segments")
    labels = dict(ws.conn.execute("SELECT customer_id, label FROM segment_members WHERE run_id = ?", (run_id,)))
    import pandas as pd

    features = features.assign(segment=pd.Series(labels, dtype=object).reindex(features.index))
    buyers = features[features["frequency"] > 0]
    statistic = comparison_statistic(row[2], params)
    shop_profile = profile_of(buyers, PROFILE_METRICS, statistic)
    rows = ws.conn.execute(
        "SELECT label, name_en, name_zh, strategy_en, strategy_zh, size, revenue_cents FROM segments"
        " WHERE run_id = ? ORDER BY position", (run_id,)).fetchall()
    total_size = sum(r[5] for r in rows) or 1
    total_revenue = sum(max(r[6], 0) for r in rows) or 1
    people = _people(ws)
    segments = []
    for label, en, zh, s_en, s_zh, size, cents in rows:
        reporter.check()
        members = features[features["segment"] == label]
        facts = SegmentFacts(label, en, zh, s_en, s_zh, int(size), cents / 100, size / total_size,
                             max(cents, 0) / total_revenue, profile_of(members, PROFILE_METRICS, statistic))
        facts.top = _top_customers(members, people, top_n)
        segments.append(facts)
    summary = shop_summary(ws)
    reporter.step(6, 10, "Headline figures")
    return ReportData(
        shop_name=ws.meta("shop_name", "") or ws.path.stem, currency=ws.meta("currency", "¥") or "¥", as_of=as_of,
        first_order=summary["first_order"], last_order=summary["last_order"], run=run,
        kpis=kpis(ws, as_of), segments=segments, shop_profile=shop_profile, statistic=statistic, features=features,
        generated=now_text()[:16], campaigns=campaign_results_for_report(ws))


def _people(ws: Workspace) -> dict[int, tuple]:
    return {int(r[0]): r[1:] for r in ws.conn.execute("SELECT id, member_no, name, phone FROM customers")}


def _top_customers(members: pd.DataFrame, people: dict[int, tuple], n: int) -> list[dict[str, Any]]:
    """The segment's biggest spenders (ties by customer id), phones masked."""
    members = members[members["monetary_cents"] > 0]  # "no purchases yet" lists nobody
    if members.empty or n <= 0:
        return []
    ranked = members.assign(_id=members.index).sort_values(["monetary_cents", "_id"], ascending=[False, True])
    out = []
    for cid, row in ranked.head(n).iterrows():
        member_no, name, phone = people.get(int(cid), (None, None, None))
        out.append({"customer_id": int(cid), "member_no": member_no or "", "name": name or "",
                    "phone": mask_phone(phone) or "", "orders": int(row["frequency"]),
                    "spend": float(row["monetary_cents"]) / 100,
                    "last_order": str(row["last_order"])[:10] if isinstance(row["last_order"], str) else ""})
    return out
