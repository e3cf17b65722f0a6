"""The treatment group of a campaign as a contact list, through the one export path (consent, masking, audit)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from ..campaigns.assign import TREATMENT
from ..campaigns.selectors import Selector
from ..campaigns.store import Campaign, find_campaign, members

if TYPE_CHECKING:
    from ..workspace import Workspace
    from .export import ExportResult


def treatment_selector(ws: Workspace, campaign: Campaign | str | int) -> Selector:
    """The campaign's treatment group as an export selector (its description names the campaign in the audit log)."""
    if not isinstance(campaign, Campaign):
        campaign = find_campaign(ws, campaign)
    return Selector.customer_ids(members(ws, campaign.id, TREATMENT),
                                 f'treatment group of campaign "{campaign.name}"')


def export_treatment(ws: Workspace, campaign: Campaign | str | int, path: str | os.PathLike[str], **options: Any
                     ) -> ExportResult:
    """Write the treatment group's contact list; `options` as for reports.export.export_contacts (channel defaults
    to the campaign's when it is one the export knows)."""
    from ..consent import CHANNELS
    from .export import export_contacts

    if not isinstance(campaign, Campaign):
        campaign = find_campaign(ws, campaign)
    if "channel" not in options:
        options["channel"] = campaign.channel if campaign.channel in CHANNELS else "all"
    return export_contacts(ws, treatment_selector(ws, campaign), path, **options)
