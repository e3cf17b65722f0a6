"""The project's exception types: InputError for bad input, Cancelled for a user's cancel; Message for the words.

Messages are translatable by construction: a raise site writes an English template with named parts and passes the
parts as keywords, `InputError("The column {column} has no dates.", column=name)`. str() fills the template in
English (the CLI's words); the UI translates the template through Qt (context "CoreMessages"), then fills it. Every
template is a literal in the code, so tools/extract_core_messages.py finds each one for the translators.
"""

from __future__ import annotations

import string
from typing import Any

_FORMATTER = string.Formatter()


def fill(template: str, params: dict[str, Any]) -> str:
    """`template` with its {name} parts filled from `params` (str.format rules: {{ and }} are literal braces).

    A template whose parts `params` cannot fill (a text formatted before it got here, which may hold braces from a
    file) is returned as it is.
    """
    try:
        return _FORMATTER.vformat(template, (), params)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return template


class Message:
    """An English template with named parts and the values of those parts (see the module's docstring)."""

    __slots__ = ("params", "template")

    def __init__(self, template: str, /, **params: Any) -> None:
        self.template = template
        self.params = params

    def __str__(self) -> str:
        return fill(self.template, self.params)

    def __repr__(self) -> str:
        return f"Message({self.template!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Message):
            return (self.template, self.params) == (other.template, other.params)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.template)


class InputError(Exception):
    """Bad input from the user: a sentence a shop owner understands, and where the problem is.

    `message` and `hint` are templates (see the module's docstring) filled from the keyword parts and the location
    (file, sheet, row, column). The CLI maps it to exit code 2, the UI to a dialog. Any other exception is a bug.
    """

    def __init__(
        self,
        message: str | Message,
        *,
        file: str | None = None,
        sheet: str | None = None,
        row: int | None = None,
        column: str | None = None,
        hint: str | Message | None = None,
        **params: Any,
    ) -> None:
        self.text = message if isinstance(message, Message) else Message(message, **params)
        self.hint_text = hint if isinstance(hint, Message) or hint is None else Message(hint, **params)
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
        super().__init__(self.message)

    def params_of(self, message: Message) -> dict[str, Any]:
        """The parts that fill `message` (the error's message or hint): its own and the location's."""
        where = {k: v for k, v in (("file", self.file), ("sheet", self.sheet), ("row", self.row),
                                   ("column", self.column)) if v is not None}
        return {**where, **message.params}

    @property
    def params(self) -> dict[str, Any]:
        """The parts that fill the message's template (the location included)."""
        return self.params_of(self.text)

    @property
    def message(self) -> str:
        """The message in English, filled in."""
        return fill(self.text.template, self.params_of(self.text))

    @property
    def hint(self) -> str | None:
        """What to do next, in English, filled in; None when there is no hint."""
        if self.hint_text is None:
            return None
        return fill(self.hint_text.template, self.params_of(self.hint_text))

    @hint.setter
    def hint(self, value: str | Message | None) -> None:
        self.hint_text = value if isinstance(value, Message) or value is None else Message(value)

    def where(self) -> str:
        """'file "x.csv", sheet "Orders", row 12, column "Phone"' for the parts that are known."""
        parts = []
        if self.file:
            parts.append(f'file "{self.file}"')
        if self.sheet:
            parts.append(f'sheet "{self.sheet}"')
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f'column "{self.column}"')
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.where()
        text = f"{where}: {self.message}" if where else self.message
        if self.hint:
            text = f"{text} {self.hint}"
        return text

    def located(self, **where: object) -> InputError:
        """Fill in location parts that are not known yet (used by callers that know the file)."""
        for key, value in where.items():
            if getattr(self, key, None) is None and value is not None:
                setattr(self, key, value)
        return self


class WorkspaceError(InputError):
    """A workspace file that cannot be opened: not a workspace, too new, damaged, or locked."""


class Cancelled(Exception):
    """The user cancelled a long operation; whatever it started has been rolled back."""
