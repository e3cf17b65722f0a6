"""Help ▸ Glossary: the headline figures' names and definitions (features.headline), in the UI language."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ...features.headline import FIGURES
from ..common.i18n import current_language


def glossary_html(language: str) -> str:
    """Each figure as a bold name and its definition, in `language` ('zh_CN' or 'en')."""
    zh = language.startswith("zh")
    rows = "".join(
        f"<p><b>{escape(f.name_zh if zh else f.name_en)}</b><br>{escape(f.definition_zh if zh else f.definition_en)}</p>"
        for f in FIGURES)
    return rows


class GlossaryDialog(QDialog):
    """What every headline figure means: the same words the dashboard, Home and the printed report use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Glossary of figures"))
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        intro = self.tr("Every screen, report and command counts these figures the same way.")
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(f"<p>{escape(intro)}</p>" + glossary_html(current_language()))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
