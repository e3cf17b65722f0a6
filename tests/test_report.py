"""The segment report: PDF text in both languages matches the workspace, pagination, paper, cancel, CLI."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from pypdf import PdfReader

from segdata import contact_shop
from shoplens import cli
from shoplens.errors import Cancelled, InputError
from shoplens.reports import report_layout as L
from shoplens.reports.report import build_report, write_report_pdf
from shoplens.workspace import Workspace


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    ws, run_id, members = contact_shop(folder, customers=400, seed=9)
    ws.set_meta("shop_name", "山茶小铺 Test Tea")
    pdfs = {lang: write_report_pdf(ws, folder / f"report_{lang}.pdf", lang=lang) for lang in ("en", "zh_CN")}
    yield ws, run_id, members, pdfs
    ws.close()


def pdf_pages(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_pdf_text_matches_workspace(shop, lang):
    ws, run_id, _, pdfs = shop
    doc = pdfs[lang]
    pages = pdf_pages(doc.path)
    assert len(pages) == len(doc.pages)
    text = "\n".join(pages)
    as_of = ws.conn.execute("SELECT as_of FROM segmentations WHERE id = ?", (run_id,)).fetchone()[0]
    assert as_of in pages[0] and "山茶小铺" in pages[0]
    segments = ws.conn.execute("SELECT name_en, name_zh, size FROM segments WHERE run_id = ? ORDER BY position",
                               (run_id,)).fetchall()
    assert sum(s[2] for s in segments) == ws.conn.execute("SELECT count(*) FROM customers").fetchone()[0]
    for name_en, name_zh, size in segments:
        name = name_zh if lang == "zh_CN" else name_en
        # the segment's own page starts with its name and its size
        own = [p for p in pages if p.lstrip().startswith(name)]
        assert own, f"no page for {name}"
        assert f"{size:,}" in own[0].split("\n")[1]
        assert name in pages[1] or name in pages[2]  # in the overview table too
    total = len(pages)
    for n, page in enumerate(pages, start=1):
        mark = f"第 {n} 页，共 {total} 页" if lang == "zh_CN" else f"Page {n} of {total}"
        assert squash(mark) in squash(page)
    if lang == "zh_CN":
        assert "重要价值客户" in text and "客户分群报告" in text and "建议行动" in text
    else:
        assert "Important value" in text and "Customer segment report" in text and "重要价值客户" not in text


def test_top_customers_are_listed_with_masked_phones(shop):
    ws, run_id, members, pdfs = shop
    text = "\n".join(pdf_pages(pdfs["en"].path))
    phones = [r[0] for r in ws.conn.execute("SELECT phone FROM customers WHERE phone IS NOT NULL")]
    assert phones and not any(p in text for p in phones if len(p) >= 8)
    # the ten biggest spenders of the first segment, by the metrics layer, appear with masked phones
    from shoplens.features.metrics import compute_features
    from shoplens.reports.masking import mask_phone

    as_of = ws.conn.execute("SELECT as_of FROM segmentations WHERE id = ?", (run_id,)).fetchone()[0]
    features = compute_features(ws, dt.date.fromisoformat(as_of))
    top = features.loc[members, "monetary_cents"].sort_values(ascending=False, kind="stable").head(10)
    shown = 0
    for cid in top.index:
        phone = ws.conn.execute("SELECT phone FROM customers WHERE id = ?", (int(cid),)).fetchone()[0]
        if phone:
            assert mask_phone(phone) in text
            shown += 1
    assert shown >= 5


def _text_extent(fig):
    """Lowest and highest text anchor on a page, in inches from the bottom."""
    ys = [t.get_position()[1] * fig.get_figheight() for t in fig.texts if t.get_text()]
    return min(ys), max(ys)


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_paper_sizes_and_nothing_outside_the_margins(shop, tmp_path, paper):
    ws, *_ = shop
    doc = write_report_pdf(ws, tmp_path / "r.pdf", paper=paper, top_n=80, lang="zh_CN")
    width, height = L.PAPERS[paper]
    box = PdfReader(str(doc.path)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (round(width * 72), round(height * 72))
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    for fig in doc.pages:
        assert tuple(round(v, 2) for v in fig.get_size_inches()) == (round(width, 2), round(height, 2))
        low, high = _text_extent(fig)
        assert low >= L.MARGIN_BOTTOM - 0.4 and high <= height - 0.3
        renderer = FigureCanvasAgg(fig).get_renderer()
        for ax in fig.axes:  # charts stay inside the text area, between header and footer
            bbox = ax.get_tightbbox(renderer).transformed(fig.dpi_scale_trans.inverted())
            assert bbox.y0 >= L.MARGIN_BOTTOM - 0.05 and bbox.y1 <= height - L.MARGIN_TOP + 0.05
            assert bbox.x0 >= L.MARGIN_X - 0.3 and bbox.x1 <= width - L.MARGIN_X + 0.3


def test_long_tables_continue_with_repeated_header(shop, tmp_path):
    ws, run_id, _, _ = shop
    doc = write_report_pdf(ws, tmp_path / "long.pdf", top_n=60)
    pages = pdf_pages(doc.path)
    label, size = ws.conn.execute("SELECT name_en, size FROM segments WHERE run_id = ? ORDER BY size DESC LIMIT 1",
                                  (run_id,)).fetchone()
    assert size > 40
    continued = [p for p in pages if f"Top customers by spend · {label} (continued)" in p]
    assert continued and all("Member no." in p and "Last order" in p for p in continued)
    # every rank 1..60 printed once across the segment's pages
    start = next(i for i, p in enumerate(pages) if p.lstrip().startswith(label))
    body = "\n".join(pages[start:start + 1 + len(continued)])
    ranks = [int(m) for m in re.findall(r"^(\d+) ", body, flags=re.M) if int(m) <= 60]
    assert sorted(set(ranks))[:60] == list(range(1, 61))


def test_layout_splits_tables_and_paragraphs():
    paper = L.PAPERS["A4"]
    rows = [[str(i), f"row {i}"] for i in range(150)]
    blocks = [L.heading("Title"), L.Paragraph("word " * 400), L.Table([L.Column("A"), L.Column("B")], rows,
                                                                     continued="T (continued)")]
    pages = L.paginate(blocks, paper)
    tables = [b for p in pages for b, _ in p.items if isinstance(b, L.Table)]
    assert len(tables) >= 3 and [r for t in tables for r in t.rows] == rows
    assert not tables[0].is_continuation and all(t.is_continuation for t in tables[1:])
    assert all(len(t.rows) >= 3 for t in tables)
    width = paper[0] - 2 * L.MARGIN_X
    for page in pages:
        for block, y in page.items:
            assert y + block.height(width) <= paper[1] - L.MARGIN_BOTTOM + 1e-6
    # a heading never ends a page; one chart per page
    for page in pages:
        assert not page.items[-1][0].keep_with_next
    charts = [L.ChartBlock(lambda: None, 3.0) for _ in range(3)]
    assert len(L.paginate(charts, paper)) == 3


def test_wrapping_measures_chinese_and_latin():
    lines = L.wrap("重要价值客户" * 20, 2.0, 10)
    assert len(lines) > 3 and all(L.text_width(line, 10) <= 2.0 for line in lines)
    assert "".join(lines) == "重要价值客户" * 20
    latin = L.wrap("Reward them with exclusive perks and early access to new products", 1.5, 10)
    assert all(L.text_width(line, 10) <= 1.5 for line in latin) and " ".join(latin).split() == \
        "Reward them with exclusive perks and early access to new products".split()
    assert L.fit("A very long segment name indeed", 0.8, 9).endswith("…")


def test_cancel_leaves_no_file(shop, tmp_path):
    ws, *_ = shop
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 12

    with pytest.raises(Cancelled):
        write_report_pdf(ws, tmp_path / "c.pdf", cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


def test_bad_input(shop, tmp_path):
    ws, *_ = shop
    with pytest.raises(InputError, match="run number 99"):
        build_report(ws, run_id=99)
    with pytest.raises(InputError):
        build_report(ws, lang="fr")
    with pytest.raises(InputError):
        build_report(ws, paper="A3")
    with pytest.raises(InputError, match="does not end"):
        write_report_pdf(ws, tmp_path / "r.docx")
    empty = Workspace.create(tmp_path / "empty.shoplens")
    with pytest.raises(InputError, match="no segmentation run"):
        write_report_pdf(empty, tmp_path / "r.pdf")
    empty.close()
    assert not (tmp_path / "r.pdf").exists()


def test_report_command_and_audit(shop, tmp_path, capsys):
    ws, run_id, _, _ = shop
    out = tmp_path / "cli.pdf"
    ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # another process reads the file's header
    code = cli.main(["report", str(ws.path), "--out", str(out), "--lang", "zh_CN", "--paper", "Letter", "--run",
                     str(run_id), "--top", "5", "--json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["pages"] == len(PdfReader(str(out)).pages) and data["run_id"] == run_id
    action, details = ws.conn.execute("SELECT action, details FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    assert action == "report" and json.loads(details)["path"] == str(out.resolve())
    assert cli.main(["report", str(ws.path), "--out", str(tmp_path / "x.pdf"), "--run", "42"]) == 2
