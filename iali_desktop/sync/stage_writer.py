"""Writing an import's checked lines into the stage on a second thread.

Checking a line (canonical JSON, its value against its field, its author's hash chain)
is Python; inserting it is SQLite. Each batch of checked rows goes to SQLite as JSON arrays,
one statement each (`json_each`), which runs without Python's lock for its whole
length, so the next batch is checked meanwhile on another core. SQLite spends more on
a JSON array than on `executemany` (about 0.5 s of processor time against 0.3 for
100,000 rows), so this pays when a second core is free (about 0.3 s off a
100,000-change import) and costs a little when both cores are busy with other work.

The statements run on the import's own connection, in its transaction; nothing else uses
that connection until `close` has waited for the last batch (the caller's thread only
checks lines meanwhile), so the transaction sees exactly what one thread would have
written, and a refusal or a failure rolls all of it back as before.
"""

from __future__ import annotations

import queue
import sqlite3
import threading

import orjson

from iali_desktop.domain.errors import BundleError
from iali_desktop.domain.translation import _

_ROWS = ("INSERT INTO sync_stage SELECT " +
         ", ".join(f"json_extract(value, '$[{i}]')" for i in range(8)) +
         " FROM json_each(?)")
_EDGES = ("INSERT OR IGNORE INTO sync_stage_edge SELECT " +
          ", ".join(f"json_extract(value, '$[{i}]')" for i in range(4)) +
          " FROM json_each(?)")
_DONE = None
# Rows per statement: the JSON text of a piece and SQLite's parse of it are the memory
# this costs (a few MB with the thread's own malloc arena; 1,000,000 changes stayed
# under the 100 MB of `bench/bench_sync.py`).
PIECE = 2500


class StageWriter:
    """Inserts batches of staged rows and edges behind the caller's back, in order."""

    def __init__(self, raw: sqlite3.Connection) -> None:
        self._raw = raw
        # One batch waiting at most (and one being written): memory stays that of a few
        # batches, a few MB.
        self._batches: queue.Queue[tuple[bytes, bytes | None] | None] = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self._abandoned = False  # the import failed: the batches still queued are dropped
        # Set by the thread as it ends: what `close` waits for (a `join` cut short by
        # Ctrl+C marks a thread ended that is still running, bpo-45274).
        self._finished = threading.Event()
        self._thread = threading.Thread(target=self._run, name="import-stage", daemon=True)
        self._thread.start()

    def write(self, rows: list[tuple[object, ...]], edges: list[tuple[str, int, str, int]]
              ) -> None:
        """Queue a batch (the lists can be reused at once); raises a failure of an earlier
        batch."""
        self._raise()
        for start in range(0, len(rows), PIECE):
            last = start + PIECE >= len(rows)
            self._batches.put((orjson.dumps(rows[start:start + PIECE]),
                               orjson.dumps(edges) if edges and last else None))
        if edges and not rows:
            self._batches.put((b"[]", orjson.dumps(edges)))

    def close(self, *, check: bool = True) -> None:
        """Wait for every queued batch; then, with `check`, raise what failed. Always
        called before anything else uses the connection (also when the caller fails:
        `check` False, and the batches not written yet are dropped).

        A Ctrl+C while waiting is held until the thread has finished: the caller rolls
        the transaction back next, and must not do it while a batch is still being
        written on the same connection."""
        self._abandoned = self._abandoned or not check
        interrupted: KeyboardInterrupt | None = None
        sent = False
        while True:
            try:
                if not sent:
                    self._batches.put(_DONE)
                    sent = True
                self._finished.wait()
                break
            except KeyboardInterrupt as exc:
                interrupted = exc
                self._abandoned = True
        self._thread.join()  # it has ended: at once
        if interrupted is not None:
            raise interrupted
        if check:
            self._raise()

    def _raise(self) -> None:
        if isinstance(self._error, sqlite3.IntegrityError):
            raise BundleError(_("the bundle lists one change twice"))
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        try:
            while (batch := self._batches.get()) is not _DONE:
                if self._error is not None or self._abandoned:
                    continue  # the import is refused or interrupted: drain the rest
                rows, edges = batch
                try:
                    self._raw.execute(_ROWS, (rows,))
                    if edges is not None:
                        self._raw.execute(_EDGES, (edges,))
                except BaseException as exc:
                    self._error = exc
        finally:
            self._finished.set()
