"""A 1024x700 window in French and Spanish: every record page's toolbar shows all its
actions (none pushed into Qt's "»" overflow button), the conflicts page reads its record
and authors on two lines at most, the export dialog is as high as its content."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
    QToolBar,
    QToolButton,
)
from pytestqt.qtbot import QtBot

from iali_desktop.gui.context import AppContext
from iali_desktop.gui.i18n import Translators
from iali_desktop.gui.main_window import MainWindow
from iali_desktop.gui.pages import PAGES
from iali_desktop.gui.records.record_page import RecordPage
from iali_desktop.gui.sync.conflicts_page import ConflictsPage
from iali_desktop.gui.sync.export_dialog import ExportDialog
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace


def hidden_actions(page: RecordPage) -> list[str]:
    """The toolbar actions not shown as a button of their own (moved behind "»")."""
    hidden = []
    for toolbar in page.findChildren(QToolBar):
        if not toolbar.isVisible():
            continue
        extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None and extension.isVisible():
            hidden.append("»")
        for action in toolbar.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            widget = toolbar.widgetForAction(action)
            if widget is None or not widget.isVisible():
                hidden.append(action.text())
    return hidden


@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_record_page_toolbar_shows_all_its_actions_in_a_1024_window(
        open_window: Callable[..., MainWindow], translators: Translators, qtbot: QtBot,
        language: str) -> None:
    translators.apply(language)
    window = open_window(1024, 700)
    overflowing = {}
    for spec in PAGES:
        page = window.show_page(spec.name)
        if not isinstance(page, RecordPage):
            continue
        qtbot.waitUntil(page.isVisible)
        qtbot.wait(10)
        if hidden_actions(page):
            overflowing[spec.name] = hidden_actions(page)
    assert window.width() == 1024
    assert overflowing == {}


def test_conflict_author_and_record_read_on_at_most_two_lines_in_a_narrow_page(
        qtbot: QtBot, pair: tuple[Workspace, Workspace], translators: Translators,
        conflicting_edit: Callable[..., tuple[str, Path]], tmp_path: Path) -> None:
    """At 1024x700 in French the stretched columns wrapped "Ana, Americas (cette base de
    données)" onto three lines, and the tree cut the record's title."""
    ana, jean = pair
    _person, bundle = conflicting_edit(ana, jean, tmp_path, "email", "s.r@ana.example",
                                       "s.r@jean.example")
    SyncService(jean).import_bundle(bundle, trust=True)
    translators.apply("fr")
    page = ConflictsPage(AppContext.create(jean))
    qtbot.addWidget(page)
    page.resize(780, 620)  # what a 1024x700 window leaves beside the sidebar
    page.show()
    qtbot.waitExposed(page)
    qtbot.wait(50)
    table = page.values
    line = table.fontMetrics().lineSpacing()
    for row in range(table.rowCount()):
        item = table.item(row, 1)
        assert item is not None
        assert table.rowHeight(row) <= 2 * line + 12, item.text()
    top = page.tree.topLevelItem(0)
    assert top is not None and page.title.text().startswith(top.text(0))
    assert page.title.height() <= 2 * page.title.fontMetrics().lineSpacing() + 8


@pytest.mark.parametrize("language", ["en", "fr"])
def test_export_bundle_dialog_has_no_gap_above_its_buttons(
        shell_ctx: AppContext, translators: Translators, qtbot: QtBot, language: str) -> None:
    """A fixed 300 px height left some 130 px of nothing between the last field and the
    Export / Cancel buttons."""
    translators.apply(language)
    dialog = ExportDialog(shell_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(20)
    last_field = dialog.repeat.mapTo(dialog, dialog.repeat.rect().bottomLeft()).y()
    gap = dialog.buttons.geometry().top() - last_field
    assert gap <= 3 * dialog.fontMetrics().lineSpacing(), gap
    assert dialog.resend.width() >= dialog.resend.sizeHint().width()  # the check box whole


def test_type_actions_sit_beside_the_others_when_the_window_is_wide_enough(
        window: MainWindow, qtbot: QtBot) -> None:
    """The second row costs a line of height: it is used only when one row overflows."""
    window.resize(1280, 800)
    page = window.show_page("people")
    assert isinstance(page, RecordPage)
    qtbot.waitUntil(page.isVisible)
    qtbot.wait(20)
    assert page.type_toolbar.isVisible()
    assert page.type_toolbar.y() == page.toolbar.y()
    assert hidden_actions(page) == []


@pytest.mark.parametrize("language", ["fr", "es"])
def test_a_filter_narrower_than_its_text_shortens_it_with_an_ellipsis(
        open_window: Callable[..., MainWindow], translators: Translators, qtbot: QtBot,
        language: str) -> None:
    # Qt's combo box cuts its text at the edge ("Échéa"), which reads as another word.
    translators.apply(language)
    window = open_window(1024, 700)
    shortened, cut = [], []
    for spec in PAGES:
        page = window.show_page(spec.name)
        if not isinstance(page, RecordPage):
            continue
        qtbot.waitUntil(page.isVisible)
        qtbot.wait(10)
        for combo in page.filter_bar.findChildren(QComboBox):
            if not combo.isVisible() or combo.isEditable():
                continue
            text = combo.currentText()
            option = QStyleOptionComboBox()
            combo.initStyleOption(option)
            room = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                                QStyle.SubControl.SC_ComboBoxEditField,
                                                combo).width()
            if combo.fontMetrics().horizontalAdvance(text) <= room:
                continue
            shown = getattr(combo, "displayed_text", lambda t=text: t)()
            if shown.endswith("…") and combo.toolTip() == text:
                shortened.append(text)
            else:
                cut.append(f"{spec.name}: {text!r} shown as {shown!r} in {combo.width()} px")
    assert cut == [], "\n".join(cut)
    assert shortened, "no filter was narrower than its text: the test checks nothing"
