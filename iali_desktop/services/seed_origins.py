"""Where the seed content comes from: one origin (a fixed replica id) per seed file.

Apart from `seeding.py` so that what only needs the origins' ids (the colleagues list,
which leaves them out) does not load the seeding code and its TOML reader.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from iali_desktop.domain.ids import derived_id
from iali_desktop.domain.resource_files import resource


@dataclass(frozen=True)
class SeedOrigin:
    name: str  # e.g. "plans/2021-2024"
    path: Path

    @property
    def replica_id(self) -> str:
        return derived_id(f"seed-origin:{self.name}")


def origins() -> list[SeedOrigin]:
    # Reference lists first: plans and events point at regions, people and organisations.
    ordered = ["regions", "terms", "organisations", "people", "publications", "events"]
    found = [SeedOrigin(f"reference/{n}", resource("reference", f"{n}.toml")) for n in ordered]
    plans = sorted(resource("plans").glob("*.toml"))
    return found + [SeedOrigin(f"plans/{p.stem}", p) for p in plans]


def seed_replicas() -> frozenset[str]:
    """The fixed origins of the seed content: every install holds their versions."""
    return frozenset(o.replica_id for o in origins())
