"""This week's actions: ready-made cards whose audiences are ordinary tags the owner can open, edit or delete.

Each action's audience is a tag saved with the others (template "action:<key>", in a sensible layer), made by the
defaults after the first import with orders (home.defaults). The card counts the tag's current members; deleting
the tag switches the action off (the card then says so, and it is never made again unless the owner restores it).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..tags.fields import FIELDS, field_label
from ..tags.model import LAYER_COLOURS, TagDef
from ..tags.rules import describe, fields_used
from .record import installed_defaults
from .texts import ht

if TYPE_CHECKING:
    from ..tags.evaluate import Context
    from ..workspace import Workspace

TEMPLATE_PREFIX = "action:"
TOP_PCT = 20  # "high value": the top 20% of buyers by total spend, as the value tiers' default
NEWLY_DAYS = 30  # "newly at churn risk": crossed the line within this many days
ONCE_DAYS = (15, 45)  # second-purchase nudge: bought once, this many days ago
BIRTHDAY_DAYS = 14
JOINED_DAYS = 365  # members who joined within this many days and have not bought


@dataclass(frozen=True)
class Thresholds:
    """The lifecycle stage limits the action rules are written with (those of the shop's lifecycle tags)."""

    active_days: int
    silent_days: int
    lost_days: int


def _c(field_key: str, op: str, value: Any = None) -> dict:
    out: dict[str, Any] = {"field": field_key, "op": op}
    if value is not None:
        out["value"] = value
    return out


@dataclass(frozen=True)
class ActionSpec:
    """One built-in action: its key, its tag's names and layer, and the tag's rule for the shop's thresholds."""

    key: str
    tag_en: str
    tag_zh: str
    layer: str
    rule: Callable[[Thresholds], dict]
    description: Callable[[Thresholds], str]


ACTION_SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("newly_at_risk", "Newly at churn risk", "新近流失预警", "lifecycle",
               lambda t: _c("recency_days", "between", [t.silent_days + 1, t.silent_days + NEWLY_DAYS]),
               lambda t: f"Crossed into churn risk (more than {t.silent_days} days without an order) within the last"
                         f" {NEWLY_DAYS} days."),
    ActionSpec("winback_high_value", "Lapsed high value", "高价值待挽回", "value",
               lambda t: {"all": [_c("monetary", "top_pct", TOP_PCT), _c("recency_days", ">", t.silent_days)]},
               lambda t: f"The top {TOP_PCT}% of buyers by total spend, with no order for more than"
                         f" {t.silent_days} days."),
    ActionSpec("vip_care", "VIP, bought recently", "VIP 近期购买", "value",
               lambda t: {"all": [_c("monetary", "top_pct", TOP_PCT), _c("recency_days", "<=", t.active_days)]},
               lambda t: f"The top {TOP_PCT}% of buyers by total spend who bought within the last {t.active_days}"
                         " days."),
    ActionSpec("second_purchase", "Bought once, weeks ago", "仅购一次（数周前）", "behaviour",
               lambda t: {"all": [_c("frequency", "=", 1), _c("recency_days", "between", list(ONCE_DAYS))]},
               lambda t: f"Exactly one order, {ONCE_DAYS[0]}–{ONCE_DAYS[1]} days ago."),
    ActionSpec("birthdays", f"Birthday in the next {BIRTHDAY_DAYS} days", f"未来{BIRTHDAY_DAYS}天生日", "basic",
               lambda t: _c("birthday", "next_days", BIRTHDAY_DAYS),
               lambda t: f"Birthday within {BIRTHDAY_DAYS} days of the as-of date."),
    ActionSpec("members_not_bought", "Member, no order yet", "会员未购买", "lifecycle",
               lambda t: {"all": [{"not": _c("member_level", "empty")}, _c("join_date", "within_days", JOINED_DAYS),
                                  {"not": _c("frequency", ">=", 1)}]},
               lambda t: f"Members (with a member level) who joined within the last {JOINED_DAYS} days and have no"
                         " imported order."),
)
ACTIONS: dict[str, ActionSpec] = {a.key: a for a in ACTION_SPECS}
ACTION_KEYS = tuple(ACTIONS)


