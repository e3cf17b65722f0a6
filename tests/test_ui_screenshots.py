"""The screenshot script writes one PNG per registered screen, offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from shoplens.ui.screenshots import runner as screenshots

pytestmark = pytest.mark.usefixtures("no_leftovers")


def test_screens_are_written_as_pngs(qapp, tmp_path, small_workspace):
    path = small_workspace.path
    small_workspace.close()
    names = ["welcome", "main_customers", "profile_card", "settings_dialog", "section_reports"]
    written = screenshots.take_screenshots(tmp_path / "shots", "en", only=names, workspace=path)
    assert sorted(p.stem for p in written) == sorted(names)
    for png in written:
        image = QImage(str(png))
        assert image.width() > 300 and image.height() > 200


def test_later_issues_can_register_screens(qapp, tmp_path, small_workspace, monkeypatch):
    path = small_workspace.path
    small_workspace.close()
    monkeypatch.setattr(screenshots, "SCREENS", dict(screenshots.SCREENS))

    @screenshots.screen("extra_page")
    def extra(ctx):
        return ctx.window.view.select("campaigns")

    written = screenshots.take_screenshots(tmp_path / "shots", "en", only=["extra_page"], workspace=path)
    assert [p.name for p in written] == ["extra_page.png"]
