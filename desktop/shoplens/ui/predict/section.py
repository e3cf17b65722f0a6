"""The profile card's "Predicted value" section: the customer's stored predictions and a Predict… button."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..common.formatting import format_money


def percent(share: float | None) -> str:
    """A share as a whole percentage, never rounding a near-certainty to 100% or a small chance to 0%."""
    if share is None:
        return ""
    if 0.995 <= share < 1:
        return "> 99%"
    if 0 < share < 0.005:
        return "< 1%"
    return f"{share:.0%}"


def _find_workspace(widget: QWidget | None):
    """The open Workspace of a window above `widget` (the data browser holds it), or None."""
    from ...workspace import Workspace

    while widget is not None:
        candidate = getattr(widget, "workspace", None)
        if isinstance(candidate, Workspace):
            return candidate
        widget = widget.parentWidget()
    return None


def prediction_section(card, conn: sqlite3.Connection, customer_id: int) -> QWidget | None:
    """The customer's predictions (chance still active, next 90 days, 12-month value, next order) on the card."""
    from ...predict.store import customer_prediction, latest_run

    translate = QCoreApplication.translate
    run = latest_run(conn)
    box = QGroupBox(translate("PredictSection", "Predicted value"))
    box.setObjectName("predictedValue")
    layout = QVBoxLayout(box)
    row = customer_prediction(conn, customer_id) if run else None
    if run and row is None and conn.execute("SELECT 1 FROM predictions LIMIT 1").fetchone() is None:
        run = None  # the last refresh had too little data and removed them: as if never predicted
    if run is None:
        text = translate("PredictSection", "Not predicted yet: Predict… fits the models on this shop's orders.")
    elif row:
        text = translate("PredictSection", "From orders through %1 (BG/NBD and Gamma-Gamma models).")
    else:
        text = translate("PredictSection", "No prediction: this customer had no orders by %1.")
    if run is not None:
        text = text.replace("%1", (dt.date.fromisoformat(run["as_of"]) - dt.timedelta(days=1)).isoformat())
    if row:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        currency = getattr(card, "currency", "¥")
        never = translate("PredictSection", "not within 5 years")
        fields = [
            (translate("PredictSection", "Probability still active"), percent(row["p_alive"])),
            (translate("PredictSection", "Expected orders, next 90 days"), f"{row['expected_90']:.2f}"),
            (translate("PredictSection", "Churn risk (no order in 12 months)"), percent(row["churn_risk"])),
            (translate("PredictSection", "Expected spend per order"),
             format_money(row["expected_spend_cents"], currency)),
            (translate("PredictSection", "Expected next order (if still active)"), row["next_order"] or never),
            (translate("PredictSection", "Predicted 12-month value"), format_money(row["value_12m_cents"], currency)),
        ]
        colon = translate("PredictSection", "%1:")
        for i, (label, value) in enumerate(fields):
            shown = QLabel(value or "—")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(QLabel(colon.replace("%1", label)), i // 2, 3 * (i % 2))
            grid.addWidget(shown, i // 2, 3 * (i % 2) + 1)
        grid.setColumnMinimumWidth(2, 24)
        grid.setColumnStretch(5, 1)
        layout.addLayout(grid)
    foot = QHBoxLayout()
    note = QLabel(text)
    note.setWordWrap(True)
    note.setStyleSheet("color: #666;")
    foot.addWidget(note, 1)
    workspace = _find_workspace(card.parentWidget()) if isinstance(card, QWidget) else None
    if workspace is not None:
        button = QPushButton(translate("PredictSection", "Predict…"))
        button.setObjectName("predictButton")

        def open_dialog():
            from .dialog import open_predict_dialog

            dialog = open_predict_dialog(workspace, card)
            dialog.predicted.connect(lambda _summary: _replace_section(card, box, conn, customer_id))
            return dialog

        button.clicked.connect(open_dialog)
        foot.addWidget(button)
    layout.addLayout(foot)
    return box


def _replace_section(card, box: QGroupBox, conn: sqlite3.Connection, customer_id: int) -> None:
    """Show the new predictions on an open card (after Predict… saved a run)."""
    import shiboken6

    if not shiboken6.isValid(box) or box.parentWidget() is None:
        return
    new = prediction_section(card, conn, customer_id)
    box.parentWidget().layout().replaceWidget(box, new)
    sections = getattr(card, "extra_sections", None)
    if isinstance(sections, list) and box in sections:
        sections[sections.index(box)] = new
    box.hide()
    box.deleteLater()
