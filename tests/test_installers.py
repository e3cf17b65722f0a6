"""The installer scripts agree with the bundle: spec data files, Inno Setup script, Info.plist, .desktop and MIME files.

Windows and macOS installers cannot be built here, so their scripts are parsed and every file they name is checked
against what the PyInstaller spec puts in the bundle (installers/bundle_layout.py) and what the repository holds.
When a Linux bundle was built (dist/shoplens/), the same paths are checked in it too.
"""

from __future__ import annotations

import configparser
import os
import plistlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
INSTALLERS = ROOT / "installers"
sys.path.insert(0, str(INSTALLERS))
import bundle_layout as layout  # noqa: E402

ISS = INSTALLERS / "windows" / "shoplens.iss"
BUNDLE = ROOT / "dist" / layout.EXE_NAME
CONTENTS = "_internal"  # PyInstaller's default folder for everything but the executable


def _spec() -> str:
    return (INSTALLERS / "shoplens.spec").read_text(encoding="utf-8")


# -- the spec ----------------------------------------------------------------------------------------------------
def test_version_comes_from_pyproject_and_matches_the_package():
    import shoplens

    assert layout.version() == shoplens.__version__
    assert layout.version_tuple()[:3] == tuple(int(p) for p in shoplens.__version__.split(".")[:3])


def test_bundle_holds_every_resource_the_app_looks_up():
    from shoplens.reports.fonts import FONT_FILE
    from shoplens.resources import PREFERRED_CJK_FONT

    paths = layout.bundled_paths()
    assert f"resources/fonts/{PREFERRED_CJK_FONT}" in paths
    assert f"resources/fonts/{FONT_FILE}" in paths
    for lang in ("en", "zh_CN"):
        assert f"resources/translations/shoplens_{lang}.qm" in paths
    assert "resources/icons/shoplens-256.png" in paths
    for src, _dest in layout.datas():
        assert Path(src).is_file()


def test_datas_refuse_a_pattern_that_matches_nothing(tmp_path):
    with pytest.raises(FileNotFoundError, match="matches nothing"):
        layout.datas(tmp_path)


def test_spec_uses_the_layout_and_pyinstaller_strips_nothing():
    spec = _spec()
    compile(spec, "shoplens.spec", "exec")  # the Windows and macOS branches cannot run here: at least they parse
    assert "datas=layout.datas()" in spec
    assert "excludes=list(layout.EXCLUDES)" in spec
    assert "a.binaries, a.datas = layout.slim_toc(a.binaries, a.datas," in spec
    assert "info_plist=layout.info_plist()" in spec
    # PyInstaller's strip would touch every library, also those auditwheel rewrote: build-linux.sh strips the rest
    assert spec.count("strip=False") >= 2 and "strip=True" not in spec
    assert "contents_directory" not in spec  # the installers expect the default _internal folder
    assert "shoplens_main.py" in spec and (INSTALLERS / "shoplens_main.py").is_file()
    for icon in (layout.ICON_SVG, layout.ICON_PNG, layout.ICON_ICO, layout.ICON_ICNS):
        assert (ROOT / icon).is_file(), icon
    for size in layout.ICON_PNG_SIZES:
        assert (ROOT / f"resources/icons/shoplens-{size}.png").is_file()


