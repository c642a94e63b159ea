"""Deltas that remember what was sent: the next one carries only what is new, a lost
bundle comes back after the resend delay or on request, and among six colleagues few
lines of a delta are changes the receiver already held."""

from __future__ import annotations

import json
import random
from pathlib import Path

import orjson
import pytest

from iali_desktop.cli import main
from iali_desktop.domain import hlc
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace
from iali_desktop.sync import reader

from .conftest import MakeReplica, dump, records, send

DAY_MS = 24 * 3600 * 1000


def _regions(ws: Workspace, n: int, tag: str) -> list[str]:
    service = records(ws)
    return [service.create("region", {"name": f"{tag} {i}", "code": f"C{i}"})
            for i in range(n)]


def _acquainted(a: Workspace, b: Workspace, folder: Path) -> None:
    """A and B have each imported a bundle of the other (trusted, acknowledged)."""
    send(a, b, folder, full=True)
    send(b, a, folder, full=True)


def _delta(src: Workspace, dst: Workspace, path: Path, *, resend_all: bool = False) -> int:
    return SyncService(src).export_bundle(path, peer=dst.identity().replica_id,
                                          resend_all=resend_all).changes


def test_the_delta_after_a_catch_up_carries_only_the_new_changes(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    _acquainted(a, b, tmp_path)
    _regions(a, 40, "Catch-up")
    caught_up = _delta(a, b, tmp_path / "catch-up.ialibundle")
    assert caught_up >= 80
    assert SyncService(b).import_bundle(tmp_path / "catch-up.ialibundle").changes_new == \
        caught_up
    records(a).create("region", {"name": "One more"})
    # Ben has not answered yet: what was sent is not acknowledged, but not sent again.
    assert _delta(a, b, tmp_path / "next.ialibundle") == 1
    SyncService(b).import_bundle(tmp_path / "next.ialibundle")
    assert dump(a) == dump(b)


def test_a_lost_bundle_is_sent_again_once_unacknowledged_for_the_resend_delay(
        replicas: MakeReplica, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = replicas("ana"), replicas("ben")
    _acquainted(a, b, tmp_path)
    _regions(a, 5, "Lost")
    assert _delta(a, b, tmp_path / "lost.ialibundle") == 10  # deleted with the e-mail
    _regions(a, 2, "Later")
    assert _delta(a, b, tmp_path / "later.ialibundle") == 4
    SyncService(b).import_bundle(tmp_path / "later.ialibundle")
    send(b, a, tmp_path)  # Ben's acknowledgement: he still lacks the lost ten
    # Within the delay the lost changes are not sent again...
    assert _delta(a, b, tmp_path / "soon.ialibundle") == 0
    assert "Lost 0" not in dump(b)
    # ...eight days later (the default delay is seven) they are.
    real = hlc.wall_ms
    monkeypatch.setattr(hlc, "wall_ms", lambda: real() + 8 * DAY_MS)
    resent = _delta(a, b, tmp_path / "resent.ialibundle")
    assert resent >= 10
    SyncService(b).import_bundle(tmp_path / "resent.ialibundle")
    assert dump(a) == dump(b)


def test_a_resend_delay_of_zero_sends_every_unacknowledged_change_each_time(
        replicas: MakeReplica, tmp_path: Path) -> None:
    a, b = replicas("ana"), replicas("ben")
    _acquainted(a, b, tmp_path)
    SyncService(a).set_resend_after_days(0)
    _regions(a, 3, "Lost")
    assert _delta(a, b, tmp_path / "lost.ialibundle") == 6
    assert _delta(a, b, tmp_path / "again.ialibundle") == 6
    SyncService(b).import_bundle(tmp_path / "again.ialibundle")
    assert dump(a) == dump(b)


def test_export_resend_all_recovers_a_lost_bundle_at_once(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def ok(*argv: str) -> str:
        code = main(list(argv))
        out, err = capsys.readouterr()
        assert code == 0, err
        return out

    dbs = {}
    for name in ("ana", "ben"):
        (tmp_path / name).mkdir()
        dbs[name] = str(tmp_path / name / f"{name}.db")
        ok("init", "--db", dbs[name], "--name", name)
    for src, dst in (("ana", "ben"), ("ben", "ana")):
        ok("export", "--db", dbs[src], "--out", str(tmp_path / f"{src}.ialibundle"), "--full")
        ok("import", str(tmp_path / f"{src}.ialibundle"), "--db", dbs[dst], "--trust")
    ok("records", "add", "region", "name=Atlantis", "--db", dbs["ana"])
    lost = ok("export", "--db", dbs["ana"], "--out", str(tmp_path / "lost.ialibundle"),
              "--to", "ben")
    assert ", 1 changes" in lost or "changes" in lost
    again = ok("export", "--db", dbs["ana"], "--out", str(tmp_path / "again.ialibundle"),
               "--to", "ben")
    assert "delta for ben, 0 changes" in again
    resent = ok("export", "--db", dbs["ana"], "--out", str(tmp_path / "resent.ialibundle"),
                "--to", "ben", "--resend-all")
    assert "delta for ben, 0 changes" not in resent
    ok("import", str(tmp_path / "resent.ialibundle"), "--db", dbs["ben"])
    found = json.loads(ok("records", "list", "region", "--db", dbs["ben"], "--json"))
    assert any(r.get("name") == "Atlantis" for r in found)
    code = main(["export", "--db", dbs["ana"], "--out", str(tmp_path / "x.ialibundle"),
                 "--resend-all"])
    assert code != 0 and "--to" in capsys.readouterr().err
    assert "after 7 days" in ok("peers", "resend-after", "--db", dbs["ana"])
    assert "after 0 days" in ok("peers", "resend-after", "0", "--db", dbs["ana"])
    ok("records", "add", "region", "name=Mu", "--db", dbs["ana"])
    for n in (1, 2):  # no delay: each delta holds everything not acknowledged
        out = ok("export", "--db", dbs["ana"], "--out", str(tmp_path / f"z{n}.ialibundle"),
                 "--to", "ben")
        assert "delta for ben, 0 changes" not in out


def _lines(path: Path) -> set[tuple[str, int]]:
    with reader.open_bundle(path, None) as opened:
        return {(d["replica"], d["seq"]) for d in map(orjson.loads, opened.lines())}


def _exchange_among_six(replicas: MakeReplica, folder: Path, *, resend_all: bool
                        ) -> tuple[int, int, int, list[Workspace]]:
    """Six colleagues edit and send each other deltas at random (each delta imported at
    once). Returns the lines sent in deltas, how many of them the receiver already held,
    how many the same sender had sent the same receiver before, and the replicas."""
    rng = random.Random(15)
    group = [replicas(f"{folder.name}{i}") for i in range(6)]
    for i, ws in enumerate(group):  # everyone met everyone once
        _regions(ws, 1, f"Start {i}")
    for src in group:
        for dst in group:
            if src is not dst:
                send(src, dst, folder, full=True)
    sent = held = again = 0
    before: dict[tuple[int, int], set[tuple[str, int]]] = {}
    for step in range(60):
        i, j = rng.sample(range(6), 2)
        if rng.random() < 0.6:
            _regions(group[i], rng.randint(1, 3), f"Step {step}")
        path = folder / f"step{step}.ialibundle"
        _delta(group[i], group[j], path, resend_all=resend_all)
        lines = _lines(path)
        again += len(lines & before.get((i, j), set()))
        before.setdefault((i, j), set()).update(lines)
        report = SyncService(group[j]).import_bundle(path)
        sent += report.changes_in_bundle
        held += report.changes_known
    return sent, held, again, group


@pytest.mark.slow
def test_among_six_colleagues_a_delta_never_repeats_what_its_sender_sent(
        replicas: MakeReplica, tmp_path: Path) -> None:
    """What the receiver already held drops (57 % in the issue's run) and nothing is sent
    twice to the same colleague; what remains held is relayed: a colleague's change that
    the receiver got from someone else meanwhile, which the sender cannot know yet."""
    old, old_held, old_again, _ = _exchange_among_six(replicas, tmp_path / "ack",
                                                      resend_all=True)
    sent, held, again, group = _exchange_among_six(replicas, tmp_path / "sent",
                                                   resend_all=False)
    print(f"already held: {old_held}/{old} ({old_again} sent again) acknowledged only; "
          f"{held}/{sent} ({again} sent again) remembering what was sent")
    assert old_again / old > 0.15  # the old rule, for comparison
    assert again == 0
    assert held / sent < old_held / old - 0.05 and sent < old * 0.85
    for _round in range(2):  # everything reaches everyone: the group converges
        for i, src in enumerate(group):
            path = tmp_path / f"final-{_round}-{i}.ialibundle"
            _delta(src, group[(i + 1) % 6], path, resend_all=True)
            for dst in group:
                if dst is not src:
                    SyncService(dst).import_bundle(path)
    dumps = [dump(ws) for ws in group]
    assert all(d == dumps[0] for d in dumps)
