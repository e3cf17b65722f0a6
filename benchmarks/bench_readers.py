"""Time read_table on a generated 1,000,000-row x 10-column UTF-8 CSV (and a 200,000-row xlsx with --xlsx, and a
3-row x 10,000-column xlsx with --wide; the tests check what such files read as, the time is measured here)."""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path


def make_csv(path: Path, rows: int) -> None:
    """A orders-like CSV: ids, times, phones, names, amounts."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("order_no,time,phone,name,city,sku,qty,price,amount,status\n")
        for i in range(rows):
            fh.write(f"A{i:08d},2024-03-{i % 28 + 1:02d} 12:{i % 60:02d}:00,138{i % 100_000_000:08d},顾客{i % 5000},"
                     f"City{i % 300},SKU{i % 999},{i % 5 + 1},{(i % 1000) / 10},{(i % 7000) / 10},paid\n")


def make_xlsx(path: Path, rows: int) -> None:
    """The same columns in an xlsx, phones and amounts as numbers."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Orders")
    sheet.write_row(0, 0, ["order_no", "time", "phone", "name", "city", "sku", "qty", "price", "amount", "status"])
    for i in range(rows):
        sheet.write_row(i + 1, 0, [f"A{i:08d}", f"2024-03-{i % 28 + 1:02d}", 13800000000 + i, f"顾客{i % 5000}",
                                   f"City{i % 300}", f"SKU{i % 999}", i % 5 + 1, (i % 1000) / 10, (i % 7000) / 10,
                                   "paid"])
    book.close()


def make_wide_xlsx(path: Path, width: int) -> None:
    """A header, a row of numbers as text and a row of numbers, `width` columns wide."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("S")
    sheet.write_row(0, 0, [f"c{j}" for j in range(width)])
    sheet.write_row(1, 0, [str(j) for j in range(width)])
    sheet.write_row(2, 0, [j * 2 for j in range(width)])
    book.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--xlsx", type=int, default=0, help="also time an xlsx with this many rows")
    parser.add_argument("--wide", type=int, default=0, help="also time a 3-row xlsx this many columns wide")
    args = parser.parse_args()
    from shoplens.ingest.readers import read_table

    with tempfile.TemporaryDirectory() as folder:
        files = [Path(folder) / "orders.csv"]
        make_csv(files[0], args.rows)
        if args.xlsx:
            files.append(Path(folder) / "orders.xlsx")
            make_xlsx(files[1], args.xlsx)
        if args.wide:
            files.append(Path(folder) / "wide.xlsx")
            make_wide_xlsx(files[-1], args.wide)
        for path in files:
            start = time.perf_counter()
            table = read_table(path)
            seconds = time.perf_counter() - start
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"{path.name}: {len(table.rows):,} rows x {len(table.columns)} columns in {seconds:.2f} s "
                  f"({len(table.rows) / seconds:,.0f} rows/s), {path.stat().st_size / 1e6:.0f} MB, peak RSS {peak:.0f} MB")
            del table


if __name__ == "__main__":
    main()
