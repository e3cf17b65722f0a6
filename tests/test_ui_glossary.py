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


def test_english_plurals_are_written_out() -> None:
    """Every text counted with %n has its English singular and plural ('1 campaign', '3 campaigns'), so no screen
    shows '3 campaign(s)'; the English catalogue is installed for that."""
    import re
    from pathlib import Path

    ts = (Path(__file__).resolve().parents[1] / "resources" / "translations" / "shoplens_en.ts").read_text("utf-8")
    messages = re.findall(r'<message numerus="yes">\s*<source>([^<]*)</source>\s*<translation([^>]*)>(.*?)</translation>',
                          ts, re.S)
    assert messages
    for source, attributes, body in messages:
        forms = re.findall(r"<numerusform>([^<]*)</numerusform>", body)
        assert "unfinished" not in attributes and len(forms) == 2 and all(forms), source
        assert "(s)" not in forms[0] + forms[1], source


def test_english_counts_read_as_plain_english(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from shoplens.ui.common.i18n import install_language

    install_language("en")
    text = QCoreApplication.translate("CampaignsPage", "%n campaign(s). Choose one to see its results.", "", 1)
    assert text == "1 campaign. Choose one to see its results."
    text = QCoreApplication.translate("CampaignsPage", "%n campaign(s). Choose one to see its results.", "", 3)
    assert text == "3 campaigns. Choose one to see its results."
