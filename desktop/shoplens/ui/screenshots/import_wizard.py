"""Screenshots of every import wizard page, driven offscreen on generated demo files."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication, QWidget

WORKBOOK = "门店销售_2024.xlsx"


def _settle(until=None, timeout: float = 60.0, seconds: float = 0.2) -> None:
    deadline = time.monotonic() + (timeout if until else seconds)
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if until is not None and until():
            break
        time.sleep(0.01)
    if until is not None and not until():
        raise RuntimeError("the import wizard did not get to the expected state in time")
    QCoreApplication.processEvents()


def _as_cell(text: str):
    try:
        return float(text) if text.strip() and not text.startswith("0") or text == "0" else text
    except ValueError:
        return text


def write_workbook(path: Path, pos_file: Path, sheet: str) -> Path:
    """A workbook like a till export: a notes sheet first, the sales sheet second, a hidden helper sheet."""
    import xlsxwriter

    from ...ingest.readers import read_grid

    grid = read_grid(pos_file, sheet)
    book = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    notes = book.add_worksheet("说明")
    for r, line in enumerate(["本文件由收银系统导出", "销售明细在第二个工作表", "金额单位：元"]):
        notes.write_string(r, 0, line)
    sales = book.add_worksheet("销售明细")
    for r, row in enumerate(grid.rows):
        for c, text in enumerate(row):
            if text:
                value = _as_cell(text)
                sales.write(r, c, value) if isinstance(value, float) else sales.write_string(r, c, value)
    helper = book.add_worksheet("参数")
    helper.write_string(0, 0, "门店代码")
    helper.hide()
    book.close()
    return path


def screenshot_pages(outdir: str, lang: str = "en") -> list[str]:
    """Drive the wizard through every page on generated files and save import_wizard_<n>_<page>.png files."""
    from ...demo.generator import POS_FILE, TAOBAO_FILE, generate_demo_files
    from ...workspace import Workspace
    from ..common.worker import close_workspace, on_write_thread, wait_for_all
    from ..importing.first_pages import SheetPage
    from ..importing.wizard import IMPORT, RESULT, ImportWizard

    app = QApplication.instance()
    if app is None:  # run alone (not from shoplens.ui.screenshots): set up fonts and language the same way
        from ..common.fonts import register_cjk_font
        from ..common.i18n import install_language

        app = QApplication(["shoplens-screenshots"])
        register_cjk_font()
        install_language(lang)
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    saved: list[str] = []

    def save(name: str, widget: QWidget, settle: bool = True) -> None:
        if settle:
            _settle()
        path = out / f"import_wizard_{len(saved) + 1}_{name}.png"
        widget.grab().save(str(path))
        saved.append(str(path))

    with tempfile.TemporaryDirectory(prefix="shoplens-shots-") as tmp:
        folder = Path(tmp)
        generate_demo_files(folder / "files", customers=300)
        workbook = write_workbook(folder / WORKBOOK, folder / "files" / POS_FILE, "销售明细")
        ws = on_write_thread(Workspace.create, folder / "shots.shoplens")  # owned by the write thread, as in the app
        try:
            wizard = ImportWizard(ws, [str(workbook), str(folder / "files" / TAOBAO_FILE)])
            wizard.show()
            page = wizard.currentPage
            _settle(lambda: page().isComplete())
            save("files", wizard)
            wizard.next()
            assert isinstance(page(), SheetPage)
            page().select_sheet("销售明细")
            save("sheet", wizard)
            wizard.next()
            _settle(lambda: page().isComplete())
            save("preview", wizard)
            wizard.next()
            _settle(lambda: page().isComplete())
            save("mapping", wizard)
            while type(page()).__name__ != "SummaryPage":
                wizard.next()
                _settle(lambda: page().isComplete())
            save("summary", wizard)
            grabbed: list[bool] = []

            def grab_running(value: int) -> None:
                if 0 < value < 1000 and not grabbed and wizard.currentId() == IMPORT:
                    grabbed.append(True)
                    save("import", wizard, settle=False)  # now, while it runs

            wizard.import_page.bar.valueChanged.connect(grab_running)
            wizard.next()
            _settle(lambda: wizard.currentId() == RESULT)
            if not grabbed:
                saved.append("")  # keep the numbering stable
            save("result", wizard)
            wizard.result_page.show_skipped()
            dialog = wizard.result_page.dialog
            save("skipped_rows", dialog)
            dialog.close()
            wizard.close()
            wizard.deleteLater()
            _settle()
            _headerless_pages(save, folder / "CDNOW_sample.txt", ws)
        finally:
            wait_for_all(30_000)
            close_workspace(ws)
    return [p for p in saved if p]


def _headerless_pages(save, path: Path, ws) -> None:
    """A whitespace-aligned text without a header row: the preview offers "the first row is data", and the mapping
    page stops until a column is chosen for the customer."""
    import random

    from ..importing.wizard import ImportWizard

    rng = random.Random(4)
    path.write_text("".join(f" {c:05d} 1997{rng.randint(1, 12):02d}{rng.randint(1, 28):02d} {rng.randint(1, 5):2d}"
                            f" {rng.uniform(5, 80):8.2f}\n" for c in range(1, 120) for _ in range(2)), encoding="ascii")
    wizard = ImportWizard(ws, [str(path)])
    wizard.show()
    page = wizard.currentPage
    _settle(lambda: page().isComplete())
    wizard.next()
    _settle(lambda: page().isComplete())
    save("headerless_preview", wizard)
    wizard.next()
    _settle(lambda: page().state.plan is not None and not page().busy)
    save("headerless_mapping", wizard)
    wizard.close()
    wizard.deleteLater()
    _settle()
