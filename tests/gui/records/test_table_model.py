"""The lazy table model: Qt's model checks, SQL filtering and sorting, paging."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from iali_desktop.domain.names import sort_key
from iali_desktop.domain.query import Filter, Op
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.records.table_model import ID_ROLE, SORT_ROLE, RecordTableModel
from iali_desktop.services.browse import BrowseService


@pytest.mark.parametrize("type_name", ["task", "organisation", "person", "event", "member",
                                       "assistance_request", "term", "dues"])
def test_model_passes_qt_model_checks(ctx: AppContext, qtmodeltester: ModelTester,
                                      type_name: str) -> None:
    model = RecordTableModel(ctx, type_name)
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model, force_py=True)


def test_references_show_titles_and_choices_labels(ctx: AppContext) -> None:
    model = RecordTableModel(ctx, "person")
    col = [c.name for c in model.columns].index("organisation")
    texts = {model.data(model.index(r, col)) for r in range(model.rowCount())}
    assert "Labour Department" in texts
    tasks = RecordTableModel(ctx, "task")
    status = [c.name for c in tasks.columns].index("status")
    shown = {tasks.data(tasks.index(r, status)) for r in range(tasks.rowCount())}
    raw = {tasks.data(tasks.index(r, status), SORT_ROLE) for r in range(tasks.rowCount())}
    assert "In progress" in shown and "in_progress" in raw
    assert tasks.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


def test_filters_and_text_narrow_rows_in_sql(ctx: AppContext) -> None:
    model = RecordTableModel(ctx, "organisation")
    everything = model.rowCount()
    model.set_filters([Filter("kind", Op.EQ, "national_inspectorate")])
    assert model.rowCount() == 10 < everything
    model.set_filters([], text="Senegal")
    ids = {model.data(model.index(r, 0), ID_ROLE) for r in range(model.rowCount())}
    names = {ctx.records.get("organisation", i)["name"] for i in ids}
    assert names == {"Inspection du travail du Sénégal"}


def test_sorting_by_reference_uses_titles(ctx: AppContext) -> None:
    model = RecordTableModel(ctx, "person")
    col = [c.name for c in model.columns].index("organisation")
    model.sort(col, Qt.SortOrder.AscendingOrder)
    shown = [model.data(model.index(r, col)) for r in range(model.rowCount())]
    filled = [s for s in shown if s]
    assert filled == sorted(filled, key=sort_key) and len(filled) >= 5
    name = [c.name for c in model.columns].index("name")
    model.sort(name, Qt.SortOrder.DescendingOrder)
    names = [model.data(model.index(r, name)) for r in range(model.rowCount())]
    assert names == sorted(names, key=sort_key, reverse=True)  # language order


def test_rows_arrive_in_pages(ctx: AppContext) -> None:
    model = RecordTableModel(ctx, "task", page_size=10)
    total = len(ctx.records.ids("task"))
    assert model.rowCount() == 10 and model.canFetchMore(QModelIndex())
    last = BrowseService(ctx.ws).ids("task", model.query)[-1]
    row = model.load_until(last)
    assert row == total - 1 and model.rowCount() == total
    assert not model.canFetchMore(QModelIndex())


def test_seeking_stops_at_the_limit(ctx: AppContext) -> None:
    model = RecordTableModel(ctx, "task", page_size=10)
    order = BrowseService(ctx.ws).ids("task", model.query)
    assert model.load_until(order[-1], max_rows=20) == -1
    assert model.rowCount() == 10  # nothing was loaded for a record out of reach
    assert model.load_until(order[15], max_rows=20) == 15
    assert model.rowCount() == 20