def test_unused_qt_plugins_and_catalogues_are_dropped_and_needed_ones_kept():
    keep = layout.keep_file
    assert keep("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert keep("PySide6/Qt/plugins/platforms/libqoffscreen.so")  # --self-test runs offscreen
    assert keep("PySide6/Qt/plugins/platforms/qwindows.dll")
    assert keep("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so")  # Chinese input
    assert keep("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert keep("pyarrow/libarrow.so.2600") and keep("pyarrow/libarrow_python.so.2600")
    assert not keep("PySide6/Qt/plugins/platforms/libqvnc.so")
    assert not keep("PySide6/Qt/plugins/sqldrivers/libqsqlite.so")
    assert not keep("PySide6/Qt/plugins/imageformats/qtiff.dll")
    assert not keep("PySide6/Qt/translations/qtbase_de.qm")
    assert not keep("pyarrow/libarrow_flight.so.2600")
    assert not keep("pyarrow/libarrow_python.so.2600.1.0")
    assert not keep("pyarrow/include/arrow/api.h")


def test_phone_numbers_and_images_keep_what_the_app_uses():
    assert {"phonenumbers.geodata", "phonenumbers.carrierdata", "phonenumbers.tzdata", "PIL._avif"} <= set(
        layout.EXCLUDES)
    for used in ("phonenumbers", "phonenumbers.phonenumberutil", "PIL", "PIL._imaging", "PIL.PngImagePlugin",
                 "pyarrow", "pyarrow.compute", "pyarrow.csv", "pyarrow.ipc", "pyarrow.acero", "pyarrow._acero"):
        # (pandas' group-by on Arrow strings runs in Acero)
        assert not any(used == ex or used.startswith(ex + ".") for ex in layout.EXCLUDES), used


def test_the_app_imports_and_hashes_without_openssl():
    assert {"ssl", "_ssl", "_hashlib"} <= set(layout.EXCLUDES)
    script = ("import sys\n"
              "sys.modules.update({'ssl': None, '_ssl': None, '_hashlib': None})  # as in the bundle: not there\n"
              "import asyncio, hashlib, hmac, shoplens.app, shoplens.cli, shoplens.ingest.orders\n"
              "print(hashlib.sha1(b'shop').hexdigest(), hmac.new(b'k', b'm', 'sha256').hexdigest()[:8])\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop"), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["5042d146667518a1a5017644946b8650aafca44c", "b60090e3"], result.stdout


def test_slim_toc_drops_libraries_only_dropped_or_theme_plugins_needed_and_links_to_them():
    qt = "PySide6/Qt/plugins"
    binaries = [
        (f"{qt}/platforms/libqxcb.so", "/src/qxcb", "BINARY"),
        (f"{qt}/platforms/libqvnc.so", "/src/qvnc", "BINARY"),  # keep_file drops it
        (f"{qt}/platformthemes/libqgtk3.so", "/src/qgtk3", "BINARY"),
        ("pyarrow/lib.so", "/src/pyarrow-lib", "EXTENSION"),
        ("pyarrow/libarrow_flight.so.2600", "/src/flight", "BINARY"),
        ("libxcb.so.1", "/lib/libxcb.so.1", "BINARY"),
        ("libXau.so.6", "/lib/libXau.so.6", "BINARY"),
        ("libvncserver.so.1", "/lib/libvncserver.so.1", "BINARY"),
        ("libcairo.so.2", "/lib/libcairo.so.2", "BINARY"),
        ("libpython3.11.so.1.0", "/lib/libpython3.11.so.1.0", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/qt/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/qt/libQt6Network.so.6", "BINARY"),  # only the dropped vnc needed it
    ]
    datas = [("libarrow_flight.so.2600", "pyarrow/libarrow_flight.so.2600", "SYMLINK"),
             ("liblib.so", "pyarrow/lib.so", "SYMLINK"), ("resources/fonts/x.ttf", "/src/x.ttf", "DATA")]
    needed = {"/src/qxcb": ["libxcb.so.1", "libQt6Gui.so.6"], "/lib/libxcb.so.1": ["libXau.so.6"],
              "/src/qvnc": ["libvncserver.so.1", "libQt6Network.so.6"], "/src/qgtk3": ["libgtk-3.so.0", "libcairo.so.2"]}
    kept_binaries, kept_datas = layout.slim_toc(binaries, datas, lambda source: needed.get(source, []))
    assert [entry[0] for entry in kept_binaries] == [
        f"{qt}/platforms/libqxcb.so", f"{qt}/platformthemes/libqgtk3.so", "pyarrow/lib.so", "libxcb.so.1",
        "libXau.so.6", "libpython3.11.so.1.0", "PySide6/Qt/lib/libQt6Gui.so.6"]  # libXau through libxcb; libpython
    # is opened by the bootloader
    assert [entry[0] for entry in kept_datas] == ["liblib.so", "resources/fonts/x.ttf"]
    kept_binaries, _ = layout.slim_toc(binaries, datas)  # Windows, macOS: no dependency pruning
    assert "libcairo.so.2" in [entry[0] for entry in kept_binaries]


def test_strip_leaves_auditwheel_libraries_and_other_files_alone(tmp_path):
    elf = b"\x7fELF" + bytes(60)
    for name in ("pyarrow/libarrow.so.2600", "numpy.libs/libopenblas.so", "_internal/scipy.libs/libgfortran.so.5",
                 "PySide6/Qt/plugins/x/libp.so", "resources/fonts/x.ttf", "pyarrow/notes.so.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(elf if ".so" in name and not name.endswith(".txt") else b"text")
    found = {path.relative_to(tmp_path).as_posix() for path in layout.strip_candidates(tmp_path)}
    assert found == {"pyarrow/libarrow.so.2600", "PySide6/Qt/plugins/x/libp.so"}


def test_check_loads_names_a_broken_library_and_passes_a_good_one(tmp_path):
    import _ctypes

    library = Path(_ctypes.__file__)
    shutil.copy(library, tmp_path / library.name)
    assert layout.check_loads(tmp_path) == ([], {})
    (tmp_path / "libbroken.so.1").write_bytes(library.read_bytes()[:4096])  # cut short, as a bad strip might
    failures, _from_system = layout.check_loads(tmp_path)
    assert len(failures) == 1 and failures[0].startswith("libbroken.so.1: "), failures


def _shared_library(folder: Path, name: str, source: str, *needed: str) -> Path:
    """Compile a small shared library (gcc) that needs `needed` (other libraries of `folder`) and finds them there."""
    (folder / f"{name}.c").write_text(source, encoding="utf-8")
    links = [f"-l:{other}" for other in needed]
    subprocess.run(["gcc", "-shared", "-fPIC", "-o", str(folder / name), str(folder / f"{name}.c"), f"-L{folder}",
                    "-Wl,--no-as-needed", *links, "-Wl,-rpath,$ORIGIN", f"-Wl,-soname,{name}"], check=True)
    (folder / f"{name}.c").unlink()
    return folder / name


@pytest.mark.skipif(not shutil.which("gcc") or not shutil.which("nm"), reason="needs gcc and binutils (Linux build)")
def test_drop_libraries_removes_unused_needed_entries_the_libraries_and_their_links(tmp_path):
    _shared_library(tmp_path, "libkeep.so.1", "int keep_fn(void) { return 7; }")
    _shared_library(tmp_path, "libunused.so.1", "int unused_fn(void) { return 8; }")
    user = _shared_library(tmp_path, "libuser.so", "int keep_fn(void); int user_fn(void) { return keep_fn(); }",
                           "libkeep.so.1", "libunused.so.1")  # needs libunused, as pyarrow's core needs libparquet
    bad = _shared_library(tmp_path, "libbad.so", "int unused_fn(void); int bad_fn(void) { return unused_fn(); }",
                          "libunused.so.1")
    (tmp_path / "links").mkdir()
    (tmp_path / "links" / "libunused.so.1").symlink_to("../libunused.so.1")  # as PyInstaller links into _internal
    assert "libunused.so.1" in layout.elf_needed(str(user))

    with pytest.raises(RuntimeError, match=r"libbad\.so uses 1 symbols of libunused\.so\.1 \(such as unused_fn\)"):
        layout.drop_libraries(tmp_path, [r"libunused\.so\.\d+$"])
    assert (tmp_path / "libunused.so.1").exists() and "libunused.so.1" in layout.elf_needed(str(user))  # untouched

    bad.unlink()
    size = (tmp_path / "libunused.so.1").stat().st_size
    assert layout.drop_libraries(tmp_path, [r"libunused\.so\.\d+$"]) == (["libunused.so.1"], size)
    assert not (tmp_path / "libunused.so.1").exists() and not (tmp_path / "links" / "libunused.so.1").is_symlink()
    assert layout.elf_needed(str(user)) == ["libkeep.so.1", "libc.so.6"]
    assert layout.load_error(user) is None  # still loads, and finds libkeep
    assert layout.drop_libraries(tmp_path, [r"libunused\.so\.\d+$"]) == ([], 0)


def test_identical_vendored_libraries_become_links_and_different_ones_stay(tmp_path):
    internal = tmp_path / "_internal"
    for folder, name, content in (("numpy.libs", "libgfortran-04.so.5", b"same"), ("scipy.libs", "libgfortran-04.so.5",
                                  b"same"), ("numpy.libs", "libquadmath-9.so.0", b"numpy's"),
                                  ("scipy.libs", "libquadmath-9.so.0", b"scipy's"), ("scipy.libs", "libopenblas.so",
                                  b"blas"), ("scipy", "libgfortran-04.so.5", b"same")):
        (internal / folder).mkdir(parents=True, exist_ok=True)
        (internal / folder / name).write_bytes(content)
    assert layout.link_duplicate_libraries(tmp_path) == (["_internal/scipy.libs/libgfortran-04.so.5"], 4)
    link = internal / "scipy.libs" / "libgfortran-04.so.5"
    assert link.is_symlink() and link.readlink() == Path("../numpy.libs/libgfortran-04.so.5") and link.read_bytes() == b"same"
    assert (internal / "scipy.libs" / "libquadmath-9.so.0").read_bytes() == b"scipy's"  # differs: stays a file
    assert not (internal / "scipy" / "libgfortran-04.so.5").is_symlink()  # only auditwheel's *.libs folders
    assert layout.link_duplicate_libraries(tmp_path) == ([], 0)


def test_scipy_and_scikit_learn_stay_out_of_the_bundle():
    """They are the tests' oracle only: the app computes with its own code (tests/test_architecture.py checks that
    nothing under desktop/shoplens imports them)."""
    assert {"scipy", "sklearn", "joblib", "threadpoolctl"} <= set(layout.EXCLUDES)


def test_example_data_and_unused_font_faces_stay_out():
    keep = layout.keep_file
    for dropped in ("matplotlib/mpl-data/sample_data/goog.npz", "matplotlib/mpl-data/fonts/ttf/DejaVuSerif-Bold.ttf",
                    "matplotlib/mpl-data/fonts/ttf/DejaVuSansMono.ttf"):
        assert not keep(dropped), dropped
    for kept in ("matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf", "matplotlib/mpl-data/fonts/ttf/DejaVuSans-Bold.ttf",
                 "matplotlib/mpl-data/fonts/ttf/DejaVuSansDisplay.ttf", "matplotlib/mpl-data/fonts/ttf/STIXGeneral.ttf",
                 "matplotlib/mpl-data/fonts/ttf/LastResortHE-Regular.ttf", "matplotlib/mpl-data/matplotlibrc"):
        assert keep(kept), kept


def test_icu_items_kept_are_english_chinese_and_what_is_not_locale_data():
    kept = ["icudt73l/zh.res", "icudt73l/coll/zh_Hans.res", "icudt73l/coll/root.res", "icudt73l/zone/en_GB.res",
            "icudt73l/rbnf/yue.res", "icudt73l/res_index.res", "icudt73l/coll/res_index.res", "icudt73l/pool.res",
            "icudt73l/supplementalData.res", "icudt73l/brkitr/cjdict.dict", "icudt73l/brkitr/thaidict.dict",
            "icudt73l/coll/ucadata.icu", "icudt73l/gb18030.cnv", "icudt73l/windows-936-2000.cnv",
            "icudt73l/ibm-1386_P100-2001.cnv", "icudt73l/ibm-1375_P100-2008.cnv", "icudt73l/iso-8859_14-1998.cnv",
            "icudt73l/cnvalias.icu", "icudt73l/nfkc.nrm", "icudt73l/uts46.nrm"]
    dropped = ["icudt73l/ja.res", "icudt73l/coll/de.res", "icudt73l/coll/de_.res", "icudt73l/coll/de__PHONEBOOK.res",
               "icudt73l/lang/fil.res", "icudt73l/zone/sr_Latn_BA.res", "icudt73l/ibm-943_P15A-2003.cnv",
               "icudt73l/ibm-949_P11A-1999.cnv", "icudt73l/icu-internal-compound-t.cnv",
               "icudt73l/ibm-1388_P103-2001.cnv"]
    assert [name for name in kept if not layout.icu_item_kept(name)] == []
    assert [name for name in dropped if layout.icu_item_kept(name)] == []


def _qt_icu_data() -> Path | None:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return found[0] if found and shutil.which("gcc") and shutil.which("nm") else None


@pytest.mark.skipif(_qt_icu_data() is None, reason="Linux: PySide6's own ICU, gcc and binutils")
def test_trimmed_icu_library_keeps_its_symbol_soname_and_chinese_collation(tmp_path):
    source = _qt_icu_data()
    library = tmp_path / "PySide6" / "Qt" / "lib" / source.name
    library.parent.mkdir(parents=True)
    shutil.copy(source, library)
    symbol, original = layout.library_data(library)
    dropped, saved = layout.trim_icu(tmp_path)
    assert dropped > 2000 and saved > 15_000_000, (dropped, saved)

    assert layout.library_data(library)[0] == symbol  # the one symbol libicuuc looks for, under the same soname
    soname = [line.split()[1] for line in subprocess.run(["objdump", "-p", str(library)], capture_output=True,
                                                          text=True, check=True).stdout.splitlines()
              if line.strip().startswith("SONAME")]
    assert soname == [source.name]
    before = dict(layout.common_data_items(original)[1])
    _header, items = layout.common_data_items(layout.library_data(library)[1])
    after = dict(items)
    assert all(after[name] == before[name][:len(after[name])] for name in after)  # kept items unchanged (+padding)
    assert [name for name, _data in items] == sorted(after)  # ICU looks items up by binary search
    prefix = symbol.removesuffix("_dat") + "l/"
    assert {prefix + "coll/zh.res", prefix + "zh_Hans_CN.res", prefix + "en.res", prefix + "gb18030.cnv"} <= set(after)
    assert prefix + "coll/ja.res" not in after and prefix + "ko.res" not in after

    # Qt with the trimmed data (it is loaded first, under its soname): Chinese still sorts by pinyin, GBK decodes
    script = ("from PySide6.QtCore import QCoreApplication, QStringDecoder\n"
              "app = QCoreApplication([])\n"
              "from shoplens.ui.app.self_test import check_chinese_text_data\n"
              "print(check_chinese_text_data(), QStringDecoder('Shift_JIS').isValid())\n")
    env = {**os.environ, "LD_PRELOAD": str(library), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT / "desktop")}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("codecs False")  # and Japanese went with the other languages


def test_linux_build_strips_compresses_with_xz_and_ci_checks_loads_and_size():
    build = (INSTALLERS / "build-linux.sh").read_text(encoding="utf-8")
    steps = [f"{step} dist/shoplens" for step in layout.BUILD_STEPS]
    assert all(f"installers/bundle_layout.py {step}" in build for step in steps)
    assert [build.index(step) for step in steps] == sorted(build.index(step) for step in steps)  # strip goes last
    assert "-Zxz" in build and "xz -T0" in build and ".tar.xz" in build
    check = (INSTALLERS / "ci-check.sh").read_text(encoding="utf-8")
    assert "bundle_layout.py check-loads" in check and "SHOPLENS_MAX_DEB_MB:-120" in check \
        and "SHOPLENS_MAX_BUNDLE_MB:-300" in check


# -- Windows: Inno Setup -----------------------------------------------------------------------------------------
def _iss() -> tuple[dict[str, str], dict[str, list[dict[str, str]]], dict[str, str]]:
    """(#defines, section -> entries as {Key: value}, [Setup] directives) with {#Name} expanded."""
    text = ISS.read_text(encoding="utf-8")
    defines = dict(re.findall(r'^\s*#define\s+(\w+)\s+"([^"]*)"', text, re.M))

    def expand(value: str) -> str:
        return re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], value)

    sections: dict[str, list[dict[str, str]]] = {}
    setup: dict[str, str] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            continue
        if current == "Setup":
            key, _, value = line.partition("=")
            setup[key.strip()] = expand(value.strip())
            continue
        entry = {}
        for part in re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]+)', line):
            key, value = part
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] == '"':
                value = value[1:-1].replace('""', '"')
            entry[key] = expand(value)
        sections.setdefault(current, []).append(entry)
    return defines, sections, setup


