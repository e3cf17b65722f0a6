"""The import wizard's last pages: summary before importing, the import with progress and Stop, the result."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWizard,
)

from ..common.concurrent import TaskRunner
from ..common.worker import describe_error
from .first_pages import WizardPage
from .models import SkippedModel
from .state import import_one, refusal
from .texts import kind_text, number, problem_text, skipped_summary

RED = "#b3261e"


def _li(text: str, color: str = "") -> str:
    style = f" style='color:{color}'" if color else ""
    return f"<li{style}>{html.escape(text)}</li>"


def _title(state) -> str:
    sheet = f" — {html.escape(state.sheet)}" if state.sheet else ""
    return f"<p><b>{html.escape(state.name)}</b>{sheet}</p>"


class SummaryPage(WizardPage):
    """What each file will bring: rows to import, rows skipped and why, duplicates, template, and refusals."""

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("Nothing has been written yet. Press Import to add the data to the workspace."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.layout_.addWidget(self.browser, 1)
        self.add_status_widgets()

    def initializePage(self) -> None:
        parts = []
        for state in self.wiz.files:
            plan = state.plan
            items = []
            why_not = refusal(plan)
            if why_not:
                items.append(_li(self.tr("Will not be imported: %1").replace("%1", why_not), RED))
            items.append(_li(self.tr("Rows to import: %1, as %2").replace("%1", number(plan.rows_to_import))
                             .replace("%2", kind_text(plan.kind))))
            items.append(_li(self.tr("Rows skipped (not data): %1").replace("%1", number(len(plan.skipped)))
                             + ("" if not plan.skipped else " — " + skipped_summary(plan.skipped))))
            items.append(_li(self.tr("Rows that repeat an earlier row exactly: %1").replace(
                "%1", number(plan.duplicate_rows))))
            if plan.template_name:
                items.append(_li(self.tr("Saved import template “%1” matched: your earlier column choices are used.")
                                 .replace("%1", plan.template_name)))
            else:
                items.append(_li(self.tr("No saved import template matched; your column choices will be saved as a "
                                         "template for the next file like this one.")))
            used = sum(1 for key in plan.mapping.values() if key)
            items.append(_li(self.tr("Columns imported as ShopLens fields: %1 of %2").replace("%1", str(used))
                             .replace("%2", str(len(plan.mapping)))))
            items.extend(_li(problem_text(p)) for p in plan.problems)
            parts.append(_title(state) + "<ul>" + "".join(items) + "</ul>")
        self.browser.setHtml("".join(parts))
        self.completeChanged.emit()

    def importable(self) -> list:
        """The files that can be imported."""
        return [s for s in self.wiz.files if s.plan is not None and refusal(s.plan) is None]

    def ready(self) -> bool:
        return bool(self.importable())

    def text(self) -> str:
        """The summary as plain text (tests)."""
        return self.browser.toPlainText()


class ImportPage(WizardPage):
    """Import the files one after the other in the write worker, with one progress bar and a Stop button."""

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("Each file is saved in one step: if you stop, the file being imported is left out "
                                 "completely."))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.importer = TaskRunner(self)  # its own bar: one bar across all the files, not one per task
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.stop_button = QPushButton(self.tr("Stop import"))
        self.stop_button.clicked.connect(self.stop)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.stop_button)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.label)
        self.layout_.addLayout(row)
        self.layout_.addStretch(2)
        self.add_status_widgets()
        self.queue: list = []
        self.total_files = 0
        self.running = False
        self.finished_all = False

    def initializePage(self) -> None:
        for state in self.wiz.files:
            state.reset_outcome()
        importable = [s for s in self.wiz.files if s.plan is not None and refusal(s.plan) is None]
        for state in self.wiz.files:
            if state not in importable:
                state.outcome, state.outcome_text = "refused", refusal(state.plan) or ""
        self.queue = list(importable)
        self.total_files = len(importable)
        self.finished_all = False
        self.running = True
        self.stop_button.setEnabled(True)
        self.bar.setValue(0)
        self._next()

    def _next(self) -> None:
        if not self.queue:
            self._all_done()
            return
        state = self.queue[0]
        self.current_index = self.total_files - len(self.queue)
        self.label.setText(self._caption(state, self.tr("starting…")))
        self.bar.setValue(int(1000 * self.current_index / max(self.total_files, 1)))
        task = self.importer.start(import_one, self.wiz.ws, state.plan, write=True,
                                   on_done=lambda result, s=state: self._file_done(s, "done", result),
                                   on_error=lambda exc, s=state: self._file_done(s, "failed", exc),
                                   on_cancel=lambda s=state: self._file_done(s, "cancelled", None))
        task.progress.connect(lambda done, total, message, s=state: self._progress(s, done, total, message))
        self.completeChanged.emit()

    def _caption(self, state, message: str) -> str:
        return self.tr("File %1 of %2: %3 — %4").replace("%1", str(self.current_index + 1)).replace(
            "%2", str(self.total_files)).replace("%3", state.name).replace("%4", message)

    def _progress(self, state, done: int, total: int, message: str) -> None:
        part = min(done / total, 1.0) if total else 0.0
        if message == "Linking customers and orders":  # most of the writing; the raw rows are saved after it
            step, fraction = self.tr("linking customers and orders"), 0.1
        elif message == "Saving rows":
            step, fraction = self.tr("saving rows"), 0.6 + 0.1 * part
        else:  # the customer figures are refreshed last, with their own count
            step, fraction = self.tr("updating customer figures"), 0.75 + 0.25 * part
        self.label.setText(self._caption(state, step))
        value = int(1000 * (self.current_index + fraction) / max(self.total_files, 1))
        self.bar.setValue(max(value, self.bar.value()))  # never backwards

    def _file_done(self, state, outcome: str, value) -> None:
        self.queue.pop(0)
        state.outcome = outcome
        if outcome == "done":
            state.result = value
        elif outcome == "failed":
            state.outcome_text = describe_error(value)
        elif outcome == "cancelled":
            for rest in self.queue:
                rest.outcome = "not_started"
            self.queue = []
        self._next()

    def stop(self) -> None:
        """Stop the import: the file being written is rolled back, files not started are left out."""
        if self.running:
            self.stop_button.setEnabled(False)
            self.label.setText(self.tr("Stopping… the file being imported is being rolled back."))
            self.importer.cancel()

    def _all_done(self) -> None:
        self.running = False
        self.finished_all = True
        self.bar.setValue(1000)
        self.stop_button.setEnabled(False)
        self.completeChanged.emit()
        self.wiz.import_finished()

    def ready(self) -> bool:
        return self.finished_all


class ResultPage(WizardPage):
    """What each file brought, and the rows that were skipped."""

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.browser = QTextBrowser()
        self.skipped_button = QPushButton(self.tr("Show skipped rows…"))
        self.skipped_button.clicked.connect(self.show_skipped)
        row = QHBoxLayout()
        row.addWidget(self.skipped_button)
        row.addStretch(1)
        self.layout_.addWidget(self.browser, 1)
        self.layout_.addLayout(row)
        self.dialog: SkippedRowsDialog | None = None

    def initializePage(self) -> None:
        files = self.wiz.files
        stopped = any(s.outcome in ("cancelled", "failed") for s in files)
        self.setTitle(self.tr("Import stopped") if stopped else self.tr("Import finished"))
        self.setSubTitle(self.tr("Files imported: %1 of %2").replace(
            "%1", str(sum(s.outcome == "done" for s in files))).replace("%2", str(len(files))))
        parts = []
        for state in files:
            items = []
            r = state.result
            if state.outcome == "done":
                items.append(_li(self.tr("Rows read: %1; rows skipped: %2").replace("%1", number(r.rows_read))
                                 .replace("%2", number(r.rows_skipped))))
                if r.kind == "orders":
                    items.append(_li(self.tr("Orders added: %1; already in the workspace: %2").replace(
                        "%1", number(r.orders_added)).replace("%2", number(r.orders_already_known))))
                    if r.orders_counted is not None and r.orders_counted != r.orders_added:
                        items.append(_li(self.tr("%1 of them count as paid orders in the figures; the other %2 are"
                                                 " refunds, cancellations or orders without a date.").replace(
                            "%1", number(r.orders_counted)).replace("%2", number(r.orders_added - r.orders_counted))))
                items.append(_li(self.tr("New customers: %1; matched to existing customers: %2").replace(
                    "%1", number(r.customers_added)).replace("%2", number(r.customers_matched))))
                if r.cleaning_steps:
                    items.append(_li(self.tr("Your saved cleaning recipe (%1 steps) was applied to the new rows too.")
                                     .replace("%1", number(r.cleaning_steps))))
                items.extend(_li(problem_text(p)) for p in r.problems)
            elif state.outcome == "cancelled":
                items.append(_li(self.tr("Stopped: nothing from this file was saved."), RED))
            elif state.outcome == "not_started":
                items.append(_li(self.tr("Not imported: the import was stopped before this file."), RED))
            else:
                items.append(_li(self.tr("Not imported: %1").replace("%1", state.outcome_text), RED))
            parts.append(_title(state) + "<ul>" + "".join(items) + "</ul>")
        if self.wiz.results:  # the page says what to do next, and the wizard's button goes there
            parts.append("<p>" + html.escape(self.tr(
                "Next: “See what to do” opens Home, with what changed since this import and this week's actions"
                " for your customers.")) + "</p>")
        self.browser.setHtml("".join(parts))
        self.skipped_button.setEnabled(bool(self.skipped_items()))

    def skipped_items(self) -> list:
        """(file name, SkippedRow) for every imported file's skipped rows."""
        return [(s.name, row) for s in self.wiz.files if s.result is not None for row in s.result.skipped]

    def show_skipped(self) -> None:
        """Open the list of skipped rows."""
        self.dialog = SkippedRowsDialog(self.skipped_items(), self)
        self.dialog.show()

    def text(self) -> str:
        """The result as plain text (tests)."""
        return self.browser.toPlainText()


class SkippedRowsDialog(QDialog):
    """The rows that were not imported as data: file, row number, why, and the row's text."""

    def __init__(self, items: list, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Skipped rows"))
        self.resize(720, 400)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("These rows were not imported as data. They are titles, totals, notes or "
                                        "empty rows; the original file is unchanged.")))
        self.model = SkippedModel(items, self)
        view = QTableView()
        view.setModel(self.model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.view = view
