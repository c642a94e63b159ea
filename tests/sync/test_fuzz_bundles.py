"""Fuzzing the whole reading path with mutated real bundles: whatever the file holds, only
the app's own error class escapes, as one line, and nothing changes.

A few seconds in the normal suite; `IALI_FUZZ_SECONDS=600` runs ten minutes
(`IALI_FUZZ_SEED` picks another sequence). Files tried, refused and accepted, the worst
time of one file and the worst Python memory peak of one file are printed (tracemalloc
watches every fourth file only: it slows the work several times over).
"""

from __future__ import annotations

import os
import random
import resource
import time
import traceback
import tracemalloc
from collections import Counter
from pathlib import Path

import pytest

from iali_desktop.domain.errors import IaliError
from iali_desktop.services.sync import SyncService

from . import forge
from .conftest import MakeReplica, export_for, records
from .mutate import Mutator
from .test_adversarial import state_of

SECONDS = float(os.environ.get("IALI_FUZZ_SECONDS", "4"))
SEED = int(os.environ.get("IALI_FUZZ_SEED", "20261203"))
PASSPHRASE = "fuzzing horse"


def test_mutated_bundles_only_ever_raise_the_apps_own_error(
        replicas: MakeReplica, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = replicas("ana"), replicas("ben")
    rec = records(a)
    regions = [rec.create("region", {"name": f"Region {i}", "code": f"R{i}"})
               for i in range(3)]
    rec.update("region", regions[0], {"name": "Renamed"})
    rec.delete("region", regions[1])
    org = rec.create("organisation", {"name": "Inspectorate", "kind": "regional_alliance",
                                      "region": regions[2], "iali_established": True,
                                      "website": "https://example.org", "notes": "é " * 40})
    rec.create("person", {"name": "Ana Example", "organisation": org, "roles": ["president"],
                          "languages": ["en", "fr"], "email": "ana@example.org"})
    good = export_for(a, b, tmp_path, full=True).read_bytes()
    sealed = tmp_path / "sealed.ialibundle"
    SyncService(a).export_bundle(sealed, full=True, passphrase=PASSPHRASE)
    mutator = Mutator(random.Random(SEED), good, forge.identity(a), sealed.read_bytes(),
                      PASSPHRASE)
    service = SyncService(b)
    before = state_of(b)
    path = tmp_path / "fuzz.ialibundle"
    tried: Counter[str] = Counter()
    refused: Counter[str] = Counter()
    worst_time, worst_memory = (0.0, ""), (0, "")
    deadline = time.monotonic() + SECONDS
    try:
        while time.monotonic() < deadline:
            kind, data, passphrase = mutator.next()
            path.write_bytes(data)
            tried[kind] += 1
            traced = sum(tried.values()) % 4 == 0
            if traced:
                tracemalloc.start()
            started = time.monotonic()
            try:
                service.preview(path, passphrase=passphrase, trust=True)
            except IaliError as exc:
                refused[kind] += 1
                assert "\n" not in str(exc), (kind, str(exc))
            except Exception:
                kept = tmp_path / "escaped.ialibundle"
                kept.write_bytes(data)
                pytest.fail(f"{kind} file #{sum(tried.values())} (seed {SEED}, kept as "
                            f"{kept}) raised a non-app error:\n{traceback.format_exc()}")
            elapsed = time.monotonic() - started
            if traced:
                worst_memory = max(worst_memory, (tracemalloc.get_traced_memory()[1], kind))
                tracemalloc.stop()
            else:
                worst_time = max(worst_time, (elapsed, kind))
    finally:
        tracemalloc.stop()
    assert state_of(b) == before
    total = sum(tried.values())
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with capsys.disabled():
        print(f"\nfuzz (seed {SEED}, {SECONDS:.0f} s): {total} files tried, "
              f"{sum(refused.values())} refused, {total - sum(refused.values())} accepted; "
              f"by kind {dict(tried)}; refused {dict(refused)}; worst time "
              f"{worst_time[0]:.3f} s ({worst_time[1]}); worst Python peak "
              f"{worst_memory[0] / 2**20:.1f} MiB ({worst_memory[1]}); process RSS "
              f"high-water {rss:.0f} MiB")
    assert total > 10
    assert sum(refused.values()) > total // 2
