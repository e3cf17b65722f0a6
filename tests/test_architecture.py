"""The layering rules: the layers of pyproject.toml hold, the core imports without Qt, and start-up does not pull in
heavy libraries."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

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


ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold(capsys):
    """pyproject.toml's import-linter contracts: each layer imports only the layers below it (imports inside
    functions count too), no package has an import cycle between its modules, the core does not use Qt."""
    from importlinter.cli import lint_imports

    code = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True)
    assert code == 0, capsys.readouterr().out


def test_every_top_level_module_has_a_layer():
    """A new module or package of shoplens/ must be placed in a layer, or the layers contract would not see it."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    layers = next(c for c in config["tool"]["importlinter"]["contracts"] if c["id"] == "layers")["layers"]
    placed = {name.strip() for layer in layers for name in layer.split("|")}
    package = ROOT / "desktop" / "shoplens"
    modules = {p.stem for p in package.glob("*.py") if p.stem != "__init__"}
    modules |= {p.name for p in package.iterdir() if (p / "__init__.py").exists()}
    assert modules - placed == set(), "add these to the layers in pyproject.toml"


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

    ui = ROOT / "desktop" / "shoplens" / "ui"
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


def test_the_app_imports_neither_scipy_nor_sklearn():
    """The installed bundle ships without scipy and scikit-learn (issue 15): no module of shoplens may import them,
    at the top or inside a function; the tests keep them as the oracle the app's own numerics are checked against."""
    import ast

    package = ROOT / "desktop" / "shoplens"
    bad = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
            bad += [f"{path.relative_to(package).as_posix()}:{node.lineno} {name}" for name in names
                    if name.split(".")[0] in ("scipy", "sklearn")]
    assert not bad, bad


NO_SCIPY_RUN = textwrap.dedent(
    """
    import sys
    sys.modules["scipy"] = None  # any import of scipy or sklearn now raises ImportError
    sys.modules["sklearn"] = None
    sys.path.insert(0, sys.argv[2])
    from campaigndata import START, add_window_orders, campaign_shop
    from shoplens.campaigns.results import campaign_results
    from shoplens.campaigns.store import create_campaign, segment_source
    from shoplens.predict.run import predict_customers

    ws = campaign_shop(sys.argv[1], customers=400)
    campaign = create_campaign(ws, "June", segment_source(ws, "sleep"), start=START, window_days=30,
                               holdout_share=0.1, seed=4)
    add_window_orders(ws, campaign.id, 0.2, 0.05)
    result = campaign_results(ws, campaign.id)
    run = predict_customers(ws)
    ws.close()
    print(result.conversion.test, result.conversion.p_value, result.revenue.p_value, result.revenue.ci[1],
          run.bgnbd.r, run.gamma_gamma.p, run.table["expected_90"].sum())
    """
)


def test_predictions_and_campaign_results_run_without_scipy(tmp_path):
    """A prediction run (both fits and every prediction) and a campaign's results (Fisher's test, Welch's t) with
    scipy and sklearn made unimportable: the app does not need them."""
    import math

    out = subprocess.run([sys.executable, "-c", NO_SCIPY_RUN, str(tmp_path / "shop.shoplens"), str(ROOT / "tests")],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    test, *numbers = out.stdout.split()
    assert test == "fisher"  # a 10% holdout of 200 members: expected conversions below 5
    assert all(math.isfinite(float(v)) for v in numbers), out.stdout
