"""The consent ledger fed by imports with consent columns; exports honour the current answer; rebuilds replay it."""

from __future__ import annotations

import csv

import pytest

from shoplens.campaigns.selectors import Selector
from shoplens.consent import consent_history, current_consent, opted_out
from shoplens.pipeline import import_file, rebuild
from shoplens.reports.export import export_contacts
from shoplens.workspace import Workspace


def write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def members(answers: dict[int, tuple[str, str]]) -> list[list[str]]:
    rows = [["会员卡号", "姓名", "手机号", "接受短信", "接受邮件"]]
    for i, (sms, mail) in answers.items():
        rows.append([f"M{i:03d}", f"顾客{i}", f"1380000{i:04d}", sms, mail])
    return rows


@pytest.fixture
def shop(tmp_path):
    with Workspace.create(tmp_path / "shop.shoplens") as ws:
        first = {i: ("是", "是") for i in range(1, 11)}
        first[3] = ("否", "是")
        import_file(ws, write_csv(tmp_path / "members-jan.csv", members(first)))
        second = {i: ("是", "是") for i in range(1, 11)}
        second[3] = ("是", "是")  # 3 allows SMS again
        second[5] = ("否", "否")  # 5 refuses both now
        second[7] = ("", "否")  # 7 says nothing about SMS this time
        import_file(ws, write_csv(tmp_path / "members-feb.csv", members(second)))
        yield ws


def cid(ws, member_no: str) -> int:
    return ws.conn.execute("SELECT id FROM customers WHERE member_no = ?", (member_no,)).fetchone()[0]


def test_ledger_keeps_each_change_with_source_and_date(shop):
    three, five, seven, one = (cid(shop, f"M00{n}") for n in (3, 5, 7, 1))
    sms3 = consent_history(shop.conn, three, "sms")
    assert [(c.old_allowed, c.new_allowed, c.source, c.import_id) for c in sms3] == [
        (None, False, "members-jan.csv", 1), (False, True, "members-feb.csv", 2)]
    assert all(c.changed_at for c in sms3)
    assert [(c.channel, c.old_allowed, c.new_allowed) for c in consent_history(shop.conn, five)] == [
        ("sms", None, True), ("email", None, True), ("sms", True, False), ("email", True, False)]
    assert current_consent(shop.conn, seven) == {"sms": True, "email": False}  # a blank answer changes nothing
    assert len(consent_history(shop.conn, one)) == 2  # the same answer twice is one change per channel


def test_exports_honour_the_current_consent(shop, tmp_path):
    ids = [r[0] for r in shop.conn.execute("SELECT id FROM customers ORDER BY id")]
    three, five, seven = (cid(shop, f"M00{n}") for n in (3, 5, 7))
    assert opted_out(shop, ids, "sms") == {five}
    assert opted_out(shop, ids, "email") == {five, seven}
    result = export_contacts(shop, Selector.customer_ids(ids), tmp_path / "sms.csv", channel="sms",
                             columns=["member_no", "phone"])
    assert result.rows == 9 and result.opted_out_left_out == 1
    with open(tmp_path / "sms.csv", encoding="utf-8-sig") as fh:
        text = fh.read()
    assert "M003" in text and "M005" not in text
    result = export_contacts(shop, Selector.customer_ids(ids), tmp_path / "mail.csv", channel="email",
                             columns=["member_no"])
    assert result.rows == 8
    assert three in ids


def test_rebuild_replays_the_same_ledger(shop):
    def ledger():
        return shop.conn.execute("SELECT c.member_no, l.channel, l.old_allowed, l.new_allowed, l.source, l.import_id,"
                                 " l.changed_at FROM consent_log l JOIN customers c ON c.id = l.customer_id"
                                 " ORDER BY l.id").fetchall()

    before = ledger()
    assert len(before) == 2 * 10 + 4
    rebuild(shop)
    assert ledger() == before


def test_merge_moves_the_ledger_to_the_survivor(shop):
    from shoplens.cleaning.merge import merge_into

    three, five = cid(shop, "M003"), cid(shop, "M005")
    with shop.transaction() as conn:
        merge_into(conn, {five: three})
    assert len(consent_history(shop.conn, three)) == 3 + 4
    assert consent_history(shop.conn, five) == []
    assert current_consent(shop.conn, three) == {"sms": False, "email": False}  # a refusal anywhere wins
