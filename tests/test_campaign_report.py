"""The printed report's campaign section: the table, the chart and the sentences, in English and Chinese."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from campaigndata import START, add_window_orders, campaign_shop
from shoplens.campaigns.store import create_campaign, segment_source
from shoplens.reports.report import build_report, write_report_pdf


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    ws = campaign_shop(tmp_path_factory.mktemp("report") / "shop.shoplens", customers=600)
    done = create_campaign(ws, "June coupon", segment_source(ws, "sleep"), start=START, window_days=30,
                           holdout_share=0.3, seed=4, coupon_treatment="JUNE")
    add_window_orders(ws, done.id, 0.5, 0.1, coupon="JUNE")
    create_campaign(ws, "Later", segment_source(ws, "loyal"), start=START.replace(month=9), holdout_share=0.2,
                    seed=1)
    yield ws
    ws.close()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_campaign_section_in_pdf(shop, tmp_path, lang):
    doc = write_report_pdf(shop, tmp_path / f"report-{lang}.pdf", lang=lang)
    pages = [p.extract_text() for p in PdfReader(str(doc.path)).pages]
    section = [i for i, text in enumerate(pages) if ("Campaigns" if lang == "en" else "营销活动") in text
               and "June coupon" in text]
    assert section and section[0] > 2, "the campaign section comes after the segment pages"
    text = "\n".join(pages[section[0]:])
    compact = text.replace("\n", "").replace(" ", "")
    if lang == "en":
        assert "Later" in text and "Not started" in text and "Complete" in text
        assert "Customers who got the coupon bought" in compact.replace("Customerswhogotthecouponbought",
                                                                        "Customers who got the coupon bought")
        assert "unlikelytobechance" in compact and "CouponJUNE" in compact
    else:
        assert "未开始" in text and "已完成" in text and "收到优惠券的客户的购买率比对照组高" in compact


def test_no_campaigns_no_section(tmp_path):
    ws = campaign_shop(tmp_path / "plain.shoplens", customers=200)
    try:
        doc = build_report(ws, lang="en")
        assert not any("Campaigns" in t.get_text() for fig in doc.pages for t in fig.texts)
    finally:
        ws.close()
