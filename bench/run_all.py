"""Run every benchmark at a small and a large size and print one table of ratios against
their targets.

Run on demand (not part of the test run): `.venv/bin/python bench/run_all.py
[--only small|large] [--bench NAME ...]`. Each benchmark runs in its own process, one
after the other; a benchmark reports a figure as a line `RATIO <name> <value> <target>`
(a ratio to a baseline measured in the same run, or a value such as milliseconds or
megabytes with its limit), and the meeting pack's is read from its own "ratio pack /
bare" line. Benchmarks without a ratio (spreadsheets, hostile files) count by their exit
status. The exit status is 1 when any figure misses its target or a benchmark fails.

The machine's load is printed with the table (`os.getloadavg`): on a shared machine read
the ratios, which compare figures taken side by side, rather than the seconds.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
RATIO = re.compile(r"^RATIO (\S+) ([0-9.]+) ([0-9.]+)$", re.MULTILINE)
PACK = re.compile(r"^ratio pack / bare:\s+([0-9.]+)", re.MULTILINE)
PACK_TARGET = 1.5


@dataclass(frozen=True)
class Bench:
    name: str
    script: str
    small: tuple[str, ...]
    large: tuple[str, ...]


BENCHES = (
    # Seven starts a size: a start is half a second, and a shared machine's noise moves a
    # single one by a tenth of that.
    Bench("start", "bench_start.py", ("--rows", "1000", "--runs", "7"),
          ("--rows", "100000", "--runs", "7")),
    Bench("writes", "bench_writes.py", ("--rows", "10000", "--runs", "3"),
          ("--rows", "100000", "--runs", "1")),
    Bench("sync", "bench_sync.py", ("--changes", "100000", "--runs", "3"),
          ("--changes", "1000000", "--runs", "1", "--no-trace")),
    Bench("gui", "bench_gui.py", ("--rows", "10000", "--tasks", "1000"),
          ("--rows", "100000", "--tasks", "10000")),
    # The dataset is the same at both sizes; one run alone put the first pack's warm-up
    # (fonts, ReportLab's first use in the process) in its median: 2.1x against 1.2x.
    Bench("reports", "bench_reports.py", ("--runs", "3"), ("--runs", "5")),
    Bench("sheets", "bench_sheets.py", ("--rows", "1000"), ("--rows", "10000")),
    Bench("hostile_files", "bench_hostile_files.py", (), ()),
)


@dataclass(frozen=True)
class Figure:
    bench: str
    size: str
    name: str
    value: float | None
    target: float | None
    ok: bool
    note: str = ""


def run(bench: Bench, size: str) -> tuple[list[Figure], float]:
    args = bench.small if size == "small" else bench.large
    started = time.perf_counter()
    done = subprocess.run([sys.executable, str(HERE / bench.script), *args],
                          capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    out = done.stdout
    figures = [Figure(bench.name, size, name, float(value), float(target),
                      float(value) <= float(target))
               for name, value, target in RATIO.findall(out)]
    pack = PACK.search(out)
    if pack is not None:
        value = float(pack.group(1))
        figures.append(Figure(bench.name, size, "reports.pack_over_bare", value, PACK_TARGET,
                              value <= PACK_TARGET))
    failed = done.returncode != 0 and not figures
    if not figures or failed:
        note = "" if done.returncode == 0 else \
            (done.stderr.strip().splitlines() or ["failed"])[-1][:80]
        figures.append(Figure(bench.name, size, f"{bench.name}.runs", None, None,
                              done.returncode == 0, note))
    return figures, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("small", "large"))
    parser.add_argument("--bench", nargs="*", choices=[b.name for b in BENCHES])
    args = parser.parse_args()
    sizes = [args.only] if args.only else ["small", "large"]
    chosen = [b for b in BENCHES if not args.bench or b.name in args.bench]
    figures: list[Figure] = []
    for size in sizes:
        for bench in chosen:
            load = os.getloadavg()[0]
            print(f"running {bench.script} ({size}, load {load:.1f}) ...", flush=True)
            found, elapsed = run(bench, size)
            figures += found
            print(f"  {elapsed:.0f} s", flush=True)
    width = max(len(f.name) for f in figures)
    print(f"\n{'size':<6} {'figure':<{width}} {'value':>9} {'target':>8}  result")
    for f in figures:
        value = "" if f.value is None else f"{f.value:9.2f}"
        target = "" if f.target is None else f"{f.target:8.2f}"
        result = "ok" if f.ok else "MISSED"
        print(f"{f.size:<6} {f.name:<{width}} {value:>9} {target:>8}  {result} {f.note}")
    one, five, fifteen = os.getloadavg()
    print(f"load average at the end: {one:.1f} {five:.1f} {fifteen:.1f} "
          f"on {os.cpu_count()} cores")
    return 0 if all(f.ok for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