def _bundle_path(source: str) -> str | None:
    """The path inside the bundle a [Files] Source names ('shoplens.exe', '_internal/*'), None for repo files."""
    prefix = r"..\..\dist" + "\\" + layout.EXE_NAME + "\\"
    return source[len(prefix):].replace("\\", "/") if source.startswith(prefix) else None


def test_iss_is_per_user_with_association_uninstaller_and_version_info():
    defines, sections, setup = _iss()
    assert defines["AppVersion"] == layout.version()
    assert defines["AppExe"] == f"{layout.EXE_NAME}.exe"
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["ChangesAssociations"] == "yes"
    assert setup["VersionInfoVersion"] == layout.version()
    assert "Uninstallable" not in setup or setup["Uninstallable"] == "yes"
    assert (ISS.parent / setup["SetupIconFile"].replace("\\", "/")).resolve() == (ROOT / layout.ICON_ICO).resolve()
    registry = sections["Registry"]
    assert all(entry["Root"] == "HKA" for entry in registry)  # per-user hive when installed without admin
    keys = {entry["Subkey"]: entry for entry in registry if entry.get("ValueName") == ""}
    assert keys[r"Software\Classes" + "\\" + layout.WORKSPACE_SUFFIX]["ValueData"] == defines["ProgId"]
    command = keys[rf"Software\Classes\{defines['ProgId']}\shell\open\command"]["ValueData"]
    assert command == rf'"{{app}}\{layout.EXE_NAME}.exe" "%1"'
    tasks = {entry["Name"] for entry in sections["Tasks"]}
    assert "desktopicon" in tasks
    desktop = [e for e in sections["Icons"] if e["Name"].startswith("{autodesktop}")]
    assert desktop and desktop[0]["Tasks"] == "desktopicon" and "unchecked" in sections["Tasks"][0]["Flags"]


