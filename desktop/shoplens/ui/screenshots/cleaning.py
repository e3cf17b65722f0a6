"""Screenshots of the cleaning wizard: a suggestion, the look-alike customers, the recipe and the data quality."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from .runner import ScreenContext, screen, settle


def _wizard(ctx: ScreenContext):
    wizard = ctx.extra.get("cleaning_wizard")
    if wizard is None:
        from ..cleaning.wizard import CleaningWizard

        wizard = CleaningWizard(ctx.window.workspace, ctx.window)
        wizard.resize(980, 620)
        wizard.show()
        settle(until=lambda: wizard.frames is not None, timeout=120)
        ctx.extra["cleaning_wizard"] = wizard
    return wizard


def _tab(ctx: ScreenContext, index: int) -> QWidget:
    wizard = _wizard(ctx)
    wizard.tabs.setCurrentIndex(index)
    settle(0.3)
    return wizard


@screen("cleaning_wizard_suggestions")
def cleaning_suggestions(ctx: ScreenContext) -> QWidget:
    return _tab(ctx, 0)


@screen("cleaning_wizard_lookalikes")
def cleaning_lookalikes(ctx: ScreenContext) -> QWidget:
    return _tab(ctx, 1)


@screen("cleaning_wizard_recipe")
def cleaning_recipe(ctx: ScreenContext) -> QWidget:
    wizard = _wizard(ctx)
    while wizard.suggestion_apply.isEnabled():  # accept the suggestions: the recipe has steps to show
        wizard.suggestion_apply.click()
    return _tab(ctx, 2)


@screen("cleaning_wizard_quality")
def cleaning_quality(ctx: ScreenContext) -> QWidget:
    wizard = _tab(ctx, 3)
    settle(until=lambda: wizard.quality.report is not None, timeout=120)
    settle(0.3)
    ctx.extra.pop("cleaning_wizard", None)
    return wizard
