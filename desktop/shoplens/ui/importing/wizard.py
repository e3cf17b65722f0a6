"""The import wizard: files → sheet → where the data starts → columns (per file) → summary → import → result."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from ..common.concurrent import shutdown_all
from .first_pages import FilesPage, PreviewPage, SheetPage
from .mapping_page import MappingPage
from .run_pages import ImportPage, ResultPage, SummaryPage
from .state import FileState

FILES, SUMMARY, IMPORT, RESULT = 1, 9000, 9001, 9002
FILE_BASE = 100  # file i has pages FILE_BASE + 10*i + (0 sheet, 1 preview, 2 mapping)


class ImportWizard(QWizard):
    """Guide a shop owner through importing one or several spreadsheets into the workspace."""

    imported = Signal(list)  # the ImportResult of every file that was imported, when the import has run
    see_what_to_do = Signal()  # the result page's "See what to do": the window shows Home (the wizard closes)

    def __init__(self, workspace, files: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.files: list[FileState] = []
        self.results: list = []
        self.file_page_ids: list[int] = []
        self.setWindowTitle(self.tr("Import data"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(900, 640)
        self.files_page = FilesPage(self)
        self.summary_page = SummaryPage(self)
        self.import_page = ImportPage(self)
        self.result_page = ResultPage(self)
        self.setPage(FILES, self.files_page)
        self.setPage(SUMMARY, self.summary_page)
        self.setPage(IMPORT, self.import_page)
        self.setPage(RESULT, self.result_page)
        self.setStartId(FILES)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("See what to do"))
        self.setButtonLayout([QWizard.WizardButton.Stretch, QWizard.WizardButton.CustomButton1,
                              QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                              QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
                              QWizard.WizardButton.CancelButton])
        self.home_button = self.button(QWizard.WizardButton.CustomButton1)
        self.home_button.setObjectName("seeWhatToDo")
        self.home_button.setToolTip(self.tr("Open Home: what changed since this import and this week's actions"))
        self.customButtonClicked.connect(self._custom_button)
        self.currentIdChanged.connect(self._page_changed)
        self._page_changed(self.currentId())
        if files:
            self.files_page.add_files(list(files))

    # -- page order ----------------------------------------------------------------------------------------------
    def build_file_pages(self) -> None:
        """(Re)create the sheet/preview/mapping pages for the chosen files (whenever the list of files changes)."""
        for page_id in self.file_page_ids:
            page = self.page(page_id)
            self.removePage(page_id)
            page.deleteLater()
        self.file_page_ids = []
        for i, state in enumerate(self.files):
            base = FILE_BASE + 10 * i
            for offset, page in ((0, SheetPage(self, state)), (1, PreviewPage(self, state)),
                                 (2, MappingPage(self, state))):
                self.setPage(base + offset, page)
                self.file_page_ids.append(base + offset)

    def page_order(self) -> list[int]:
        """The pages in the order they are shown; the sheet page only for workbooks with several sheets."""
        order = [FILES]
        for i, state in enumerate(self.files):
            base = FILE_BASE + 10 * i
            if state.choose_sheet:
                order.append(base)
            order += [base + 1, base + 2]
        return order + [SUMMARY, IMPORT, RESULT]

    def nextId(self) -> int:  # Qt's name
        order = self.page_order()
        current = self.currentId()
        if current not in order:
            return -1
        index = order.index(current) + 1
        while index < len(order) and order[index] not in self.pageIds():
            index += 1  # the files page before its file pages exist: Qt must still show Next, not Finish
        return order[index] if index < len(order) else -1

    def _page_changed(self, page_id: int) -> None:
        self.setOption(QWizard.WizardOption.HaveCustomButton1, page_id == RESULT and bool(self.results))

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.show_home()

    def show_home(self) -> None:
        """Close the wizard (as Finish does) and let the window show Home."""
        self.see_what_to_do.emit()
        self.accept()

    # -- import --------------------------------------------------------------------------------------------------
    def import_finished(self) -> None:
        """Called by the import page when every file is done, stopped or refused: tell the window, show results."""
        self.results = [s.result for s in self.files if s.result is not None]
        if self.results:
            self.imported.emit(list(self.results))
        if self.currentId() == IMPORT:
            self.next()

    @property
    def importing(self) -> bool:
        """True while the import page is writing."""
        return self.import_page.running

    def shutdown(self) -> list:
        """Stop all work (an import is rolled back) and return the tasks still running, to wait for before the
        workspace is closed; the wizard closes without asking."""
        running = shutdown_all(self)
        self.import_page.running = False
        super().reject()
        return running

    def reject(self) -> None:
        """Cancel: while importing, stop the import (and stay to show what happened); otherwise close."""
        if self.importing:
            self.import_page.stop()
            return
        shutdown_all(self)
        super().reject()
