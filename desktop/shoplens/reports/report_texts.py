"""The segment report's own words in English and Simplified Chinese (the core has no Qt translator; TERMS.md words)."""

from __future__ import annotations

REPORT_TEXTS: dict[str, tuple[str, str]] = {
    "title": ("Customer segment report", "客户分群报告"),
    "shop": ("Shop", "店铺"),
    "as_of": ("As of {date}", "截至 {date}"),
    "as_of_label": ("As-of date", "统计截止日期"),
    "data_range": ("Orders from {first} to {last}", "订单日期 {first} 至 {last}"),
    "data_range_label": ("Data range", "数据范围"),
    "run_label": ("Segmentation run", "分群方案"),
    "run_value": ("#{id} {name}, created {created}", "#{id} {name}，创建于 {created}"),
    "generated": ("Generated {when} by ShopLens", "由 ShopLens 生成于 {when}"),
    "customers_in_run": ("Customers in the run", "参与分群的客户"),
    "page": ("Page {n} of {total}", "第 {n} 页，共 {total} 页"),
    "summary": ("Summary", "概览"),
    "summary_text": (
        "Headline figures of the shop as of {date} (paid orders only; active = bought in the last {days} days),"
        " and how the {customers} customers of the segmentation run split into segments.",
        "截至 {date} 的店铺核心指标（仅计已支付订单；活跃 = 最近 {days} 天内有购买），以及本分群方案中"
        " {customers} 位客户在各客户分群中的分布。"),
    "history_note": ("{n} customers are known only from a member list's purchase history (累计消费, 消费次数): that"
                     " history is counted apart, so they are under \u201cNo imported orders\u201d, not among the"
                     " buyers.",
                     "有 {n} 位客户只有会员名单中的历史消费（累计消费、消费次数）：这些历史单独统计，因此他们归入"
                     "\u201c无导入订单\u201d，不计入购买客户。"),
    "kpi_customers": ("Customers who bought", "有购买的客户"),
    "kpi_active": ("Active customers (last {days} days)", "活跃客户（最近 {days} 天）"),
    "kpi_revenue": ("Revenue", "收入"),
    "kpi_repeat": ("Repeat-purchase rate", "复购率"),
    "kpi_aov": ("Average order value", "客单价"),
    "overview": ("Segments at a glance", "客户分群一览"),
    "col_segment": ("Segment", "客户分群"),
    "col_customers": ("Customers", "客户数"),
    "col_share": ("Share", "占比"),
    "col_revenue": ("Revenue", "收入"),
    "col_revenue_share": ("Revenue share", "收入占比"),
    "col_avg_spend": ("Spend per customer", "人均消费"),
    "continued": ("{title} (continued)", "{title}（续）"),
    "segment_customers": ("Customers ({share} of all)", "客户数（占全部 {share}）"),
    "segment_revenue": ("Revenue ({share} of all)", "收入（占全部 {share}）"),
    "segment_avg": ("Spend per customer", "人均消费"),
    "profile": ("Profile against the whole shop", "与全店对比"),
    "profile_note": ("Medians of customers with at least one purchase.", "按有购买客户的中位数计算。"),
    "profile_note_mean": ("Means of customers with at least one purchase: these segments are defined against the"
                          " shop's mean.", "按有购买客户的平均值计算：这些分群按全店平均值划分。"),
    "col_metric": ("Metric", "指标"),
    "col_this_segment": ("This segment", "本分群"),
    "col_shop": ("Whole shop", "全店"),
    "col_difference": ("Difference", "差异"),
    "m_recency": ("Days since last order", "距上次购买天数"),
    "m_frequency": ("Orders", "订单数"),
    "m_monetary": ("Total spend", "消费总额"),
    "m_aov": ("Average order value", "客单价"),
    "m_tenure": ("Days since first order", "首次购买至今天数"),
    "action": ("Recommended action", "建议行动"),
    "top_customers": ("Top customers by spend", "消费最高的客户"),
    "top_note": ("Phones are masked. Export the segment for the full contact list.",
                 "手机号已隐藏部分数字。如需完整联系人名单，请导出该客户分群。"),
    "col_rank": ("#", "#"),
    "col_member_no": ("Member no.", "会员编号"),
    "col_name": ("Name", "姓名"),
    "col_phone": ("Phone", "手机号"),
    "col_orders": ("Orders", "订单数"),
    "col_spend": ("Total spend", "消费总额"),
    "col_last": ("Last order", "最近购买"),
    "no_members": ("This segment has no customers.", "该客户分群暂无客户。"),
    "charts": ("Charts", "图表"),
    "chart_segments": ("Share of customers and of revenue in each segment.", "各客户分群的客户占比与收入占比。"),
    "chart_monthly": ("Revenue of paid orders per month (bars) and customers who bought that month (line).",
                      "每月已支付订单收入（柱）与当月有购买的客户数（线）。"),
    "chart_cohorts": ("Of the customers whose first purchase fell in a month (rows), the share who bought again"
                      " N months later (columns).",
                      "按首次购买月份（行）统计，N 个月后（列）再次购买的客户占比。"),
    "chart_distributions": ("How recency, order count and spend are spread over the customers.",
                            "最近消费、订单数与消费额在客户中的分布。"),
    "chart_rf": ("Customers by recency score (5 = bought most recently) and frequency score (5 = most orders).",
                 "按最近消费评分（5 = 最近）与消费频次评分（5 = 最多）的客户数。"),
    "none": ("—", "—"),
    "scheme_rfm-cn8": ("China's eight customer types (RFM)", "RFM 八类客户"),
    "scheme_rfm-grid": ("R×F grid (ten segments)", "R×F 十类分群"),
    "scheme_kmeans": ("KMeans clusters ({k} groups)", "KMeans 聚类（{k} 组）"),
    "days": ("{n} days", "{n} 天"),
    "day": ("{n} day", "{n} 天"),
}


def rt(key: str, lang: str = "en", **values: object) -> str:
    """The report text for `key` in `lang` ('en' or 'zh_CN'), with {placeholders} filled in."""
    en, zh = REPORT_TEXTS[key]
    text = zh if lang.startswith("zh") else en
    return text.format(**values) if values else text
