"""Record rules apply to local writes only: a record that two fine edits made impossible
once merged is accepted on every replica alike, and stays editable."""

from __future__ import annotations

from pathlib import Path

import pytest

from iali_desktop.domain.errors import ValidationError
from iali_desktop.services.records import record_type
from iali_desktop.services.sync import SyncService

from .conftest import MakeReplica, dump, records, send


def test_values_received_by_sync_are_never_refused_and_the_record_stays_editable(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    kind = record_type("event").field("kind").choices[0]
    event = records(a).create("event", {"name": "Regional forum", "kind": kind,
                                        "start_date": "2025-05-01", "end_date": "2025-05-03"})
    send(a, b, tmp_path)
    # Each edit is fine where it is made; merged, the event ends before it starts.
    records(a).update("event", event, {"end_date": "2025-05-01"})
    records(b).update("event", event, {"start_date": "2025-05-03"})
    send(a, b, tmp_path)
    send(b, a, tmp_path)
    assert dump(a) == dump(b)
    for ws in (a, b):
        row = records(ws).get("event", event)
        assert (row["start_date"], row["end_date"]) == ("2025-05-03", "2025-05-01")
        assert SyncService(ws).conflict_count() == 0
    # Fields outside the broken pair stay editable; a write touching the pair must mend it.
    records(a).update("event", event, {"place": "Lisbon"})
    with pytest.raises(ValidationError, match=r"'Ends' .* is before 'Starts'"):
        records(a).update("event", event, {"end_date": "2025-05-02"})
    records(a).update("event", event, {"end_date": "2025-05-04"})
