"""What a tag rule can test: customer metrics and attributes (fields), and the operators each kind of field allows."""

from __future__ import annotations

from dataclasses import dataclass

NUMBER, TEXT, DATE = "number", "text", "date"


@dataclass(frozen=True)
class FieldSpec:
    """One field a rule can test: its key in the customer frame, its kind, and its names in both languages."""

    key: str
    kind: str  # number, text or date
    label_en: str
    label_zh: str
    source: str  # "metrics" (from orders), "customer" (attributes), "predictions" (predict/, once fitted) or
    # "suggestions" (suggest/: the customer's first suggested product, or category where the orders name no products)
    buyers_only: bool = False  # percentiles are taken over customers who bought (a non-buyer's 0 is not a value)


def _m(key: str, kind: str, en: str, zh: str, buyers_only: bool = False) -> FieldSpec:
    return FieldSpec(key, kind, en, zh, "metrics", buyers_only)


def _p(key: str, en: str, zh: str) -> FieldSpec:
    return FieldSpec(key, NUMBER, en, zh, "predictions")


def _c(key: str, kind: str, en: str, zh: str) -> FieldSpec:
    return FieldSpec(key, kind, en, zh, "customer")


FIELD_LIST: tuple[FieldSpec, ...] = (
    _m("recency_days", NUMBER, "Days since last order", "距上次购买天数"),
    _m("frequency", NUMBER, "Number of orders", "购买次数", True),
    _m("monetary", NUMBER, "Total spend", "累计消费金额", True),
    _m("aov", NUMBER, "Average order value", "客单价", True),
    _m("tenure_days", NUMBER, "Days since first order", "首次购买至今天数"),
    _m("typical_interval_days", NUMBER, "Typical days between orders", "典型购买间隔（天）"),
    _m("orders_30", NUMBER, "Orders in the last 30 days", "近30天订单数", True),
    _m("orders_90", NUMBER, "Orders in the last 90 days", "近90天订单数", True),
    _m("orders_365", NUMBER, "Orders in the last 365 days", "近365天订单数", True),
    _m("spend_30", NUMBER, "Spend in the last 30 days", "近30天消费金额", True),
    _m("spend_90", NUMBER, "Spend in the last 90 days", "近90天消费金额", True),
    _m("spend_365", NUMBER, "Spend in the last 365 days", "近365天消费金额", True),
    _m("first_order", DATE, "First order date", "首次购买日期"),
    _m("last_order", DATE, "Last order date", "最近购买日期"),
    _m("fav_category", TEXT, "Favourite category", "偏好品类"),
    _m("fav_channel", TEXT, "Favourite channel", "偏好渠道"),
    _m("fav_store", TEXT, "Favourite store", "常去门店"),
    _m("active_weekday", NUMBER, "Most active weekday (0 = Monday)", "最常购买的星期（0 = 周一）"),
    _m("active_hour", NUMBER, "Most active hour (0–23)", "最常购买的时段（0–23点）"),
    _m("discount_share", NUMBER, "Share of discounted orders (0–1)", "优惠订单占比（0–1）"),
    FieldSpec("suggested_product", TEXT, "Suggested product", "建议商品", "suggestions"),
    _p("p_alive", "Probability still active (0–1, predicted)", "仍活跃概率（0–1，预测）"),
    _p("churn_risk", "Churn risk: chance of no order in 12 months (0–1)", "流失风险：未来12个月不再购买的概率（0–1）"),
    _p("expected_orders_90", "Expected orders in the next 90 days", "未来90天预计购买次数"),
    _p("predicted_value_12m", "Predicted 12-month value", "未来12个月预测价值"),
    _c("gender", TEXT, "Gender", "性别"),
    _c("age", NUMBER, "Age", "年龄"),
    _c("birthday", DATE, "Birthday", "生日"),
    _c("birthday_month", NUMBER, "Birthday month (1–12)", "生日月份（1–12）"),
    _c("city", TEXT, "City", "城市"),
    _c("province", TEXT, "Province / state", "省份"),
    _c("member_level", TEXT, "Member level", "会员等级"),
    _c("join_date", DATE, "Join date", "入会日期"),
    _c("points", NUMBER, "Points", "积分"),
)
FIELDS: dict[str, FieldSpec] = {f.key: f for f in FIELD_LIST}


@dataclass(frozen=True)
class OperatorSpec:
    """One operator: its key in the JSON, the symbol shown, which field kinds it applies to and what value it takes."""

    key: str
    symbol: str
    label_en: str
    label_zh: str
    kinds: tuple[str, ...]
    value: str  # "one", "two" (between), "list", "none", "percent", "days"


OPERATOR_LIST: tuple[OperatorSpec, ...] = (
    OperatorSpec("=", "=", "is", "等于", (NUMBER, TEXT, DATE), "one"),
    OperatorSpec("!=", "≠", "is not", "不等于", (NUMBER, TEXT, DATE), "one"),
    OperatorSpec("<", "<", "less than", "小于", (NUMBER, DATE), "one"),
    OperatorSpec("<=", "≤", "at most", "小于等于", (NUMBER, DATE), "one"),
    OperatorSpec(">", ">", "more than", "大于", (NUMBER, DATE), "one"),
    OperatorSpec(">=", "≥", "at least", "大于等于", (NUMBER, DATE), "one"),
    OperatorSpec("between", "between", "between (both ends included)", "介于（含两端）", (NUMBER, DATE), "two"),
    OperatorSpec("in", "in", "is one of", "属于以下之一", (NUMBER, TEXT), "list"),
    OperatorSpec("contains", "contains", "contains", "包含", (TEXT,), "one"),
    OperatorSpec("empty", "is empty", "is empty", "为空", (NUMBER, TEXT, DATE), "none"),
    OperatorSpec("top_pct", "top %", "in the shop's top N%", "位于全店前N%", (NUMBER,), "percent"),
    OperatorSpec("bottom_pct", "bottom %", "in the shop's bottom N%", "位于全店后N%", (NUMBER,), "percent"),
    OperatorSpec("within_days", "within", "within the last N days", "在最近N天内", (DATE,), "days"),
    OperatorSpec("next_days", "next", "falls (month and day) within the next N days", "在未来N天内（按月日）", (DATE,),
                 "days"),
    OperatorSpec("same_month", "this month", "in the as-of month (any year)", "与统计日期同月（不限年份）", (DATE,),
                 "none"),
)
OPERATORS: dict[str, OperatorSpec] = {o.key: o for o in OPERATOR_LIST}
ALIASES = {"≠": "!=", "<>": "!=", "==": "=", "≤": "<=", "≥": ">=", "is_empty": "empty", "in_list": "in",
           "top": "top_pct", "bottom": "bottom_pct", "within": "within_days", "next": "next_days"}


def operators_for(kind: str) -> list[OperatorSpec]:
    """The operators a field of this kind allows, in display order."""
    return [o for o in OPERATOR_LIST if kind in o.kinds]


def field_label(key: str, lang: str = "en") -> str:
    """A field's name in English or Chinese ('zh...')."""
    spec = FIELDS[key]
    return spec.label_zh if lang.startswith("zh") else spec.label_en
