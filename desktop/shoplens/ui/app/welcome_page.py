"""The first page: open the demo shop, create a workspace, open one, or pick a recent one."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


class WelcomePage(QWidget):
    """Three big choices and the recent workspaces."""

    open_demo = Signal()
    new_workspace = Signal()
    open_workspace = Signal()
    open_recent = Signal(str)

    def __init__(self, recent: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 50, 60, 40)
        title = QLabel(self.tr("Welcome to ShopLens"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        title.setFont(font)
        outer.addWidget(title)
        intro = QLabel(self.tr(
            "ShopLens turns your shop's spreadsheets (till and online-shop orders, member lists) into customer"
            " profiles and segments. Everything stays in one workspace file on this computer."))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        outer.addSpacing(24)
        row = QHBoxLayout()
        self.demo_button = self._big_button(self.tr("Open the demo shop"),
                                            self.tr("A small tea shop with two years of sales, to look around"))
        self.new_button = self._big_button(self.tr("New workspace"), self.tr("Start empty and import your files"))
        self.open_button = self._big_button(self.tr("Open workspace"), self.tr("Continue with a .shoplens file"))
        self.demo_button.clicked.connect(self.open_demo)
        self.new_button.clicked.connect(self.new_workspace)
        self.open_button.clicked.connect(self.open_workspace)
        for button in (self.demo_button, self.new_button, self.open_button):
            row.addWidget(button)
        outer.addLayout(row)
        outer.addSpacing(24)
        self.recent_label = QLabel(self.tr("Recent workspaces"))
        bold = self.recent_label.font()
        bold.setBold(True)
        self.recent_label.setFont(bold)
        outer.addWidget(self.recent_label)
        self.recent_list = QListWidget()
        self.recent_list.itemActivated.connect(lambda item: self.open_recent.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.recent_list.itemClicked.connect(lambda item: self.open_recent.emit(item.data(Qt.ItemDataRole.UserRole)))
        outer.addWidget(self.recent_list, 1)
        hint = QLabel(self.tr("Tip: drag spreadsheet files (.xlsx, .xls, .csv, …) onto this window to import them."))
        hint.setWordWrap(True)
        outer.addWidget(hint)
        self.set_recent(recent or [])

    def _big_button(self, title: str, subtitle: str) -> QPushButton:
        button = QPushButton(f"{title}\n{subtitle}")
        button.setMinimumHeight(72)
        button.setMinimumWidth(200)
        button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # a narrow window clips, not grows
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * 1.05)
        button.setFont(font)
        return button

    def set_recent(self, paths: list[str]) -> None:
        """Show the recent workspaces (missing files are listed greyed with a note)."""
        self.recent_list.clear()
        for path in paths:
            exists = os.path.exists(path)
            text = f"{os.path.basename(path)}    {os.path.dirname(path)}"
            if not exists:
                text += "    " + self.tr("(file not found)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            if not exists:
                item.setForeground(Qt.GlobalColor.gray)
            self.recent_list.addItem(item)
        self.recent_label.setVisible(bool(paths))
        self.recent_list.setVisible(bool(paths))
