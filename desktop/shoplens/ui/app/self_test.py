"""`shoplens --self-test`: prove an installed copy works end to end, offscreen, without touching the user's files.

It checks the bundled resources (translations, CJK font), shows the main window on its welcome page, builds a
small demo shop in a temporary folder through the welcome page's button (no network), segments it (RFM and
KMeans), writes a Chinese PDF report and prints it (onto a PDF printer), writes contact-list exports, opens the
workspace in the window, and prints one line per step with its time. Exit code 0 only when all passed.
Settings go to a temporary .ini file, so the user's recent workspaces and window state stay as they were.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SELF_TEST_CUSTOMERS = 300  # a small shop: the full demo takes about a minute, this a few seconds
OPEN_TIMEOUT_S = 120.0


class SelfTestFailure(Exception):
    """A step found something wrong."""


def prepare() -> Path:
    """Before the QApplication exists: offscreen platform and isolated settings; returns the scratch folder."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    folder = Path(tempfile.mkdtemp(prefix="shoplens-self-test-"))
    from ... import settings

    settings.use_file(folder / "settings.ini")
    return folder


class SelfTest:
    """Runs the steps in order, timing each; stops at the first failure."""

    def __init__(self, window, folder: Path, out=None) -> None:
        self.window = window
        self.folder = folder
        self.out = out or sys.stdout
        self.workspace_path = folder / "self-test.shoplens"
        self.results: list[tuple[str, bool, float, str]] = []
        self.crashes: list[BaseException] = []  # uncaught exceptions (in Qt slots): logged, and fail the test

    def say(self, text: str) -> None:
        """Print one line (a closed or missing stdout, e.g. a windowed Windows app, is not a failure)."""
        try:
            print(text, file=self.out, flush=True)
        except (OSError, ValueError):
            pass

    def step(self, name: str, fn: Callable[[], str]) -> bool:
        """Run one step; print 'ok'/'FAIL', its seconds and what it found."""
        start = time.perf_counter()
        try:
            detail, ok = fn(), True
        except Exception as exc:  # every failure is reported, with its type
            import logging

            logging.getLogger("shoplens.self_test").exception("self-test step %s failed", name)
            detail, ok = f"{type(exc).__name__}: {exc}", False
        seconds = time.perf_counter() - start
        self.results.append((name, ok, seconds, detail))
        self.say(f"{'ok  ' if ok else 'FAIL'} {name:<22} {seconds:6.2f} s  {detail}")
        return ok

    def run(self) -> int:
        """All steps; 0 when every one passed, 1 otherwise."""
        from ... import __version__
        from ...resources import PACKAGED_DIR

        kind = ("frozen (installed bundle)" if getattr(sys, "frozen", False)
                else "installed package" if PACKAGED_DIR.is_dir() else "from source")
        self.say(f"ShopLens {__version__} self-test, {kind}, Python {sys.version.split()[0]}, in {self.folder}")
        steps = [("resources", self.check_resources), ("main window", self.show_window),
                 ("demo shop", self.build_demo), ("segmentation", self.segment),
                 ("PDF report", self.report), ("export", self.export), ("open in window", self.open_in_window)]
        total = time.perf_counter()
        previous_hook = sys.excepthook
        sys.excepthook = self._record_crash  # no crash dialog waiting for a click on an offscreen screen
        try:
            passed = all(self.step(name, fn) for name, fn in steps)
        finally:
            sys.excepthook = previous_hook
        if self.crashes:
            passed = False
            self.say(f"FAIL uncaught exception: {type(self.crashes[0]).__name__}: {self.crashes[0]}")
        seconds = time.perf_counter() - total
        self.say(f"{'PASSED' if passed else 'FAILED'}: {sum(r[1] for r in self.results)} of {len(steps)} steps"
                 f" in {seconds:.1f} s")
        return 0 if passed else 1

    def _record_crash(self, exc_type, exc, tb) -> None:
        import logging

        logging.getLogger("shoplens.self_test").critical("Uncaught exception", exc_info=(exc_type, exc, tb))
        self.crashes.append(exc)

    # -- the steps -----------------------------------------------------------------------------------------------
    def check_resources(self) -> str:
        from PySide6.QtCore import QCoreApplication, QTranslator

        from ...resources import cjk_font_path, translations_dir
        from ..common.fonts import register_cjk_font

        font = cjk_font_path()
        if font is None:
            raise SelfTestFailure(f"no CJK font in {font and font.parent}")
        family = register_cjk_font()
        if not family:
            raise SelfTestFailure(f"Qt could not load the font {font}")
        translator = QTranslator()
        if not translator.load("shoplens_zh_CN", str(translations_dir())):
            raise SelfTestFailure(f"shoplens_zh_CN.qm missing in {translations_dir()}")
        chinese = translator.translate("WelcomePage", "Open the demo shop")
        if not chinese or chinese == "Open the demo shop":
            raise SelfTestFailure("the Chinese catalogue does not translate 'Open the demo shop'")
        QCoreApplication.processEvents()
        text_data = f", {check_chinese_text_data()}" if sys.platform.startswith("linux") else ""
        return f"font {family!r}, Chinese catalogue ({chinese}){text_data}"

    def show_window(self) -> str:
        from PySide6.QtWidgets import QApplication

        window = self.window
        window.show()
        QApplication.processEvents()
        if window.stack.currentWidget() is not window.welcome:
            raise SelfTestFailure("the welcome page is not showing")
        image = window.grab().toImage()
        if image.isNull() or image.width() < 200:
            raise SelfTestFailure("the window did not paint")
        from platformdirs import user_documents_dir

        if window._start_folder() != user_documents_dir():  # new workspaces start in Documents
            raise SelfTestFailure(f"new workspaces would not start in {user_documents_dir()}")
        return (f"welcome page painted at {image.width()}×{image.height()}, platform {QApplication.platformName()},"
                f" workspaces start in {user_documents_dir()}")

    def build_demo(self) -> str:
        """Click the welcome page's "Open the demo shop": built (small, offline) in the scratch folder, then opened."""
        from ...demo.build import build_demo_workspace
        from ...features.headline import shop_summary
        from ...workspace import Workspace
        from . import main_window

        def small_demo(path, *, progress=None, cancelled=None) -> Path:
            return Path(build_demo_workspace(path, progress=progress, cancelled=cancelled,
                                             customers=SELF_TEST_CUSTOMERS))

        saved = main_window.demo_path, main_window.build_demo
        main_window.demo_path, main_window.build_demo = (lambda: self.workspace_path), small_demo
        try:
            self.window.welcome.demo_button.click()
            self.wait_for_workspace()
        finally:
            main_window.demo_path, main_window.build_demo = saved
        self.window.close_workspace()  # the next steps open the file themselves
        with Workspace.open(self.workspace_path, readonly=True) as ws:
            summary = shop_summary(ws)
        if not summary.get("customers") or not summary.get("orders"):
            raise SelfTestFailure(f"the demo workspace is empty: {summary}")
        return f"built and opened from the welcome page: {summary['customers']} customers, {summary['orders']} orders"

    def wait_for_workspace(self) -> None:
        """Run the event loop until the window has a workspace; fail on an error message or after a timeout."""
        from PySide6.QtWidgets import QApplication, QMessageBox

        deadline = time.monotonic() + OPEN_TIMEOUT_S
        while self.window.workspace is None:
            QApplication.processEvents()
            if self.crashes:
                raise SelfTestFailure(f"uncaught {type(self.crashes[0]).__name__}: {self.crashes[0]}")
            modal = QApplication.activeModalWidget()
            if isinstance(modal, QMessageBox):  # progress dialogs are modal too: only messages are failures
                text = modal.text()
                modal.close()
                raise SelfTestFailure(f"a message appeared: {text}")
            if time.monotonic() > deadline:
                raise SelfTestFailure(f"no workspace opened within {OPEN_TIMEOUT_S:.0f} s")
            time.sleep(0.01)

    def segment(self) -> str:
        from ...segmentation.build import build_run
        from ...segmentation.runs import save_run
        from ...workspace import Workspace

        parts = []
        with Workspace.open(self.workspace_path) as ws:
            for method, k in (("kmeans", 4), ("rfm-cn8", None)):
                result = build_run(ws, method, k=k)
                run_id = save_run(ws, result)
                sizes = [s.size for s in result.segments]
                if sum(sizes) != result.customers or not result.customers:
                    raise SelfTestFailure(f"{method}: segment sizes {sizes} do not add up to {result.customers}")
                parts.append(f"{method} run #{run_id} ({len(sizes)} segments)")
                self.segment_label = result.segments[0].label
        return ", ".join(parts)

    def report(self) -> str:
        from ...reports.report import write_report_pdf
        from ...workspace import Workspace

        parts = []
        with Workspace.open(self.workspace_path) as ws:
            for lang in ("zh_CN",):  # Chinese: also proves the bundled font reaches the PDF
                path = self.folder / f"report-{lang}.pdf"
                doc = write_report_pdf(ws, path, lang=lang)
                _check_file(path, b"%PDF")
                printed = self.print_report(ws, doc)
                parts.append(f"{lang} {len(doc.pages)} pages {path.stat().st_size // 1024} KB, printed {printed}")
        return ", ".join(parts)

    def print_report(self, ws, document) -> int:
        """Print the report as the report window's Print… does (Qt's print support of this copy), onto a PDF
        printer at a low resolution; returns the pages printed."""
        from PySide6.QtPrintSupport import QPrinter

        from ..reports.report_view import ReportView

        view = ReportView(ws, self.window)
        try:
            view.document = document
            printer = view.make_printer()
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            path = self.folder / "printed-report.pdf"
            printer.setOutputFileName(str(path))
            pages = view.paint_pages(printer, dpi=50)
        finally:
            view.deleteLater()
        _check_file(path, b"%PDF")
        if pages != len(document.pages):
            raise SelfTestFailure(f"printed {pages} of {len(document.pages)} pages")
        return pages

    def export(self) -> str:
        from ...campaigns.selectors import Selector
        from ...reports.export import export_contacts
        from ...workspace import Workspace

        parts = []
        with Workspace.open(self.workspace_path) as ws:
            for suffix, magic in ((".xlsx", b"PK"), (".csv", b"")):
                path = self.folder / f"contacts{suffix}"
                result = export_contacts(ws, Selector.segment(self.segment_label), path, lang="zh_CN")
                _check_file(path, magic)
                if result.rows <= 0:
                    raise SelfTestFailure(f"the export of {self.segment_label} has no rows")
                parts.append(f"{path.name} {result.rows} rows")
        return f"segment {self.segment_label}: " + ", ".join(parts)

    def open_in_window(self) -> str:
        from PySide6.QtWidgets import QApplication

        window = self.window
        window.open_path(self.workspace_path)
        self.wait_for_workspace()
        view = window.view
        view.select("segments")
        QApplication.processEvents()
        if window.grab().toImage().isNull():
            raise SelfTestFailure("the workspace view did not paint")
        sections = len(view.sections)
        window.close_workspace()
        return f"workspace view with {sections} sections, segments page shown"


