"""Python's cycle collector, held off while the window starts.

A window launch makes a few hundred thousand objects before its first paint (modules,
classes, enums, the window's widgets and their wrappers), nearly all of them for as long
as the window lives. The collector, set off by allocation counts, walks them again and
again as they are made: about 150 passes of the younger generations and one of
everything, some 50 ms of a half-second start, which free almost nothing. So a window
launch pauses it (`pause`, `__main__`), and the window resumes it (`resume`) once it
has painted; also after a few seconds whatever happens (a question asked before the
window, such as the first start's), and when the launch returns. The garbage made in
between waits for the first pass after that: one pass of about 30 ms, some 15 ms after
the first paint, against some 50 ms of passes before it.
"""

from __future__ import annotations

import gc

_paused = False  # by `pause`: only what this module turned off is turned on again


def pause() -> None:
    """Turn the collector off until `resume` (a no-op where it is off already)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Turn the collector on again if `pause` turned it off (any number of calls)."""
    global _paused
    if _paused:
        _paused = False
        gc.enable()


def paused() -> bool:
    return _paused
