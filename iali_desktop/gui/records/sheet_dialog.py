"""Export a record table to CSV/XLSX, and the import dialog: file, columns, preview, import.

The import dialog walks three pages. *File*: which spreadsheet. *Columns*: each column of
the file mapped to a field (mapped already where the header is a field's label or name)
and the key that matches rows to existing records. *Preview*: the dry run's counts and
every row in error with its line number, or the changes it would make; Import is offered
only when no row is in error. Previews and the import run as background operations with a
progress dialog; the import lands on the undo stack as one step (`import_undo.py`).

File dialogs start in the folder used last, else Documents, never in the folder of the
database (a spreadsheet saved beside it would travel with its backups).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iali_desktop.domain.errors import IaliError
from iali_desktop.domain.fields import FieldKind, FieldSpec
from iali_desktop.domain.values import Value
from iali_desktop.gui import file_dialogs
from iali_desktop.gui.background import BackgroundOp
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.labels import choice_label, field_label
from iali_desktop.gui.preferences import Preferences
from iali_desktop.gui.records.import_undo import ImportRecordsCommand
from iali_desktop.gui.type_phrases import import_records
from iali_desktop.services.record_import import (
    CREATE,
    ERROR,
    ID,
    UNCHANGED,
    UPDATE,
    ColumnMap,
    ImportPlan,
    auto_map,
    default_key,
    plan_import,
)
from iali_desktop.services.records import record_type
from iali_desktop.services.sheet_values import Labels
from iali_desktop.services.spreadsheet_io import Sheet, read_sheet

FILE_FILTER = "Spreadsheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"
SHOWN_ROWS = 500  # preview rows listed; the counts cover every row


def gui_labels(type_name: str) -> Labels:
    """Headers and choices as the window shows them, in the user's language."""
    return Labels(header=lambda spec: field_label(type_name, spec.name), choice=choice_label)


def start_folder(ctx: AppContext) -> Path:
    """The folder used last for spreadsheets, else Documents, else home; never the
    database's own folder (see file_dialogs.py)."""
    return file_dialogs.start_folder(Preferences().sheet_folder, db_path=ctx.ws.path)


def remember_folder(path: Path) -> None:
    prefs = Preferences()
    prefs.sheet_folder = path.parent
    prefs.sync()