def test_iss_files_and_icons_name_what_the_bundle_and_repo_hold():
    _defines, sections, _setup = _iss()
    installed = set()
    for entry in sections["Files"]:
        inside = _bundle_path(entry["Source"])
        if inside is None:
            source = (ISS.parent / entry["Source"].replace("\\", "/")).resolve()
            assert source.is_file(), entry["Source"]
            name = source.name
        else:
            assert inside in (f"{layout.EXE_NAME}.exe", f"{layout.CLI_EXE_NAME}.exe", f"{CONTENTS}/*"), inside
            if BUNDLE.is_dir():  # a bundle was built here (Linux: no .exe, but the same _internal folder)
                assert (BUNDLE / CONTENTS).is_dir() and (BUNDLE / layout.EXE_NAME).is_file()
            name = inside.rstrip("*").rstrip("/")
        installed.add(entry["DestDir"] + "\\" + name if entry["DestDir"] == "{app}" else entry["DestDir"])
    assert "{app}\\" + f"{layout.EXE_NAME}.exe" in installed
    assert "{app}\\" + CONTENTS in installed
    assert "{app}\\" + f"{layout.CLI_EXE_NAME}.exe" in installed
    assert "name=layout.CLI_EXE_NAME" in _spec()  # the spec builds the console twin the script installs
    for entry in sections["Icons"]:
        if entry["Filename"] != "{uninstallexe}":
            assert entry["Filename"] in installed
            assert entry["IconFilename"] in installed
    icon_values = [e["ValueData"] for e in sections["Registry"] if e["Subkey"].endswith("DefaultIcon")]
    assert icon_values and icon_values[0].split(",")[0] in installed


