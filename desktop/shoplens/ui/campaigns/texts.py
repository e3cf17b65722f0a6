"""A campaign's plan and results in the UI language (the same sentences as campaigns/texts.py, through Qt)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ...campaigns.power import MIN_HOLDOUT
from ...campaigns.texts import money_text, p_text, points

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def fill(text: str, *values: object) -> str:
    """Replace %1, %2, ... (from the highest number down, so %1 does not eat %10)."""
    for i in range(len(values), 0, -1):
        text = text.replace(f"%{i}", str(values[i - 1]))
    return text


def status_text(status: str) -> str:
    """'Not started' / 'Window not over yet' / 'Complete'."""
    return {
        "not_started": translate("CampaignWords", "Not started"),
        "running": translate("CampaignWords", "Window not over yet"),
        "complete": translate("CampaignWords", "Complete"),
    }.get(status, status)


def channel_names() -> dict[str, str]:
    """Each campaign channel's name."""
    return {
        "sms": translate("CampaignWords", "SMS"),
        "email": translate("CampaignWords", "E-mail"),
        "wechat": translate("CampaignWords", "WeChat"),
        "in_store": translate("CampaignWords", "In store"),
        "other": translate("CampaignWords", "Other"),
    }


def warning_texts(codes: list[str], mde: float | None) -> list[str]:
    """The plan's warnings in words a shop owner gets."""
    mde_text = "—" if mde is None else points(mde)
    texts = {
        "holdout_small": fill(translate(
            "CampaignWords", "The holdout group has fewer than %1 customers, so chance alone can hide or fake an"
            " effect. Hold out a bigger share, or choose a bigger group."), MIN_HOLDOUT),
        "treatment_small": fill(translate("CampaignWords", "Fewer than %1 customers would get the message."),
                                MIN_HOLDOUT),
        "mde_large": fill(translate(
            "CampaignWords", "At this size only a big effect can be seen: the campaign would have to make at least"
            " %1 more customers in every 100 buy before the difference is clear."), mde_text),
        "no_baseline": translate(
            "CampaignWords", "The data does not reach back a whole window before the start date, so the group's"
            " usual buying rate is unknown; the smallest visible lift is worked out for 10 in 100."),
    }
    return [texts[c] for c in codes if c in texts]


def plan_text(plan) -> str:
    """'600 customers: 540 get the message, 60 are held out. ...' for the New campaign dialog."""
    parts = [fill(translate("CampaignWords", "%1 customers: %2 get the message, %3 are held out."),
                  f"{plan.customers:,}", f"{plan.treatment:,}", f"{plan.holdout:,}")]
    if plan.baseline is not None:
        parts.append(fill(translate("CampaignWords", "Usually %1% of them buy within a window this long."),
                          f"{plan.baseline * 100:.1f}"))
    if plan.mde is not None:
        parts.append(fill(translate(
            "CampaignWords", "Smallest lift this campaign can detect: %1 points (80% power, 5% significance)."),
            points(plan.mde)))
    else:
        parts.append(translate("CampaignWords", "The groups are too small to detect any lift."))
    return _join(parts)


def _join(sentences: list[str]) -> str:
    from ..common.i18n import current_language

    return ("" if current_language().startswith("zh") else " ").join(sentences)


def verdict_text(result) -> str:
    """'The campaign worked: 3.1 more buyers per 100 customers than the holdout group.' (read first)"""
    verdict = result.verdict
    v = verdict.values
    names = {
        "worked": translate("CampaignWords", "The campaign worked"),
        "probably_worked": translate("CampaignWords", "The campaign probably worked"),
        "not_clear": translate("CampaignWords", "Not clear yet"),
        "did_not_work": translate("CampaignWords", "The campaign did not work"),
    }
    reasons = {
        "no_data": lambda: fill(translate("CampaignWords", "no orders from %1 on have been imported yet."),
                                v.get("start")),
        "more_buyers": lambda: fill(translate("CampaignWords", "%1 more buyers per 100 customers than the holdout"
                                                               " group."), v.get("n")),
        "fewer_buyers": lambda: fill(translate("CampaignWords", "%1 fewer buyers per 100 customers than the holdout"
                                                                " group."), v.get("n")),
        "no_lift": lambda: fill(translate("CampaignWords", "at most %1 more buyers per 100 customers than the holdout"
                                                           " group, too few to matter."), v.get("n")),
        "likely_more": lambda: fill(translate("CampaignWords", "%1 more buyers per 100 customers than the holdout"
                                                               " group, but a difference this size could still be"
                                                               " chance."), v.get("n")),
        "too_small": lambda: fill(translate("CampaignWords", "the difference could be anywhere from %1 to %2 buyers"
                                                             " per 100 customers; larger groups or a longer window"
                                                             " would tell."), v.get("low"), v.get("high")),
        "so_far_more": lambda: fill(translate("CampaignWords", "%1 more buyers per 100 customers so far; the window"
                                                               " runs to %2."), v.get("n"), v.get("end")),
        "window_open": lambda: fill(translate("CampaignWords", "the outcome window runs to %1; wait for the data to"
                                                               " cover it."), v.get("end")),
    }
    return fill(translate("CampaignWords", "%1: %2"), names[verdict.key], reasons[verdict.reason]())


