"""A Qt widget showing one matplotlib Figure from reports.charts, with Save as PNG/SVG (buttons and right-click).

A chart drawn in a worker (`tasks.segments.render_figure`) is shown as an image, so the UI thread never draws
matplotlib; when the slot is resized, the chart is drawn again at the new size in a worker (the old image is
scaled meanwhile). A Figure given without an image is shown in a live FigureCanvas instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
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

from .concurrent import TaskRunner

MIN_DRAWN = (360, 240)  # tasks.segments.render_figure draws no smaller; a smaller slot shows the image scaled down


class ChartView(QWidget):
    """Holds a FigureCanvas; `set_figure()` swaps the chart; buttons or right-click save it as PNG or SVG.

    `set_placeholder()` shows a sentence (and optionally a button) instead of a chart, so no slot is left blank.
    A click on a bar the chart marked as clickable (tasks.segments.bar_at) emits `bar_clicked(index)`.
    """

    bar_clicked = Signal(int)

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
        self.image_label = QLabel()
        self.image_label.setObjectName("chartImage")
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.image_label.setMinimumSize(1, 1)
        self.image_label.hide()
        self._layout.addWidget(self.image_label, 1)
        self._pixmap: QPixmap | None = None
        self._drawn_size = QSize()
        self.renderer = TaskRunner(self)  # redraws at a new size
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(250)
        self._resize_timer.timeout.connect(self._redraw)
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

    def chart_size(self) -> tuple[int, int, float]:
        """The size a chart should be drawn at: the slot below the buttons, in logical pixels, and the pixel ratio."""
        bar = self.png_button.sizeHint().height() + self._layout.spacing()
        width, height = self.width(), self.height() - bar
        if width < 200 or height < 150:  # not laid out yet
            from ...tasks.segments import DEFAULT_CHART_SIZE

            return DEFAULT_CHART_SIZE[0], DEFAULT_CHART_SIZE[1], self.devicePixelRatioF()
        return width, height, self.devicePixelRatioF()

    def set_figure(self, figure, image: tuple[bytes, int, int, float] | None = None) -> None:
        """Show a new Figure: as the image drawn in a worker when given, else in a live canvas."""
        if image is not None:
            self._drop_canvas()
            self.placeholder.hide()
            self.figure = figure
            self._show_buttons(True)
            self.show_image(image)
            return
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

    def show_image(self, image: tuple[bytes, int, int, float]) -> None:
        """Show RGBA bytes drawn by tasks.segments.render_figure."""
        data, width, height, ratio = image
        qimage = QImage(width, height, QImage.Format.Format_RGBA8888)  # owns its pixels: no pointer into `data`
        pixels = memoryview(qimage.bits()).cast("B")
        pixels[: len(data)] = data
        qimage.setDevicePixelRatio(ratio)
        self._pixmap = QPixmap.fromImage(qimage)
        self._drawn_size = QSize(round(width / ratio), round(height / ratio))
        self.image_label.show()
        self._fit()
        self._redraw_if_resized()

    def _fit(self) -> None:
        if self._pixmap is None:
            return
        target = self.image_label.size()
        if target.width() < 2 or target.height() < 2 or target == self._drawn_size:
            self.image_label.setPixmap(self._pixmap)
            return
        ratio = self._pixmap.devicePixelRatio()
        scaled = self._pixmap.scaled(target * ratio, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
        scaled.setDevicePixelRatio(ratio)
        self.image_label.setPixmap(scaled)

    def bar_index_at(self, pos: QPointF) -> int | None:
        """The index of the marked bar at a point of this widget, on the chart as shown (scaled or not)."""
        from ...tasks.segments import bar_at

        pixmap = self.image_label.pixmap()
        if self.figure is None or pixmap is None or pixmap.isNull() or not self.image_label.isVisible():
            return None
        size = pixmap.deviceIndependentSize()
        label = self.image_label.geometry()
        left = label.x() + (label.width() - size.width()) / 2  # the image is centred in its label
        top = label.y() + (label.height() - size.height()) / 2
        fx = (pos.x() - left) / size.width()
        fy = 1 - (pos.y() - top) / size.height()
        if not (0 <= fx <= 1 and 0 <= fy <= 1):
            return None
        return bar_at(self.figure, fx, fy)

    def mouseReleaseEvent(self, event) -> None:  # Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            index = self.bar_index_at(event.position())
            if index is not None:
                self.bar_clicked.emit(index)
                return
        super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event) -> None:  # Qt override: the pointer says where a bar can be clicked
        on_bar = self.bar_index_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if on_bar else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def set_clickable_bars(self, on: bool) -> None:
        """Follow the pointer, so the cursor shows where a bar opens its customers."""
        self.setMouseTracking(on)
        self.image_label.setMouseTracking(on)

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        if self._pixmap is not None and self.figure is not None:
            self._fit()
            self._redraw_if_resized()

    def _redraw_if_resized(self) -> None:
        """Draw again (soon, in a worker) when the slot differs from the size the chart was drawn at: it was drawn
        before the page was laid out, or the window was resized."""
        if self._pixmap is None or self.figure is None:
            return
        width, height, _ratio = self.chart_size()
        width, height = max(width, MIN_DRAWN[0]), max(height, MIN_DRAWN[1])  # as render_figure draws a small slot
        drawn = self._drawn_size
        if abs(width - drawn.width()) > 0.06 * drawn.width() or abs(height - drawn.height()) > 0.06 * drawn.height():
            self._resize_timer.start()

    def _redraw(self) -> None:
        """Draw the chart again at the slot's new size, in a worker."""
        from ...tasks.segments import render_figure

        if self.figure is None or self._pixmap is None:
            return
        self.renderer.start(render_figure, self.figure, *self.chart_size(), on_done=self.show_image)

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
        self._resize_timer.stop()
        self.renderer.shutdown()
        self._pixmap = None
        self.image_label.clear()
        self.image_label.hide()
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
        from ...tasks.segments import save_chart

        if self.figure is None:
            return None
        if path is None:
            filters = self.tr("PNG image (*.png)") if fmt == "png" else self.tr("SVG drawing (*.svg)")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart"), f"{self.name}.{fmt}", filters)
            if not path:
                return None
        save_chart(self.figure, path)
        return path
