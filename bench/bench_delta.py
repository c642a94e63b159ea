"""What a small delta costs on a large database, against the same delta on an empty one.

Run on demand (not a test): `.venv/bin/python bench/bench_delta.py [--records N] [--runs R]`.

Two colleagues, Ana and Ben, first exchange bundles both ways so that each trusts the
other and knows what the other holds. Ana's database is then given N records of her
own (organisations with 9 fields and people with 8, built as in bench_sync.py), which
reach Ben through one full bundle. Then, R times: Ana makes 10 edits through the record
service, exports the delta for Ben (`export --to`), Ben imports it, and Ben's delta back
acknowledges it. The same is measured on a pair that holds only the seeded content (the
"empty" database), in the same run.

Printed: the median bundle size and the median times of the export and of the import
(the whole `SyncService` call: checks, backup when one is due, apply, commit), for both
databases, with the ratio large / empty. Targets: under 10 KB, under 50 ms each.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

EDITS = 10


def pair(folder: Path, records: int) -> tuple[Any, Any]:
    from bench_sync import build_sender

    from iali_desktop.services.setup import initialise
    from iali_desktop.services.sync import SyncService
    from iali_desktop.services.workspace import Workspace

    folder.mkdir(parents=True)
    ben, _ = initialise(folder / "ben.db", "Ben")
    ben_id = ben.identity().replica_id
    if records:
        fields = 8.5  # organisations 9, people 8, alternating
        build_sender(folder, int(records * fields))
        ana = Workspace.open(folder / "sender.db")
        started = time.perf_counter()
        SyncService(ana).export_bundle(folder / "full.ialibundle", full=True)
        SyncService(ben).import_bundle(folder / "full.ialibundle", trust=True)
        print(f"  {records:,} records reached Ben in {time.perf_counter() - started:.1f} s")
    else:
        ana, _ = initialise(folder / "ana.db", "Ana")
        SyncService(ana).export_bundle(folder / "full.ialibundle", full=True)
        SyncService(ben).import_bundle(folder / "full.ialibundle", trust=True)
    SyncService(ben).export_bundle(folder / "back.ialibundle", full=True)
    SyncService(ana).import_bundle(folder / "back.ialibundle", trust=True)
    assert any(p.replica_id == ben_id for p in SyncService(ana).peers())
    return ana, ben


def one_round(ana: Any, ben: Any, folder: Path, run: int) -> dict[str, float]:
    from iali_desktop.services.records import RecordService
    from iali_desktop.services.sync import SyncService

    records = RecordService(ana)
    rows = records.ids("organisation")[:EDITS]
    for i, row in enumerate(rows):
        records.update("organisation", row, {"name": f"Renamed {run}-{i}"})
    ana_sync, ben_sync = SyncService(ana), SyncService(ben)
    ben_id = ben.identity().replica_id
    out = folder / f"delta{run}.ialibundle"
    started = time.perf_counter()
    summary = ana_sync.export_bundle(out, peer=ben_id)
    exported = time.perf_counter() - started
    started = time.perf_counter()
    report = ben_sync.import_bundle(out)
    imported = time.perf_counter() - started
    assert report.changes_new >= EDITS, report.message
    back = folder / f"back{run}.ialibundle"
    ben_sync.export_bundle(back, peer=ana.identity().replica_id)
    ana_sync.import_bundle(back)
    return {"size": summary.size, "changes": summary.changes, "export": exported,
            "import": imported}


def measure(folder: Path, records: int, runs: int) -> dict[str, float]:
    ana, ben = pair(folder, records)
    try:
        one_round(ana, ben, folder, -1)  # warm caches and imports
        rounds = [one_round(ana, ben, folder, run) for run in range(runs)]
    finally:
        ana.close()
        ben.close()
    return {key: statistics.median(r[key] for r in rounds) for key in rounds[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="iali-bench-delta-") as tmp:
        print("empty database (seeds only):")
        empty = measure(Path(tmp) / "empty", 0, args.runs)
        print(f"database of {args.records:,} records:")
        large = measure(Path(tmp) / "large", args.records, args.runs)
    print(f"\n{EDITS} edits, median of {args.runs} rounds")
    print(f"{'':<12}{'empty':>10}{'large':>10}{'ratio':>8}  target")
    print(f"{'changes':<12}{empty['changes']:>10.0f}{large['changes']:>10.0f}"
          f"{large['changes'] / empty['changes']:>8.2f}")
    print(f"{'size KB':<12}{empty['size'] / 1000:>10.1f}{large['size'] / 1000:>10.1f}"
          f"{large['size'] / empty['size']:>8.2f}  < 10 KB")
    for key in ("export", "import"):
        print(f"{key + ' ms':<12}{empty[key] * 1000:>10.1f}{large[key] * 1000:>10.1f}"
              f"{large[key] / empty[key]:>8.2f}  < 50 ms")


if __name__ == "__main__":
    main()
