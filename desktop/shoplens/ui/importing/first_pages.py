"""The import wizard's first pages: choose files, pick a sheet, check where the data starts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from ...ingest.aligned_text import FIXED_WIDTH, SPACE_RUNS
from ...ingest.header import NO_HEADER
from ..common.concurrent import TaskRunner
from ..common.progress_box import ProgressBox
from ..common.worker import describe_error
from .models import GridModel
from .state import FileState, check_files, read_preview
from .texts import number

ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a5a00;"


class WizardPage(QWizardPage):
    """A page that can run work in a worker, with a progress bar and a line for messages."""

    def __init__(self, wizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.layout_ = QVBoxLayout(self)
        self.progress = ProgressBox(self, cancellable=False, with_status=False)  # the message line says what runs
        self.runner = TaskRunner(self, progress=self.progress)
        self.runner.busy_changed.connect(self.completeChanged)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def add_status_widgets(self) -> None:
        """Put the progress bar and the message line at the bottom of the page."""
        self.layout_.addWidget(self.progress)
        self.layout_.addWidget(self.message)

    def show_message(self, text: str, style: str = "") -> None:
        """Show a sentence under the page's content (style: ERROR_STYLE, WARNING_STYLE or plain)."""
        self.message.setStyleSheet(style)
        self.message.setText(text)

    @property
    def busy(self) -> bool:
        """True while the page's work runs."""
        return self.runner.busy

    def run(self, fn, *args, write: bool, done, busy_text: str, **kwargs):
        """Run `fn` in a worker; `done(result)` on success; errors are shown on this page in words."""
        self.show_message(busy_text)
        return self.runner.start(fn, *args, write=write, on_done=lambda result: (self.show_message(""), done(result)),
                                 on_error=self.on_failed, on_cancel=lambda: self.show_message(self.tr("Stopped.")),
                                 **kwargs)

    def cleanupPage(self) -> None:  # Qt's name: the user went back from this page
        if self.runner.shutdown() is not None:
            self.show_message("")

    def on_failed(self, exc: BaseException) -> None:
        """Show why the work failed, as a sentence."""
        self.show_message(describe_error(exc), ERROR_STYLE)

    def isComplete(self) -> bool:  # Qt's name
        return not self.busy and self.ready()

    def ready(self) -> bool:
        """True when the page's own content allows going on."""
        return True

    def file_caption(self, state: FileState) -> str:
        """'File 2 of 3: name.xlsx' (or just the name when there is one file)."""
        files = self.wiz.files
        if len(files) == 1:
            return state.name
        return self.tr("File %1 of %2: %3").replace("%1", str(files.index(state) + 1)).replace(
            "%2", str(len(files))).replace("%3", state.name)


class FilesPage(WizardPage):
    """Choose one or several files; each is checked in the worker as soon as it is added."""

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Choose the files to import"))
        self.setSubTitle(self.tr("Pick the spreadsheets exported from your till, online shop or member system. You "
                                 "can pick several at once; each is checked right away."))
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        hint = QLabel(self.tr("ShopLens reads Excel (.xlsx, .xls, .xlsm, .xlsb), OpenDocument (.ods) and text files "
                              "(.csv, .tsv, .txt) in any common encoding, including GBK."))
        hint.setWordWrap(True)
        self.layout_.addWidget(self.list, 1)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(hint)
        self.add_status_widgets()
        self._update_buttons()

    def choose_files(self) -> None:
        """Open a file dialog filtered to the files ShopLens can read."""
        from ...ingest.readers import SUPPORTED_SUFFIXES

        patterns = " ".join(f"*{s}" for s in sorted(SUPPORTED_SUFFIXES))
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose files to import"), "",
            self.tr("Spreadsheets (%1)").replace("%1", patterns) + ";;" + self.tr("All files (*)"))
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[str]) -> None:
        """Add files (duplicates ignored) and check them in the worker."""
        known = {str(Path(s.path).resolve()) for s in self.wiz.files}
        added = []
        for path in paths:
            resolved = str(Path(path).resolve())
            if resolved not in known:
                known.add(resolved)
                self.wiz.files.append(FileState(path=str(path)))
                added.append(str(path))
        self.refresh()
        if added:
            self.check(added)

    def check(self, paths: list[str]) -> None:
        """List the sheets of `paths` in the worker (together with any file still unchecked)."""
        pending = [s.path for s in self.wiz.files if s.sheets is None and s.error is None]
        self.run(check_files, pending, write=False, done=self._checked,
                 busy_text=self.tr("Checking the files…"))

    def _checked(self, found: dict) -> None:
        from ...ingest.readers import default_sheet

        for state in self.wiz.files:
            value = found.get(state.path)
            if value is None:
                continue
            if isinstance(value, Exception):
                state.error = describe_error(value)
            else:
                state.sheets = value
                state.sheet = default_sheet(value)
        self.refresh()

    def remove_selected(self) -> None:
        """Drop the selected files from the list."""
        rows = sorted((self.list.row(i) for i in self.list.selectedItems()), reverse=True)
        for row in rows:
            del self.wiz.files[row]
        self.refresh()

    def refresh(self) -> None:
        """Show each file with its sheets or why it cannot be read."""
        self.list.clear()
        for state in self.wiz.files:
            if state.error:
                text = self.tr("%1 — cannot be read: %2").replace("%1", state.name).replace("%2", state.error)
            elif state.sheets is None:
                text = self.tr("%1 — checking…").replace("%1", state.name)
            elif state.sheets == [] or state.sheets[0].name is None:
                text = self.tr("%1 — text file").replace("%1", state.name)
            else:
                text = self.tr("%1 — sheets: %2").replace("%1", state.name).replace("%2", str(len(state.sheets)))
            item = QListWidgetItem(text)
            item.setToolTip(state.path)
            if state.error:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.list.addItem(item)
        if any(s.error for s in self.wiz.files):
            self.show_message(self.tr("Remove the files that cannot be read to go on (or fix them and add them "
                                      "again)."), ERROR_STYLE)
        elif not self.busy:
            self.show_message("")
        self._update_buttons()
        if self.wiz.currentId() in (-1, self.wiz.startId()):
            self.wiz.build_file_pages()  # so the wizard knows what comes next (Next, not Finish)
        self.completeChanged.emit()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    def ready(self) -> bool:
        files = self.wiz.files
        return bool(files) and all(s.sheets is not None and not s.error for s in files)

    def validatePage(self) -> bool:
        self.wiz.build_file_pages()
        return True


