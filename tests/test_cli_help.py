"""`shoplens --help` and the help of every command print and exit 0; the options a user needs are listed."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from shoplens.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[1]


def _parsers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """(command path, parser) for the program, every command and every command's actions."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, (*path, name))


COMMAND_PATHS = [path for path, _ in _parsers(build_parser())]


def test_every_command_and_action_is_covered():
    commands = {path[0] for path in COMMAND_PATHS if path}
    assert {"import", "info", "segment", "predict", "report", "export", "campaign", "demo"} <= commands
    assert ("campaign", "create") in COMMAND_PATHS  # nested actions too


@pytest.mark.parametrize("path", COMMAND_PATHS, ids=lambda p: " ".join(p) or "shoplens")
def test_help_formats(path):
    """What --help prints, for every parser: a stray % in a help text made the program's --help crash."""
    parser = dict(_parsers(build_parser()))[path]
    text = parser.format_help()
    assert text.startswith("usage:") and len(text) > 100


@pytest.mark.parametrize("command", sorted({p[0] for p in COMMAND_PATHS if p}))
def test_command_help_through_main_exits_0(command, capsys):
    with pytest.raises(SystemExit) as stop:
        main([command, "--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: shoplens " + command)


def test_program_help_lists_commands_and_the_desktop_apps_options(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    for command in {p[0] for p in COMMAND_PATHS if p}:
        assert f"\n    {command} " in out, command
    for option in ("--lang {en,zh_CN}", "--log-file FILE", "--self-test", "--no-restore", "--version"):
        assert option in out, option
    assert "95% confidence" in out  # the campaign text that crashed it, printed as written


def test_desktop_app_help_lists_its_options(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--lang", "zh_CN", "--help"])  # an app option first: the desktop app's parser answers
    assert stop.value.code == 0
    out = capsys.readouterr().out
    for option in ("workspace", "--lang {en,zh_CN}", "--log-file FILE", "--self-test", "--no-restore"):
        assert option in out, option


def test_help_from_the_real_entry_point_has_no_traceback():
    result = subprocess.run([sys.executable, "-m", "shoplens", "--help"], capture_output=True, text=True,
                            timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT / "desktop")})
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert "--log-file" in result.stdout


def test_log_file_option_writes_the_log_there(tmp_path):
    log = tmp_path / "mine" / "app.log"
    default_dir = tmp_path / "default-logs"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop"), "QT_QPA_PLATFORM": "offscreen",
           "SHOPLENS_LOG_DIR": str(default_dir), "SHOPLENS_SETTINGS": str(tmp_path / "settings.ini")}
    result = subprocess.run([sys.executable, "-m", "shoplens", "--quit-after-paint", "--no-restore", "--log-file",
                             str(log)], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert log.is_file() and not default_dir.exists()


def test_log_folder_is_the_log_files_folder(monkeypatch, tmp_path):
    """Help > Show the log folder opens logs.log_dir(): with --log-file, the folder holding that file."""
    from shoplens import logs

    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "env-logs"))
    assert logs.log_file() == tmp_path / "env-logs" / logs.LOG_FILE_NAME
    monkeypatch.setattr(logs, "_log_file_option", tmp_path / "chosen" / "x.log")
    assert logs.log_file() == tmp_path / "chosen" / "x.log" and logs.log_dir() == tmp_path / "chosen"
