"""Message boxes for errors: bad input in its own words, a bug with the log file named."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ...errors import InputError
from .worker import describe_error


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> QMessageBox:
    """Show `exc` as a sentence (non-modal, so tests and the event loop keep running); returns the box."""
    box = QMessageBox(QMessageBox.Icon.Warning if isinstance(exc, InputError) else QMessageBox.Icon.Critical,
                      title, describe_error(exc), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_info(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """An information box (non-modal)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("infoBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
