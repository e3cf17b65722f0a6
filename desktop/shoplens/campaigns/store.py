"""Campaigns in the workspace: who they target (a segment or a tag), their arms, settings and members.

A campaign is created from the current members of a segment (label of a saved run) or of a tag. Each member goes
to the treatment arm (gets the message) or the holdout arm (does not) at random, reproducibly from the seed (see
`assign`). Creating a campaign is one transaction with its audit-log entry.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from ..consent import CHANNELS as CONSENT_CHANNELS
from ..consent import opted_out
from ..errors import InputError
from ..progress import CancelFn, ProgressFn, Reporter
from .assign import HOLDOUT, TREATMENT, assign
from .power import Plan, plan
from .selectors import customer_ids_for_segment, customer_ids_for_tag, segment_run

if TYPE_CHECKING:
    from ..workspace import Workspace

CHANNELS = ("sms", "email", "wechat", "in_store", "other")
KEY_PREFERENCE = ("member_no", "phone", "email", "wechat", "customer_ref")  # the key a member is found by later
_COLUMNS = ("id, name, channel, source_kind, source_key, source_run_id, source_name_en, source_name_zh, start_date,"
            " window_days, holdout_share, seed, coupon_treatment, coupon_holdout, baseline, mde, created_at")


@dataclass
class Source:
    """Whom a campaign targets: a segment (`key` = label, `run_id`) or a tag (`key` = English name)."""

    kind: str  # 'segment' | 'tag'
    key: str
    run_id: int | None = None
    name_en: str = ""
    name_zh: str = ""

    def name(self, lang: str = "en") -> str:
        """The segment's or tag's name in `lang`."""
        return (self.name_zh if lang.startswith("zh") else self.name_en) or self.key


@dataclass
class Campaign:
    """A stored campaign (see the campaigns table)."""

    id: int
    name: str
    channel: str
    source: Source
    start: dt.date
    window_days: int
    holdout_share: float
    seed: int
    coupon_treatment: str | None
    coupon_holdout: str | None
    baseline: float | None
    mde: float | None
    created_at: str

    @property
    def end(self) -> dt.date:
        """The first day after the outcome window: orders on [start, end) count."""
        return self.start + dt.timedelta(days=self.window_days)

    def as_dict(self) -> dict:
        """Plain values for JSON."""
        data = asdict(self)
        data["start"], data["end"] = self.start.isoformat(), self.end.isoformat()
        return data


def segment_source(ws: Workspace, label: str, run_id: int | None = None) -> Source:
    """A segment by label or name (newest run that has it); InputError listing the labels when there is none."""
    run_id, label = segment_run(ws, label, run_id)
    en, zh = ws.conn.execute("SELECT name_en, name_zh FROM segments WHERE run_id = ? AND label = ?",
                             (run_id, label)).fetchone()
    return Source("segment", label, run_id, en, zh)


def tag_source(ws: Workspace, name: str) -> Source:
    """A tag by English or Chinese name; InputError listing the tags when there is none."""
    customer_ids_for_tag(ws, name)  # raises with the list of tags when unknown
    en, zh = ws.conn.execute("SELECT name_en, name_zh FROM tag_defs WHERE name_en = ? COLLATE NOCASE OR name_zh = ?"
                             " LIMIT 1", (name.strip(), name.strip())).fetchone()
    return Source("tag", en, None, en, zh)


def source_members(ws: Workspace, source: Source) -> list[int]:
    """The customers a source stands for now (ascending ids)."""
    if source.kind == "segment":
        return customer_ids_for_segment(ws, source.key, int(source.run_id))
    if source.kind == "tag":
        return customer_ids_for_tag(ws, source.key)
    raise ValueError(f"unknown source kind {source.kind!r}")


def contactable(ws: Workspace, ids: list[int], channel: str | None) -> tuple[list[int], int]:
    """`ids` without the customers who refused marketing on `channel`, and how many were left out.

    They cannot be sent the message, so they stay out of both arms: a treatment arm holding people the export
    then drops would dilute the measured lift.
    """
    if not ids or channel not in CONSENT_CHANNELS:  # in-store or other: no message goes out on a consent channel
        return list(ids), 0
    refused = opted_out(ws, ids, channel)
    return [i for i in ids if i not in refused], len(refused)


def check_settings(name: str, channel: str, window_days: int, holdout_share: float) -> str:
    """The cleaned name, or InputError for a setting that cannot work."""
    name = (name or "").strip()
    if not name:
        raise InputError("Give the campaign a name.")
    if channel not in CHANNELS:
        raise InputError('Unknown channel "{channel}".', hint="Choose {channels}.", channel=channel,
                         channels=", ".join(CHANNELS))
    if not 1 <= int(window_days) <= 365:
        raise InputError("The outcome window must be between 1 and 365 days.")
    if not 0 < float(holdout_share) < 1:
        raise InputError("The holdout share must be more than 0 and less than 1 (e.g. 0.1 for 10%).")
    return name


def plan_for(ws: Workspace, source: Source, start: dt.date, window_days: int, holdout_share: float, *,
             channel: str | None = None, progress: ProgressFn | None = None,
             cancelled: CancelFn | None = None) -> Plan:
    """The plan (sizes, baseline, minimum detectable lift, warnings) for a campaign over a source's members.

    With `channel`, customers who refused marketing on it are left out, as the campaign itself leaves them out.
    """
    Reporter(progress, cancelled).check()
    ids, _ = contactable(ws, source_members(ws, source), channel)
    return plan(ws, ids, start, window_days, holdout_share)


def create_campaign(ws: Workspace, name: str, source: Source, *, channel: str = "sms", start: dt.date | None = None,
                    window_days: int = 30, holdout_share: float = 0.1, seed: int | None = None,
                    coupon_treatment: str | None = None, coupon_holdout: str | None = None,
                    progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> Campaign:
    """Assign the source's members to treatment and holdout and store the campaign; returns it."""
    from ..features.metrics import default_as_of
    from ..workspace import now_text

    reporter = Reporter(progress, cancelled)
    if ws.readonly:
        raise InputError("This workspace is open read-only, so no campaign can be saved in it.",
                         hint="Open the workspace normally to create a campaign.")
    name = check_settings(name, channel, window_days, holdout_share)
    if ws.conn.execute("SELECT 1 FROM campaigns WHERE name = ? COLLATE NOCASE", (name,)).fetchone():
        raise InputError('There is already a campaign called "{name}".', hint="Choose another name.", name=name)
    start = start or default_as_of(ws)
    seed = int(seed) if seed is not None else secrets.randbelow(2**31 - 1) + 1
    reporter.step(0, 3, "Selecting customers")
    ids, refused = contactable(ws, source_members(ws, source), channel)
    if len(ids) < 2:
        raise InputError('"{name}" has {count} customer(s); a campaign with a holdout group needs at least 2.',
                         hint="Choose a bigger segment or tag.", name=source.name(), count=len(ids))
    reporter.step(1, 3, "Working out the smallest visible lift")
    the_plan = plan(ws, ids, start, window_days, holdout_share)
    arms = assign(ids, the_plan.holdout, seed)
    reporter.step(2, 3, "Saving the campaign")
    coupons = [(c or "").strip() or None for c in (coupon_treatment, coupon_holdout)]
    with ws.transaction() as conn:
        cur = conn.execute(
            f"INSERT INTO campaigns({_COLUMNS.split(', ', 1)[1]}) VALUES ({', '.join('?' * 16)})",
            (name, channel, source.kind, source.key, source.run_id, source.name_en, source.name_zh,
             start.isoformat(), int(window_days), float(holdout_share), seed, coupons[0], coupons[1],
             the_plan.baseline, the_plan.mde, now_text()))
        campaign_id = int(cur.lastrowid)
        keys = member_keys(ws, list(arms))
        conn.executemany("INSERT INTO campaign_members(campaign_id, customer_id, arm, key_kind, key_value)"
                         " VALUES (?, ?, ?, ?, ?)",
                         [(campaign_id, cid, arm, *keys.get(cid, (None, None))) for cid, arm in arms.items()])
        reporter.check()
        ws.audit("campaign_create", {"campaign_id": campaign_id, "name": name, "source": source.kind,
                                     "segment_or_tag": source.key, "run_id": source.run_id,
                                     "treatment": the_plan.treatment, "holdout": the_plan.holdout, "seed": seed,
                                     "start": start.isoformat(), "window_days": int(window_days),
                                     "refused_marketing_left_out": refused},
                 in_transaction=True)
    reporter.step(3, 3, "")
    return get_campaign(ws, campaign_id)


