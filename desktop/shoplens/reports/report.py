"""The printed segment report: paper-sized matplotlib pages (no Qt), written to PDF or painted by the UI's printer.

Pages: a cover (shop, as-of date, data range), a summary (headline figures, segment chart, segments at a glance),
one page per segment (size, shares, profile against the shop, recommended action, top customers with masked
phones) and the dashboard's charts. Page numbers "Page 3 of 12" / "第 3 页，共 12 页". Tables that do not fit
continue on the next page under their repeated header; a chart is never cut.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from ..progress import CancelFn, ProgressFn, Reporter
from .atomic import atomic_output, check_target

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from ..workspace import Workspace
    from .report_data import ReportData

LANGS = ("en", "zh_CN")


@dataclass
class ReportDocument:
    """The report's pages (one Figure each, paper-sized), the paper and a title for the PDF's metadata."""

    pages: list[Figure]
    paper: str
    size_inches: tuple[float, float]
    title: str
    lang: str
    run_id: int
    path: Path | None = None  # where write_report_pdf saved it


def check_options(lang: str, paper: str) -> None:
    """InputError for a language or paper the report does not know."""
    from .report_layout import PAPERS

    if lang not in LANGS:
        raise InputError('The report cannot be written in "{lang}".', hint="Choose en or zh_CN.", lang=lang)
    if paper not in PAPERS:
        raise InputError('Unknown paper size "{paper}".', hint="Choose A4 or Letter.", paper=paper)


def build_report(ws: Workspace, *, lang: str = "en", run_id: int | None = None, paper: str = "A4",
                 top_n: int = 15, progress: ProgressFn | None = None, cancelled: CancelFn | None = None
                 ) -> ReportDocument:
    """Lay the report out as paper-sized Figures, ready to save as PDF or to paint on a printer."""
    from . import report_layout as L
    from .fonts import configure_matplotlib
    from .report_data import gather
    from .report_pages import story
    from .report_texts import rt

    check_options(lang, paper)
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)  # "no bold CJK face" is expected
    configure_matplotlib()
    reporter = Reporter(progress, cancelled)
    reporter.step(0, 10, "Reading the workspace")
    data = gather(ws, run_id, top_n=top_n, reporter=reporter)
    size = L.PAPERS[paper]
    reporter.step(7, 10, "Laying out the pages")
    cover, blocks = story(data, lang, ws.conn, size)
    placed = L.paginate(blocks, size)
    total = len(placed) + 1
    header_left = f"{data.shop_name} · {rt('title', lang)}"
    header_right = rt("as_of", lang, date=data.as_of.isoformat())
    pages = [cover(size, rt("page", lang, n=1, total=total))]
    for i, page in enumerate(placed, start=2):
        reporter.step(7 + 3 * i // (total + 1), 10, "Drawing the pages")
        fig, canvas = L.render(page, size)
        L.page_furniture(canvas, header_left, header_right, rt("page", lang, n=i, total=total))
        pages.append(fig)
    reporter.step(10, 10, "")
    return ReportDocument(pages, paper, size, f"{data.shop_name} · {rt('title', lang)}", lang, data.run["id"])


def write_report_pdf(ws: Workspace, path: str | os.PathLike[str], *, lang: str = "en", run_id: int | None = None,
                     paper: str = "A4", top_n: int = 15, progress: ProgressFn | None = None,
                     cancelled: CancelFn | None = None) -> ReportDocument:
    """Build the report, write it as a PDF (TrueType text: Chinese can be searched and copied) and audit it."""
    target = check_target(path, (".pdf",))
    reporter = Reporter(progress, cancelled)

    def build_progress(done: int, total: int, message: str) -> None:
        reporter.progress(done * 60 // max(total, 1), 100, message)

    doc = build_report(ws, lang=lang, run_id=run_id, paper=paper, top_n=top_n, progress=build_progress,
                       cancelled=reporter.cancelled)
    return save_report_pdf(ws, doc, target, progress=reporter.progress, cancelled=reporter.cancelled)


def save_report_pdf(ws: Workspace, doc: ReportDocument, path: str | os.PathLike[str], *,
                    progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> ReportDocument:
    """Write already built pages as a PDF and record it in the audit log (the UI's Save as PDF)."""
    target = check_target(path, (".pdf",))
    write_pdf(doc, target, Reporter(progress, cancelled))
    if not ws.readonly:
        ws.audit("report", {"run_id": doc.run_id, "lang": doc.lang, "paper": doc.paper, "pages": len(doc.pages),
                            "path": str(target.resolve())})
    doc.path = target
    return doc


def write_pdf(doc: ReportDocument, path: str | os.PathLike[str], reporter: Reporter | None = None) -> Path:
    """Save already built pages as one PDF, atomically (a cancel or failure leaves no file)."""
    import matplotlib
    from matplotlib.backends.backend_pdf import PdfPages

    reporter = reporter or Reporter()
    target = Path(path)
    with atomic_output(target) as tmp, matplotlib.rc_context({"pdf.fonttype": 42}):
        with PdfPages(tmp, metadata={"Title": doc.title, "Creator": "ShopLens", "Subject": doc.title}) as pdf:
            for i, fig in enumerate(doc.pages):
                reporter.step(60 + 40 * i // len(doc.pages), 100, "Writing the PDF")
                pdf.savefig(fig)
        reporter.check()
    reporter.progress(100, 100, "")
    return target


def report_facts(ws: Workspace, run_id: int | None = None) -> ReportData:
    """The figures the report prints (for tests and the UI's summary line)."""
    from .report_data import gather

    return gather(ws, run_id)
