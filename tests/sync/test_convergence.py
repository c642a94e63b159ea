"""Property test: any exchange of bundles among 2-6 replicas converges, loses nothing.

A hypothesis state machine edits real SQLite replicas (create, edit, delete, undelete,
resolve, skewed clocks, attach and remove files), exports delta or full bundles, with or
without files, and delivers any of them to anyone, any number of times, in any order.
After everything reaches everyone, every replica must show the same `dump` and the same
open conflicts, every value ever written must still be held everywhere (a current value,
an open conflict value, or superseded by a version whose author saw it), every live
attachment's content must be held everywhere, and replaying bundles must change nothing.
"""

from __future__ import annotations

import contextlib
import dataclasses
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)
from sqlalchemy import text

from iali_desktop.domain import hlc
from iali_desktop.domain.errors import NotFoundError
from iali_desktop.services import attachments
from iali_desktop.services.records import RecordService
from iali_desktop.services.setup import initialise
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace

from .conftest import dump, make_replica
from .files_help import make_file

NAMES = st.sampled_from(["Atlantis", "Lemuria", "Mu", "Thule"])
CODES = st.sampled_from([None, "AT", "LM", "MU"])
_TEMPLATE: list[Path] = []


def template() -> Path:
    if not _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="iali-sm-template-"))
        ws, _ = initialise(folder / "template.db", "template")
        ws.close()
        _TEMPLATE.append(folder / "template.db")
    return _TEMPLATE[0]


@contextlib.contextmanager
def skewed(offset_ms: int) -> Iterator[None]:
    """Run with this machine's wall clock off by `offset_ms` (forward or back)."""
    real = hlc.wall_ms
    hlc.wall_ms = lambda: real() + offset_ms  # type: ignore[assignment]
    try:
        yield
    finally:
        hlc.wall_ms = real  # type: ignore[assignment]


def conflict_view(ws: Workspace) -> list[Any]:
    return [(c.id, tuple((v.version, repr(v.value), v.winner) for v in c.values))
            for g in SyncService(ws).conflicts() for c in g.fields]


