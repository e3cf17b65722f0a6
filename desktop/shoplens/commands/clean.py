"""`shoplens clean WS`: apply a cleaning recipe, apply the suggested steps, or show the recipe and data quality."""

from __future__ import annotations

import argparse
import sys

from ..errors import InputError
from . import print_json

NAME = "clean"
HELP = "Clean a workspace with a recipe (--recipe FILE.json), with the suggested steps (--auto), or --show it."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS", help="the workspace file (*.shoplens)")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--recipe", metavar="FILE", help="apply the recipe in this JSON file (it becomes the"
                      " workspace's recipe)")
    what.add_argument("--auto", action="store_true", help="add the suggested steps to the workspace's recipe and"
                      " apply it (merges on shared phone, e-mail or member no. included; look-alike merges are not)")
    what.add_argument("--show", action="store_true", help="show the recipe, the suggestions and the data-quality"
                      " report")
    parser.add_argument("--remap", action="append", default=[], metavar="OLD=NEW",
                        help="rename a field or column the recipe names that this data lacks (repeatable)")
    parser.add_argument("--save-recipe", metavar="FILE", help="also write the applied recipe to this JSON file")
    parser.add_argument("--json", action="store_true", help="print JSON")


def parse_remap(items: list[str]) -> dict[str, str]:
    """['old=new', ...] into {old: new}."""
    out = {}
    for item in items:
        old, sep, new = item.partition("=")
        if not sep or not old.strip() or not new.strip():
            raise InputError('"--remap {item}" is not in the form OLD=NEW, for example --remap 原单号=退款原单号.', item=item)
        out[old.strip()] = new.strip()
    return out


def run(args: argparse.Namespace) -> int:
    from ..cleaning.quality import format_report, quality_report
    from ..cleaning.recipe import Recipe, load_recipe
    from ..cleaning.runner import load_frames
    from ..cleaning.suggest import auto_recipe, suggest
    from ..pipeline import apply_recipe
    from ..workspace import Workspace

    renames = parse_remap(args.remap)
    with Workspace.open(args.workspace, readonly=args.show) as ws:
        if args.show:
            frames = load_frames(ws)
            recipe = load_recipe(ws.conn)
            report = quality_report(ws, recipe, frames=frames)
            suggestions = suggest(ws, frames=frames, recipe=recipe)
            if args.json:
                print_json({**report, "suggestions": [s.to_dict() for s in suggestions]})
            else:
                print(format_report(report))
                if suggestions:
                    print("\nSuggestions:")
                    for s in suggestions:
                        print(f"  - {s.message}" + ("" if s.auto else " (not applied by --auto)"))
            return 0
        recipe = Recipe.load_file(args.recipe) if args.recipe else auto_recipe(ws)
        if renames:
            recipe = recipe.remap(renames)
        result = apply_recipe(ws, recipe, progress=_progress(args))
        if args.save_recipe:
            recipe.save_file(args.save_recipe)
    if args.json:
        print_json({"recipe": recipe.to_dict(), "result": result.to_dict()})
        return 0
    print(f"Applied {sum(s.enabled for s in recipe.steps)} cleaning steps: {result.customers:,} customers,"
          f" {result.orders:,} orders, {result.customers_merged:,} customers merged.")
    for step in result.steps:
        effect = [f"{v:,} {k}" for k, v in step["changed"].items()]
        effect += [f"{step[k]:,} {k}" for k in ("dropped", "flagged", "merged") if step[k]]
        print(f"  {step['step'] + 1}. {step['label']}: {', '.join(effect) or 'no change'}")
    for m in result.missing:
        print(f'  ! step {m["step"] + 1} names the {m["kind"]} "{m["name"]}", which no import has; that part was'
              " skipped. Use --remap OLD=NEW to point it at another name.")
    if result.backup:
        print(f"A copy of the workspace before cleaning: {result.backup}")
    return 0


def _progress(args: argparse.Namespace):
    if args.json or not sys.stderr.isatty():
        return None

    def report(done: int, total: int, message: str) -> None:
        print(f"\r{done * 100 // max(total, 1)}% {message:<40}", end="", file=sys.stderr)

    return report
