"""Write desktop/shoplens/ui/common/core_messages_catalogue.py: every message template of the core, for lupdate.

The core words its input errors in English templates with named parts (shoplens/errors.py):
`InputError("The column {column} has no dates.", column=name)`. The UI translates the template through Qt
(context "CoreMessages"), then fills in the parts. lupdate only sees strings written out in ui/, so this tool lists
every template of the core there as QT_TRANSLATE_NOOP("CoreMessages", "..."). Run it after adding or changing a
message, then refresh the translations:

    .venv/bin/python tools/extract_core_messages.py && .venv/bin/python tools/build_translations.py

A template is the first argument (or `hint=`) of InputError, WorkspaceError, WorkspaceDamaged or Message, written
as a string literal (or `a if condition else b` of literals), plus each cleaning step's `label`. `problems()` lists
raise sites that format their message before raising (an f-string, `+`, `.format`, `%`): the UI could not
translate those, and tests/test_ui_core_messages.py fails on them.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "desktop" / "shoplens"
OUT = CORE / "ui" / "common" / "core_messages_catalogue.py"
MAKERS = {"InputError", "WorkspaceError", "WorkspaceDamaged", "WorkspaceLocked", "Message"}
# What a message or hint may be besides a literal: a Message built elsewhere and handed on as it is, or a step label.
PASSED_ON = {"hint", "message", "problem", "hint_text", "text", "label"}  # label: a cleaning step's (listed above)


def core_files() -> list[Path]:
    """Every Python file of the core (not ui/)."""
    return [p for p in sorted(CORE.rglob("*.py")) if "ui" not in p.relative_to(CORE).parts]


def _literals(node: ast.AST) -> list[str] | None:
    """The template(s) a message argument is written as: a literal, or a conditional of literals (None: neither)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        body, orelse = _literals(node.body), _literals(node.orelse)
        if body is not None and orelse is not None:
            return body + orelse
    if isinstance(node, ast.Constant) and node.value is None:
        return []
    return None


def _passed_on(node: ast.AST) -> bool:
    """A Message handed on by name (`hint`, `exc.hint_text`), or built in place (`Message(...)`)."""
    if isinstance(node, ast.Name):
        return node.id in PASSED_ON
    if isinstance(node, ast.Attribute):
        return node.attr in PASSED_ON
    return isinstance(node, ast.Call) and _maker(node) == "Message"


def _maker(call: ast.Call) -> str:
    func = call.func
    return getattr(func, "id", getattr(func, "attr", ""))


def _message_args(tree: ast.AST) -> Iterator[list[ast.AST]]:
    """The message and hint arguments of each call that makes a message (an error class's own super().__init__
    included)."""
    error_classes = [node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
                     and any(getattr(b, "id", "") in MAKERS | {"InputError"} for b in node.bases)]
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call) and _maker(node) in MAKERS - {"WorkspaceLocked"}]
    for cls in error_classes:
        calls += [node for node in ast.walk(cls) if isinstance(node, ast.Call) and _maker(node) == "__init__"
                  and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Call)
                  and getattr(node.func.value.func, "id", "") == "super"]
    for call in calls:
        yield call.args[:1] + [k.value for k in call.keywords if k.arg == "hint"]


def step_labels(tree: ast.AST) -> list[str]:
    """Cleaning steps' names for the recipe list: `label = "..."` on a class."""
    out: list[str] = []
    for cls in ast.walk(tree):
        if isinstance(cls, ast.ClassDef):
            for item in cls.body:
                if (isinstance(item, ast.Assign) and any(getattr(t, "id", "") == "label" for t in item.targets)
                        and isinstance(item.value, ast.Constant) and isinstance(item.value.value, str)):
                    out.append(item.value.value)
    return out


def templates() -> list[str]:
    """Every distinct template of the core, in file order (the cleaning steps' labels with their module)."""
    found: list[str] = []
    for path in core_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        texts = step_labels(tree) if path.relative_to(CORE).parts[0] == "cleaning" else []
        for args in _message_args(tree):
            for arg in args:
                texts += _literals(arg) or []
        found += [t for t in texts if any(ch.isalpha() for ch in t) and t not in found]
    return list(dict.fromkeys(found))


def problems() -> list[str]:
    """'path:line: ...' for each message or hint that is formatted before it is raised (the UI cannot translate it)."""
    out = []
    for path in core_files():
        if path == CORE / "errors.py":  # the message types themselves
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for args in _message_args(tree):
            for arg in args:
                if _literals(arg) is None and not _passed_on(arg):
                    where = f"{path.relative_to(ROOT)}:{arg.lineno}"
                    out.append(f"{where}: {ast.unparse(arg)[:80]} (write a template: \"... {{name}} ...\", name=...)")
    return out


def render(items: list[str]) -> str:
    """The catalogue module's text."""
    lines = [
        '"""Generated by tools/extract_core_messages.py: every message template of the core, for lupdate.',
        "",
        "Do not edit by hand; run the tool again after changing a message of the core.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "TEMPLATES = (",
    ]
    lines += [f'    QT_TRANSLATE_NOOP("CoreMessages", {text!r}),' for text in items]
    lines.append(")")
    return "\n".join(lines) + "\n"


def main() -> int:
    bad = problems()
    for line in bad:
        print(line)
    items = templates()
    OUT.write_text(render(items), encoding="utf-8")
    print(f"{len(items)} templates written to {OUT.relative_to(ROOT)}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
