"""The profile card's "Predicted value" section: the customer's stored predictions and a Predict… button."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

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


def _plain_words(layout: QVBoxLayout, row: dict, currency: str) -> None:
    """The sentences a shop owner reads first: how likely to buy again, what they may spend, when next."""
    from ...predict.words import HIGH, LOW, MEDIUM, buy_again_band

    translate = QCoreApplication.translate
    band = buy_again_band(row["churn_risk"])
    names = {HIGH: translate("PredictSection", "high"), MEDIUM: translate("PredictSection", "medium"),
             LOW: translate("PredictSection", "low")}
    lines = [translate("PredictSection", "Likely to buy again in the next 12 months: %1").replace(
        "%1", names.get(band, "—"))]
    if row.get("value_12m_cents") is not None:
        lines.append(translate("PredictSection", "Expected spend, next 12 months: %1").replace(
            "%1", format_money(row["value_12m_cents"], currency)))
    if row.get("next_order"):
        lines.append(translate("PredictSection", "Next order expected around %1, if still a customer.").replace(
            "%1", row["next_order"]))
    label = QLabel("<br>".join(f"<b>{lines[0]}</b>" if i == 0 else line for i, line in enumerate(lines)))
    label.setObjectName("predictionWords")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(label)


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
        _plain_words(layout, row, getattr(card, "currency", "¥"))
        details = QWidget(box)
        details.setObjectName("predictionDetails")
        grid = QGridLayout(details)
        grid.setContentsMargins(0, 0, 0, 0)
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
        toggle = QToolButton(box)
        toggle.setObjectName("predictionDetailsToggle")
        toggle.setText(translate("PredictSection", "Details"))
        toggle.setCheckable(True)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toggle.setArrowType(Qt.ArrowType.RightArrow)

        def show_details(shown: bool) -> None:
            details.setVisible(shown)
            toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

        toggle.toggled.connect(show_details)
        details.setVisible(False)
        layout.addWidget(toggle)
        layout.addWidget(details)
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
