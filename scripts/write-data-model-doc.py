"""Writes docs/data-model.md from the record catalogue, so the document cannot drift.

Run after changing a model: `python scripts/write-data-model-doc.py`. A test fails while
the committed document differs from what this prints.
"""

from __future__ import annotations

import sys
from pathlib import Path

from iali_desktop.domain.record_rules import DATE_BOUNDS, rules_of
from iali_desktop.store.catalog import record_types

DOC = Path(__file__).resolve().parents[1] / "docs" / "data-model.md"

HEADER = """# Data model

Every record type below syncs between replicas: each has a UUIDv7 `id`, and each of its
fields is versioned on its own (see [architecture.md](architecture.md)). References hold
the id of another record; list fields hold JSON lists. This page is generated from the
models by `scripts/write-data-model-doc.py`.

Record rules (`domain/record_rules.py`) hold between fields of one record: they refuse a
local write (in the window and the CLI alike) but never a value received by sync.
For every type: {bounds}.
The other rules of a type are listed under its table.
"""


def render() -> str:
    parts = [HEADER.format(bounds=DATE_BOUNDS)]
    for rt in record_types().values():
        parts.append(f"\n## {rt.plural} (`{rt.name}`)\n\n")
        parts.append("| field | label | kind | required | values or target |\n")
        parts.append("| --- | --- | --- | --- | --- |\n")
        for f in rt.fields:
            detail = ", ".join(f"`{c}`" for c in f.choices)
            if f.target:
                detail = f"-> `{f.target}`"
                if f.vocabulary:
                    detail += f" (list `{f.vocabulary}`)"
            required = "yes" if f.required else ""
            parts.append(f"| `{f.name}` | {f.label} | {f.kind.value} | {required} | {detail} |\n")
        rules = rules_of(rt.name)
        if rules:
            parts.append("\nRules: " + "; ".join(r.summary for r in rules) + ".\n")
    return "".join(parts)


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if DOC.read_text(encoding="utf-8") == render() else 1)
    DOC.write_text(render(), encoding="utf-8")
