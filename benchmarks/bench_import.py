"""Import benchmark (a script, not a test): ShopLens's importer against a floor and against pandas + openpyxl.

Generates a 1,000,000-row orders CSV and a 200,000-row xlsx, then measures, each in a fresh child process:

- floor: parse into plain text rows (pyarrow for CSV, calamine for xlsx) and one `executemany` into SQLite;
- shoplens: `import_file` into a fresh workspace, in three stages: the import itself with the workspace's
  first-import defaults off (raw rows, mapping, parsing, canonical customers and orders, metrics, segment snapshots,
  tags: the transaction after which the app shows the data; the importer's target); the same plus its analyses (the
  suggestions, which the app computes in the background after the import: pipeline.update_analyses); and a new
  shop's first import with its defaults (China-8 segmentation, tags, and with the analyses, predictions);
  also plan_import alone (read + guess + parse);
- pandas: `read_excel(engine="openpyxl")` + `to_sql` (xlsx only).

Peak memory is the child's peak RSS (getrusage), so each figure stands alone.

The files have the shape of a real shop (--shape realistic, the default): about 6 rows (5 orders) per customer, so
the 1M-row CSV holds about 165,000 customers and the 200k-row xlsx about 33,000. --shape concentrated is the older
shape (a Zipf draw: ~7,000 customers with ~143 rows each); --shape both measures the two against one floor. Usage:

    .venv/bin/python benchmarks/bench_import.py [--csv-rows N] [--xlsx-rows N] [--shape realistic|concentrated|both]
        [--skip-pandas] [--keep DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEADER = ("订单号", "下单时间", "手机号", "客户姓名", "商品名称", "品类", "数量", "实付金额", "订单状态", "门店")
NAMES = ("王芳", "李娜", "张伟", "刘洋", "陈静", "杨磊", "黄丽", "赵强", "吴敏", "周杰", "徐婷", "孙浩", "马超", "朱琳")
PRODUCTS = (("西湖龙井 250g", "绿茶"), ("碧螺春 125g", "绿茶"), ("正山小种 200g", "红茶"), ("金骏眉 100g", "红茶"),
            ("铁观音 250g", "乌龙茶"), ("大红袍 200g", "乌龙茶"), ("茉莉花茶 100g", "花茶"), ("白瓷盖碗", "茶具"),
            ("凤梨酥礼盒", "零食礼盒"), ("绿茶瓜子 250g", "零食礼盒"))
STATUSES = ("已完成", "已完成", "已完成", "已完成", "已完成", "已完成", "已完成", "已完成", "已退款", "已取消")
STORES = ("武林店", "西溪店", "滨江店", "线上商城")


# -- generating the files (vectorised) ------------------------------------------------------------------------
SHAPES = ("realistic", "concentrated")


def _columns(n: int, seed: int = 7, shape: str = "realistic"):
    """The benchmark's order rows as numpy columns: ~20% of orders have two or three lines.

    realistic: each order's customer drawn from 0.185·n customers weighted lognormal(0, 0.8), so about 0.165·n
    customers buy, ~6 rows each (a few loyal ones ~120); concentrated: a Zipf(1.6) draw (~143 rows per customer).
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    lines = rng.choice([1, 2, 3], size=n, p=[0.8, 0.15, 0.05])
    order = np.repeat(np.arange(n), lines)[:n]
    start = np.datetime64("2022-01-01T00:00:00", "s")
    order_time = start + np.sort(rng.integers(0, 3 * 365 * 86400, n)).astype("timedelta64[s]")
    if shape == "realistic":
        customers = max(round(0.185 * n), 1)
        weight = rng.lognormal(0.0, 0.8, customers)
        customer = rng.choice(customers, size=int(order[-1]) + 1, p=weight / weight.sum())[order]
    else:
        customers = max(n // 5, 1)
        customer = rng.zipf(1.6, n) % customers
    phone = 13_000_000_000 + (customer.astype("int64") * 7_919 + 12_345_678) % 6_999_999_999
    product = rng.integers(0, len(PRODUCTS), n)
    qty = 1 + rng.poisson(0.3, n)
    cents = (rng.lognormal(np.log(12_000), 0.6, n)).astype("int64")
    return {
        "order": order, "time": order_time[order], "phone": phone[order_first(order)], "name": customer,
        "product": product, "qty": qty, "cents": cents, "status": rng.integers(0, len(STATUSES), n)[order],
        "store": rng.integers(0, len(STORES), n)[order],
    }


def order_first(order):
    """Index of the first line of each line's order (customer fields are the same on every line of an order)."""
    import numpy as np

    starts = np.flatnonzero(np.r_[True, order[1:] != order[:-1]])
    return starts[np.searchsorted(starts, np.arange(len(order)), side="right") - 1]


def write_csv(path: Path, n: int, shape: str = "realistic") -> None:
    """The orders CSV, built column-wise with pyarrow compute (no Python loop over rows)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as pacsv

    c = _columns(n, shape=shape)
    s = pa.string()
    order_no = pc.binary_join_element_wise("SO", pc.utf8_lpad(pc.cast(pa.array(c["order"] + 1), s), 8, "0"), "")
    when = pc.strftime(pa.array(c["time"]), format="%Y-%m-%d %H:%M:%S")
    cents = c["cents"]
    amount = pc.binary_join_element_wise(pc.cast(pa.array(cents // 100), s),
                                         pc.utf8_lpad(pc.cast(pa.array(cents % 100), s), 2, "0"), ".")
    table = pa.table({
        HEADER[0]: order_no, HEADER[1]: when, HEADER[2]: pc.cast(pa.array(c["phone"]), s),
        HEADER[3]: pa.array(np.asarray(NAMES)[c["name"] % len(NAMES)]),
        HEADER[4]: pa.array(np.asarray([p for p, _ in PRODUCTS])[c["product"]]),
        HEADER[5]: pa.array(np.asarray([k for _, k in PRODUCTS])[c["product"]]),
        HEADER[6]: pc.cast(pa.array(c["qty"]), s), HEADER[7]: amount,
        HEADER[8]: pa.array(np.asarray(STATUSES)[c["status"]]), HEADER[9]: pa.array(np.asarray(STORES)[c["store"]]),
    })
    with open(path, "wb") as fh:  # a header without quotes, like real exports
        fh.write((",".join(HEADER) + "\n").encode("utf-8"))
        pacsv.write_csv(table, fh, pacsv.WriteOptions(include_header=False, quoting_style="none"))


def write_xlsx(path: Path, n: int, shape: str = "realistic") -> None:
    """The orders workbook (xlsxwriter, constant memory): title row, blank row, header; phones as numbers."""
    import numpy as np
    import xlsxwriter

    c = _columns(n, seed=11, shape=shape)
    serial = (c["time"] - np.datetime64("1899-12-30T00:00:00", "s")).astype("int64") / 86400.0
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("订单明细")
    when = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    money = book.add_format({"num_format": "0.00"})
    sheet.write_string(0, 0, "订单明细 2022-01-01 至 2024-12-31")
    sheet.write_row(2, 0, HEADER)
    names, products, statuses, stores = NAMES, PRODUCTS, STATUSES, STORES
    rows = zip((c["order"] + 1).tolist(), serial.tolist(), c["phone"].tolist(), (c["name"] % len(NAMES)).tolist(),
               c["product"].tolist(), c["qty"].tolist(), (c["cents"] / 100).tolist(), c["status"].tolist(),
               c["store"].tolist(), strict=True)
    ws, wn = sheet.write_string, sheet.write_number
    for r, (order, t, phone, name, product, qty, amount, status, store) in enumerate(rows, start=3):
        ws(r, 0, f"SO{order:08d}")
        wn(r, 1, t, when)
        wn(r, 2, phone)
        ws(r, 3, names[name])
        ws(r, 4, products[product][0])
        ws(r, 5, products[product][1])
        wn(r, 6, qty)
        wn(r, 7, amount, money)
        ws(r, 8, statuses[status])
        ws(r, 9, stores[store])
    book.close()


# -- the measured stages (each runs in its own child process) -------------------------------------------------
def _connect(path: Path):
    import sqlite3

    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "cache_size=-65536", "temp_store=MEMORY"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def _insert_text_rows(db: Path, rows, width: int) -> None:
    """One executemany over an iterable of rows (streamed: the rows need not all be in memory at once)."""
    conn = _connect(db)
    conn.execute(f"CREATE TABLE raw (_row INTEGER, {', '.join(f'c{i} TEXT' for i in range(width))})")
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO raw VALUES ({', '.join('?' * (width + 1))})", rows)
    conn.execute("COMMIT")
    conn.close()


def floor_csv(file: Path, db: Path) -> int:
    """pyarrow parses every cell as text, then one executemany fed batch by batch."""
    import pyarrow as pa
    import pyarrow.csv as pacsv

    with open(file, encoding="utf-8") as fh:
        names = fh.readline().rstrip("\n").split(",")
    table = pacsv.read_csv(file, convert_options=pacsv.ConvertOptions(column_types=dict.fromkeys(names, pa.string()),
                                                                      strings_can_be_null=False))

    def rows():
        number = 2
        for batch in table.to_batches(max_chunksize=65_536):
            columns = [col.to_pylist() for col in batch.columns]
            yield from zip(range(number, number + batch.num_rows), *columns, strict=True)
            number += batch.num_rows

    _insert_text_rows(db, rows(), len(names))
    return table.num_rows


def _text(value) -> str:
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return value if isinstance(value, str) else str(value)


def floor_xlsx(file: Path, db: Path) -> int:
    """calamine reads the sheet row by row, every cell becomes text, one executemany."""
    from python_calamine import CalamineWorkbook

    sheet = CalamineWorkbook.from_path(str(file)).get_sheet_by_index(0)
    count = 0

    def rows():
        nonlocal count
        for number, row in enumerate(sheet.iter_rows(), start=1):
            if number > 3:  # title, blank, header
                count += 1
                yield (number, *[_text(v) for v in row])

    _insert_text_rows(db, rows(), len(HEADER))
    return count


def pandas_xlsx(file: Path, db: Path) -> int:
    """The usual script: pandas read_excel with openpyxl, then to_sql."""
    import sqlite3

    import pandas as pd

    frame = pd.read_excel(file, engine="openpyxl", header=2)
    conn = sqlite3.connect(db)
    frame.to_sql("orders", conn, index=False)
    conn.close()
    return len(frame)


def shoplens_import(file: Path, db: Path) -> int:
    """A new shop's first import, start to end: the import, the defaults a first import with orders makes (China-8
    segmentation, lifecycle/value/action tags) and its analyses (suggestions, and the first predictions)."""
    from shoplens.pipeline import import_file
    from shoplens.workspace import Workspace

    with Workspace.create(db) as ws:
        result = import_file(ws, file)
    return result.rows_read


_SHOWN: list[float] = []  # perf_counter when a stage's data could be shown (before the close)


def shoplens_bare(file: Path, db: Path) -> int:
    """The import into a workspace whose defaults are off, without its analyses: what the importer itself costs,
    and how long the app takes before it shows the data. The stage ends with the close, which copies the
    write-ahead log back into the file (in the app the analyses' commit does that); the data is shown before."""
    from shoplens.pipeline import import_file
    from shoplens.workspace import Workspace

    with Workspace.create(db, defaults="off") as ws:
        result = import_file(ws, file, analyses=False)
        _SHOWN.append(time.perf_counter())
    return result.rows_read


def shoplens_analysed(file: Path, db: Path) -> int:
    """The same import followed by its analyses (the suggestions; no predictions, the defaults being off)."""
    from shoplens.pipeline import import_file
    from shoplens.workspace import Workspace

    with Workspace.create(db, defaults="off") as ws:
        result = import_file(ws, file)
    return result.rows_read


def shoplens_plan(file: Path, db: Path) -> int:
    """Only plan_import: read the file, detect the header, guess the mapping, parse values (nothing written)."""
    from shoplens.ingest.importer import plan_import
    from shoplens.workspace import Workspace

    with Workspace.create(db) as ws:
        plan = plan_import(ws, file)
    return plan.rows_to_import


STAGES = {"floor_csv": floor_csv, "floor_xlsx": floor_xlsx, "pandas_xlsx": pandas_xlsx,
          "shoplens": shoplens_import, "shoplens_bare": shoplens_bare, "shoplens_analysed": shoplens_analysed,
          "shoplens_plan": shoplens_plan}


def child(stage: str, file: Path, db: Path) -> None:
    """Run one stage after its libraries are loaded, print seconds, rows and peak RSS as JSON."""
    if stage.startswith("shoplens"):
        import shoplens  # first, as in the app: it sets up the C heap and Arrow's allocator
    import sqlite3  # noqa: F401 - loaded before the clock starts, like the app has them loaded

    import pandas  # noqa: F401
    import pyarrow.csv  # noqa: F401
    import python_calamine  # noqa: F401

    if stage.startswith("shoplens"):
        import shoplens.ingest.importer
        try:
            import shoplens.ingest.readers  # noqa: F401
        except ImportError:
            pass
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    rows = STAGES[stage](file, db)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"stage": stage, "seconds": seconds, "rows": rows, "peak_mb": peak / 1024,
                      "start_mb": rss_before / 1024, **({"shown": _SHOWN[0] - start} if _SHOWN else {})}))


