"""`shoplens --self-test`: passes end to end from the source tree, leaves the user's settings alone, and fails loudly."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from shoplens.ui.app.self_test import SelfTest, SelfTestFailure

STEPS = ("resources", "main window", "demo shop", "segmentation", "PDF report", "export", "open in window")


def test_self_test_passes_and_touches_no_user_settings(tmp_path):
    settings_file = tmp_path / "user-settings.ini"
    env = dict(os.environ, SHOPLENS_SETTINGS=str(settings_file), SHOPLENS_LOG_DIR=str(tmp_path / "log"))
    env.pop("QT_QPA_PLATFORM", None)  # --self-test chooses offscreen by itself
    result = subprocess.run([sys.executable, "-m", "shoplens", "--self-test"], capture_output=True, text=True,
                            env=env, timeout=600, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("ShopLens ") and "from source" in lines[0]
    for step in STEPS:
        assert any(line.startswith("ok") and f" {step} " in line for line in lines), step
    assert lines[-1].startswith(f"PASSED: {len(STEPS)} of {len(STEPS)} steps")
    report = next(line for line in lines if " PDF report " in line)
    assert ", printed " in report  # the report also went through Qt's print support
    assert not settings_file.exists()  # recent workspaces, window state: written to a scratch file instead
    scratch = lines[0].rsplit(" in ", 1)[1]
    assert not Path(scratch).exists()  # the demo workspace, report and exports are cleaned up


class BrokenBundle(SelfTest):
    """A copy whose translations are missing: the first step fails, later ones do not run."""

    def check_resources(self) -> str:
        raise SelfTestFailure("shoplens_zh_CN.qm missing")

    def show_window(self) -> str:  # pragma: no cover - must not be reached
        raise AssertionError("steps after a failure must not run")


def test_a_failing_step_fails_the_self_test(tmp_path):
    out = io.StringIO()
    code = BrokenBundle(window=None, folder=tmp_path, out=out).run()
    text = out.getvalue()
    assert code == 1
    assert "FAIL resources" in text and "SelfTestFailure: shoplens_zh_CN.qm missing" in text
    assert text.splitlines()[-1].startswith(f"FAILED: 0 of {len(STEPS)} steps")


class CrashInASlot(SelfTest):
    """Every step passes, but a Qt slot raised meanwhile (PySide hands such exceptions to sys.excepthook)."""

    def check_resources(self) -> str:
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        return "fine"

    show_window = build_demo = segment = report = export = open_in_window = lambda self: "fine"


def test_an_uncaught_exception_meanwhile_fails_the_self_test_without_a_dialog(tmp_path):
    out = io.StringIO()
    hook = sys.excepthook
    code = CrashInASlot(window=None, folder=tmp_path, out=out).run()
    assert code == 1
    assert sys.excepthook is hook  # restored
    assert "FAIL uncaught exception: RuntimeError: boom in a slot" in out.getvalue()


def test_windows_get_the_app_icon(qapp):
    from PySide6.QtGui import QIcon

    from shoplens.app import set_window_icon

    before = qapp.windowIcon()
    try:
        assert set_window_icon(qapp)
        assert not qapp.windowIcon().isNull()
        assert qapp.windowIcon().actualSize(qapp.windowIcon().availableSizes()[0]).width() == 256
    finally:
        qapp.setWindowIcon(before if not before.isNull() else QIcon())
