"""Forget a customer: gone from every table, the raw rows and every backup; the phone is nowhere in the file bytes."""

from __future__ import annotations

import csv
import json
import os
import stat
import sys

import pytest

from shoplens.cli import main as cli_main
from shoplens.errors import Cancelled, InputError
from shoplens.ingest.raw_store import raw_records, raw_row_count
from shoplens.pipeline import import_file
from shoplens.privacy.erase import forget_customer
from shoplens.workspace import Workspace

PHONE = "13912345678"
EMAIL = "liu.hidden@example.com"
NAME = "刘秘密"
MEMBER = "VIP-7781"


def write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def members_rows():
    rows = [["会员卡号", "姓名", "手机号", "邮箱", "城市", "接受短信"]]
    for i in range(1, 31):
        rows.append([f"VIP-{1000 + i}", f"顾客{i}", f"1380000{i:04d}", f"c{i}@example.com", "上海", "是"])
    rows.insert(12, [MEMBER, NAME, f"+86 {PHONE[:3]} {PHONE[3:7]} {PHONE[7:]}", EMAIL.upper(), "杭州", "是"])
    return rows


def orders_rows():
    rows = [["订单号", "下单时间", "手机号", "实付金额", "商品", "备注"]]
    for i in range(1, 61):
        phone = PHONE if i % 10 == 3 else f"1380000{i % 30 + 1:04d}"
        note = f"推荐人 {PHONE}" if i == 20 else ""  # someone else's row mentions the phone
        rows.append([f"SO{i:05d}", f"2024-0{i % 9 + 1}-1{i % 9} 10:00:00", phone, f"{50 + i}.00", "龙井", note])
    return rows


def file_bytes(ws: Workspace) -> dict[str, bytes]:
    """The database, its write-ahead log and every backup, as bytes."""
    paths = [ws.path, ws.path.with_name(ws.path.name + "-wal"), *ws.backups()]
    return {p.name: p.read_bytes() for p in paths if p.exists()}


def needles() -> list[bytes]:
    return [PHONE.encode(), EMAIL.encode(), EMAIL.upper().encode(), NAME.encode("utf-8"), MEMBER.encode()]


@pytest.fixture
def shop(tmp_path):
    with Workspace.create(tmp_path / "shop.shoplens") as ws:
        import_file(ws, write_csv(tmp_path / "members.csv", members_rows()))
        ws.backup("after-members")
        import_file(ws, write_csv(tmp_path / "orders.csv", orders_rows()))
        ws.backup("after-orders")
        yield ws


def _customer(ws) -> int:
    return ws.conn.execute("SELECT customer_id FROM customer_keys WHERE kind = 'phone' AND value = ?",
                           (PHONE,)).fetchone()[0]


def test_forget_by_phone_leaves_no_bytes_anywhere(shop):
    ws = shop
    before = file_bytes(ws)
    assert any(PHONE.encode() in data for data in before.values())  # the check below can fail
    assert len(ws.backups()) == 2
    customers = ws.conn.execute("SELECT count(*) FROM customers").fetchone()[0]
    cid = _customer(ws)
    orders = ws.conn.execute("SELECT count(*) FROM orders WHERE customer_id = ?", (cid,)).fetchone()[0]
    assert orders == 6

    result = forget_customer(ws, phone=f"+86-{PHONE}")

    assert result.customers == 1
    assert result.tables["orders"] == 6 and result.tables["customers"] == 1
    assert result.raw_rows == 1 + 6  # the member row and the six order rows
    assert result.cells_blanked >= 1  # the other customer's note naming the phone
    assert result.backups_rewritten == 2 and not result.backups_failed and result.log_truncated
    for name, data in file_bytes(ws).items():
        for needle in needles():
            assert needle not in data, f"{needle!r} still in {name}"
    assert ws.conn.execute("SELECT count(*) FROM customers").fetchone()[0] == customers - 1
    raw = raw_records(ws.conn, 2)
    assert len(raw) == 60 - 6 and raw_row_count(ws.conn, 2) == 60 - 6
    assert not any(PHONE in cell or EMAIL in cell.lower() for row in raw for cell in row[1:])
    note = next(row[6] for row in raw if row[1] == "SO00020")
    assert note.strip() == "推荐人"  # the other person's row stays, without the phone
    for table in ("customer_keys", "orders", "consent", "consent_log", "features"):
        assert ws.conn.execute(f"SELECT count(*) FROM {table} WHERE customer_id = ?", (cid,)).fetchone()[0] == 0
    assert ws.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_rewritten_raw_chunks_leave_no_old_bytes(shop):
    """The raw rows are compressed, so the phone's text is no proof: the old chunk's own bytes must be gone too."""
    ws = shop

    def blobs() -> dict[int, bytes]:
        return {chunk: bytes(data) for chunk, data in ws.conn.execute(
            "SELECT chunk, data FROM raw_chunks WHERE import_id = 2 ORDER BY chunk")}

    old = blobs()
    before = b"".join(file_bytes(ws).values())
    forget_customer(ws, phone=PHONE)
    new = b"".join(blobs().values())
    assert old and new
    windows = [blob[i:i + 24] for blob in old.values() for i in range(0, len(blob) - 24, 8)]
    gone = [w for w in windows if w not in new and w in before]
    assert len(gone) > 10  # most of the old chunk differs from the new one, and was in the files before
    for name, data in file_bytes(ws).items():
        assert not any(w in data for w in gone), f"old raw chunk bytes still in {name}"


