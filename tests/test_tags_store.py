"""Tag storage, refresh after data changes, snapshots and movement, and the `shoplens tags` command."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import segdata
from shoplens import cli
from shoplens.derived import refresh_derived
from shoplens.errors import InputError
from shoplens.features.metrics import refresh
from shoplens.tags import refresh as refresh_module
from shoplens.tags.evaluate import Context, customer_frame, evaluate
from shoplens.tags.history import (
    customer_ids_for_tag,
    latest_movement,
    snapshots,
    tag_history,
    tag_movement,
    tag_summary,
    tags_for_customer,
)
from shoplens.tags.model import TagDef, TagGroup, definitions_from_json
from shoplens.tags.refresh import decode_members, encode_members, refresh_tags
from shoplens.tags.store import delete_tag, find_tag, list_groups, list_tags, save_group, save_tag

RECENT = {"field": "recency_days", "op": "<=", "value": 90}


@pytest.fixture
def ws(tmp_path):
    ws = segdata.new_workspace(tmp_path)
    segdata.make_shop(ws, 500, seed=5)
    refresh(ws)
    yield ws
    ws.close()


def _expected(ws, rule) -> list[int]:
    frame, as_of = customer_frame(ws)
    return sorted(frame.index[evaluate(rule, Context(frame, as_of))].tolist())


def test_save_find_update_delete(ws):
    tag = TagDef("Recent buyers", "近期购买", "behaviour", RECENT, "#123456", "Bought in the last 90 days")
    tid = save_tag(ws, tag)
    assert find_tag(ws, "近期购买").id == tid and find_tag(ws, "recent BUYERS").id == tid and find_tag(ws, tid).id == tid
    with pytest.raises(InputError, match='already used by the tag "Recent buyers"'):
        save_tag(ws, TagDef("Other", "近期购买", "custom", RECENT))
    with pytest.raises(InputError, match='unknown field "nope"'):
        save_tag(ws, TagDef("Bad", "坏", "custom", {"field": "nope", "op": "=", "value": 1}))
    tag.rule = {"field": "recency_days", "op": "<=", "value": 30}
    save_tag(ws, tag)
    assert find_tag(ws, tid).rule["value"] == 30 and len(list_tags(ws)) == 1
    refresh_tags(ws)
    assert customer_ids_for_tag(ws, tid) == _expected(ws, tag.rule)
    delete_tag(ws, "Recent buyers")
    assert list_tags(ws) == [] and ws.conn.execute("SELECT count(*) FROM customer_tags").fetchone()[0] == 0
    with pytest.raises(InputError, match='no tag called "Recent buyers"'):
        customer_ids_for_tag(ws, "Recent buyers")
    assert tag_history(ws, "Recent buyers")[0]["count"] > 0  # a deleted tag's history stays readable


def test_group_values_keep_their_ids_when_saved_again(ws):
    group = TagGroup("Spend", "消费", "value", [
        TagDef("Big", "大", "value", {"field": "monetary", "op": ">=", "value": 500}),
        TagDef("Small", "小", "value", {"field": "monetary", "op": ">", "value": 0})])
    save_group(ws, group)
    big_id = group.values[0].id
    again = TagGroup("Spend", "消费", "value", [
        TagDef("Huge", "巨", "value", {"field": "monetary", "op": ">=", "value": 2000}),
        TagDef("Big", "大", "value", {"field": "monetary", "op": ">=", "value": 400})])
    save_group(ws, again)
    (saved,) = list_groups(ws)
    assert [v.name_en for v in saved.values] == ["Huge", "Big"] and saved.values[1].id == big_id
    assert {t.name_en for t in list_tags(ws)} == {"Huge", "Big"}


def test_refresh_after_new_orders_snapshots_and_movement(ws):
    save_tag(ws, TagDef("Recent buyers", "近期购买", "behaviour", RECENT))
    first = refresh_tags(ws)
    before = set(customer_ids_for_tag(ws, "Recent buyers"))
    assert before == set(_expected(ws, validate(RECENT)))
    assert refresh_tags(ws) is None  # nothing changed: no new snapshot
    # a month later: some lapsed customers buy again, which moves the as-of date and every recency
    lapsed = sorted(set(range(1, 501)) - before)[:25]
    as_of = dt.date.fromisoformat(ws.meta("features_as_of"))
    segdata.insert_orders(ws, [{"customer_id": c, "order_time": f"{as_of + dt.timedelta(days=30)} 10:00:00",
                                "amount_cents": 5000} for c in lapsed])
    with ws.transaction():
        refresh_derived(ws)
    after = set(customer_ids_for_tag(ws, "Recent buyers"))
    assert after == set(_expected(ws, validate(RECENT))) and set(lapsed) <= after
    history = tag_history(ws, "Recent buyers")
    assert [h["count"] for h in history] == [len(before), len(after)]
    assert history[1]["change"] == len(after) - len(before) and history[1]["reason"] == "data changed"
    second = history[1]["snapshot_id"]
    move = tag_movement(ws, "近期购买", first, second)
    assert move["entered"] == sorted(after - before) and move["left"] == sorted(before - after)
    assert move["stayed"] == len(before & after) and latest_movement(ws, "Recent buyers") == move
    summary = {t["name_en"]: t for t in tag_summary(ws)}
    assert summary["Recent buyers"]["count"] == len(after)
    assert summary["Recent buyers"]["change"] == len(after) - len(before)
    assert [s["id"] for s in snapshots(ws)] == [first, second]
    with pytest.raises(InputError, match="no tag snapshot number 99"):
        tag_movement(ws, "Recent buyers", first, 99)


def validate(rule):
    from shoplens.tags.rules import validate_rule

    return validate_rule(rule)


def test_old_snapshots_keep_counts_only(ws, monkeypatch):
    monkeypatch.setattr(refresh_module, "KEEP_MEMBERS", 2)
    tag = TagDef("Recent", "近期", "behaviour", RECENT)
    save_tag(ws, tag)
    ids = [refresh_tags(ws)]
    for days in (30, 60):
        tag.rule = {"field": "recency_days", "op": "<=", "value": days}
        save_tag(ws, tag)
        ids.append(refresh_tags(ws, reason="tags changed"))
    assert [h["count"] for h in tag_history(ws, "Recent")] == [
        len(_expected(ws, validate(r))) for r in (RECENT, {**RECENT, "value": 30}, {**RECENT, "value": 60})]
    tag_movement(ws, "Recent", ids[1], ids[2])
    with pytest.raises(InputError, match="too old"):
        tag_movement(ws, "Recent", ids[0], ids[2])


def test_profile_tags_ordered_by_layer(ws):
    save_tag(ws, TagDef("Everyone", "全部", "custom", {"all": []}, "#000000"))
    save_tag(ws, TagDef("Anyone with spend", "有消费", "value", {"field": "monetary", "op": ">", "value": 0}))
    save_tag(ws, TagDef("No one", "无", "basic", {"any": []}))
    refresh_tags(ws)
    buyer = customer_ids_for_tag(ws, "Anyone with spend")[0]
    assert [t[0] for t in tags_for_customer(ws, buyer)] == ["Anyone with spend", "Everyone"]
    assert tags_for_customer(ws, buyer)[1] == ("Everyone", "全部", "custom", "#000000")


@settings(max_examples=60, deadline=None)
@given(st.sets(st.integers(1, 3_000_000), max_size=300), st.booleans())
def test_member_encoding_round_trips(ids, dense):
    values = np.array(sorted(ids | (set(range(1, 2000)) if dense else set())), dtype=np.int64)
    assert decode_members(encode_members(values)).tolist() == values.tolist()


def test_definitions_json_errors_name_the_problem():
    with pytest.raises(InputError, match='unknown layer "vip"'):
        definitions_from_json({"tags": [{"name_en": "A", "layer": "vip", "rule": {"all": []}}]})
    with pytest.raises(InputError, match='"values" must be a non-empty list'):
        definitions_from_json({"groups": [{"name_en": "G", "layer": "value", "values": []}]})
    with pytest.raises(InputError, match='two tags are called "a"'):
        definitions_from_json([{"name_en": "A", "layer": "custom", "rule": {"all": []}},
                               {"name_en": "a", "layer": "custom", "rule": {"any": []}}])
    with pytest.raises(InputError, match='colour "red"'):
        definitions_from_json([{"name_en": "A", "layer": "custom", "colour": "red", "rule": {"all": []}}])
    with pytest.raises(InputError, match="defines no tags"):
        definitions_from_json({})


# -- the command ---------------------------------------------------------------------------------------------------
def test_cli_template_add_list_and_errors(ws, tmp_path, capsys):
    path = str(ws.path)
    ws.close()
    assert cli.main(["tags", path]) == 0
    assert "No tags yet" in capsys.readouterr().out
    assert cli.main(["tags", path, "--template", "lifecycle", "--set", "lost_days=300"]) == 0
    assert "Lifecycle stage" in capsys.readouterr().out
    good = tmp_path / "tags.json"
    good.write_text(json.dumps({"tags": [{"name_en": "Big spender", "name_zh": "大客户", "layer": "value",
                                          "rule": {"field": "monetary", "op": "top_pct", "value": 10}}],
                                "groups": [{"name_en": "Orders", "name_zh": "订单数", "layer": "behaviour",
                                            "values": [{"name_en": "Many", "name_zh": "多",
                                                        "rule": {"field": "frequency", "op": "≥", "value": 5}},
                                                       {"name_en": "Some", "name_zh": "少",
                                                        "rule": {"field": "frequency", "op": "≥", "value": 1}}]}]},
                               ensure_ascii=False), encoding="utf-8")
    assert cli.main(["tags", path, "--add", str(good), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["added"] == ["Orders", "Big spender"]
    by_name = {t["name_en"]: t for layer in data["layers"] for t in layer["tags"]}
    assert by_name["Lost"]["rule"] == {"field": "recency_days", "op": ">", "value": 300}
    assert by_name["Many"]["group_en"] == "Orders" and by_name["Big spender"]["count"] > 0
    assert [layer["layer"] for layer in data["layers"]] == ["behaviour", "lifecycle", "value"]
    assert cli.main(["tags", path, "--add", str(good)]) == 0  # adding again replaces, no duplicate names
    assert cli.main(["tags", path, "--lang", "zh"]) == 0
    out = capsys.readouterr().out
    assert "大客户" in out and "生命周期" in out
    assert cli.main(["tags", path, "--history", "Lost", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["history"][0]["count"] == by_name["Lost"]["count"]
    bad = tmp_path / "bad.json"
    bad.write_text('{"tags": [\n  {"name_en": "X",}\n]}', encoding="utf-8")
    assert cli.main(["tags", path, "--add", str(bad)]) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and "not valid JSON" in err and "line 2" in err
    bad.write_text(json.dumps([{"name_en": "X", "layer": "custom", "rule": {"field": "shoe", "op": "=", "value": 1}}]))
    assert cli.main(["tags", path, "--add", str(bad)]) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and 'unknown field "shoe"' in err and 'tag 1 "X"' in err
    assert cli.main(["tags", path, "--add", str(tmp_path / "missing.json")]) == 2
    assert "not found" in capsys.readouterr().err
    assert cli.main(["tags", path, "--template", "lifecycle", "--set", "lost_days"]) == 2
    assert cli.main(["tags", path, "--template", "nope"]) == 2
    assert 'no tag template called "nope"' in capsys.readouterr().err


def test_ids_not_reused_and_rows_exact_when_rules_change(ws):
    old = TagDef("Old", "旧", "custom", {"field": "frequency", "op": ">=", "value": 2})
    save_tag(ws, old)
    refresh_tags(ws)
    delete_tag(ws, "Old")
    new = TagDef("New", "新", "custom", {"field": "frequency", "op": ">=", "value": 3})
    save_tag(ws, new)
    assert new.id != old.id  # a deleted tag's id is not handed out again, so histories never mix
    refresh_tags(ws)
    assert customer_ids_for_tag(ws, "New") == _expected(ws, new.rule)
    assert [h["count"] for h in tag_history(ws, "New")] == [len(_expected(ws, new.rule))]
    for rule in ({"field": "frequency", "op": ">=", "value": 1}, {"field": "recency_days", "op": "<", "value": 200}):
        new.rule = rule
        save_tag(ws, new)
        refresh_tags(ws)
        assert customer_ids_for_tag(ws, "New") == _expected(ws, validate(rule))


def test_install_templates_with_a_trend(ws):
    from shoplens.tags.defaults import install_templates

    names = install_templates(ws, history_days=30)
    assert "Lifecycle stage" in names and "Member level" not in names  # this shop has no member levels
    assert len(snapshots(ws)) == 2
    history = tag_history(ws, "Lost")
    assert len(history) == 2 and history[0]["as_of"] < history[1]["as_of"]
    assert history[1]["count"] == len(customer_ids_for_tag(ws, "Lost")) == len(_expected(ws, find_tag(ws, "Lost").rule))
