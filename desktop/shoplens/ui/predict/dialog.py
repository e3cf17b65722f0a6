"""The Predict dialog: fit the purchase and spend models; plain words first, the statistics behind Details.

The dialog fits both models in the write worker (predictions are saved), then checks them on a holdout period. It
leads with sentences (how many customers are likely to buy again, expected purchases and spend, how near the check
came); the settings, the parameters r/α/a/b/p/q/γ and the calibration chart sit behind a Details control. The
profile card's "Predicted value" section (section.py) opens it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..common.chart_canvas import ChartView
from ..common.concurrent import TaskRunner, shutdown_all
from ..common.formatting import format_count, format_money
from ..common.i18n import current_language
from ..common.messages import show_error
from ..common.progress_box import ProgressBox


def _zh() -> bool:
    return current_language().startswith("zh")


def run_prediction(ws, unit: str = "days", discount: float = 0.0, until: dt.date | None = None, lang: str = "en", *,
                   progress=None, cancelled=None) -> dict:
    """Fit on every order and save the predictions, then check a calibration fit on the holdout (worker job)."""
    from ...errors import InputError
    from ...predict.calibration import holdout_check
    from ...predict.run import predict_customers
    from ...predict.store import save_run
    from ...progress import Reporter
    from ...reports.calibration_chart import calibration_figure

    reporter = Reporter(progress, cancelled)
    result = predict_customers(ws, unit=unit, discount=discount, cancelled=reporter.cancelled,
                               progress=lambda d, t, m: reporter.progress(d, 2 * max(t, 1), m))
    reporter.check()
    save_run(ws, result)
    ws.audit("predict", {"as_of": result.as_of.isoformat(), "unit": unit, "customers": result.customers})
    out = {"summary": result.summary(), "check": None, "figure": None, "check_error": None}
    try:
        check = holdout_check(ws, until, unit, cancelled=reporter.cancelled,
                              progress=lambda d, t, m: reporter.progress(t + d, 2 * max(t, 1), m))
    except InputError as exc:
        out["check_error"] = str(exc)
    else:
        out["check"] = check
        out["figure"] = calibration_figure(check, lang)
    reporter.progress(1, 1, "")
    return out


class PredictDialog(QDialog):
    """Fit the purchase and spend models, show their parameters and how well they predicted a holdout period."""

    predicted = Signal(object)  # the run's summary dict, once saved

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.currency = workspace.meta("currency", "¥") or "¥"
        self.result: dict | None = None
        self.words_lines: list[str] = []
        self.setWindowTitle(self.tr("Predicted customer value"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "ShopLens learns from each customer's orders how likely they are to buy again and what they may spend."
            " The predictions appear on every profile card and in tag rules, and are refreshed after every import."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        top = QHBoxLayout()
        self.run_button = QPushButton(self.tr("Run predictions"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.start)
        top.addWidget(self.run_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.progress = ProgressBox(self)
        layout.addWidget(self.progress)
        self.runner = TaskRunner(self, progress=self.progress)
        self.runner.busy_changed.connect(lambda busy: self.run_button.setEnabled(not busy))
        self.words = QLabel()
        self.words.setObjectName("predictWords")
        self.words.setWordWrap(True)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.words)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setObjectName("predictNotes")
        self.notes.setStyleSheet("color: #a15c00;")
        layout.addWidget(self.notes)
        self.details_toggle = QToolButton()
        self.details_toggle.setObjectName("predictDetailsToggle")
        self.details_toggle.setText(self.tr("Details: settings, model parameters and the check chart"))
        self.details_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.details_toggle.setCheckable(True)
        self.details_toggle.setAutoRaise(True)
        self.details_toggle.toggled.connect(self.show_details)
        layout.addWidget(self.details_toggle)
        self.details = QWidget()
        self.details.setObjectName("predictDetails")
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.addLayout(self._options())
        body = QHBoxLayout()
        left = QVBoxLayout()
        self.params_table = self._params_table()
        left.addWidget(self.params_table)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        left.addWidget(self.counts)
        left.addStretch(1)
        holder = QWidget()
        holder.setLayout(left)
        holder.setMinimumWidth(360)
        holder.setMaximumWidth(400)
        body.addWidget(holder)
        right = QVBoxLayout()
        self.chart = ChartView("prediction_check", self)
        self.chart.set_placeholder(self.tr("Run the predictions to see how well they match the later orders."),
                                   self.tr("Run predictions"), self.start)
        right.addWidget(self.chart, 1)
        self.check_text = QLabel()
        self.check_text.setWordWrap(True)
        right.addWidget(self.check_text)
        body.addLayout(right, 1)
        details.addLayout(body, 1)
        self.details.hide()
        layout.addWidget(self.details, 1)
        self.spacer = QWidget()  # takes the room the details leave while they are hidden
        layout.addWidget(self.spacer, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.resize(820, 420)
        self._show_stored()

    # -- building --------------------------------------------------------------------------------------------
    def _options(self) -> QHBoxLayout:
        row = QHBoxLayout()
        form = QFormLayout()
        self.unit = QComboBox()
        self.unit.addItem(self.tr("days"), "days")
        self.unit.addItem(self.tr("weeks"), "weeks")
        form.addRow(self.tr("Time unit:"), self.unit)
        self.discount = QDoubleSpinBox()
        self.discount.setRange(0.0, 10.0)
        self.discount.setDecimals(1)
        self.discount.setSingleStep(0.5)
        self.discount.setSuffix(" %")
        self.discount.setToolTip(self.tr("Money next year is worth a little less than money today: the 12-month value"
                                         " discounts each month by this rate."))
        form.addRow(self.tr("Monthly discount rate:"), self.discount)
        row.addLayout(form)
        check_form = QFormLayout()
        self.auto_split = QCheckBox(self.tr("Hold out the last third of the history"))
        self.auto_split.setChecked(True)
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.until.setEnabled(False)
        self.auto_split.toggled.connect(lambda on: self.until.setEnabled(not on))
        check_form.addRow(self.tr("Check:"), self.auto_split)
        check_form.addRow(self.tr("Calibration ends on:"), self.until)
        row.addLayout(check_form)
        row.addStretch(1)
        last = self.workspace.conn.execute("SELECT max(substr(order_time, 1, 10)) FROM orders").fetchone()[0]
        if last:
            day = dt.date.fromisoformat(last) - dt.timedelta(days=120)
            self.until.setDate(QDate(day.year, day.month, day.day))
        return row

    def _params_table(self) -> QTableWidget:
        rows = [("r", self.tr("purchase rate: shape")), ("alpha", self.tr("purchase rate: scale (time)")),
                ("a", self.tr("dropout after a purchase: a")), ("b", self.tr("dropout after a purchase: b")),
                ("p", self.tr("order value: shape")), ("q", self.tr("spend level: shape")),
                ("gamma", self.tr("spend level: scale (money)"))]
        table = QTableWidget(len(rows), 3)
        table.setHorizontalHeaderLabels([self.tr("Parameter"), self.tr("Value"), self.tr("Meaning")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, (key, meaning) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem("γ" if key == "gamma" else "α" if key == "alpha" else key))
            table.item(r, 0).setData(Qt.ItemDataRole.UserRole, key)
            table.setItem(r, 1, QTableWidgetItem("—"))
            table.setItem(r, 2, QTableWidgetItem(meaning))
            table.item(r, 1).setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        height = table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(len(rows)))
        table.setFixedHeight(height + 2 * table.frameWidth() + 4)
        return table

    # -- showing ---------------------------------------------------------------------------------------------
    def _show_stored(self) -> None:
        from ...predict.store import latest_run

        run = latest_run(self.workspace.conn)
        if run is None:
            self.words.setText(self.tr("No predictions yet. Run predictions to see who is likely to buy again."))
            self.counts.setText(self.tr("No predictions yet."))
            return
        index = self.unit.findData(run["unit"])
        self.unit.setCurrentIndex(max(index, 0))
        self.discount.setValue(float(run["details"].get("discount_monthly") or 0.0) * 100)
        self.show_summary(run["details"])

    def show_summary(self, summary: dict) -> None:
        """Parameters, counts and notes of a run (its summary dict)."""
        from ...predict.run import note_text

        params = summary.get("params", {})
        for r in range(self.params_table.rowCount()):
            value = params.get(self.params_table.item(r, 0).data(Qt.ItemDataRole.UserRole))
            self.params_table.item(r, 1).setText("—" if value is None else f"{value:.4g}")
        self.params_table.resizeColumnToContents(1)
        last = (dt.date.fromisoformat(summary["as_of"]) - dt.timedelta(days=1)).isoformat()
        lines = [
            self.tr("From orders through %1 (time unit: %2).").replace("%1", last).replace(
                "%2", self.tr("days") if summary.get("unit") == "days" else self.tr("weeks")),
            self.tr("%1 customers, %2 of them bought more than once.").replace(
                "%1", format_count(summary["customers"])).replace("%2", format_count(summary["repeat_buyers"])),
        ]  # purchases and spend are in the plain words above, not repeated here
        self.counts.setText("\n".join(lines))
        self.words_lines = self._plain_words(summary)
        self.words.setText("<br>".join(self.words_lines))
        lang = "zh" if _zh() else "en"
        notes = [note_text(n["code"], {k: v for k, v in n.items() if k != "code"}, lang)
                 for n in summary.get("notes", [])]
        self.notes.setText("\n".join(notes))

    def _plain_words(self, summary: dict) -> list[str]:
        """The sentences read first: bands of the chance to buy again, expected purchases and spend (rich text)."""
        from ...predict.words import band_counts

        bands = summary.get("buy_again")
        if bands is None:  # a run saved before the bands were part of its summary
            bands = band_counts(r[0] for r in self.workspace.conn.execute("SELECT churn_risk FROM predictions"))
        lines = ["<b>" + self.tr("Likely to buy again in the next 12 months: high for %1 customers, medium for %2,"
                                 " low for %3.").replace("%1", format_count(bands["high"]))
                 .replace("%2", format_count(bands["medium"])).replace("%3", format_count(bands["low"])) + "</b>",
                 self.tr("Expected purchases in the next 90 days: %1.").replace(
                     "%1", f"{summary['expected_purchases_90']:,.0f}")]
        if summary.get("predicted_value_12m") is not None:
            lines.append(self.tr("Expected spend in the next 12 months, all customers together: %1.").replace(
                "%1", format_money(summary["predicted_value_12m"] * 100, self.currency)))
        last = (dt.date.fromisoformat(summary["as_of"]) - dt.timedelta(days=1)).isoformat()
        lines.append(self.tr("From the orders through %1.").replace("%1", last))
        return lines

    def show_details(self, shown: bool) -> None:
        """Show or hide the settings, parameters and check chart (the window grows to make room for them)."""
        self.details_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.details.setVisible(shown)
        self.spacer.setVisible(not shown)
        if shown and (self.width() < 1080 or self.height() < 700):
            self.resize(max(self.width(), 1080), max(self.height(), 700))

    def show_check(self, result: dict) -> None:
        """The holdout chart and its summary sentence (or why there is no check)."""
        check = result.get("check")
        if check is None:
            self.chart.set_placeholder(result.get("check_error") or "")
            if result.get("check_error"):
                self.words.setText("<br>".join([*self.words_lines, self.tr("Not checked on later orders: %1").replace(
                    "%1", result["check_error"])]))
            self.check_text.setText("")
            return
        self.chart.set_figure(result["figure"])
        end = check.calibration_end
        if not self.until.isEnabled():  # "the last third" was used: show the date it came to
            self.until.setDate(QDate(end.year, end.month, end.day))
        from ...predict.words import check_quality

        quality = check_quality(check.error)
        words = {"close": self.tr("The check came close:"), "fair": self.tr("The check came fairly close:"),
                 "rough": self.tr("The check was rough; treat the figures as a rough guide:")}[quality]
        sentence = self.tr("on the later orders, the model expected %1 purchases and customers made %2 (%3).").replace(
            "%1", f"{check.predicted:,.0f}").replace("%2", f"{check.actual:,.0f}").replace("%3", f"{check.error:+.1%}")
        space = "" if words.endswith("：") else " "  # no space after a full-width colon
        self.words.setText("<br>".join([*self.words_lines, f"{words}{space}{sentence}"]))
        self.check_text.setText(self.tr(
            "Fitted on orders through %1, the model expected %2 purchases by these customers up to %3; they made %4"
            " (%5).").replace("%1", check.calibration_end.isoformat()).replace("%2", f"{check.predicted:,.0f}")
            .replace("%3", check.holdout_end.isoformat()).replace("%4", f"{check.actual:,.0f}")
            .replace("%5", f"{check.error:+.1%}"))

    # -- running ---------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Fit, save and check in the write worker."""
        until = None
        if not self.auto_split.isChecked():
            until = self.until.date().toPython()
        self.runner.start(run_prediction, self.workspace, self.unit.currentData(), self.discount.value() / 100,
                          until, "zh_CN" if _zh() else "en", write=True, status=self.tr("Fitting the models…"),
                          on_done=self._finished, on_error=self._failed, on_cancel=self._cancelled)

    def _finished(self, result: dict) -> None:
        self.result = result
        self.progress.set_status(self.tr("Predictions saved."))
        self.show_summary(result["summary"])
        self.show_check(result)
        self.predicted.emit(result["summary"])

    def _failed(self, exc: BaseException) -> None:
        self.progress.set_status("")
        show_error(self, self.tr("Predictions"), exc)

    def _cancelled(self) -> None:
        self.progress.set_status(self.tr("Stopped; nothing was changed."))

    def closeEvent(self, event) -> None:  # Qt's name
        shutdown_all(self)
        super().closeEvent(event)


def open_predict_dialog(workspace, parent: QWidget | None = None) -> PredictDialog:
    """Show the Predict dialog for the open workspace (a window of its own)."""
    dialog = PredictDialog(workspace, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
