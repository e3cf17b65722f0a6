"""Tag definitions in the workspace: list, save (insert or update by name), delete, find by name."""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING

from ..errors import InputError
from .model import LAYER_KEYS, TagDef, TagGroup, check_unique_names
from .rules import validate_rule

if TYPE_CHECKING:
    from ..workspace import Workspace

_TAG_COLUMNS = "id, name_en, name_zh, layer, colour, description, rule, group_id, position, template"


def _now() -> str:
    from ..workspace.workspace import now_text

    return now_text()


def _tag(row: tuple) -> TagDef:
    return TagDef(id=row[0], name_en=row[1], name_zh=row[2], layer=row[3], colour=row[4], description=row[5],
                  rule=json.loads(row[6]), group_id=row[7], position=row[8], template=row[9])


def _layer_order() -> str:
    return "CASE layer " + " ".join(f"WHEN '{k}' THEN {i}" for i, k in enumerate(LAYER_KEYS)) + " ELSE 99 END"


def list_tags(ws: Workspace) -> list[TagDef]:
    """Every tag, by layer, then group and position, then name."""
    rows = ws.conn.execute(f"SELECT {_TAG_COLUMNS} FROM tag_defs ORDER BY {_layer_order()},"
                           " coalesce(group_id, 0), position, name_en").fetchall()
    return [_tag(r) for r in rows]


def list_groups(ws: Workspace) -> list[TagGroup]:
    """Every group with its values in order."""
    tags = list_tags(ws)
    groups = []
    for gid, en, zh, layer, desc, template, params in ws.conn.execute(
            f"SELECT id, name_en, name_zh, layer, description, template, params FROM tag_groups"
            f" ORDER BY {_layer_order()}, id"):
        values = sorted((t for t in tags if t.group_id == gid), key=lambda t: t.position)
        groups.append(TagGroup(id=gid, name_en=en, name_zh=zh, layer=layer, description=desc, template=template,
                               params=json.loads(params or "{}"), values=values))
    return groups


def find_tag(ws: Workspace, tag: str | int | TagDef) -> TagDef:
    """A tag by id, English or Chinese name (case ignored); InputError naming it if there is none."""
    if isinstance(tag, TagDef):
        if tag.id is None:
            raise InputError('The tag "{name_en}" has not been saved yet.', name_en=tag.name_en)
        tag = tag.id
    if isinstance(tag, int):
        row = ws.conn.execute(f"SELECT {_TAG_COLUMNS} FROM tag_defs WHERE id = ?", (tag,)).fetchone()
    else:
        key = str(tag).strip()
        row = ws.conn.execute(f"SELECT {_TAG_COLUMNS} FROM tag_defs WHERE lower(name_en) = lower(?) OR name_zh = ?",
                              (key, key)).fetchone()
    if row is None:
        raise InputError('There is no tag called "{tag}" in this workspace.', hint="`shoplens tags WS` lists the tags.",
                         tag=tag)
    return _tag(row)


def _check_names(ws: Workspace, tags: list[TagDef], replacing: set[int]) -> None:
    """InputError if a tag's name is already used by another tag that is not being replaced."""
    check_unique_names(tags)
    for tag in tags:
        for column in ("name_en", "name_zh"):
            row = ws.conn.execute(f"SELECT id, name_en FROM tag_defs WHERE lower({column}) = lower(?)",
                                  (getattr(tag, column).strip(),)).fetchone()
            if row and row[0] != tag.id and row[0] not in replacing:
                raise InputError('The name "{name}" is already used by the tag "{other}".',
                                 hint="Give the new tag another name, or edit the existing one.",
                                 name=getattr(tag, column), other=row[1])


