"""Writing an import's checked versions into `change` on a second thread.

Checking a line (canonical JSON, its value against its field, its author's hash chain)
is Python; inserting it is SQLite. Each batch of checked rows goes to SQLite as JSON arrays,
one statement each (`json_each`), which runs without Python's lock for its whole
length, so the next batch is checked meanwhile on another core. SQLite spends more on
a JSON array than on `executemany` (about 0.5 s of processor time against 0.3 for
100,000 rows), so this pays when a second core is free (about 0.3 s off a
100,000-change import) and costs a little when both cores are busy with other work.

Rows go straight into `change` (`staging.py` says how they are told from the versions
held before). A version `change` holds already is left as held (`INSERT OR IGNORE`);
when a batch inserts fewer rows than it carries, the batch's rows that were there
before it go to `sync_known` for `staging.check_known`. A version carried twice in one
batch is then missing from both counts (or its second copy clashes in `sync_known`):
refused here.

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
from iali_desktop.domain.translation import N_, _

LISTED_TWICE = N_("the bundle lists one change twice")
_VALUES = ", ".join(f"json_extract(value, '$[{i}]') AS c{i}" for i in range(8))
_ROWS = ("INSERT OR IGNORE INTO main.change (replica, seq, hlc, record_type, row_id, field,"
         f" value, seen, is_head) SELECT {_VALUES}, 1 FROM json_each(?)")
# The rows of a batch that `change` held before the batch (rowid up to ?2).
_KNOWN = (f"INSERT INTO sync_known SELECT * FROM (SELECT {_VALUES} FROM json_each(?1)) j"
          " WHERE EXISTS (SELECT 1 FROM main.change c"
          " WHERE c.replica = j.c0 AND c.seq = j.c1 AND c.rowid <= ?2)")
_TOP = "SELECT coalesce(max(rowid), 0) FROM main.change"
# Each author's highest seq among the rows a piece inserted (rowid above ?1), for
# `holding.bundle_tops`: one `GROUP BY` over the whole stage afterwards would sort every
# staged row, in as much memory as the page cache (64 MiB at 1,000,000 changes). Not
# indexed: to skip the sort, SQLite would walk an index of every version held.
_TOPS = ("INSERT INTO sync_tops SELECT replica, max(seq) FROM main.change NOT INDEXED"
         " WHERE rowid > ? GROUP BY replica"
         " ON CONFLICT (replica) DO UPDATE SET top = max(top, excluded.top)")
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
        self._batches: queue.Queue[tuple[bytes, int, bytes | None] | None] = \
            queue.Queue(maxsize=1)
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
            piece = rows[start:start + PIECE]
            self._batches.put((orjson.dumps(piece), len(piece),
                               orjson.dumps(edges) if edges and last else None))
        if edges and not rows:
            self._batches.put((b"[]", 0, orjson.dumps(edges)))

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
        if isinstance(self._error, sqlite3.IntegrityError):  # twice in `sync_known`
            raise BundleError(_(LISTED_TWICE))
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        try:
            while (batch := self._batches.get()) is not _DONE:
                if self._error is not None or self._abandoned:
                    continue  # the import is refused or interrupted: drain the rest
                rows, count, edges = batch
                try:
                    self._insert(rows, count)
                    if edges is not None:
                        self._raw.execute(_EDGES, (edges,))
                except BaseException as exc:
                    self._error = exc
        finally:
            self._finished.set()

    def _insert(self, rows: bytes, count: int) -> None:
        top = self._raw.execute(_TOP).fetchone()[0]
        inserted = self._raw.execute(_ROWS, (rows,)).rowcount
        if inserted:
            self._raw.execute(_TOPS, (top,))
        if inserted == count:
            return  # every version new here: the common case
        known = self._raw.execute(_KNOWN, (rows, top)).rowcount
        if inserted + known != count:
            raise BundleError(_(LISTED_TWICE))
