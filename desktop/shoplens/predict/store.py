"""Predictions in the workspace: the latest fitted run (prediction_runs) and one row per customer (predictions).

Predictions are computed on demand (`shoplens predict`, or Predict… in the app) and again after every import
or rebuild once a shop has run them (refresh_predictions, cheap: about a second for the demo shop). Customers
who first bought after the run's date have no row until the next fit.
"""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING, Any

from ..workspace.schema import table_exists
from ..workspace.workspace import now_text

if TYPE_CHECKING:
    import pandas as pd

    from ..progress import Reporter
    from ..workspace import Workspace
    from .run import PredictionRun

ANALYSES_DUE = "analyses_due"  # meta: when the data changed without the predictions and suggestions following


def analyses_due(ws: Workspace) -> bool:
    """True when the data changed (an import) and its predictions and suggestions have not followed yet: until
    then the predictions are of the data before it (derived.refresh_analyses brings them up to date)."""
    return ws.meta(ANALYSES_DUE) is not None


# the columns other layers read (tags, KMeans): key → predictions column and scale to currency units
FRAME_COLUMNS = {
    "p_alive": ("p_alive", 1.0),
    "churn_risk": ("churn_risk", 1.0),
    "expected_orders_90": ("expected_90", 1.0),
    "predicted_value_12m": ("value_12m_cents", 0.01),
}


def save_run(ws: Workspace, run: PredictionRun) -> int:
    """Replace the stored predictions with `run`'s (inside the caller's transaction when there is one)."""
    import numpy as np

    t = run.table

    def cents(col: str) -> list:  # round() per value, done by numpy (both round half to even)
        scaled = t[col].to_numpy(dtype=float) * 100
        finite = np.isfinite(scaled)
        if not (np.abs(scaled[finite]) < 2.0**53).all():
            return [None if not np.isfinite(v) else int(round(v)) for v in scaled.tolist()]
        out = np.where(finite, np.round(scaled), 0).astype(np.int64).astype(object)
        out[~finite] = None
        return out.tolist()

    values = list(zip(t.index.astype(int).tolist(), t["p_alive"].astype(float).tolist(),
                      t["churn_risk"].astype(float).tolist(), t["expected_90"].astype(float).tolist(),
                      cents("expected_spend"), cents("value_12m"), t["next_order"].tolist(), strict=True))
    with ws.transaction() as conn:
        cur = conn.execute("INSERT INTO prediction_runs(as_of, unit, params, details, created_at) VALUES (?,?,?,?,?)",
                           (run.as_of.isoformat(), run.unit, json.dumps(run.params()),
                            json.dumps(run.summary(), ensure_ascii=False), now_text()))
        run_id = int(cur.lastrowid)
        conn.execute("DELETE FROM predictions")
        conn.executemany(
            "INSERT INTO predictions(customer_id, run_id, p_alive, churn_risk, expected_90, expected_spend_cents,"
            " value_12m_cents, next_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(row[0], run_id, *row[1:]) for row in values])
        conn.execute("DELETE FROM prediction_runs WHERE id < ?", (run_id - 20,))
    return run_id


def latest_run(conn: sqlite3.Connection) -> dict[str, Any] | None:
    """The newest stored run: id, as_of, unit, params, details (the run's summary), created_at; None if none."""
    if not table_exists(conn, "prediction_runs"):  # a read-only open of a file from before predictions
        return None
    row = conn.execute("SELECT id, as_of, unit, params, details, created_at FROM prediction_runs"
                       " ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        return None
    return {"id": row[0], "as_of": row[1], "unit": row[2], "params": json.loads(row[3]),
            "details": json.loads(row[4]), "created_at": row[5]}


def customer_prediction(conn: sqlite3.Connection, customer_id: int) -> dict[str, Any] | None:
    """One customer's stored predictions (money in cents), with the run's as-of date; None if none."""
    if not table_exists(conn, "predictions"):  # a read-only open of a file from before predictions
        return None
    row = conn.execute(
        "SELECT p.p_alive, p.churn_risk, p.expected_90, p.expected_spend_cents, p.value_12m_cents, p.next_order,"
        " r.as_of FROM predictions p JOIN prediction_runs r ON r.id = p.run_id WHERE p.customer_id = ?",
        (customer_id,)).fetchone()
    if row is None:
        return None
    keys = ("p_alive", "churn_risk", "expected_90", "expected_spend_cents", "value_12m_cents", "next_order", "as_of")
    return dict(zip(keys, row, strict=True))


def prediction_frame(ws: Workspace) -> pd.DataFrame:
    """Stored predictions as columns p_alive, churn_risk, expected_orders_90, predicted_value_12m by customer_id."""
    import pandas as pd

    select = ", ".join(f"{col} AS {key}" for key, (col, _) in FRAME_COLUMNS.items())
    if table_exists(ws.conn, "predictions"):
        df = pd.read_sql_query(f"SELECT customer_id, {select} FROM predictions ORDER BY customer_id", ws.conn,
                               index_col="customer_id")
    else:  # a read-only open of a file from before predictions
        df = pd.DataFrame(columns=list(FRAME_COLUMNS), index=pd.Index([], name="customer_id"))
    for key, (_, scale) in FRAME_COLUMNS.items():
        df[key] = pd.to_numeric(df[key], errors="coerce").astype(float) * scale
    return df


def join_predictions(ws: Workspace, frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` (indexed by customer_id) with the prediction columns added (NaN where a customer has none)."""
    extra = prediction_frame(ws)
    return frame.drop(columns=[c for c in extra.columns if c in frame.columns]).join(extra, how="left")


def refresh_predictions(ws: Workspace, reporter: Reporter | None = None) -> bool:
    """Re-fit after a data change when the shop has predictions already (same unit); True when refreshed.

    Too little data now (InputError) removes the stale predictions instead, so nothing out of date is shown.
    """
    from ..errors import InputError
    from .run import predict_customers

    previous = latest_run(ws.conn)
    if previous is None:
        return False
    details = previous.get("details") or {}
    try:
        run = predict_customers(ws, unit=previous["unit"], discount=float(details.get("discount_monthly") or 0.0),
                                progress=reporter.progress if reporter else None,
                                cancelled=reporter.cancelled if reporter else None)
    except InputError:
        with ws.transaction() as conn:
            conn.execute("DELETE FROM predictions")
        return False
    save_run(ws, run)
    return True