def measure(stage: str, file: Path, workdir: Path) -> dict:
    db = workdir / f"{stage}-{file.stem}-{file.suffix[1:]}.sqlite"
    for extra in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        extra.unlink(missing_ok=True)
    done = subprocess.run([sys.executable, __file__, "--child", stage, str(file), str(db)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        return {"stage": stage, "error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def _row(label: str, result: dict, floor: dict | None) -> str:
    if "error" in result:
        return f"{label:<44} failed: {result['error']}"
    ratio = f"{result['seconds'] / floor['seconds']:.2f}x" if floor and "seconds" in floor else "-"
    rate = result["rows"] / result["seconds"] if result["seconds"] else 0
    return f"{label:<44} {result['seconds']:>8.2f} {rate:>11,.0f} {result['peak_mb']:>8.0f} {ratio:>8}"


def _median(runs: list[dict]) -> dict:
    """The run with the median time (the first failure, if any run failed)."""
    failed = [r for r in runs if "error" in r]
    if failed:
        return failed[0]
    return sorted(runs, key=lambda r: r["seconds"])[(len(runs) - 1) // 2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv-rows", type=int, default=1_000_000)
    parser.add_argument("--xlsx-rows", type=int, default=200_000)
    parser.add_argument("--shape", choices=(*SHAPES, "both"), default="realistic",
                        help="customers per row: realistic (~6 rows per customer, default), concentrated (~143), both")
    parser.add_argument("--skip-pandas", action="store_true", help="skip the slow pandas + openpyxl baseline")
    parser.add_argument("--skip-xlsx", action="store_true", help="measure the CSV only")
    parser.add_argument("--keep", metavar="DIR", help="keep the generated files and databases in DIR")
    parser.add_argument("--repeat", type=int, default=1, help="run each stage N times; print the median")
    parser.add_argument("--child", nargs=3, metavar=("STAGE", "FILE", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], Path(args.child[1]), Path(args.child[2]))
        return 0
    shapes = SHAPES if args.shape == "both" else (args.shape,)
    workdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="shoplens-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        files: dict[tuple[str, str], Path] = {}
        for shape in shapes:
            for key, rows, write in (("csv", args.csv_rows, write_csv), ("xlsx", args.xlsx_rows, write_xlsx)):
                if key == "xlsx" and args.skip_xlsx:
                    continue
                path = workdir / f"orders-{shape}.{key}"
                start = time.perf_counter()
                write(path, rows, shape)
                files[key, shape] = path
                print(f"generated {rows:,}-row {key} ({path.stat().st_size / 1e6:.0f} MB, {shape}: "
                      f"{_customers(path, key):,} customers) in {time.perf_counter() - start:.1f} s")
        print(f"{'stage':<44} {'seconds':>8} {'rows/s':>11} {'peak MB':>8} {'vs floor':>8}")
        results = {}
        for key in ("csv", "xlsx"):
            if (key, shapes[0]) not in files:
                continue
            plan = [(f"floor_{key}", files[key, shapes[0]], f"{key} floor ({'pyarrow' if key == 'csv' else 'calamine'}"
                     " + executemany)")]
            for shape in shapes:
                plan += [("shoplens_plan", files[key, shape], f"{key} {shape}: ShopLens plan (read, guess, parse)"),
                         ("shoplens_bare", files[key, shape], f"{key} {shape}: ShopLens import"),
                         ("shoplens_analysed", files[key, shape], f"{key} {shape}: + its analyses"),
                         ("shoplens", files[key, shape], f"{key} {shape}: + first-import defaults")]
            if key == "xlsx" and not args.skip_pandas:
                plan.append(("pandas_xlsx", files[key, shapes[0]], "xlsx pandas openpyxl + to_sql"))
            runs: list[list[dict]] = [[] for _ in plan]
            for _ in range(args.repeat):  # stages take turns, so a busy spell touches all of them alike
                for i, (stage, file, _label) in enumerate(plan):
                    runs[i].append(measure(stage, file, workdir))
            floor = None
            for i, (stage, _file, label) in enumerate(plan):
                result = _median(runs[i])
                results[key, label] = result
                floor = result if stage.startswith("floor") else floor
                print(_row(label, result, floor), flush=True)
                if args.repeat > 1 and "seconds" in result:
                    times = ", ".join(f"{r['seconds']:.2f}" for r in runs[i] if "seconds" in r)
                    print(f"{'':<44} runs: {times}")
            floor_result = results[key, plan[0][2]]
            for shape in shapes:
                whole = results[key, f"{key} {shape}: ShopLens import"]
                if "seconds" in whole and "seconds" in floor_result:
                    ratio = whole["seconds"] / floor_result["seconds"]
                    print(f"{key} {shape}: import, written back into the file, {ratio:.2f}x the floor (target <= 2x):"
                          f" {'met' if ratio <= 2 else 'NOT met'}; peak {whole['peak_mb']:.0f} MB (target < 1536):"
                          f" {'met' if whole['peak_mb'] < 1536 else 'NOT met'}")
                    shown = sorted(r["shown"] for r in runs[[p[2] for p in plan].index(
                        f"{key} {shape}: ShopLens import")] if "shown" in r)
                    if shown:
                        middle = shown[(len(shown) - 1) // 2]
                        print(f"{key} {shape}: the data is shown after {middle:.2f} s (median), "
                              f"{middle / floor_result['seconds']:.2f}x the floor; the rest is the write-ahead log"
                              " copied back into the file")
                analysed = results[key, f"{key} {shape}: + its analyses"]
                if "seconds" in whole and "seconds" in analysed:
                    print(f"{key} {shape}: its analyses (suggestions), which the app runs in the background once the"
                          f" data is in, add {analysed['seconds'] - whole['seconds']:.2f} s,"
                          f" peak {analysed['peak_mb']:.0f} MB")
                extra = results[key, f"{key} {shape}: + first-import defaults"]
                if "seconds" in whole and "seconds" in extra:
                    print(f"{key} {shape}: a new shop's first import, with its defaults (segmentation, tags) and"
                          " analyses (suggestions, predictions), adds"
                          f" {extra['seconds'] - whole['seconds']:.2f} s"
                          f" ({(extra['seconds'] / whole['seconds'] - 1) * 100:+.0f}%), peak {extra['peak_mb']:.0f} MB;"
                          f" {extra['seconds'] / floor_result['seconds']:.2f}x the floor with them")
            pandas = results.get((key, "xlsx pandas openpyxl + to_sql"), {})
            whole = results.get((key, f"{key} {shapes[0]}: ShopLens import"), {})
            if "seconds" in pandas and "seconds" in whole:
                speed = pandas["seconds"] / whole["seconds"]
                print(f"xlsx: {speed:.1f}x faster than pandas + openpyxl (target >= 5x):"
                      f" {'met' if speed >= 5 else 'NOT met'}")
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


def _customers(path: Path, key: str) -> int:
    """How many distinct phones (customers) the generated file holds."""
    if key == "csv":
        import pyarrow.csv as pacsv

        table = pacsv.read_csv(path, convert_options=pacsv.ConvertOptions(include_columns=[HEADER[2]]))
        return len(table.column(0).unique())
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    return len({r[2] for r in rows[3:]})


if __name__ == "__main__":
    raise SystemExit(main())
