"""Screenshots of the contact-list export dialog and the segment report window, with their progress area.

"export_dialog" shows an export that has finished (its outcome in the status line); "export_dialog_working" and
"report_view_working" show the progress area as it looks while a task runs (bar, status and Stop), put in that
state directly so the picture does not depend on how fast the machine is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .runner import ScreenContext, screen, settle


def _segment(ctx: ScreenContext):
    """The biggest segment of the newest run (a run is made when the demo has none)."""
    from ...reports.selectors import Selector
    from ...segmentation.build import build_run
    from ...segmentation.runs import save_run

    ws = ctx.window.workspace
    if ws.conn.execute("SELECT count(*) FROM segmentations").fetchone()[0] == 0:
        save_run(ws, build_run(ws, "rfm-cn8"))
    run_id, label = ws.conn.execute("SELECT run_id, label FROM segments WHERE run_id = (SELECT max(id) FROM"
                                    " segmentations) ORDER BY size DESC LIMIT 1").fetchone()
    return Selector.segment(label, run_id)


@screen("export_dialog")
def export_dialog(ctx: ScreenContext) -> None:
    from ..reports.export_dialog import ExportDialog

    dialog = ExportDialog(ctx.window.workspace, _segment(ctx), ctx.window)
    dialog.path_edit.setText(str(ctx.outdir / "contacts.xlsx"))
    dialog.show()
    settle(until=lambda: dialog.counts is not None, timeout=60)
    dialog.start_export()
    settle(until=lambda: not dialog.exporter.busy, timeout=120)
    dialog.resize(560, dialog.sizeHint().height())
    ctx.save("export_dialog", dialog)
    dialog.progress.begin(QCoreApplication.translate("ExportDialog", "Exporting…"))
    dialog.progress.set_progress(260, 640)
    dialog.export_button.setEnabled(False)
    ctx.save("export_dialog_working", dialog)
    dialog.progress.end()
    dialog.reject()
    dialog.deleteLater()
    (ctx.outdir / "contacts.xlsx").unlink(missing_ok=True)


@screen("report_view")
def report_view(ctx: ScreenContext) -> None:
    from ..reports.report_view import ReportView

    _segment(ctx)
    view = ReportView(ctx.window.workspace, ctx.window)
    view.show()
    view.progress.begin(QCoreApplication.translate("ReportView", "Preparing the report…"))
    view.progress.set_progress(3, 8)
    view.resize(520, view.sizeHint().height())
    ctx.save("report_view_working", view)
    view.progress.end()
    view.reject()
    view.deleteLater()
    return None
