"""Help ▸ Glossary of figures: every headline figure with its definition, in the UI language."""

from __future__ import annotations

from shoplens.features.headline import FIGURES
from shoplens.ui.app.glossary import GlossaryDialog, glossary_html


def test_glossary_names_and_defines_every_headline_figure_in_both_languages() -> None:
    english, chinese = glossary_html("en"), glossary_html("zh_CN")
    for figure in FIGURES:
        assert figure.name_en in english and figure.definition_en.split(";")[0][:30] in english
        assert figure.name_zh in chinese and figure.definition_zh[:10] in chinese
    assert "Buyers" in english and "购买客户" in chinese and "member-list history does not count" in english


def test_glossary_dialog_shows_the_figures(qtbot) -> None:
    dialog = GlossaryDialog()
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "Repeat-purchase rate" in text and "two different days" in text
