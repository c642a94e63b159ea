"""How fast a 100,000-change bundle is exported and imported, against raw SQLite.

Run on demand (not a test): `.venv/bin/python bench/bench_sync.py [--changes N] [--runs R]`.

A sender database is given N field versions of its own (organisations with 9 fields and
people with 8, the people pointing at the organisations, the organisations at a seeded
region). Then, each phase in a fresh child process so its peak memory is its own:

- raw:    the same N change rows, already in memory, inserted with one `sqlite3`
          `executemany` into a table shaped like `change` (same indexes, WAL,
          synchronous=FULL, 64 MiB cache), one transaction: the floor;
- export: `SyncService.export_bundle(full=True)`: query, JSON lines, deflate, hash,
          sign, atomic rename;
- import: `SyncService.import_bundle` into a fresh replica: every check (container,
          signature, trust, digests, schema validation of each value), the backup,
          staging, merge, row derivation, search index, bookkeeping, commit.

Printed: medians in seconds and their ratio to raw's median, the median of per-run
ratios too (each run times raw, export and import back to back, so a run's ratio is
less disturbed by other load on a shared machine), and peak memory growth per phase (RSS
high-water mark of the child minus its RSS after start-up, and the tracemalloc peak
of Python objects in a separate pass, since tracing slows the timed one).
Targets: import within 2.5x raw, export within 1.5x raw, memory growth (RSS) under
100 MB; `bench/run_all.py` also runs it at 1,000,000 changes for the memory target
(`--no-trace` skips the slow tracemalloc pass there). Exit status 1 when one is missed.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

SCHEMA = (
    "CREATE TABLE change (replica VARCHAR(36) NOT NULL, seq INTEGER NOT NULL, hlc BIGINT NOT"
    " NULL, record_type VARCHAR(40) NOT NULL, row_id VARCHAR(36) NOT NULL, field VARCHAR(60)"
    " NOT NULL, value TEXT NOT NULL, seen TEXT, is_head BOOLEAN NOT NULL,"
    " PRIMARY KEY (replica, seq))",
    "CREATE INDEX ix_change_field ON change (record_type, row_id, field)",
    "CREATE INDEX ix_change_heads ON change (record_type, row_id, field) WHERE is_head = 1",
)


def rss_mb() -> float:
    """This process's RSS high-water mark (VmHWM: unlike ru_maxrss, not inherited from
    the parent across fork and exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build_sender(folder: Path, changes: int) -> Path:
    from sqlalchemy import text

    from iali_desktop.domain import hlc
    from iali_desktop.domain.fields import FieldKind
    from iali_desktop.domain.ids import new_id
    from iali_desktop.domain.versions import Version
    from iali_desktop.services.setup import initialise
    from iali_desktop.store import merge
    from iali_desktop.store.catalog import record_type
    from iali_desktop.store.changelog import dumps

    ws, _ = initialise(folder / "sender.db", "Bench sender")
    identity = ws.identity()
    with ws.read() as tx:
        region = tx.execute(text("SELECT id FROM region ORDER BY id LIMIT 1")).scalar_one()
    orgs: list[str] = []
    versions: list[Version] = []
    stamp = hlc.pack(hlc.wall_ms() - 10_000_000)

    def value(kind: FieldKind, spec: Any, i: int, name: str) -> object:
        if kind is FieldKind.CHOICE:
            return spec.choices[i % len(spec.choices)]
        if kind is FieldKind.CHOICES:
            return [spec.choices[i % len(spec.choices)]]
        if kind is FieldKind.BOOLEAN:
            return i % 2 == 0
        if kind is FieldKind.URL:
            return f"https://example.org/{i}"
        if kind is FieldKind.EMAIL:
            return f"person{i}@example.org"
        if kind is FieldKind.STRINGS:
            return ["en", "fr"]
        if kind is FieldKind.LONGTEXT:
            return f"{name} {i}: notes on the cooperation, follow-up and contacts. " * 3
        if kind is FieldKind.REF:
            return region if spec.target == "region" else orgs[i % len(orgs)]
        return f"{name} {i}"

    i = 0
    while len(versions) < changes:
        type_name = "organisation" if i % 2 == 0 or not orgs else "person"
        row = new_id()
        if type_name == "organisation":
            orgs.append(row)
        for spec in record_type(type_name).fields:
            if len(versions) >= changes:
                break
            stamp += 1
            versions.append(Version(identity.replica_id, len(versions) + 1, stamp, type_name,
                                    row, spec.name,
                                    dumps(value(spec.kind, spec, i, type_name.title()))))
        i += 1
    with ws.write() as tx:
        for start in range(0, len(versions), 20_000):
            merge.apply_versions(tx, versions[start:start + 20_000])
        tx.execute(text("UPDATE local_state SET last_seq = :s, last_hlc = :h"),
                   {"s": len(versions), "h": stamp})
    ws.close()
    return folder / "sender.db"