def headline(result) -> str:
    """'Customers who got the coupon bought 4.2 points more often ... (95% CI 1.1 to 7.3); p = 0.008.'"""
    campaign = result.campaign
    if result.conversion is None:
        return fill(translate("CampaignWords", "No orders from %1 on have been imported yet; the results appear"
                                               " after the next import."), campaign.start.isoformat())
    conv = result.conversion
    if campaign.coupon_treatment:
        who = translate("CampaignWords", "Customers who got the coupon")
    else:
        who = translate("CampaignWords", "Customers who got the message")
    if conv.diff > 0:
        text = translate("CampaignWords", "%1 bought %2 points more often than the holdout group (95% CI %3 to %4);"
                                          " %5.")
    elif conv.diff < 0:
        text = translate("CampaignWords", "%1 bought %2 points less often than the holdout group (95% CI %3 to %4);"
                                          " %5.")
    else:
        text = translate("CampaignWords", "%1 bought exactly as often as the holdout group (95% CI %3 to %4"
                                          " points); %5.")
    text = fill(text, who, points(abs(conv.diff)), points(conv.diff_ci[0]), points(conv.diff_ci[1]),
                p_text(conv.p_value))
    if conv.p_value < 0.05:
        verdict = translate("CampaignWords", "A difference this size is unlikely to be chance.")
    else:
        verdict = translate("CampaignWords", "A difference this size could be chance.")
    return _join([text, verdict])


def details(result, currency: str) -> list[str]:
    """The window's state, the rates, revenue per customer and coupon redemptions, one sentence each."""
    campaign = result.campaign
    out = []
    if result.status == "running":
        last = campaign.end - dt.timedelta(days=1)
        out.append(fill(translate("CampaignWords", "The outcome window runs to %1, but the data only reaches %2:"
                                                   " these are the figures so far."),
                        last.isoformat(), result.data_until.isoformat() if result.data_until else "—"))
    if result.lost:
        out.append(fill(translate("CampaignWords", "%1 customer(s) of the campaign can no longer be found on their own"
                                                   " (removed by cleaning, or merged with another member) and are not"
                                                   " counted."), result.lost))
    conv = result.conversion
    if conv is not None:
        out.append(fill(translate("CampaignWords", "Bought within %1 days: %2% of those who got it (%3 of %4), %5%"
                                                   " of the holdout group (%6 of %7)."),
                        campaign.window_days, f"{conv.p1 * 100:.1f}", f"{conv.x1:,}", f"{conv.n1:,}",
                        f"{conv.p2 * 100:.1f}", f"{conv.x2:,}", f"{conv.n2:,}"))
        if conv.rel is not None and conv.rel_ci is not None:
            out.append(fill(translate("CampaignWords", "Relative lift: %1% (95% CI %2% to %3%)."),
                            f"{conv.rel * 100:+.0f}", f"{conv.rel_ci[0] * 100:.0f}", f"{conv.rel_ci[1] * 100:.0f}"))
        if conv.test == "fisher":
            out.append(translate("CampaignWords", "The groups are small, so the p-value comes from Fisher's exact"
                                                  " test."))
    if result.revenue is not None:
        rev = result.revenue
        out.append(fill(translate("CampaignWords", "Revenue per customer: %1 against %2, a difference of %3 (95% CI"
                                                   " %4 to %5)."),
                        money_text(rev.mean1, currency), money_text(rev.mean2, currency),
                        money_text(rev.diff, currency), money_text(rev.ci[0], currency),
                        money_text(rev.ci[1], currency)))
    if campaign.coupon_treatment or campaign.coupon_holdout:
        if not result.orders_have_coupons:
            out.append(translate("CampaignWords", "The imported orders carry no coupon codes, so redemptions cannot"
                                                  " be counted."))
        for red in result.coupons.values():
            out.append(fill(translate("CampaignWords", "Coupon %1: used in %2 order(s) by %3 customer(s) (%4 who got"
                                                       " the message, %5 in the holdout group, %6 not in the"
                                                       " campaign)."),
                            red.code, red.orders, red.customers, red.by_arm.get("treatment", 0),
                            red.by_arm.get("holdout", 0), red.by_arm.get("outside", 0)))
    return out


def lift_cell(result) -> str:
    """'+4.2 points (1.1 to 7.3)' for the campaign list, or '—'."""
    conv = result.conversion
    if conv is None:
        return "—"
    return fill(translate("CampaignWords", "%1 points (%2 to %3)"), f"{conv.diff * 100:+.1f}",
                points(conv.diff_ci[0]), points(conv.diff_ci[1]))
