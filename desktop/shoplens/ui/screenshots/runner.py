"""Screenshots of every screen, offscreen: `python -m shoplens.ui.screenshots OUTDIR [--lang en|zh_CN]`.

Each screen is a function registered with `@screen("name")`; it gets a ScreenContext (the demo shop open in a
main window, the output folder, the language) and returns the widget to capture, or None when it saved its
own PNGs. Later issues add their screens by registering more functions (in this module, or in theirs and
listing the module in EXTRA_MODULES).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import importlib
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication, QWidget

SIZE = (1200, 760)
# modules that register more screens when imported
EXTRA_MODULES: list[str] = [f"shoplens.ui.screenshots.{name}" for name in
                             ("backups", "cleaning", "campaigns", "predict", "segments", "privacy", "reports", "suggest",
                              "home")]


@dataclass
class ScreenContext:
    """What a screen function works with."""

    outdir: Path
    lang: str
    workspace_path: Path
    window: object = None  # the MainWindow with the demo shop open
    extra: dict = field(default_factory=dict)

    def save(self, name: str, widget: QWidget) -> Path:
        """Capture a widget into OUTDIR/name.png."""
        settle()
        path = self.outdir / f"{name}.png"
        widget.grab().save(str(path))
        return path


SCREENS: dict[str, Callable[[ScreenContext], QWidget | None]] = {}


def screen(name: str) -> Callable:
    """Register a screen function under `name` (the PNG's name)."""

    def register(fn: Callable[[ScreenContext], QWidget | None]) -> Callable:
        SCREENS[name] = fn
        return fn

    return register


def settle(seconds: float = 0.15, until: Callable[[], bool] | None = None, timeout: float = 60.0) -> None:
    """Run the event loop a little (or until `until()` is true), so workers deliver and widgets paint."""
    deadline = time.monotonic() + (timeout if until else seconds)
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if until is not None and until():
            break
        time.sleep(0.01)
    QCoreApplication.processEvents()


def _window(ctx: ScreenContext):
    return ctx.window


def _section(ctx: ScreenContext, key: str) -> QWidget:
    window = ctx.window
    page = window.view.select(key)
    settle()
    return page


# -- the screens ------------------------------------------------------------------------------------------------
@screen("welcome")
def welcome(ctx: ScreenContext) -> QWidget:
    from ..app.main_window import MainWindow

    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    ctx.extra["welcome_window"] = window
    return window


@screen("main_customers")
def main_customers(ctx: ScreenContext) -> QWidget:
    _section(ctx, "data").tabs.setCurrentIndex(0)
    return ctx.window


@screen("main_orders")
def main_orders(ctx: ScreenContext) -> QWidget:
    _section(ctx, "data").tabs.setCurrentIndex(1)
    return ctx.window


@screen("main_customers_filtered")
def main_customers_filtered(ctx: ScreenContext) -> QWidget:
    from ..data.table_specs import ColumnFilter

    browser = _section(ctx, "data")
    browser.tabs.setCurrentIndex(0)
    tab = browser.customers
    tab.apply_filter("spend", ColumnFilter(low=100_000))
    tab.view.sortByColumn([c.key for c in tab.model.spec.columns].index("spend"), Qt_Descending())
    settle(until=lambda: tab.model.total >= 0, timeout=10)
    ctx.extra["top_customer"] = tab.model.row_id(0)
    return ctx.window


@screen("profile_card")
def profile_card(ctx: ScreenContext) -> QWidget:
    browser = _section(ctx, "data")
    customer_id = ctx.extra.get("top_customer") or browser.customers.model.row_id(0)
    card = browser.open_profile(customer_id)
    card.resize(900, 680)
    ctx.extra["card"] = card
    return card


@screen("section_cleaning")
def section_cleaning(ctx: ScreenContext) -> QWidget:
    _section(ctx, "cleaning")
    return ctx.window


@screen("section_coming_soon")
def section_coming_soon(ctx: ScreenContext) -> QWidget | None:
    from ..app.sections import SECTIONS

    coming = [s.key for s in SECTIONS if s.factory is None]
    if not coming:
        return None  # every section is built
    _section(ctx, coming[0])
    return ctx.window


@screen("section_reports")
def section_reports(ctx: ScreenContext) -> QWidget:
    page = _section(ctx, "reports")
    board = page.dashboard
    settle(until=lambda: not board.runner.busy, timeout=120)
    settle(0.3)
    return ctx.window


@screen("settings_dialog")
def settings_dialog(ctx: ScreenContext) -> QWidget:
    from ..app.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx.window.workspace, ctx.window)
    dialog.show()
    ctx.extra["settings"] = dialog
    return dialog


@screen("import_wizard")
def import_wizard_pages(ctx: ScreenContext) -> None:
    """Each page of the import wizard, driven on generated files (screenshots/import_wizard.py)."""
    from .import_wizard import screenshot_pages

    screenshot_pages(ctx.outdir, ctx.lang)


# -- tags (issue 7) ------------------------------------------------------------------------------------------------
def _tag_wizard(ctx: ScreenContext):
    from ..tags.wizard import TagWizard

    wizard = ctx.extra.get("tag_wizard")
    if wizard is None:
        wizard = TagWizard(ctx.window.workspace, ctx.window)
        wizard.resize(980, 720)
        wizard.show()
        settle(until=lambda: wizard.ctx is not None, timeout=60)
        ctx.extra["tag_wizard"] = wizard
    return wizard


