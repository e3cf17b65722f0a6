"""Built-in tag templates: ready-made tags and groups whose thresholds the shop adjusts before saving.

Each template has parameters with defaults taken from the shop's own data (e.g. lifecycle thresholds scale with
the median of the customers' typical days between orders) and builds a TagGroup (one value per customer) or a TagDef.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from .evaluate import Context
from .model import TagDef, TagGroup

PALETTE = ("#5b8def", "#2bb673", "#f2994a", "#9b51e0", "#eb5757", "#56ccf2", "#f2c94c", "#bb6bd9", "#6fcf97",
           "#828282")
FALLBACK_INTERVAL = 90.0  # days, when no customer has bought twice


@dataclass(frozen=True)
class Param:
    """An adjustable number of a template (shown as a spin box)."""

    key: str
    label_en: str
    label_zh: str
    minimum: float
    maximum: float
    decimals: int = 0


@dataclass(frozen=True)
class Template:
    """A built-in template: names, layer, what it does, its parameters, defaults from the data and its builder."""

    key: str
    name_en: str
    name_zh: str
    layer: str
    description_en: str
    description_zh: str
    params: tuple[Param, ...]
    defaults: Callable[[Context], dict[str, Any]]
    build: Callable[[dict[str, Any], Context], TagGroup | TagDef]


def _cond(field: str, op: str, value: Any = None) -> dict:
    rule = {"field": field, "op": op}
    if value is not None:
        rule["value"] = value
    return rule


def shop_interval(ctx: Context) -> float:
    """The shop's typical days between orders: the median of the customers' typical intervals."""
    import numpy as np

    values = ctx.number("typical_interval_days")
    values = values[~np.isnan(values)]
    return float(np.median(values)) if len(values) else FALLBACK_INTERVAL


# -- lifecycle -----------------------------------------------------------------------------------------------------
def _lifecycle_defaults(ctx: Context) -> dict[str, Any]:
    interval = shop_interval(ctx)
    lost = 365
    active = max(7, math.ceil(interval))
    silent = max(active + 1, math.ceil(2 * interval))
    if silent >= lost:
        silent = lost - 1
        active = min(active, silent - 1)
    return {"new_days": 30, "active_days": active, "silent_days": silent, "lost_days": lost}


def _lifecycle(p: dict[str, Any], ctx: Context) -> TagGroup:
    new, active, silent, lost = (int(p[k]) for k in ("new_days", "active_days", "silent_days", "lost_days"))
    if not active < silent < lost:
        raise InputError("Lifecycle: the days must grow from Active ({active}) to Silent ({silent}) to Lost ({lost}).",
                         active=active, silent=silent, lost=lost)
    values = [
        TagDef("New", "新客", "lifecycle", {"all": [_cond("tenure_days", "<=", new), _cond("frequency", ">=", 1)]},
               "#2bb673", f"First order within the last {new} days."),
        TagDef("Active", "活跃", "lifecycle", _cond("recency_days", "<=", active), "#5b8def",
               f"Bought within the last {active} days (the usual interval)."),
        TagDef("Silent", "沉默", "lifecycle", _cond("recency_days", "<=", silent), "#f2c94c",
               f"Last order {active + 1}–{silent} days ago: past the usual interval."),
        TagDef("Churn risk", "流失预警", "lifecycle", _cond("recency_days", "<=", lost), "#f2994a",
               f"Last order {silent + 1}–{lost} days ago: well past the usual interval."),
        TagDef("Lost", "已流失", "lifecycle", _cond("recency_days", ">", lost), "#eb5757",
               f"No order for more than {lost} days."),
    ]
    return TagGroup("Lifecycle stage", "生命周期阶段", "lifecycle", values,
                    "New, active, silent, churn risk and lost customers; customers who never bought have no stage.")


# -- value tiers ---------------------------------------------------------------------------------------------------
def _value(p: dict[str, Any], ctx: Context) -> TagGroup:
    top, bottom = float(p["top_pct"]), float(p["bottom_pct"])
    if top + bottom > 100:
        raise InputError("Value tiers: the top ({top:g}%) and bottom ({bottom:g}%) together exceed 100%.", top=top,
                         bottom=bottom)
    top, bottom = (int(v) if float(v).is_integer() else v for v in (top, bottom))
    values = [
        TagDef("High value", "高价值", "value", _cond("monetary", "top_pct", top), "#eb5757",
               f"The top {top}% of buying customers by total spend."),
        TagDef("Medium value", "中价值", "value",
               {"all": [_cond("frequency", ">=", 1), {"not": _cond("monetary", "bottom_pct", bottom)}]}, "#f2994a",
               "Buying customers between the top and the bottom tiers."),
        TagDef("Low value", "低价值", "value", _cond("monetary", "bottom_pct", bottom), "#828282",
               f"The bottom {bottom}% of buying customers by total spend."),
    ]
    return TagGroup("Value tier", "价值分层", "value", values, "Buying customers by total spend.")


# -- one-time vs repeat --------------------------------------------------------------------------------------------
def _repeat(p: dict[str, Any], ctx: Context) -> TagGroup:
    repeat_min = int(p["repeat_min"])
    values = [
        TagDef("One-time buyer", "一次性购买", "behaviour",
               _cond("frequency", "=", 1) if repeat_min == 2 else _cond("frequency", "between", [1, repeat_min - 1]),
               "#56ccf2", f"Bought fewer than {repeat_min} times."),
        TagDef("Repeat buyer", "复购客户", "behaviour", _cond("frequency", ">=", repeat_min), "#2bb673",
               f"Bought {repeat_min} times or more."),
    ]
    return TagGroup("Repeat buying", "复购情况", "behaviour", values, "One-time and repeat buyers.")


# -- favourites and member level -----------------------------------------------------------------------------------
def common_values(ctx: Context, field: str) -> list[str]:
    """A text field's distinct values (case ignored; the commonest spelling), most customers first, ties by name."""
    import pandas as pd

    col = ctx.frame[field] if field in ctx.frame.columns else None
    if col is None:
        return []
    text = col.dropna().astype("string").str.strip()
    text = text[text != ""]
    if text.empty:
        return []
    folded = text.str.casefold()
    counts = folded.value_counts()
    spellings = pd.DataFrame({"folded": folded.to_numpy(), "text": text.to_numpy()}).value_counts()
    best: dict[str, tuple[int, str]] = {}
    for (key, spelling), n in spellings.items():
        if key not in best or (-n, spelling) < (-best[key][0], best[key][1]):
            best[key] = (int(n), spelling)
    order = sorted(counts.index, key=lambda k: (-int(counts[k]), str(k)))
    return [str(best[k][1]) for k in order]


