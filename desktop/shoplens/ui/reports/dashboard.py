"""The dashboard: KPI cards and the shop's charts, computed in a worker and shown in Qt canvases.

Charts that need a segmentation run (segment sizes, KMeans clusters) say so, with a button that opens the
segmentation wizard, until there is one.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...features.headline import ACTIVE_DAYS
from ..common.chart_canvas import ChartView
from ..common.concurrent import TaskRunner
from ..common.progress_box import ProgressBox

CHART_ORDER = ("segments", "rf_heatmap", "monthly", "cohorts", "clusters", "distributions")


def ui_language() -> str:
    """'zh_CN' or 'en': the language the app runs in."""
    app = QCoreApplication.instance()
    lang = app.property("shoplens_language") if app is not None else None
    if not lang:
        lang = QLocale().name()
    return "zh_CN" if str(lang).startswith("zh") else "en"


class KpiCard(QFrame):
    """One headline figure with its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("kpiCard")
        layout = QVBoxLayout(self)
        self.value = QLabel("–")
        self.value.setObjectName("kpiValue")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.period = QLabel("")  # the days the figure covers: every card says its period
        self.period.setObjectName("kpiPeriod")
        self.period.setStyleSheet("color: #666;")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.period)


class DashboardView(QWidget):
    """KPI cards (customers, active customers, revenue, repeat-purchase rate, average order value) and charts."""

    run_saved = Signal(int)  # a segmentation run was saved from the dashboard's own button

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.wizard = None
        self.result: dict | None = None
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel(self.tr("Dashboard"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        top.addWidget(self.title)
        top.addStretch(1)
        self.progress = ProgressBox(self, with_status=False)
        self.progress.setMaximumWidth(300)
        top.addWidget(self.progress)
        self.runner = TaskRunner(self, progress=self.progress)
        self.runner.busy_changed.connect(lambda busy: self.refresh_button.setEnabled(not busy))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        outer.addLayout(top)
        cards = QHBoxLayout()
        self.cards = {
            "customers": KpiCard(self.tr("Customers who bought")),
            "active": KpiCard(self.tr("Active customers (last 90 days)")),
            "revenue": KpiCard(self.tr("Revenue")),
            "repeat": KpiCard(self.tr("Repeat-purchase rate")),
            "aov": KpiCard(self.tr("Average order value")),
        }
        for card in self.cards.values():
            cards.addWidget(card)
        outer.addLayout(cards)
        self.as_of = QLabel()
        self.as_of.setObjectName("asOf")
        outer.addWidget(self.as_of)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        holder = QWidget()
        self.grid = QGridLayout(holder)
        scroll.setWidget(holder)
        outer.addWidget(scroll, 1)
        self.charts: dict[str, ChartView] = {}
        for i, name in enumerate(CHART_ORDER):
            view = ChartView(name)
            view.setMinimumHeight(340)
            self.grid.addWidget(view, i // 2, i % 2)
            self.charts[name] = view
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        outer.addWidget(self.message)

    def refresh(self) -> None:
        """Recompute the figures in a worker; a running refresh is stopped first."""
        from ...tasks.segments import dashboard_data

        self.message.setText(self.tr("Calculating…"))
        sizes = {name: view.chart_size() for name, view in self.charts.items()}
        self.runner.start(dashboard_data, self.workspace, ui_language(), sizes, on_done=self.show_result,
                          on_error=self._on_failed, on_cancel=self._on_cancelled)

    def stop(self) -> None:
        """Stop a running refresh (the charts shown stay as they were)."""
        self.runner.cancel()

    def _on_cancelled(self) -> None:
        self.message.setText(self.tr("Stopped. Press Refresh to calculate the dashboard again."))

    def _on_failed(self, exc: object) -> None:
        from ..common.worker import describe_error

        self.message.setText(self.tr("The dashboard could not be calculated: %1").replace(
            "%1", describe_error(exc) if isinstance(exc, BaseException) else str(exc)))

    def show_result(self, result: dict) -> None:
        """Fill the cards and charts from a dashboard_data() result."""
        self.result = result
        k = result["kpis"]
        currency = result["currency"]
        locale = QLocale()
        self.cards["customers"].value.setText(locale.toString(k.buyers))
        self.cards["active"].value.setText(locale.toString(k.active_90))
        self.cards["revenue"].value.setText(f"{currency}{k.revenue:,.0f}")
        self.cards["repeat"].value.setText(f"{k.repeat_rate * 100:.1f}%")
        self.cards["aov"].value.setText(f"{currency}{k.aov:,.2f}")
        self.as_of.setText(self.tr("As of %1 (the day after the last order)").replace("%1", k.as_of.isoformat()))
        span = self.tr("%1 to %2")
        whole = span.replace("%1", k.first_order or "–").replace("%2", k.last_order or "–") if k.orders else ""
        recent = span.replace("%1", (k.as_of - dt.timedelta(days=ACTIVE_DAYS)).isoformat()).replace(
            "%2", (k.as_of - dt.timedelta(days=1)).isoformat())
        for key, card in self.cards.items():
            card.period.setText(recent if key == "active" else whole)
        figures = result["figures"]
        images = result.get("images", {})
        for name, view in self.charts.items():
            if name in figures:
                view.set_figure(figures[name], images.get(name))
            else:
                self._placeholder(name, view, bool(k.orders), bool(result.get("runs")))
        self.message.setText("" if k.orders else self.tr("No orders yet: import a sales export to fill the"
                                                          " dashboard."))

    def _placeholder(self, name: str, view: ChartView, has_orders: bool, has_runs: bool) -> None:
        run = self.tr("Run a segmentation…")
        if not has_orders:
            view.set_placeholder(self.tr("This chart appears once sales orders are imported."))
        elif name == "segments":
            view.set_placeholder(self.tr("Run a segmentation to see the size and revenue share of each segment."),
                                 run, self.open_wizard)
        elif name == "clusters":
            text = (self.tr("Run a KMeans segmentation to see the customer groups side by side.") if has_runs else
                    self.tr("Run a segmentation with KMeans groups to see them side by side."))
            view.set_placeholder(text, run, lambda: self.open_wizard("kmeans"))
        else:
            view.set_placeholder(self.tr("Not enough data for this chart yet."))

    def open_wizard(self, method: str | None = None):
        """Open the segmentation wizard; the dashboard refreshes when it saves a run."""
        from ..segments.wizard import SegmentationWizard

        self.wizard = SegmentationWizard(self.workspace, self, method=method)
        self.wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # the page closes it with the workspace
        self.wizard.saved.connect(self._saved)
        self.wizard.destroyed.connect(self._wizard_gone)
        self.wizard.open()
        return self.wizard

    def _saved(self, run_id: int) -> None:
        self.run_saved.emit(run_id)
        self.refresh()

    def _wizard_gone(self, *_args) -> None:
        self.wizard = None

