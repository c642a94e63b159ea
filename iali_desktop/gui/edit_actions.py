"""New, Save and Delete as window actions that act on the page shown.

They sit in the Edit menu with the standard keys, so Ctrl+N, Ctrl+S and Del work wherever
focus is in the window (the sidebar, the table, a tab), not only inside the page. A page
takes part by having `new_record`, `save` and `delete_record`; the page's own toolbar
buttons keep their keys in their tooltips but leave the keys to these actions
(`adopt_window_shortcuts`), since one key with two owners would do nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from .icons import icon
from .shortcuts import with_shortcut_tip

translate = QCoreApplication.translate


class EditActions(QObject):
    def __init__(self, window: QWidget, current: Callable[[], QWidget | None]) -> None:
        super().__init__(window)
        self._current = current
        self.new = self._make(window, "add", QKeySequence.StandardKey.New, "new_record")
        self.save = self._make(window, "", QKeySequence.StandardKey.Save, "save")
        self.delete = self._make(window, "", QKeySequence.StandardKey.Delete, "delete_record")

    def _make(self, window: QWidget, icon_name: str, key: QKeySequence.StandardKey,
              method: str) -> QAction:
        action = QAction(icon(icon_name) if icon_name else QIcon(), "", window)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False, m=method: self._run(m))
        window.addAction(action)
        return action

    def _run(self, method: str) -> None:
        page = self._current()
        target = getattr(page, method, None)
        if callable(target):
            page_action = getattr(page, {"new_record": "new_action", "save": "save_action",
                                         "delete_record": "delete_action"}[method], None)
            if isinstance(page_action, QAction) and not page_action.isEnabled():
                return  # nothing to save, nothing to delete: as the page's button says
            target()

    def retranslate(self) -> None:
        self.new.setText(self.tr("&New record"))
        self.save.setText(self.tr("&Save"))
        self.delete.setText(self.tr("&Delete…"))
        for action in (self.new, self.save, self.delete):
            with_shortcut_tip(action)

    def install_undo(self, menu: QMenu, stack: QUndoStack, *old: QAction | None
                     ) -> tuple[QAction, QAction]:
        """(Re)create Undo/Redo from the stack after Delete: their text prefix is fixed
        at creation, so a new language needs new actions."""
        window = self.parent()
        assert isinstance(window, QWidget)
        for action in old:
            if action is not None:
                menu.removeAction(action)
                window.removeAction(action)
                action.deleteLater()
        undo = stack.createUndoAction(window, translate("MainWindow", "Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setIcon(icon("undo"))
        redo = stack.createRedoAction(window, translate("MainWindow", "Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        redo.setIcon(icon("redo"))
        actions = menu.actions()
        after = actions.index(self.delete) + 2 if self.delete in actions else 0
        first = actions[after] if after < len(actions) else None
        menu.insertActions(first, [undo, redo])  # type: ignore[arg-type]
        window.addActions([undo, redo])
        return undo, redo

    def update(self, page: QWidget | None) -> None:
        """Enabled where the page shown can do it."""
        for action, method in ((self.new, "new_record"), (self.save, "save"),
                               (self.delete, "delete_record")):
            action.setEnabled(callable(getattr(page, method, None)))
