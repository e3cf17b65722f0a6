"""Timings behind the Segments section on the demo shop: what the wizard, the browser and the dashboard wait for.

    .venv/bin/python benchmarks/bench_segments_ui.py [WORKSPACE]   # default: builds the demo shop in a temp folder

Prints seconds per step (work done in workers, except the RFM live count, which runs on the UI thread).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path


def timed(label: str, fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    print(f"{label:<52} {time.perf_counter() - start:7.3f} s")
    return result


def main(argv: list[str]) -> int:
    from shoplens.demo.build import build_demo_workspace
    from shoplens.segmentation.runs import save_run
    from shoplens.segmentation.schemes import get_scheme
    from shoplens.tasks.segments import (
        build_review,
        compare,
        dashboard_data,
        find_groups,
        load_metrics,
        moved_since_previous,
        scheme_counts,
    )
    from shoplens.workspace import Workspace

    folder = Path(tempfile.mkdtemp(prefix="shoplens-bench-"))
    try:
        path = Path(argv[0]) if argv else Path(build_demo_workspace(folder / "demo.shoplens"))
        copy = folder / "work.shoplens"
        shutil.copy(path, copy)
        with Workspace.open(copy) as ws:
            customers = ws.conn.execute("SELECT count(*) FROM customers").fetchone()[0]
            orders = ws.conn.execute("SELECT count(*) FROM orders").fetchone()[0]
            print(f"{customers:,} customers, {orders:,} orders")
            timed("dashboard, no run yet (KPIs, charts drawn)", dashboard_data, ws)
            loaded = timed("wizard opens: metrics as of the default date", load_metrics, ws)
            timed("live count, China's eight types (UI thread)", scheme_counts, get_scheme("rfm-cn8"),
                  loaded.features)
            timed("live count, R×F grid (UI thread)", scheme_counts, get_scheme("rfm-grid"), loaded.features)
            auto = timed("KMeans silhouette k=2..10 and best k", find_groups, loaded.features,
                         ["recency_days", "frequency", "monetary"])
            timed("KMeans with k=4", find_groups, loaded.features, ["recency_days", "frequency", "monetary"], 4)
            grid = timed("review: build the R×F grid run with medians", build_review, ws, "rfm-grid",
                         loaded.features, loaded.as_of)
            km = timed(f"review: build the KMeans run (k={auto.k})", build_review, ws, "kmeans", loaded.features,
                       loaded.as_of, k=auto.k)
            a = timed("save the R×F grid run", save_run, ws, grid.run)
            b = timed("save the KMeans run", save_run, ws, km.run)
            timed("compare two runs (cross table)", compare, ws, a, b)
            timed("movement since the previous snapshot", moved_since_previous, ws, a)
            timed("dashboard with a KMeans run (+ clusters, drawn)", dashboard_data, ws)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
