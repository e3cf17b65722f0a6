"""Tag definitions: single tags and groups of tags with one value per customer (first match wins)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError
from .rules import validate_rule

LAYERS: tuple[tuple[str, str, str], ...] = (
    ("basic", "Basic", "基础属性"),
    ("behaviour", "Behaviour", "行为"),
    ("interest", "Interest", "兴趣偏好"),
    ("lifecycle", "Lifecycle", "生命周期"),
    ("value", "Value", "价值"),
    ("custom", "Custom", "自定义"),
)
LAYER_KEYS = tuple(k for k, _, _ in LAYERS)
LAYER_COLOURS = {"basic": "#5b8def", "behaviour": "#2bb673", "interest": "#f2994a", "lifecycle": "#9b51e0",
                 "value": "#eb5757", "custom": "#828282"}
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
MAX_NAME = 60


def layer_name(layer: str, lang: str = "en") -> str:
    """A layer's name in English or Chinese."""
    for key, en, zh in LAYERS:
        if key == layer:
            return zh if lang.startswith("zh") else en
    return layer


@dataclass
class TagDef:
    """One tag: names in both languages, layer, colour, description and rule (normal form once validated)."""

    name_en: str
    name_zh: str
    layer: str
    rule: dict
    colour: str = ""
    description: str = ""
    id: int | None = None
    group_id: int | None = None
    position: int = 0
    template: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The definition as JSON-ready data (the format `shoplens tags --add` reads)."""
        return {"name_en": self.name_en, "name_zh": self.name_zh, "layer": self.layer, "colour": self.colour,
                "description": self.description, "rule": self.rule}


@dataclass
class TagGroup:
    """Tags with one value per customer: the values are checked in order and the first match wins."""

    name_en: str
    name_zh: str
    layer: str
    values: list[TagDef] = field(default_factory=list)
    description: str = ""
    template: str | None = None
    params: dict = field(default_factory=dict)
    id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The group as JSON-ready data."""
        return {"name_en": self.name_en, "name_zh": self.name_zh, "layer": self.layer,
                "description": self.description, "values": [v.to_dict() for v in self.values]}


def _text(data: dict, key: str, where: str, required: bool = True, default: str = "") -> str:
    value = data.get(key, default)
    if value is None:
        value = default
    if not isinstance(value, str):
        raise InputError('{where}: "{key}" must be a text, not {name}.', where=where, key=key,
                         name=type(value).__name__)
    value = value.strip()
    if required and not value:
        raise InputError('{where}: "{key}" is missing or empty.', where=where, key=key)
    if key.startswith("name") and len(value) > MAX_NAME:
        raise InputError('{where}: "{key}" is longer than {max_name} characters.', where=where, key=key,
                         max_name=MAX_NAME)
    return value


def _layer(data: dict, where: str, default: str | None = None) -> str:
    layer = data.get("layer", default)
    if layer not in LAYER_KEYS:
        raise InputError('{where}: unknown layer "{layer}".', hint="Layers: {layer_keys}.", where=where, layer=layer,
                         layer_keys=", ".join(LAYER_KEYS))
    return layer


def _colour(data: dict, where: str, layer: str) -> str:
    colour = data.get("colour", data.get("color")) or LAYER_COLOURS[layer]
    if not isinstance(colour, str) or not _COLOUR.match(colour):
        raise InputError('{where}: colour "{colour}" is not a colour written like #3366cc.', where=where, colour=colour)
    return colour.lower()


