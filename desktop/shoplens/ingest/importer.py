"""Import a spreadsheet: raw rows unchanged into raw_chunks, then canonical customers and orders, in one transaction."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError, Message
from ..files import check_regular_file
from ..progress import CancelFn, ProgressFn, Reporter
from ..util.gc import paused_gc
from ..workspace import Workspace, now_text
from .canonical import FirstOrders, write_canonical
from .fields import FIELD_BY_KEY, IGNORE
from .mapping import ColumnGuess, guess_mapping, header_signature
from .parse import KEY_FIELDS, Parsed, Problem, duplicate_rows, import_kind, parse_table
from .platforms import TEMPLATE_BY_KEY, cut_footer, match_template, template_mapping
from .raw_store import encode_raw, write_raw
from .table import SkippedRow, Table

# Runs inside the import's transaction once its rows are written, with what `first_orders` gave back: the pipeline
# re-applies the saved cleaning recipe and refreshes everything computed from the data. Returns how many cleaning
# steps it applied.
AfterImport = Callable[[Workspace, Reporter, Any], int]


@dataclass
class ImportPlan:
    """What an import will do, for the wizard's summary page: nothing is written yet."""

    path: str
    file: str
    sheet: str | None
    sha256: str
    table: Table
    guesses: list[ColumnGuess]
    mapping: dict[str, str]  # source column -> field key ('' = kept only in the raw rows)
    template_name: str | None
    kind: str
    rows_to_import: int
    skipped: list[SkippedRow]
    problems: list[Problem]
    already_imported: bool
    duplicate_rows: int
    channel: str
    parsed: Parsed | None = field(default=None, repr=False)
    platform: str | None = None  # key of the built-in template (ingest.platforms) the layout matched


@dataclass
class ImportResult:
    """What an import did."""

    import_id: int
    file: str
    sheet: str | None
    kind: str
    rows_read: int
    rows_skipped: int
    skipped: list[SkippedRow]
    orders_added: int
    orders_already_known: int
    customers_added: int
    customers_matched: int
    problems: list[Problem]
    cleaning_steps: int = 0  # steps of the saved cleaning recipe re-applied to everything after this import
    platform: str | None = None  # the built-in template's English name when the layout matched one
    orders_counted: int | None = None  # of orders_added, those the figures count (filled where it is shown)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["skipped"] = [asdict(s) for s in self.skipped]
        data["problems"] = [asdict(p) for p in self.problems]
        return data


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes (re-importing the same file is refused)."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def plan_import(ws: Workspace, path: str | os.PathLike[str], sheet: str | None = None, *,
                header_row: int | None = None, mapping: dict[str, str] | None = None, channel: str | None = None,
                progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> ImportPlan:
    """Read a file and work out the mapping, the counts and the problems, without writing anything."""
    from .readers import default_sheet, list_sheets, read_table

    path = Path(path)
    reporter = Reporter(progress, cancelled)
    if not path.exists():
        raise InputError("The file was not found.", file=path.name)
    check_regular_file(path)  # before the digest thread opens it: a named pipe would hang it
    if sheet is None:
        sheet = default_sheet(list_sheets(path))
    # the file's digest is taken on the other core while it is read (hashlib lets go of the GIL)
    with ThreadPoolExecutor(1) as pool, paused_gc():  # paused: millions of cells would be rescanned over and over
        digest = pool.submit(file_sha256, path)
        table = read_table(path, sheet, header_row=header_row, progress=progress, cancelled=cancelled)
        reporter.check()
        return plan_table(ws, path, table, digest.result(), mapping=mapping, channel=channel)


