"""The core's input errors in the UI language: the English text is matched against the generated templates.

The core (which also serves the CLI, without Qt) words InputError in English. Here the message and the hint are each
matched to a template from core_messages_catalogue (its f-string parts are {1}, {2}, …), the template is translated
through Qt, and the parts are put back. Text that matches no template is shown as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from ...errors import InputError


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    from .core_messages_catalogue import catalogue

    out = []
    for english in catalogue():
        parts = re.split(r"(\{\d+\})", english.replace("{{", "\x00").replace("}}", "\x01"))
        regex = "".join("(.*?)" if re.fullmatch(r"\{\d+\}", p) else re.escape(p.replace("\x00", "{").replace("\x01", "}"))
                        for p in parts)
        out.append((re.compile(regex + r"\Z", re.DOTALL), english))
    out.sort(key=lambda item: -len(item[1]))  # the most specific template first
    return out


def translate_core(text: str, *, field_names: bool = False) -> str:
    """`text` (an English message or hint from the core) in the UI language; unchanged when no template fits.

    With `field_names` (cleaning steps' words), a part that is a field key ("amount") reads as the field's name.
    """
    if not text:
        return text
    from .core_messages_catalogue import catalogue

    table = catalogue()
    for pattern, english in _patterns():
        found = pattern.match(text)
        if found is None:
            continue
        translated = table.get(english, english)
        if translated == english:
            return text
        from .field_labels import field_labels

        labels = field_labels() if field_names else {}
        values = [", ".join(labels.get(v, v) for v in value.split(", ")) for value in found.groups()]
        result = translated.replace("{{", "\x00").replace("}}", "\x01")
        for i, value in enumerate(values, start=1):
            result = result.replace("{" + str(i) + "}", value)
        return result.replace("\x00", "{").replace("\x01", "}")
    return text


def where_text(exc: InputError) -> str:
    """The file, sheet, row and column of an input error, in the UI language."""
    parts = []
    if exc.file:
        parts.append(QCoreApplication.translate("CoreMessages", 'file "%1"').replace("%1", exc.file))
    if exc.sheet:
        parts.append(QCoreApplication.translate("CoreMessages", 'sheet "%1"').replace("%1", exc.sheet))
    if exc.row is not None:
        parts.append(QCoreApplication.translate("CoreMessages", "row %1").replace("%1", str(exc.row)))
    if exc.column:
        parts.append(QCoreApplication.translate("CoreMessages", 'column "%1"').replace("%1", exc.column))
    return QCoreApplication.translate("CoreMessages", ", ").join(parts)


def describe_input_error(exc: InputError) -> str:
    """Where, what and what to do, in the UI language (the same shape as str(exc) in English)."""
    where = where_text(exc)
    message = translate_core(exc.message)
    text = QCoreApplication.translate("CoreMessages", "%1: %2").replace("%1", where).replace("%2", message) \
        if where else message
    if exc.hint:
        text = f"{text} {translate_core(exc.hint)}"
    return text
