"""What a window shows a user in words, and a detector of the English among them.

`visible_texts` walks a widget tree the way a reader scans the screen: labels, buttons,
group titles, tabs, placeholders, tooltips, window titles, menus and their actions,
list headers, the items of lists and choice combos, the status bar. Record data is
not interface: typed text (line and text edits), table cells and reference pickers are
never read, and `without_data` strips record values out of the texts that quote them
("Supprimer « Annual report » ?").

`EnglishDetector` flags a text two ways: it is (or fills in) an English source of the
shipped Qt catalogue whose translation differs, or it holds a word of the common
English interface vocabulary below that the language does not share.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from iali_desktop.domain.resource_files import resource
from iali_desktop.gui.records.ref_picker import RefPicker


@dataclass(frozen=True)
class Shown:
    where: str  # what kind of text, and the object holding it
    text: str


def _plain(text: str) -> str:
    if QtGui.Qt.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def _name(obj: object) -> str:
    object_name = getattr(obj, "objectName", lambda: "")()
    return f"{type(obj).__name__}({object_name})" if object_name else type(obj).__name__


def _action_texts(action: QAction, where: str) -> Iterator[Shown]:
    if action.isSeparator() or not action.isVisible():
        return
    yield Shown(f"{where} action", action.text())
    if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
        yield Shown(f"{where} action tooltip", action.toolTip())
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield from menu_texts(menu, f"{where} › {_plain(action.text())}")


def menu_texts(menu: QMenu, where: str = "menu") -> Iterator[Shown]:
    """A menu's title and, down every submenu, each visible action's text. A menu that
    fills itself when it opens (Open recent) is asked to."""
    menu.aboutToShow.emit()
    yield Shown(where, menu.title())
    for action in menu.actions():
        yield from _action_texts(action, where)


def _model_headers(view: QAbstractItemView) -> Iterator[Shown]:
    model = view.model()
    if model is None:
        return
    hidden = getattr(view, "isColumnHidden", lambda _c: False)
    header = getattr(view, "horizontalHeader", getattr(view, "header", None))
    if header is None or header().isHidden():
        return
    for column in range(model.columnCount()):
        if hidden(column):
            continue
        text = model.headerData(column, Qt.Orientation.Horizontal,
                                Qt.ItemDataRole.DisplayRole)
        if isinstance(text, str):
            yield Shown(f"header of {_name(view)}", text)
        tip = model.headerData(column, Qt.Orientation.Horizontal,
                               Qt.ItemDataRole.ToolTipRole)
        if isinstance(tip, str):
            yield Shown(f"header tooltip of {_name(view)}", tip)


def _widget_texts(w: QWidget) -> Iterator[Shown]:
    where = _name(w)
    if w.toolTip():
        yield Shown(f"tooltip of {where}", w.toolTip())
    if isinstance(w, QLabel):
        full_text = getattr(w, "full_text", None)  # an ElidedLabel: what it shortens
        yield Shown(where, full_text() if callable(full_text) else w.text())
    elif isinstance(w, QAbstractButton):
        yield Shown(where, w.text())
    elif isinstance(w, QGroupBox):
        yield Shown(where, w.title())
    elif isinstance(w, QTabBar):
        for i in range(w.count()):
            yield Shown(f"tab of {where}", w.tabText(i))
            yield Shown(f"tab tooltip of {where}", w.tabToolTip(i))
    elif isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit)):
        yield Shown(f"placeholder of {where}", w.placeholderText())
    elif isinstance(w, QComboBox):
        yield Shown(f"placeholder of {where}", w.placeholderText())
        if not isinstance(w, RefPicker) and not w.isEditable():  # pickers list records
            for i in range(w.count()):
                yield Shown(f"item of {where}", w.itemText(i))
    elif isinstance(w, QAbstractSpinBox):
        yield Shown(f"special value of {where}", w.specialValueText())
        yield Shown(f"suffix of {where}", getattr(w, "suffix", lambda: "")())
    if isinstance(w, QListWidget):
        for i in range(w.count()):
            item = w.item(i)
            if not item.isHidden():
                yield Shown(f"item of {where}", item.text())
    if isinstance(w, QTreeWidget):
        for i in range(w.topLevelItemCount()):  # group rows ("Tasks (3)"), not records
            yield Shown(f"group of {where}", w.topLevelItem(i).text(0))
    if isinstance(w, QAbstractItemView):
        yield from _model_headers(w)
    for action in w.actions():  # toolbars and context menus of the widget
        yield from _action_texts(action, f"{where}")


def visible_texts(root: QWidget) -> list[Shown]:
    """Every text a user can read in `root` as it is shown now (hidden widgets, such as
    the other tabs' pages, are not read), plus the window's menus and title."""
    found: list[Shown] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisible() or isinstance(w, QMenu):
            continue
        found.extend(_widget_texts(w))
    if isinstance(root, QMainWindow):
        found.append(Shown("window title", root.windowTitle().replace("[*]", "")))
        for action in root.menuBar().actions():
            found.extend(_action_texts(action, "menu bar"))
        status = root.statusBar()
        found.append(Shown("status message", status.currentMessage()))
    return [Shown(s.where, _plain(s.text)) for s in found if s.text and _plain(s.text)]


def without_data(text: str, data: re.Pattern[str] | None) -> str:
    """The text with every record value it quotes taken out."""
    return data.sub(" ", text) if data is not None else text


def data_pattern(values: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern matching any of these record values (the longest first)."""
    kept = sorted({v.strip() for v in values if len(v.strip()) >= 3}, key=len, reverse=True)
    if not kept:
        return None
    return re.compile("|".join(re.escape(v) for v in kept))


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Common words of the interface in English that neither French nor Spanish writes.
ENGLISH_WORDS = _words("""
    about add added adds all also an and any apply are as ask at attach attached
    available back be been browse but by can cancel change changed changes choose clear
    close colleague colleagues conference conferences conflict conflicts copy create
    created current dashboard day days delete deleted details do does done due each edit
    empty enter every export exported file files find first folder for from go has have
    help here hide his how if import imported in into is it its last later list lists
    load make many meeting meetings member members more move my name new next no none
    not nothing now of off on one only open or other others our out owner page people
    person please plan's preview previous print progress quit read record records redo
    related remove removed report reports request requests revert save saved search see
    select selected send settings shared show some start status still sync task tasks
    than that the their them then there these they this those to today undo until up
    update updated updates use used view was what when where which while who will with
    without write year years yes you your date title type notes region regions
    event events attendance decisions summary email phone country website sample
    data fictional database backup backups bundle bundles
""")

# Words of the list above that the language writes too (checked against real usage).
SHARED_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset({"an", "as", "but", "on", "or", "date", "notes", "type", "export",
                     "import"}),
    "es": frozenset({"no", "has"}),
}


