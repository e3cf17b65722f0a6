"""What follows a change of the data, in order: import → the saved cleaning recipe → everything computed from it.

`ingest`, `cleaning` and `derived` never call upwards: an import does not know about cleaning, a rebuild does not
know about tags. This module sits above them and chains the steps inside one transaction, so a failure or a cancel
leaves the workspace as it was. The CLI, the app and the demo builder import and clean through here.

An import is two steps. The first, one transaction, writes the rows and everything the screens need at once
(metrics, segment snapshots, tags, the first import's segmentation and tags). The second, `update_analyses`, fits the
predictions and counts the suggestions (and makes the first import's predictions): seconds to tens of seconds on a
big shop, so the app runs it in the background once the files are in; the CLI and the demo builder run it after their
last file. Cancelled or never run, it stays due (predict.store.ANALYSES_DUE) and runs when the app next opens the
workspace.
"""

from __future__ import annotations

import os
from functools import partial

from .cleaning.recipe import Recipe, load_recipe
from .cleaning.runner import CleaningResult
from .cleaning.runner import apply_recipe as apply_cleaning
from .derived import refresh_analyses, refresh_derived
from .features.metrics import MetricsInHand
from .home.defaults import defaults_off, install_defaults, missing_defaults
from .ingest import importer
from .ingest.canonical import CanonicalCounts
from .ingest.importer import ImportPlan, ImportResult, plan_import
from .ingest.rebuild import rebuild_canonical
from .predict.store import analyses_due
from .progress import CancelFn, ProgressFn, Reporter
from .util.memory import release_free_memory
from .workspace import Workspace

__all__ = ["analyses_due", "apply_recipe", "import_file", "plan_import", "rebuild", "run_import", "update_analyses",
           "update_analyses_if_due"]


def run_import(ws: Workspace, plan: ImportPlan, *, mapping: dict[str, str] | None = None,
               save_template: bool = True, analyses: bool = True, progress: ProgressFn | None = None,
               cancelled: CancelFn | None = None) -> ImportResult:
    """Write the planned import, clean it with the saved recipe and refresh metrics, segments and tags: one
    transaction. Then, unless `analyses=False` (the caller runs `update_analyses` later), the predictions and
    suggestions: a second transaction, so a cancel there leaves the import in place with its analyses due."""
    try:
        result = importer.run_import(ws, plan, then=_clean_and_refresh, first_orders=MetricsInHand, mapping=mapping,
                                     save_template=save_template, cancelled=cancelled,
                                     progress=_scaled(progress, 0, 70) if analyses else progress)
    finally:
        release_free_memory()  # a big file's parsed rows and frames are gone: their pages go back to the system
    if analyses:
        update_analyses(ws, progress=_scaled(progress, 70, 30), cancelled=cancelled)
    return result


def import_file(ws: Workspace, path: str | os.PathLike[str], *, sheet: str | None = None,
                header_row: int | None = None, mapping: dict[str, str] | None = None, channel: str | None = None,
                analyses: bool = True, progress: ProgressFn | None = None,
                cancelled: CancelFn | None = None) -> ImportResult:
    """Plan and run an import in one call (the CLI and the demo builder use this). Nobody checks the guessed
    mapping here, so a required field resting on an unsure guess is refused, with the mapping and how to choose."""
    plan = plan_import(ws, path, sheet, header_row=header_row, mapping=mapping, channel=channel,
                       progress=_scaled(progress, 0, 40), cancelled=cancelled)
    importer.check_unattended(plan, mapping)
    return run_import(ws, plan, analyses=analyses, progress=_scaled(progress, 40, 60), cancelled=cancelled)


def update_analyses(ws: Workspace, *, progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> None:
    """After imports: refit the predictions, count the suggestions and make the first import's predictions, then
    re-evaluate the tags that test them; one transaction (derived.refresh_analyses)."""
    try:
        refresh_analyses(ws, Reporter(progress, cancelled), before_tags=_prediction_defaults)
    finally:
        release_free_memory()  # the C heap keeps what is freed (util.memory): it goes back after a big step


def update_analyses_if_due(ws: Workspace, *, progress: ProgressFn | None = None,
                           cancelled: CancelFn | None = None) -> bool:
    """`update_analyses` unless nothing is due any more (a cleaning step since did them); True when it ran."""
    if not analyses_due(ws):
        return False
    update_analyses(ws, progress=progress, cancelled=cancelled)
    return True


def apply_recipe(ws: Workspace, recipe: Recipe | None = None, *, save: bool = True, backup: bool = True,
                 progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> CleaningResult:
    """Rebuild the canonical tables with the cleaning recipe (the saved one by default), then refresh metrics,
    segments and tags; all or nothing (see cleaning.runner.apply_recipe)."""
    try:
        return apply_cleaning(ws, recipe, refresh=refresh_derived, save=save, backup=backup, progress=progress,
                              cancelled=cancelled)
    finally:
        release_free_memory()


def rebuild(ws: Workspace, *, progress: ProgressFn | None = None,
            cancelled: CancelFn | None = None) -> dict[int, CanonicalCounts]:
    """Rebuild the canonical tables from the raw rows (no cleaning recipe), then refresh metrics, segments and tags;
    all or nothing."""
    try:
        return rebuild_canonical(ws, refresh=refresh_derived, progress=progress, cancelled=cancelled)
    finally:
        release_free_memory()


def _clean_and_refresh(ws: Workspace, reporter: Reporter, orders: MetricsInHand | None) -> int:
    """After an import, inside its transaction: re-apply the saved recipe to everything, so the new rows are cleaned
    the same way (its rebuild refreshes the derived tables), else refresh them with the orders in hand, predictions
    and suggestions left due; then make the defaults the data now allows (home.defaults: after the first import with
    orders, a China-8 segmentation and the lifecycle, value and action tags; predictions come with the analyses).
    Returns how many enabled steps the recipe has."""
    recipe = load_recipe(ws.conn)
    steps = sum(1 for step in recipe.steps if step.enabled)
    features = None
    if steps:
        reporter.step(0, 1, "Applying the saved cleaning recipe")
        apply_cleaning(ws, recipe, refresh=partial(refresh_derived, analyses=False), save=False, backup=False,
                       progress=reporter.progress, cancelled=reporter.cancelled)
    else:
        features = refresh_derived(ws, reporter, orders=orders, analyses=False)
    reporter.check()
    if missing_defaults(ws, predictions=False) and not defaults_off(ws):  # seconds on a big shop: say so
        reporter.step(1, 1, "Setting up segments and tags")
    # the metrics in hand, not read back (1.8 s on a 1M-row first import)
    install_defaults(ws, features=features, reporter=Reporter(None, reporter.cancelled), predictions=False)
    return steps


def _prediction_defaults(ws: Workspace, reporter: Reporter) -> None:
    """The first import's predictions (the other defaults came with the import), once the data allows them."""
    if missing_defaults(ws) and not defaults_off(ws):
        reporter.progress(2, 3, "Setting up predictions")
    install_defaults(ws, reporter=Reporter(None, reporter.cancelled))


def _scaled(progress: ProgressFn | None, offset: int, span: int) -> ProgressFn | None:
    if progress is None:
        return None

    def report(done: int, total: int, message: str) -> None:
        fraction = done / total if total else 0
        progress(offset + round(span * fraction), 100, message)

    return report
