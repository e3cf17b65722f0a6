"""The layering rules: the core imports without Qt, and start-up does not pull in heavy libraries."""

from __future__ import annotations

import subprocess
import sys
import textwrap

CHECK_CORE = textwrap.dedent(
    """
    import importlib, pkgutil, sys
    class NoQt:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError("Qt imported by core: " + name)
            return None
    sys.meta_path.insert(0, NoQt())
    import shoplens
    bad = []
    for m in pkgutil.walk_packages(shoplens.__path__, "shoplens."):
        if m.name.startswith("shoplens.ui") or m.name in ("shoplens.__main__", "shoplens.app"):
            continue
        try:
            importlib.import_module(m.name)
        except ImportError as e:
            if "Qt imported" in str(e):
                bad.append(m.name)
    print(",".join(bad))
    """
)


def test_core_modules_import_without_qt():
    out = subprocess.run([sys.executable, "-c", CHECK_CORE], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "", f"core modules that import Qt: {out.stdout.strip()}"


def test_cli_start_up_does_not_import_heavy_libraries():
    code = (
        "import sys; import shoplens.cli as c; c.build_parser(); "
        "print(','.join(m for m in ('pandas', 'sklearn', 'matplotlib', 'scipy', 'PySide6') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""


def test_every_ui_string_is_written_where_lupdate_finds_it():
    """lupdate reads tr("..."), translate("Context", "...") and QCoreApplication.translate(...) written out: a
    string behind another alias (t = QCoreApplication.translate) or inside an f-string never reaches the catalogue,
    so it stays English in the Chinese UI (the import wizard's notices did)."""
    import re
    from pathlib import Path

    ui = Path(__file__).resolve().parents[1] / "desktop" / "shoplens" / "ui"
    alias = re.compile(r"^\s*(\w+)\s*=\s*QCoreApplication\.translate\s*(?:#.*)?$", re.M)
    in_fstring = re.compile(r"""f(["'])[^"'\n]*\{[^}]*\btr\(""")
    bad = []
    for path in sorted(ui.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        name = path.relative_to(ui).as_posix()
        bad += [f"{name}: alias {m.group(1)}" for m in alias.finditer(text) if m.group(1) != "translate"]
        bad += [f"{name}: tr() inside an f-string" for _ in in_fstring.finditer(text)]
    assert not bad, bad


def test_ui_is_grouped_by_screen_with_one_name_for_strings():
    """ui/ holds only packages (app, common, one per screen, screenshots); a screen's strings live in texts.py."""
    from pathlib import Path

    ui = Path(__file__).resolve().parents[1] / "desktop" / "shoplens" / "ui"
    loose = sorted(p.name for p in ui.glob("*.py") if p.name != "__init__.py")
    assert not loose, f"modules directly in ui/: {loose}"
    odd = sorted(p.relative_to(ui).as_posix() for p in ui.rglob("*.py")
                 if p.stem.endswith(("_words", "_texts", "_shots")))
    assert not odd, f"strings go in texts.py, screenshots in screenshots/: {odd}"
