"""Contact-list export: the customers of a segment, a tag or a list, as CSV or XLSX, without those who refused.

Consent: for a channel ('sms', 'email', 'wechat'), a customer is left out when their row for that channel says
refused, or when they have no row for that channel and their 'all' row says refused. For channel 'all' (a list for
every channel), a refusal on any channel leaves the customer out. `include_opted_out=True` keeps everyone.

Every export is written to the audit log (what was selected, how many rows, the file); never the customer data.
The file is written atomically: a failure or a cancel leaves neither a half file nor a temporary file.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..campaigns.selectors import Selector, as_selector, resolve
from ..consent import CHANNELS, check_channel, opted_out
from ..errors import InputError
from ..features.headline import PAID
from ..progress import CancelFn, ProgressFn, Reporter
from ..suggest.store import suggested_products
from .atomic import atomic_output, check_target
from .contact_writers import WRITERS, ContactTable
from .masking import mask_email, mask_phone

if TYPE_CHECKING:
    from ..workspace import Workspace

# key: (English header, Chinese header, kind)
COLUMNS: dict[str, tuple[str, str, str]] = {
    "member_no": ("Member no.", "会员编号", "id"),
    "name": ("Name", "姓名", "text"),
    "phone": ("Phone", "手机号", "phone"),
    "email": ("E-mail", "电子邮箱", "text"),
    "gender": ("Gender", "性别", "text"),
    "city": ("City", "城市", "text"),
    "member_level": ("Member level", "会员等级", "text"),
    "orders": ("Orders", "订单数", "int"),
    "total_spend": ("Total spend", "消费总额", "money"),
    "last_order": ("Last order", "最近购买日期", "date"),
    "segment": ("Segment", "客户分群", "text"),
    "suggested_product": ("Suggested product", "建议商品", "text"),  # suggest.store: a personal message can name it
}
DEFAULT_COLUMNS = ("member_no", "name", "phone", "email", "city", "member_level", "orders", "total_spend",
                   "last_order", "segment", "suggested_product")
_CONTACT_FIELD = {"sms": "phone", "email": "email"}


@dataclass
class ExportResult:
    """What an export wrote: rows, customers left out for refusing marketing, the file, rows without contact."""

    rows: int
    opted_out_left_out: int
    path: Path
    format: str
    channel: str
    without_contact: int = 0  # rows with no phone (sms) or no e-mail (email) in the file


def column_header(key: str, lang: str = "en") -> str:
    """A column's header in the export's language."""
    en, zh, _kind = COLUMNS[key]
    return zh if lang.startswith("zh") else en


def preview_counts(ws: Workspace, selector: Selector | Iterable[int], *, progress: ProgressFn | None = None,
                   cancelled: CancelFn | None = None) -> dict:
    """For the export dialog: how many customers are selected and how many refused each channel."""
    ids, run_id = resolve(ws, selector)
    Reporter(progress, cancelled).check()
    return {"customers": len(ids), "run_id": run_id,
            "opted_out": {channel: len(opted_out(ws, ids, channel)) for channel in CHANNELS}}


def export_contacts(ws: Workspace, selector: Selector | Iterable[int], path: str | os.PathLike[str], *,
                    columns: Sequence[str] = DEFAULT_COLUMNS, channel: str = "sms", include_opted_out: bool = False,
                    mask: bool = False, lang: str = "en", progress: ProgressFn | None = None,
                    cancelled: CancelFn | None = None) -> ExportResult:
    """Write the selected customers as a contact list (CSV or XLSX by the file's suffix) and audit it."""
    reporter = Reporter(progress, cancelled)
    target = check_target(path, tuple(WRITERS))
    check_channel(channel)
    columns = list(dict.fromkeys(columns))
    unknown = [c for c in columns if c not in COLUMNS]
    if unknown or not columns:
        raise InputError("Choose at least one column to export." if not columns else "Unknown column {unknown}.",
                         hint="Columns: {columns}.", unknown=", ".join(unknown), columns=", ".join(COLUMNS))
    if ws.readonly:
        raise InputError("This workspace is open read-only, and every export must be written to its log.",
                         hint="Open the workspace normally to export.")
    selector = as_selector(selector)
    reporter.step(0, 100, "Selecting customers")
    ids, run_id = resolve(ws, selector)
    refused = set() if include_opted_out else opted_out(ws, ids, channel)
    keep = [i for i in ids if i not in refused]
    reporter.step(5, 100, "Reading customers")
    rows = contact_rows(ws, keep, columns, run_id=run_id, lang=lang, mask=mask)
    without = 0
    if channel in _CONTACT_FIELD and _CONTACT_FIELD[channel] in columns:
        at = columns.index(_CONTACT_FIELD[channel])
        without = sum(1 for r in rows if not r[at])
    table = ContactTable(columns, [column_header(c, lang) for c in columns], [COLUMNS[c][2] for c in columns], rows)
    reporter.step(10, 100, "Writing the file")

    def step(done: int, total: int) -> None:
        reporter.step(10 + (89 * done // max(total, 1)), 100, "Writing the file")

    fmt = target.suffix.lower()
    with atomic_output(target) as tmp:
        WRITERS[fmt](tmp, table, step)
        reporter.check()
        # logged before the file takes its name: a failed rename over-reports, an export is never unlogged
        ws.audit("export", {**selector.audit_details(), "run_id": run_id, "rows": len(rows),
                            "opted_out_left_out": len(refused), "channel": channel, "masked": mask,
                            "include_opted_out": include_opted_out, "columns": columns, "format": fmt.lstrip("."),
                            "path": str(target.resolve())})
    reporter.step(100, 100, "")
    return ExportResult(len(rows), len(refused), target, fmt.lstrip("."), channel, without)


def contact_rows(ws: Workspace, ids: Sequence[int], columns: Sequence[str], *, run_id: int | None = None,
                 lang: str = "en", mask: bool = False) -> list[tuple]:
    """One tuple per customer (ascending id) with the chosen columns; orders and spend from paid orders."""
    if not ids:
        return []
    id_json = json.dumps(list(ids))
    sql = (
        "SELECT c.id, c.member_no, c.name, c.phone, c.email, c.gender, c.city, c.member_level,"
        " CASE WHEN o.customer_id IS NULL THEN coalesce(c.agg_order_count, 0) ELSE o.n END,"
        " CASE WHEN o.customer_id IS NULL THEN coalesce(c.agg_total_spend_cents, 0) ELSE o.cents END,"
        " CASE WHEN o.customer_id IS NULL THEN c.agg_last_purchase ELSE o.last END"
        " FROM customers c LEFT JOIN (SELECT customer_id, sum(amount_cents >= 0) AS n, sum(amount_cents) AS cents,"
        "  max(CASE WHEN amount_cents >= 0 THEN order_time END) AS last FROM orders WHERE"
        f" {PAID}"
        "  AND customer_id IN (SELECT value FROM json_each(?1)) GROUP BY customer_id) o ON o.customer_id = c.id"
        " WHERE c.id IN (SELECT value FROM json_each(?1)) ORDER BY c.id")
    segments = _segment_names(ws, run_id, lang) if "segment" in columns else {}
    suggested = suggested_products(ws.conn, list(ids)) if "suggested_product" in columns else {}
    out = []
    for cid, member_no, name, phone, email, gender, city, level, n, cents, last in ws.conn.execute(sql, (id_json,)):
        values = {
            "member_no": member_no, "name": name, "phone": mask_phone(phone) if mask else phone,
            "email": mask_email(email) if mask else email, "gender": gender, "city": city, "member_level": level,
            "orders": int(n or 0), "total_spend": (cents or 0) / 100, "last_order": last[:10] if last else None,
            "segment": segments.get(cid), "suggested_product": suggested.get(cid),
        }
        out.append(tuple(values[c] for c in columns))
    return out


def _segment_names(ws: Workspace, run_id: int | None, lang: str) -> dict[int, str]:
    """customer id → segment name in the run (the newest run when none is given), from its latest snapshot."""
    if run_id is None:
        run_id = ws.conn.execute("SELECT max(id) FROM segmentations").fetchone()[0]
        if run_id is None:
            return {}
    name = "name_zh" if lang.startswith("zh") else "name_en"
    names = dict(ws.conn.execute(f"SELECT label, {name} FROM segments WHERE run_id = ?", (run_id,)).fetchall())
    snap = ws.conn.execute("SELECT max(id) FROM snapshots WHERE run_id = ?", (run_id,)).fetchone()[0]
    if snap is not None:
        rows = ws.conn.execute("SELECT customer_id, label FROM segment_history WHERE snapshot_id = ?", (snap,))
    else:
        rows = ws.conn.execute("SELECT customer_id, label FROM segment_members WHERE run_id = ?", (run_id,))
    return {int(c): names.get(label, label) for c, label in rows}