# A verb and a type label joined by a colon ("Nouveau : tâche"): a sentence stitched
# together because the language's grammar could not be written into "New %1".
STITCHED: dict[str, re.Pattern[str]] = {
    "fr": re.compile(r"^(Nouveau|Nouvelle|Rechercher|Ajouter|Retirer|Supprimer|Réordonner"
                     r"|Importer) : "),
    "es": re.compile(r"^(Nuevo|Nueva|Buscar|Añadir|Quitar|Eliminar|Reordenar|Importar): "),
}


class EnglishDetector:
    """Says which shown texts are English in a window meant to speak `language`."""

    def __init__(self, language: str) -> None:
        self.language = language
        tree = ET.parse(resource("translations", f"iali_desktop_{language}.ts"))
        self.exact: dict[str, str] = {}  # English source -> its translation
        self.patterns: list[tuple[re.Pattern[str], str]] = []
        translated: set[str] = set()
        for message in tree.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None:
                continue
            forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
            for text in forms:
                translated.add(_plain(text))
            target = forms[0]
            if node.get("type") == "unfinished" or _plain(target) == _plain(source):
                continue
            if re.search(r"%(?:L?\d|n)", source):
                literal = re.sub(r"%(?:L?\d|n)", " ", source)
                if len(re.findall(r"[A-Za-z]{3,}", literal)) >= 1:
                    self.patterns.append((_source_pattern(_plain(source)), source))
            else:
                self.exact[_plain(source)] = target
        self.translated = translated
        self.shared = SHARED_WORDS.get(language, frozenset())
        self.stitched = STITCHED.get(language)

    def why_english(self, text: str) -> str | None:
        """Why `text` reads as English, or as words stitched together (None when it reads
        as the language)."""
        if self.stitched is not None and self.stitched.match(text):
            return "a verb and a type label stitched together"
        if text in self.translated:
            return None
        if text in self.exact:
            return f"English source of the catalogue (translation: {self.exact[text]!r})"
        for pattern, source in self.patterns:
            if pattern.fullmatch(text):
                return f"fills in the English source {source!r}"
        words = [w.lower() for w in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", text)]
        english = sorted({w for w in words if w in ENGLISH_WORDS and w not in self.shared})
        if english:
            return f"English words {english}"
        return None


def _source_pattern(source: str) -> re.Pattern[str]:
    parts = re.split(r"%(?:L?\d|n)", source)
    return re.compile(".+?".join(re.escape(p) for p in parts), re.DOTALL)
