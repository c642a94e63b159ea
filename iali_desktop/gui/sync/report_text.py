"""The warnings of an import preview, as sentences a person can act on."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QCoreApplication

from iali_desktop.services.records import RecordService
from iali_desktop.services.sync import FieldRef, ImportReport

from ..labels import field_label, type_label

SHOWN = 5  # records named per warning; the rest are counted


_translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportReport", text)


def _titles(records: RecordService, refs: tuple[FieldRef, ...]) -> list[str]:
    by_type: dict[str, list[str]] = defaultdict(list)
    for ref in refs:
        by_type[ref.record_type].append(ref.row_id)
    titles: dict[tuple[str, str], str] = {}
    for type_name, ids in by_type.items():
        for row_id, title in records.titles(type_name, ids).items():
            titles[(type_name, row_id)] = title
    out = []
    for ref in refs[:SHOWN]:
        title = titles.get((ref.record_type, ref.row_id)) or ref.row_id[:8]
        where = type_label(ref.record_type)
        if ref.field and not ref.field.startswith("_"):
            where += " · " + field_label(ref.record_type, ref.field)
        out.append(f"  • {title} ({where})")
    if len(refs) > SHOWN:
        out.append("  " + _tr("… and %1 more").replace("%1", str(len(refs) - SHOWN)))
    return out


def report_warnings(report: ImportReport, records: RecordService) -> list[str]:
    """Lines about look-alike senders, held changes, conflicts, deletes that missed edits,
    missing references and clocks."""
    lines: list[str] = []
    if report.looks_like:
        lines.append(_tr("The sender's name looks like %1, another colleague: compare the key "
                         "fingerprint with theirs before importing.")
                     .replace("%1", ", ".join(report.looks_like)))
    for held in report.held:
        text = (_translate("ImportReport", "%n change(s) by %2 held, not applied, until "
                           "%2's own signed proof arrives: some of %2's earlier changes are "
                           "missing here.", None, held.count)
                if held.reason == "proof" else
                _translate("ImportReport", "%n change(s) by %2 held, not applied, until the "
                           "versions they replace arrive.", None, held.count))
        lines.append(text.replace("%2", held.author))
    if report.held_applied:
        lines.append(_translate("ImportReport", "%n change(s) held back by earlier imports "
                                "can now be applied.", None, report.held_applied))
    if report.new_conflicts:
        lines.append(_translate("ImportReport", "%n field(s) edited on both sides: both "
                                "values are kept as conflicts to resolve (Sync > Conflicts).",
                                None, len(report.new_conflicts)))
        lines += _titles(records, report.new_conflicts)
    if report.deleted_while_edited:
        lines.append(_translate("ImportReport", "%n record(s) deleted on one side while "
                                "edited on the other: kept, marked for review.", None,
                                len(report.deleted_while_edited)))
        lines += _titles(records, report.deleted_while_edited)
    if report.missing_refs:
        lines.append(_translate("ImportReport", "%n reference(s) to records not received "
                                "yet; resolved when those records arrive.", None,
                                len(report.missing_refs)))
    if report.future_count:
        lines.append(_translate("ImportReport", "%n change(s) dated in the future: the "
                                "sender's clock may be wrong. Nothing is lost, but check the "
                                "dates.", None, report.future_count))
    return lines
