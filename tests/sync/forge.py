"""Hand-made bundles for the adversarial tests: any content, correctly signed or not."""

from __future__ import annotations

import base64
import hashlib
import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

from iali_desktop.domain.ids import derived_id, new_id
from iali_desktop.services.workspace import Workspace
from iali_desktop.store import migrate
from iali_desktop.store import replica as replica_store
from iali_desktop.store.changelog import dumps
from iali_desktop.store.checkpoints import Checkpoint
from iali_desktop.sync import authorship, signing
from iali_desktop.sync.container import member_info
from iali_desktop.sync.keys import fingerprint
from iali_desktop.sync.limits import CHANGES, MANIFEST, SIGNATURE
from iali_desktop.sync.manifest import Manifest, Part, Sender, schema_hash


def identity(ws: Workspace) -> replica_store.ReplicaState:
    with ws.read() as tx:
        state = replica_store.load(tx)
    assert state is not None
    return state


def manifest_bytes(signer: replica_store.ReplicaState, changes: bytes,
                   patch: dict[str, Any] | None = None, count: int | None = None) -> bytes:
    manifest = Manifest(
        bundle_id="", app_version="0.1.0", schema_version=migrate.head_revision(),
        schema_hash=schema_hash(), sender=Sender(signer.replica_id, signer.name,
                                                 signer.public_key),
        vector={}, known_vectors={}, replicas={}, scope="full", to=None, base={},
        changes=changes.count(b"\n") if count is None else count, max_hlc=0,
        parts={CHANGES: Part(hashlib.sha256(changes).hexdigest(), len(changes))},
        checkpoints=_checkpoints(signer, changes),
    ).with_content_id()
    data = manifest.to_dict()
    for key, value in (patch or {}).items():
        data[key] = value
    if "bundle_id" not in (patch or {}):
        data["bundle_id"] = content_id(data)  # a forger can derive the id as well
    return orjson.dumps(data, option=orjson.OPT_SORT_KEYS)


def _checkpoints(signer: replica_store.ReplicaState, changes: bytes
                 ) -> dict[str, Checkpoint]:
    """The signer's checkpoint over its own lines, as if they were its changes 1..n."""
    chain, seq = bytes.fromhex(authorship.ZERO), 0
    for raw in changes.splitlines(keepends=True):
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError:
            continue
        if not isinstance(data, dict):
            continue
        number = data.get("seq")
        if data.get("replica") == signer.replica_id and isinstance(number, int) and \
                0 < number < 2**53:
            chain, seq = authorship.step(chain, raw), number
    if not seq:
        return {}
    return {signer.replica_id: authorship.sign(signer.private_key, signer.public_key,
                                               signer.replica_id, seq, chain.hex())}


def content_id(data: dict[str, Any]) -> str:
    """The bundle id of a manifest's content: anyone can derive it (docs/bundle-format.md)."""
    body = orjson.dumps({**data, "bundle_id": ""}, option=orjson.OPT_SORT_KEYS)
    return derived_id("bundle:" + hashlib.sha256(body).hexdigest())


def write(path: Path, members: list[tuple[str, bytes]], compress: bool = True) -> Path:
    path.write_bytes(zip_bytes(members, compress))
    return path


def zip_bytes(members: list[tuple[str, bytes]], compress: bool = True) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in members:
            zf.writestr(member_info(name, compress=compress and name == CHANGES), data)
    return buffer.getvalue()


def forge(path: Path, signer: replica_store.ReplicaState, changes: bytes, *,
          patch: dict[str, Any] | None = None, count: int | None = None,
          manifest: bytes | None = None, sign_with: bytes | None = None) -> Path:
    """A bundle whose manifest is signed by `signer` (or `sign_with`) over `changes`."""
    body = manifest if manifest is not None else manifest_bytes(signer, changes, patch, count)
    signature = signing.sign(sign_with or signer.private_key, body)
    return write(path, [(CHANGES, changes), (MANIFEST, body), (SIGNATURE, signature)])


def line(**fields: Any) -> bytes:
    return orjson.dumps(fields, option=orjson.OPT_SORT_KEYS) + b"\n"


def region_lines(replica: str, seqs: range) -> list[bytes]:
    """Changes by `replica` numbered `seqs`, each naming a new region."""
    return [line(field="name", hlc=1000 + n, replica=replica, row=new_id(), seq=n,
                 supersedes=[], type="region", value=dumps(f"Region {n}"))
            for n in seqs]


def read_members(path: Path) -> dict[str, bytes]:
    return read_members_bytes(path.read_bytes())


def read_members_bytes(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def resign(source: Path, target: Path, signer: replica_store.ReplicaState,
           changes: bytes) -> Path:
    """`source` with other changes, its manifest fixed up and signed by `signer` as its
    sender (a dishonest relay: every other part of the manifest, checkpoints included,
    is kept)."""
    parts = read_members(source)
    data = orjson.loads(parts[MANIFEST])
    data["parts"] = {CHANGES: {"sha256": hashlib.sha256(changes).hexdigest(),
                               "size": len(changes)}}
    data["counts"] = {"changes": changes.count(b"\n")}
    data["sender"] = {"fingerprint": fingerprint(signer.public_key), "name": signer.name,
                      "public_key": base64.b64encode(signer.public_key).decode(),
                      "replica_id": signer.replica_id}
    data["bundle_id"] = content_id(data)
    body = orjson.dumps(data, option=orjson.OPT_SORT_KEYS)
    return write(target, [(CHANGES, changes), (MANIFEST, body),
                          (SIGNATURE, signing.sign(signer.private_key, body))])


def rewritten(source: Path, target: Path, signer: replica_store.ReplicaState,
              edit: Callable[[dict[str, Any]], None]) -> Path:
    """`source` relayed by `signer` with each change line passed through `edit` (which
    changes the ones it wants in place), as `resign` sends it."""
    lines = []
    for raw in read_members(source)[CHANGES].splitlines(keepends=True):
        data = orjson.loads(raw)
        edit(data)
        lines.append(orjson.dumps(data, option=orjson.OPT_SORT_KEYS) + b"\n")
    return resign(source, target, signer, b"".join(lines))