class SheetImportDialog(QDialog):
    """Import records of one type from a CSV or XLSX file, previewed before writing."""

    imported = Signal(object)  # the ImportPlan once written

    def __init__(self, ctx: AppContext, type_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.type_name = type_name
        self.rt = record_type(type_name)
        self.labels = gui_labels(type_name)
        self.sheet: Sheet | None = None
        self.plan: ImportPlan | None = None
        self.op: BackgroundOp | None = None
        self.setWindowTitle(import_records(type_name))
        self.resize(760, 520)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._columns_page())
        self.pages.addWidget(self._preview_page())
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.back_button = self.buttons.addButton(self.tr("< &Back"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.next_button = self.buttons.addButton(self.tr("&Next >"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._update_buttons()

    # -- pages ---------------------------------------------------------------------------
    def _file_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr(
            "Choose a CSV or Excel (XLSX) file whose first line names the columns. "
            "A file exported from this table imports back as updates."), page))
        row = QHBoxLayout()
        self.path = QLineEdit(page)
        self.path.setAccessibleName(self.tr("Spreadsheet file"))
        browse = QPushButton(self.tr("&Browse…"), page)
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _columns_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Which field does each column fill?"), page))
        self.columns = QTableWidget(0, 3, page)
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("First value"), self.tr("Field")])
        self.columns.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.columns, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Match existing records on:"), page))
        self.key = QComboBox(page)
        self.key.setAccessibleName(self.tr("Match existing records on"))
        row.addWidget(self.key, 1)
        layout.addLayout(row)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.summary = QLabel(page)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.preview = QTableWidget(0, 3, page)
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Action"), self.tr("Details")])
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.verticalHeader().setVisible(False)
        layout.addWidget(self.preview, 1)
        return page

    # -- navigation ----------------------------------------------------------------------
    def back(self) -> None:
        self.pages.setCurrentIndex(max(0, self.pages.currentIndex() - 1))
        self.status.clear()
        self._update_buttons()

    def next(self) -> None:
        if self.pages.currentIndex() == 0:
            self._read_file()
        elif self.pages.currentIndex() == 1:
            self.start_preview()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        busy = self.op is not None and self.op.running
        self.back_button.setEnabled(page > 0 and not busy)
        self.next_button.setEnabled(page < 2 and not busy)
        self.next_button.setText(self.tr("&Preview >") if page == 1 else self.tr("&Next >"))
        ready = page == 2 and self.plan is not None and not self.plan.errors and not busy
        self.import_button.setEnabled(ready and self.plan is not None
                                      and bool(self.plan.count(CREATE) + self.plan.count(UPDATE)))

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a spreadsheet"), str(start_folder(self.ctx)), FILE_FILTER)
        if chosen:
            self.path.setText(chosen)
            remember_folder(Path(chosen))

    def _read_file(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.status.setText(self.tr("Choose a file to import."))
            return
        try:
            self.sheet = read_sheet(Path(text).expanduser())
        except IaliError as exc:
            self.status.setText(str(exc))
            return
        self.status.setText(self.tr("%1 rows read.").replace("%1", str(len(self.sheet.rows))))
        self._fill_columns(self.sheet)
        self.pages.setCurrentIndex(1)
        self._update_buttons()

    def _fill_columns(self, sheet: Sheet) -> None:
        mapping = auto_map(self.rt, sheet.headers, self.labels)
        self.columns.setRowCount(len(sheet.headers))
        first = sheet.rows[0][1] if sheet.rows else []
        for index, header in enumerate(sheet.headers):
            self.columns.setItem(index, 0, QTableWidgetItem(header))
            sample = first[index] if index < len(first) else None
            self.columns.setItem(index, 1, QTableWidgetItem("" if sample is None
                                                            else str(sample)))
            combo = QComboBox(self.columns)
            combo.addItem(self.tr("(not imported)"), "")
            combo.addItem(self.tr("Record ID"), ID)
            for spec in self.rt.fields:
                combo.addItem(field_label(self.type_name, spec.name), spec.name)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(index, ""))))
            combo.currentIndexChanged.connect(lambda _i: self._fill_keys())
            self.columns.setCellWidget(index, 2, combo)
        self.columns.resizeColumnsToContents()
        self._fill_keys()

    def mapping(self) -> ColumnMap:
        out: ColumnMap = {}
        for index in range(self.columns.rowCount()):
            combo = self.columns.cellWidget(index, 2)
            name = combo.currentData() if isinstance(combo, QComboBox) else ""
            if name and name not in out.values():
                out[index] = str(name)
        return out

    def set_field(self, column: int, field: str) -> None:
        """Map a column to a field (as choosing it in the column's list does)."""
        combo = self.columns.cellWidget(column, 2)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(field))

    def _fill_keys(self) -> None:
        mapping = self.mapping()
        mapped = [n for n in mapping.values() if n != ID]
        specs = {n: self.rt.field(n) for n in mapped}
        options: list[tuple[str, ...]] = []
        if ID in mapping.values():
            options.append((ID,))
        title = tuple(self.rt.title_fields)
        if set(title) <= set(mapped):
            options.append(title)
            options += [(*title, n) for n in mapped
                        if n not in title and specs[n].kind is FieldKind.REF]
        options += [(n,) for n in mapped if (n,) not in options]
        previous = self.key.currentData()
        self.key.clear()
        for key in options:
            text = " + ".join(self.tr("Record ID") if n == ID
                              else field_label(self.type_name, n) for n in key)
            self.key.addItem(text, key)
        if not options:
            self.key.addItem(self.tr("nothing: every row is a new record"), ())
        wanted = previous if previous in options else default_key(self.rt, mapping)
        self.key.setCurrentIndex(max(0, self.key.findData(wanted)))

    def set_key(self, key: tuple[str, ...]) -> None:
        self.key.setCurrentIndex(self.key.findData(key))

    # -- preview and import --------------------------------------------------------------
    def start_preview(self) -> BackgroundOp | None:
        return self._run(write=False)

    def start_import(self) -> BackgroundOp | None:
        return self._run(write=True)

    def _run(self, *, write: bool) -> BackgroundOp | None:
        sheet, mapping = self.sheet, self.mapping()
        if sheet is None:
            return None
        if not mapping:
            self.status.setText(self.tr("Map at least one column to a field."))
            return None
        key = tuple(self.key.currentData() or ())
        records, type_name, labels = self.ctx.records, self.type_name, self.labels

        def work(progress):  # type: ignore[no-untyped-def]
            # the counts move the bar; the dialog keeps its own translated label
            return plan_import(records, type_name, sheet, mapping, key, write=write,
                               labels=labels, progress=lambda d, t, _m: progress(d, t, ""))

        label = self.tr("Importing…") if write else self.tr("Checking the file…")
        self.op = BackgroundOp(self, work).with_progress(label)
        self.op.on_success(self._imported if write else self._previewed)
        self.op.on_failure(self._failed)
        self.op.run()
        self._update_buttons()
        return self.op

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self._update_buttons()

    def _previewed(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.pages.setCurrentIndex(2)
        counts = self.tr("%1 to create, %2 to update, %3 unchanged").replace(
            "%1", str(plan.count(CREATE))).replace("%2", str(plan.count(UPDATE))).replace(
            "%3", str(plan.count(UNCHANGED)))
        if plan.errors:
            counts += " — " + self.tr(
                "%1 rows with errors: fix them in the file and preview again; nothing is "
                "imported while any row is in error.").replace("%1", str(len(plan.errors)))
        self.summary.setText(counts)
        shown = plan.errors or [r for r in plan.rows if r.action != UNCHANGED]
        self.preview.setRowCount(min(len(shown), SHOWN_ROWS))
        for index, row in enumerate(shown[:SHOWN_ROWS]):
            self.preview.setItem(index, 0, QTableWidgetItem(str(row.line)))
            self.preview.setItem(index, 1, QTableWidgetItem(self._action_text(row.action)))
            self.preview.setItem(index, 2, QTableWidgetItem(
                row.error or self._changes_text(row.changes)))
        self.preview.resizeColumnsToContents()
        self.status.clear()
        self._update_buttons()

    def _action_text(self, action: str) -> str:
        return {CREATE: self.tr("Create"), UPDATE: self.tr("Update"),
                UNCHANGED: self.tr("Unchanged"), ERROR: self.tr("Error")}[action]

    def _changes_text(self, changes: dict[str, tuple[Value, Value]]) -> str:
        parts = []
        for name, (old, new) in changes.items():
            spec = self.rt.field(name)
            shown = _plain(spec, new)
            if old is not None:
                shown = f"{_plain(spec, old)} → {shown}"
            parts.append(f"{field_label(self.type_name, name)}: {shown}")
        return "; ".join(parts)

    def _imported(self, plan: ImportPlan) -> None:
        if not plan.written:  # records changed since the preview: show the rows now wrong
            self._previewed(plan)
            self.status.setText(self.tr(
                "Nothing was imported: records changed since the preview."))
            return
        self.plan = plan
        self.ctx.undo.push(ImportRecordsCommand(self.ctx, plan.applied()))
        self.ctx.events.changed.emit(self.type_name)
        self.imported.emit(plan)
        self.accept()


def _plain(spec: FieldSpec, value: Value) -> str:
    if value is None:
        return "—"
    if spec.kind is FieldKind.CHOICE:
        return choice_label(str(value))
    if isinstance(value, list):
        return ", ".join(choice_label(v) if spec.kind is FieldKind.CHOICES else v
                         for v in value)
    return str(value)