def test_a_built_bundle_holds_the_data_files_where_the_app_looks():
    if not BUNDLE.is_dir():
        pytest.skip("no bundle built here (bash installers/build-linux.sh)")
    for path in layout.bundled_paths():
        assert (BUNDLE / CONTENTS / path).is_file(), path


def test_windows_build_script_runs_the_spec_selftest_and_iss():
    script = (INSTALLERS / "windows" / "build-windows.ps1").read_text(encoding="utf-8")
    assert r"installers\shoplens.spec" in script and (INSTALLERS / "shoplens.spec").is_file()
    assert r"installers\windows\shoplens.iss" in script
    assert rf"dist\{layout.EXE_NAME}\{layout.EXE_NAME}.exe" in script and "--self-test" in script
    assert "/DAppVersion=$version" in script


# -- macOS: .app and .dmg ----------------------------------------------------------------------------------------
def test_info_plist_declares_the_workspace_document_type_with_an_existing_icon():
    info = plistlib.loads(plistlib.dumps(layout.info_plist()))
    assert info["CFBundleShortVersionString"] == layout.version()
    assert info["CFBundleIdentifier"] == layout.BUNDLE_ID
    doc = info["CFBundleDocumentTypes"][0]
    assert doc["CFBundleTypeExtensions"] == [layout.WORKSPACE_SUFFIX.lstrip(".")]
    exported = {t["UTTypeIdentifier"]: t for t in info["UTExportedTypeDeclarations"]}
    assert doc["LSItemContentTypes"] == [layout.UTI] and layout.UTI in exported
    assert exported[layout.UTI]["UTTypeTagSpecification"]["public.mime-type"] == [layout.MIME_TYPE]
    # PyInstaller copies the spec's icon into Contents/Resources under its own name
    assert info["CFBundleIconFile"] == doc["CFBundleTypeIconFile"] == Path(layout.ICON_ICNS).name
    assert (ROOT / layout.ICON_ICNS).read_bytes()[:4] == b"icns"


