"""Personal suggestions: rules with hand-computed support/confidence/lift, recent purchases left out, the same
answer in any row order, and what the CLI, the contact-list export and the tag field show."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest

from shoplens import cli
from shoplens.derived import refresh_derived
from shoplens.suggest import rules as rules_module
from shoplens.suggest.history import history_from, read_history
from shoplens.suggest.people import customer_identifiers, find_customer
from shoplens.suggest.personal import POPULAR
from shoplens.suggest.run import compute_from_history
from shoplens.suggest.store import customer_suggestions, stored_rules, suggested_products
from shoplens.workspace import Workspace

EPOCH = dt.date(1970, 1, 1)
# (order, customer, day, item); customer -1: a walk-in order
SMALL = [(1, 1, 0, "A"), (1, 1, 0, "B"), (2, 1, 10, "C"),
         (3, 2, 0, "A"), (4, 2, 5, "C"),
         (5, 3, 0, "B"), (6, 3, 3, "D"),
         (7, 4, 0, "A"), (7, 4, 0, "B"),
         (8, -1, 1, "D")]


def _history(lines):
    order, customer, day, item = zip(*lines, strict=True)
    return history_from("product", order, customer, day, item)


def _day(n: int) -> dt.date:
    return EPOCH + dt.timedelta(days=n)


@pytest.fixture
def any_count(monkeypatch):
    """Rules from a handful of orders (the shop-size thresholds would keep none)."""
    monkeypatch.setattr(rules_module, "MIN_COUNT", 1)
    monkeypatch.setattr(rules_module, "MIN_CUSTOMERS", 1)


def _rule(run, kind, a, b):
    r = run.rules
    found = r[(r["kind"] == kind) & (r["antecedent"] == a) & (r["consequent"] == b)]
    return None if found.empty else found.iloc[0]


def test_rule_figures_by_hand(any_count):
    run = compute_from_history(_history(SMALL), _day(500))
    assert run.baskets == 8 and run.steps == 3
    # 8 baskets: A in 3, B in 3, A and B together in 2
    ab = _rule(run, "together", "A", "B")
    assert ab["support"] == pytest.approx(2 / 8)
    assert ab["confidence"] == pytest.approx(2 / 3)
    assert ab["lift"] == pytest.approx((2 / 3) / (3 / 8))
    # 3 steps to a next purchase day: {A,B}→{C}, {A}→{C}, {B}→{D}
    ac = _rule(run, "next", "A", "C")
    assert (ac["support"], ac["confidence"], ac["lift"]) == pytest.approx((2 / 3, 1.0, 1 / (2 / 3)))
    bd = _rule(run, "next", "B", "D")
    assert (bd["confidence"], bd["lift"]) == pytest.approx((1 / 2, (1 / 2) / (1 / 3)))
    assert _rule(run, "next", "B", "C") is None  # lift (1/2)/(2/3) < 1: a chance pairing, not a rule
    assert _rule(run, "together", "C", "A") is None  # never in one basket


def test_thresholds_keep_rules_off_a_few_orders():
    run = compute_from_history(_history(SMALL), _day(500))
    assert run.rules.empty  # no pair rests on 5 orders (or 3 customers)
    assert len(run.picks)  # buyers still get the shop's popular items
    assert (run.picks["rule"] == POPULAR).all()


def test_suggestions_follow_rules_and_leave_out_recent_purchases(any_count):
    run = compute_from_history(_history(SMALL), _day(50))
    picks = run.suggestions()
    # customer 4 bought A and B on day 0 (50 days ago, recent): buyers of A buy C next
    assert picks[4][0] == "C"
    assert "A" not in picks[4] and "B" not in picks[4]
    # customer 2 bought A and C within 90 days: neither comes back
    assert not {"A", "C"} & set(picks[2])
    first = run.picks[(run.picks["customer"] == 4) & (run.picks["rank"] == 1)].iloc[0]
    assert run.rules.iloc[first["rule"]]["antecedent"] == "A"


def test_recent_means_the_customers_own_interval_when_longer():
    # a customer who buys every 200 days: the item bought 160 days ago is still recent; at 90 days it would not be
    lines = [(1, 1, 0, "A"), (2, 1, 200, "B"), (3, 1, 400, "C"), (4, 2, 0, "D"), (5, 3, 0, "E")]
    picks = compute_from_history(_history(lines), _day(560)).suggestions()
    assert "C" not in picks[1]
    assert "B" in picks[1]  # 360 days ago
    # one purchase day: no interval, the 90 days apply
    lines = [(1, 1, 400, "C"), (4, 2, 0, "D")]
    assert "C" in compute_from_history(_history(lines), _day(560)).suggestions()[1]


def planted_lines(seed: int, customers: int = 400) -> list[tuple[int, int, int, str]]:
    """Random shop with buyers of 绿茶 buying 茶具 on their next visit."""
    rng = np.random.default_rng(seed)
    items = ["绿茶", "红茶", "花茶", "茶具", "零食"]
    lines, order = [], 0
    for c in range(1, customers + 1):
        day = int(rng.integers(0, 100))
        previous = None
        for _ in range(int(rng.integers(1, 5))):
            order += 1
            basket = {items[int(rng.integers(0, 5))] for _ in range(int(rng.integers(1, 3)))}
            if previous and "绿茶" in previous and rng.random() < 0.8:
                basket.add("茶具")
            lines += [(order, c, day, item) for item in sorted(basket)]
            previous = basket
            day += int(rng.integers(5, 60))
    return lines


def test_same_rows_in_any_order_give_the_same_answer():
    lines = planted_lines(3)
    first = compute_from_history(_history(lines), _day(400))
    shuffled = [lines[i] for i in np.random.default_rng(9).permutation(len(lines))]
    again = compute_from_history(_history(shuffled), _day(400))
    assert first.rules.equals(again.rules)
    assert first.picks.equals(again.picks)
    top = first.rules.iloc[0]
    assert (top["kind"], top["antecedent"], top["consequent"]) == ("next", "绿茶", "茶具")


# -- in a workspace --------------------------------------------------------------------------------------------

def _workspace(tmp_path) -> Workspace:
    """30 customers named by member no., by an export's customer ID or by phone only; buyers of 绿茶 buy 茶具 next."""
    ws = Workspace.create(tmp_path / "shop.shoplens")
    rng = np.random.default_rng(4)
    with ws.transaction() as conn:
        conn.execute("INSERT INTO imports(id, file_name, sha256, kind, columns, mapping, header_row, rows_read,"
                     " rows_skipped, status, imported_at) VALUES (1, 'f.csv', 'x', 'orders', '[]', '{}', 1, 0, 0,"
                     " 'ok', '2024-01-01')")
        order = 0
        for c in range(1, 31):
            member_no = f"M{c:04d}" if c <= 10 else None
            phone = f"1390000{c:04d}"
            conn.execute("INSERT INTO customers(id, member_no, phone, first_import_id) VALUES (?, ?, ?, 1)",
                         (c, member_no, phone))
            conn.execute("INSERT INTO customer_keys VALUES ('phone', ?, ?, 1)", (phone, c))
            if member_no:
                conn.execute("INSERT INTO customer_keys VALUES ('member_no', ?, ?, 1)", (member_no, c))
            elif c <= 20:
                conn.execute("INSERT INTO customer_keys VALUES ('customer_ref', ?, ?, 1)", (f"a1b2c3:C{c}", c))
            day = dt.date(2024, 1, 1) + dt.timedelta(days=int(rng.integers(0, 30)))
            for basket in (["绿茶"], ["茶具", "红茶"] if c % 3 else ["茶具"], ["花茶"]):
                order += 1
                conn.execute("INSERT INTO orders(id, order_no, customer_id, import_id, source_row, order_time,"
                             " amount_cents, items, product, dedup_key) VALUES (?, ?, ?, 1, ?, ?, 1000, ?, ?, ?)",
                             (order, f"N{order}", c, order, f"{day} 10:00:00", len(basket), basket[0], f"no:N{order}"))
                if len(basket) > 1:
                    conn.executemany("INSERT INTO order_items(order_id, product, amount_cents) VALUES (?, ?, 500)",
                                     [(order, p) for p in basket])
                day += dt.timedelta(days=100)
        refresh_derived(ws)
    return ws


