"""Crash points for the fault tests: kill this very process at a named point of a write.

Off unless the environment variable `IALI_DESKTOP_KILL_AT` names a point when the process
starts; then reaching that point sends SIGKILL to the process itself, so nothing after it
runs (no rollback, no cleanup, no flush), as when the power goes or the process is
killed. The test suite uses it to prove that an import killed just before or just after
its commit leaves the database wholly as it was or wholly imported. Points:

- `import-before-commit`: every change of the import is written in the open
  transaction; the COMMIT is next.
- `import-after-commit`: the import is committed; nothing else has run yet.
- `content-piece-written`: one piece of a file's content is written in the open
  transaction (the first piece: the rest of the file is not).
- `attach-before-commit`: an attachment's record and all of its content are written in
  the open transaction; the COMMIT is next.
- `attach-after-commit`: the attachment is committed.
"""

from __future__ import annotations

import os
import signal

ENV = "IALI_DESKTOP_KILL_AT"
_ARMED = os.environ.get(ENV) or None  # read once: an unarmed check is one comparison


def reached(point: str) -> None:
    """Kill the process here if the environment armed `point`."""
    if _ARMED is None or point != _ARMED:
        return
    kill = getattr(signal, "SIGKILL", None)
    if kill is not None:
        os.kill(os.getpid(), kill)
    os._exit(137)  # where there is no SIGKILL (Windows): as abrupt as Python allows