def plan_table(ws: Workspace, path: Path, table: Table, sha256: str, *, mapping: dict[str, str] | None = None,
               channel: str | None = None) -> ImportPlan:
    """Plan the import of an already-read table."""
    if not table.columns:
        raise InputError("The sheet has no header row with column names.", file=path.name, sheet=table.sheet)
    platform = match_template(table.columns)
    if platform is not None:
        cut_footer(table, platform)
    guesses = guess_mapping(table)
    chosen = {g.column: g.field for g in guesses}
    template_name = None
    template = ws.conn.execute("SELECT name, mapping FROM import_templates WHERE signature = ?",
                               (header_signature(table.columns),)).fetchone()
    if platform is not None and not template:
        chosen = template_mapping(platform, guesses)
    if template:
        template_name = template[0]
        saved = json.loads(template[1])
        chosen = {c: saved.get(c, IGNORE) for c in table.columns}
        for g in guesses:
            g.field, g.confidence, g.reason = chosen[g.column], 1.0, f'saved template "{template_name}"'
    if mapping:
        chosen = apply_overrides(chosen, mapping, table, path.name)
    already = ws.conn.execute(
        "SELECT 1 FROM imports WHERE sha256 = ? AND coalesce(sheet, '') = coalesce(?, '') AND status = 'done'",
        (sha256, table.sheet),
    ).fetchone() is not None
    plan = ImportPlan(
        path=str(path), file=path.name, sheet=table.sheet, sha256=sha256, table=table, guesses=guesses,
        mapping=chosen, template_name=template_name, kind=import_kind(chosen), rows_to_import=table.n_rows,
        skipped=list(table.skipped), problems=[], already_imported=already, duplicate_rows=duplicate_rows(table),
        channel=channel or (platform.channel if platform else _default_channel(path, table.sheet)),
        platform=platform.key if platform else None,
    )
    _analyse(ws, plan)
    return plan


def column_named(table: Table, column: str) -> str:
    """The column a user means: its name, or its number (1 for the first column) when no column has that name."""
    text = column.strip()
    if column not in table.columns and text.isdigit() and 1 <= int(text) <= len(table.columns):
        return table.columns[int(text) - 1]
    return column


def apply_overrides(chosen: dict[str, str], overrides: dict[str, str], table: Table, file: str) -> dict[str, str]:
    """Apply the user's column → field choices; a field given to a new column is taken from the old one."""
    chosen = dict(chosen)
    for column, key in overrides.items():
        column = column_named(table, column)
        if column not in table.columns:
            raise InputError('There is no column "{column}" in this sheet. The columns are: {columns}.', file=file,
                             sheet=table.sheet, column=column, columns=', '.join(table.columns))
        if key and key not in FIELD_BY_KEY:
            raise InputError('"{key}" is not a field ShopLens knows. Known fields: {fields}.', file=file,
                             sheet=table.sheet, column=column, key=key, fields=", ".join(FIELD_BY_KEY))
        if key:
            for other, other_key in chosen.items():
                if other_key == key and other != column:
                    chosen[other] = IGNORE
        chosen[column] = key or IGNORE
    return chosen


def _analyse(ws: Workspace, plan: ImportPlan) -> None:
    plan.kind = import_kind(plan.mapping)
    plan.parsed = parse_table(plan.table, plan.mapping, region=ws.meta("phone_region", "CN") or "CN",
                              time_zone=ws.meta("time_zone") or None, dayfirst=ws.meta("day_first", "0") == "1")
    plan.problems = list(plan.parsed.problems)
    if plan.duplicate_rows:
        plan.problems.append(Problem(
            "duplicate_rows", None, plan.duplicate_rows,
            f"{plan.duplicate_rows} rows repeat an earlier row exactly. Each is kept: in a file without order numbers"
            " every row is a purchase of its own. If the file is known to list rows twice, add the cleaning step"
            ' "Exact duplicate rows: keep the first".'))


def validate_plan(plan: ImportPlan) -> None:
    """Refuse a plan that cannot make sense, with what to do next."""
    where = {"file": plan.file, "sheet": plan.sheet}
    if plan.already_imported:
        raise InputError("This file was already imported into this workspace, so it was not imported again.",
                         hint="To add newer data, export a new file from your system and import that.", **where)
    if not plan.table.n_rows:
        raise InputError("The sheet has a header row but no data rows, so there is nothing to import.", **where)
    fields = set(plan.mapping.values()) - {IGNORE}
    if not fields:
        raise InputError("None of the columns is matched to a ShopLens field, so nothing would be imported.",
                         hint="Choose the field of at least the customer and order columns.", **where)
    if plan.kind == "orders":
        if "order_time" not in fields:
            raise InputError("This looks like an orders file, but no column is matched to the order time.",
                             hint="Choose which column holds the order date.", **where)
        if not fields & {"amount", "item_price"}:
            raise InputError("This looks like an orders file, but no column is matched to the paid amount.",
                             hint="Choose which column holds the amount paid.", **where)
        if not fields & {*KEY_FIELDS, "order_no"}:
            raise InputError("Nothing in this orders file identifies the customer or the order: no column is matched"
                             " to a member no., phone, e-mail, customer ID, WeChat ID or order no.",
                             hint="Choose the column that names the customer or the order.", **where)
    elif not fields & set(KEY_FIELDS):
        raise InputError("No column identifies a customer (member no., phone, e-mail, customer ID or WeChat ID), so"
                         " these rows cannot be told apart as customers.",
                         hint="Choose the column that identifies each customer.", **where)


