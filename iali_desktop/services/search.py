"""Search over every record type."""

from __future__ import annotations

from collections.abc import Iterable

from iali_desktop.store import search as search_store
from iali_desktop.store.search import Hit

from .workspace import Workspace

__all__ = ["Hit", "SearchService"]


class SearchService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def search(self, text: str, limit: int = 50, types: Iterable[str] | None = None
               ) -> list[Hit]:
        with self.ws.read() as tx:
            return search_store.search(tx, text, limit, types)
