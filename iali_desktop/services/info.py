"""What `info` and `dump` report about a database."""

from __future__ import annotations

from typing import Any

from iali_desktop.store import dump as dump_store
from iali_desktop.store import records as record_store
from iali_desktop.store import replica as replica_store

from .workspace import Workspace


def info(ws: Workspace) -> dict[str, Any]:
    identity = ws.identity()
    with ws.read() as tx:
        counts = record_store.counts(tx)
        plans = record_store.list_rows(tx, "action_plan")
        changes = replica_store.change_count(tx)
    return {
        "database": str(ws.path),
        "replica": {"id": identity.replica_id, "name": identity.name,
                    "fingerprint": identity.fingerprint},
        "schema_version": ws.schema_version(),
        "demo": identity.demo,
        "changes": changes,
        "plans": [{"id": p["id"], "title": p["title"], "status": p["status"],
                   "period": f"{p['period_start']}-{p['period_end']}"} for p in plans],
        "counts": counts,
    }


def dump_text(ws: Workspace) -> str:
    with ws.read() as tx:
        return dump_store.dump_text(tx)