def thresholds(ws: Workspace, ctx: Context | None = None) -> Thresholds:
    """The lifecycle limits of the shop's saved lifecycle tags, else the template's defaults from the data."""
    from ..tags.evaluate import Context, customer_frame
    from ..tags.templates import template_defaults

    row = ws.conn.execute("SELECT params FROM tag_groups WHERE template = 'lifecycle' ORDER BY id LIMIT 1").fetchone()
    params = json.loads(row[0] or "{}") if row else {}
    if not {"active_days", "silent_days", "lost_days"} <= set(params):
        if ctx is None:
            ctx = Context(*customer_frame(ws))
        params = template_defaults("lifecycle", ctx)
    return Thresholds(int(params["active_days"]), int(params["silent_days"]), int(params["lost_days"]))


def action_tag_def(key: str, limits: Thresholds) -> TagDef:
    """The tag an action's audience is, written with the shop's lifecycle limits (not saved)."""
    spec = ACTIONS[key]
    return TagDef(spec.tag_en, spec.tag_zh, spec.layer, spec.rule(limits), LAYER_COLOURS[spec.layer],
                  spec.description(limits), template=TEMPLATE_PREFIX + key)


def find_action_tag(ws: Workspace, key: str) -> TagDef | None:
    """The tag that is the action's audience now (found by its template mark, so renaming it keeps it), or None."""
    from ..tags.store import find_tag

    row = ws.conn.execute("SELECT id FROM tag_defs WHERE template = ? ORDER BY id LIMIT 1",
                          (TEMPLATE_PREFIX + key,)).fetchone()
    return find_tag(ws, int(row[0])) if row else None


def save_action_tags(ws: Workspace, keys: list[str] | tuple[str, ...] = ACTION_KEYS,
                     limits: Thresholds | None = None) -> list[str]:
    """Save the audience tags of these actions (those not already there); no refresh. Returns the keys saved."""
    from ..tags.store import save_tag

    limits = limits or thresholds(ws)
    saved = []
    with ws.transaction():
        for key in keys:
            if find_action_tag(ws, key) is None:
                save_tag(ws, action_tag_def(key, limits))
                saved.append(key)
    return saved


def restore_action(ws: Workspace, key: str) -> TagDef:
    """Make a switched-off action's tag again (with today's lifecycle limits) and refresh the tags."""
    from ..tags.refresh import refresh_tags

    with ws.transaction():
        save_action_tags(ws, [key])
        refresh_tags(ws, reason="tags changed")
    tag = find_action_tag(ws, key)
    assert tag is not None
    return tag