def _by_value(field: str, label_en: str, label_zh: str, layer: str, group_en: str, group_zh: str,
              description: str) -> Callable[[dict[str, Any], Context], TagGroup]:
    def build(p: dict[str, Any], ctx: Context) -> TagGroup:
        found = common_values(ctx, field)
        if not found:
            raise InputError('{group_en}: no customer has a value for "{label_en}" yet.',
                             hint="Import data that holds it first.", group_en=group_en, label_en=label_en)
        shown = found[: int(p["max_values"])]
        values = [TagDef(f"{label_en}: {v}", f"{label_zh}：{v}", layer, _cond(field, "=", v),
                         PALETTE[i % len(PALETTE)]) for i, v in enumerate(shown)]
        if len(found) > len(shown):
            values.append(TagDef(f"{label_en}: other", f"{label_zh}：其他", layer,
                                 {"not": _cond(field, "empty")}, PALETTE[-1], "Any other value."))
        return TagGroup(group_en, group_zh, layer, values, description)

    return build


def _max_values(default: int) -> Callable[[Context], dict[str, Any]]:
    return lambda ctx: {"max_values": default}


_MAX_VALUES = Param("max_values", "Most values to list", "最多列出的取值数", 1, 30)


# -- single tags ---------------------------------------------------------------------------------------------------
def _price_sensitive(p: dict[str, Any], ctx: Context) -> TagDef:
    share, min_orders = float(p["share_pct"]), int(p["min_orders"])
    share_value = round(share / 100, 4)
    return TagDef("Price-sensitive", "价格敏感", "interest",
                  {"all": [_cond("discount_share", ">=", share_value), _cond("frequency", ">=", min_orders)]},
                  "#f2994a", f"At least {share:g}% of orders used a discount or coupon ({min_orders}+ orders).")


def _birthday(p: dict[str, Any], ctx: Context) -> TagDef:
    return TagDef("Birthday this month", "本月生日", "basic", _cond("birthday", "same_month"), "#bb6bd9",
                  "Birthday in the month of the as-of date.")


