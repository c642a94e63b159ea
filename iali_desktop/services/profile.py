"""Who uses this install: the person's role and region, kept with the replica.

Set by the first-run wizard and the settings dialog; the dashboard and reports can use
the region to put the person's own work first, and the calendar export the person
record to export "what I attend". It is local to this database (the
replica's settings), never synced: a bundle carries records, not who opened them.
"""

from __future__ import annotations

from dataclasses import dataclass

from iali_desktop.domain.choices import PersonRole
from iali_desktop.domain.errors import ValidationError
from iali_desktop.domain.translation import _
from iali_desktop.store import records as record_store
from iali_desktop.store import replica as replica_store

from .workspace import Workspace

PROFILE_KEY = "profile"


@dataclass(frozen=True)
class Profile:
    role: str | None  # a PersonRole value
    region: str | None  # id of a region record
    person: str | None = None  # id of the person record that is this user ("what I attend")


def load_profile(ws: Workspace) -> Profile | None:
    """The saved profile, or None when nobody has completed the first-run set-up yet."""
    with ws.read() as tx:
        state = replica_store.load(tx)
    raw = (state.settings if state else {}).get(PROFILE_KEY)
    if not isinstance(raw, dict):
        return None
    return Profile(role=raw.get("role"), region=raw.get("region"), person=raw.get("person"))


def save_profile(ws: Workspace, profile: Profile) -> None:
    if profile.role is not None and profile.role not in {r.value for r in PersonRole}:
        raise ValidationError(_("'{role}' is not a role", role=profile.role))
    with ws.write() as tx:
        if profile.region is not None and not record_store.existing_ids(
                tx, "region", [profile.region]):
            raise ValidationError(_("no region with id {region}", region=profile.region))
        if profile.person is not None and not record_store.existing_ids(
                tx, "person", [profile.person]):
            raise ValidationError(_("no person with id {person}", person=profile.person))
        state = replica_store.load(tx)
        settings = dict(state.settings) if state else {}
        settings[PROFILE_KEY] = {"role": profile.role, "region": profile.region,
                                 "person": profile.person}
        replica_store.set_settings(tx, settings)


def needs_first_run(ws: Workspace) -> bool:
    """A database of the user's own without a saved profile (the sample data needs none;
    `init --name` saves an empty one, since its name was given there)."""
    return load_profile(ws) is None and not ws.identity().demo
