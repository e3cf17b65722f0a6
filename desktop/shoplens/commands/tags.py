"""`shoplens tags WS`: list the tags with their counts by layer; add definitions from JSON or a built-in template."""

from __future__ import annotations

import argparse
from typing import Any

from . import pad, print_json, text_width

NAME = "tags"
HELP = ("List a workspace's tags by layer with how many customers have each; add tag definitions from a JSON file"
        " (--add) or a built-in template (--template).")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS", help="the workspace file (*.shoplens)")
    parser.add_argument("--add", metavar="FILE.json",
                        help='add or replace tag definitions: {"tags": [...], "groups": [...]} (see the docs)')
    parser.add_argument("--template", metavar="KEY",
                        help="add a built-in template: lifecycle, value_tiers, repeat, fav_category, fav_channel,"
                             " price_sensitive, birthday_month, member_level")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="a template setting, e.g. --set lost_days=300 (repeatable)")
    parser.add_argument("--history", metavar="TAG", help="show one tag's count at every refresh")
    parser.add_argument("--lang", choices=("en", "zh"), default="en", help="language of the text output")
    parser.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    from ..errors import InputError
    from ..workspace import Workspace

    if args.set and not args.template:
        raise InputError("--set only applies together with --template.")
    changes = args.add or args.template
    with Workspace.open(args.workspace, readonly=not changes) as ws:
        added: list[str] = []
        if args.add:
            added += _add_file(ws, args.add)
        if args.template:
            added += _add_template(ws, args.template, _settings(args.set))
        if args.history:
            from ..tags.history import tag_history

            data: Any = {"tag": args.history, "history": tag_history(ws, args.history)}
            if args.json:
                print_json(data)
            else:
                print("\n".join(f"{h['as_of']}  {h['taken_at']}  {h['count']:>8,}"
                                + (f"  ({h['change']:+,})" if h["change"] is not None else "")
                                for h in data["history"]) or "No snapshots yet.")
            return 0
        summary = _summary(ws)
    if args.json:
        print_json({"added": added, **summary} if changes else summary)
        return 0
    if added:
        print(f"Added or updated {len(added)} tag(s): " + ", ".join(added))
    print(format_summary(summary, args.lang))
    return 0


def _add_file(ws, path: str) -> list[str]:
    import json
    from pathlib import Path

    from ..errors import InputError
    from ..tags.model import definitions_from_json
    from ..tags.refresh import refresh_tags
    from ..tags.store import add_definitions

    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError("The tag definitions file was not found.", file=path) from None
    except UnicodeDecodeError:
        raise InputError("The tag definitions file is not UTF-8 text.", file=path) from None
    except OSError as exc:
        raise InputError("The tag definitions file could not be read ({strerror}).", file=path, strerror=exc.strerror) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError("The file is not valid JSON: {reason} at line {lineno}, column {colno}.", file=path, reason=exc.msg,
                         lineno=exc.lineno, colno=exc.colno) from None
    try:
        groups, tags = definitions_from_json(data)
        with ws.transaction():
            add_definitions(ws, groups, tags)
            refresh_tags(ws, reason="tags changed")
    except InputError as exc:
        raise exc.located(file=path) from None
    ws.audit("tags_add", {"file": file.name, "tags": len(tags), "groups": len(groups)})
    return [g.name_en for g in groups] + [t.name_en for t in tags]


def _settings(pairs: list[str]) -> dict[str, float]:
    from ..errors import InputError

    out: dict[str, float] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        try:
            if not sep:
                raise ValueError
            number = float(value)
        except ValueError:
            raise InputError('--set "{pair}" must be NAME=NUMBER, e.g. lost_days=300.', pair=pair) from None
        out[name.strip()] = int(number) if number.is_integer() else number
    return out


def _add_template(ws, key: str, params: dict[str, float]) -> list[str]:
    from ..tags.evaluate import Context, customer_frame
    from ..tags.model import TagGroup
    from ..tags.refresh import refresh_tags
    from ..tags.store import save_group, save_tag
    from ..tags.templates import build_template

    frame, as_of = customer_frame(ws)
    built = build_template(key, Context(frame, as_of), params)
    with ws.transaction():
        if isinstance(built, TagGroup):
            save_group(ws, built)
        else:
            save_tag(ws, built)
        refresh_tags(ws, reason="tags changed")
    ws.audit("tags_template", {"template": key, "params": params})
    return [built.name_en]


def _summary(ws) -> dict[str, Any]:
    from ..tags.history import tag_summary
    from ..tags.model import LAYER_KEYS

    tags = tag_summary(ws)
    customers = ws.conn.execute("SELECT count(*) FROM customers").fetchone()[0]
    as_of = ws.conn.execute("SELECT as_of FROM tag_snapshots ORDER BY id DESC LIMIT 1").fetchone()
    layers = []
    for layer in LAYER_KEYS:
        mine = [t for t in tags if t["layer"] == layer]
        if mine:
            layers.append({"layer": layer, "tags": [{k: t[k] for k in ("id", "name_en", "name_zh", "group_en",
                                                                        "group_zh", "count", "change", "colour",
                                                                        "rule", "group_no_match")}
                                                    for t in mine]})
    return {"customers": customers, "as_of": as_of[0] if as_of else None, "layers": layers}


def format_summary(summary: dict, lang: str = "en") -> str:
    """Tags by layer: name, customers, share and the change since the previous refresh."""
    from ..tags.model import layer_name

    zh = lang == "zh"
    total = max(summary["customers"], 1)
    if not summary["layers"]:
        return ("还没有标签。" if zh else "No tags yet.") + (
            " 用 --template 或 --add 添加。" if zh else " Add some with --template or --add.")
    lines = [(f"截至 {summary['as_of']}，共 {summary['customers']:,} 位客户" if zh else
              f"{summary['customers']:,} customers, as of {summary['as_of'] or '-'}")]
    key = "name_zh" if zh else "name_en"
    width = max(text_width(t[key]) for layer in summary["layers"] for t in layer["tags"]) + 2
    for layer in summary["layers"]:
        lines.append(f"{layer_name(layer['layer'], lang)}:")
        shown_groups: set[str] = set()
        for t in layer["tags"]:
            group = t["group_zh" if zh else "group_en"]
            if group and group not in shown_groups:
                shown_groups.add(group)
                lines.append(f"  [{group}]" + (f"  ({'无匹配' if zh else 'no value'}: {t['group_no_match']:,})"
                                               if t["group_no_match"] else ""))
            change = f"  {t['change']:+,}" if t["change"] else ""
            indent = "    " if group else "  "
            lines.append(f"{indent}{pad(t[key], width)}{t['count']:>9,}  {t['count'] * 100 / total:5.1f}%{change}")
    return "\n".join(lines)

