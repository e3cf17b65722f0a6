"""Refresh the translation sources and build the catalogues.

    python tools/build_translations.py            # pyside6-lupdate (update .ts) then pyside6-lrelease (.qm)
    python tools/build_translations.py --release-only   # only build .qm from the .ts in the repo (the set-up)

The .ts files in resources/translations/ are the sources (English is the source language); the .qm files are
built next to them and not committed. lupdate reads every .py under desktop/shoplens/ui and desktop/shoplens/app.py.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("en", "zh_CN")
SOURCES = [ROOT / "desktop" / "shoplens" / "ui", ROOT / "desktop" / "shoplens" / "app.py"]


def find_tool(name: str) -> Path:
    """pyside6-<name> next to this Python (the venv), on PATH, or the binary inside the PySide6 package."""
    candidates = [Path(sys.executable).with_name(f"pyside6-{name}")]
    on_path = shutil.which(f"pyside6-{name}")
    if on_path:
        candidates.append(Path(on_path))
    try:
        import PySide6

        package = Path(PySide6.__file__).parent
        candidates += [package / name, package / f"{name}.exe", package / "Qt" / "libexec" / name,
                       package / "Qt" / "bin" / name]
    except ImportError:
        pass
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise SystemExit(f"build_translations: pyside6-{name} was not found (install PySide6-Essentials)")


def source_files() -> list[Path]:
    """Every Python file lupdate reads."""
    files: list[Path] = []
    for src in SOURCES:
        files += sorted(src.rglob("*.py")) if src.is_dir() else [src]
    return [f for f in files if "__pycache__" not in f.parts]


def update() -> None:
    """Run lupdate: add new strings to each .ts, mark vanished ones obsolete, keep the translations."""
    lupdate = find_tool("lupdate")
    for lang in LANGUAGES:
        ts = TS_DIR / f"shoplens_{lang}.ts"
        args = [str(lupdate), *map(str, source_files()), "-source-language", "en", "-target-language", lang,
                "-locations", "none", "-no-obsolete", "-ts", str(ts)]
        subprocess.run(args, check=True, cwd=ROOT)


def release(out_dir: Path = TS_DIR) -> list[Path]:
    """Run lrelease on every .ts; the .qm land in `out_dir` (next to the .ts unless told; setup.py's wheel build
    writes them into the package)."""
    lrelease = find_tool("lrelease")
    sources = sorted(TS_DIR.glob("shoplens_*.ts"))
    if not sources:
        raise SystemExit(f"build_translations: no shoplens_*.ts in {TS_DIR}")
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sources:
        qm = out_dir / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT)
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release-only", action="store_true", help="only compile .ts to .qm")
    args = parser.parse_args(argv)
    TS_DIR.mkdir(parents=True, exist_ok=True)
    if not args.release_only:
        update()
    for qm in release():
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
