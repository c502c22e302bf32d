"""TASKS: the one table naming every clinical task. Names are public API (URLs, CLI, Python)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from medgate.errors import NotFound
from medgate.tasks.base import Task
from medgate.tasks.differential import DifferentialTask
from medgate.tasks.discharge_summary import DischargeSummaryTask
from medgate.tasks.image_report import ImageReportTask
from medgate.tasks.patient_explain import PatientExplainTask
from medgate.tasks.pico import PicoTask
from medgate.tasks.quiz import QuizTask
from medgate.tasks.soap_note import SoapNoteTask

TASKS: Final[Mapping[str, Task]] = MappingProxyType(
    {
        t.name: t
        for t in (
            SoapNoteTask(),
            DischargeSummaryTask(),
            DifferentialTask(),
            PatientExplainTask(),
            QuizTask(),
            PicoTask(),
            ImageReportTask(),
        )
    }
)


def task_for(name: str) -> Task:
    """The task called `name`; NotFound lists the known ones."""
    if (task := TASKS.get(name)) is None:
        raise NotFound(f"no task {name!r}; tasks are: {', '.join(TASKS)}", param="name")
    return task
