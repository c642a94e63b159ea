"""How long the window takes to paint the dashboard, against a bare PySide6 window.

Run on demand (not a test): `.venv/bin/python bench/bench_start.py [--rows N] [--runs R]`.

Two databases: one freshly seeded (with a saved profile, so no first-run wizard) and one
that also holds N engagements (written through one record batch). Each start is a new
process, offscreen, timed from before it is spawned until the dashboard's first paint
event (the child then exits at once):

- baseline: a PySide6 `QMainWindow` with a label, `import sqlalchemy`, an engine on the
  database and one query (`SELECT count(*) FROM engagement`), until the label's first
  paint;
- start: `iali_desktop.__main__.main(['--db', db])`, what `iali-desktop --db FILE` runs:
  the launch words, then the window's own start-up path (log file, single-instance
  lock, database checks, the main window on the dashboard).

Both children may cache bytecode (in a folder of the run, `PYTHONPYCACHEPREFIX`, even
where `PYTHONDONTWRITEBYTECODE` is set): an installed app starts from compiled modules,
and compiling the package's sources on every start would be measured instead. One untimed
start of each warms that cache.

Printed: medians and the median of per-run ratios (each run starts the baseline and the
app back to back), and the same for the processor time of each child (user + system, all
its threads): on a loaded machine the wall time is mostly waiting for a processor, the
processor time is what the start itself costs. Target: the wall-time ratio within 1.5x of
the baseline, whatever the database size.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET = 1.5

BASELINE = """
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
import sqlalchemy
app = QApplication(sys.argv[:1])
engine = sqlalchemy.create_engine("sqlite:///" + sys.argv[1])
with engine.connect() as conn:
    conn.execute(sqlalchemy.text("SELECT count(*) FROM engagement")).scalar_one()
window = QMainWindow()
label = QLabel("Dashboard", window)
window.setCentralWidget(label)
window.resize(1280, 800)
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            os._exit(0)
        return False
watcher = Painted()
label.installEventFilter(watcher)
window.show()
app.exec()
"""

# The real start-up: the entry point on the database, and nothing of the app before it
# (`window_watch.py` watches the window's module as the launch imports it); the first
# paint of the dashboard ends the process (writing the modules loaded so far when asked).
START = """
import os, sys
sys.path.insert(0, @BENCH@)
from window_watch import on_dashboard_paint

def painted():
    if len(sys.argv) > 2:
        with open(sys.argv[2], "w") as out:
            out.write("\\n".join(sorted(sys.modules)))
    os._exit(0)

on_dashboard_paint(painted)
from iali_desktop.__main__ import main
sys.exit(main(["--db", sys.argv[1]]) or 3)
""".replace("@BENCH@", repr(str(Path(__file__).resolve().parent)))


def environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    env.update({"QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
                "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
                "XDG_STATE_HOME": str(home / "state"), "XDG_CACHE_HOME": str(home / "cache")})
    return env


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(code: str, db: Path, home: Path) -> tuple[float, float]:
    """(wall seconds, processor seconds) of one child, from spawn to first paint."""
    cpu = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, str(db)], env=environment(home),
                          capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"the start failed ({done.returncode}): {done.stderr[-2000:]}")
    return elapsed, _children_cpu() - cpu


def build(folder: Path, rows: int) -> Path:
    import datetime as dt
    import random

    from iali_desktop.services.profile import Profile, save_profile
    from iali_desktop.services.records import RecordService
    from iali_desktop.services.setup import initialise

    path = folder / f"start-{rows}.db"
    ws, _ = initialise(path, "Bench start")
    save_profile(ws, Profile(role="regional_representative", region=None))
    records = RecordService(ws)
    rng = random.Random(3)
    regions, orgs = records.ids("region"), records.ids("organisation")
    with records.batch() as b:
        for i in range(rows):
            b.create("engagement", {
                "date": (dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(4000))
                         ).isoformat(),
                "kind": "visit", "summary": f"Visit no. {i}", "region": rng.choice(regions),
                "organisations": rng.sample(orgs, 2)})
    ws.close()
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path,
                        help="a database with a saved profile to use as the large one")
    args = parser.parse_args()
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    folder = Path(tempfile.mkdtemp(prefix="iali-bench-start-"))
    missed = False
    try:
        sizes = sorted({0, args.rows})
        print(f"{'database':<22}{'start s':>9}{'bare s':>9}{'x bare':>8}{'cpu s':>8}"
              f"{'bare':>7}{'x bare':>8}  target")
        for rows in sizes:
            db = args.db if args.db is not None and rows == args.rows else build(folder, rows)
            home = folder / f"home-{rows}"
            timed(BASELINE, db, home)  # compiles the bytecode both use
            timed(START, db, home)  # the first start writes the preferences and log folder
            starts, bares, start_cpu, bare_cpu = [], [], [], []
            for _ in range(args.runs):
                wall, cpu = timed(BASELINE, db, home)
                bares.append(wall)
                bare_cpu.append(cpu)
                wall, cpu = timed(START, db, home)
                starts.append(wall)
                start_cpu.append(cpu)
            ratio = statistics.median(s / b for s, b in zip(starts, bares, strict=True))
            cpu_ratio = statistics.median(s / b for s, b in zip(start_cpu, bare_cpu,
                                                                strict=True))
            ok = ratio <= TARGET
            missed |= not ok
            name = f"{rows:,} engagements"
            print(f"{name:<22}{statistics.median(starts):>9.2f}"
                  f"{statistics.median(bares):>9.2f}{ratio:>8.2f}"
                  f"{statistics.median(start_cpu):>8.2f}{statistics.median(bare_cpu):>7.2f}"
                  f"{cpu_ratio:>8.2f}  <= {TARGET:g}x {'ok' if ok else 'MISSED'}")
            print(f"RATIO start.{rows} {ratio:.3f} {TARGET}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
