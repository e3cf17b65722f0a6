"""Commands end with exit code 0, or 2 and a sentence: never a traceback (issue 19, items 5-7 and 14; item 12 is in
test_lock.py, 8-11 and 13 in test_hostile_files.py)."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from shoplens.cli import main as cli_main
from shoplens.pipeline import import_file
from shoplens.workspace import Workspace
from shoplens.workspace.backups import backup_paths

DESKTOP = str(Path(__file__).resolve().parents[1] / "desktop")


def shoplens(*args: str, stdout=subprocess.PIPE, timeout: float = 120) -> subprocess.CompletedProcess:
    """`python -m shoplens ARGS` in a child process (this worktree's code)."""
    env = {**os.environ, "PYTHONPATH": DESKTOP}
    return subprocess.run([sys.executable, "-m", "shoplens", *args], stdout=stdout, stderr=subprocess.PIPE,
                          text=True, env=env, timeout=timeout)


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


# -- 5: restoring the oldest copy after ten backups ------------------------------------------------------------------
def test_restoring_the_oldest_of_ten_copies_reports_what_it_restored(small_workspace, capsys):
    ws = small_workspace
    copies = [ws.backup(f"copy-{i}") for i in range(10)]
    path = ws.path
    ws.close()
    assert backup_paths(path)[-1] == copies[0]  # the oldest of the ten kept: the copy made before restoring is one more
    assert cli_main(["backups", str(path), "--restore", copies[0].name]) == 0
    out = capsys.readouterr().out
    assert f"Restored {copies[0].name}: 200 customers, 20,000 orders." in out


# -- 6: a calibration period that ends at the end of time ------------------------------------------------------------
@pytest.mark.parametrize("until", ["9999-12-31", "2999-01-01"])
def test_predict_until_a_far_date_is_a_sentence(small_workspace, capsys, until):
    path = small_workspace.path
    small_workspace.close()
    assert cli_main(["predict", str(path), "--until", until]) == 2
    err = capsys.readouterr().err
    assert f"There are no orders after {until} to compare the predictions with." in err


# -- 7: output into a pipe whose reader has gone ---------------------------------------------------------------------
@pytest.mark.parametrize("command", [["info"], ["backups"], ["backups", "--json"], ["check"], ["--help"]])
def test_a_closed_pipe_ends_no_command_with_a_traceback(small_workspace, command):
    ws = small_workspace
    for i in range(3):
        ws.backup(f"copy-{i}")
    path = ws.path
    ws.close()
    args = [*command[:1], str(path), *command[1:]] if command[0] != "--help" else command
    env = {**os.environ, "PYTHONPATH": DESKTOP}
    child = subprocess.Popen([sys.executable, "-m", "shoplens", *args], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env)
    child.stdout.close()  # as `| head -0` would: every write to stdout fails with EPIPE
    err = child.stderr.read().decode()
    assert child.wait(120) == 0, err
    assert "Traceback" not in err and "BrokenPipe" not in err and "Exception ignored" not in err


def test_a_reader_that_stops_early_still_gets_the_first_line(small_workspace):
    path = small_workspace.path
    small_workspace.close()
    out = subprocess.run(f'"{sys.executable}" -m shoplens info "{path}" | head -1', shell=True, capture_output=True,
                         text=True, env={**os.environ, "PYTHONPATH": DESKTOP}, timeout=120)
    assert out.stdout.startswith("Workspace: ") and out.stdout.count("\n") == 1
    assert "Traceback" not in out.stderr


# -- 14: identifiers are trimmed of whitespace and nothing else ------------------------------------------------------
def test_member_numbers_keep_their_formula_characters(tmp_path):
    rows = [["会员卡号", "姓名", "手机号"], ["1+1", "甲", "13800000001"], [" =1+1", "乙", "13800000002"],
            ["\r=1+1", "乙", "13800000003"], ["\u3000=1+1", "乙", "13800000004"], ['="0042"', "戊", "13800000005"],
            ["'0043", "己", "13800000006"]]
    with Workspace.create(tmp_path / "s.shoplens") as ws:
        import_file(ws, write_csv(tmp_path / "members.csv", rows))
        members = dict(ws.conn.execute("SELECT value, customer_id FROM customer_keys WHERE kind = 'member_no'"))
        phones = dict(ws.conn.execute("SELECT value, customer_id FROM customer_keys WHERE kind = 'phone'"))
        names = dict(ws.conn.execute("SELECT id, name FROM customers"))
    assert sorted(members) == ["0042", "0043", "1+1", "=1+1"]  # "=1+1" kept; Excel's text wrappers come off
    assert members["1+1"] != members["=1+1"]  # two members, not merged
    assert names[members["1+1"]] == "甲" and names[members["=1+1"]] == "乙"
    assert [p for p, c in phones.items() if c == members["1+1"]] == ["13800000001"]
    assert sorted(p for p, c in phones.items() if c == members["=1+1"]) == ["13800000002", "13800000003",
                                                                            "13800000004"]