def test_macos_script_builds_the_app_the_spec_names_and_a_dmg():
    script = (INSTALLERS / "macos" / "build-macos.sh").read_text(encoding="utf-8")
    spec = _spec()
    assert 'name=f"{layout.APP_NAME}.app"' in spec
    assert "argv_emulation=MACOS" in spec  # a document opened from Finder reaches the app as its argument
    assert f"dist/{layout.APP_NAME}.app" in script
    assert f"Contents/MacOS/{layout.EXE_NAME}" in script and "--self-test" in script
    assert "hdiutil create" in script and ".dmg" in script


# -- Linux: .deb, .desktop, MIME --------------------------------------------------------------------------------
def test_shell_scripts_parse():
    for script in ("build-linux.sh", "ci-check.sh", "macos/build-macos.sh", "linux/postinst", "linux/postrm",
                   "linux/shoplens-wrapper.sh"):
        path = INSTALLERS / script
        shell = "bash" if path.read_text(encoding="utf-8").startswith("#!/usr/bin/env bash") else "sh"
        result = subprocess.run([shell, "-n", str(path)], capture_output=True, text=True)
        assert result.returncode == 0, (script, result.stderr)


def test_desktop_entry_is_valid_and_matches_the_package():
    path = INSTALLERS / "linux" / "shoplens.desktop"
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(path)], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Name"] == layout.APP_NAME
    assert entry["Exec"].split()[0] == layout.EXE_NAME and "%f" in entry["Exec"]
    assert entry["Icon"] == layout.EXE_NAME and entry["Terminal"] == "false"
    assert layout.MIME_TYPE in entry["MimeType"].split(";")
    build = (INSTALLERS / "build-linux.sh").read_text(encoding="utf-8")
    assert "usr/share/applications/shoplens.desktop" in build
    assert "apps/shoplens mimetypes/application-x-shoplens" in build  # icon names the entry and MIME type use
    assert '"$stage/usr/bin/shoplens"' in build
    assert "exec /opt/shoplens/shoplens" in (INSTALLERS / "linux" / "shoplens-wrapper.sh").read_text()


