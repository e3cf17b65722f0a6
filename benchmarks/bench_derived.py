"""refresh_derived benchmark (a script, not a test): the whole refresh and its parts on copies of a workspace.

Each repeat runs `refresh_derived` inside a transaction on a fresh copy of the workspace, in this process, and
reports the median of the repeats for the whole refresh and for the parts: the paid-orders read, the line items'
categories, the favourites, the rest of compute_features, writing `features`, predictions, saved segmentation
runs and tags. With `--compare DIR` the same is run with the package found in DIR (e.g. an older tree exported
by `git archive`) in a child process, alternating with this tree, so both see the same machine load.

Usage:  .venv/bin/python benchmarks/bench_derived.py WORKSPACE [--repeat 5] [--compare OLD/desktop]
(a 1M-row workspace: `.venv/bin/python benchmarks/bench_rebuild.py --rows 1000000 --keep DIR`, or `shoplens import`)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PARTS = [
    ("features.paid_orders", "read_paid_orders", "paid orders read"),
    ("features.paid_orders", "read_item_categories", "line-item categories"),
    ("features.metrics", "_favourites", "favourites (with line items)"),
    ("features.metrics", "compute_features", "compute_features"),
    ("features.metrics", "save_features", "features written"),
    ("predict.store", "refresh_predictions", "predictions"),
    ("derived", "refresh_suggestions", "suggestions"),
    ("segmentation.runs", "refresh_runs", "saved runs"),
    ("tags.refresh", "refresh_tags", "tags"),
]


def measure(workspace: Path, repeat: int) -> dict[str, float]:
    """Median seconds of the whole refresh and of each part over `repeat` fresh copies of `workspace`."""
    import importlib

    import numpy  # noqa: F401 - imported before the clock starts, as in the app after its first refresh
    import pandas  # noqa: F401
    import scipy.optimize
    import scipy.special  # noqa: F401

    import shoplens.derived as derived
    from shoplens.workspace import Workspace

    seconds: dict[str, list[float]] = {}

    def wrap(module, name: str, label: str) -> None:
        fn = getattr(module, name)

        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                seconds.setdefault(label, []).append(time.perf_counter() - start)

        setattr(module, name, timed)

    for module_name, name, label in PARTS:
        wrap(importlib.import_module(f"shoplens.{module_name}"), name, label)
    with tempfile.TemporaryDirectory(prefix="shoplens-bench-derived-") as folder:
        for i in range(repeat):
            copy = Path(folder) / f"copy{i}.shoplens"
            shutil.copyfile(workspace, copy)
            with Workspace.open(copy) as ws:
                start = time.perf_counter()
                with ws.transaction():
                    derived.refresh_derived(ws)
                seconds.setdefault("refresh_derived", []).append(time.perf_counter() - start)
            copy.unlink()
    return {k: statistics.median(v) for k, v in seconds.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--compare", metavar="DIR", help="also run the package found in DIR (alternating)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.workspace, args.repeat)))
        return
    trees = {"this tree": None, **({"compare": args.compare} if args.compare else {})}
    runs: dict[str, list[dict[str, float]]] = {k: [] for k in trees}
    for _ in range(max(args.repeat, 1)):
        for name, path in trees.items():
            env = dict(os.environ)
            if path:
                env["PYTHONPATH"] = os.pathsep.join([path, env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
            out = subprocess.run([sys.executable, __file__, str(args.workspace), "--repeat", "1", "--child"],
                                 env=env, capture_output=True, text=True, check=True).stdout
            runs[name].append(json.loads(out.strip().splitlines()[-1]))
    labels = ["refresh_derived"] + [label for _, _, label in PARTS]
    print(f"{'median seconds':<30}" + "".join(f"{name:>12}" for name in trees))
    for label in labels:
        cells = [statistics.median([r.get(label, 0.0) for r in runs[name]]) for name in trees]
        print(f"{label:<30}" + "".join(f"{c:>12.3f}" for c in cells))


if __name__ == "__main__":
    main()
