"""How the meeting pack carries attached papers: 20 PDFs of 20 pages each.

Run on demand (not a test):
`.venv/bin/python bench/bench_pack_merge.py [--db PATH] [--runs N]`.

Over the ten-year dataset of bench_reports.py (made once, or reused with --db), 20 PDFs of
20 text pages each are written with ReportLab and attached to the next EC meeting's eight
agenda items through the pack's plain-data papers API (`PaperFile`, as the attachments
service hands them). Each measurement runs in a fresh process, so its peak memory (RSS) is
its own; the medians of several runs are printed for:

- the pack with the 20 papers (gathering, one layout pass, 400 attached pages drawn as
  form XObjects in the same file);
- the same pack without papers (what the attachments add is the difference);
- the pack of a copy of that database whose agenda items ask for their files only (cover,
  contents, agenda and the 400 pages: the papers' cost with little else around it);
- a bare pypdf merge of the same 20 files (`PdfWriter.append`, then write), in the same run.

It prints the ratio of each pack to the bare merge.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PAPERS = 20
PAGES = 20
HERE = Path(__file__).resolve().parent


def write_papers(folder: Path) -> list[Path]:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    paths = []
    for n in range(1, PAPERS + 1):
        path = folder / f"paper-{n:02d}.pdf"
        canvas = Canvas(str(path), pagesize=A4, invariant=1)
        for page in range(1, PAGES + 1):
            canvas.setFont("Helvetica-Bold", 16)
            canvas.drawString(60, 780, f"Paper {n}, page {page}")
            canvas.setFont("Helvetica", 9)
            for line in range(60):
                canvas.drawString(60, 750 - 11 * line,
                                  f"Line {line:02d}: labour inspection report text, "
                                  f"paragraph {page}.{line}, for the Executive Committee.")
            canvas.showPage()
        canvas.save()
        paths.append(path)
    return paths


def child(kind: str, db: Path, folder: Path) -> dict[str, float]:
    """One measurement in this process: seconds and peak RSS (MiB) before and after."""
    import datetime as dt

    from pypdf import PdfWriter

    from iali_desktop.reports import build_meeting_pack
    from iali_desktop.services.overview import Overview
    from iali_desktop.services.records import RecordService
    from iali_desktop.services.reporting import PaperFile
    from iali_desktop.services.workspace import Workspace

    papers = sorted(folder.glob("paper-*.pdf"))
    today = dt.date(2026, 3, 10)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    if kind == "bare":
        writer = PdfWriter()
        for path in papers:
            writer.append(str(path))
        with (folder / "bare.pdf").open("wb") as f:
            writer.write(f)
        pages = len(writer.pages)
    else:
        with Workspace.open(db) as ws:
            records = RecordService(ws)
            meeting = Overview(records, today).next_meeting()
            assert meeting is not None
            items = [i["id"] for i in records.list("agenda_item") if i["meeting"] == meeting["id"]]
            by_item: dict[str, list[PaperFile]] = {}
            if kind in ("pack", "files"):
                for n, path in enumerate(papers):
                    by_item.setdefault(items[n % len(items)], []).append(PaperFile(
                        path.name, path.stat().st_size, "application/pdf", True,
                        lambda p=path: p.open("rb")))  # type: ignore[misc]
            out = folder / f"{kind}.pdf"
            build_meeting_pack(ws, meeting["id"], out, as_of=today,
                               papers=lambda item: by_item.get(item, []))
        from pypdf import PdfReader

        pages = len(PdfReader(out).pages)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "peak_mib": peak, "growth_mib": peak - before, "pages": pages}


def _ask_for_files_only(db: Path) -> None:
    from iali_desktop.services.records import RecordService
    from iali_desktop.services.workspace import Workspace

    with Workspace.open(db) as ws, RecordService(ws).batch() as b:
        for item in b.list("agenda_item"):
            b.update("agenda_item", item["id"], {"papers": ["attached_files"]})


def measure(kind: str, db: Path, folder: Path) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, "--child", kind, "--db", str(db),
                           "--folder", str(folder)], capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="reuse or create this database")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", choices=("pack", "plain", "files", "bare"),
                        help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.db, args.folder)))
        return 0
    folder = Path(tempfile.mkdtemp(prefix="bench-pack-merge-"))
    db = args.db or folder / "ten-years.db"
    if not db.exists():
        sys.path.insert(0, str(HERE))
        from bench_reports import make_database

        print(f"generating the ten-year dataset in {db} ...", flush=True)
        print(f"  written in {make_database(db):.2f} s")
    papers = write_papers(folder)
    files_only = folder / "files-only.db"
    shutil.copyfile(db, files_only)
    _ask_for_files_only(files_only)
    size = sum(p.stat().st_size for p in papers) / 1024 / 1024
    print(f"{len(papers)} papers of {PAGES} pages, {size:.1f} MiB in all")
    runs: dict[str, list[dict[str, float]]] = {"pack": [], "plain": [], "files": [], "bare": []}
    for _ in range(args.runs):  # interleaved, so a change in load touches all alike
        for kind in runs:
            runs[kind].append(measure(kind, files_only if kind == "files" else db, folder))

    def med(kind: str, key: str) -> float:
        return statistics.median(r[key] for r in runs[kind])

    for kind, label in (("pack", "pack with the papers"), ("plain", "pack without papers"),
                        ("files", "pack of the files only"), ("bare", "bare pypdf merge")):
        ms, peak = med(kind, "seconds") * 1000, med(kind, "peak_mib")
        print(f"{label:22s} {ms:7.0f} ms  peak {peak:6.0f} MiB "
              f"(+{med(kind, 'growth_mib'):4.0f} MiB during the work)  "
              f"{int(med(kind, 'pages'))} pages")
    bare = med("bare", "seconds")
    papers_cost = med("pack", "seconds") - med("plain", "seconds")
    print(f"ratio pack with papers / bare merge:      {med('pack', 'seconds') / bare:6.2f}")
    print(f"ratio pack of the files only / bare:      {med('files', 'seconds') / bare:6.2f}")
    print(f"ratio the papers' own cost / bare merge:  {papers_cost / bare:6.2f}"
          "  (a difference of two medians: noisy under load)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
