"""The pages of the sidebar: their snake_case names, titles, icons and how to build each.

One registry drives the sidebar, the Go menu and its shortcuts, the `screenshot` command
and navigation to a record. Page classes are imported inside the factories, so the window
opens fast and a page's module is loaded only when that page is first shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from .context import AppContext
from .page_names import PAGE_NAMES as LISTED_NAMES

Factory = Callable[[AppContext], QWidget]


@dataclass(frozen=True)
class PageSpec:
    name: str  # snake_case, as `iali-desktop screenshot --page` takes it
    source_title: Any  # English; shown through `title()`
    icon: str  # file name in resources/icons, without .svg
    factory: Factory
    record_type: str | None = None  # the record type the page lists, if it lists one

    def title(self) -> str:
        return QCoreApplication.translate("pages", str(self.source_title))


def _dashboard(ctx: AppContext) -> QWidget:
    from .dashboard import DashboardPage

    return DashboardPage(ctx)


def _plan(ctx: AppContext) -> QWidget:
    from .plan_page import PlanPage

    return PlanPage(ctx)


def _records(type_name: str) -> Factory:
    def build(ctx: AppContext) -> QWidget:
        from .records.record_page import RecordPage

        return RecordPage(ctx, type_name)

    return build


def _meetings(ctx: AppContext) -> QWidget:
    from .records.meeting_page import MeetingPage

    return MeetingPage(ctx)


def _requests(ctx: AppContext) -> QWidget:
    from .records.request_page import AssistanceRequestPage

    return AssistanceRequestPage(ctx)


def _conflicts(ctx: AppContext) -> QWidget:
    from .sync.conflicts_page import ConflictsPage

    return ConflictsPage(ctx)


def _peers(ctx: AppContext) -> QWidget:
    from .sync.peers_page import PeersPage

    return PeersPage(ctx)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("dashboard", QT_TRANSLATE_NOOP("pages", "Dashboard"), "dashboard", _dashboard),
    PageSpec("plan", QT_TRANSLATE_NOOP("pages", "Action plan"), "plan", _plan),
    PageSpec("tasks", QT_TRANSLATE_NOOP("pages", "Tasks"), "tasks", _records("task"), "task"),
    PageSpec("organisations", QT_TRANSLATE_NOOP("pages", "Alliances and organisations"),
             "organisations", _records("organisation"), "organisation"),
    PageSpec("people", QT_TRANSLATE_NOOP("pages", "People"), "people", _records("person"),
             "person"),
    PageSpec("engagements", QT_TRANSLATE_NOOP("pages", "Engagements"), "engagements",
             _records("engagement"), "engagement"),
    PageSpec("agreements", QT_TRANSLATE_NOOP("pages", "Agreements (MOU register)"),
             "agreements", _records("agreement"), "agreement"),
    PageSpec("events", QT_TRANSLATE_NOOP("pages", "Events and conferences"), "events",
             _records("event"), "event"),
    PageSpec("ec_meetings", QT_TRANSLATE_NOOP("pages", "EC meetings"), "ec_meetings",
             _meetings),
    PageSpec("members", QT_TRANSLATE_NOOP("pages", "Members"), "members",
             _records("member"), "member"),
    PageSpec("experts", QT_TRANSLATE_NOOP("pages", "Experts"), "experts",
             _records("expert"), "expert"),
    PageSpec("assistance_requests", QT_TRANSLATE_NOOP("pages", "Assistance requests"),
             "assistance_requests", _requests, "assistance_request"),
    PageSpec("ibor", QT_TRANSLATE_NOOP("pages", "IBOR"), "ibor", _records("ibor_assessment"),
             "ibor_assessment"),
    PageSpec("publications", QT_TRANSLATE_NOOP("pages", "Publications"), "publications",
             _records("publication"), "publication"),
    PageSpec("regions", QT_TRANSLATE_NOOP("pages", "Regions"), "regions",
             _records("region"), "region"),
    PageSpec("lists", QT_TRANSLATE_NOOP("pages", "Lists"), "lists", _records("term"), "term"),
    PageSpec("conflicts", QT_TRANSLATE_NOOP("pages", "Sync conflicts"), "conflicts",
             _conflicts),
    PageSpec("peers", QT_TRANSLATE_NOOP("pages", "Colleagues"), "peers", _peers),
)

PAGE_NAMES: tuple[str, ...] = tuple(p.name for p in PAGES)
if PAGE_NAMES != LISTED_NAMES:  # the command line's list (page_names.py) must match
    raise RuntimeError("gui/page_names.py does not list the pages of gui/pages.py")
_BY_NAME = {p.name: p for p in PAGES}


def page_spec(name: str) -> PageSpec:
    """The page called `name`; KeyError for a name that is not a page."""
    return _BY_NAME[name]


def page_for_type(type_name: str) -> str | None:
    """The page that lists records of `type_name`, if one does."""
    for spec in PAGES:
        if spec.record_type == type_name:
            return spec.name
    return None
