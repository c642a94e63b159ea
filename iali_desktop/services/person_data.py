"""Everything the database holds about one person, in one readable file (subject access).

The person's fields; every record that refers to them, found through the catalogue's
reference fields (engagements, event participation, the expert entry, representative
assignments, plan tasks they own, anything added later), deleted ones included; the
history of the person's fields (every version held, with who wrote it and when); and
the backups that hold versions of the person. The JSON is canonical (sorted keys) and
indented; times are ISO 8601 in UTC. `reports/person_data.py` prints the same content.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from iali_desktop.domain import erasure, hlc
from iali_desktop.domain.errors import NotFoundError
from iali_desktop.domain.translation import _
from iali_desktop.domain.values import display
from iali_desktop.domain.versions import DELETED_FIELD, ERASED_FIELD
from iali_desktop.store import backup as backup_store
from iali_desktop.store import erasure as erasure_store
from iali_desktop.store import peers as peer_store
from iali_desktop.store import records as record_store
from iali_desktop.store import replica as replica_store
from iali_desktop.store import reporting
from iali_desktop.store.catalog import record_type, record_types

from . import backups, seeding
from .workspace import Workspace

log = logging.getLogger(__name__)
FORMAT = "IALI Desktop personal data export"
PERSON_TYPES = ("person",)  # the record types that are people, with their own export


def exportable(type_name: str) -> bool:
    return type_name in PERSON_TYPES


@dataclass(frozen=True)
class PersonExport:
    data: dict[str, Any]

    @property
    def title(self) -> str:
        return str(self.data["person"]["title"])

    def to_json(self) -> bytes:
        return orjson.dumps(self.data, option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2) + b"\n"


def _iso_ms(ms: int) -> str:
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).isoformat(timespec="seconds")


def _fields(type_name: str, row: dict[str, Any], titles: dict[str, str]
            ) -> list[dict[str, Any]]:
    out = []
    for spec in record_type(type_name).fields:
        value = row.get(spec.name)
        if value is None or value == "" or value == []:
            continue
        if spec.is_ref:
            ids = value if isinstance(value, list) else [value]
            shown = ", ".join(titles.get(str(i), str(i)) for i in ids)
        else:
            shown = display(spec, value)
        out.append({"field": spec.name, "label": spec.label, "value": value, "text": shown})
    return out


def _ref_titles(tx: Any, type_name: str, row: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for spec in record_type(type_name).fields:
        value = row.get(spec.name)
        if spec.is_ref and value and spec.target:
            ids = value if isinstance(value, list) else [value]
            out.update(record_store.titles(tx, spec.target, ids))
    return out


def _authors(tx: Any) -> dict[str, str]:
    names = {p.replica_id: p.name for p in peer_store.all_peers(tx) if p.name}
    state = replica_store.load(tx)
    if state is not None:
        names[state.replica_id] = f"{state.name} (this database)"
    for origin in seeding.origins():
        names[origin.replica_id] = "built-in data"
    return names


def collect(ws: Workspace, person_id: str, type_name: str = "person",
            now: dt.datetime | None = None) -> PersonExport:
    """Gather the export; the person may be deleted or erased (then it says so)."""
    with ws.read() as tx:
        row = record_store.get_row(tx, type_name, person_id)
        if row is None:
            raise NotFoundError(_("no {type_name} with id {person_id}",
                                  type_name=type_name, person_id=person_id))
        title = record_store.titles(tx, type_name, [person_id]).get(person_id, "")
        person = {"type": type_name, "id": person_id, "title": title,
                  "deleted": bool(row["deleted"]),
                  "erased": erasure_store.is_erased(tx, type_name, person_id),
                  "fields": _fields(type_name, row, _ref_titles(tx, type_name, row))}
        related = []
        for other, ids in sorted(record_store.referencing(tx, type_name, person_id,
                                                          live_only=False).items()):
            rt = record_types()[other]
            rows = record_store.get_rows(tx, other, ids)
            names = record_store.titles(tx, other, ids)
            via = [s.name for s in rt.fields if s.target == type_name]
            for rid in sorted(ids):
                r = rows[rid]
                related.append({
                    "type": other, "type_label": rt.label, "id": rid,
                    "title": names.get(rid, ""), "deleted": bool(r["deleted"]),
                    "refers_by": [f for f in via if _points_at(r.get(f), person_id)],
                    "fields": _fields(other, r, _ref_titles(tx, other, r))})
        authors = _authors(tx)
        history = []
        for field, replica, seq, stamp, value, head in reporting.versions_of(
                tx, type_name, person_id):
            label = {DELETED_FIELD: "Deleted", ERASED_FIELD: "Erased"}.get(field) or \
                record_type(type_name).field(field).label
            history.append({
                "field": field, "label": label, "when": _iso_ms(hlc.physical_ms(stamp)),
                "by": authors.get(replica, f"replica {replica[:8]}"), "version": f"{replica}:{seq}",
                "value": erasure.value_of(value), "erased": erasure.is_erased(value),
                "current": head})
        erased_here = [(type_name, person_id)]
    files = []
    for b in backups.list_backups(ws):
        if backup_store.versions_in_file(b.path, type_name, person_id) > 0:
            files.append({"file": str(b.path), "kind": "backup", "created": b.created,
                          "still_holds_erased_data":
                              bool(erasure_store.unerased_in_file(b.path, erased_here))
                              if person["erased"] else False})
    moment = now or dt.datetime.now(dt.UTC)
    data = {"format": FORMAT, "exported_at": moment.isoformat(timespec="seconds"),
            "database": ws.identity().name, "person": person, "related": related,
            "history": history, "files": files}
    return PersonExport(data)


def _points_at(value: object, target: str) -> bool:
    return value == target or (isinstance(value, list) and target in value)


def export_json(ws: Workspace, person_id: str, out: Path) -> Path:
    export = collect(ws, person_id)
    out.write_bytes(export.to_json())
    log.info("wrote a personal data export (%d related records)", len(export.data["related"]))
    return out
