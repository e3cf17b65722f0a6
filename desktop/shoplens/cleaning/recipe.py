"""The cleaning recipe: ordered steps with parameters and an enabled flag, stored in `cleaning_steps` and in JSON."""

from __future__ import annotations

import copy
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError, Message
from ..files import check_regular_file
from .catalog import operation

FORMAT = "shoplens-recipe"
FORMAT_VERSION = 1


@dataclass
class Step:
    """One cleaning operation with its parameters."""

    op: str
    params: dict[str, Any] = field(default_factory=dict)
    enabled: bool = True

    def __post_init__(self) -> None:
        check_step(self)

    def to_dict(self) -> dict[str, Any]:
        """The step as plain JSON data."""
        return {"op": self.op, "params": copy.deepcopy(self.params), "enabled": self.enabled}

    def text(self) -> Message:
        """What the step does, in a short sentence (the UI translates it)."""
        return operation(self.op).describe(self.params)

    def label(self) -> str:
        """What the step does, in a short English sentence."""
        return str(self.text())


@dataclass
class Recipe:
    """Steps applied in order when the canonical tables are rebuilt from the raw rows."""

    steps: list[Step] = field(default_factory=list)

    # -- editing (each returns nothing and changes the recipe in place) -----------------------------------------
    def add(self, step: Step, position: int | None = None) -> int:
        """Insert a step (at the end by default); returns its index."""
        check_step(step)
        index = len(self.steps) if position is None else max(0, min(position, len(self.steps)))
        self.steps.insert(index, step)
        return index

    def remove(self, index: int) -> Step:
        """Remove a step (the undo of applying it, once the tables are rebuilt)."""
        self._check_index(index)
        return self.steps.pop(index)

    def move(self, index: int, new_index: int) -> None:
        """Move a step to another place in the order."""
        self._check_index(index)
        step = self.steps.pop(index)
        self.steps.insert(max(0, min(new_index, len(self.steps))), step)

    def set_enabled(self, index: int, enabled: bool) -> None:
        """Turn a step on or off without removing it."""
        self._check_index(index)
        self.steps[index].enabled = enabled

    def enabled_steps(self) -> list[tuple[int, Step]]:
        """(index, step) of the steps that are switched on."""
        return [(i, s) for i, s in enumerate(self.steps) if s.enabled]

    def _check_index(self, index: int) -> None:
        if not 0 <= index < len(self.steps):
            raise InputError("There is no step {index} in the recipe (it has {count} steps).", index=index + 1,
                             count=len(self.steps))

    # -- JSON --------------------------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The recipe as plain JSON data."""
        return {"format": FORMAT, "version": FORMAT_VERSION, "steps": [s.to_dict() for s in self.steps]}

    def to_json(self) -> str:
        """The recipe as JSON text."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    @classmethod
    def from_dict(cls, data: Any, *, file: str | None = None) -> Recipe:
        """Read a recipe from JSON data, checking every step."""
        if isinstance(data, list):
            data = {"steps": data}
        if not isinstance(data, dict) or not isinstance(data.get("steps"), list):
            raise InputError("This is not a ShopLens cleaning recipe (it has no list of steps).", file=file)
        if data.get("format", FORMAT) != FORMAT:
            raise InputError("This is not a ShopLens cleaning recipe.", file=file)
        if int(data.get("version", 1)) > FORMAT_VERSION:
            raise InputError("This recipe was saved by a newer version of ShopLens.", file=file,
                             hint="Update ShopLens to use it.")
        steps = []
        for number, item in enumerate(data["steps"], start=1):
            if not isinstance(item, dict) or not isinstance(item.get("op"), str):
                raise InputError("Step {number} of the recipe has no operation name.", file=file, number=number)
            params = item.get("params", {})
            if not isinstance(params, dict):
                raise InputError("The parameters of step {number} are not a list of names and values.", file=file,
                                 number=number)
            try:
                step = Step(item["op"], params, bool(item.get("enabled", True)))
            except InputError as exc:
                raise InputError("Step {number}: {problem}", file=file, hint=exc.hint_text, number=number,
                                 problem=exc.text) from None
            steps.append(step)
        return cls(steps)

    @classmethod
    def from_json(cls, text: str, *, file: str | None = None) -> Recipe:
        """Read a recipe from JSON text."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError("The recipe file is not valid JSON ({reason}, line {lineno}).", file=file, reason=exc.msg,
                             lineno=exc.lineno) from None
        return cls.from_dict(data, file=file)

    def save_file(self, path: str | Path) -> None:
        """Write the recipe to a JSON file, to re-apply it to next month's export."""
        Path(path).write_text(self.to_json() + "\n", encoding="utf-8")

    @classmethod
    def load_file(cls, path: str | Path) -> Recipe:
        """Read a recipe from a JSON file."""
        path = Path(path)
        if not path.exists():
            raise InputError("The recipe file was not found.", file=path.name)
        check_regular_file(path)  # a named pipe would wait forever, /dev/zero never ends
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise InputError("The recipe file was not found.", file=path.name) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError("The recipe file could not be read ({reason}).", file=path.name, reason=exc) from None
        return cls.from_json(text, file=path.name)

    # -- names the recipe refers to ----------------------------------------------------------------------------
    def names(self) -> list[tuple[int, str, str]]:
        """(step index, 'field' or 'column', name) for every field and source column the steps name."""
        out = []
        for index, step in enumerate(self.steps):
            op = operation(step.op)
            out += [(index, "field", name) for name in op.fields(step.params)]
            out += [(index, "column", name) for name in op.columns(step.params)]
        return out

    def remap(self, renames: dict[str, str]) -> Recipe:
        """A copy with field keys and column names renamed ({old: new}) wherever a step names them."""
        steps = []
        for step in self.steps:
            params = operation(step.op).rename(copy.deepcopy(step.params), renames)
            new = Step(step.op, params, step.enabled)
            check_step(new)
            steps.append(new)
        return Recipe(steps)


