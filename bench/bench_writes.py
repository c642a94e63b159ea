"""How fast a batch of N creates and N updates goes through the record service, against
raw SQLite.

Run on demand (not a test): `.venv/bin/python bench/bench_writes.py [--rows N] [--runs R]`.

Each run starts from a copy of one freshly seeded database and times, back to back:

- raw create: N engagement rows and one change row per field given, already in memory,
  inserted with `sqlite3` `executemany` in one transaction (WAL, synchronous=FULL): the
  floor;
- create: the same N engagements through `RecordService.batch()` (`WriteBatch.create`),
  the path a spreadsheet import, the seed, the demo set and a plan carry-forward take:
  validation, reference checks, record rules, versions, search index, commit;
- raw update: one field of each of the N records set with `executemany`, plus its change
  row, its edge and the superseded head cleared;
- update: the same through one batch (`WriteBatch.update`).

Printed: medians in seconds, the median of per-run ratios to the raw figure, and the
target (within 5x raw). Exit status 1 when a ratio misses its target.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import orjson

from iali_desktop.domain.ids import new_id
from iali_desktop.services.records import RecordService
from iali_desktop.services.setup import initialise
from iali_desktop.services.workspace import Workspace

TYPE = "engagement"
TARGET = 5.0
KINDS = ("meeting", "conference", "call", "email", "visit", "webinar", "letter", "other")


def engagements(n: int, regions: list[str], organisations: list[str]) -> list[dict[str, Any]]:
    rng = random.Random(7)
    start = dt.date(2015, 1, 1)
    return [{"date": (start + dt.timedelta(days=rng.randrange(4000))).isoformat(),
             "kind": rng.choice(KINDS), "summary": f"Visit and follow-up no. {i}",
             "region": rng.choice(regions), "organisations": rng.sample(organisations, 2)}
            for i in range(n)]


def raw_connection(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    return con


def raw_create(path: Path, values: list[dict[str, Any]]) -> float:
    con = raw_connection(path)
    replica, seq, stamp = con.execute(
        "SELECT replica_id, last_seq, last_hlc FROM local_state").fetchone()
    columns = list(values[0])
    rows, changes = [], []
    for v in values:
        row_id = new_id()
        cells = [orjson.dumps(v[c]).decode() if isinstance(v[c], list) else v[c]
                 for c in columns]
        rows.append((row_id, 0, *cells))
        for c in columns:
            seq += 1
            stamp += 1
            changes.append((replica, seq, stamp, TYPE, row_id, c,
                            orjson.dumps(v[c]).decode(), None, 1))
    started = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    con.executemany(f"INSERT INTO {TYPE} (id, deleted, {', '.join(columns)}) VALUES "
                    f"({', '.join('?' * (len(columns) + 2))})", rows)
    con.executemany("INSERT INTO change (replica, seq, hlc, record_type, row_id, field, value,"
                    " seen, is_head) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", changes)
    con.execute("COMMIT")
    elapsed = time.perf_counter() - started
    con.close()
    return elapsed


def raw_update(path: Path) -> float:
    con = raw_connection(path)
    replica, seq, stamp = con.execute(
        "SELECT replica_id, last_seq, last_hlc FROM local_state").fetchone()
    heads = con.execute("SELECT row_id, replica, seq FROM change WHERE record_type = ? AND"
                        " field = 'summary' AND is_head = 1", (TYPE,)).fetchall()
    updates, changes, edges, old = [], [], [], []
    for row_id, r, s in heads:
        seq += 1
        stamp += 1
        text = f"Updated {row_id}"
        updates.append((text, row_id))
        changes.append((replica, seq, stamp, TYPE, row_id, "summary",
                        orjson.dumps(text).decode(), None, 1))
        edges.append((replica, seq, r, s))
        old.append((r, s))
    started = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    con.executemany(f"UPDATE {TYPE} SET summary = ? WHERE id = ?", updates)
    con.executemany("UPDATE change SET is_head = 0 WHERE replica = ? AND seq = ?", old)
    con.executemany("INSERT INTO change (replica, seq, hlc, record_type, row_id, field, value,"
                    " seen, is_head) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", changes)
    con.executemany("INSERT INTO change_edge (by_replica, by_seq, sup_replica, sup_seq)"
                    " VALUES (?, ?, ?, ?)", edges)
    con.execute("COMMIT")
    elapsed = time.perf_counter() - started
    con.close()
    return elapsed


def service_create(path: Path, values: list[dict[str, Any]]) -> float:
    ws = Workspace.open(path)
    records = RecordService(ws)
    started = time.perf_counter()
    with records.batch() as b:
        for v in values:
            b.create(TYPE, v)
    elapsed = time.perf_counter() - started
    ws.close()
    return elapsed


def service_update(path: Path) -> float:
    ws = Workspace.open(path)
    records = RecordService(ws)
    ids = records.ids(TYPE)
    started = time.perf_counter()
    with records.batch() as b:
        for row_id in ids:
            b.update(TYPE, row_id, {"summary": f"Updated {row_id}"})
    elapsed = time.perf_counter() - started
    ws.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="iali-bench-writes-"))
    try:
        template = folder / "template.db"
        ws, _ = initialise(template, "Bench writes")
        records = RecordService(ws)
        values = engagements(args.rows, records.ids("region"), records.ids("organisation"))
        ws.close()
        times: dict[str, list[float]] = {"raw create": [], "create": [], "raw update": [],
                                         "update": []}
        for run in range(args.runs):
            raw_db, svc_db = folder / f"raw{run}.db", folder / f"svc{run}.db"
            shutil.copyfile(template, raw_db)
            shutil.copyfile(template, svc_db)
            times["raw create"].append(raw_create(raw_db, values))
            times["create"].append(service_create(svc_db, values))
            times["raw update"].append(raw_update(svc_db))
            times["update"].append(service_update(svc_db))
        print(f"{args.rows:,} {TYPE} records, {args.runs} run(s)")
        print(f"{'what':<8}{'median s':>10}{'raw s':>9}{'x raw':>8}  target")
        missed = False
        ratios = {}
        for what in ("create", "update"):
            raw = times[f"raw {what}"]
            ratio = statistics.median(s / r for s, r in zip(times[what], raw, strict=True))
            ratios[what] = ratio
            ok = ratio <= TARGET
            missed |= not ok
            print(f"{what:<8}{statistics.median(times[what]):>10.2f}"
                  f"{statistics.median(raw):>9.2f}{ratio:>8.2f}  <= {TARGET:g}x "
                  f"{'ok' if ok else 'MISSED'}")
        for what, ratio in ratios.items():
            print(f"RATIO writes.{what} {ratio:.3f} {TARGET}")
        return 1 if missed else 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
