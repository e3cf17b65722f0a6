"""Contact-list exports read back and compared with the workspace: rows, consent, text cells, masking, atomicity."""

from __future__ import annotations

import csv
import json

import openpyxl
import pytest

import segdata
from segdata import SEGMENT, contact_shop
from shoplens import cli
from shoplens.campaigns.selectors import Selector, customer_ids_for_tag, resolve
from shoplens.consent import opted_out
from shoplens.errors import Cancelled, InputError
from shoplens.reports import contact_writers, export
from shoplens.reports.export import export_contacts, preview_counts
from shoplens.reports.masking import mask_email, mask_phone, neutralise_csv
from shoplens.segmentation.build import build_run
from shoplens.segmentation.runs import save_run
from shoplens.workspace import Workspace


@pytest.fixture
def shop(tmp_path):
    ws, run_id, members = contact_shop(tmp_path)
    yield ws, run_id, members
    ws.close()


def read_csv(path) -> list[dict]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "CSV must start with a UTF-8 BOM"
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_csv_rows_match_workspace_without_opted_out(shop, tmp_path):
    ws, run_id, members = shop
    out = tmp_path / "vip.csv"
    result = export_contacts(ws, Selector.segment(SEGMENT), out, channel="sms")
    refused = {members[4], members[5], members[6]}
    assert result.opted_out_left_out == 3 and result.rows == len(members) - 3
    rows = read_csv(out)
    assert len(rows) == result.rows
    expected = dict(ws.conn.execute(
        "SELECT member_no, id FROM customers WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(members),)).fetchall())
    got = [r["Member no."] for r in rows]
    assert set(got) == {m for m, cid in expected.items() if cid not in refused}
    # orders and spend agree with the paid orders
    by_member = {r["Member no."]: r for r in rows}
    for member_no, cid in list(expected.items())[4:]:
        if cid in refused:
            continue
        n, cents, last = ws.conn.execute(
            "SELECT sum(amount_cents > 0), sum(amount_cents), max(order_time) FROM orders"
            " WHERE status = 'paid' AND customer_id = ?", (cid,)).fetchone()
        if n is None:  # a member-export customer: the export's aggregates
            n, cents, last = ws.conn.execute("SELECT agg_order_count, agg_total_spend_cents, agg_last_purchase"
                                             " FROM customers WHERE id = ?", (cid,)).fetchone()
        row = by_member[member_no]
        assert int(row["Orders"]) == n and row["Total spend"] == f"{cents / 100:.2f}" and row["Last order"] == last[:10]
        assert row["Segment"] == "Important value"


def test_consent_rules_per_channel(shop):
    ws, _, members = shop
    assert opted_out(ws, members, "sms") == {members[4], members[5], members[6]}
    assert opted_out(ws, members, "email") == {members[4], members[5], members[7], members[9]}
    assert opted_out(ws, members, "wechat") == {members[4], members[5], members[7]}
    assert opted_out(ws, members, "all") == {members[4], members[5], members[6], members[7], members[9]}
    counts = preview_counts(ws, Selector.segment(SEGMENT))
    assert counts["customers"] == len(members)
    assert counts["opted_out"] == {"sms": 3, "email": 4, "wechat": 3, "all": 5}
    with pytest.raises(InputError):
        opted_out(ws, members, "fax")


def test_include_opted_out_keeps_everyone(shop, tmp_path):
    ws, _, members = shop
    result = export_contacts(ws, Selector.segment(SEGMENT), tmp_path / "all.csv", include_opted_out=True)
    assert result.rows == len(members) and result.opted_out_left_out == 0


def test_csv_neutralises_formulas_but_keeps_plain_phones(shop, tmp_path):
    ws, _, members = shop
    out = tmp_path / "inj.csv"
    export_contacts(ws, Selector.customer_ids(members[:4]), out, columns=["member_no", "name", "phone", "city"])
    rows = read_csv(out)
    assert [r["Name"] for r in rows] == ["'=HYPERLINK(\"http://evil\",\"x\")", "'-2+3", "'\tTabbed", "'+Plus"]
    assert [r["Phone"] for r in rows] == ["+8613800138000", "13800005678", "01012345678", "+442079460000"]
    assert rows[1]["City"] == "'@SUM(1,2)"
    assert rows[1]["Member no."] == "000042" and rows[2]["Member no."] == "0007"
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "-", "@", "\t", "\r")) and not (
                value.startswith("+") and not value[1:].isdigit())