class SheetPage(WizardPage):
    """Pick the sheet of a workbook; hidden sheets are listed, chart sheets cannot be picked."""

    def __init__(self, wizard, state: FileState) -> None:
        super().__init__(wizard)
        self.state = state
        self.setTitle(self.tr("Choose the sheet"))
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._picked)
        self.intro = QLabel()
        self.intro.setObjectName("sheetIntro")
        self.intro.setWordWrap(True)
        self.layout_.addWidget(self.intro)
        self.layout_.addWidget(self.list, 1)
        self.add_status_widgets()

    def initializePage(self) -> None:
        self.setSubTitle(self.file_caption(self.state))
        self.list.blockSignals(True)
        self.list.clear()
        for sheet in self.state.sheets or []:
            if sheet.rows is None:
                rows = ""
            elif sheet.rows == 1:
                rows = self.tr("1 row")
            else:
                rows = self.tr("%1 rows").replace("%1", number(sheet.rows))
            notes = []
            if not sheet.visible:
                notes.append(self.tr("hidden"))
            if sheet.kind == "chart":
                notes.append(self.tr("chart, no data"))
            text = sheet.name + (f"  —  {rows}" if rows else "") + (f"  ({', '.join(notes)})" if notes else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, sheet.name)
            if sheet.kind == "chart":
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
            self.list.addItem(item)
            if sheet.name == self.state.sheet:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._say_which()

    def _say_which(self) -> None:
        """The sentence above the list: the first visible sheet chosen for the user, or the one they chose."""
        first = next((s.name for s in self.state.sheets or [] if s.visible and s.kind != "chart"), None)
        chosen = self.state.sheet
        if chosen is None:
            text = self.tr("Which sheet holds the data? Choose one.")
        elif chosen == first:
            text = self.tr("Which sheet holds the data? The first visible sheet, “%1”, is chosen for you.").replace(
                "%1", chosen)
        else:
            text = self.tr("Which sheet holds the data? “%1” is chosen.").replace("%1", chosen)
        self.intro.setText(text)

    def select_sheet(self, name: str) -> None:
        """Pick a sheet by name (tests and keyboard users)."""
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == name:
                self.list.setCurrentRow(i)

    def _picked(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.state.sheet = item.data(Qt.ItemDataRole.UserRole)
        self._say_which()
        self.completeChanged.emit()

    def ready(self) -> bool:
        return self.state.sheet is not None


NO_HEADER_ROW = 0  # the header row number that says the sheet has none (read_table's header_row=0)


class PreviewPage(WizardPage):
    """The first rows as read, the header row highlighted, and a way to say which row holds the column names."""

    def __init__(self, wizard, state: FileState) -> None:
        super().__init__(wizard)
        self.state = state
        self.setTitle(self.tr("Check where the data starts"))
        self.explain = explain = QLabel()
        explain.setWordWrap(True)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(110)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.doubleClicked.connect(lambda index: self.set_header_index(index.row()))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Column names are on row:")))
        self.spin = QSpinBox()
        self.spin.valueChanged.connect(self._spun)
        row.addWidget(self.spin)
        self.use_button = QPushButton(self.tr("Use as column names"))
        self.use_button.clicked.connect(self._use_selected)
        row.addWidget(self.use_button)
        row.addStretch(1)
        self.read_as = QLabel()
        row.addWidget(self.read_as)
        self.no_header = QCheckBox(self.tr("The first row is data: the file has no column names (the columns are "
                                           "called Column 1, Column 2, …)"))
        self.no_header.toggled.connect(self._no_header_toggled)
        self.layout_.addWidget(explain)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.no_header)
        self.layout_.addLayout(row)
        self.add_status_widgets()
        self.model: GridModel | None = None

    def initializePage(self) -> None:
        state = self.state
        caption = self.file_caption(state)
        self.setSubTitle(caption if state.sheet is None else
                         self.tr("%1, sheet “%2”").replace("%1", caption).replace("%2", state.sheet))
        if state.grid is not None and state.grid_sheet == state.sheet:
            self._show()
            return
        state.grid, state.header_row, state.plan = None, None, None
        self.table.setModel(None)
        self.run(read_preview, state.path, state.sheet, write=False, done=self._read,
                 busy_text=self.tr("Reading the first rows…"))

    def _read(self, result) -> None:
        grid, index = result
        self.state.grid, self.state.grid_sheet, self.state.detected_index = grid, self.state.sheet, index
        self.state.header_row = NO_HEADER_ROW if index == NO_HEADER else grid.row_numbers[index]
        self._show()

    def _show(self) -> None:
        grid = self.state.grid
        index = self.header_index()
        self.model = GridModel(grid.rows, grid.row_numbers, index, self.table)
        self.table.setModel(self.model)
        self.spin.blockSignals(True)
        self.spin.setRange(grid.row_numbers[0], grid.row_numbers[-1])
        self.spin.setValue(max(self.state.header_row, grid.row_numbers[0]))
        self.spin.blockSignals(False)
        self._show_no_header()
        if grid.encoding:
            sep = {",": self.tr("commas"), "\t": self.tr("tabs"), ";": self.tr("semicolons"), "|": self.tr("bars"),
                   SPACE_RUNS: self.tr("runs of spaces"), FIXED_WIDTH: self.tr("spaces into fixed-width columns")}
            self.read_as.setText(self.tr("Read as %1 text separated by %2").replace("%1", grid.encoding.upper())
                                 .replace("%2", sep.get(grid.delimiter or ",", repr(grid.delimiter))))
        else:
            self.read_as.setText("")
        self.table.scrollTo(self.model.index(max(index, 0), 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        self.completeChanged.emit()

    def _show_no_header(self) -> None:
        headerless = self.state.header_row == NO_HEADER_ROW
        self.explain.setText(
            self.tr("No row of column names was found: every row is data, and the columns are numbered. If a row does "
                    "hold the column names, untick the box below and choose it.") if headerless else
            self.tr("The highlighted row holds the column names; rows above it are not imported. If it "
                    "is the wrong row, click the right one and press “Use as column names”."))
        self.no_header.blockSignals(True)
        self.no_header.setChecked(headerless)
        self.no_header.blockSignals(False)
        self.spin.setEnabled(not headerless)
        self.use_button.setEnabled(not headerless)

    def _no_header_toggled(self, checked: bool) -> None:
        grid = self.state.grid
        if grid is None:
            return
        if checked:
            self.state.header_row = NO_HEADER_ROW
            if self.model is not None:
                self.model.set_header_index(NO_HEADER)
            self._show_no_header()
            self.completeChanged.emit()
        else:
            detected = self.state.detected_index
            self.set_header_index(detected if detected is not None and detected >= 0 else 0)

    def header_index(self) -> int:
        """Index into the preview rows of the accepted header row (NO_HEADER when the first row is data)."""
        numbers = self.state.grid.row_numbers
        if self.state.header_row == NO_HEADER_ROW:
            return NO_HEADER
        return numbers.index(self.state.header_row) if self.state.header_row in numbers else 0

    def set_header_index(self, index: int) -> None:
        """Use preview row `index` (0-based) as the column names."""
        grid = self.state.grid
        if grid is None or not 0 <= index < len(grid.rows):
            return
        self.state.header_row = grid.row_numbers[index]
        if self.model is not None:
            self.model.set_header_index(index)
        self.spin.blockSignals(True)
        self.spin.setValue(self.state.header_row)
        self.spin.blockSignals(False)
        self._show_no_header()
        self.completeChanged.emit()

    def _use_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if rows:
            self.set_header_index(rows[0].row())

    def _spun(self, value: int) -> None:
        numbers = self.state.grid.row_numbers if self.state.grid else []
        if value in numbers:
            self.set_header_index(numbers.index(value))
        else:  # a row with nothing in it: take the next row that has text
            later = [i for i, n in enumerate(numbers) if n > value]
            if later:
                self.set_header_index(later[0])

    def ready(self) -> bool:
        return self.state.grid is not None and self.state.header_row is not None