TEMPLATE_LIST: tuple[Template, ...] = (
    Template("lifecycle", "Lifecycle stages", "生命周期阶段", "lifecycle",
             "New, Active, Silent, Churn risk and Lost, scaled to the shop's typical days between orders.",
             "新客、活跃、沉默、流失预警、已流失，阈值按本店典型购买间隔调整。",
             (Param("new_days", "New: first order within (days)", "新客：首单在（天）内", 1, 365),
              Param("active_days", "Active: last order within (days)", "活跃：最近购买在（天）内", 1, 3650),
              Param("silent_days", "Silent: last order within (days)", "沉默：最近购买在（天）内", 2, 3650),
              Param("lost_days", "Lost: no order for more than (days)", "已流失：超过（天）未购买", 3, 3650)),
             _lifecycle_defaults, _lifecycle),
    Template("value_tiers", "Value tiers", "价值分层", "value",
             "High, medium and low value buyers by total spend (top and bottom percentages).",
             "按累计消费金额分为高、中、低价值客户。",
             (Param("top_pct", "High value: top (%)", "高价值：前（%）", 1, 99),
              Param("bottom_pct", "Low value: bottom (%)", "低价值：后（%）", 1, 99)),
             lambda ctx: {"top_pct": 20, "bottom_pct": 30}, _value),
    Template("repeat", "One-time vs repeat buyers", "一次性与复购客户", "behaviour",
             "Customers who bought once, and those who came back.", "只买过一次的客户与复购客户。",
             (Param("repeat_min", "Repeat buyer: at least (orders)", "复购：至少（单）", 2, 100),),
             lambda ctx: {"repeat_min": 2}, _repeat),
    Template("fav_category", "Favourite category", "偏好品类", "interest",
             "One tag per category: the category each customer buys most.", "按客户购买最多的品类打标签。",
             (_MAX_VALUES,), _max_values(8),
             _by_value("fav_category", "Favourite category", "偏好品类", "interest", "Favourite category", "偏好品类",
                       "The category each customer buys most.")),
    Template("fav_channel", "Favourite channel", "偏好渠道", "behaviour",
             "One tag per channel: where each customer buys most.", "按客户最常购买的渠道打标签。",
             (_MAX_VALUES,), _max_values(8),
             _by_value("fav_channel", "Favourite channel", "偏好渠道", "behaviour", "Favourite channel", "偏好渠道",
                       "The channel each customer buys through most.")),
    Template("price_sensitive", "Price-sensitive", "价格敏感", "interest",
             "Customers who mostly buy with a discount or coupon.", "多数订单使用优惠或优惠券的客户。",
             (Param("share_pct", "Discounted orders at least (%)", "优惠订单占比至少（%）", 1, 100),
              Param("min_orders", "Orders at least", "订单数至少", 1, 100)),
             lambda ctx: {"share_pct": 50, "min_orders": 2}, _price_sensitive),
    Template("birthday_month", "Birthday this month", "本月生日", "basic",
             "Customers whose birthday falls in the month of the as-of date.", "生日在统计日期当月的客户。",
             (), lambda ctx: {}, _birthday),
    Template("member_level", "Member level", "会员等级", "basic",
             "One tag per member level found in the member lists.", "按会员名单中的会员等级打标签。",
             (Param("max_values", "Most values to list", "最多列出的取值数", 1, 30),), _max_values(12),
             _by_value("member_level", "Member level", "会员等级", "basic", "Member level", "会员等级",
                       "The member level from the member lists.")),
)
TEMPLATES: dict[str, Template] = {t.key: t for t in TEMPLATE_LIST}


def get_template(key: str) -> Template:
    """A template by key; InputError naming it if there is none."""
    if key not in TEMPLATES:
        raise InputError('There is no tag template called "{key}".', hint="Templates: {templates}.", key=key,
                         templates=", ".join(TEMPLATES))
    return TEMPLATES[key]


def template_defaults(key: str, ctx: Context) -> dict[str, Any]:
    """A template's parameters with defaults from the shop's data."""
    return dict(get_template(key).defaults(ctx))


def build_template(key: str, ctx: Context, params: dict[str, Any] | None = None) -> TagGroup | TagDef:
    """The tags a template makes with these parameters (missing ones take their defaults); checks ranges."""
    template = get_template(key)
    values = template_defaults(key, ctx)
    for name, value in (params or {}).items():
        if name not in values:
            raise InputError('{name_en}: unknown setting "{name}".', name_en=template.name_en, name=name)
        values[name] = value
    for p in template.params:
        value = values[p.key]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not p.minimum <= value <= p.maximum:
            raise InputError('{name_en}: "{label_en}" must be a number from {minimum:g} to {maximum:g}, not '
                             "{value!r}.", name_en=template.name_en, label_en=p.label_en, minimum=p.minimum,
                             maximum=p.maximum, value=value)
    built = template.build(values, ctx)
    built.template = key
    if isinstance(built, TagGroup):
        built.params = values
        for tag in built.values:
            tag.template = key
    return built
