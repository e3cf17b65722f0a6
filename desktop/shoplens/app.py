"""The desktop application: QApplication, fonts, translations, logging of uncaught errors, the main window.

Start-up stays light: Qt, sqlite3 and the workspace module only. pandas and matplotlib are imported
when a page first needs them. `shoplens --quit-after-paint` prints the milliseconds from process start (read
from /proc/self/stat on Linux, else from when this module was imported) to the first painted main window.
"""

from __future__ import annotations

import time

_IMPORTED_AT = time.perf_counter()  # fallback "process start" where the OS does not tell it

import argparse  # noqa: E402
import logging  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402
from collections.abc import Sequence  # noqa: E402
from pathlib import Path  # noqa: E402

from .logs import LOG_DIR_ENV, LOG_FILE_NAME, log_file, use_log_file  # noqa: E402

log = logging.getLogger("shoplens")
_showing_crash = False


def process_elapsed_ms() -> float:
    """Milliseconds since the process started (10 ms resolution on Linux; else since this module loaded)."""
    try:
        with open("/proc/self/stat", "rb") as fh:
            stat = fh.read()
        start_ticks = int(stat[stat.rindex(b")") + 2:].split()[19])  # field 22: starttime, in clock ticks
        with open("/proc/uptime", "rb") as fh:
            uptime = float(fh.read().split()[0])
        return max(0.0, (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000)
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.perf_counter() - _IMPORTED_AT) * 1000


def setup_logging() -> Path | None:
    """Log to a rotating file (log_file()); returns the file (None when its folder cannot be written)."""
    from logging.handlers import RotatingFileHandler

    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    from .privacy.log_filter import install

    install(handler)  # phones and e-mails are masked even in tracebacks: no customer data in the log
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def install_excepthook(log_path: Path | None) -> None:
    """Log uncaught exceptions with their traceback and tell the user where the log is."""

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("Uncaught exception", exc_info=(exc_type, exc, tb))
        show_crash_dialog(exc, log_path)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        log.critical("Uncaught exception in thread %s", args.thread, exc_info=(args.exc_type, args.exc_value,
                                                                               args.exc_traceback))

    sys.excepthook = hook
    threading.excepthook = thread_hook


def show_crash_dialog(exc: BaseException | None, log_path: Path | None) -> None:
    """A message saying something went wrong and where the details were written."""
    global _showing_crash
    from PySide6.QtWidgets import QApplication, QMessageBox

    if _showing_crash or QApplication.instance() is None:
        return
    _showing_crash = True
    try:
        translate = QApplication.translate
        text = translate("Application", "Something went wrong inside ShopLens (%1). Your workspace was not"
                         " changed by the failed step.").replace("%1", type(exc).__name__ if exc else "?")
        if log_path is not None:
            text += "\n\n" + translate("Application", "The details were written to the log file:\n%1\nPlease"
                                       " send it to your supplier.").replace("%1", str(log_path))
        QMessageBox.critical(None, translate("Application", "ShopLens: unexpected error"), text)
    finally:
        _showing_crash = False


def add_app_arguments(parser: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """The desktop app's options (also listed by `shoplens --help`, whose parser has the commands)."""
    parser.add_argument("--lang", choices=("en", "zh_CN"),
                        help="the language for this run: en or zh_CN (else the one chosen in Settings)")
    parser.add_argument("--log-file", metavar="FILE", type=Path,
                        help=f"write the log to FILE (default: {LOG_FILE_NAME} in the log folder, or in"
                        f" ${LOG_DIR_ENV} when set; Help > Show the log folder tells which)")
    parser.add_argument("--no-restore", action="store_true", help="do not reopen the last workspace")
    parser.add_argument("--self-test", action="store_true",
                        help="check this copy works: offscreen window, demo shop, segments, report, export; exit 0 if so")
    parser.add_argument("--quit-after-paint", action="store_true",
                        help="print the milliseconds from process start to the first painted window, then exit")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The desktop app's options."""
    parser = argparse.ArgumentParser(prog="shoplens", description="ShopLens desktop app",
                                     epilog="shoplens -h lists the commands that work without the window.")
    parser.add_argument("workspace", nargs="?", help="a .shoplens workspace to open")
    add_app_arguments(parser)
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desktop app; returns the exit code."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    use_log_file(args.log_file)
    if args.self_test:
        from .ui.app.self_test import prepare

        self_test_folder = prepare()  # offscreen, settings in a scratch .ini: the user's settings stay untouched
    log_path = setup_logging()
    install_excepthook(log_path)
    from .scratch import sweep_at_start

    threading.Thread(target=sweep_at_start, name="sweep", daemon=True).start()  # what killed exports left

    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from . import APP_NAME, settings
    from .ui.common import worker
    from .ui.common.fonts import register_cjk_font
    from .ui.common.i18n import effective_language, install_language

    worker.LOG_FILE = str(log_path) if log_path else None
    QCoreApplication.setOrganizationName(settings.ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "shoplens"])
    app.setDesktopFileName("shoplens")
    set_window_icon(app)
    register_cjk_font()
    install_language(args.lang or effective_language(settings.get(settings.LANGUAGE)))

    from .ui.app.main_window import MainWindow

    window = MainWindow()
    window.restore_state()
    if args.self_test:
        from .ui.app.self_test import run_self_test

        return run_self_test(window, self_test_folder)

    class FirstPaint(QObject):
        """Reports the first paint of the main window, then quits."""

        done = False

        def eventFilter(self, obj, event) -> bool:  # Qt override
            if (not self.done and event.type() == QEvent.Type.Paint and obj.isWidgetType()
                    and obj.window() is window):
                self.done = True
                ms = process_elapsed_ms()
                QTimer.singleShot(0, lambda: _report_paint(ms, window))
            return False

    first_paint = FirstPaint()
    if args.quit_after_paint:
        app.installEventFilter(first_paint)
    window.show()
    last = settings.get(settings.LAST_WORKSPACE)
    if args.workspace:
        window.open_path(args.workspace)
    elif not args.no_restore and settings.get(settings.REOPEN_LAST) and last and os.path.exists(last):
        window.open_path(last)
    code = app.exec()
    app.removeEventFilter(first_paint)
    window.shutdown()
    worker.wait_for_all(30_000)
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return int(code)


def set_window_icon(app) -> bool:
    """Give every window the ShopLens icon (portable copies have no menu entry to supply it); True when found."""
    from PySide6.QtGui import QIcon

    from .resources import resource_path

    path = resource_path("icons", "shoplens-256.png")
    if not path.is_file():
        return False
    app.setWindowIcon(QIcon(str(path)))
    return True


def _report_paint(ms: float, window) -> None:
    print(f"{ms:.0f}", flush=True)
    window.close()
    from PySide6.QtWidgets import QApplication

    QApplication.quit()


if __name__ == "__main__":
    raise SystemExit(main())
