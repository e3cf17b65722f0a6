"""No customer data in the log file: an import, an export and an erasure logged at DEBUG leave no phone, name or e-mail."""

from __future__ import annotations

import csv
import logging

import pytest

from shoplens.campaigns.selectors import Selector
from shoplens.pipeline import import_file
from shoplens.privacy.erase import forget_customer
from shoplens.privacy.log_filter import RedactingFilter, redact
from shoplens.reports.export import export_contacts
from shoplens.workspace import Workspace

PEOPLE = [(f"M{i:03d}", f"测试顾客{i}号", f"1391234{i:04d}", f"person{i}@example.org") for i in range(1, 21)]


@pytest.fixture
def log_file(tmp_path, monkeypatch):
    """The app's own log set-up, writing to a folder of this test, with every logger at DEBUG."""
    from shoplens import app, logs

    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "log"))
    root = logging.getLogger()
    before_handlers, before_level = list(root.handlers), root.level
    path = app.setup_logging()
    root.setLevel(logging.DEBUG)
    yield path
    for handler in root.handlers[:]:
        if handler not in before_handlers:
            handler.close()
            root.removeHandler(handler)
    root.setLevel(before_level)


def test_import_export_and_erase_at_debug_log_no_customer_data(tmp_path, log_file):
    path = tmp_path / "members.csv"
    with open(path, "w", newline="", encoding="gb18030") as fh:
        csv.writer(fh).writerows([["会员卡号", "姓名", "手机号", "邮箱", "接受短信"], *[(*p, "是") for p in PEOPLE]])
    with Workspace.create(tmp_path / "shop.shoplens") as ws:
        import_file(ws, path)
        ids = [r[0] for r in ws.conn.execute("SELECT id FROM customers")]
        export_contacts(ws, Selector.customer_ids(ids), tmp_path / "list.xlsx")
        export_contacts(ws, Selector.customer_ids(ids), tmp_path / "list.csv", mask=True)
        forget_customer(ws, phone=PEOPLE[0][2])
        logging.getLogger("shoplens.test").debug("the test ran through")  # the file is really written at DEBUG
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "the test ran through" in text
    for _member_no, name, phone, email in PEOPLE:
        for value in (name, phone, email, phone[-8:]):
            assert value not in text, f"{value} is in the log"


def test_filter_masks_messages_arguments_and_tracebacks(log_file):
    log = logging.getLogger("shoplens.test")
    log.warning("search for %s failed", "13912340001")
    try:
        raise ValueError("could not read cell 'anna@example.org' / +86 139 1234 0002")
    except ValueError:
        log.exception("a bug")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "search for [number] failed" in text and "ValueError" in text and "[e-mail]" in text
    for value in ("13912340001", "anna@example.org", "139 1234 0002"):
        assert value not in text


def test_redact_keeps_ordinary_text():
    assert redact("read 1,000,000 rows on 2024-03-05 10:00 from v1.2.3 in /tmp/x-12") == \
        "read 1,000,000 rows on 2024-03-05 10:00 from v1.2.3 in /tmp/x-12"
    assert redact("id 13800138000, mail a@b.cn") == "id [number], mail [e-mail]"
    assert isinstance(RedactingFilter(), logging.Filter)
