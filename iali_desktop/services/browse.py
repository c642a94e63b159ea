"""Paged, browse-ordered reads of one record type, for big tables in the GUI."""

from __future__ import annotations

from iali_desktop.domain.query import Query
from iali_desktop.store import browse as store
from iali_desktop.store.catalog import record_type

from .records import Record
from .workspace import Workspace


class BrowseService:
    """Reads pages of records in the order a table shows them (references by title)."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def page(self, type_name: str, query: Query) -> list[Record]:
        record_type(type_name)
        with self.ws.read() as tx:
            return store.page_rows(tx, type_name, query)

    def ids(self, type_name: str, query: Query) -> list[str]:
        record_type(type_name)
        with self.ws.read() as tx:
            return store.page_ids(tx, type_name, query)
