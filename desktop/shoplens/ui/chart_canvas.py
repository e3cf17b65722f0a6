"""A Qt widget showing one matplotlib Figure from reports.charts, with Save as PNG/SVG."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QSizePolicy, QVBoxLayout, QWidget


class ChartView(QWidget):
    """Holds a FigureCanvas; `set_figure()` swaps the chart; right-click saves it as PNG or SVG."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.figure = None
        self._canvas = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_figure(self, figure) -> None:
        """Show a new Figure (matplotlib is imported here, the first time a chart is shown)."""
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        if self._canvas is not None:
            self._layout.removeWidget(self._canvas)
            self._canvas.deleteLater()
        self.figure = figure
        self._canvas = FigureCanvasQTAgg(figure)
        self._canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self._canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._layout.addWidget(self._canvas)
        self._canvas.draw_idle()

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

        if path is None:
            filters = self.tr("PNG image (*.png)") if fmt == "png" else self.tr("SVG drawing (*.svg)")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart"), f"{self.name}.{fmt}", filters)
            if not path:
                return None
        save_figure(self.figure, path)
        return path
