"""The cleaning wizard: suggested steps one by one (Apply/Skip), look-alike customers to confirm, the whole recipe."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...cleaning.recipe import Recipe, load_recipe, missing_names
from ..common.concurrent import TaskRunner
from ..common.core_messages import translate_message
from ..common.progress_box import ProgressBox
from ..common.worker import describe_error
from .texts import suggestion_text


def analyse(ws, recipe: Recipe, progress=None, cancelled=None) -> dict:
    """Parse the imports once and find suggestions and look-alike customers (runs in a worker)."""
    from ...cleaning.duplicates import find_candidates
    from ...cleaning.runner import load_frames
    from ...cleaning.suggest import suggest

    frames = load_frames(ws, progress=progress, cancelled=cancelled)
    return {"frames": frames, "suggestions": suggest(ws, frames=frames, recipe=recipe, fuzzy=False),
            "candidates": find_candidates(ws.conn, recipe=recipe)}


def preview(ws, recipe: Recipe, index: int, frames, progress=None, cancelled=None):
    """A step's preview (runs in a worker)."""
    from ...cleaning.preview import preview_step

    return preview_step(ws, recipe, index, frames=frames)


class CleaningWizard(QDialog):
    """Walk through suggestions and look-alike customers, edit the recipe, then rebuild in a worker."""

    applied = Signal(object)  # the CleaningResult

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.recipe = load_recipe(workspace.conn)
        self.frames = None
        self.suggestions: list = []
        self.candidates: list = []
        self.position = {"suggestion": 0, "candidate": 0}
        self.setWindowTitle(self.tr("Clean data"))
        self.resize(820, 560)
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs)
        self.tabs.addTab(self._suggestion_page(), self.tr("Suggestions"))
        self.tabs.addTab(self._candidate_page(), self.tr("Same person?"))
        self.tabs.addTab(self._recipe_page(), self.tr("Cleaning recipe"))
        from .quality_page import QualityPage

        self.quality = QualityPage(self)
        self.tabs.addTab(self.quality, self.tr("Data quality"))
        bottom = QHBoxLayout()
        self.progress = ProgressBox(self)
        bottom.addWidget(self.progress, 1)
        self.runner = TaskRunner(self, progress=self.progress)
        self.apply_button = QPushButton(self.tr("Apply and rebuild"))
        self.apply_button.clicked.connect(self.apply)
        bottom.addWidget(self.apply_button)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bottom.addWidget(close)
        outer.addLayout(bottom)
        self.runner.busy_changed.connect(lambda busy: self.apply_button.setEnabled(not busy))
        self.refresh_recipe()
        self.start(analyse, self.ws, self.recipe, write=False, done=self._analysed,
                   message=self.tr("Looking at the data…"))

    # -- pages ---------------------------------------------------------------------------------------------------
    def _suggestion_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.suggestion_count = QLabel()
        self.suggestion_text = QLabel(self.tr("Looking at the data…"))
        self.suggestion_text.setWordWrap(True)
        self.suggestion_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        self.suggestion_apply = QPushButton(self.tr("Apply"))
        self.suggestion_skip = QPushButton(self.tr("Skip"))
        self.suggestion_apply.clicked.connect(lambda: self._answer_suggestion(True))
        self.suggestion_skip.clicked.connect(lambda: self._answer_suggestion(False))
        buttons.addStretch(1)
        buttons.addWidget(self.suggestion_skip)
        buttons.addWidget(self.suggestion_apply)
        layout.addWidget(self.suggestion_count)
        layout.addWidget(self.suggestion_text, 1)
        layout.addLayout(buttons)
        return page

    def _candidate_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.candidate_count = QLabel()
        self.candidate_text = QLabel()
        self.candidate_text.setWordWrap(True)
        self.candidate_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        self.candidate_merge = QPushButton(self.tr("Same person: merge"))
        self.candidate_keep = QPushButton(self.tr("Different people"))
        self.candidate_merge.clicked.connect(lambda: self._answer_candidate(True))
        self.candidate_keep.clicked.connect(lambda: self._answer_candidate(False))
        buttons.addStretch(1)
        buttons.addWidget(self.candidate_keep)
        buttons.addWidget(self.candidate_merge)
        layout.addWidget(self.candidate_count)
        layout.addWidget(self.candidate_text, 1)
        layout.addLayout(buttons)
        return page

    def _recipe_page(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        left = QVBoxLayout()
        self.steps = QListWidget()
        self.steps.itemChanged.connect(self._step_toggled)
        left.addWidget(self.steps, 1)
        row = QHBoxLayout()
        for text, slot in ((self.tr("Up"), lambda: self.move(-1)), (self.tr("Down"), lambda: self.move(1)),
                           (self.tr("Remove"), self.remove_step), (self.tr("Preview"), self.preview_step),
                           (self.tr("Save…"), self.save_recipe), (self.tr("Load…"), self.load_recipe_file)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        left.addLayout(row)
        layout.addLayout(left, 3)
        self.preview_text = QPlainTextEdit()
        self.preview_text.setReadOnly(True)
        self.preview_text.setPlaceholderText(self.tr("Choose a step and press Preview to see what it changes."))
        layout.addWidget(self.preview_text, 2)
        return page

    # -- running work in a worker --------------------------------------------------------------------------------
    def start(self, fn, *args, write: bool, done, message: str) -> None:
        """Run `fn` in a worker (the one before it is stopped); `done(result)` on the UI thread when it finishes."""
        self.runner.start(fn, *args, write=write, status=message, on_done=done, on_error=self._on_failed,
                          on_cancel=self._on_cancelled)

    def cancel_task(self) -> None:
        """Stop the work in progress."""
        self.runner.cancel()

    def _on_failed(self, exc: BaseException) -> None:
        self.progress.set_status(self.tr("Stopped: %1").replace("%1", describe_error(exc)))

    def _on_cancelled(self) -> None:
        self.progress.set_status(self.tr("Cancelled: nothing was changed."))

    # -- suggestions and look-alikes -----------------------------------------------------------------------------
    def _analysed(self, result: dict) -> None:
        self.frames = result["frames"]
        self.suggestions = result["suggestions"]
        self.candidates = result["candidates"]
        self.position = {"suggestion": 0, "candidate": 0}
        self.progress.set_status("")
        self._show_suggestion()
        self._show_candidate()

    def _show_suggestion(self) -> None:
        i, total = self.position["suggestion"], len(self.suggestions)
        done = i >= total
        self.suggestion_apply.setEnabled(not done)
        self.suggestion_skip.setEnabled(not done)
        if done:
            self.suggestion_count.setText(self.tr("%n suggestion(s) reviewed.", "", total))
            self.suggestion_text.setText(self.tr("Nothing more to suggest. Look at the whole recipe, then press Apply"
                                                 " and rebuild."))
            return
        self.suggestion_count.setText(self.tr("Suggestion %1 of %2").replace("%1", str(i + 1)).replace("%2",
                                                                                                    str(total)))
        self.suggestion_text.setText(suggestion_text(self.suggestions[i]))

    def _answer_suggestion(self, apply: bool) -> None:
        i = self.position["suggestion"]
        if i >= len(self.suggestions):
            return
        if apply:
            for step in self.suggestions[i].steps:
                self.recipe.add(step)
            self.refresh_recipe()
        self.position["suggestion"] = i + 1
        self._show_suggestion()

    def _show_candidate(self) -> None:
        i, total = self.position["candidate"], len(self.candidates)
        done = i >= total
        self.candidate_merge.setEnabled(not done)
        self.candidate_keep.setEnabled(not done)
        if done:
            self.candidate_count.setText(self.tr("%n pair(s) reviewed.", "", total))
            self.candidate_text.setText(self.tr("No more customers that look like the same person."))
            return
        c = self.candidates[i]
        self.candidate_count.setText(self.tr("Pair %1 of %2").replace("%1", str(i + 1)).replace("%2", str(total)))
        self.candidate_text.setText(
            self.tr("%1 (phone %2)\nand\n%3 (phone %4)\n\nSimilarity %5. Why: %6")
            .replace("%1", c.a_name).replace("%2", c.a_phone).replace("%3", c.b_name).replace("%4", c.b_phone)
            .replace("%5", f"{c.score:.0f}").replace("%6", c.reason))

    def _answer_candidate(self, same: bool) -> None:
        from ...cleaning.duplicates import decide

        i = self.position["candidate"]
        if i >= len(self.candidates):
            return
        decide(self.ws, self.candidates[i], same, self.recipe)
        self.refresh_recipe()
        self.position["candidate"] = i + 1
        self._show_candidate()

    # -- the recipe ----------------------------------------------------------------------------------------------
    def refresh_recipe(self, select: int | None = None) -> None:
        """Show the recipe's steps with their enabled boxes."""
        self.steps.blockSignals(True)
        self.steps.clear()
        missing = {m["step"] for m in missing_names(self.recipe, self.ws.conn)}
        for index, step in enumerate(self.recipe.steps):
            text = f"{index + 1}. {translate_message(step.text(), field_names=True)}"
            if index in missing:
                text += "  " + self.tr("(names a column this data lacks)")
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if step.enabled else Qt.CheckState.Unchecked)
            self.steps.addItem(item)
        self.steps.blockSignals(False)
        if select is not None and 0 <= select < self.steps.count():
            self.steps.setCurrentRow(select)

    def _step_toggled(self, item: QListWidgetItem) -> None:
        self.recipe.set_enabled(self.steps.row(item), item.checkState() == Qt.CheckState.Checked)

    def move(self, delta: int) -> None:
        row = self.steps.currentRow()
        if row < 0 or not 0 <= row + delta < len(self.recipe.steps):
            return
        self.recipe.move(row, row + delta)
        self.refresh_recipe(select=row + delta)

    def remove_step(self) -> None:
        row = self.steps.currentRow()
        if row >= 0:
            self.recipe.remove(row)
            self.refresh_recipe(select=min(row, len(self.recipe.steps) - 1))

    def preview_step(self) -> None:
        row = self.steps.currentRow()
        if row < 0:
            return
        self.start(preview, self.ws, Recipe(list(self.recipe.steps)), row, self.frames, write=False,
                   done=self._show_preview, message=self.tr("Working out what the step changes…"))

    def _show_preview(self, result) -> None:
        lines = [result.label, "",
                 self.tr("Rows changed: %1").replace("%1", f"{result.changed_rows:,}"),
                 self.tr("Rows left out: %1").replace("%1", f"{result.dropped_rows:,}"),
                 self.tr("Flagged for review: %1").replace("%1", f"{result.flagged:,}"),
                 self.tr("Customers merged: %1").replace("%1", f"{result.merged:,}")]
        if result.missing:
            lines.append(self.tr("Names this data lacks: %1").replace("%1", ", ".join(result.missing)))
        for sample in result.samples:
            lines += ["", self.tr("Before: %1").replace("%1", json.dumps(sample.get("before"), ensure_ascii=False)),
                      self.tr("After: %1").replace("%1", json.dumps(sample.get("after"), ensure_ascii=False))]
        self.preview_text.setPlainText("\n".join(lines))

    def save_recipe(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save cleaning recipe"), "recipe.json",
                                              self.tr("Cleaning recipe (*.json)"))
        if path:
            self.recipe.save_file(path)

    def load_recipe_file(self, path: str | None = None) -> None:
        """Replace the recipe with one from a JSON file; names this data lacks are listed (remap them)."""
        from ...errors import InputError

        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Load cleaning recipe"), "",
                                                  self.tr("Cleaning recipe (*.json)"))
        if not path:
            return
        try:
            self.recipe = Recipe.load_file(path)
        except InputError as exc:
            QMessageBox.warning(self, self.tr("Cleaning recipe"), describe_error(exc))
            return
        self.refresh_recipe()
        missing = missing_names(self.recipe, self.ws.conn)
        if missing:
            self.progress.set_status(self.tr("This recipe names columns this data lacks: %1. Those parts are skipped"
                                        " unless you remap them.").replace("%1", ", ".join(m["name"] for m in missing)))

    def remap(self, renames: dict[str, str]) -> None:
        """Point the recipe's missing names at names this data has."""
        self.recipe = self.recipe.remap(renames)
        self.refresh_recipe()

    # -- applying ------------------------------------------------------------------------------------------------
    def apply(self) -> None:
        """Rebuild the canonical tables with the recipe in a worker (a backup is made first)."""
        from ...pipeline import apply_recipe

        self.start(apply_recipe, self.ws, Recipe(list(self.recipe.steps)), write=True, done=self._applied,
                   message=self.tr("Cleaning and rebuilding…"))

    def _applied(self, result) -> None:
        self.progress.set_status(self.tr("Done: %1 customers, %2 orders, %3 customers merged.")
                            .replace("%1", f"{result.customers:,}").replace("%2", f"{result.orders:,}")
                            .replace("%3", f"{result.customers_merged:,}"))
        self.applied.emit(result)
