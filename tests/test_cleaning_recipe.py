"""The recipe end to end: apply, undo by removing a step, JSON, remap, cancel, merges, preview, report, CLI."""

from __future__ import annotations

import json

import pytest

from cleaningdata import MEMBER_MAP, ONLINE_MAP, POS_MAP, import_rows, import_sources, three_sources
from shoplens.cleaning.duplicates import decide, find_candidates
from shoplens.cleaning.preview import preview_step
from shoplens.cleaning.quality import format_report, quality_report
from shoplens.cleaning.recipe import Recipe, Step, load_recipe, missing_names
from shoplens.cleaning.suggest import auto_recipe, suggest
from shoplens.errors import Cancelled, InputError
from shoplens.ingest.rebuild import canonical_snapshot
from shoplens.pipeline import apply_recipe
from shoplens.workspace import Workspace

TEN_STEPS = [
    Step("normalize_text"), Step("phones"), Step("emails"), Step("genders"), Step("amounts"),
    Step("refunds", {"mode": "exclude"}), Step("test_orders"), Step("missing", {"field": "city", "action": "flag"}),
    Step("outliers", {"min_orders": 5}), Step("merge_shared_keys"),
]


@pytest.fixture
def ws(tmp_path):
    with Workspace.create(tmp_path / "shop.shoplens") as workspace:
        yield workspace


@pytest.fixture
def shop(ws):
    sources = three_sources()
    import_sources(ws, sources)
    return ws, sources


def same(a: dict, b: dict) -> bool:
    return a.keys() == b.keys() and all(a[k].equals(b[k]) for k in a)


def people_per_customer(ws, sources) -> dict[int, set[int]]:
    out: dict[int, set[int]] = {}
    for no, cid in ws.conn.execute("SELECT order_no, customer_id FROM orders"):
        if no in sources.person_of_order:
            out.setdefault(cid, set()).add(sources.person_of_order[no])
    return out


def test_three_sources_merge_to_the_true_number_of_people(shop):
    ws, sources = shop
    assert ws.summary()["customers"] > sources.people  # full-width member nos., a till row tying two customers
    recipe = auto_recipe(ws)
    ops = [s.op for s in recipe.steps]
    assert {"normalize_text", "test_orders", "merge_shared_keys"} <= set(ops)
    assert "merge_customers" not in ops  # look-alike merges are never automatic
    result = apply_recipe(ws, recipe)
    assert result.customers == sources.people
    groups = people_per_customer(ws, sources)
    assert all(len(p) == 1 for p in groups.values())  # no customer holds two people
    assert len(groups) == sources.people  # and every person is one customer
    assert ws.conn.execute("SELECT count(*) FROM orders WHERE order_no LIKE 'WXT%'").fetchone()[0] == 0
    # every key of a row now belongs to one customer
    for key in ("member_no", "phone", "email"):
        rows = ws.conn.execute(f"SELECT count(DISTINCT customer_id) FROM customers c JOIN customer_keys k"
                               f" ON k.customer_id = c.id AND k.kind = '{key}' GROUP BY k.value").fetchall()
        assert all(r[0] == 1 for r in rows)


def test_undo_by_removing_a_step_restores_the_exact_tables(shop):
    ws, _ = shop
    original = canonical_snapshot(ws.conn)
    recipe = Recipe(list(TEN_STEPS[:3]))
    apply_recipe(ws, recipe)
    three = canonical_snapshot(ws.conn)
    for step in TEN_STEPS[3:]:
        recipe.add(step)
    apply_recipe(ws, recipe)
    assert not same(canonical_snapshot(ws.conn), three)
    while len(recipe.steps) > 3:
        recipe.remove(len(recipe.steps) - 1)
    apply_recipe(ws, recipe)
    assert same(canonical_snapshot(ws.conn), three)
    apply_recipe(ws, Recipe())
    assert same(canonical_snapshot(ws.conn), original)


@pytest.mark.parametrize("step", TEN_STEPS, ids=lambda s: s.op)
def test_each_step_undone_alone(shop, step):
    ws, _ = shop
    before = canonical_snapshot(ws.conn)
    apply_recipe(ws, Recipe([step]), backup=False)
    apply_recipe(ws, Recipe(), backup=False)
    assert same(canonical_snapshot(ws.conn), before)


def test_disabled_and_reordered_steps(shop):
    ws, _ = shop
    recipe = Recipe([Step("test_orders"), Step("normalize_text")])
    recipe.set_enabled(0, False)
    result = apply_recipe(ws, recipe, backup=False)
    assert result.steps[0]["dropped"] == 0
    assert ws.conn.execute("SELECT count(*) FROM orders WHERE order_no LIKE 'WXT%'").fetchone()[0] == 2
    recipe.move(1, 0)
    assert [s.op for s in recipe.steps] == ["normalize_text", "test_orders"]
    assert [s.enabled for s in load_recipe(ws.conn).steps] == [False, True]


