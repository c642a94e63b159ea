"""Make the databases and the bundle of `tests/data/format1/` with the release that wrote
bundle format 1 (commit 18a4ed1), for `tests/sync/test_chain_upgrade.py`.

Run it with that release's code, never this one's (it checks):

    git archive 18a4ed1 iali_desktop resources | tar -x -C /tmp/iali-18a4ed1
    PYTHONPATH=/tmp/iali-18a4ed1 python tests/data/format1/make_format1_replicas.py \\
        tests/data/format1

What it does, through that release's services only:

1. three databases, "Ana, Americas", "Ben, Africa" and "Carla, Europe", each created by
   `initialise` (its own replica id and key pair);
2. Ana adds a person (name with accents, e-mail, phone) and a region and sends Ben a
   full bundle; Ben trusts and imports it;
3. Ben edits the person's country and adds an organisation, and sends Ana a delta;
4. Ben sends Carla a full bundle: Carla holds Ana's changes relayed by Ben, with Ana's
   checkpoint signed the format-1 way (raw lines), and Ben's own;
5. Ana renames the region and exports a delta for Ben, kept as
   `ana-to-ben.ialibundle` and never imported (a format-1 bundle in transit);
6. Ana edits the person's notes and exports nothing more (a change above her latest
   signed checkpoint).

The databases are closed (no WAL left) and stored gzip-compressed.
"""

from __future__ import annotations

import gzip
import os
import shutil
import sys
import tempfile
from pathlib import Path


def main(out: Path) -> None:
    home = Path(tempfile.mkdtemp(prefix="format1-home-"))
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME",
                "XDG_CACHE_HOME"):
        os.environ[var] = str(home / var.lower())
    from iali_desktop.services.records import RecordService
    from iali_desktop.services.setup import initialise
    from iali_desktop.services.sync import SyncService
    from iali_desktop.sync.limits import FORMAT_VERSION

    if FORMAT_VERSION != 1:
        raise SystemExit("run this with the code of commit 18a4ed1 (bundle format 1)")
    work = Path(tempfile.mkdtemp(prefix="format1-"))
    ana, _ = initialise(work / "ana" / "ana.db", "Ana, Americas")
    ben, _ = initialise(work / "ben" / "ben.db", "Ben, Africa")
    carla, _ = initialise(work / "carla" / "carla.db", "Carla, Europe")
    with ana, ben, carla:
        person = RecordService(ana).create("person", {
            "name": "Zoë Ołowska-Quispe", "email": "zoe.olowska@example.org",
            "phone": "+51 1 555 0100", "country": "Peru"})
        region = RecordService(ana).create("region", {"name": "Atlantis"})
        SyncService(ana).export_bundle(work / "a1.ialibundle", full=True)
        SyncService(ben).import_bundle(work / "a1.ialibundle", trust=True)

        RecordService(ben).update("person", person, {"country": "Chile"})
        RecordService(ben).create("organisation", {"name": "Inspectorate of Atlantis",
                                                   "kind": "national_inspectorate"})
        SyncService(ben).export_bundle(work / "b1.ialibundle",
                                       peer=ana.identity().replica_id)
        SyncService(ana).import_bundle(work / "b1.ialibundle", trust=True)
        SyncService(ben).export_bundle(work / "b2.ialibundle", full=True)
        SyncService(carla).import_bundle(work / "b2.ialibundle", trust=True)

        RecordService(ana).update("region", region, {"name": "Atlantis Major"})
        SyncService(ana).export_bundle(out / "ana-to-ben.ialibundle",
                                       peer=ben.identity().replica_id)
        RecordService(ana).update("person", person, {"notes": "Met in Lima"})
    for name in ("ana", "ben", "carla"):
        with (work / name / f"{name}.db").open("rb") as src, \
                (out / f"{name}.db.gz").open("wb") as raw, \
                gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as dst:
            shutil.copyfileobj(src, dst)
    print(f"person {person}, region {region}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
