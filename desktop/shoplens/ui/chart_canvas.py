"""A Qt widget showing one matplotlib Figure from reports.charts, with Save as PNG/SVG (buttons and right-click)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class ChartView(QWidget):
    """Holds a FigureCanvas; `set_figure()` swaps the chart; buttons or right-click save it as PNG or SVG.

    `set_placeholder()` shows a sentence (and optionally a button) instead of a chart, so no slot is left blank.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.figure = None
        self._canvas = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        bar = QHBoxLayout()
        bar.addStretch(1)
        self.png_button = self._tool(self.tr("PNG…"), self.tr("Save this chart as a PNG image"), "png")
        self.svg_button = self._tool(self.tr("SVG…"), self.tr("Save this chart as an SVG drawing"), "svg")
        bar.addWidget(self.png_button)
        bar.addWidget(self.svg_button)
        self._layout.addLayout(bar)
        self.placeholder = QWidget()
        holder = QVBoxLayout(self.placeholder)
        holder.addStretch(1)
        self.placeholder_text = QLabel()
        self.placeholder_text.setObjectName("chartPlaceholder")
        self.placeholder_text.setWordWrap(True)
        self.placeholder_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        holder.addWidget(self.placeholder_text)
        row = QHBoxLayout()
        row.addStretch(1)
        self.placeholder_button = QPushButton()
        row.addWidget(self.placeholder_button)
        row.addStretch(1)
        holder.addLayout(row)
        holder.addStretch(1)
        self.placeholder.hide()
        self._layout.addWidget(self.placeholder, 1)
        self._placeholder_action: Callable[[], object] | None = None
        self.placeholder_button.clicked.connect(self._placeholder_clicked)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._show_buttons(False)

    def _tool(self, text: str, tip: str, fmt: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(lambda: self.save_as(fmt))
        return button

    def _show_buttons(self, on: bool) -> None:
        self.png_button.setVisible(on)
        self.svg_button.setVisible(on)

    def set_figure(self, figure) -> None:
        """Show a new Figure (matplotlib is imported here, the first time a chart is shown)."""
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        self._drop_canvas()
        self.placeholder.hide()
        self.figure = figure
        self._canvas = FigureCanvasQTAgg(figure)
        self._canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self._canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._layout.addWidget(self._canvas, 1)
        self._show_buttons(True)
        self._canvas.draw_idle()

    def set_placeholder(self, text: str, button_text: str = "", action: Callable[[], object] | None = None) -> None:
        """Show `text` (and a button running `action`) where the chart would be."""
        self._drop_canvas()
        self.figure = None
        self._show_buttons(False)
        self.placeholder_text.setText(text)
        self.placeholder_button.setText(button_text)
        self.placeholder_button.setVisible(bool(button_text and action))
        self._placeholder_action = action
        self.placeholder.show()

    def _placeholder_clicked(self) -> None:
        if self._placeholder_action is not None:
            self._placeholder_action()

    def _drop_canvas(self) -> None:
        if self._canvas is not None:
            self._layout.removeWidget(self._canvas)
            self._canvas.deleteLater()
            self._canvas = None

    def _menu(self, pos) -> None:
        if self.figure is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Save chart as PNG…"), lambda: self.save_as("png"))
        menu.addAction(self.tr("Save chart as SVG…"), lambda: self.save_as("svg"))
        menu.exec(self.mapToGlobal(pos))

    def save_as(self, fmt: str, path: str | None = None) -> str | None:
        """Ask for a file name (unless given) and write the chart there."""
        from ..reports.charts import save_figure

        if self.figure is None:
            return None
        if path is None:
            filters = self.tr("PNG image (*.png)") if fmt == "png" else self.tr("SVG drawing (*.svg)")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart"), f"{self.name}.{fmt}", filters)
            if not path:
                return None
        save_figure(self.figure, path)
        return path
