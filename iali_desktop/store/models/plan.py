"""The action plan: triennial plans, their six action areas, outcomes, tasks and updates."""

from __future__ import annotations

from typing import Any

from iali_desktop.domain import choices as c
from iali_desktop.store import base as f
from iali_desktop.store.base import Mapped, RecordMeta, Replicated


class ActionPlan(Replicated):
    __tablename__ = "action_plan"
    record = RecordMeta("Action plan", "Action plans", ("title",), ("-period_start",), "plan")

    title: Mapped[str | None] = f.text("Title", required=True)
    period_start: Mapped[int | None] = f.integer("From year", required=True, minimum=1990,
                                               maximum=2100)
    period_end: Mapped[int | None] = f.integer("To year", required=True, minimum=1990,
                                             maximum=2100)
    status: Mapped[str | None] = f.choice("Status", c.PlanStatus, required=True)
    proposed_by: Mapped[str | None] = f.text("Proposed by")
    proposed_on: Mapped[str | None] = f.date("Proposed on")
    summary: Mapped[str | None] = f.longtext("Summary")


class ActionArea(Replicated):
    __tablename__ = "action_area"
    record = RecordMeta("Action area", "Action areas", ("number", "role_name"),
                        ("plan", "number"), "plan")

    plan: Mapped[str | None] = f.ref("Plan", "action_plan", required=True)
    number: Mapped[int | None] = f.integer("Number", required=True, minimum=1, maximum=6)
    role_name: Mapped[str | None] = f.text("Role", required=True)
    objective: Mapped[str | None] = f.longtext("Objective")
    description: Mapped[str | None] = f.longtext("Description")
    areas_of_engagement: Mapped[str | None] = f.longtext("Areas of engagement for members")


class KeyOutcome(Replicated):
    __tablename__ = "key_outcome"
    record = RecordMeta("Key outcome", "Key outcomes", ("number", "text"), ("area", "number"),
                        "plan")

    area: Mapped[str | None] = f.ref("Action area", "action_area", required=True)
    number: Mapped[int | None] = f.integer("Number", minimum=1)
    text: Mapped[str | None] = f.text("Outcome", required=True)
    status: Mapped[str | None] = f.choice("Status", c.OutcomeStatus)


class Task(Replicated):
    __tablename__ = "task"
    record = RecordMeta("Task", "Tasks", ("title",), ("plan", "kind", "number"), "plan")

    plan: Mapped[str | None] = f.ref("Plan", "action_plan", required=True)
    kind: Mapped[str | None] = f.choice("Kind", c.TaskKind, required=True)
    number: Mapped[int | None] = f.integer("Number", minimum=1)
    title: Mapped[str | None] = f.text("Title", required=True)
    detail: Mapped[str | None] = f.longtext("Detail")
    area: Mapped[str | None] = f.ref("Action area", "action_area")
    related_areas: Mapped[list[Any] | None] = f.refs("Related areas", "action_area")
    owner: Mapped[str | None] = f.ref("Owner", "person")
    region: Mapped[str | None] = f.ref("Region", "region")
    due_date: Mapped[str | None] = f.date("Due date")
    status: Mapped[str | None] = f.choice("Status", c.TaskStatus)
    progress: Mapped[int | None] = f.integer("Progress %", minimum=0, maximum=100)


class TaskUpdate(Replicated):
    __tablename__ = "task_update"
    record = RecordMeta("Progress update", "Progress updates", ("date", "text"),
                        ("task", "-date"), "plan")

    task: Mapped[str | None] = f.ref("Task", "task", required=True)
    date: Mapped[str | None] = f.date("Date", required=True)
    author: Mapped[str | None] = f.ref("Author", "person")
    text: Mapped[str | None] = f.longtext("Update", required=True)
    progress: Mapped[int | None] = f.integer("Progress %", minimum=0, maximum=100)
