"""Start-up: the window paints fast, without heavy libraries; fonts and resources are found."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from shoplens.resources import cjk_font_path, resource_path

pytestmark = pytest.mark.usefixtures("no_leftovers")


def run_app(tmp_path, *args, code=None):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SHOPLENS_SETTINGS": str(tmp_path / "s.ini"),
           "SHOPLENS_LOG_DIR": str(tmp_path / "log")}
    cmd = [sys.executable, "-c", code] if code else [sys.executable, "-m", "shoplens", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)


def test_quit_after_paint_prints_milliseconds_and_exits(tmp_path):
    out = run_app(tmp_path, "--quit-after-paint")
    assert out.returncode == 0, out.stderr
    ms = int(out.stdout.strip().splitlines()[-1])
    assert 0 < ms < 10_000


def test_quit_after_paint_reopens_the_last_workspace_without_heavy_imports(tmp_path, small_workspace):
    path = small_workspace.path
    small_workspace.close()
    code = (
        "import sys\n"
        "from shoplens import settings\n"
        f"settings.add_recent_workspace({str(path)!r})\n"
        "from shoplens.app import main\n"
        "rc = main(['--quit-after-paint'])\n"
        "print('heavy:' + ','.join(m for m in ('pandas', 'sklearn', 'matplotlib', 'scipy') if m in sys.modules))\n"
        "sys.exit(rc)\n"
    )
    out = run_app(tmp_path, code=code)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "heavy:"


def test_uncaught_exceptions_are_logged_with_the_log_file_named(tmp_path, monkeypatch):
    from shoplens import app

    monkeypatch.setenv("SHOPLENS_LOG_DIR", str(tmp_path / "logs"))
    shown = []
    monkeypatch.setattr(app, "show_crash_dialog", lambda exc, path: shown.append((exc, path)))
    old_hook = sys.excepthook
    import logging

    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        path = app.setup_logging()
        app.install_excepthook(path)
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                handler.close()
                root.removeHandler(handler)
        sys.excepthook = old_hook
        import threading

        threading.excepthook = threading.__excepthook__
    assert path == tmp_path / "logs" / "shoplens.log"
    text = path.read_text(encoding="utf-8")
    assert "boom in a slot" in text and "Traceback" in text
    assert shown and shown[0][1] == path


def test_the_bundled_cjk_font_is_found_and_registered(qapp):
    from shoplens.ui.common.fonts import register_cjk_font

    assert resource_path("fonts").is_dir()
    path = cjk_font_path()
    assert path is not None and path.suffix in (".ttf", ".ttc", ".otf")
    family = register_cjk_font()
    assert family
    from PySide6.QtGui import QFont, QFontMetrics

    metrics = QFontMetrics(QFont(family))
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "客户分群")


def test_process_elapsed_ms_is_a_plausible_age():
    from shoplens.app import process_elapsed_ms

    assert 0 <= process_elapsed_ms() < 24 * 3600 * 1000
