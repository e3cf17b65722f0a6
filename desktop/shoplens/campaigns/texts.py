"""A campaign's results in words a shop owner reads, in English and Simplified Chinese (CLI and printed report;
the desktop app has the same sentences in its Qt catalogue)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .results import CampaignResults

TEXTS: dict[str, tuple[str, str]] = {
    "who_coupon": ("Customers who got the coupon", "收到优惠券的客户"),
    "who_message": ("Customers who got the message", "收到营销信息的客户"),
    "more": ("{who} bought {points} points more often than the holdout group (95% CI {low} to {high}); {p}.",
             "{who}的购买率比对照组高 {points} 个百分点（95% 置信区间 {low} 至 {high}）；{p}。"),
    "less": ("{who} bought {points} points less often than the holdout group (95% CI {low} to {high}); {p}.",
             "{who}的购买率比对照组低 {points} 个百分点（95% 置信区间 {low} 至 {high}）；{p}。"),
    "same": ("{who} bought exactly as often as the holdout group (95% CI {low} to {high} points); {p}.",
             "{who}的购买率与对照组相同（95% 置信区间 {low} 至 {high} 个百分点）；{p}。"),
    "chance": ("A difference this size could be chance.", "这样大小的差异可能只是偶然。"),
    "clear": ("A difference this size is unlikely to be chance.", "这样大小的差异不太可能是偶然。"),
    "rates": ("Bought within {days} days: {t} of those who got it ({tx} of {tn}), {h} of the holdout group ({hx} of"
              " {hn}).", "{days} 天内有购买：收到的客户 {t}（{tn} 人中 {tx} 人），对照组 {h}（{hn} 人中 {hx} 人）。"),
    "relative": ("Relative lift: {rel} (95% CI {low} to {high}).", "相对提升：{rel}（95% 置信区间 {low} 至 {high}）。"),
    "revenue": ("Revenue per customer: {t} against {h}, a difference of {d} (95% CI {low} to {high}).",
                "人均收入：{t} 对比 {h}，相差 {d}（95% 置信区间 {low} 至 {high}）。"),
    "not_started": ("No orders from {start} on have been imported yet; the results appear after the next import.",
                    "尚未导入 {start} 及以后的订单；下次导入后即可查看结果。"),
    "running": ("The outcome window runs to {end}, but the data only reaches {until}: these are the figures so far.",
                "结果观察期至 {end}，但数据只到 {until}：以下为目前的数字。"),
    "coupon": ("Coupon {code}: used in {orders} order(s) by {customers} customer(s) ({treatment} who got the message,"
               " {holdout} in the holdout group, {outside} not in the campaign).",
               "优惠券 {code}：{customers} 位客户使用了 {orders} 次（收到信息的 {treatment} 位，对照组 {holdout} 位，"
               "活动以外 {outside} 位）。"),
    "no_coupon_field": ("The imported orders carry no coupon codes, so redemptions cannot be counted.",
                        "导入的订单没有优惠券码，无法统计核销情况。"),
    "status_not_started": ("Not started", "未开始"),
    "status_running": ("Window not over yet", "观察期未结束"),
    "status_complete": ("Complete", "已完成"),
    "treatment": ("Got the message", "收到信息"),
    "holdout": ("Holdout group", "对照组"),
    "conversion": ("Bought within the window", "观察期内购买率"),
    "lost": ("{n} customer(s) of the campaign can no longer be found on their own (removed by cleaning, or merged"
             " with another member) and are not counted.",
             "活动中有 {n} 位客户已无法单独找到（被清洗删除，或与另一位成员合并），未计入结果。"),
    "small_test": ("(Fisher's exact test: the groups are small.)", "（组别较小，采用 Fisher 精确检验。）"),
    "verdict_worked": ("The campaign worked", "活动有效"),
    "verdict_probably_worked": ("The campaign probably worked", "活动可能有效"),
    "verdict_not_clear": ("Not clear yet", "尚无定论"),
    "verdict_did_not_work": ("The campaign did not work", "活动无效"),
    "reason_no_data": ("no orders from {start} on have been imported yet.", "尚未导入 {start} 及以后的订单。"),
    "reason_more_buyers": ("{n} more buyers per 100 customers than the holdout group.",
                           "每 100 位客户比对照组多 {n} 位购买。"),
    "reason_fewer_buyers": ("{n} fewer buyers per 100 customers than the holdout group.",
                            "每 100 位客户比对照组少 {n} 位购买。"),
    "reason_no_lift": ("at most {n} more buyers per 100 customers than the holdout group, too few to matter.",
                       "每 100 位客户最多比对照组多 {n} 位购买，效果太小。"),
    "reason_likely_more": ("{n} more buyers per 100 customers than the holdout group, but a difference this size"
                           " could still be chance.", "每 100 位客户比对照组多 {n} 位购买，但这样的差异仍可能是偶然。"),
    "reason_too_small": ("the difference could be anywhere from {low} to {high} buyers per 100 customers; larger"
                         " groups or a longer window would tell.",
                         "差异可能在每 100 位客户 {low} 到 {high} 位之间；需要更大的组或更长的观察期才能判断。"),
    "reason_so_far_more": ("{n} more buyers per 100 customers so far; the window runs to {end}.",
                           "目前每 100 位客户比对照组多 {n} 位购买；观察期至 {end}。"),
    "reason_window_open": ("the outcome window runs to {end}; wait for the data to cover it.",
                           "观察期至 {end}；请等待数据覆盖整个观察期。"),
}


def ct(key: str, lang: str = "en", **values: object) -> str:
    """The text for `key` in `lang` with {placeholders} filled in."""
    en, zh = TEXTS[key]
    text = zh if lang.startswith("zh") else en
    return text.format(**values) if values else text


def points(value: float) -> str:
    """0.0423 → '4.2' (percentage points, one decimal, sign kept for negatives)."""
    return f"{value * 100:.1f}"


def p_text(p: float) -> str:
    """p-values as people quote them: 'p < 0.001', 'p = 0.008', 'p = 0.42'."""
    if p < 0.001:
        return "p < 0.001"
    if p < 0.1:
        return f"p = {p:.3f}"
    return f"p = {p:.2f}"


def money_text(value: float, currency: str) -> str:
    """¥12.30 / -¥4.00."""
    sign = "-" if value < 0 else ""
    return f"{sign}{currency}{abs(value):,.2f}"


def verdict_text(result: CampaignResults, lang: str = "en") -> str:
    """'The campaign worked: 3.1 more buyers per 100 customers than the holdout group.' (read first)"""
    verdict = result.verdict
    reason = ct(f"reason_{verdict.reason}", lang, **verdict.values)
    sep = "：" if lang.startswith("zh") else ": "
    return ct(f"verdict_{verdict.key}", lang) + sep + reason


def headline(result: CampaignResults, lang: str = "en") -> str:
    """'Customers who got the coupon bought 4.2 points more often ... (95% CI 1.1 to 7.3); p = 0.008.' or the
    status sentence when there is nothing to compare yet."""
    campaign = result.campaign
    if result.conversion is None:
        return ct("not_started", lang, start=campaign.start.isoformat())
    conv = result.conversion
    who = ct("who_coupon" if campaign.coupon_treatment else "who_message", lang)
    key = "more" if conv.diff > 0 else ("less" if conv.diff < 0 else "same")
    text = ct(key, lang, who=who, points=points(abs(conv.diff)), low=points(conv.diff_ci[0]),
              high=points(conv.diff_ci[1]), p=p_text(conv.p_value))
    sep = "" if lang.startswith("zh") else " "
    text += sep + ct("clear" if conv.p_value < 0.05 else "chance", lang)
    return text


def details(result: CampaignResults, lang: str = "en", currency: str = "¥") -> list[str]:
    """The other sentences: the window's state, the rates, revenue per customer, coupon redemptions."""
    campaign = result.campaign
    out = []
    if result.status == "running":
        out.append(ct("running", lang, end=(campaign.end - dt.timedelta(days=1)).isoformat(),
                      until=result.data_until.isoformat() if result.data_until else "—"))
    if result.lost:
        out.append(ct("lost", lang, n=result.lost))
    conv = result.conversion
    if conv is not None:
        out.append(ct("rates", lang, days=campaign.window_days, t=f"{conv.p1 * 100:.1f}%", tx=f"{conv.x1:,}",
                      tn=f"{conv.n1:,}", h=f"{conv.p2 * 100:.1f}%", hx=f"{conv.x2:,}", hn=f"{conv.n2:,}"))
        if conv.rel is not None and conv.rel_ci is not None:
            out.append(ct("relative", lang, rel=f"{conv.rel * 100:+.0f}%", low=f"{conv.rel_ci[0] * 100:.0f}%",
                          high=f"{conv.rel_ci[1] * 100:.0f}%"))
        if conv.test == "fisher":
            out.append(ct("small_test", lang))
    if result.revenue is not None:
        rev = result.revenue
        out.append(ct("revenue", lang, t=money_text(rev.mean1, currency), h=money_text(rev.mean2, currency),
                      d=money_text(rev.diff, currency), low=money_text(rev.ci[0], currency),
                      high=money_text(rev.ci[1], currency)))
    if campaign.coupon_treatment or campaign.coupon_holdout:
        if not result.orders_have_coupons:
            out.append(ct("no_coupon_field", lang))
        else:
            for red in result.coupons.values():
                out.append(ct("coupon", lang, code=red.code, orders=red.orders, customers=red.customers,
                              treatment=red.by_arm.get("treatment", 0), holdout=red.by_arm.get("holdout", 0),
                              outside=red.by_arm.get("outside", 0)))
    return out
