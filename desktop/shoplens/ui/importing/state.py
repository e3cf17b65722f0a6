"""What the import wizard knows about each chosen file, and the work it runs in the worker for it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ...errors import InputError

PREVIEW_ROWS = 200  # rows read for the preview page


@dataclass
class FileState:
    """One chosen file as the wizard goes: sheets, preview, header row, plan, mapping, and what the import did."""

    path: str
    sheets: list | None = None  # list[SheetInfo] once checked
    error: str | None = None  # why the file cannot be read (a sentence), when it cannot
    sheet: str | None = None
    grid: object | None = None  # Grid of the first rows of `sheet`
    grid_sheet: str | None = None
    detected_index: int = 0  # index into grid.rows of the detected header
    header_row: int | None = None  # 1-based row number of the header the user accepted (0: none, row 1 is data)
    plan: object | None = None  # ImportPlan
    plan_key: tuple | None = None  # (sheet, header_row) the plan was made for
    guesses: list = field(default_factory=list)  # the engine's first guesses, shown beside the user's choices
    mapping: dict[str, str] = field(default_factory=dict)
    result: object | None = None  # ImportResult
    outcome: str = ""  # '', 'done', 'failed', 'cancelled', 'not_started', 'refused'
    outcome_text: str = ""

    @property
    def name(self) -> str:
        """The file name shown to the user."""
        return Path(self.path).name

    @property
    def choose_sheet(self) -> bool:
        """True when the file has more than one sheet to choose from."""
        return bool(self.sheets) and len(self.sheets) > 1

    def reset_outcome(self) -> None:
        """Forget what an earlier import run did with this file."""
        self.result, self.outcome, self.outcome_text = None, "", ""


def check_files(paths: list[str], *, progress=None, cancelled=None) -> dict[str, list | InputError]:
    """Each file's sheets, or the InputError that says why it cannot be read (one bad file does not stop the rest)."""
    from ...errors import Cancelled
    from ...ingest.readers import list_sheets

    out: dict[str, list | InputError] = {}
    for i, path in enumerate(paths):
        if cancelled and cancelled():
            raise Cancelled()
        try:
            out[path] = list_sheets(path)
        except InputError as exc:
            out[path] = exc
        if progress:
            progress(i + 1, len(paths), Path(path).name)
    return out


def read_preview(path: str, sheet: str | None, *, progress=None, cancelled=None) -> tuple:
    """The first rows of a sheet and the index of the row that looks like the header."""
    from ...ingest.readers import detect_header, read_grid

    grid = read_grid(path, sheet, max_rows=PREVIEW_ROWS, progress=progress, cancelled=cancelled)
    if not grid.rows:
        raise InputError("The file is empty: no row has any text." if sheet is None else
                         "The sheet is empty: no row has any text.", file=grid.file, sheet=grid.sheet,
                         hint="Choose another sheet or file.")
    return grid, detect_header(grid)


def plan_file(ws, path: str, sheet: str | None, header_row: int | None, *, progress=None, cancelled=None):
    """Read the whole sheet and plan its import (nothing is written)."""
    from ...ingest.importer import plan_import

    plan = plan_import(ws, path, sheet, header_row=header_row, progress=progress, cancelled=cancelled)
    # Rows as tuples of text: the garbage collector stops tracking them, so its full passes (which hold the GIL
    # and freeze the window) stay short while a 300,000-row table waits in the wizard. The engine only reads rows.
    # A table read into Arrow columns (a large CSV) holds no Python rows at all and is left so.
    if not plan.table.columnar:
        plan.table.rows = [tuple(row) for row in plan.table.rows]
    return plan


def replan(ws, plan, mapping: dict[str, str], *, progress=None, cancelled=None):
    """Plan the same table again with the user's column choices (counts and problems follow the new mapping)."""
    from ...ingest.importer import plan_table

    if progress:
        progress(0, 1, "")
    return plan_table(ws, Path(plan.path), plan.table, plan.sha256, mapping=mapping, channel=plan.channel)


def import_one(ws, plan, *, progress=None, cancelled=None):
    """Write one planned file into the workspace (one transaction: a cancel leaves the workspace as it was). The
    predictions and suggestions follow once every file is in, in the background (the window's AnalysesStatus)."""
    from ...features.headline import counted_orders_of
    from ...pipeline import run_import

    result = run_import(ws, plan, analyses=False, progress=progress, cancelled=cancelled)
    if result.kind == "orders":  # the result page says how many of them the figures count
        result.orders_counted = counted_orders_of(ws, result.import_id)
    return result


def refusal(plan) -> str | None:
    """Why a plan cannot be imported, in a sentence, or None when it can."""
    from ...ingest.importer import validate_plan

    try:
        validate_plan(plan)
    except InputError as exc:
        from ..common.worker import describe_error

        return describe_error(exc)
    return None