def test_refresh_stores_rules_and_suggestions(tmp_path):
    ws = _workspace(tmp_path)
    try:
        rules = stored_rules(ws.conn)
        assert ("next", "绿茶", "茶具") in {(r.kind, r.antecedent, r.consequent) for r in rules}
        history = read_history(ws.conn, dt.date(2025, 1, 1))
        assert history.level == "product" and set(history.items) == {"绿茶", "茶具", "红茶", "花茶"}
        # the last purchase (花茶, ~70 days before the as-of date) is recent; the rest is long ago
        for s in customer_suggestions(ws.conn, 5):
            assert s.item != "花茶"
        assert suggested_products(ws.conn)[5] == customer_suggestions(ws.conn, 5)[0].item
    finally:
        ws.close()


def test_customers_are_named_as_the_files_name_them(tmp_path):
    ws = _workspace(tmp_path)
    try:
        names = customer_identifiers(ws.conn, [3, 15, 25])
        assert names == {3: "M0003", 15: "C15", 25: "13900000025"}
        assert find_customer(ws.conn, "M0003") == 3
        assert find_customer(ws.conn, "C15") == 15
        assert find_customer(ws.conn, "13900000025") == 25
        assert find_customer(ws.conn, "7") == 7  # the data browser's ID
    finally:
        ws.close()