CHINESE_CITIES_BY_PINYIN = ("北京", "广州", "上海", "深圳")  # bei, guang, shang, shen (code points: 上 北 广 深)
CHINESE_CODECS = ("GB18030", "GBK", "Big5")


def check_chinese_text_data() -> str:
    """Linux: Qt's ICU data (trimmed to root, English and Chinese in the bundle) still sorts Chinese by pinyin and
    has the Chinese codecs; without the zh collation ICU falls back to code-point order. (On Windows and macOS Qt
    sorts and converts with the system's own services.)"""
    from PySide6.QtCore import QCollator, QLocale, QStringDecoder

    collator = QCollator(QLocale("zh_CN"))
    order = tuple(sorted(reversed(CHINESE_CITIES_BY_PINYIN), key=collator.sortKey))
    if order != CHINESE_CITIES_BY_PINYIN:
        raise SelfTestFailure(f"Chinese sorts as {' '.join(order)}, not by pinyin: is ICU's zh collation missing?")
    missing = [name for name in CHINESE_CODECS if not QStringDecoder(name).isValid()]
    if missing:
        raise SelfTestFailure(f"no {', '.join(missing)} codec in Qt (ICU's converters)")
    return f"Chinese sorted by pinyin ({'<'.join(order)}), {'/'.join(CHINESE_CODECS)} codecs"


def _check_file(path: Path, magic: bytes) -> None:
    if not path.is_file() or path.stat().st_size == 0:
        raise SelfTestFailure(f"{path.name} was not written")
    with open(path, "rb") as fh:
        if not fh.read(len(magic)) == magic:
            raise SelfTestFailure(f"{path.name} is not the expected kind of file")


def run_self_test(window, folder: Path) -> int:
    """Run every step with `window` (a MainWindow, not yet shown); clean up; exit code 0 passed, 1 failed, 2 broke."""
    try:
        return SelfTest(window, folder).run()
    except Exception:  # a bug in the self-test itself: report it, never leave a crash dialog waiting offscreen
        import logging
        import traceback

        logging.getLogger("shoplens.self_test").exception("the self-test stopped")
        traceback.print_exc()
        return 2
    finally:
        window.shutdown()
        from ..common.worker import wait_for_all

        wait_for_all(30_000)
        window.hide()
        shutil.rmtree(folder, ignore_errors=True)