class SyncMachine(RuleBasedStateMachine):
    bundles = Bundle("bundles")

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="iali-sm-"))
        self.replicas: list[Workspace] = []
        self.skew: list[int] = []
        self.rows: list[str] = []
        self.written: list[tuple[str, int]] = []  # every version a user wrote
        self.delivered: list[Path] = []
        self.attached: list[str] = []
        self.count = 0

    @initialize(n=st.integers(min_value=2, max_value=6))
    def start(self, n: int) -> None:
        for i in range(n):
            self.replicas.append(make_replica(template(), self.folder / f"r{i}", f"r{i}"))
            self.skew.append(0)
        # A shared starting point, so that edits soon meet on the same records.
        for name in ("Atlantis", "Lemuria"):
            self.create(0, name, None)
        shared = self.export(0, 0, full=True)
        for ws in self.replicas[1:]:
            SyncService(ws).import_bundle(shared, trust=True)

    def _write(self, i: int, action: Any) -> None:
        ws = self.replicas[i]
        with ws.read() as tx:
            before = tx.execute(text("SELECT last_seq FROM local_state")).scalar_one()
        with skewed(self.skew[i]):
            try:
                action(RecordService(ws))
            except NotFoundError:
                return
        with ws.read() as tx:
            rid = tx.execute(text("SELECT replica_id FROM local_state")).scalar_one()
            after = tx.execute(text("SELECT last_seq FROM local_state")).scalar_one()
        self.written.extend((rid, s) for s in range(before + 1, after + 1))

    def _pick(self, data: st.DataObject) -> str | None:
        return data.draw(st.sampled_from(self.rows)) if self.rows else None

    @rule(i=st.integers(0, 5), name=NAMES, code=CODES)
    def create(self, i: int, name: str, code: str | None) -> None:
        i %= len(self.replicas)
        created: list[str] = []
        self._write(i, lambda s: created.append(s.create("region", {"name": name,
                                                                    "code": code})))
        self.rows.extend(created)

    @precondition(lambda self: self.rows)
    @rule(i=st.integers(0, 5), data=st.data(), name=NAMES, code=CODES)
    def edit(self, i: int, data: st.DataObject, name: str, code: str | None) -> None:
        i %= len(self.replicas)
        row = self._pick(data)
        values = data.draw(st.sampled_from([{"name": name}, {"code": code},
                                            {"name": name, "code": code}]))
        self._write(i, lambda s: s.update("region", row, values))

    @precondition(lambda self: self.rows)
    @rule(i=st.integers(0, 5), data=st.data())
    def delete(self, i: int, data: st.DataObject) -> None:
        i %= len(self.replicas)
        row = self._pick(data)
        self._write(i, lambda s: s.delete("region", row))

    @precondition(lambda self: self.rows)
    @rule(i=st.integers(0, 5), data=st.data())
    def undelete(self, i: int, data: st.DataObject) -> None:
        i %= len(self.replicas)
        row = self._pick(data)
        self._write(i, lambda s: s.restore("region", row))

    @precondition(lambda self: self.rows)
    @rule(i=st.integers(0, 5), data=st.data(), content=st.integers(0, 3))
    def attach(self, i: int, data: st.DataObject, content: int) -> None:
        """A file on a record (four contents, so the same content meets itself)."""
        i %= len(self.replicas)
        row = self._pick(data)
        source = self.folder / f"content-{content}.bin"
        if not source.exists():
            make_file(source, 200_000 + 450_000 * content, seed=content)
        ws = self.replicas[i]
        self._write(i, lambda _s: self.attached.append(
            attachments.attach(ws, "region", row, source)))

    @precondition(lambda self: self.attached)
    @rule(i=st.integers(0, 5), data=st.data())
    def detach(self, i: int, data: st.DataObject) -> None:
        i %= len(self.replicas)
        found = data.draw(st.sampled_from(self.attached))
        ws = self.replicas[i]
        self._write(i, lambda _s: attachments.remove(ws, found))

    @rule(i=st.integers(0, 5), data=st.data())
    def resolve(self, i: int, data: st.DataObject) -> None:
        i %= len(self.replicas)
        ws = self.replicas[i]
        groups = SyncService(ws).conflicts()
        if not groups:
            return
        conflict = data.draw(st.sampled_from([c for g in groups for c in g.fields]))
        service = SyncService(ws).conflict_service
        pick = data.draw(st.sampled_from(conflict.values))
        if conflict.field == "_deleted" or data.draw(st.booleans()):
            self._write(i, lambda _s: service.resolve(conflict.id, keep=pick.version))
        else:
            value = data.draw(NAMES) if conflict.field == "name" else data.draw(CODES)
            self._write(i, lambda _s: service.resolve(conflict.id, value=value))

    @rule(i=st.integers(0, 5), minutes=st.integers(-60 * 24 * 30, 60 * 24 * 30))
    def skew_clock(self, i: int, minutes: int) -> None:
        self.skew[i % len(self.replicas)] = minutes * 60_000

    @rule(target=bundles, i=st.integers(0, 5), j=st.integers(0, 5), full=st.booleans())
    def export_without_files(self, i: int, j: int, full: bool) -> Path:
        return self.export(i, j, full, with_files=False)

    @rule(target=bundles, i=st.integers(0, 5), j=st.integers(0, 5), full=st.booleans())
    def export(self, i: int, j: int, full: bool, with_files: bool = True) -> Path:
        i %= len(self.replicas)
        j %= len(self.replicas)
        service = SyncService(self.replicas[i])
        target = self.replicas[j].identity().replica_id
        peer = target if i != j and target in {p.replica_id for p in service.peers()} else None
        self.count += 1
        path = self.folder / f"b{self.count}.ialibundle"
        service.export_bundle(path, peer=None if full else peer, full=full,
                              with_files=with_files)
        return path

    def _resend_all(self, i: int, j: int) -> Path:
        self.count += 1
        path = self.folder / f"b{self.count}.ialibundle"
        service = SyncService(self.replicas[i])
        target = self.replicas[j].identity().replica_id
        known = target in {p.replica_id for p in service.peers()}
        service.export_bundle(path, peer=target if known else None, resend_all=known)
        return path

    @rule(i=st.integers(0, 5), j=st.integers(0, 5), full=st.booleans())
    def exchange(self, i: int, j: int, full: bool) -> None:
        """The common case: a bundle made for a colleague and imported by them."""
        path = self.export(i, j, full)
        self.deliver(path, j, check_preview=False)

    @rule(path=bundles, j=st.integers(0, 5), check_preview=st.booleans())
    def deliver(self, path: Path, j: int, check_preview: bool) -> None:
        ws = self.replicas[j % len(self.replicas)]
        service = SyncService(ws)
        if check_preview:
            before = dump(ws)
            preview = service.preview(path, trust=True)
            assert dump(ws) == before
            report = service.import_bundle(path, trust=True)
            assert dataclasses.replace(preview, dry_run=False, backup=None) == \
                dataclasses.replace(report, backup=None)
        else:
            service.import_bundle(path, trust=True)
        self.delivered.append(path)

    @invariant()
    def clocks_never_go_back(self) -> None:
        for ws in self.replicas:
            with ws.read() as tx:
                last = tx.execute(text("SELECT last_hlc FROM local_state")).scalar_one()
            assert last >= getattr(ws, "_last_seen_hlc", 0)
            ws._last_seen_hlc = last  # type: ignore[attr-defined]

    def teardown(self) -> None:
        try:
            if self.replicas:
                self._check_convergence()
        finally:
            for ws in self.replicas:
                ws.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    def _check_convergence(self) -> None:
        n = len(self.replicas)
        for _round in range(2):  # full delivery: everything reaches everyone
            for i in range(n):
                # Bundles exported during the run may never have been delivered (lost):
                # the user's "send again" recovers them (the resend delay would too).
                path = self._resend_all(i, (i + 1) % n)
                for j in range(n):
                    if j != i:
                        SyncService(self.replicas[j]).import_bundle(path, trust=True)
        dumps = [dump(ws) for ws in self.replicas]
        assert all(d == dumps[0] for d in dumps)
        # Files left out of earlier bundles are asked for (`wants`) and brought by the
        # next bundle to the one asking; every bundle here reaches everyone.
        for _round in range(n):
            if not any(self._lacking(ws) for ws in self.replicas):
                break
            for i in range(n):
                path = self.export(i, (i + 1) % n, full=False)
                for j in range(n):
                    if j != i:
                        SyncService(self.replicas[j]).import_bundle(path, trust=True)
        assert [self._lacking(ws) for ws in self.replicas] == [set()] * n
        assert [dump(ws) for ws in self.replicas] == dumps
        conflicts = [conflict_view(ws) for ws in self.replicas]
        assert all(c == conflicts[0] for c in conflicts)
        for ws in self.replicas:
            with ws.read() as tx:
                held = {(r, s): (head, sup) for r, s, head, sup in tx.execute(text(
                    "SELECT replica, seq, is_head, EXISTS (SELECT 1 FROM change_edge e"
                    " WHERE e.sup_replica = replica AND e.sup_seq = seq) FROM change"))}
            for vid in self.written:
                head, superseded = held[vid]  # held everywhere
                assert bool(head) != bool(superseded)
        # Replaying any bundle again, anywhere, changes nothing.
        for path in self.delivered[-5:]:
            for ws in self.replicas:
                SyncService(ws).import_bundle(path, trust=True)
        assert [dump(ws) for ws in self.replicas] == dumps


    @staticmethod
    def _lacking(ws: Workspace) -> set[str]:
        """Live attachments whose content is not held here."""
        with ws.read() as tx:
            return {r[0] for r in tx.execute(text(
                "SELECT a.id FROM attachment a WHERE NOT a.deleted AND NOT EXISTS"
                " (SELECT 1 FROM blob b WHERE b.sha256 = a.sha256)"))}


FAST = settings(max_examples=12, stateful_step_count=25, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
THOROUGH = settings(max_examples=40, stateful_step_count=35, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def test_replicas_converge() -> None:
    machine = SyncMachine.TestCase
    machine.settings = FAST
    machine().runTest()


@pytest.mark.slow
def test_replicas_converge_thoroughly() -> None:
    machine = SyncMachine.TestCase
    machine.settings = THOROUGH
    machine().runTest()
