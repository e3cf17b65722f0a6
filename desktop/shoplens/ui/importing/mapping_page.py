"""The import wizard's mapping page: which ShopLens field each column of the file is imported as."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QScrollArea, QTableView

from .first_pages import WizardPage
from .models import ConfidenceDelegate, FieldDelegate, MappingModel
from .state import FileState, plan_file, refusal, replan
from .texts import kind_text, number, problem_text


class MappingPage(WizardPage):
    """Read the whole sheet in the worker, show the guessed field per column, and re-check after each change."""

    def __init__(self, wizard, state: FileState) -> None:
        super().__init__(wizard)
        self.state = state
        self.setTitle(self.tr("Match the columns"))
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.table = QTableView()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.field_delegate = FieldDelegate(self.table)
        self.confidence_delegate = ConfidenceDelegate(self.table)
        self.table.setItemDelegateForColumn(MappingModel.FIELD, self.field_delegate)
        self.table.setItemDelegateForColumn(MappingModel.CONFIDENCE, self.confidence_delegate)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.problems)
        scroll.setMaximumHeight(120)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.layout_.addWidget(self.about)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(scroll)
        self.add_status_widgets()
        self.model: MappingModel | None = None

    def initializePage(self) -> None:
        state = self.state
        self.setSubTitle(self.file_caption(state) + ("" if state.sheet is None else f" — {state.sheet}"))
        key = (state.sheet, state.header_row)
        if state.plan is not None and state.plan_key == key:
            self._show()
            if state.plan.mapping != state.mapping:  # a re-check was stopped by going back: do it again
                self._mapping_changed(state.mapping)
            return
        state.plan, state.mapping, state.guesses = None, {}, []
        self.table.setModel(None)
        self.about.setText("")
        self.problems.setText("")
        self.run(plan_file, self.wiz.ws, state.path, state.sheet, state.header_row, write=True,
                 done=lambda plan: self._planned(plan, key),
                 busy_text=self.tr("Reading the whole sheet and looking at the values…"))

    def _planned(self, plan, key: tuple) -> None:
        state = self.state
        state.plan, state.plan_key = plan, key
        state.guesses = list(plan.guesses)
        state.mapping = dict(plan.mapping)
        self._show()

    def _show(self) -> None:
        state = self.state
        self.model = MappingModel(state.guesses, state.mapping, self.table)
        self.model.mapping_changed.connect(self._mapping_changed)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in ((0, 150), (1, 230), (2, 190), (3, 110)):
            self.table.setColumnWidth(col, width)
        header.setStretchLastSection(True)
        self._describe()

    def set_field(self, column: str, key: str) -> None:
        """Import `column` as field `key` ('' = not imported), as choosing it in the drop-down does."""
        if self.model is not None:
            self.model.set_field(column, key)

    def _mapping_changed(self, mapping: dict) -> None:
        self.state.mapping = dict(mapping)
        self.run(replan, self.wiz.ws, self.state.plan, dict(mapping), write=True, done=self._replanned,
                 busy_text=self.tr("Checking the values with your choice…"))

    def _replanned(self, plan) -> None:
        self.state.plan = plan
        if plan.mapping != self.state.mapping and self.model is not None:
            self.state.mapping = dict(plan.mapping)
            self.model.mapping = dict(plan.mapping)
            self.model.layoutChanged.emit()
        self._describe()

    def _describe(self) -> None:
        plan = self.state.plan
        lines = [self.tr("%1 rows will be imported as %2.").replace("%1", number(plan.rows_to_import))
                 .replace("%2", kind_text(plan.kind))]
        if plan.template_name:
            lines.append(self.tr("These columns match your saved import template “%1”, so your choices from last "
                                 "time are used.").replace("%1", plan.template_name))
        else:
            lines.append(self.tr("Check the guesses. Click a field to change it; columns you do not import are "
                                 "still kept with the import."))
        self.about.setText(" ".join(lines))
        problems = [problem_text(p) for p in plan.problems]
        why_not = refusal(plan)
        items = "".join(f"<li>{html.escape(t)}</li>" for t in problems)
        text = ""
        if why_not:
            text += "<p style='color:#b3261e'>" + html.escape(self.tr("Cannot import yet: %1").replace("%1", why_not))
            text += "</p>"
        if items:
            noticed = html.escape(self.tr("What ShopLens noticed:"))  # outside the f-string, where lupdate sees it
            text += f"<p>{noticed}</p><ul style='margin-top:0'>{items}</ul>"
        self.problems.setText(text or html.escape(self.tr("No problems found in the values.")))

    def ready(self) -> bool:
        plan = self.state.plan
        if plan is None:
            return False
        # a file already imported goes on to the summary, which leaves it out; a file ShopLens cannot read as shop
        # data (nothing identifies a customer or an order, ...) stops here, with the reason in red below the table
        return plan.already_imported or refusal(plan) is None