def test_cli_json_shape(tmp_path, capsys):
    ws = _workspace(tmp_path)
    path = ws.path
    ws.close()
    assert cli.main(["suggest", str(path), "--json", "--top", "2"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"rules", "customers"} <= set(data)
    rule = data["rules"][0]
    assert {"if", "then", "support", "confidence", "lift"} <= set(rule)
    assert isinstance(rule["if"], list) and isinstance(rule["then"], str)
    assert len(data["customers"]) == 30
    by_name = {c["customer"]: c["suggestions"] for c in data["customers"]}
    assert {"M0001", "C11", "13900000021"} <= set(by_name)
    assert all(1 <= len(s) <= 2 for s in by_name.values())
    assert cli.main(["suggest", str(path), "--json", "--customer", "C11"]) == 0
    one = json.loads(capsys.readouterr().out)["customers"]
    assert [c["customer"] for c in one] == ["C11"]
    assert cli.main(["suggest", str(path)]) == 0
    assert "often buy 茶具 next" in capsys.readouterr().out
    assert cli.main(["suggest", str(path), "--customer", "nobody"]) == 2


@pytest.mark.parametrize(("lang", "header"), [("en", "Suggested product"), ("zh_CN", "建议商品")])
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_column(tmp_path, lang, header, suffix):
    import csv

    import openpyxl

    from shoplens.reports.export import export_contacts

    ws = _workspace(tmp_path)
    try:
        out = tmp_path / f"list{suffix}"
        export_contacts(ws, [1, 2, 3], out, columns=["member_no", "suggested_product"], lang=lang)
        if suffix == ".csv":
            with open(out, encoding="utf-8-sig", newline="") as fh:
                rows = [tuple(r) for r in csv.reader(fh)]
        else:
            rows = [tuple(c for c in r) for r in openpyxl.load_workbook(out).active.iter_rows(values_only=True)]
        assert rows[0][1] == header
        expected = suggested_products(ws.conn)
        assert [r[1] for r in rows[1:]] == [expected[c] for c in (1, 2, 3)]
    finally:
        ws.close()


def test_tag_field(tmp_path):
    from shoplens.tags.evaluate import Context, customer_frame, evaluate

    ws = _workspace(tmp_path)
    try:
        frame, as_of = customer_frame(ws)
        ctx = Context(frame, as_of)
        expected = suggested_products(ws.conn)
        some = next(iter(expected.values()))
        matched = ctx.ids[evaluate({"field": "suggested_product", "op": "contains", "value": some[:2]}, ctx)]
        assert set(matched.tolist()) == {c for c, item in expected.items() if some[:2] in item}
        assert len(matched)
    finally:
        ws.close()


def test_categories_where_the_orders_name_no_products(tmp_path, capsys):
    ws = _workspace(tmp_path)
    try:
        with ws.transaction() as conn:
            conn.execute("UPDATE orders SET category = CASE product WHEN '绿茶' THEN '茶叶' WHEN '花茶' THEN '花草'"
                         " ELSE '茶具' END, product = NULL")
            conn.execute("UPDATE order_items SET category = CASE product WHEN '茶具' THEN '茶具' ELSE '茶叶' END,"
                         " product = NULL")
            refresh_derived(ws)
        history = read_history(ws.conn, dt.date(2025, 1, 1))
        assert history.level == "category" and set(history.items) == {"茶叶", "茶具", "花草"}
        assert set(suggested_products(ws.conn).values()) <= {"茶叶", "茶具", "花草"}
        path = ws.path
    finally:
        ws.close()
    assert cli.main(["suggest", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["level"] == "category"


def test_orders_without_products_or_categories(tmp_path, capsys):
    ws = _workspace(tmp_path)
    try:
        with ws.transaction() as conn:
            conn.execute("UPDATE orders SET product = NULL, category = NULL")
            conn.execute("UPDATE order_items SET product = '  ', category = NULL")
            refresh_derived(ws)
        assert read_history(ws.conn, dt.date(2025, 1, 1)) is None
        assert stored_rules(ws.conn) == [] and suggested_products(ws.conn) == {}
        path = ws.path
    finally:
        ws.close()
    assert cli.main(["suggest", str(path)]) == 2
    assert "name no products and no categories" in capsys.readouterr().err


def test_a_wholesale_day_makes_no_pairs(any_count):
    # one customer buys 40 items on a day, then 40 on the next: 1,600 pairs unless such days are left out
    lines = [(1, 1, 0, f"X{i:02d}") for i in range(40)] + [(2, 1, 5, f"Y{i:02d}") for i in range(40)]
    lines += [(3, 2, 0, "A"), (4, 2, 5, "C"), (5, 3, 0, "A"), (6, 3, 9, "C"), (7, 4, 0, "B"), (8, 4, 9, "D")]
    run = compute_from_history(_history(lines), _day(500))
    following = run.rules[run.rules["kind"] == "next"]
    assert not following["antecedent"].str.startswith("X").any()
    assert _rule(run, "next", "A", "C") is not None