def test_mime_package_declares_the_workspace_glob():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(INSTALLERS / "linux" / "shoplens-mime.xml").getroot()
    assert root.tag == f"{{{ns['m']}}}mime-info"
    types = root.findall("m:mime-type", ns)
    assert [t.get("type") for t in types] == [layout.MIME_TYPE]
    mime = types[0]
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == ["*" + layout.WORKSPACE_SUFFIX]
    assert mime.find("m:icon", ns).get("name") == layout.MIME_TYPE.replace("/", "-")
    assert mime.find("m:comment", ns).text


def test_mime_package_is_accepted_by_update_mime_database(tmp_path):
    tool = shutil.which("update-mime-database")
    if not tool:
        pytest.skip("shared-mime-info is not installed")
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(INSTALLERS / "linux" / "shoplens-mime.xml", packages / "shoplens.xml")
    result = subprocess.run([tool, str(tmp_path / "mime")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"{layout.MIME_TYPE}:*{layout.WORKSPACE_SUFFIX}" in globs


def test_control_template_has_the_fields_dpkg_needs():
    text = (INSTALLERS / "linux" / "control.in").read_text(encoding="utf-8")
    fields = dict(re.findall(r"^([A-Za-z-]+):\s*(.*)$", text, re.M))
    for field in ("Package", "Version", "Architecture", "Maintainer", "Description", "Depends", "Installed-Size"):
        assert field in fields
    assert fields["Package"] == layout.EXE_NAME and fields["Version"] == "@VERSION@"


# -- the icon ----------------------------------------------------------------------------------------------------
def test_icon_renders_from_the_svg_with_transparent_corners(qapp, tmp_path):
    sys.path.insert(0, str(ROOT / "tools"))
    import build_icons
    from PySide6.QtGui import QImage

    written = build_icons.render_pngs(folder=tmp_path, sizes=(64,))
    image = QImage(str(written[0]))
    assert (image.width(), image.height()) == (64, 64)
    assert image.pixelColor(0, 0).alpha() == 0  # rounded tile: the corner is see-through
    assert image.pixelColor(32, 32).alpha() == 255
    build_icons.render_pngs(folder=tmp_path, sizes=build_icons.ICO_SIZES)
    ico = build_icons.pack_ico(tmp_path)
    assert ico.read_bytes()[:4] == b"\x00\x00\x01\x00"  # ICO header
