"""What a hostile file costs before it is refused: time, memory and disk, at the caps.

Run on demand (not a test): `.venv/bin/python bench/bench_hostile_files.py`.

Each file below is built at or near a cap, then imported (without --trust, as a stranger's
file would be) by a fresh replica, each case in its own child process so its peak memory
is its own. Printed per case: the one-line refusal, wall time, the RSS high-water growth
of the child (VmHWM minus VmHWM after start-up: C allocations such as scrypt's included),
the tracemalloc peak of Python objects (a separate pass: tracing slows the timed one),
and the bytes the refusal left on disk (database folder and backups).
"""

from __future__ import annotations

import argparse
import base64
import json
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path

ZIP64_TAIL = struct.Struct("<4sQ2H2I4Q"), struct.Struct("<4sIQI")


def vm_hwm_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _member(name: str, compress: bool) -> zipfile.ZipInfo:
    from iali_desktop.sync.container import member_info

    return member_info(name, compress)


def build(kind: str, folder: Path) -> tuple[Path, str | None]:
    """The hostile file for `kind`, and the passphrase to offer with it."""
    path = folder / f"{kind}.ialibundle"
    if kind == "over the size cap (sparse 2 GiB + 1)":
        with path.open("wb") as fh:
            fh.truncate(2048 * 2**20 + 1)
    elif kind == "2 GiB of zeros (sparse, just under the cap)":
        with path.open("wb") as fh:
            fh.truncate(2048 * 2**20 - 1)
    elif kind == "a million directory entries (47 MB)":
        entry = struct.pack("<4s6H3I5H2I", b"PK\x01\x02", 20, 20, 0, 0, 0, 0, 0, 0, 0, 1,
                            0, 0, 0, 0, 0, 0) + b"x"
        count = 1_000_000
        size = count * len(entry)
        record, locator = ZIP64_TAIL
        with path.open("wb") as fh:
            for _ in range(100):
                fh.write(entry * (count // 100))
            fh.write(record.pack(b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, size, 0))
            fh.write(locator.pack(b"PK\x06\x07", 0, size, 1))
            fh.write(struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF,
                                 0xFFFFFFFF, 0xFFFFFFFF, 0))
    elif kind == "zip bomb (200 MiB of zeros in 200 KB)":
        with zipfile.ZipFile(path, "w") as zf:
            info = _member("changes.jsonl", True)
            info._compresslevel = 9  # type: ignore[attr-defined]
            with zf.open(info, "w") as out:
                for _ in range(200):
                    out.write(b"\0" * 2**20)
            zf.writestr(_member("manifest.json", False), b"{}")
            zf.writestr(_member("manifest.sig", False), b"\0" * 64)
    elif kind == "4 MiB manifest of 1.4 million empty objects (unsigned)":
        body = b"[" + b",".join([b"{}"] * (4 * 2**20 // 3 - 1)) + b"]"
        _zip(path, body, b"\0" * 64)
    elif kind == "4 MiB manifest of 840,000 short strings (unsigned)":
        body = b"[" + b",".join([b'"ab"'] * (4 * 2**20 // 5 - 1)) + b"]"
        _zip(path, body, b"\0" * 64)
    elif kind == "manifest just under both caps (49,998 {} and 250,000 strings, unsigned)":
        items = [b"{}"] * 49_998 + [b'"abcdefgh"'] * 250_000
        body = b"[" + b",".join(items) + b"]"
        _zip(path, body, b"\0" * 64)
    elif kind == "4 MiB manifest signed by a stranger (90,000 replica names)":
        body, signature = _signed_wide_manifest()
        _zip(path, body, signature)
    elif kind == "1,000 file entries signed by a stranger":
        _many_files(path, 1_000)
    elif kind == "encrypted, wrong passphrase, 2 GiB (sparse)":
        from iali_desktop.sync import crypto

        header = json.dumps({"aead": "AES-256-GCM", "chunk": crypto.CHUNK, "kdf": "scrypt",
                             "log_n": crypto.LOG_N, "nonce": base64.b64encode(b"\0" * 7)
                             .decode(), "p": 1, "r": 8, "salt": base64.b64encode(b"\0" * 16)
                             .decode(), "version": 1}, sort_keys=True,
                            separators=(",", ":")).encode()
        with path.open("wb") as fh:
            fh.write(crypto.MAGIC + struct.pack(">I", len(header)) + header)
            fh.truncate(2048 * 2**20 - 1)
        return path, "not the passphrase"
    else:
        raise SystemExit(f"unknown case {kind}")
    return path, None


def _zip(path: Path, manifest: bytes, signature: bytes) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(_member("changes.jsonl", True), b"")
        zf.writestr(_member("manifest.json", False), manifest)
        zf.writestr(_member("manifest.sig", False), signature)


def _many_files(path: Path, count: int) -> None:
    """A stranger's signed bundle with `count` one-byte file entries, all listed."""
    import hashlib

    import orjson

    from iali_desktop.domain.ids import new_id
    from iali_desktop.store import migrate
    from iali_desktop.sync import keys, signing
    from iali_desktop.sync.manifest import FileEntry, Manifest, Part, Sender, schema_hash

    private, public = keys.generate()
    contents = sorted((hashlib.sha256(i.to_bytes(4, "big")).hexdigest(), i.to_bytes(4, "big"))
                      for i in range(count))
    manifest = Manifest(
        bundle_id="", app_version="0.1.0", schema_version=migrate.head_revision(),
        schema_hash=schema_hash(), sender=Sender(new_id(), "Stranger", public), vector={},
        known_vectors={}, replicas={}, scope="full", to=None, base={}, changes=0,
        max_hlc=0, parts={"changes.jsonl": Part(hashlib.sha256(b"").hexdigest(), 0)},
        checkpoints={}, files=tuple(FileEntry(sha, 4, "x.pdf") for sha, _ in contents),
    ).with_content_id()
    body = orjson.dumps(manifest.to_dict(), option=orjson.OPT_SORT_KEYS)
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(_member("changes.jsonl", True), b"")
        for sha, data in contents:
            zf.writestr(_member(f"files/{sha}", False), data)
        zf.writestr(_member("manifest.json", False), body)
        zf.writestr(_member("manifest.sig", False), signing.sign(private, body))


def _signed_wide_manifest() -> tuple[bytes, bytes]:
    import hashlib

    import orjson

    from iali_desktop.domain.ids import new_id
    from iali_desktop.store import migrate
    from iali_desktop.sync import keys, signing
    from iali_desktop.sync.manifest import Manifest, Part, Sender, schema_hash

    private, public = keys.generate()
    names = {new_id(): "x" for _ in range(90_000)}
    manifest = Manifest(
        bundle_id="", app_version="0.1.0", schema_version=migrate.head_revision(),
        schema_hash=schema_hash(), sender=Sender(new_id(), "Stranger", public), vector={},
        known_vectors={}, replicas=names, scope="full", to=None, base={}, changes=0,
        max_hlc=0, parts={"changes.jsonl": Part(hashlib.sha256(b"").hexdigest(), 0)},
        checkpoints={}).with_content_id()
    body = orjson.dumps(manifest.to_dict(), option=orjson.OPT_SORT_KEYS)
    assert len(body) <= 4 * 2**20, len(body)
    return body, signing.sign(private, body)


CASES = [
    "over the size cap (sparse 2 GiB + 1)",
    "2 GiB of zeros (sparse, just under the cap)",
    "a million directory entries (47 MB)",
    "zip bomb (200 MiB of zeros in 200 KB)",
    "4 MiB manifest of 1.4 million empty objects (unsigned)",
    "4 MiB manifest of 840,000 short strings (unsigned)",
    "manifest just under both caps (49,998 {} and 250,000 strings, unsigned)",
    "4 MiB manifest signed by a stranger (90,000 replica names)",
    "1,000 file entries signed by a stranger",
    "encrypted, wrong passphrase, 2 GiB (sparse)",
]


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def child(args: argparse.Namespace) -> None:
    from iali_desktop.domain.errors import IaliError
    from iali_desktop.services.sync import SyncService
    from iali_desktop.services.workspace import Workspace

    disk_before = folder_bytes(Path(args.db).parent)
    ws = Workspace.open(Path(args.db))
    service = SyncService(ws)
    passphrase = args.passphrase or None
    base = vm_hwm_mb()
    if args.trace:
        tracemalloc.start()
    started = time.perf_counter()
    try:
        service.import_bundle(Path(args.file), passphrase=passphrase)
        message = "ACCEPTED"
    except IaliError as exc:
        message = str(exc)
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 2**20 if args.trace else 0.0
    ws.close()
    print(json.dumps({"message": message, "seconds": elapsed, "rss_mb": vm_hwm_mb() - base,
                      "traced_mb": peak,
                      "disk": folder_bytes(Path(args.db).parent) - disk_before}))


def run_child(db: Path, file: Path, passphrase: str | None, trace: bool) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--child", "--db", str(db), "--file", str(file),
           "--passphrase", passphrase or ""] + (["--trace"] if trace else [])
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", action="store_true")
    parser.add_argument("--db")
    parser.add_argument("--file")
    parser.add_argument("--passphrase", default="")
    parser.add_argument("--trace", action="store_true")
    parser.add_argument("--only", help="run only the cases whose name contains this")
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    from iali_desktop.services.setup import initialise

    folder = Path(tempfile.mkdtemp(prefix="iali-bench-hostile-"))
    ws, _ = initialise(folder / "db" / "receiver.db", "Receiver")
    ws.close()
    try:
        for kind in CASES:
            if args.only and args.only not in kind:
                continue
            path, passphrase = build(kind, folder)
            timed = run_child(folder / "db" / "receiver.db", path, passphrase, trace=False)
            traced = run_child(folder / "db" / "receiver.db", path, passphrase, trace=True)
            path.unlink()
            print(f"{kind}:\n  {timed['message']}\n  {timed['seconds']:.3f} s, RSS +"
                  f"{timed['rss_mb']:.0f} MB, Python peak {traced['traced_mb']:.1f} MiB, "
                  f"disk +{timed['disk']} bytes")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