def test_xlsx_identifiers_are_text_and_formulas_inert(shop, tmp_path):
    ws, _, members = shop
    out = tmp_path / "vip.xlsx"
    result = export_contacts(ws, Selector.segment(SEGMENT), out, channel="email", lang="zh_CN")
    book = openpyxl.load_workbook(out)
    sheet = book.active
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["会员编号", "姓名", "手机号", "电子邮箱"] and header[-2:] == ["客户分群", "建议商品"]
    rows = list(sheet.iter_rows(min_row=2))
    assert len(rows) == result.rows == len(members) - 4
    cells = {r[0].value: r for r in rows}
    special = cells["000042"]
    assert special[0].data_type == "s" and special[2].value == "13800005678" and special[2].data_type == "s"
    assert special[1].value == "-2+3" and special[1].quotePrefix and special[1].data_type == "s"
    assert special[4].value == "@SUM(1,2)" and special[4].quotePrefix
    assert cells["0007"][2].value == "01012345678"
    first = next(r for r in rows if r[2].value == "+8613800138000")
    assert first[1].value.startswith("=HYPERLINK") and first[1].data_type == "s" and first[1].quotePrefix
    assert all(r[-2].value == "重要价值客户" for r in rows)
    assert all(isinstance(r[6].value, int) and isinstance(r[7].value, int | float) for r in rows)
    assert not any(c.data_type == "f" for r in rows for c in r)


def test_masked_phones_and_emails(shop, tmp_path):
    ws, _, members = shop
    out = tmp_path / "masked.xlsx"
    export_contacts(ws, Selector.customer_ids(members), out, mask=True, include_opted_out=True,
                    columns=["member_no", "phone", "email"])
    rows = list(openpyxl.load_workbook(out).active.iter_rows(min_row=2, values_only=True))
    phones = {r[1] for r in rows}
    assert "138****5678" in phones and "+86138****8000" in phones
    assert not any(p and "13800138000" in p for p in phones)
    emails = {r[2] for r in rows if r[2]}
    assert "a***@example.com" in emails and "b***@shop.cn" in emails
    assert all("***@" in e for e in emails)
    raw = out.read_bytes()
    assert b"alice" not in raw


def test_mask_and_neutralise_units():
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("+8613812345678") == "+86138****5678"
    assert mask_phone("0086 13812345678".replace(" ", "")) == "0086138****5678"
    assert mask_phone("1234567") == "1*****7" and mask_phone("") == "" and mask_phone(None) is None
    assert mask_email("zhang.san@qq.com") == "z***@qq.com" and mask_email("nobody") == "n***"
    assert neutralise_csv("=1+1") == "'=1+1" and neutralise_csv("\r=x") == "'\r=x" and neutralise_csv("ok") == "ok"
    assert neutralise_csv("+8613800138000", phone=True) == "+8613800138000"
    assert neutralise_csv("+8613800138000") == "'+8613800138000"
    assert neutralise_csv("+86 (0)1 =cmd", phone=True) == "'+86 (0)1 =cmd"


def _files(folder) -> set[str]:
    return {p.name for p in folder.iterdir()}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_cancel_midway_leaves_no_file(shop, tmp_path, monkeypatch, suffix):
    ws, _, _ = shop
    monkeypatch.setattr(contact_writers, "CHUNK", 5)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 6  # a few chunks written, then the user presses Cancel

    audits = ws.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(Cancelled):
        export_contacts(ws, Selector.customer_ids(range(1, 400)), out_dir / f"list{suffix}", cancelled=cancelled)
    assert _files(out_dir) == set()
    assert ws.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audits


def test_failing_writer_keeps_old_file_and_leaves_no_temp(shop, tmp_path, monkeypatch):
    ws, _, _ = shop
    out = tmp_path / "out" / "list.xlsx"
    out.parent.mkdir()
    out.write_bytes(b"the previous export")
    import xlsxwriter.worksheet

    real = xlsxwriter.worksheet.Worksheet.write_string
    count = {"n": 0}

    def flaky(self, *args, **kwargs):
        count["n"] += 1
        if count["n"] > 100:
            raise OSError(28, "No space left on device")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(xlsxwriter.worksheet.Worksheet, "write_string", flaky)
    with pytest.raises(OSError):
        export_contacts(ws, Selector.customer_ids(range(1, 400)), out)
    assert _files(out.parent) == {"list.xlsx"} and out.read_bytes() == b"the previous export"


