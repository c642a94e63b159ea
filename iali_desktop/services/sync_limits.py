"""The sizes of attached files a bundle may carry, as this user set them.

Two limits, kept in this replica's local settings (never synced): the largest file one
bundle may carry and the largest bundle. Imports refuse a bundle beyond them with one
sentence naming the file and the limit; exports leave such files for a later bundle
and say so. Both can be raised here (Settings in the window) or for a single import
(`import --max-file-size`, `--max-bundle-size`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from iali_desktop.domain.errors import ValidationError
from iali_desktop.domain.sizes import human_size, parse_size
from iali_desktop.domain.translation import N_, _
from iali_desktop.store import replica as replica_store
from iali_desktop.sync.files_out import FilePolicy
from iali_desktop.sync.limits import DEFAULT_LIMITS, Limits

from .workspace import Workspace

SETTINGS_KEY = "sync_limits"
SMALLEST = 1000 * 1000  # 1 MB: below that a limit is surely a typing slip
LARGEST_BUNDLE = 64 * 1000**3  # what the zip reading here is made and tested for


@dataclass(frozen=True)
class FileLimits:
    max_file_size: int = DEFAULT_LIMITS.max_file_size
    max_bundle_size: int = DEFAULT_LIMITS.file_size


def load(ws: Workspace) -> FileLimits:
    with ws.read() as tx:
        state = replica_store.load(tx)
    raw = (state.settings if state else {}).get(SETTINGS_KEY)
    if not isinstance(raw, dict):
        return FileLimits()
    default = FileLimits()
    return FileLimits(_int(raw.get("max_file_size"), default.max_file_size),
                      _int(raw.get("max_bundle_size"), default.max_bundle_size))


def save(ws: Workspace, limits: FileLimits) -> FileLimits:
    checked = FileLimits(check(limits.max_file_size, "file"),
                         check(limits.max_bundle_size, "bundle"))
    with ws.write() as tx:
        state = replica_store.load(tx)
        settings = dict(state.settings) if state else {}
        settings[SETTINGS_KEY] = {"max_file_size": checked.max_file_size,
                                  "max_bundle_size": checked.max_bundle_size}
        replica_store.set_settings(tx, settings)
    return checked


OUT_OF_RANGE = {
    "file": N_("a file size limit must be from {smallest} to {largest}"),
    "bundle": N_("a bundle size limit must be from {smallest} to {largest}"),
}


def check(size: int, what: str) -> int:
    if not SMALLEST <= size <= LARGEST_BUNDLE:
        raise ValidationError(_(OUT_OF_RANGE[what], smallest=human_size(SMALLEST),
                                largest=human_size(LARGEST_BUNDLE)))
    return size


def parse(text: str, what: str) -> int:
    """A limit typed by the user ("500MB", "2GB")."""
    try:
        return check(parse_size(text), what)
    except ValueError:
        raise ValidationError(_("'{text}' is not a size (for example 500MB or 2GB)",
                                text=text)) from None


def reading(ws: Workspace, override: FileLimits | None = None) -> Limits:
    """The reader's caps with this user's file limits (or `override`, for one import)."""
    chosen = override if override is not None else load(ws)
    return replace(DEFAULT_LIMITS, max_file_size=chosen.max_file_size,
                   file_size=chosen.max_bundle_size)


def policy(chosen: FileLimits, *, include: bool = True,
           wanted: frozenset[str] = frozenset()) -> FilePolicy:
    """What an export carries, under these limits."""
    return FilePolicy(include=include, wanted=wanted, max_file_size=chosen.max_file_size,
                      max_bundle_size=chosen.max_bundle_size)


def _int(value: object, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 \
        else default
