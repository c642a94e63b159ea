"""Starting a new plan as one undoable step.

`PlanService.start_new_plan` writes the plan, its six areas and the carried-forward tasks
in one transaction. The record pages' undo commands cover single records; this command
remembers every record the new plan made, so undo deletes them all (tombstones) and redo
restores the very same records, and other replicas see one consistent history.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from iali_desktop.domain.errors import IaliError
from iali_desktop.services.plans import PlanService

from .context import AppContext

log = logging.getLogger(__name__)


class StartPlanCommand(QUndoCommand):
    """Create a plan from `source_plan_id` (first redo); later redos restore the same ids."""

    def __init__(self, ctx: AppContext, source_plan_id: str, title: str, period_start: int,
                 period_end: int) -> None:
        super().__init__(QCoreApplication.translate("StartPlanCommand", "Start plan %1")
                         .replace("%1", title))
        self.ctx = ctx
        self.args = (source_plan_id, title, period_start, period_end)
        self.plan_id: str | None = None
        self.created: list[tuple[str, str]] = []  # (type, id), in creation order
        self.error = ""

    def redo(self) -> None:
        try:
            if self.plan_id is None:
                self._start()
            else:
                with self.ctx.records.batch() as b:
                    for type_name, row_id in self.created:
                        b.restore(type_name, row_id)
        except IaliError as exc:
            log.info("starting a plan was refused (%s)", type(exc).__name__)
            self.error = str(exc)
            self.setObsolete(True)
            return
        self._announce()

    def undo(self) -> None:
        try:
            with self.ctx.records.batch() as b:
                for type_name, row_id in reversed(self.created):
                    b.delete(type_name, row_id)
        except IaliError as exc:  # shown in the status bar, never raised into Qt
            log.info("undoing a new plan was refused (%s)", type(exc).__name__)
            self.error = str(exc)
            self.setObsolete(True)
            self.ctx.events.notice.emit(QCoreApplication.translate(
                "StartPlanCommand", "The new plan was not undone: %1").replace("%1", str(exc)))
            return
        self._announce()

    def _start(self) -> None:
        plans = PlanService(self.ctx.records)
        source, title, start, end = self.args
        with self.ctx.records.batch() as b:
            plan_id = plans.start_new_plan(source, title, start, end, batch=b)
            tree = plans.tree(plan_id, b)
        self.plan_id = plan_id
        self.created = [("action_plan", plan_id)]
        self.created += [("action_area", node.area["id"]) for node in tree.areas]
        self.created += [("task", t["id"]) for node in tree.areas for t in node.tasks]

    def _announce(self) -> None:
        for type_name in ("action_plan", "action_area", "task"):
            self.ctx.events.changed.emit(type_name)
