"""How much one sheet may hold before ShopLens refuses it (checked early, before memory runs out)."""

from __future__ import annotations

from ..errors import InputError

# About 1.3 million rows of 15 columns. A whole import holds each cell several times over (text, parsed values, the
# SQLite batch), about 180 bytes a cell at peak, so this keeps an import under ~4 GB; a 50-million-cell sheet is refused.
MAX_CELLS = 20_000_000
MAX_COLUMNS = 16_384  # Excel's own limit (column XFD): a wider table is a broken or hostile file
MAX_TEXT_BYTES = 1 << 30  # a CSV/HTML file is read into memory whole: refuse more than 1 GiB before reading it
# A workbook is a zip archive. A real sheet's XML compresses 10-20 times (300k rows x 7 columns: 121 MB in 9 MB), a
# sheet of one value repeated perhaps 100 times; MAX_CELLS cells take about 1.2 GB of XML. A "zip bomb" (4.6 MB that
# inflates to 4.5 GB, ~1000 times) is refused from the archive's own listing, before anything is inflated.
MAX_INFLATED_BYTES = 2 << 30
MAX_INFLATE_RATIO = 200  # for a member that inflates to more than INFLATE_RATIO_FROM bytes
INFLATE_RATIO_FROM = 16 << 20


def too_many_cells(cells: int, limit: int, *, file: str, sheet: str | None = None) -> InputError:
    """The error for a sheet of more than `limit` cells (rows × columns)."""
    return InputError("This sheet has about {cells:,} cells (rows × columns), more than the {limit:,} ShopLens can "
                      "import at once.", file=file, sheet=sheet,
                      hint="Split it into smaller files (for example one per month) and import them one after another, or leave out the columns you do not need.",
                      cells=cells, limit=limit)


def too_large_file(size: int, limit: int, *, file: str) -> InputError:
    """The error for a text file larger than `limit` bytes."""
    return InputError("The file is {size:,.0f} MB, more than the {limit:,.0f} MB ShopLens reads from one text file.",
                      file=file,
                      hint="Split it into smaller files (for example one per month) and import them one after another.",
                      size=size / (1 << 20), limit=limit / (1 << 20))


def too_many_columns(columns: int, *, file: str, sheet: str | None = None) -> InputError:
    """The error for a table wider than MAX_COLUMNS."""
    return InputError("This sheet has {columns:,} columns, more than the {max_columns:,} a spreadsheet can have.",
                      file=file, sheet=sheet, hint="Check that the right sheet was chosen, or export the data again.",
                      columns=columns, max_columns=MAX_COLUMNS)
