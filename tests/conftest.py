"""Shared test set-up: Qt offscreen, settings, logs and the data folder isolated from the user's, and a small
generated workspace."""

from __future__ import annotations

import os
import shutil
import tempfile

# Before anything imports Qt: no display needed, and nothing touches the user's own settings or log files.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SESSION_DIR = tempfile.mkdtemp(prefix="shoplens-tests-")
os.environ["SHOPLENS_SETTINGS"] = os.path.join(_SESSION_DIR, "settings.ini")
os.environ["SHOPLENS_LOG_DIR"] = os.path.join(_SESSION_DIR, "log")
os.environ["SHOPLENS_DATA_DIR"] = os.path.join(_SESSION_DIR, "data")

import random  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
CITIES = ("上海", "北京", "杭州", "深圳", "成都", None)
LEVELS = ("普通会员", "银卡会员", "金卡会员", None)
CHANNELS = ("门店", "淘宝", "小程序")


def pytest_sessionstart(session) -> None:
    """The compiled catalogues (.qm) are build outputs, not committed: a fresh clone has none, so build them (and
    any older than their .ts source) before the tests that load them run."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    sources = sorted((root / "resources" / "translations").glob("shoplens_*.ts"))
    if any(not ts.with_suffix(".qm").exists() or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
           for ts in sources):
        subprocess.run([sys.executable, str(root / "tools" / "build_translations.py"), "--release-only"],
                       check=True, capture_output=True)


def pytest_unconfigure(config) -> None:
    shutil.rmtree(_SESSION_DIR, ignore_errors=True)


def pytest_collection_modifyitems(config, items) -> None:
    """Tests marked slow measure timing on this machine: they run from benchmarks/, not in the suite (or CI)."""
    if os.environ.get("SHOPLENS_RUN_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="timing check; run benchmarks/bench_ui_responsiveness.py")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


def build_small_workspace(path: str | os.PathLike[str], customers: int = 200, orders: int = 20_000,
                          seed: int = 7):
    """A workspace filled by SQL: two imports, customers with keys from both, orders over 2023-2024.

    Returns the open Workspace. Every 25th order is refunded; customer 1 has no orders at all.
    """
    from shoplens.workspace import Workspace

    rng = random.Random(seed)
    ws = Workspace.create(path, shop_name="Test shop")
    with ws.transaction() as conn:
        for import_id, (name, sheet, kind) in enumerate(
                [("会员列表.xlsx", "会员", "customers"), ("orders.csv", None, "orders")], start=1):
            conn.execute(
                "INSERT INTO imports(id, file_name, sheet, sha256, kind, columns, mapping, header_row, rows_read,"
                " rows_skipped, status, imported_at) VALUES (?, ?, ?, ?, ?, '[]', '{}', 0, 0, 0, 'done',"
                " '2025-01-02 10:00:00')", (import_id, name, sheet, f"sha{import_id}", kind))
        people, keys = [], []
        for cid in range(1, customers + 1):
            name = rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if cid % 2 else "")
            phone = f"13{cid:09d}"
            member_no = f"M{cid:05d}"
            email = f"c{cid}@example.com" if cid % 3 == 0 else None
            people.append((cid, member_no, name, phone, email, "F" if cid % 2 else "M", rng.choice(CITIES),
                           rng.choice(LEVELS), "2022-06-01"))
            keys += [("member_no", member_no, cid, 1), ("phone", phone, cid, 1)]
            if email:
                keys.append(("email", email, cid, 2))
        conn.executemany(
            "INSERT INTO customers(id, member_no, name, phone, email, gender, city, member_level, join_date,"
            " first_import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", people)
        conn.executemany("INSERT INTO customer_keys(kind, value, customer_id, import_id) VALUES (?, ?, ?, ?)", keys)
        rows = []
        for oid in range(1, orders + 1):
            cid = rng.randint(2, customers)
            day = rng.randint(0, 729)
            month, rest = divmod(day, 30)
            time = f"{2023 + month // 12}-{month % 12 + 1:02d}-{rest % 28 + 1:02d} {rng.randint(9, 21):02d}:" \
                   f"{rng.randint(0, 59):02d}:00"
            status = "refunded" if oid % 25 == 0 else "paid"
            rows.append((oid, f"SO{oid:07d}", cid, 2, oid, time, rng.randint(500, 90_000), rng.choice((0, 0, 500)),
                         rng.randint(1, 4), rng.choice(("龙井", "乌龙", "普洱", "白茶")), rng.choice(CHANNELS),
                         status, f"k{oid}"))
        conn.executemany(
            "INSERT INTO orders(id, order_no, customer_id, import_id, source_row, order_time, amount_cents,"
            " discount_cents, items, product, channel, status, dedup_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    return ws


@pytest.fixture
def small_workspace(tmp_path: Path):
    """A fresh small workspace (200 customers, 20,000 orders), closed after the test."""
    ws = build_small_workspace(tmp_path / "small.shoplens")
    yield ws
    try:
        ws.close()
    except Exception:  # the test may have closed it through the window
        pass


@pytest.fixture
def hand_to_writer(qapp):
    """A function that closes a workspace opened by the test and opens it again on the app's write thread, which then
    owns it as the app owns every workspace (only it writes; the test's thread reads through a connection of its
    own); whatever it handed over is closed on that thread after the test."""
    from shoplens.ui.common import worker
    from shoplens.workspace import Workspace

    handed = []

    def hand(ws):
        path = ws.path
        ws.close()
        handed.append(worker.on_write_thread(Workspace.open, path))
        return handed[-1]

    yield hand
    for ws in handed:
        try:
            worker.close_workspace(ws)
        except Exception:  # the test may have closed it through the window
            pass


@pytest.fixture
def app_workspace(tmp_path: Path, hand_to_writer):
    """The small workspace as the app holds it: owned by the write thread."""
    return hand_to_writer(build_small_workspace(tmp_path / "small.shoplens"))


@pytest.fixture
def isolated_settings(tmp_path: Path):
    """Settings in a file of this test's own (the session file is shared by the rest)."""
    from shoplens import settings

    settings.use_file(tmp_path / "settings.ini")
    yield settings
    settings.use_file(None)


@pytest.fixture
def no_leftovers(qapp):
    """Fail a test that leaves worker tasks running or top-level windows open (napari's habit)."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from shoplens.ui.common import worker

    assert worker.wait_for_all(15_000), "a worker task was still running after the test"
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    left = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in left:
        widget.close()
    assert not left, f"windows left open: {[type(w).__name__ for w in left]}"
