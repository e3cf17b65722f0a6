"""The profile card's "Suggested next" section and the rules dialog read what the refresh stored."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton

from shoplens.suggest.store import customer_suggestions, stored_rules
from shoplens.ui.data.profile_card import ProfileCard
from shoplens.ui.suggest.section import RulesDialog
from test_suggest import _workspace


def test_profile_card_shows_suggestions_with_their_reasons(qtbot, tmp_path):
    ws = _workspace(tmp_path)
    try:
        expected = customer_suggestions(ws.conn, 4, 3)
        assert expected
        card = ProfileCard(ws.conn, 4)
        qtbot.addWidget(card)
        text = card.findChild(QLabel, "suggestionLines").text()
        for s in expected:
            assert s.item in text
        ruled = [s for s in expected if s.rule is not None]
        assert ruled and f"customers who buy {ruled[0].rule.antecedent} often buy it next" in text
        card.findChild(QPushButton, "rulesButton").click()
        dialogs = [w for w in card.findChildren(RulesDialog)]
        assert len(dialogs) == 1
        dialogs[0].close()
    finally:
        ws.close()


def test_rules_dialog_lists_the_stored_rules_in_words(qtbot, tmp_path):
    ws = _workspace(tmp_path)
    try:
        dialog = RulesDialog(ws.conn)
        qtbot.addWidget(dialog)
        rules = stored_rules(ws.conn)
        assert dialog.table.rowCount() == min(len(rules), 30) > 0
        sentences = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
        assert "Customers who buy 绿茶 often buy 茶具 next" in sentences
        assert dialog.table.item(0, 1).text() == f"{rules[0].confidence:.0%}"
    finally:
        ws.close()


def test_a_customer_without_suggestions_has_no_section(qtbot, tmp_path):
    ws = _workspace(tmp_path)
    try:
        with ws.transaction() as conn:
            conn.execute("DELETE FROM suggestions WHERE customer_id = 4")
        card = ProfileCard(ws.conn, 4)
        qtbot.addWidget(card)
        assert card.findChild(QLabel, "suggestionLines") is None
    finally:
        ws.close()
