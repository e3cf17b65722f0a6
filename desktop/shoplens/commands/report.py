"""`shoplens report WS --out FILE.pdf`: the printed segment report as a PDF."""

from __future__ import annotations

import argparse

from . import print_json

NAME = "report"
HELP = ("Write the segment report (cover, summary, one page per segment, charts) as a PDF, in English or"
        " Chinese, on A4 or Letter paper.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS", help="the workspace file (*.shoplens)")
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
    parser.add_argument("--lang", choices=("en", "zh_CN"), default="en", help="the report's language (default: en)")
    parser.add_argument("--run", type=int, default=None, metavar="ID",
                        help="the segmentation run (default: the newest)")
    parser.add_argument("--paper", choices=("A4", "Letter"), default="A4", help="paper size (default: A4)")
    parser.add_argument("--top", type=int, default=15, metavar="N",
                        help="top customers listed per segment (default: 15, 0 for none)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def run(args: argparse.Namespace) -> int:
    from ..errors import InputError
    from ..reports.report import write_report_pdf
    from ..workspace import Workspace

    if not 0 <= args.top <= 500:
        raise InputError("--top must be between 0 and 500.")
    with Workspace.open(args.workspace) as ws:
        doc = write_report_pdf(ws, args.out, lang=args.lang, run_id=args.run, paper=args.paper, top_n=args.top)
    data = {"path": str(doc.path), "pages": len(doc.pages), "run_id": doc.run_id, "lang": args.lang,
            "paper": args.paper}
    if args.json:
        print_json(data)
    else:
        print(f"Wrote the segment report of run #{doc.run_id} ({len(doc.pages)} pages) to {doc.path}.")
    return 0