@dataclass
class Action:
    """One card: who (count and ids), why, what is at stake, what to do, and the tag behind it.

    state: 'ready' (customers to act on), 'empty' (the tag holds nobody now; `reason` says why), 'off' (the owner
    deleted its tag) or 'not_set_up' (no defaults yet: no import with orders so far, or a workspace from before).
    """

    key: str
    state: str
    count: int
    customers: list[int] = field(default_factory=list)
    value_at_stake: float | None = None  # sum of the members' predicted 12-month value, where predicted
    tag: TagDef | None = None
    reason_key: str | None = None
    reason_values: dict[str, str] = field(default_factory=dict)
    stake_pending: bool = False  # new data's predictions are being worked out: the old ones are not summed meanwhile

    def name(self, lang: str = "en") -> str:
        return ht(self.key, lang)

    def why(self, lang: str = "en") -> str:
        return ht(f"{self.key}_why", lang, n=f"{self.count:,}")

    def recommendation(self, lang: str = "en") -> str:
        return ht(f"{self.key}_do", lang)

    def reason(self, lang: str = "en") -> str | None:
        """Why the card is empty (None when it is not)."""
        if self.reason_key is None:
            return None
        values = dict(self.reason_values)
        if self.reason_key == "empty_none_now" and self.tag is not None:
            values["rule"] = describe(self.tag.rule, lang)
        if self.reason_key == "empty_off":
            values = {"tag": values["tag_zh" if lang.startswith("zh") else "tag_en"]}
        if self.reason_key == "empty_no_data":
            sep = "、" if lang.startswith("zh") else ", "
            values["fields"] = sep.join(field_label(f, lang) for f in values["fields"].split(","))
        return ht(self.reason_key, lang, **values)

    def audience(self) -> dict[str, Any] | None:
        """The tag behind the card: {"kind": "tag", "id", "name_en", "name_zh", "rule"}; None when switched off."""
        if self.tag is None:
            return None
        return {"kind": "tag", "id": self.tag.id, "name_en": self.tag.name_en, "name_zh": self.tag.name_zh,
                "rule": self.tag.rule}

    def as_json(self, lang: str = "en") -> dict[str, Any]:
        return {"key": self.key, "count": self.count, "value_at_stake": self.value_at_stake,
                "stake_pending": self.stake_pending,
                "audience": self.audience(), "state": self.state, "name": self.name(lang),
                "why": self.why(lang) if self.count else None, "action": self.recommendation(lang),
                "reason": self.reason(lang)}


def _value_at_stake(ws: Workspace, tag_id: int) -> float | None:
    from ..predict.store import latest_run

    if latest_run(ws.conn) is None:
        return None
    known, cents = ws.conn.execute(
        "SELECT count(value_12m_cents), sum(value_12m_cents) FROM predictions WHERE customer_id IN"
        " (SELECT customer_id FROM customer_tags WHERE tag_id = ?)", (tag_id,)).fetchone()
    return round(cents / 100, 2) if known else None


def _missing_fields(ws: Workspace, rule: dict) -> list[str]:
    """Customer fields the rule tests that no customer has a value for."""
    columns = {"birthday_month": "birthday", "age": "coalesce(age, birthday)"}
    missing = []
    for key in sorted(fields_used(rule)):
        if FIELDS[key].source != "customer":
            continue
        column = columns.get(key, key)
        found = ws.conn.execute(f"SELECT 1 FROM customers WHERE trim(coalesce({column}, '')) != '' LIMIT 1").fetchone()
        if found is None:
            missing.append(key)
    return missing


def action_card(ws: Workspace, key: str) -> Action:
    """One action as Home shows it, from its tag's current members."""
    tag = find_action_tag(ws, key)
    if tag is None:
        off = TEMPLATE_PREFIX + key in installed_defaults(ws)
        spec = ACTIONS[key]
        return Action(key, "off" if off else "not_set_up", 0, reason_key="empty_off" if off else "empty_not_set_up",
                      reason_values={"tag_en": spec.tag_en, "tag_zh": spec.tag_zh} if off else {})
    ids = [int(r[0]) for r in ws.conn.execute(
        "SELECT customer_id FROM customer_tags WHERE tag_id = ? ORDER BY customer_id", (tag.id,))]
    if not ids:
        missing = _missing_fields(ws, tag.rule)
        if missing:
            return Action(key, "empty", 0, tag=tag, reason_key="empty_no_data",
                          reason_values={"fields": ",".join(missing)})
        return Action(key, "empty", 0, tag=tag, reason_key="empty_none_now")
    from ..predict.store import analyses_due

    if analyses_due(ws):  # the predictions are of the data before the last import until its analyses have run
        return Action(key, "ready", len(ids), ids, None, tag, stake_pending=True)
    return Action(key, "ready", len(ids), ids, _value_at_stake(ws, int(tag.id or 0)), tag)


def actions(ws: Workspace) -> list[Action]:
    """Every built-in action's card, in the order they are shown."""
    return [action_card(ws, key) for key in ACTION_KEYS]
