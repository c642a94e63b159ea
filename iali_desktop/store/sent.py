"""What was sent to each peer (table `peer_sent`, migration 0012), and where the next
delta for it starts.

A peer acknowledges what it holds through its own bundles (`peers.known_vector`); until
it does, a delta based on that alone sends again everything sent before (right after a
1,710-change catch-up, the next delta carried 1,711 changes). So each delta also
records, per author, the highest seq it carried (`seq`) and since when something sent
has waited for acknowledgement (`since_ms`). The next delta starts after the larger of
the two; when what was sent stays unacknowledged for `resend_after_ms` (a bundle lost,
or held back by the peer), or when the user asks, it starts from the acknowledged point
again. So a lost bundle costs a delay, never a change.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import Connection, text

DAY_MS = 24 * 3600 * 1000
DEFAULT_RESEND_AFTER_MS = 7 * DAY_MS


@dataclass(frozen=True)
class Sent:
    seq: int  # every change of the author up to it was sent (or acknowledged before)
    since_ms: int  # the oldest send not acknowledged yet


def for_peer(conn: Connection, peer: str) -> dict[str, Sent]:
    return {str(a): Sent(int(s), int(t)) for a, s, t in conn.execute(text(
        "SELECT author, seq, since_ms FROM peer_sent WHERE peer = :p"), {"p": peer})}


def delta_base(acknowledged: Mapping[str, int], sent: Mapping[str, Sent], now_ms: int,
               resend_after_ms: int) -> dict[str, int]:
    """Per author, where the next delta starts: after what was sent, unless that has
    waited for acknowledgement `resend_after_ms` or more (then after what the peer
    acknowledged)."""
    base = dict(acknowledged)
    for author, s in sent.items():
        if s.seq > base.get(author, 0) and now_ms - s.since_ms < resend_after_ms:
            base[author] = s.seq
    return dict(sorted(base.items()))


def record(conn: Connection, peer: str, *, acknowledged: Mapping[str, int],
           base: Mapping[str, int], reached: Mapping[str, int], now_ms: int) -> None:
    """After a delta for `peer` that started at `base` and carried, per author, every
    change up to `reached` (what the author's run of held changes and its relayable
    checkpoint allowed): remember how far the peer has been sent."""
    held = for_peer(conn, peer)
    rows = []
    for author, top in reached.items():
        start = base.get(author, 0)
        if top <= start:
            continue
        ack = acknowledged.get(author, 0)
        before = held.get(author)
        # The whole unacknowledged range went out now: the wait starts again. Otherwise
        # the oldest unacknowledged send still dates from before.
        since = now_ms if start <= ack or before is None or before.seq <= ack \
            else before.since_ms
        rows.append({"p": peer, "a": author, "s": top, "t": since})
    for row in rows:
        conn.execute(text(
            "INSERT INTO peer_sent (peer, author, seq, since_ms) VALUES (:p, :a, :s, :t)"
            " ON CONFLICT(peer, author) DO UPDATE SET seq = excluded.seq,"
            " since_ms = excluded.since_ms"), row)
