"""Caps applied to every bundle before and while it is read.

A bundle arrives from outside (email, USB stick): every size the reader trusts is capped
here, in one place, so a hostile file can cost at most these amounts of memory and time.
Tests pass smaller limits to exercise the caps cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass

FORMAT_NAME = "ialibundle"
# 2: author chains over sealed lines (value digests), checkpoints under a new label.
# A bundle of format 1 is refused: its checkpoints cannot be checked the new way.
FORMAT_VERSION = 2

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
CHANGES = "changes.jsonl"
MEMBERS = (CHANGES, MANIFEST, SIGNATURE)  # the exact allow-list, in the order written
FILE_PREFIX = "files/"  # then 64 lower-case hex digits: a file's content, by its SHA-256

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    file_size: int = 2048 * MiB  # the .ialibundle file as stored
    manifest_size: int = 4 * MiB
    # JSON objects and arrays in the manifest, counted before parsing: a real one has
    # about two per replica; 4 MiB of `{}` would cost some 300 MB of Python objects.
    manifest_containers: int = 50_000
    # Values (commas): the smallest real entry, a replica id and a number, takes some
    # 45 bytes, so 4 MiB hold under 100,000; 4 MiB of "ab" would be 840,000 objects.
    manifest_values: int = 300_000
    signature_size: int = 64
    changes_size: int = 4096 * MiB  # uncompressed changes.jsonl
    ratio: int = 100  # uncompressed / compressed, for members above ratio_floor
    ratio_floor: int = 1 * MiB
    line_size: int = 2 * MiB  # one change: a long text of 200,000 characters fits
    changes_count: int = 20_000_000
    chunk: int = 64 * 1024  # read size while streaming
    # Attached files carried by a bundle (see sync/files.py). Both size limits are the
    # user's to raise (Settings, or `import --max-file-size` / `--max-bundle-size`);
    # `file_size` above is the whole bundle's.
    max_file_size: int = 500 * 1000 * 1000  # one file's content (500 MB)
    # File entries in one bundle: their directory is parsed before the signature is
    # checked, so a stranger's file may cost this many entries (see the threat model).
    max_files: int = 1_000
    wants: int = 1_000  # digests a manifest may ask for (the rest in later bundles)


DEFAULT_LIMITS = Limits()


# What one bundle may add, whoever signed it: a trusted key speaks for its own changes,
# not for the size of everyone's database. Generous for any genuine bundle (a version
# names the few versions of its field its author saw; a colleague meets a few dozen
# replicas), yet a hostile one cannot add millions of links or thousands of peers.
LINKS_BASE = 10_000
LINKS_PER_CHANGE = 4
NEW_REPLICAS = 200


def link_budget(changes: int) -> int:
    """How many `supersedes` and `seen` entries a bundle of `changes` lines may carry."""
    return LINKS_BASE + LINKS_PER_CHANGE * changes
