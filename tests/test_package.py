"""`pip install .` gives a working app: the built package carries the CJK font, the icons and the compiled
translations (setup.py writes them into shoplens/_resources when the package is built), and shoplens.resources
finds them there.

The whole round trip (build the wheel, install it with its dependencies into a fresh virtual environment, run
`shoplens --self-test` from there) takes minutes: it runs in CI (CI=true) or with SHOPLENS_TEST_INSTALL=1.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "installers"))
import bundle_layout as layout  # noqa: E402

PACKAGED = "shoplens/_resources"
EXPECTED = ("fonts/wqy-microhei.ttf", "fonts/README.md", "icons/shoplens-256.png", "icons/shoplens.svg",
            "translations/shoplens_en.qm", "translations/shoplens_zh_CN.qm")

CHECK_RESOURCES = """
import sys
from PySide6.QtCore import QTranslator
from shoplens import resources
translator = QTranslator()
assert translator.load("shoplens_zh_CN", str(resources.translations_dir()))
print(resources.resources_dir())
print(resources.cjk_font_path())
print(translator.translate("WelcomePage", "Open the demo shop"))
"""


def test_every_packaged_file_is_one_the_bundle_ships_too():
    """setup.py copies installers/bundle_layout.DATA_GLOBS: the wheel and the PyInstaller bundle hold the same."""
    bundled = {path.removeprefix("resources/") for path in layout.bundled_paths()}
    assert bundled == set(EXPECTED)


def test_built_package_holds_the_resources_and_uses_them(tmp_path):
    lib = tmp_path / "lib"
    result = subprocess.run([sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(lib)], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    packaged = lib / PACKAGED
    for name in EXPECTED:
        assert (packaged / name).is_file() and (packaged / name).stat().st_size > 0, name
    assert (packaged / "fonts/wqy-microhei.ttf").read_bytes() == (ROOT / "resources/fonts/wqy-microhei.ttf").read_bytes()
    # the built package, not the checkout, answers: its resources folder is the packaged one
    env = {**os.environ, "PYTHONPATH": str(lib), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", CHECK_RESOURCES], capture_output=True, text=True, timeout=120,
                         env=env, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    folder, font, chinese = out.stdout.splitlines()
    assert Path(folder) == packaged and Path(font) == packaged / "fonts/wqy-microhei.ttf"
    assert chinese == "打开示例店铺"


def test_a_checkout_uses_its_own_resources_folder():
    from shoplens import resources

    if resources.PACKAGED_DIR.is_dir():
        pytest.skip("running from an installed package")
    assert resources.resources_dir() == ROOT / "resources"


@pytest.mark.skipif(os.environ.get("CI") != "true" and os.environ.get("SHOPLENS_TEST_INSTALL") != "1",
                    reason="builds a wheel and installs it with its dependencies (minutes): CI=true or"
                    " SHOPLENS_TEST_INSTALL=1")
def test_pip_install_into_a_fresh_environment_gives_a_working_app(tmp_path):
    # nothing of the checkout on the path: pip would take desktop/ (PYTHONPATH) for an installed shoplens
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(QT_QPA_PLATFORM="offscreen", SHOPLENS_SETTINGS=str(tmp_path / "settings.ini"),
               SHOPLENS_LOG_DIR=str(tmp_path / "logs"), PIP_DISABLE_PIP_VERSION_CHECK="1")

    def run(*args: str | Path, timeout: int = 600) -> subprocess.CompletedProcess:
        started = time.monotonic()
        result = subprocess.run([str(arg) for arg in args], capture_output=True, text=True, timeout=timeout,
                                env=env, cwd=tmp_path)
        print(f"{time.monotonic() - started:6.1f} s  {' '.join(map(str, args))[:120]}")
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        return result

    wheels = tmp_path / "wheels"
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", wheels, ROOT, timeout=900)
    (wheel,) = wheels.glob("shoplens-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert {f"{PACKAGED}/{name}" for name in EXPECTED} <= names
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    python, app = env_dir / "bin" / "python", env_dir / "bin" / "shoplens"
    run(python, "-m", "pip", "install", "-q", "--no-compile", wheel, timeout=1800)
    assert "--lang" in run(app, "--help").stdout
    where = run(python, "-c", "import shoplens.resources as r; print(r.resources_dir())").stdout.strip()
    assert Path(where) == env_dir / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" \
        / "site-packages" / PACKAGED
    tested = run(app, "--self-test", timeout=900).stdout
    assert "self-test, installed package," in tested and "PASSED" in tested
