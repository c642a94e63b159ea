"""Attachment records travel by bundle like any record: added on one replica, listed on
the other with their content (the bundle carries the file), removed by a tombstone."""

from __future__ import annotations

from pathlib import Path

from iali_desktop.services import attachments
from iali_desktop.services.sync import SyncService

from .conftest import MakeReplica, dump, records, send


def test_a_removed_attachment_is_removed_on_the_replica_that_receives_the_bundle(
        replicas: MakeReplica, tmp_path: Path) -> None:
    ana, ben = replicas("ana"), replicas("ben")
    region = records(ana).list("region")[0]["id"]
    paper = tmp_path / "Regional report.pdf"
    paper.write_bytes(b"%PDF-1.7 regional report " * 400)
    att = attachments.attach(ana, "region", region, paper)
    send(ana, ben, tmp_path)

    [received] = attachments.list_for(ben, "region", region)
    mine = attachments.get(ana, att)
    assert received == mine  # the record, and its content with it (present)
    assert received.added_by == "ana" and received.size == paper.stat().st_size

    attachments.remove(ana, att)
    send(ana, ben, tmp_path)
    assert attachments.list_for(ben, "region", region) == []
    assert records(ben).rows("attachment", [att])[att]["deleted"] is True
    assert dump(ana) == dump(ben)

    # The removal is an ordinary deletion: restoring it syncs back as well.
    records(ben).restore("attachment", att)
    send(ben, ana, tmp_path)
    assert [a.id for a in attachments.list_for(ana, "region", region)] == [att]
    assert attachments.get(ana, att).present  # Ana still holds the content
    assert SyncService(ana).conflict_count() == 0