def _campaign(row: Sequence) -> Campaign:
    source = Source(row[3], row[4], row[5], row[6], row[7])
    return Campaign(id=row[0], name=row[1], channel=row[2], source=source, start=dt.date.fromisoformat(row[8]),
                    window_days=row[9], holdout_share=row[10], seed=row[11], coupon_treatment=row[12],
                    coupon_holdout=row[13], baseline=row[14], mde=row[15], created_at=row[16])


def list_campaigns(ws: Workspace) -> list[Campaign]:
    """Every campaign, newest first."""
    return [_campaign(r) for r in ws.conn.execute(f"SELECT {_COLUMNS} FROM campaigns ORDER BY id DESC")]


def get_campaign(ws: Workspace, campaign_id: int) -> Campaign:
    """A campaign by id."""
    row = ws.conn.execute(f"SELECT {_COLUMNS} FROM campaigns WHERE id = ?", (campaign_id,)).fetchone()
    if row is None:
        raise InputError("There is no campaign number {campaign_id} in this workspace.", campaign_id=campaign_id)
    return _campaign(row)


def find_campaign(ws: Workspace, name: str | int) -> Campaign:
    """A campaign by name (case ignored) or id; InputError listing the campaigns when there is none."""
    if isinstance(name, int):
        return get_campaign(ws, name)
    row = ws.conn.execute(f"SELECT {_COLUMNS} FROM campaigns WHERE name = ? COLLATE NOCASE",
                          (str(name).strip(),)).fetchone()
    if row is None:
        known = [r[0] for r in ws.conn.execute("SELECT name FROM campaigns ORDER BY id DESC LIMIT 30")]
        raise InputError('There is no campaign called "{name}" in this workspace.',
                         hint="Campaigns: {known}." if known else "There is no campaign yet.", name=name,
                         known=", ".join(known))
    return _campaign(row)


