"""Words used on charts and printed reports, in English and Simplified Chinese (the core has no Qt translator)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "segment_sizes": ("Segment sizes and revenue share", "客户分群规模与收入占比"),
    "share_customers": ("Share of customers", "客户占比"),
    "share_revenue": ("Share of revenue", "收入占比"),
    "rf_heatmap": ("Customers by recency and frequency score", "按最近消费与消费频次评分的客户分布"),
    "r_score": ("R score (recency, 5 = most recent)", "R 评分（最近消费，5 = 最近）"),
    "f_score": ("F score (frequency, 5 = most orders)", "F 评分（消费频次，5 = 最多）"),
    "monthly": ("Monthly revenue and customers who bought that month", "每月收入与当月购买客户"),
    "revenue": ("Revenue", "收入"),
    "active_customers": ("Buyers that month", "当月购买客户"),
    "month": ("Month", "月份"),
    "as_of": ("as of {date}", "截至 {date}"),
    "cohort": ("Retention by first-purchase month", "按首次购买月份的留存率"),
    "cohort_month": ("First-purchase month", "首次购买月份"),
    "months_since": ("Months since first purchase", "首次购买后的月数"),
    "clusters": ("Customer clusters (2-D projection)", "客户聚类（二维投影）"),
    "component_1": ("Component 1", "主成分 1"),
    "component_2": ("Component 2", "主成分 2"),
    "projection_note": ("Each dot is a customer; dots close together buy alike. The axes mix recency, frequency and"
                        " spend, so they have no unit.",
                        "每个点是一位客户，距离越近购买行为越相似。坐标轴综合了最近消费、频次和金额，没有单位。"),
    "distributions": ("Distribution of customer metrics", "客户指标分布"),
    "recency_days": ("Days since last order", "距上次购买天数"),
    "frequency": ("Orders per customer", "每位客户订单数"),
    "monetary": ("Spend per customer", "每位客户消费额"),
    "unit_days": ("days", "天"),
    "unit_orders_log": ("orders (log scale)", "订单数（对数刻度）"),
    "unit_money_log": ("{currency} (log scale)", "{currency}（对数刻度）"),
    "customers": ("Customers", "客户数"),
    "no_data": ("No data yet", "暂无数据"),
    "trend_day": ("Revenue and buyers by day", "每日销售额与购买客户"),
    "trend_week": ("Revenue and buyers by week", "每周销售额与购买客户"),
    "trend_month": ("Revenue and buyers by month", "每月销售额与购买客户"),
    "trend_revenue": ("Revenue", "销售额"),
    "trend_buyers": ("Buyers", "购买客户"),
    "trend_click": ("Click a bar to see its buyers", "点击柱形查看该时段的购买客户"),
}


def tr(key: str, lang: str = "en") -> str:
    """The text for `key` in `lang` ('en' or 'zh_CN'); English when unknown."""
    en, zh = TEXTS.get(key, (key, key))
    return zh if lang.startswith("zh") else en


def run_caption(name: str, as_of: str, lang: str = "en") -> str:
    """'China's eight customer types (mean) · as of 2025-01-01': how a chart names the run it shows."""
    return f"{name} · {tr('as_of', lang).format(date=as_of)}"
