"""A page filtered by words shows the records the words match, in the page's order,
whether the word is common (tested through the index's rowids) or rare (its few entries
read), and a shown record is said to pass the filter exactly when it does."""

from __future__ import annotations

import random
from pathlib import Path

from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.services.browse import BrowseService
from iali_desktop.services.records import RecordService
from iali_desktop.services.workspace import Workspace
from iali_desktop.store.text_filter import COMMON

WORDS = ("ratification", "alliance", "inspection", "webinar", "forum")


def _engagements(ws: Workspace, count: int) -> None:
    rng = random.Random(3)
    regions = RecordService(ws).ids("region")
    with RecordService(ws).batch() as batch:
        for i in range(count):
            batch.create("engagement", {
                "date": f"20{10 + i % 15}-0{1 + i % 9}-{10 + i % 19}", "kind": "visit",
                "summary": f"{WORDS[0] if i % 2 else rng.choice(WORDS)} {rng.choice(WORDS)}"
                           f" no. {i}",
                "region": rng.choice(regions)})


def _expected(browse: BrowseService, records: RecordService, query: Query) -> list[str]:
    """The page order without the words, keeping the records the words match."""
    matching = set(records.ids("engagement", Query(filters=query.filters, text=query.text)))
    every = browse.ids("engagement", Query(filters=query.filters, order=query.order))
    return [row_id for row_id in every if row_id in matching]


def test_word_filtered_pages_keep_the_page_order_for_common_and_rare_words(
        seeded_db: Path) -> None:
    ws = Workspace.open(seeded_db)
    try:
        _engagements(ws, 2 * COMMON + 100)
        browse, records = BrowseService(ws), RecordService(ws)
        deleted = records.ids("engagement", Query(text="ratification"))[0]
        records.delete("engagement", deleted)
        cases = [Query(text="ratification"), Query(text="ratif", order=("summary",)),
                 Query(text="forum webinar", order=("-date",)),
                 Query(text="ratification", filters=(Filter("date", Op.GTE, "2018-01-01"),)),
                 Query(text="no 7"), Query(text="77"), Query(text="nothing-like-it")]
        common = 0
        for query in cases:
            expected = _expected(browse, records, query)
            common += len(expected) >= COMMON
            assert browse.ids("engagement", query) == expected, query
            page = browse.page("engagement", Query(text=query.text, filters=query.filters,
                                                   order=query.order, limit=50, offset=20))
            assert [r["id"] for r in page] == expected[20:70], query
            assert deleted not in expected
        assert common >= 2  # the common-word path was taken, not only the rare one
        shown = _expected(browse, records, Query(text="forum"))[:3]
        other = records.ids("engagement", Query(text="ratification"))
        hidden = next(row_id for row_id in other if row_id not in set(
            records.ids("engagement", Query(text="forum"))))
        for row_id, passes in [*((r, True) for r in shown), (hidden, False), (deleted, False)]:
            probe = Query(text="forum", ids=(row_id,), limit=1)
            assert browse.ids("engagement", probe) == ([row_id] if passes else []), row_id
    finally:
        ws.close()
