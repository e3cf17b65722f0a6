"""The long fuzzing run: the suite's hypothesis fuzzers with many more examples, atheris, and the 50-million-cell sheet.

    .venv/bin/python benchmarks/fuzz_long.py                     # 2,000 examples per fuzzer
    .venv/bin/python benchmarks/fuzz_long.py --examples 300 --atheris-runs 20000 --big

Prints the inputs tried per target and the crashes found (an exception other than InputError, or a hang of more
than 30 s on one input). --atheris-runs N also runs N coverage-guided atheris inputs over the readers (when atheris
is installed). --big writes a CSV of 50 million cells (about 150 MB, in a temporary folder) and an xlsx whose
dimension says 50 million cells, reads each in a child process, and prints how it ended and the peak memory.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
READ_CHILD = """
import resource, sys, time
from shoplens.errors import InputError
from shoplens.ingest.readers import read_table
start = time.perf_counter()
try:
    table = read_table(sys.argv[1])
    outcome = f"read {len(table.rows):,} rows"
except InputError as exc:
    outcome = f"refused: {exc}"
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{outcome}\\n  {time.perf_counter() - start:.1f} s, peak memory {peak:,.0f} MB")
"""
ATHERIS_CHILD = """
import os, sys, tempfile
import atheris
with atheris.instrument_imports(include=["shoplens.ingest"]):
    from shoplens.errors import InputError
    from shoplens.ingest.readers import list_sheets, read_table
SUFFIXES = [".csv", ".txt", ".xls", ".xlsx", ".ods", ".tsv"]
PREFIXES = [b"", b"PK\\x03\\x04", b"\\xd0\\xcf\\x11\\xe0\\xa1\\xb1\\x1a\\xe1", b"<html><table>", b"\\xef\\xbb\\xbf"]
FOLDER = tempfile.mkdtemp(prefix="shoplens-atheris-")
def one(data):
    fdp = atheris.FuzzedDataProvider(data)
    suffix = fdp.PickValueInList(SUFFIXES)
    prefix = fdp.PickValueInList(PREFIXES)
    path = os.path.join(FOLDER, "input" + suffix)
    with open(path, "wb") as fh:
        fh.write(prefix + fdp.ConsumeBytes(fdp.remaining_bytes()))
    try:
        for sheet in list_sheets(path)[:2]:
            read_table(path, sheet.name)
    except InputError:
        pass
atheris.Setup(sys.argv, one)
atheris.Fuzz()
"""


def run_hypothesis(examples: int) -> tuple[dict[str, int], list[str]]:
    """Run every fuzz test of the suite with `examples` examples each; (inputs per target, crash reports)."""
    os.environ["SHOPLENS_FUZZ_EXAMPLES"] = str(examples)
    sys.path.insert(0, str(ROOT / "tests"))
    import test_fuzz_readers as readers
    import test_hostile_import as imports

    crashes: list[str] = []
    for module in (readers, imports):
        for name in sorted(dir(module)):
            fn = getattr(module, name)
            if not name.startswith("test_") or not hasattr(fn, "hypothesis"):
                continue
            start = time.perf_counter()
            try:
                fn()
                status = "ok"
            except Exception as exc:  # a crash found: report it and go on
                status = "CRASH"
                crashes.append(f"{name}: {type(exc).__name__}: {str(exc)[:2000]}\n{traceback.format_exc()[-3000:]}")
            print(f"  {name:48s} {status:5s} {time.perf_counter() - start:7.1f} s", flush=True)
    tried = dict(readers.TRIED) | dict(imports.TRIED)
    return tried, crashes


def run_atheris(runs: int) -> int:
    """Run `runs` atheris inputs in a child process; its exit code (0: no crash)."""
    try:
        import atheris  # noqa: F401
    except ImportError:
        print("atheris is not installed: skipped (pip install atheris)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "atheris_readers.py"
        script.write_text(ATHERIS_CHILD, encoding="utf-8")
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        (corpus / "seed.csv").write_bytes("姓名,手机号,金额\n张三,13800138000,12.50\n".encode())
        done = subprocess.run([sys.executable, str(script), f"-runs={runs}", "-timeout=30", "-rss_limit_mb=4096",
                               str(corpus)], capture_output=True, text=True)
        tail = [line for line in done.stderr.splitlines() if line.startswith(("#", "Done", "==", "INFO: Done"))]
        print("\n".join(tail[-3:]))
        return done.returncode


def big_files(folder: Path) -> list[Path]:
    """A 50-million-cell CSV (5,000,000 rows × 10 columns) and an xlsx whose dimension claims 50 million cells."""
    csv_path = folder / "fifty-million-cells.csv"
    row = ",".join(str(j) for j in range(10)) + "\n"
    with open(csv_path, "w", encoding="ascii") as fh:
        fh.write("a,b,c,d,e,f,g,h,i,j\n")
        block = row * 10_000
        for _ in range(500):
            fh.write(block)
    from openpyxl import Workbook

    xlsx_path = folder / "fifty-million-cells.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(list("abcdefghij"))
    sheet.append(list(range(10)))
    book.save(xlsx_path)
    import zipfile

    with zipfile.ZipFile(xlsx_path) as archive:  # the sheet's <dimension> says A1:J5000000, as a real one would
        members = {n: archive.read(n) for n in archive.namelist()}
    sheet_xml = members["xl/worksheets/sheet1.xml"]
    members["xl/worksheets/sheet1.xml"] = sheet_xml.replace(b'<dimension ref="A1:J2"', b'<dimension ref="A1:J5000000"')
    with zipfile.ZipFile(xlsx_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return [csv_path, xlsx_path]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=2000, help="hypothesis examples per fuzzer")
    parser.add_argument("--atheris-runs", type=int, default=0, help="atheris inputs over the readers (0: none)")
    parser.add_argument("--big", action="store_true", help="also read a 50-million-cell CSV and xlsx")
    args = parser.parse_args()
    print(f"hypothesis: {args.examples:,} examples per fuzzer")
    tried, crashes = run_hypothesis(args.examples)
    for target, n in sorted(tried.items()):
        print(f"  inputs tried {target:20s} {n:8,}")
    print(f"inputs tried: {sum(tried.values()):,}; crashes found: {len(crashes)}")
    for report in crashes:
        print("\n" + report)
    code = 1 if crashes else 0
    if args.atheris_runs:
        print(f"atheris: {args.atheris_runs:,} runs")
        code |= 1 if run_atheris(args.atheris_runs) else 0
    if args.big:
        with tempfile.TemporaryDirectory(prefix="shoplens-big-") as tmp:
            for path in big_files(Path(tmp)):
                print(f"{path.name} ({path.stat().st_size / 1e6:,.0f} MB):", flush=True)
                done = subprocess.run([sys.executable, "-c", READ_CHILD, str(path)], capture_output=True, text=True)
                print("  " + (done.stdout or done.stderr).strip().replace("\n", "\n  "))
    return code


if __name__ == "__main__":
    sys.exit(main())