def child(args: argparse.Namespace) -> None:
    from iali_desktop.services.sync import SyncService
    from iali_desktop.services.workspace import Workspace

    base = rss_mb()
    traced = args.trace
    if traced:
        tracemalloc.start()
    if args.phase == "raw":
        src = sqlite3.connect(args.sender)
        rows = src.execute("SELECT replica, seq, hlc, record_type, row_id, field, value, seen,"
                           " is_head FROM change WHERE replica = (SELECT replica_id FROM"
                           " local_state)").fetchall()
        src.close()
        base = rss_mb()
        con = sqlite3.connect(args.target, isolation_level=None)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")
        con.execute("PRAGMA cache_size=-65536")
        for sql in SCHEMA:
            con.execute(sql)
        started = time.perf_counter()
        con.execute("BEGIN")
        con.executemany("INSERT INTO change VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        con.execute("COMMIT")
        elapsed = time.perf_counter() - started
        con.close()
        count = len(rows)
    elif args.phase == "export":
        ws = Workspace.open(Path(args.sender))
        started = time.perf_counter()
        summary = SyncService(ws).export_bundle(Path(args.target), full=True)
        elapsed = time.perf_counter() - started
        count = summary.changes
        ws.close()
    else:
        ws = Workspace.open(Path(args.receiver))
        started = time.perf_counter()
        report = SyncService(ws).import_bundle(Path(args.target), trust=True)
        elapsed = time.perf_counter() - started
        count = report.changes_new
        ws.close()
    peak = tracemalloc.get_traced_memory()[1] / 2**20 if traced else 0.0
    print(json.dumps({"seconds": elapsed, "count": count, "rss_growth_mb": rss_mb() - base,
                      "traced_peak_mb": peak}))


def run_child(phase: str, trace: bool = False, **paths: str) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", phase] + (["--trace"] if trace else [])
    for key, value in paths.items():
        cmd += [f"--{key}", value]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


TARGETS = {"export": 1.5, "import": 2.5}
MEMORY_MB = 100.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", choices=["raw", "export", "import"])
    parser.add_argument("--trace", action="store_true")
    parser.add_argument("--no-trace", action="store_true",
                        help="skip the tracemalloc pass (RSS growth is still measured)")
    parser.add_argument("--sender")
    parser.add_argument("--receiver")
    parser.add_argument("--target")
    args = parser.parse_args()
    if args.child:
        args.phase = args.child
        child(args)
        return 0
    from iali_desktop.services.setup import initialise

    folder = Path(tempfile.mkdtemp(prefix="iali-bench-sync-"))
    try:
        started = time.perf_counter()
        sender = build_sender(folder, args.changes)
        print(f"sender with {args.changes:,} changes built in "
              f"{time.perf_counter() - started:.1f} s")
        template = folder / "receiver-template.db"
        ws, _ = initialise(template, "Bench receiver")
        ws.close()
        results: dict[str, list[dict[str, Any]]] = {"raw": [], "export": [], "import": []}
        bundle = folder / "bench.ialibundle"
        for run in range(args.runs):
            raw_db = folder / f"raw{run}.db"
            results["raw"].append(run_child("raw", sender=str(sender), target=str(raw_db)))
            results["export"].append(run_child("export", sender=str(sender),
                                               target=str(bundle)))
            receiver = folder / f"r{run}" / "receiver.db"
            receiver.parent.mkdir()
            shutil.copyfile(template, receiver)
            results["import"].append(run_child("import", receiver=str(receiver),
                                               target=str(bundle)))
        receiver = folder / "traced" / "receiver.db"
        receiver.parent.mkdir()
        shutil.copyfile(template, receiver)
        traced = {} if args.no_trace else {
            "export": run_child("export", True, sender=str(sender),
                                target=str(folder / "traced.ialibundle")),
            "import": run_child("import", True, receiver=str(receiver), target=str(bundle))}
        raw = statistics.median(r["seconds"] for r in results["raw"])
        print(f"bundle: {bundle.stat().st_size / 2**20:.1f} MiB for "
              f"{results['export'][0]['count']:,} changes")
        print(f"{'phase':<8}{'median s':>10}{'x raw':>8}{'run x raw':>11}"
              f"{'RSS growth MB':>15}{'py peak MB':>12}  target")
        missed = False
        for phase, target in (("raw", ""), ("export", "<= 1.5x"), ("import", "<= 2.5x")):
            secs = statistics.median(r["seconds"] for r in results[phase])
            per_run = statistics.median(r["seconds"] / w["seconds"]
                                        for r, w in zip(results[phase], results["raw"],
                                                        strict=True))
            rss = max(r["rss_growth_mb"] for r in results[phase])
            peak = traced[phase]["traced_peak_mb"] if phase in traced else 0.0
            print(f"{phase:<8}{secs:>10.3f}{secs / raw:>8.2f}{per_run:>11.2f}"
                  f"{rss:>15.1f}{peak:>12.1f}  {target}")
            if phase in TARGETS:
                missed |= per_run > TARGETS[phase] or rss > MEMORY_MB
                print(f"RATIO sync.{phase} {per_run:.3f} {TARGETS[phase]}")
                print(f"RATIO sync.{phase}_rss_growth_mb {rss:.1f} {MEMORY_MB}")
        return 1 if missed else 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
