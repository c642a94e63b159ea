"""The personal-data export of one person as a PDF (the same content as its JSON).

Names are printed in the documents' DejaVu fonts, so accents and non-Latin names come
out as typed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, Spacer

from iali_desktop.services.association import load_association
from iali_desktop.services.person_data import collect
from iali_desktop.services.workspace import Workspace

from .document import DocInfo, Headings, Progress, ReportDocument, options, start_body
from .styles import styles
from .tables import data_table, facts, gap, none_line, para

TITLE = "Personal data held"


def build_person_data(ws: Workspace, person_id: str, out: Path, page_size: str = "A4",
                      progress: Progress | None = None) -> Path:
    """Print everything the database holds about a person to `out`."""
    export = collect(ws, person_id)
    data = export.data
    tr = options("en", page_size)
    name = data["person"]["title"]
    doc = ReportDocument(out, DocInfo(title=f"{TITLE}: {name}", subject=TITLE,
                                      as_of=dt.date.today(), page_size=page_size,
                                      demo=ws.identity().demo,
                                      association=load_association(ws).name), tr, progress)
    h = Headings()
    st = styles()
    person = data["person"]
    state = ", ".join(w for w, on in (("deleted", person["deleted"]),
                                      ("personal data erased", person["erased"])) if on)
    flow: list[Flowable] = [
        Spacer(1, 50), para(TITLE, st.title), para(name, st.subtitle),
        facts([("Database", data["database"]), ("Exported", data["exported_at"]),
               ("Record", f"{person['type']} {person['id']}"), ("State", state),
               ("Related records", str(len(data["related"]))),
               ("Versions of the person's fields", str(len(data["history"])))], doc.width),
        *start_body(), h("Fields", 0), _fields(person["fields"], doc.width),
        h("Records that refer to this person", 0)]
    if not data["related"]:
        flow.append(none_line("none"))
    for rec in data["related"]:
        title = f"{rec['type_label']}: {rec['title']}" + (" (deleted)" if rec["deleted"]
                                                           else "")
        flow += [*h.section(title, 1, room=80), _fields(rec["fields"], doc.width), gap()]
    flow.append(h("History of the person's fields", 0))
    flow.append(data_table(
        ["When (UTC)", "Field", "Value", "By"],
        [[v["when"].replace("T", " ").removesuffix("+00:00"), v["label"], _value(v), v["by"]]
         for v in data["history"]], [0.2, 0.15, 0.4, 0.25], doc.width)
        if data["history"] else none_line("none"))
    flow.append(h("Files", 0))
    flow.append(data_table(
        ["File", "Kind", "Made", "Still holds erased data"],
        [[Path(f["file"]).name, f["kind"], f["created"],
          "yes" if f["still_holds_erased_data"] else "no"] for f in data["files"]],
        [0.45, 0.15, 0.25, 0.15], doc.width) if data["files"] else none_line("none"))
    doc.render(flow)
    return out


def _fields(fields: list[dict[str, Any]], width: float) -> Flowable:
    if not fields:
        return none_line("no values")
    return facts([(f["label"], f["text"]) for f in fields], width)


def _value(version: dict[str, Any]) -> str:
    if version["erased"]:
        return "(erased)"
    value = version["value"]
    if value is None:
        return "(empty)"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