def check_step(step: Step) -> None:
    """Raise InputError when the operation is unknown or a parameter is wrong; fills in defaults."""
    step.params = operation(step.op).check(dict(step.params))


def missing_names(recipe: Recipe, conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Fields no import maps and source columns no import has, that the recipe names (remap them)."""
    fields, columns = available_names(conn)
    missing = []
    for index, kind, name in recipe.names():
        known = fields if kind == "field" else columns
        if name not in known:
            missing.append({"step": index, "op": recipe.steps[index].op, "kind": kind, "name": name})
    return missing


def available_names(conn: sqlite3.Connection) -> tuple[set[str], set[str]]:
    """The field keys mapped by any finished import and the source column names of every import."""
    fields: set[str] = set()
    columns: set[str] = set()
    for mapping, cols in conn.execute("SELECT mapping, columns FROM imports WHERE status = 'done'"):
        fields |= {f for f in json.loads(mapping).values() if f}
        columns |= set(json.loads(cols))
    return fields, columns


def load_recipe(conn: sqlite3.Connection) -> Recipe:
    """The workspace's recipe, in order."""
    steps = [Step(op, json.loads(params), bool(enabled))
             for op, params, enabled in conn.execute("SELECT op, params, enabled FROM cleaning_steps"
                                                     " ORDER BY position, id")]
    return Recipe(steps)


def save_recipe(conn: sqlite3.Connection, recipe: Recipe, now: str) -> None:
    """Replace the workspace's recipe (inside the caller's transaction)."""
    conn.execute("DELETE FROM cleaning_steps")
    conn.executemany("INSERT INTO cleaning_steps(position, op, params, enabled, created_at) VALUES (?, ?, ?, ?, ?)",
                     [(i, s.op, json.dumps(s.params, ensure_ascii=False), int(s.enabled), now)
                      for i, s in enumerate(recipe.steps)])
