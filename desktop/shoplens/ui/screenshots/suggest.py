"""Screenshots of personal suggestions: a profile card's "Suggested next" section and the list of the shop's rules."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from .runner import ScreenContext, screen, settle


@screen("profile_card_suggestions")
def profile_card_suggestions(ctx: ScreenContext) -> QWidget:
    """The card of a customer whose first suggestion comes from a "bought next" rule."""
    ws = ctx.window.workspace
    customer = ws.conn.execute(
        "SELECT s.customer_id FROM suggestions s JOIN suggestion_rules r ON r.id = s.rule_id"
        " WHERE s.rank = 1 AND r.kind = 'next' ORDER BY r.id, s.customer_id LIMIT 1").fetchone()[0]
    card = ctx.window.view.select("data").open_profile(int(customer))
    card.resize(900, 980)
    settle(0.3)
    ctx.extra["card"] = card
    return card


@screen("suggestion_rules")
def suggestion_rules(ctx: ScreenContext) -> QWidget:
    """The rules dialog as the Reports page's "What customers buy together…" button opens it."""
    page = ctx.window.view.select("reports")
    dialog = page.open_rules()
    dialog.resize(1000, 640)
    settle(0.3)
    ctx.extra["card"] = dialog  # closed after the shot, as a card is
    return dialog
