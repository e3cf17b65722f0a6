"""`shoplens segment WS --scheme ...`: segment the customers and save the run."""

from __future__ import annotations

import argparse

from . import print_json

NAME = "segment"
HELP = ("Segment a workspace's customers with China's eight RFM types (rfm-cn8), the ten-segment R×F grid"
        " (rfm-grid) or KMeans clusters, and save the run.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS", help="the workspace file (*.shoplens)")
    parser.add_argument("--scheme", required=True, choices=("rfm-cn8", "rfm-grid", "kmeans"),
                        help="how to segment")
    parser.add_argument("--k", type=int, default=None, metavar="N",
                        help="KMeans: the number of groups (default: chosen by silhouette over 2..10)")
    parser.add_argument("--as-of", default=None, metavar="YYYY-MM-DD",
                        help="the date the metrics are computed at (default: the day after the last order)")
    parser.add_argument("--threshold", choices=("mean", "median"), default="mean",
                        help="rfm-cn8: compare with the shop's mean or median (default: mean)")
    parser.add_argument("--lang", choices=("en", "zh"), default="en", help="language of the text output")
    parser.add_argument("--json", action="store_true", help="print the run as JSON")


def run(args: argparse.Namespace) -> int:
    import datetime as dt

    from ..errors import InputError
    from ..segmentation.build import build_run
    from ..segmentation.runs import save_run
    from ..workspace import Workspace

    as_of = None
    if args.as_of:
        try:
            as_of = dt.date.fromisoformat(args.as_of)
        except ValueError:
            raise InputError('"{as_of}" is not a date; write it as YYYY-MM-DD, e.g. 2024-06-30.', as_of=args.as_of) from None
    if args.k is not None and args.scheme != "kmeans":
        raise InputError("--k only applies to --scheme kmeans.")
    with Workspace.open(args.workspace) as ws:
        result = build_run(ws, args.scheme, k=args.k, threshold=args.threshold, as_of=as_of)
        run_id = save_run(ws, result)
    data = {
        "scheme": args.scheme,
        "as_of": result.as_of.isoformat(),
        "run_id": run_id,
        "name": result.name,
        "customers": result.customers,
        "segments": [{"label": s.label, "name_en": s.name_en, "name_zh": s.name_zh, "size": s.size,
                      "revenue": s.revenue, "strategy_en": s.strategy_en, "strategy_zh": s.strategy_zh}
                     for s in result.segments],
    }
    if args.threshold and args.scheme == "rfm-cn8":
        data["threshold"] = args.threshold
    if result.silhouette:
        data["silhouette"] = {str(k): round(v, 4) for k, v in result.silhouette.items()}
        data["k"] = result.parameters["k"]
    if args.json:
        print_json(data)
        return 0
    print(format_run(data, args.lang))
    return 0


def format_run(data: dict, lang: str = "en") -> str:
    """A table a person reads: segment, customers, share, revenue."""
    total = max(data["customers"], 1)
    key = "name_zh" if lang == "zh" else "name_en"
    width = max([len(s[key]) for s in data["segments"]] + [8])
    lines = [f"Run #{data['run_id']}: {data['name']}, as of {data['as_of']}, {data['customers']:,} customers"]
    if data.get("silhouette"):
        scores = ", ".join(f"k={k}: {v:.3f}" for k, v in data["silhouette"].items())
        lines.append(f"Silhouette by k: {scores} (chose k={data['k']})")
    for s in data["segments"]:
        lines.append(f"  {s[key]:<{width}}  {s['size']:>8,}  {s['size'] * 100 / total:5.1f}%  {s['revenue']:>14,.2f}")
    return "\n".join(lines)