SURE = 0.5  # a guessed field less sure than this is not acted on without the user (the wizard shows it to check)


def unsure_required(plan: ImportPlan, given: dict[str, str] | None = None) -> list[ColumnGuess]:
    """The guesses an import would rest on for a required field (the order time, the amount, what identifies the
    customer or the order) that are less sure than SURE and were not chosen by the user or a saved template."""
    chosen_by_user = {column_named(plan.table, c) for c in (given or {})}
    guesses = {g.column: g for g in plan.guesses}
    if plan.kind == "orders":
        needs = [("order_time",), ("amount", "item_price"), (*KEY_FIELDS, "order_no")]
    else:
        needs = [KEY_FIELDS]
    unsure = []
    for fields in needs:
        columns = [c for c, f in plan.mapping.items() if f in fields]
        if columns and all(c not in chosen_by_user and guesses[c].field == plan.mapping[c]
                           and guesses[c].confidence < SURE for c in columns):
            unsure += [guesses[c] for c in columns]
    return unsure


def mapping_hint(plan: ImportPlan) -> Message:
    """The columns as ShopLens read them, and how to choose with --map (for the command line)."""
    guesses = {g.column: g for g in plan.guesses}
    parts = []
    for number, column in enumerate(plan.table.columns, start=1):
        key = plan.mapping.get(column, IGNORE)
        if key:
            sure = "" if guesses[column].confidence >= SURE else ", unsure"
            parts.append(f'{number} "{column}" -> {key} ({FIELD_BY_KEY[key].label}{sure})')
        else:
            parts.append(f'{number} "{column}" -> not imported')
    number_of = {column: number for number, column in enumerate(plan.table.columns, start=1)}
    column_of = {key: column for column, key in plan.mapping.items() if key}
    identity = next((key for key in KEY_FIELDS if key in column_of), "customer_ref")
    wanted = [identity, "order_time", "amount"] if plan.kind == "orders" else [identity]
    example = " ".join(f"--map {key}={number_of.get(column_of.get(key), 'N')}" for key in wanted)
    return Message("The columns were read as: {columns}. To choose, add --map FIELD=COLUMN for each (a column's name"
                   " or number), for example {example}; --header-row N or --no-header if the header row was not found.",
                   columns="; ".join(parts), example=example)


