"""Build hook: a wheel (`pip install .`, `python -m build`) carries the files the app loads at run time.

The top-level `resources/` folder is their source. When the package is built, the files the PyInstaller bundle also
ships (installers/bundle_layout.py DATA_GLOBS: the CJK font and its licence note, the icons) are copied into
`shoplens/_resources/`, and the translations are compiled from the .ts sources into `shoplens/_resources/translations`
with pyside6-lrelease (PySide6-Essentials is a build requirement in pyproject.toml). shoplens.resources finds that
folder. An editable install (`pip install -e .`, tools/setup.sh) reads `resources/` of the checkout instead.
Everything else is declared in pyproject.toml.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
PACKAGED_FOLDER = "_resources"  # shoplens.resources.PACKAGED_DIR


def _load(folder: str, name: str):
    sys.path.insert(0, str(ROOT / folder))
    try:
        return __import__(name)
    finally:
        sys.path.pop(0)


class BuildPyWithResources(build_py):
    """build_py, then the run-time resources into the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # the checkout's resources/ are used in place
        self._outputs = write_resources(Path(self.build_lib) / "shoplens" / PACKAGED_FOLDER)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        return [*super().get_outputs(include_bytecode), *map(str, getattr(self, "_outputs", []))]


def write_resources(target: Path) -> list[Path]:
    """Copy the bundled resources and compile the translations into `target`; returns the files written."""
    layout = _load("installers", "bundle_layout")
    translations = _load("tools", "build_translations")
    if target.exists():
        shutil.rmtree(target)
    written = []
    for pattern, dest in layout.DATA_GLOBS:
        if pattern.endswith(".qm"):
            continue  # compiled below from the .ts sources, never taken from a possibly stale checkout
        found = sorted(ROOT.glob(pattern))
        if not found:
            raise FileNotFoundError(f"{pattern} matches nothing: the package would miss it")
        folder = target / Path(dest).relative_to("resources")
        folder.mkdir(parents=True, exist_ok=True)
        for path in found:
            written.append(Path(shutil.copy2(path, folder / path.name)))
    written += translations.release(target / "translations")
    return written


setup(cmdclass={"build_py": BuildPyWithResources})
