"""The main window: welcome page or an open workspace, menus, recent files, drag-and-drop import, status bar."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ... import settings
from ...errors import WorkspaceError
from ...tasks.workspace import (
    SPREADSHEET_SUFFIXES,
    SUFFIX,
    build_demo,
    create_workspace,
    demo_path,
    is_spreadsheet,
    workspace_summary,
)
from ..common.concurrent import TaskRunner
from ..common.formatting import format_count
from ..common.messages import show_error, show_info
from ..common.progress_panel import ProgressPanel
from ..common.worker import close_workspace
from .analyses_status import AnalysesStatus
from .welcome_page import WelcomePage
from .workspace_guard import ReadOnlyBanner, offer_backup, open_for_app
from .workspace_view import WorkspaceView

log = logging.getLogger("shoplens.ui.app.main_window")


class MainWindow(QMainWindow):
    """ShopLens's window; `workspace` is the open Workspace or None (then the welcome page shows)."""

    workspace_opened = Signal(object)
    workspace_closed = Signal()
    summary_shown = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = None
        self.view: WorkspaceView | None = None
        self.opener = TaskRunner(self)  # opening or creating a workspace
        self.summary = TaskRunner(self)  # the counts in the status bar
        self.progress_panel = None  # building the demo shop
        self.import_wizard = None
        self.setAcceptDrops(True)
        self.resize(1180, 760)
        self.stack = QStackedWidget()
        self.banner = ReadOnlyBanner()  # shown while the workspace is open read-only (another copy has it)
        self.banner.reopen.connect(lambda: self.workspace is not None and self.open_path(self.workspace.path))
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.welcome = self._make_welcome()
        self.stack.addWidget(self.welcome)
        self.loading = QLabel()
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        self.status_counts = QLabel()
        self.status_counts.setObjectName("statusCounts")
        self.statusBar().addPermanentWidget(self.status_counts)
        self.analyses = AnalysesStatus()  # predictions and suggestions after an import, in the background
        self.analyses.updated.connect(self.data_changed)
        self.analyses.said.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.statusBar().addPermanentWidget(self.analyses)
        self._build_menus()
        self._update_title()

    # -- building ----------------------------------------------------------------------------------------------
    def _make_welcome(self) -> WelcomePage:
        page = WelcomePage(settings.recent_workspaces())
        page.open_demo.connect(self.open_demo)
        page.new_workspace.connect(self.new_workspace)
        page.open_workspace.connect(self.choose_workspace)
        page.open_recent.connect(self.open_path)
        return page

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _=False: slot())
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New workspace…"), self.new_workspace, QKeySequence.StandardKey.New)
        self.open_action = self._action(self.tr("&Open workspace…"), self.choose_workspace,
                                        QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.demo_action = self._action(self.tr("Open the &demo shop"), self.open_demo)
        self.import_action = self._action(self.tr("&Import files…"), self.choose_import_files,
                                          QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I))
        self.close_action = self._action(self.tr("&Close workspace"), self.close_workspace,
                                         QKeySequence.StandardKey.Close)
        self.restore_action = self._action(self.tr("Restore from &backup…"), self.restore_from_backup)
        self.settings_action = self._action(self.tr("&Settings…"), self.open_settings,
                                            QKeySequence.StandardKey.Preferences)
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.close_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        self.audit_action = self._action(self.tr("&Audit log…"), self.show_audit_log)
        file_menu.addAction(self.audit_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Glossary of figures"), self.show_glossary))
        help_menu.addAction(self._action(self.tr("Show the &log folder"), self.show_log_folder))
        help_menu.addAction(self._action(self.tr("&About ShopLens"), self.show_about))
        self._update_actions()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = settings.recent_workspaces()
        for path in paths:
            action = self.recent_menu.addAction(os.path.basename(path))
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not paths:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def _update_actions(self) -> None:
        has_ws = self.workspace is not None
        self.import_action.setEnabled(has_ws and not self.workspace.readonly)
        self.close_action.setEnabled(has_ws)
        self.audit_action.setEnabled(has_ws)
        self.restore_action.setEnabled(has_ws)

    def _update_title(self) -> None:
        if self.workspace is None:
            self.setWindowTitle("ShopLens")
        else:
            name = self.workspace.meta("shop_name", "") or Path(self.workspace.path).stem
            if self.workspace.readonly:
                name = self.tr("%1 (read-only)").replace("%1", name)
            self.setWindowTitle(f"{name} — ShopLens")

    # -- opening and closing workspaces ------------------------------------------------------------------------
    def choose_workspace(self) -> None:
        """Ask for a .shoplens file and open it."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open workspace"), self._start_folder(),
                                              self.tr("ShopLens workspaces (*.shoplens);;All files (*)"))
        if path:
            self.open_path(path)

    def new_workspace(self) -> None:
        """Ask for a name and create an empty workspace there."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New workspace"),
                                              os.path.join(self._start_folder(), self.tr("My shop") + SUFFIX),
                                              self.tr("ShopLens workspaces (*.shoplens)"))
        if path:
            self.create_path(path)

    def _start_folder(self) -> str:
        folder = settings.get(settings.LAST_FOLDER)
        if folder and os.path.isdir(folder):
            return folder
        from platformdirs import user_documents_dir

        return user_documents_dir()

    def open_path(self, path: str | os.PathLike[str]) -> None:
        """Open a workspace file in a worker (it is checked first: that can take a moment on a big file)."""
        self._start_opening(open_for_app, path, self.tr("Opening %1…").replace("%1", os.path.basename(path)))

    def create_path(self, path: str | os.PathLike[str]) -> None:
        """Create a new workspace file and open it."""
        self._start_opening(create_workspace, path, self.tr("Creating %1…").replace("%1", os.path.basename(path)))

    def _start_opening(self, fn, path, message: str) -> None:
        self.statusBar().showMessage(message)
        if self.workspace is None:
            self.loading.setText(message)
            self.stack.setCurrentWidget(self.loading)
        path = os.fspath(path)
        self.opener.start(fn, path, write=True, on_done=self.set_workspace,
                          on_error=lambda exc: self._open_failed(path, exc))

    def _open_failed(self, path: str, exc: BaseException) -> None:
        self.statusBar().clearMessage()
        if self.workspace is None:
            self.stack.setCurrentWidget(self.welcome)
        if isinstance(exc, WorkspaceError) and not os.path.exists(path):
            settings.remove_recent_workspace(path)
            self.welcome.set_recent(settings.recent_workspaces())
        if offer_backup(self, path, exc) is not None:  # damaged: its newest healthy backup copy is offered
            return
        show_error(self, self.tr("The workspace could not be opened"), exc)

    def set_workspace(self, workspace) -> None:
        """Show an opened Workspace (closing the one open before)."""
        self.close_workspace(show_welcome=False)
        self.workspace = workspace
        self.view = WorkspaceView(workspace, self)
        self.view.data_changed.connect(self.data_changed)
        self.view.import_requested.connect(self.choose_import_files)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        self.banner.set_workspace(workspace)
        self.view.select("home")  # a workspace opens on Home: what happened and what to do this week
        path = str(Path(workspace.path).resolve())
        settings.add_recent_workspace(path)
        settings.put(settings.LAST_FOLDER, os.path.dirname(path))
        self.welcome.set_recent(settings.recent_workspaces())
        self.statusBar().clearMessage()
        self._update_title()
        self._update_actions()
        self.refresh_status()
        self.analyses.start_if_due(workspace)  # left by an import the app did not see to the end
        self.workspace_opened.emit(workspace)

    def close_workspace(self, show_welcome: bool = True) -> None:
        """Close the open workspace (waiting for work that reads it) and show the welcome page."""
        if self.workspace is None:
            return
        tasks = [task for task in (self.summary.shutdown(), self.analyses.shutdown()) if task is not None]
        if self.import_wizard is not None:  # an import under way is rolled back; wait for its worker below
            tasks += self.import_wizard.shutdown()
        if self.view is not None:
            tasks += self.view.shutdown()
            self.stack.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None
        for task in tasks:
            if not task.wait(10_000):  # no worker may still use the connection
                log.warning("a background task on the workspace did not stop in time")
        ws, self.workspace = self.workspace, None
        self.banner.set_workspace(None)
        close_workspace(ws)
        self.status_counts.clear()
        if show_welcome:
            self.stack.setCurrentWidget(self.welcome)
            self._update_title()
            self._update_actions()
        self.workspace_closed.emit()

    # -- status bar --------------------------------------------------------------------------------------------
    def refresh_status(self) -> None:
        """Recount customers and orders in a worker and show them with the date range."""
        if self.workspace is None:
            return
        self.summary.start(workspace_summary, self.workspace, on_done=self.show_summary)

    def show_summary(self, summary: dict) -> None:
        """Put a workspace summary in the status bar."""
        text = self.tr("%1 customers · %2 orders").replace("%1", format_count(summary["customers"])) \
            .replace("%2", format_count(summary["orders"]))
        if summary.get("first_order"):
            text += " · " + self.tr("%1 to %2").replace("%1", summary["first_order"]) \
                .replace("%2", summary["last_order"])
        self.status_counts.setText(text)
        self.summary_shown.emit(summary)

    def data_changed(self) -> None:
        """The data changed (import, cleaning): refresh the pages and the counts."""
        if self.view is not None:
            self.view.refresh()
        self.refresh_status()

    # -- the demo shop -----------------------------------------------------------------------------------------
    def open_demo(self) -> None:
        """Open the demo shop, building it first (in a worker, with progress and Cancel) if it does not exist."""
        path = demo_path()
        if path.exists():
            self.open_path(path)
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            show_error(self, self.tr("The demo shop could not be built"), exc)
            return
        self.progress_panel = ProgressPanel(self.tr("Building the demo shop (about a minute)…"), self)
        self.progress_panel.start(
            build_demo, str(path), write=True, on_done=self.open_path,
            on_error=lambda exc: show_error(self, self.tr("The demo shop could not be built"), exc),
            on_cancel=lambda: self.statusBar().showMessage(self.tr("Building the demo shop was cancelled."), 8000))

    # -- importing ---------------------------------------------------------------------------------------------
    def choose_import_files(self) -> None:
        """Ask for spreadsheet files and start the import wizard with them."""
        patterns = " ".join(f"*{s}" for s in SPREADSHEET_SUFFIXES)
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import files"), self._start_folder(),
                                                self.tr("Spreadsheets (%1);;All files (*)").replace("%1", patterns))
        if files:
            self.start_import(files)

    def start_import(self, files: list[str]):
        """Open the import wizard on these files; returns the wizard (None when it could not start)."""
        if self.workspace is None:
            show_info(self, self.tr("Import files"), self.tr(
                "Open or create a workspace first (or open the demo shop), then drop the files again."))
            return None
        from ..importing.wizard import ImportWizard

        self.analyses.shutdown()  # the new files' import need not wait for it in the write worker; it runs after them
        wizard = ImportWizard(self.workspace, files=list(files), parent=self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(self._imported)  # a bound method (see data_browser: lambdas on self-deleting windows)
        wizard.see_what_to_do.connect(self.show_home)
        self.import_wizard = wizard
        wizard.destroyed.connect(self._wizard_gone)
        wizard.show()
        return wizard

    def show_home(self) -> None:
        """Show Home (what changed and this week's actions), e.g. from the import wizard's result page."""
        if self.view is not None:
            self.view.go_to("home")

    def _imported(self, *_args) -> None:
        self.data_changed()
        self.analyses.start_if_due(self.workspace)  # the files are in: predictions and suggestions follow

    def _wizard_gone(self, *_args) -> None:
        self.import_wizard = None
        self.analyses.start_if_due(self.workspace)  # stopped for the wizard, which may have imported nothing

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt override
        if self._dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # Qt override
        files = self._dropped_files(event)
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        workspaces = [f for f in files if f.lower().endswith(SUFFIX)]
        if workspaces:
            self.open_path(workspaces[0])
        else:
            self.start_import(files)

    @staticmethod
    def _dropped_files(event) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        return [f for f in files if is_spreadsheet(f) or f.lower().endswith(SUFFIX)]

    # -- settings, help ----------------------------------------------------------------------------------------
    def open_settings(self):
        """Open the settings dialog (language; the workspace's currency, phone region and time zone)."""
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.workspace, self)
        dialog.workspace_saved.connect(self._settings_saved)  # written in a worker: refresh when they are
        dialog.save_failed.connect(self._settings_not_saved)
        dialog.finished.connect(self._settings_closed)
        dialog.open()
        return dialog

    def _settings_saved(self, _changes) -> None:
        self.data_changed()
        self._settings_closed()

    def _settings_not_saved(self, exc: BaseException) -> None:
        show_error(self, self.tr("The settings could not be saved"), exc)
        self._settings_closed()

    def _settings_closed(self, *_args) -> None:
        """Delete the settings dialog once it is closed and its saving (if any) has ended."""
        dialog = self.sender()
        if isinstance(dialog, QDialog) and not dialog.isVisible() and not dialog.saver.busy:
            dialog.deleteLater()

    def restore_from_backup(self):
        """List the open workspace's backup copies; the chosen one is restored in a worker and reopened."""
        from ..privacy.backup_dialog import RestoreBackupDialog

        if self.workspace is None:
            return None
        self._restore_path = self.workspace.path
        dialog = RestoreBackupDialog(self._restore_path, self.workspace, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # a bound method, not a lambda: under PySide6 6.12 a lambda on a self-deleting dialog's signal can crash
        dialog.restore_chosen.connect(self._restore_chosen)
        dialog.open()
        return dialog

    def _restore_chosen(self, name: str) -> None:
        from .workspace_guard import restore_and_reopen

        restore_and_reopen(self, self._restore_path, name)

    def show_audit_log(self):
        """Open the audit log viewer of the open workspace."""
        from ..data.audit_log_view import open_audit_log

        return open_audit_log(self)

    def show_log_folder(self) -> None:
        """Tell where the log file is (and open the folder when the desktop can)."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from ...logs import log_dir

        folder = log_dir()
        show_info(self, self.tr("Log folder"), self.tr("ShopLens writes its log to %1").replace("%1", str(folder)))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_glossary(self) -> None:
        """What each headline figure means (Help ▸ Glossary of figures)."""
        from .glossary import GlossaryDialog

        GlossaryDialog(self).exec()

    def show_about(self) -> None:
        """Version and licence notes."""
        from ... import __version__

        show_info(self, self.tr("About ShopLens"), self.tr(
            "ShopLens %1: customer profiles and segments from a shop's spreadsheets.\n\n"
            "Chinese text uses the WenQuanYi Micro Hei font (Apache-2.0).").replace("%1", __version__))

    # -- window state ------------------------------------------------------------------------------------------
    def restore_state(self) -> None:
        """Restore the saved geometry and toolbar/dock state."""
        geometry = settings.get(settings.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        state = settings.get(settings.WINDOW_STATE)
        if state:
            self.restoreState(state)

    def save_state(self) -> None:
        """Remember the geometry and state for the next start."""
        settings.put(settings.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        settings.put(settings.WINDOW_STATE, bytes(self.saveState().data()))

    def shutdown(self) -> None:
        """Stop background work and close the workspace (the window is closing)."""
        self.opener.shutdown()
        for panel in self.findChildren(ProgressPanel):  # building the demo shop
            panel.runner.shutdown()
        self.close_workspace(show_welcome=False)

    def closeEvent(self, event) -> None:  # Qt override
        self.save_state()
        self.shutdown()
        super().closeEvent(event)

    def changeEvent(self, event) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Rebuild menus and pages in the new language (the open workspace stays open)."""
        self._build_menus()
        self.banner.retranslate()
        self._update_title()
        old_welcome = self.welcome
        self.welcome = self._make_welcome()
        self.stack.insertWidget(0, self.welcome)
        showing_welcome = self.stack.currentWidget() is old_welcome
        self.stack.removeWidget(old_welcome)
        old_welcome.deleteLater()
        if self.workspace is not None and self.view is not None:
            key = self.view.current_key
            self.view.shutdown()
            self.stack.removeWidget(self.view)
            self.view.deleteLater()
            self.view = WorkspaceView(self.workspace, self)
            self.view.data_changed.connect(self.data_changed)
            self.view.import_requested.connect(self.choose_import_files)
            self.stack.addWidget(self.view)
            self.stack.setCurrentWidget(self.view)
            self.view.select(key or "home")
            self.refresh_status()
        elif showing_welcome:
            self.stack.setCurrentWidget(self.welcome)
