"""The base of every page in the navigation (Data, Cleaning, Tags, Segments, Reports, Campaigns).

The workspace view drives pages through this one protocol: `refresh()` after the data changed, `shutdown()` before
the workspace closes (returns the tasks still to wait for), `busy` while any work below the page runs, and the page's
`data_changed` signal when it changed the data itself. A page sends the owner elsewhere with `go_to(key, target)`:
the view shows that section's page and hands it the target (`show_target`), e.g. Home's "customers behind this
figure" to the data browser, or an action card's tag to the Tags section.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from .concurrent import TaskRunner, shutdown_all
from .worker import Task


def open_window(window: QDialog, *, modal: bool = True) -> QDialog:
    """Open a window (a dialog, a wizard, a profile card) whose parent is a page or a widget on it: it is deleted
    when closed, and the page closes it when the workspace closes."""
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if modal:
        window.open()
    else:
        window.show()
    return window


def windows_below(widget: QWidget) -> list[QDialog]:
    """The open windows whose parent is this widget or one below it."""
    return [w for w in widget.findChildren(QDialog) if w.isVisible()]


def stop_and_close(widget: QWidget) -> list[Task]:
    """Stop every task below `widget` and close the windows it opened; returns the tasks still running."""
    tasks = shutdown_all(widget)
    for window in windows_below(widget):  # a window closed a moment ago is already on its way out
        window.close()
    return tasks


@dataclass(frozen=True)
class CustomerList:
    """Customers to show in the data browser: their ids and the words saying who they are (shown as a filter)."""

    ids: tuple[int, ...]
    description: str


def heading(text: str, scale: float = 1.5) -> QLabel:
    """A bold title, `scale` times the normal font size (a page's title 1.5, a part of it 1.25)."""
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def page_of(widget: QWidget | None) -> SectionPage | None:
    """The page a widget or window belongs to (its nearest SectionPage parent), if any."""
    while widget is not None:
        if isinstance(widget, SectionPage):
            return widget
        widget = widget.parentWidget()
    return None


class SectionPage(QWidget):
    """A page of one open workspace."""

    data_changed = Signal()  # this page changed the data: the other pages and the counts refresh
    go_to = Signal(str, object)  # show the section with this key, at a target (a CustomerList, a tag name) or None
    import_requested = Signal()  # the owner asked to import files here: the window asks which and opens the wizard

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace

    def runners(self) -> list[TaskRunner]:
        """Every task runner below this page: its own, its tabs' and those of the dialogs it opened."""
        return self.findChildren(TaskRunner)

    @property
    def busy(self) -> bool:
        """True while any work started from this page runs."""
        return any(runner.busy for runner in self.runners())

    def windows(self) -> list[QDialog]:
        """The open windows below this page (dialogs, wizards, profile cards: each is a child of its opener)."""
        return windows_below(self)

    def refresh(self) -> None:
        """The data changed: show it again (a page with nothing read from the workspace does nothing)."""

    def show_target(self, target: object) -> None:
        """Another page sent the owner here to see `target` (see go_to); a page that shows no targets ignores it."""

    def shutdown(self) -> list[Task]:
        """The workspace is closing: stop every task below the page and close its windows; returns the tasks still
        running, to wait for before the workspace closes."""
        return stop_and_close(self)
