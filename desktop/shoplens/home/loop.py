"""The loop on Home: start a campaign from an action card, and the campaigns with their verdict in plain words.

A campaign started from a card targets the card's tag (its members today), keeps a holdout group by default and
is measured from the orders imported later: campaigns.results reads them whenever Home (or `shoplens campaign
results`) asks, so no further step is needed after the next import.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from .actions import ACTIONS, find_action_tag
from .texts import ht

if TYPE_CHECKING:
    from ..campaigns.power import Plan
    from ..campaigns.results import CampaignResults
    from ..campaigns.store import Campaign, Source
    from ..progress import CancelFn, ProgressFn
    from ..workspace import Workspace

HOLDOUT_SHARE = 0.1
WINDOW_DAYS = 30


def action_source(ws: Workspace, key: str) -> Source:
    """The campaign source of an action: its tag; InputError when the action is switched off."""
    from ..campaigns.store import tag_source

    if key not in ACTIONS:
        raise InputError('There is no action called "{key}".', hint="Actions: {keys}.", key=key,
                         keys=", ".join(ACTIONS))
    tag = find_action_tag(ws, key)
    if tag is None:
        raise InputError('The action "{name}" is switched off: its tag was removed.',
                         hint="Restore the action first.", name=ht(key))
    return tag_source(ws, tag.name_en)


def default_campaign_name(ws: Workspace, key: str, lang: str = "en", start: dt.date | None = None) -> str:
    """'<action> <date>', with a number added when a campaign already has that name."""
    from ..features.metrics import default_as_of

    base = ht("campaign_name", lang, action=ht(key, lang), date=(start or default_as_of(ws)).isoformat())
    name, n = base, 2
    while ws.conn.execute("SELECT 1 FROM campaigns WHERE name = ? COLLATE NOCASE", (name,)).fetchone():
        name, n = f"{base} ({n})", n + 1
    return name


def plan_action_campaign(ws: Workspace, key: str, *, channel: str = "sms", start: dt.date | None = None,
                         window_days: int = WINDOW_DAYS, holdout_share: float = HOLDOUT_SHARE) -> Plan:
    """What a campaign from the card would look like before it is made: arm sizes, smallest visible lift and the
    warnings (codes of campaigns.power.warnings_for, e.g. holdout_small: the existing too-small warning)."""
    from ..campaigns.store import plan_for
    from ..features.metrics import default_as_of

    return plan_for(ws, action_source(ws, key), start or default_as_of(ws), window_days, holdout_share,
                    channel=channel)


@dataclass
class Started:
    """A campaign started from a card, with the plan it was made with (its warnings are the too-small warnings)."""

    campaign: Campaign
    plan: Plan

    @property
    def warnings(self) -> list[str]:
        return list(self.plan.warnings)


def start_campaign(ws: Workspace, key: str, *, name: str | None = None, channel: str = "sms",
                   start: dt.date | None = None, window_days: int = WINDOW_DAYS, holdout_share: float = HOLDOUT_SHARE,
                   seed: int | None = None, lang: str = "en", progress: ProgressFn | None = None,
                   cancelled: CancelFn | None = None) -> Started:
    """Create a campaign over the card's tag (holdout by default, from the as-of date); returns it and its plan."""
    from ..campaigns.store import create_campaign

    source = action_source(ws, key)
    the_plan = plan_action_campaign(ws, key, channel=channel, start=start, window_days=window_days,
                                    holdout_share=holdout_share)
    campaign = create_campaign(ws, name or default_campaign_name(ws, key, lang, start), source, channel=channel,
                               start=start, window_days=window_days, holdout_share=holdout_share, seed=seed,
                               progress=progress, cancelled=cancelled)
    return Started(campaign, the_plan)


@dataclass
class CampaignCard:
    """A campaign on Home: running or finished, and its verdict in plain words."""

    results: CampaignResults

    @property
    def running(self) -> bool:
        from ..campaigns.results import COMPLETE

        return self.results.status != COMPLETE

    def verdict(self, lang: str = "en") -> str:
        from ..campaigns.texts import verdict_text

        return verdict_text(self.results, lang)

    def as_json(self, lang: str = "en") -> dict[str, Any]:
        c = self.results.campaign
        return {"id": c.id, "name": c.name, "source": c.source.name(lang), "start": c.start.isoformat(),
                "end": (c.end - dt.timedelta(days=1)).isoformat(), "status": self.results.status,
                "verdict": self.results.verdict.key, "verdict_text": self.verdict(lang)}


def campaign_cards(ws: Workspace, *, cancelled: CancelFn | None = None) -> list[CampaignCard]:
    """Every campaign, newest first, with its results as far as the data goes."""
    from ..campaigns.results import all_results

    return [CampaignCard(r) for r in all_results(ws, cancelled=cancelled)]
