"""Home's sentences in English and Simplified Chinese (CLI and core; the desktop app has them in its Qt catalogue
too). Keys are stable: the app and the tests refer to them."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # the action cards: name, why (one sentence) and the recommended action
    "newly_at_risk": ("Newly at churn risk", "新近流失预警"),
    "newly_at_risk_why": ("{n} customers have only just slipped into churn risk: they are well past the shop's usual"
                          " time between orders, and the sooner they hear from you, the likelier they come back.",
                          "{n} 位客户刚进入流失预警：距上次购买已远超本店的典型购买间隔，越早联系越有可能挽回。"),
    "newly_at_risk_do": ("Send a personal reminder with a small incentive this week.",
                         "本周发送一条个性化提醒，附上小额优惠。"),
    "winback_high_value": ("Win back lapsed high-value customers", "挽回流失的高价值客户"),
    "winback_high_value_why": ("{n} of your biggest spenders have not bought for well over the shop's usual time"
                               " between orders.", "{n} 位消费最高的客户已远超本店典型购买间隔未再购买。"),
    "winback_high_value_do": ("Contact them personally with an offer worth their while; keep the holdout group to see"
                              " whether it pays.", "亲自联系他们并给出有吸引力的优惠；保留对照组，检验是否值得。"),
    "vip_care": ("VIP care", "VIP 关怀"),
    "vip_care_why": ("{n} of your biggest spenders bought recently: keep them close.",
                     "{n} 位高消费客户近期有购买：维系好他们。"),
    "vip_care_do": ("Thank them: early access to new products, a gift with the next order or a member event; no"
                    " discount needed.", "表示感谢：新品优先体验、下单赠礼或会员活动，无需打折。"),
    "second_purchase": ("Second-purchase nudge", "二次购买提醒"),
    "second_purchase_why": ("{n} customers have bought only once, a few weeks ago: the second order is what turns a"
                            " first-time buyer into a regular.",
                            "{n} 位客户只在几周前购买过一次：第二单是把新客变成常客的关键。"),
    "second_purchase_do": ("Suggest what to try next, with a coupon that runs out in two weeks.",
                           "推荐下一款可尝试的商品，附两周内有效的优惠券。"),
    "birthdays": ("Birthdays coming up", "近期生日"),
    "birthdays_why": ("{n} customers have a birthday in the coming days.", "{n} 位客户的生日就在近期。"),
    "birthdays_do": ("Send birthday wishes with a small gift or a birthday coupon.", "发送生日祝福，附小礼物或生日优惠券。"),
    "members_not_bought": ("Members who have not bought yet", "入会未购买的会员"),
    "members_not_bought_why": ("{n} members joined in the past year and have no order in the imported data yet.",
                               "{n} 位会员在过去一年内入会，但导入的订单中还没有他们的购买。"),
    "members_not_bought_do": ("Welcome them with a first-order offer and show them your best sellers.",
                              "发送欢迎信息和首单优惠，推荐店里的畅销品。"),
    # why a card is empty
    "empty_off": ("Switched off: its tag \"{tag}\" was removed. Restore it to see this action again.",
                  "已关闭：对应的标签“{tag}”已被删除。恢复后可再次看到此行动。"),
    "empty_not_set_up": ("Not set up yet: it appears after the first import with orders.",
                         "尚未设置：首次导入订单后会自动出现。"),
    "empty_no_data": ("Empty because the imported data holds no {fields}.", "为空：导入的数据中没有{fields}。"),
    "empty_none_now": ("No customer matches right now ({rule}).", "目前没有符合条件的客户（{rule}）。"),
    # what changed since the last import
    "moved_up": ("Moved up", "升级"),
    "moved_up_why": ("{n} customers moved to a more valuable customer type.", "{n} 位客户升到了更有价值的客户类型。"),
    "slipped": ("Slipped to churn risk", "滑入流失预警"),
    "slipped_why": ("{n} customers slipped into churn risk.", "{n} 位客户进入了流失预警。"),
    "came_back": ("Came back", "回流"),
    "came_back_why": ("{n} customers at churn risk or lost bought again.", "{n} 位流失预警或已流失的客户再次购买。"),
    "changes_since": ("Since the data of {since} (now: {until})", "与 {since} 的数据相比（现为 {until}）"),
    "changes_none_yet": ("Nothing to compare yet: after your next import, this shows who moved.",
                         "暂无可比较的数据：下次导入后，这里会显示客户的变化。"),
    # the period and the KPI cards
    "period": ("{start} to {end}", "{start} 至 {end}"),
    "previous": ("previous period", "环比"),
    "last_year": ("same period last year", "同比"),
    # the CLI's headings
    "h_figures": ("Figures", "关键指标"),
    "h_actions": ("This week's actions", "本周行动"),
    "h_changes": ("What changed since the last import", "上次导入以来的变化"),
    "h_campaigns": ("Campaigns", "营销活动"),
    "at_stake": ("predicted 12-month value {value}", "未来12个月预测价值 {value}"),
    "at_stake_pending": ("predicted 12-month value: worked out once the predictions are updated",
                         "未来12个月预测价值：预测更新完成后算出"),
    "audience": ("audience: tag \"{tag}\"", "目标人群：标签“{tag}”"),
    "no_campaigns": ("No campaign yet: start one from an action.", "还没有营销活动：可从上面的行动直接发起。"),
    "campaign_name": ("{action} {date}", "{action} {date}"),
}


def ht(key: str, lang: str = "en", **values: object) -> str:
    """The text for `key` in `lang` ('zh...' for Chinese) with {placeholders} filled in."""
    en, zh = TEXTS[key]
    text = zh if lang.startswith("zh") else en
    return text.format(**values) if values else text