def test_audit_log_names_the_export_but_no_customer_data(shop, tmp_path):
    ws, run_id, members = shop
    out = tmp_path / "vip.csv"
    result = export_contacts(ws, Selector.segment("重要价值客户"), out)
    at, action, details = ws.conn.execute("SELECT at, action, details FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    info = json.loads(details)
    assert action == "export" and info["segment"] == "重要价值客户" and info["run_id"] == run_id
    assert info["rows"] == result.rows and info["opted_out_left_out"] == 3 and info["path"] == str(out.resolve())
    assert "139" not in details and "example.com" not in details and "HYPERLINK" not in details


def test_selectors_segment_run_tag_and_list(shop, tmp_path):
    ws, run_id, members = shop
    second = save_run(ws, build_run(ws, "rfm-grid"))
    ids, used = resolve(ws, Selector.segment(SEGMENT))
    assert used == run_id and ids == members  # the newest run that has the label
    champions, used = resolve(ws, Selector.segment("Champions"))
    assert used == second and champions
    with pytest.raises(InputError, match="no segment"):
        resolve(ws, Selector.segment(SEGMENT, run_id=second))
    with pytest.raises(InputError, match="no segmentation run number 99"):
        resolve(ws, Selector.segment(SEGMENT, run_id=99))
    assert resolve(ws, [5, 3, 3, 9]) == ([3, 5, 9], None)
    with pytest.raises(InputError, match="no tag"):
        customer_ids_for_tag(ws, "VIP")
    with ws.transaction() as conn:
        conn.execute("INSERT INTO tag_defs(id, name_en, name_zh, layer, colour, rule, created_at, updated_at)"
                     " VALUES (1, 'Tea lovers', '爱茶人士', 'interest', '#00aa00', 'x', 'now', 'now')")
        conn.executemany("INSERT INTO customer_tags(tag_id, customer_id) VALUES (1, ?)", [(m,) for m in members[:7]])
    assert customer_ids_for_tag(ws, "tea lovers") == customer_ids_for_tag(ws, "爱茶人士") == sorted(members[:7])
    result = export_contacts(ws, Selector.tag("Tea lovers"), tmp_path / "tag.csv")
    assert result.rows == 4 and result.opted_out_left_out == 3
    with ws.transaction() as conn:
        conn.execute("DROP TABLE customer_tags")
    with pytest.raises(InputError, match="no tags yet"):
        customer_ids_for_tag(ws, "Tea lovers")


def test_bad_input(shop, tmp_path):
    ws, _, _ = shop
    sel = Selector.segment(SEGMENT)
    for kwargs, match in [({"columns": []}, "at least one"), ({"columns": ["phone", "salary"]}, "Unknown column"),
                          ({"channel": "fax"}, "Unknown channel")]:
        with pytest.raises(InputError, match=match):
            export_contacts(ws, sel, tmp_path / "x.csv", **kwargs)
    with pytest.raises(InputError, match="does not end"):
        export_contacts(ws, sel, tmp_path / "x.pdf")
    with pytest.raises(InputError, match="folder"):
        export_contacts(ws, sel, tmp_path / "missing" / "x.csv")
    empty = segdata.new_workspace(tmp_path, "empty")
    with pytest.raises(InputError, match="no segmentation run"):
        export_contacts(empty, sel, tmp_path / "x.csv")
    empty.close()
    ws.close()
    readonly = Workspace.open(ws.path, readonly=True)
    with pytest.raises(InputError, match="read-only"):
        export_contacts(readonly, sel, tmp_path / "x.csv")
    readonly.close()
    assert not (tmp_path / "x.csv").exists()


def test_export_command(shop, tmp_path, capsys):
    ws, _, members = shop
    ws.close()
    out = tmp_path / "cli.xlsx"
    code = cli.main(["export", str(ws.path), "--segment", SEGMENT, "--out", str(out), "--mask", "--channel",
                     "email", "--json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["rows"] == len(members) - 4 and data["opted_out_left_out"] == 4
    assert len(list(openpyxl.load_workbook(out).active.iter_rows(min_row=2))) == data["rows"]
    assert cli.main(["export", str(ws.path), "--segment", "nope", "--out", str(tmp_path / "n.csv")]) == 2
    assert cli.main(["export", str(ws.path), "--tag", "x", "--run", "1", "--out", str(tmp_path / "n.csv")]) == 2
    assert "no segment" in capsys.readouterr().err
    assert export.DEFAULT_COLUMNS[0] == "member_no"


def test_next_export_removes_the_half_file_a_killed_export_left(shop, tmp_path):
    import os
    import time

    ws, _, _ = shop
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    old = out_dir / ".list-abc123.part"  # what a SIGKILL during an export leaves behind
    old.write_bytes(b"13800138000,Ann")
    hour_ago = time.time() - 3600
    os.utime(old, (hour_ago, hour_ago))
    young = out_dir / ".list-def456.part"  # an export running right now elsewhere: left alone
    young.write_bytes(b"")
    export_contacts(ws, Selector.customer_ids(range(1, 50)), out_dir / "list.csv")
    assert _files(out_dir) == {"list.csv", ".list-def456.part"}
