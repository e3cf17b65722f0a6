"""Files and folders that are not what they seem (issue 19, items 8-11 and 13): each ends with exit code 0, or 2 and
a true sentence; never a traceback, a hang or gigabytes read.

The permission tests run the command without root's file-permission overrides (setpriv drops CAP_DAC_OVERRIDE,
CAP_DAC_READ_SEARCH and CAP_FOWNER), so they exercise the refused paths even where the suite runs as root (CI).
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest

from shoplens.errors import InputError, WorkspaceError
from shoplens.ingest.readers import list_sheets, read_table
from shoplens.pipeline import import_file
from shoplens.workspace import Workspace, check_file
from shoplens.workspace import workspace as workspace_module

DESKTOP = str(Path(__file__).resolve().parents[1] / "desktop")
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file types and modes")


def write_orders(path: Path) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["订单号", "下单时间", "手机号", "实付金额"],
                                  ["SO1", "2024-03-01 10:00", "13911112222", "88.00"],
                                  ["SO2", "2024-03-05 10:00", "13911112223", "18.00"]])
    return path


def without_root_overrides() -> list[str]:
    """The prefix that runs a command as root without its file-permission overrides ([] for another user)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    prefix = [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner"] if setpriv else []
    if not prefix or subprocess.run([*prefix, "true"], capture_output=True).returncode != 0:
        pytest.skip("running as root, and setpriv cannot drop the file-permission overrides here")
    return prefix


def shoplens(*args: str, prefix: list[str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": DESKTOP}
    return subprocess.run([*(prefix or []), sys.executable, "-m", "shoplens", *args], capture_output=True, text=True,
                          env=env, timeout=timeout)


def assert_sentence(out: subprocess.CompletedProcess, *words: str) -> None:
    assert out.returncode == 2, (out.stdout, out.stderr)
    assert "Traceback" not in out.stderr, out.stderr
    for word in words:
        assert word in out.stderr, out.stderr


# -- 8: permissions --------------------------------------------------------------------------------------------------
@posix_only
def test_a_new_workspace_in_a_folder_that_cannot_be_written(tmp_path):
    prefix = without_root_overrides()
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        out = shoplens("import", str(folder / "new.shoplens"), str(write_orders(tmp_path / "orders.csv")),
                       prefix=prefix)
    finally:
        folder.chmod(0o755)
    assert_sentence(out, "ShopLens is not allowed to create a file in this folder.")
    assert list(folder.iterdir()) == []


@posix_only
def test_a_workspace_file_that_cannot_be_read(tmp_path):
    prefix = without_root_overrides()
    path = tmp_path / "shop.shoplens"
    with Workspace.create(path) as ws:
        import_file(ws, write_orders(tmp_path / "orders.csv"))
    path.chmod(0o000)
    try:
        info = shoplens("info", str(path), prefix=prefix)
        check = shoplens("check", str(path), prefix=prefix)
        imported = shoplens("import", str(path), str(tmp_path / "orders.csv"), prefix=prefix)
    finally:
        path.chmod(0o600)
    assert_sentence(info, "ShopLens is not allowed to read this workspace file.")
    assert_sentence(check, "The file cannot be checked: ShopLens is not allowed to read it.")
    assert_sentence(imported, "ShopLens is not allowed to read this workspace file.")
    assert check_file(path) >= 1  # untouched


# -- 11: a healthy workspace in a read-only folder is opened read-only, and says why ----------------------------------
@posix_only
def test_a_workspace_in_a_read_only_folder_opens_read_only(tmp_path):
    prefix = without_root_overrides()
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "shop.shoplens"
    with Workspace.create(path) as ws:
        import_file(ws, write_orders(tmp_path / "orders.csv"))
    folder.chmod(0o555)
    try:
        info = shoplens("info", str(path), prefix=prefix)
        check = shoplens("check", str(path), prefix=prefix)
        imported = shoplens("import", str(path), str(tmp_path / "orders.csv"), prefix=prefix)
        view = subprocess.run([*prefix, sys.executable, "-c",
                               "import sys; from shoplens.workspace import Workspace\n"
                               f"ws = Workspace.open_or_view({str(path)!r})\n"
                               "print(ws.readonly, ws.readonly_reason, ws.conn.execute('SELECT count(*) FROM orders')"
                               ".fetchone()[0])\n"
                               "try:\n    ws.set_meta('x', 'y')\nexcept Exception as exc:\n    print(exc)"],
                              capture_output=True, text=True, env={**os.environ, "PYTHONPATH": DESKTOP}, timeout=60)
    finally:
        folder.chmod(0o755)
    assert info.returncode == 0 and "#1 orders.csv" in info.stdout, info.stderr
    assert check.returncode == 0 and "OK" in check.stdout, check.stderr
    assert "damaged" not in info.stderr + check.stdout + check.stderr + imported.stderr
    assert_sentence(imported, "This workspace can only be opened read-only: its folder cannot be written to.")
    lines = view.stdout.splitlines()
    assert lines[0] == "True its folder cannot be written to 2", view.stderr
    assert "open read-only, so it cannot be changed: its folder cannot be written to" in lines[1]
    assert sorted(p.name for p in folder.iterdir()) == ["shop.shoplens"]  # nothing was written beside it


# -- 9: only ordinary files are read ---------------------------------------------------------------------------------
@posix_only
def test_a_named_pipe_called_orders_csv_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "orders.csv"
    os.mkfifo(fifo)
    with Workspace.create(tmp_path / "shop.shoplens") as ws:
        with pytest.raises(InputError, match="This is a named pipe, not an ordinary file"):
            import_file(ws, fifo)
        with pytest.raises(InputError, match="named pipe"):
            import_file(ws, fifo, sheet="x")  # the digest thread never opens it either
    out = shoplens("import", str(tmp_path / "new.shoplens"), str(fifo), timeout=60)
    assert_sentence(out, "This is a named pipe, not an ordinary file")
    assert not (tmp_path / "new.shoplens").exists()


@posix_only
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_link_to_a_device_is_refused(tmp_path, device):
    if not Path(device).exists():
        pytest.skip(f"no {device}")
    link = tmp_path / "orders.csv"
    link.symlink_to(device)
    with pytest.raises(InputError, match="This is a device, not an ordinary file"):
        list_sheets(link)
    with pytest.raises(InputError, match="device"):
        read_table(link)
    (tmp_path / "recipe.json").symlink_to(device)
    out = shoplens("clean", str(tmp_path / "none.shoplens"), "--recipe", str(tmp_path / "recipe.json"))
    assert out.returncode == 2 and "Traceback" not in out.stderr


@posix_only
def test_a_named_pipe_called_like_a_workspace(tmp_path):
    fifo = tmp_path / "shop.shoplens"
    os.mkfifo(fifo)
    assert_sentence(shoplens("info", str(fifo)), "This is a named pipe, not an ordinary file")
    assert_sentence(shoplens("check", str(fifo)), "named pipe")


# -- 10: zip bombs ---------------------------------------------------------------------------------------------------
def bomb(path: Path, inflated: int) -> Path:
    """An xlsx whose sheet XML inflates to about `inflated` bytes from a few hundred KB (rows of one cell)."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    book.add_worksheet("Sheet1").write_row(0, 0, ["订单号", "手机号"])
    book.close()
    with zipfile.ZipFile(path) as archive:
        members = {i.filename: archive.read(i) for i in archive.infolist()}
    row = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>'
    head = members["xl/worksheets/sheet1.xml"].split(b"<sheetData>")[0] + b"<sheetData>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in members.items():
            if name != "xl/worksheets/sheet1.xml":
                archive.writestr(name, data)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(head)
            block = row * (1 << 20 // len(row))
            for _ in range(inflated // len(block)):
                fh.write(block)
            fh.write(b"</sheetData></worksheet>")
    return path


def test_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path):
    path = bomb(tmp_path / "orders.xlsx", 80 << 20)
    assert path.stat().st_size < 1 << 20  # under a megabyte that would inflate to 80 MB
    with pytest.raises(InputError, match="would unpack to 80.0 MB, far more than a spreadsheet's data needs"):
        list_sheets(path)
    with pytest.raises(InputError, match="would unpack"):
        read_table(path, "Sheet1")
    assert_sentence(shoplens("import", str(tmp_path / "shop.shoplens"), str(path)), "would unpack")


def test_a_big_honest_workbook_is_not_a_bomb(tmp_path):
    import xlsxwriter

    path = tmp_path / "orders.xlsx"
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, ["订单号", "下单时间", "手机号", "实付金额"])
    for r in range(1, 60_001):
        sheet.write_row(r, 0, [f"SO{r:07d}", "2024-01-01 10:00:00", f"1380000{r % 10000:04d}", f"{r % 500}.50"])
    book.close()
    assert len(read_table(path)) == 60_000


# -- 13: two processes create the same workspace at once -------------------------------------------------------------
def test_an_empty_file_being_created_is_waited_for(tmp_path, monkeypatch):
    path = tmp_path / "shop.shoplens"
    path.touch()  # as the other process's first step leaves it
    monkeypatch.setattr(workspace_module, "CREATING_WAIT", 10.0)

    def finish() -> None:
        time.sleep(0.5)
        Workspace.create(tmp_path / "built.shoplens").close()
        os.replace(tmp_path / "built.shoplens", path)

    thread = threading.Thread(target=finish)
    thread.start()
    try:
        assert check_file(path) >= 1
    finally:
        thread.join()


def test_an_empty_file_that_stays_empty_is_named_truly(tmp_path, monkeypatch):
    path = tmp_path / "shop.shoplens"
    path.touch()
    monkeypatch.setattr(workspace_module, "CREATING_WAIT", 0.3)
    with pytest.raises(WorkspaceError, match="Another copy of ShopLens is creating this workspace right now"):
        Workspace.open(path)
    old = time.time() - 3600
    os.utime(path, (old, old))  # an old empty file is just not a workspace
    with pytest.raises(WorkspaceError, match="This file is not a ShopLens workspace"):
        Workspace.open(path)


def test_processes_creating_the_same_workspace_at_once(tmp_path):
    orders = write_orders(tmp_path / "orders.csv")
    path = tmp_path / "shop.shoplens"
    go = tmp_path / "go"
    script = ("import os, sys, time\nfrom shoplens.cli import main\n"
              f"while not os.path.exists({str(go)!r}):\n    time.sleep(0.001)\n"
              f"sys.exit(main(['import', {str(path)!r}, {str(orders)!r}]))")
    env = {**os.environ, "PYTHONPATH": DESKTOP}
    for _round in range(2):
        for extra in (path, go, path.with_name(path.name + ".lock")):
            extra.unlink(missing_ok=True)
        children = [subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, env=env) for _ in range(4)]
        time.sleep(3)  # every child has imported shoplens and waits
        go.touch()
        results = [(child.wait(120), *child.communicate()) for child in children]
        for code, _out, err in results:
            assert "Traceback" not in err and "not a ShopLens workspace" not in err, err
            assert code == 0 or (code == 2 and err.strip()), err
        assert any(code == 0 for code, _, _ in results)
        with Workspace.open(path, readonly=True) as ws:
            assert ws.conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 2