def run_import(ws: Workspace, plan: ImportPlan, *, then: AfterImport, first_orders: FirstOrders | None = None,
               mapping: dict[str, str] | None = None, save_template: bool = True, progress: ProgressFn | None = None,
               cancelled: CancelFn | None = None) -> ImportResult:
    """Write the planned import and run `then`, in one transaction; a failure or a cancel leaves the workspace as it
    was. (pipeline.run_import passes the steps that follow an import.)"""
    reporter = Reporter(progress, cancelled)
    if mapping:
        plan.mapping = apply_overrides(plan.mapping, mapping, plan.table, plan.file)
        _analyse(ws, plan)
    elif plan.parsed is None:
        _analyse(ws, plan)
    validate_plan(plan)
    table, now = plan.table, now_text()
    total = table.n_rows
    # paused: see plan_import; not checkpointed: the analyses' commit that follows copies the log back
    with ThreadPoolExecutor(1) as pool, paused_gc(), ws.transaction(checkpoint=False) as conn:
        # the raw rows are compressed on the other core while customers and orders are written (0.25-0.5 s per
        # million rows); they are stored once that is done, in the same transaction
        raw_chunks = pool.submit(encode_raw, table)
        template_id = _save_template(conn, plan, now) if save_template else None
        cur = conn.execute(
            "INSERT INTO imports(file_name, sheet, sha256, kind, channel, template_id, columns, mapping, header_row, encoding,"
            " delimiter, rows_read, rows_skipped, skipped, status, imported_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'running', ?)",
            (plan.file, plan.sheet, plan.sha256, plan.kind, plan.channel, template_id,
             json.dumps(table.columns, ensure_ascii=False), json.dumps(plan.mapping, ensure_ascii=False),
             table.header_row, table.encoding, table.delimiter, total, len(plan.skipped),
             json.dumps([asdict(s) for s in plan.skipped], ensure_ascii=False), now),
        )
        import_id = cur.lastrowid
        reporter.step(0, total, "Linking customers and orders")
        counts = write_canonical(conn, plan.parsed, import_id, ref_namespace=_ref_namespace(plan),
                                 channel=plan.channel, source=plan.file, now=now, first_orders=first_orders)
        reporter.check()
        write_raw(conn, import_id, raw_chunks.result(), reporter)  # the rows exactly as read: never changed after
        reporter.check()
        # the parsed rows and the compressed chunks are written: their memory goes to the metrics, not on top of
        # them (a 1M-row file's peak was reached while the features were saved); a plan run again parses again
        del raw_chunks
        plan.parsed = counts.row_customers = None
        problems = plan.problems + counts.problems
        conn.execute(
            "UPDATE imports SET status = 'done', orders_added = ?, orders_already_known = ?, customers_added = ?,"
            " customers_matched = ?, problems = ? WHERE id = ?",
            (counts.orders_added, counts.orders_already_known, counts.customers_added, counts.customers_matched,
             json.dumps([asdict(p) for p in problems], ensure_ascii=False), import_id),
        )
        ws.audit("import", {"import_id": import_id, "file": plan.file, "sheet": plan.sheet, "rows": total,
                            "orders_added": counts.orders_added, "customers_added": counts.customers_added},
                 in_transaction=True)
        steps = then(ws, reporter, counts.all_orders)
    return ImportResult(import_id, plan.file, plan.sheet, plan.kind, total, len(plan.skipped), plan.skipped,
                        counts.orders_added, counts.orders_already_known, counts.customers_added,
                        counts.customers_matched, problems, steps,
                        TEMPLATE_BY_KEY[plan.platform].name if plan.platform else None)


def check_unattended(plan: ImportPlan, mapping: dict[str, str] | None = None) -> None:
    """Refuse a plan that nobody checks (the CLI, the demo builder) when it cannot make sense, or when a required
    field rests on an unsure guess; the refusal shows the guessed mapping and how to choose (`mapping`: the
    columns the caller chose)."""
    try:
        validate_plan(plan)
        unsure = unsure_required(plan, mapping)
        if unsure:  # no one checks the guesses here: refuse rather than import a wrong reading of the file
            named = ", ".join(f'"{g.column}" as {FIELD_BY_KEY[g.field].label.lower()}' for g in unsure)
            raise InputError("ShopLens is only guessing which columns to import ({named}), so nothing was imported.",
                             file=plan.file, sheet=plan.sheet, named=named)
    except InputError as exc:
        if not plan.already_imported and plan.table.n_rows:
            mapping = mapping_hint(plan)
            exc.hint_text = Message("{hint} {mapping}", hint=exc.hint_text, mapping=mapping) if exc.hint_text \
                else mapping
        raise


def _save_template(conn, plan: ImportPlan, now: str) -> int:
    signature = header_signature(plan.table.columns)
    name = plan.template_name or (TEMPLATE_BY_KEY[plan.platform].name if plan.platform else
                                  Path(plan.file).stem + (f" / {plan.sheet}" if plan.sheet else ""))
    conn.execute(
        "INSERT INTO import_templates(name, signature, columns, mapping, created_at, used_count)"
        " VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT(signature) DO UPDATE SET mapping = excluded.mapping,"
        " used_count = used_count + 1",
        (name, signature, json.dumps(plan.table.columns, ensure_ascii=False),
         json.dumps(plan.mapping, ensure_ascii=False), now),
    )
    return conn.execute("SELECT id FROM import_templates WHERE signature = ?", (signature,)).fetchone()[0]


def _ref_namespace(plan: ImportPlan) -> str:
    return header_signature(plan.table.columns)[:10]


def _default_channel(path: Path, sheet: str | None) -> str:
    return path.stem if not sheet or sheet.lower().startswith("sheet") else sheet
