"""The project's exception types: InputError for bad input, Cancelled for a user's cancel."""

from __future__ import annotations


class InputError(Exception):
    """Bad input from the user: a sentence a shop owner understands, and where the problem is.

    The CLI maps it to exit code 2, the UI to a dialog. Any other exception is a bug.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        sheet: str | None = None,
        row: int | None = None,
        column: str | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
        self.hint = hint

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
