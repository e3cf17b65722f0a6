"""Recommended actions per segment, in English and Chinese; the user edits them and they are saved with the run."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .naming import ClusterProfile

# Action kinds, each with its text in both languages.
ACTIONS: dict[str, tuple[str, str]] = {
    "vip": ("Reward them: exclusive perks, early access to new products and a personal thank-you; no blanket"
            " discounts.", "专属礼遇与新品抢先购，附上一句感谢；不要滥发折扣。"),
    "loyal": ("Keep them close: membership points, upgrade offers and invitations to events.",
              "维系关系：会员积分、升级权益和活动邀请。"),
    "develop": ("Encourage the next purchase: recommendations based on what they bought, bundles and a points"
                " bonus on the next order.", "促进复购：按已购商品推荐、组合优惠、下单积分加倍。"),
    "new": ("Welcome series: thank them, introduce the shop's best-sellers and offer a small second-order gift.",
            "新客欢迎：致谢、介绍招牌商品，并送上第二单小礼。"),
    "nurture": ("Build the habit: a time-limited offer on their favourite category and a reminder when it's"
                " time to restock.", "培养习惯：常购品类限时优惠，到期提醒补货。"),
    "attention": ("Check in: a personal message with a modest offer before they drift away.",
                  "主动关怀：在客户流失前发送个性化问候和适度优惠。"),
    "winback_high": ("Win them back personally: a call or message from staff and a generous win-back coupon.",
                     "重点挽回：店员电话或私信，并送上力度较大的回归券。"),
    "winback": ("Win-back coupon with a deadline, then stop contacting those who don't respond.",
                "发送限期回归券；无回应则停止打扰。"),
    "retain_high": ("Retain: they used to buy often; ask what changed and offer a loyalty reward.",
                    "重点保持：曾经常购，了解原因并给予忠诚奖励。"),
    "lost": ("One low-cost reactivation try (e.g. a seasonal promotion), then leave them out of campaigns.",
             "低成本唤醒一次（如季节促销），之后不再纳入营销活动。"),
    "price": ("Price-sensitive: send promotion alerts and coupons rather than full-price news.",
              "价格敏感：推送促销提醒和优惠券，而非原价新品。"),
    "none": ("No order in the imported data: a first-order coupon for those who never bought, a welcome-back offer"
             " for those a member list shows buying before.",
             "导入数据中无订单：从未购买的发送首单优惠券，会员名单显示曾有消费的发送回归优惠。"),
}

SEGMENT_ACTIONS: dict[str, str] = {
    # China's eight customer types
    "important_value": "vip", "important_development": "develop", "important_retention": "retain_high",
    "important_winback": "winback_high", "general_value": "loyal", "general_development": "nurture",
    "general_retention": "attention", "general_winback": "lost",
    # the R×F grid
    "champions": "vip", "loyal": "loyal", "potential_loyalist": "develop", "new_customers": "new",
    "promising": "nurture", "needs_attention": "attention", "about_to_sleep": "winback", "at_risk": "winback_high",
    "cant_lose_them": "winback_high", "hibernating": "lost",
    "no_purchases": "none",
}


def strategy_for(label: str) -> tuple[str, str]:
    """The default recommended action (English, Chinese) for a built-in segment key; ('', '') if none."""
    action = SEGMENT_ACTIONS.get(label)
    return ACTIONS[action] if action else ("", "")


def strategy_for_cluster(p: ClusterProfile, discount_share: float | None = None) -> tuple[str, str]:
    """The default action for a KMeans cluster, from its recency, frequency and spend (and discount use)."""
    from .naming import describe

    recency, frequency, spend = describe(p)
    if discount_share is not None and discount_share >= 0.5 and spend != "big":
        return ACTIONS["price"]
    if recency == "lapsed":
        return ACTIONS["winback_high" if spend == "big" or frequency == "frequent" else "lost"]
    if spend == "big" and frequency != "once":
        return ACTIONS["vip"]
    if frequency == "frequent":
        return ACTIONS["loyal"]
    if recency == "recent" and frequency == "once":
        return ACTIONS["new"]
    if recency == "recent":
        return ACTIONS["develop"]
    if spend == "big":
        return ACTIONS["develop"]
    return ACTIONS["attention"] if recency == "" and frequency != "once" else ACTIONS["winback"]