def member_keys(ws: Workspace, ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """customer id → one identifying key (kind, value), by KEY_PREFERENCE; customers without keys are left out."""
    rank = {kind: i for i, kind in enumerate(KEY_PREFERENCE)}
    best: dict[int, tuple[int, str, str]] = {}
    for cid, kind, value in ws.conn.execute(
            "SELECT customer_id, kind, value FROM customer_keys WHERE customer_id IN (SELECT value FROM json_each(?))",
            (json.dumps([int(i) for i in ids]),)):
        candidate = (rank.get(kind, len(rank)), kind, value)
        if cid not in best or candidate < best[cid]:
            best[int(cid)] = candidate
    return {cid: (kind, value) for cid, (_r, kind, value) in best.items()}


def current_arms(ws: Workspace, campaign_id: int) -> tuple[dict[int, str], int]:
    """(current customer id → arm, members no longer found): a member is found by their saved key (a rebuild or a
    merge may have given them another id), else by their id; two members now one customer are both lost."""
    arms: dict[int, str] = {}
    lost, seen_twice = 0, set()
    for saved, arm, kind, found, exists in ws.conn.execute(
            "SELECT m.customer_id, m.arm, m.key_kind, k.customer_id,"
            " EXISTS (SELECT 1 FROM customers c WHERE c.id = m.customer_id)"
            " FROM campaign_members m LEFT JOIN customer_keys k ON k.kind = m.key_kind AND k.value = m.key_value"
            " WHERE m.campaign_id = ? ORDER BY m.customer_id", (campaign_id,)):
        current = found if kind is not None else (saved if exists else None)
        if current is None:
            lost += 1
        elif current in arms or current in seen_twice:
            lost += 1 + (current in arms)
            arms.pop(current, None)
            seen_twice.add(current)
        else:
            arms[int(current)] = arm
    return arms, lost


def members(ws: Workspace, campaign_id: int, arm: str | None = None) -> list[int]:
    """The campaign's customers as they are now (of one arm, or all), ascending ids."""
    if arm is not None and arm not in (TREATMENT, HOLDOUT):
        raise ValueError(f"unknown arm {arm!r}")
    arms, _lost = current_arms(ws, campaign_id)
    return sorted(cid for cid, a in arms.items() if arm is None or a == arm)


def delete_campaign(ws: Workspace, campaign_id: int) -> None:
    """Delete a campaign and its members (the audit log keeps that it existed)."""
    campaign = get_campaign(ws, campaign_id)
    with ws.transaction() as conn:
        conn.execute("DELETE FROM campaign_members WHERE campaign_id = ?", (campaign_id,))
        conn.execute("DELETE FROM campaigns WHERE id = ?", (campaign_id,))
        ws.audit("campaign_delete", {"campaign_id": campaign_id, "name": campaign.name}, in_transaction=True)