@screen("tags_wizard_templates")
def tags_wizard_templates(ctx: ScreenContext) -> QWidget:
    return _tag_wizard(ctx)


@screen("tags_wizard_thresholds")
def tags_wizard_thresholds(ctx: ScreenContext) -> QWidget:
    wizard = _tag_wizard(ctx)
    while wizard.currentPage() is not wizard.threshold_page:
        wizard.next()
    return wizard


@screen("tags_wizard_rule")
def tags_wizard_rule(ctx: ScreenContext) -> QWidget:
    wizard = _tag_wizard(ctx)
    while wizard.currentPage() is not wizard.custom_page:
        wizard.next()
    page = wizard.custom_page
    page.enabled.setChecked(True)
    form = page.form
    form.name_en.setText("Loyal tea lovers")
    form.name_zh.setText("忠实茶客")
    first = form.builder.root.items[0]
    first.field.setCurrentIndex(first.field.findData("frequency"))
    first.op.setCurrentIndex(first.op.findData(">="))
    first.value.setText("3")
    group = form.builder.root.add_group()
    group.join.setCurrentIndex(group.join.findData("any"))
    row = group.items[0]
    row.field.setCurrentIndex(row.field.findData("fav_category"))
    row.op.setCurrentIndex(row.op.findData("contains"))
    row.value.setText("tea")
    second = group.add_condition()
    second.field.setCurrentIndex(second.field.findData("monetary"))
    second.op.setCurrentIndex(second.op.findData("top_pct"))
    second.value.setText("20")
    form.update_preview()
    return wizard


@screen("tags_manager")
def tags_manager(ctx: ScreenContext) -> QWidget:
    from ...tags.defaults import install_templates
    from ..tags.manager import TagManager

    wizard = ctx.extra.pop("tag_wizard", None)
    if wizard is not None:
        wizard.close()
    ws = ctx.window.workspace
    if ws.conn.execute("SELECT count(*) FROM tag_defs").fetchone()[0] == 0:
        from ..common.worker import on_write_thread

        on_write_thread(install_templates, ws, history_days=30, timeout_ms=300_000)  # the writer owns the workspace
    manager = TagManager(ws)
    manager.resize(*SIZE)
    manager.show()
    for item in manager.tree.findItems("*", _qt_match_flags(), 0):
        if item.data(0, 256) is not None and item.text(2):
            manager.tree.setCurrentItem(item)
            break
    ctx.extra["tag_manager"] = manager
    return manager


def _qt_match_flags():
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive


def Qt_Descending():  # reads like the Qt constant it returns
    from PySide6.QtCore import Qt

    return Qt.SortOrder.DescendingOrder


# -- running ----------------------------------------------------------------------------------------------------
def take_screenshots(outdir: str | os.PathLike[str], lang: str = "en", only: list[str] | None = None,
                     workspace: str | os.PathLike[str] | None = None) -> list[Path]:
    """Write one PNG per registered screen into `outdir` (the demo shop is built in a temporary folder)."""
    from ... import settings
    from ..app.main_window import MainWindow
    from ..common.fonts import register_cjk_font
    from ..common.i18n import install_language
    from ..common.worker import wait_for_all

    for module in EXTRA_MODULES:
        importlib.import_module(module)
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["shoplens-screenshots"])
    register_cjk_font()
    install_language(lang)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="shoplens-shots-") as tmp:
        settings.use_file(Path(tmp) / "settings.ini")
        try:
            path = Path(workspace) if workspace else _demo(Path(tmp))
            settings.add_recent_workspace(path)
            window = MainWindow()
            window.resize(*SIZE)
            window.show()
            opened: list = []
            window.workspace_opened.connect(opened.append)
            window.open_path(path)
            settle(until=lambda: bool(opened), timeout=60)
            summary: list = []
            window.summary_shown.connect(summary.append)
            settle(until=lambda: bool(summary) or bool(window.status_counts.text()), timeout=30)
            ctx = ScreenContext(out, lang, path, window)
            for name, fn in SCREENS.items():
                if only and name not in only:
                    continue
                widget = fn(ctx)
                if widget is not None:
                    written.append(ctx.save(name, widget))
                for key in ("welcome_window", "card", "settings", "tag_wizard", "tag_manager"):
                    extra = ctx.extra.pop(key, None)
                    if extra is not None:
                        extra.close()
            window.close()
            wait_for_all(60_000)
            settle(0.1)
        finally:
            settings.use_file(None)
    del app
    return written


def _demo(folder: Path) -> Path:
    from ...demo.build import build_demo_workspace

    return Path(build_demo_workspace(folder / "ShopLens Demo.shoplens"))


def main(argv: list[str] | None = None) -> int:
    """Command line: OUTDIR, --lang, --only NAME…, --workspace FILE."""
    parser = argparse.ArgumentParser(prog="python -m shoplens.ui.screenshots", description=__doc__.splitlines()[0])
    parser.add_argument("outdir")
    parser.add_argument("--lang", choices=("en", "zh_CN"), default="en")
    parser.add_argument("--only", nargs="*", help="screen names to take (default: all)")
    parser.add_argument("--workspace", help="use this workspace instead of building the demo shop")
    args = parser.parse_args(argv)
    for path in take_screenshots(args.outdir, args.lang, args.only, args.workspace):
        print(path)
    return 0


if __name__ == "__main__":  # run as the importable module, so screens registered by EXTRA_MODULES land in its SCREENS
    sys.exit(importlib.import_module("shoplens.ui.screenshots.runner").main())