def test_cancel_leaves_the_workspace_unchanged(shop):
    ws, _ = shop
    apply_recipe(ws, Recipe([Step("normalize_text")]), backup=False)
    tables = [r[0] for r in ws.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    before = {t: ws.conn.execute(f"SELECT * FROM {t}").fetchall() for t in tables if t != "audit_log"}
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        apply_recipe(ws, Recipe(list(TEN_STEPS)), cancelled=cancelled)
    after = {t: ws.conn.execute(f"SELECT * FROM {t}").fetchall() for t in tables if t != "audit_log"}
    assert after == before
    assert ws.backups()  # the copy made before cleaning


def test_recipe_json_round_trip_and_errors(tmp_path):
    recipe = Recipe(list(TEN_STEPS))
    recipe.set_enabled(2, False)
    path = tmp_path / "recipe.json"
    recipe.save_file(path)
    loaded = Recipe.load_file(path)
    assert loaded.to_dict() == recipe.to_dict()
    path.write_text(json.dumps({"steps": [{"op": "no_such_step"}]}), encoding="utf-8")
    with pytest.raises(InputError, match="no_such_step"):
        Recipe.load_file(path)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON"):
        Recipe.load_file(path)
    with pytest.raises(InputError, match="invalid"):
        Step("phones", {"invalid": "sometimes"})
    with pytest.raises(InputError, match="no parameter"):
        Step("phones", {"colour": "red"})


def test_missing_names_are_reported_and_remapped(ws):
    rows = [["单号", "时间", "金额", "原订单"], ["R1", "2024-01-02", "10", ""], ["R2", "2024-01-03", "-10", "R1"]]
    import_rows(ws, "refunds.csv", rows, {"单号": "order_no", "时间": "order_time", "金额": "amount", "原订单": ""})
    recipe = Recipe([Step("refunds", {"mode": "net", "column": "原单号"}), Step("dates", {"fields": ["birthday"]})])
    missing = missing_names(recipe, ws.conn)
    assert [(m["step"], m["kind"], m["name"]) for m in missing] == [(0, "column", "原单号"), (1, "field", "birthday")]
    result = apply_recipe(ws, recipe, backup=False)  # does not fail: the missing parts are skipped
    assert result.steps[0]["missing"] == ["原单号"]
    fixed = recipe.remap({"原单号": "原订单", "birthday": "order_time"})
    assert missing_names(fixed, ws.conn) == []
    apply_recipe(ws, fixed, backup=False)
    assert ws.conn.execute("SELECT order_no, amount_cents FROM orders").fetchall() == [("R1", 0)]


def test_refund_netted_against_an_order_of_an_earlier_import(ws):
    import_rows(ws, "sales.csv", [["单号", "时间", "金额"], ["S1", "2024-01-02", "100"], ["S2", "2024-01-02", "50"]],
                {"单号": "order_no", "时间": "order_time", "金额": "amount"})
    import_rows(ws, "refunds.csv", [["退款单", "时间", "金额", "原单"], ["T1", "2024-01-05", "-30", "S1"],
                                    ["T2", "2024-01-05", "-5", "S9"]],
                {"退款单": "order_no", "时间": "order_time", "金额": "amount", "原单": ""})
    apply_recipe(ws, Recipe([Step("refunds", {"mode": "net", "column": "原单"})]), backup=False)
    rows = ws.conn.execute("SELECT order_no, amount_cents, status FROM orders ORDER BY order_no").fetchall()
    assert rows == [("S1", 7000, "paid"), ("S2", 5000, "paid"), ("T2", -500, "paid")]  # T2's order is unknown


def test_look_alike_customers_reviewed_and_merged_then_undone(ws):
    rows = [list(MEMBER_MAP), ["1001", "王小芳", "13812345678", "女", "杭州", ""],
            ["1002", "王 小芳", "13987655678", "女", "杭州", ""], ["1003", "李娜", "13600001111", "女", "上海", ""],
            ["1004", "李娜", "13600001112", "女", "上海", ""], ["1005", "张伟", "13700009999", "男", "苏州", ""]]
    import_rows(ws, "members.csv", rows, MEMBER_MAP)
    before = canonical_snapshot(ws.conn)
    recipe = load_recipe(ws.conn)
    candidates = find_candidates(ws.conn, recipe=recipe)
    pairs = {(c.a[1], c.b[1]) for c in candidates}
    assert pairs == {("1001", "1002"), ("1003", "1004")}
    wang = next(c for c in candidates if c.a[1] == "1001")
    li = next(c for c in candidates if c.a[1] == "1003")
    preview = preview_step(ws, Recipe([wang.step()]), 0)
    assert preview.merged == 1 and preview.samples[0]["after"]["member_no"] == "1001"
    recipe = decide(ws, wang, True, recipe)
    recipe = decide(ws, li, False, recipe)
    assert find_candidates(ws.conn, recipe=recipe) == []  # decided pairs are not offered again
    apply_recipe(ws, recipe, backup=False)
    assert ws.summary()["customers"] == 4
    keys = dict(ws.conn.execute("SELECT value, customer_id FROM customer_keys WHERE kind = 'member_no'"))
    assert keys["1001"] == keys["1002"]
    recipe.remove(0)
    apply_recipe(ws, recipe, backup=False)
    assert same(canonical_snapshot(ws.conn), before)


def test_preview_counts_match_the_rebuild(shop):
    ws, _ = shop
    recipe = Recipe([Step("normalize_text"), Step("test_orders")])
    first = preview_step(ws, recipe, 0)
    assert first.changed == {"member_no": 8} and first.dropped_rows == 0
    assert first.samples and first.samples[0]["after"]["member_no"].isascii()
    second = preview_step(ws, recipe, 1)
    assert second.dropped_rows == 2 and second.rows_after == second.rows_before - 2
    result = apply_recipe(ws, recipe, backup=False)
    assert result.steps[0]["changed"] == first.changed and result.steps[1]["dropped"] == 2


def test_quality_report_and_suggestions(shop):
    ws, sources = shop
    found = {s.code: s for s in suggest(ws)}
    assert {"text", "tests", "shared_keys"} <= set(found)
    assert found["tests"].count == sources.test_orders
    assert found["shared_keys"].count == 4  # people 30-34; 30's member no. is full-width until the text is tidied
    assert "phones" in found and "stored as numbers" in found["phones"].message
    apply_recipe(ws, auto_recipe(ws), backup=False)
    report = quality_report(ws)
    phone = report["fields"]["phone"]
    assert phone["valid"] + phone["invalid"] == phone["filled"] and phone["invalid"] == 0
    assert any("Tidy text" in k for k in report["fields"]["member_no"]["changed_by"])
    assert report["duplicates"]["customers_merged_last_run"] >= 5
    assert "Customers merged" in format_report(report)
    assert {s.code for s in suggest(ws)} & {"text", "tests", "shared_keys"} == set()  # already in the recipe


def test_cli_auto_show_recipe_and_bad_input(shop, tmp_path, capsys):
    from shoplens.cli import main

    ws, sources = shop
    path = str(ws.path)
    ws.close()
    assert main(["clean", path, "--auto", "--json", "--save-recipe", str(tmp_path / "r.json")]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["result"]["customers"] == sources.people
    assert main(["clean", path, "--show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["customers"] == sources.people and shown["recipe"]
    assert main(["clean", path, "--recipe", str(tmp_path / "r.json")]) == 0
    assert "customers merged" in capsys.readouterr().out
    (tmp_path / "bad.json").write_text('{"steps": [{"op": "phones", "params": {"invalid": "x"}}]}', encoding="utf-8")
    assert main(["clean", path, "--recipe", str(tmp_path / "bad.json")]) == 2
    assert "Step 1" in capsys.readouterr().err
    assert main(["clean", path, "--recipe", str(tmp_path / "r.json"), "--remap", "nonsense"]) == 2


def test_sources_fixture_imports(ws):
    sources = three_sources(people=45)
    import_rows(ws, "online.csv", sources.online, ONLINE_MAP)
    import_rows(ws, "pos.csv", sources.pos, POS_MAP)
    assert ws.summary()["orders"] == len(sources.online) - 1 + len(sources.pos) - 1


def test_quality_report_never_counts_more_valid_than_filled_cells(tmp_path):
    """Line items: the phone sits on the order's first line only and is filled down to the others."""
    import csv

    from shoplens.cleaning.quality import quality_report
    from shoplens.pipeline import import_file
    from shoplens.workspace import Workspace

    path = tmp_path / "lines.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([
            ["Name", "Created at", "Lineitem name", "Lineitem quantity", "Lineitem price", "Total", "Billing Phone"],
            ["#1", "2024-03-05 10:00", "Tea", "1", "10", "15", "13800138000"],
            ["#1", "", "Cup", "1", "5", "", ""],
            ["#1", "", "Spoon", "1", "2", "", ""],
            ["#2", "2024-03-06 10:00", "Tea", "1", "10", "10", "not a phone"]])
    ws = Workspace.create(tmp_path / "w.shoplens")
    import_file(ws, path)
    report = quality_report(ws)
    for key, field in report["fields"].items():
        assert field["valid"] <= field["filled"] <= field["rows"], key
    assert report["fields"]["phone"]["invalid"] == 1
    ws.close()