def test_audit_records_the_erasure_without_the_data(shop):
    forget_customer(shop, email=EMAIL)
    at, user, details = shop.conn.execute(
        "SELECT at, user, details FROM audit_log WHERE action = 'erase'").fetchone()
    assert user and at
    data = json.loads(details)
    assert data["customers"] == 1 and data["by"] == "email" and data["backups"] == 2
    text = " ".join(r[0] for r in shop.conn.execute("SELECT details FROM audit_log"))
    for needle in (PHONE, EMAIL, NAME, MEMBER):
        assert needle not in text


def test_backups_hold_the_person_under_the_same_keys_only(shop):
    """Another customer in the backups is untouched; the forgotten one is gone from each copy."""
    import sqlite3

    forget_customer(shop, customer_id=_customer(shop))
    for path in shop.backups():
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("SELECT count(*) FROM customers WHERE phone = '13800000005'").fetchone()[0] == 1
            assert conn.execute("SELECT count(*) FROM customers WHERE name = ?", (NAME,)).fetchone()[0] == 0
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()


def test_nobody_matches_and_bad_values(shop):
    with pytest.raises(InputError, match="No customer"):
        forget_customer(shop, phone="13700000000")
    with pytest.raises(InputError, match="not a phone number"):
        forget_customer(shop, phone="call me")
    with pytest.raises(InputError, match="no customer with ID"):
        forget_customer(shop, customer_id=99_999)
    with pytest.raises(InputError, match="exactly one"):
        forget_customer(shop, phone=PHONE, email=EMAIL)


def test_cancel_before_commit_changes_nothing(shop):
    customers = shop.conn.execute("SELECT count(*) FROM customers").fetchone()[0]
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        forget_customer(shop, phone=PHONE, cancelled=cancelled)
    assert shop.conn.execute("SELECT count(*) FROM customers").fetchone()[0] == customers
    assert shop.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'erase'").fetchone()[0] == 0


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_workspace_files_are_owner_only(shop):
    for path in [shop.path, *shop.backups()]:
        assert stat.S_IMODE(os.stat(path).st_mode) & 0o077 == 0, path
    wal = shop.path.with_name(shop.path.name + "-wal")
    if wal.exists():
        assert stat.S_IMODE(os.stat(wal).st_mode) & 0o077 == 0


def test_cli_forget(shop, capsys):
    path = str(shop.path)
    shop.close()
    assert cli_main(["forget", path, "--phone", "13700000000"]) == 2
    assert "No customer" in capsys.readouterr().err
    assert cli_main(["forget", path, "--phone", PHONE]) == 0
    out = capsys.readouterr().out
    assert "Forgot 1 customer." in out
    assert "removed 6 orders" in out and "removed 7 imported rows" in out and "rewrote 2 backup copies" in out
    assert cli_main(["forget", path, "--email", "c5@example.com", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["customers"] == 1 and data["backups_rewritten"] == 2
    with Workspace.open(path) as ws:
        assert ws.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'erase'").fetchone()[0] == 2


def test_other_files_beside_the_backups(shop):
    """An interrupted copy is deleted; a damaged copy that holds the phone is named for deleting by hand."""
    folder = shop.backup_dir
    (folder / "shop-20250101-000000-000000-x.shoplens.part").write_bytes(b"half a copy " + PHONE.encode())
    (folder / "shop-20250101-000000.shoplens-wal.damaged").write_bytes(b"\x00" * 100 + PHONE.encode())
    (folder / "notes.txt").write_text("nothing personal", encoding="utf-8")
    result = forget_customer(shop, phone=PHONE)
    assert not (folder / "shop-20250101-000000-000000-x.shoplens.part").exists()
    assert result.backups_failed == ["shop-20250101-000000.shoplens-wal.damaged"]
    assert result.backups_rewritten == 2 and (folder / "notes.txt").exists()