def _write_tag(conn: sqlite3.Connection, tag: TagDef, now: str) -> int:
    tag.rule = validate_rule(tag.rule, f'tag "{tag.name_en}"')
    if tag.layer not in LAYER_KEYS:
        raise InputError('Tag "{name_en}": unknown layer "{layer}".', name_en=tag.name_en, layer=tag.layer)
    values = (tag.name_en.strip(), (tag.name_zh or tag.name_en).strip(), tag.layer, tag.colour or "#828282",
              tag.description or "", json.dumps(tag.rule, ensure_ascii=False), tag.group_id, tag.position,
              tag.template)
    if tag.id is None:  # never reuse a deleted tag's id: its history stays its own
        new_id = conn.execute("SELECT max(coalesce((SELECT max(id) FROM tag_defs), 0),"
                              " coalesce((SELECT max(tag_id) FROM tag_snapshot_counts), 0)) + 1").fetchone()[0]
        conn.execute("INSERT INTO tag_defs(id, name_en, name_zh, layer, colour, description, rule, group_id,"
                     " position, template, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                     (new_id, *values, now, now))
        tag.id = int(new_id)
    else:
        cur = conn.execute("UPDATE tag_defs SET name_en=?, name_zh=?, layer=?, colour=?, description=?, rule=?,"
                           " group_id=?, position=?, template=?, updated_at=? WHERE id=?", (*values, now, tag.id))
        if cur.rowcount == 0:
            raise InputError('The tag "{name_en}" no longer exists; it may have been deleted.', name_en=tag.name_en)
    return tag.id


def save_tag(ws: Workspace, tag: TagDef) -> int:
    """Insert a new tag (id None) or update an existing one; returns its id."""
    if tag.id is None:
        existing = ws.conn.execute("SELECT id, group_id FROM tag_defs WHERE lower(name_en) = lower(?)",
                                   (tag.name_en.strip(),)).fetchone()
        if existing and existing[1] is None and tag.group_id is None and tag.template:
            tag.id = existing[0]  # a template saved again replaces its earlier tag
    _check_names(ws, [tag], set())
    with ws.transaction() as conn:
        return _write_tag(conn, tag, _now())


def save_group(ws: Workspace, group: TagGroup) -> int:
    """Insert or update a group and its values; a value keeps its id (and history) when its English name stays."""
    if not group.values:
        raise InputError('The group "{name_en}" has no values.', name_en=group.name_en)
    if group.id is None:
        row = ws.conn.execute("SELECT id FROM tag_groups WHERE lower(name_en) = lower(?)",
                              (group.name_en.strip(),)).fetchone()
        group.id = row[0] if row else None
    old = {} if group.id is None else {
        name.casefold(): tid for tid, name in ws.conn.execute("SELECT id, name_en FROM tag_defs WHERE group_id = ?",
                                                              (group.id,))}
    for i, value in enumerate(group.values):
        value.layer, value.position = group.layer, i
        value.id = old.get(value.name_en.strip().casefold())
    _check_names(ws, group.values, set(old.values()))
    now = _now()
    with ws.transaction() as conn:
        params = json.dumps(group.params, ensure_ascii=False)
        if group.id is None:
            cur = conn.execute("INSERT INTO tag_groups(name_en, name_zh, layer, description, template, params,"
                               " created_at) VALUES (?,?,?,?,?,?,?)",
                               (group.name_en.strip(), (group.name_zh or group.name_en).strip(), group.layer,
                                group.description, group.template, params, now))
            group.id = int(cur.lastrowid)
        else:
            conn.execute("UPDATE tag_groups SET name_en=?, name_zh=?, layer=?, description=?, template=?, params=?"
                         " WHERE id=?", (group.name_en.strip(), (group.name_zh or group.name_en).strip(), group.layer,
                                         group.description, group.template, params, group.id))
        kept = set()
        for value in group.values:
            value.group_id = group.id
            value.template = value.template or group.template
            kept.add(_write_tag(conn, value, now))
        for tid in set(old.values()) - kept:
            _delete_tag_rows(conn, tid)
    return group.id


def _delete_tag_rows(conn: sqlite3.Connection, tag_id: int) -> None:
    conn.execute("DELETE FROM customer_tags WHERE tag_id = ?", (tag_id,))
    conn.execute("DELETE FROM tag_defs WHERE id = ?", (tag_id,))


def delete_tag(ws: Workspace, tag: str | int | TagDef) -> None:
    """Delete a tag (its snapshots stay, so its history can still be read); a group's last value deletes the group."""
    found = find_tag(ws, tag)
    with ws.transaction() as conn:
        _delete_tag_rows(conn, found.id)
        if found.group_id is not None:
            left = conn.execute("SELECT count(*) FROM tag_defs WHERE group_id = ?", (found.group_id,)).fetchone()[0]
            if left == 0:
                conn.execute("DELETE FROM tag_groups WHERE id = ?", (found.group_id,))
            else:  # close the gap in positions
                ids = [r[0] for r in conn.execute("SELECT id FROM tag_defs WHERE group_id = ? ORDER BY position",
                                                  (found.group_id,))]
                conn.executemany("UPDATE tag_defs SET position = ? WHERE id = ?", [(i, t) for i, t in enumerate(ids)])


def delete_group(ws: Workspace, group_id: int) -> None:
    """Delete a group and all its values."""
    with ws.transaction() as conn:
        for (tid,) in conn.execute("SELECT id FROM tag_defs WHERE group_id = ?", (group_id,)).fetchall():
            _delete_tag_rows(conn, tid)
        conn.execute("DELETE FROM tag_groups WHERE id = ?", (group_id,))


def add_definitions(ws: Workspace, groups: list[TagGroup], tags: list[TagDef]) -> list[int]:
    """Save groups and single tags in one transaction; a tag or group with an existing English name is replaced."""
    ids: list[int] = []
    with ws.transaction():
        for group in groups:
            save_group(ws, group)
            ids.extend(v.id for v in group.values)
        for tag in tags:
            row = ws.conn.execute("SELECT id, group_id FROM tag_defs WHERE lower(name_en) = lower(?)",
                                  (tag.name_en,)).fetchone()
            if row and row[1] is None:
                tag.id = row[0]
            ids.append(save_tag(ws, tag))
    return ids