def tag_from_dict(data: Any, where: str = "tag", layer: str | None = None) -> TagDef:
    """A TagDef from JSON data, validated (names, layer, colour, rule); InputError naming what is wrong."""
    if not isinstance(data, dict):
        raise InputError("{where}: a tag must be an object with name_en, name_zh, layer and rule.", where=where)
    known = {"name_en", "name_zh", "layer", "colour", "color", "description", "rule", "name"}
    extra = set(data) - known
    if extra:
        raise InputError("{where}: unknown entries {extra}.",
                         hint="A tag holds name_en, name_zh, layer, colour, description and rule.", where=where,
                         extra=", ".join(f'"{k}"' for k in sorted(extra)))
    if "name_en" not in data and "name" in data:
        data = {**data, "name_en": data["name"]}
    name_en = _text(data, "name_en", where)
    where = f'{where} "{name_en}"'
    name_zh = _text(data, "name_zh", where, required=False) or name_en
    layer_key = _layer(data, where, layer)
    if "rule" not in data:
        raise InputError('{where}: "rule" is missing.', where=where)
    return TagDef(name_en=name_en, name_zh=name_zh, layer=layer_key, rule=validate_rule(data["rule"], where),
                  colour=_colour(data, where, layer_key), description=_text(data, "description", where, False))


def group_from_dict(data: Any, where: str = "group") -> TagGroup:
    """A TagGroup from JSON data: names, layer and an ordered list of values (tags)."""
    if not isinstance(data, dict):
        raise InputError("{where}: a group must be an object with name_en, name_zh, layer and values.", where=where)
    extra = set(data) - {"name_en", "name_zh", "layer", "description", "values", "name"}
    if extra:
        raise InputError("{where}: unknown entries {extra}.", where=where,
                         extra=", ".join(f'"{k}"' for k in sorted(extra)))
    if "name_en" not in data and "name" in data:
        data = {**data, "name_en": data["name"]}
    name_en = _text(data, "name_en", where)
    where = f'{where} "{name_en}"'
    layer = _layer(data, where)
    values = data.get("values")
    if not isinstance(values, list) or not values:
        raise InputError('{where}: "values" must be a non-empty list of tags, checked in order.', where=where)
    tags = []
    for i, v in enumerate(values):
        tag = tag_from_dict(v, f"{where}, value {i + 1}", layer=layer)
        tag.layer, tag.position = layer, i
        tags.append(tag)
    group = TagGroup(name_en=name_en, name_zh=_text(data, "name_zh", where, False) or name_en, layer=layer,
                     values=tags, description=_text(data, "description", where, False))
    check_unique_names(group.values, where)
    return group


def check_unique_names(tags: list[TagDef], where: str = "") -> None:
    """InputError if two tags share an English or a Chinese name (case and spaces ignored)."""
    for attr in ("name_en", "name_zh"):
        seen: set[str] = set()
        for tag in tags:
            key = getattr(tag, attr).strip().casefold()
            if key in seen:
                prefix = f"{where}: " if where else ""
                raise InputError('{prefix}two tags are called "{name}"; each tag needs its own name.', prefix=prefix,
                                 name=getattr(tag, attr))
            seen.add(key)


def definitions_from_json(data: Any, where: str = "") -> tuple[list[TagGroup], list[TagDef]]:
    """Groups and single tags from a definitions document: {"groups": [...], "tags": [...]} or a list of tags."""
    prefix = f"{where}: " if where else ""
    if isinstance(data, list):
        data = {"tags": data}
    if not isinstance(data, dict):
        raise InputError('{prefix}the file must hold {{"tags": [...], "groups": [...]}} or a list of tags.',
                         prefix=prefix)
    extra = set(data) - {"tags", "groups", "version"}
    if extra:
        raise InputError("{prefix}unknown entries {extra}.", hint='A definitions file holds "tags" and "groups".',
                         prefix=prefix, extra=", ".join(f'"{k}"' for k in sorted(extra)))
    tags_data, groups_data = data.get("tags", []), data.get("groups", [])
    if not isinstance(tags_data, list) or not isinstance(groups_data, list):
        raise InputError('{prefix}"tags" and "groups" must be lists.', prefix=prefix)
    if not tags_data and not groups_data:
        raise InputError("{prefix}the file defines no tags.", prefix=prefix)
    tags = [tag_from_dict(t, f"{prefix}tag {i + 1}") for i, t in enumerate(tags_data)]
    groups = [group_from_dict(g, f"{prefix}group {i + 1}") for i, g in enumerate(groups_data)]
    check_unique_names(tags + [v for g in groups for v in g.values], where)
    return groups, tags
