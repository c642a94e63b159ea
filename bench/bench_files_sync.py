"""A bundle carrying one large attached file: export and import time and peak memory.

Run on demand (not a test): `.venv/bin/python bench/bench_files_sync.py [--mb 200]`.

Ana attaches a file of random bytes (incompressible, like a PDF's streams) to a record;
then, each step in its own child process so that its peak memory is its own: Ana
exports a delta for Ben (the bundle carries the file), Ben imports it (the content is
streamed into his database with its digest checked), and Ana exports again after Ben
acknowledged (the file is not sent again). Printed per step: wall time, the RSS
high-water growth of the child over its start-up (VmHWM), the tracemalloc peak of Python
objects (a second, traced run), and the bundle's size.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

MB = 1 << 20


def vm_hwm_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _step(kind: str, db: str, bundle: str, peer: str, traced: bool) -> dict[str, float]:
    from iali_desktop.services.sync import SyncService
    from iali_desktop.services.workspace import Workspace

    ws = Workspace.open(Path(db))
    start_hwm = vm_hwm_mb()
    if traced:
        tracemalloc.start()
    began = time.perf_counter()
    out: dict[str, float] = {}
    if kind == "export":
        summary = SyncService(ws).export_bundle(Path(bundle), peer=peer)
        out["files"] = summary.files
    else:
        report = SyncService(ws).import_bundle(Path(bundle), trust=True)
        out["files"] = report.files_received
    out["seconds"] = time.perf_counter() - began
    out["rss_growth_mb"] = vm_hwm_mb() - start_hwm
    if traced:
        out["python_peak_mb"] = tracemalloc.get_traced_memory()[1] / MB
    ws.close()
    return out


def _child(kind: str, db: Path, bundle: Path, peer: str, traced: bool) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, "--child", kind, str(db), str(bundle),
                           peer, "1" if traced else "0"], capture_output=True, text=True,
                          check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=200)
    parser.add_argument("--child", nargs=5)
    args = parser.parse_args()
    if args.child:
        kind, db, bundle, peer, traced = args.child
        print(json.dumps(_step(kind, db, bundle, peer, traced == "1")))
        return

    from iali_desktop.services import attachments
    from iali_desktop.services.records import RecordService
    from iali_desktop.services.setup import initialise
    from iali_desktop.services.sync import SyncService

    folder = Path(tempfile.mkdtemp(prefix="bench-files-"))
    ana, _ = initialise(folder / "ana" / "ana.db", "Ana")
    ben, _ = initialise(folder / "ben" / "ben.db", "Ben")
    SyncService(ana).export_bundle(folder / "hello-a.ialibundle")
    SyncService(ben).import_bundle(folder / "hello-a.ialibundle", trust=True)
    SyncService(ben).export_bundle(folder / "hello-b.ialibundle")
    SyncService(ana).import_bundle(folder / "hello-b.ialibundle", trust=True)
    paper = folder / "paper.pdf"
    rng = random.Random(1)
    with paper.open("wb") as out:
        for _ in range(args.mb):
            out.write(rng.randbytes(MB))
    owner = RecordService(ana).create("agreement", {"title": "MOU", "kind": "mou",
                                                   "status": "signed"})
    began = time.perf_counter()
    attachments.attach(ana, "agreement", owner, paper)
    attach_s = time.perf_counter() - began
    ana_db, ben_db = ana.path, ben.path
    ana.close()
    ben.close()
    print(f"file: {args.mb} MiB of random bytes; attach (reference): {attach_s:.1f} s")

    rows = []
    for traced in (False, True):
        bundle = folder / f"a-to-b-{int(traced)}.ialibundle"
        exported = _child("export", ana_db, bundle, "Ben", traced)
        size = bundle.stat().st_size
        # The timed import goes into a copy, so the traced run imports into a fresh one.
        target = folder / f"ben-{int(traced)}.db"
        _copy(ben_db, target)
        imported = _child("import", target, bundle, "", traced)
        rows.append((traced, exported, imported, size))
    for traced, exported, imported, size in rows:
        what = "traced " if traced else ""
        print(f"{what}export: {exported['seconds']:.1f} s, RSS +{exported['rss_growth_mb']:.0f}"
              f" MB" + (f", Python peak {exported['python_peak_mb']:.1f} MiB" if traced
                         else "") + f"; bundle {size / MB:.1f} MiB, {exported['files']:.0f} file")
        print(f"{what}import: {imported['seconds']:.1f} s, RSS +{imported['rss_growth_mb']:.0f}"
              f" MB" + (f", Python peak {imported['python_peak_mb']:.1f} MiB" if traced
                         else "") + f"; {imported['files']:.0f} file received")
    # Acknowledged: Ben's next bundle, then Ana's next delta carries no file.
    ben = _open(folder / "ben-0.db")
    SyncService(ben).export_bundle(folder / "ack.ialibundle")
    ben.close()
    ana = _open(ana_db)
    SyncService(ana).import_bundle(folder / "ack.ialibundle")
    RecordService(ana).create("region", {"name": "Atlantis"})
    again = SyncService(ana).export_bundle(folder / "again.ialibundle", peer="Ben")
    ana.close()
    print(f"next delta after the acknowledgement: {again.files} files, {again.size} bytes")
    print(f"(folder {folder}; remove it when done)")


def _copy(source: Path, target: Path) -> None:
    """Through SQLite's backup API: the database's files are never read as plain files."""
    import sqlite3

    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def _open(path: Path):  # type: ignore[no-untyped-def]
    from iali_desktop.services.workspace import Workspace

    return Workspace.open(path)


if __name__ == "__main__":
    main()
