"""The sentences services and the domain write come from the gettext catalogs: a refusal
reads in the active language, plurals follow each language's rule, and the command line
writes in the language chosen in the window's Settings (English otherwise)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from iali_desktop.domain import translation
from iali_desktop.domain.errors import NotFoundError, ValidationError
from iali_desktop.domain.translation import ngettext
from iali_desktop.services.records import RecordService, record_type
from iali_desktop.services.reporting.period import annual_report
from iali_desktop.services.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def ws(seeded_db: Path) -> Iterator[Workspace]:
    with Workspace.open(seeded_db) as opened:
        yield opened


def test_a_service_refusal_reads_in_the_active_language(ws: Workspace) -> None:
    translation.set_language("fr")
    with pytest.raises(NotFoundError) as refused:
        annual_report(ws, 1990, dt.date(2026, 1, 1))
    assert str(refused.value) == "aucun plan d'action ne couvre l'année 1990"
    translation.set_language("es")
    with pytest.raises(NotFoundError) as refused:
        annual_report(ws, 1990, dt.date(2026, 1, 1))
    assert str(refused.value) == "ningún plan de acción abarca el año 1990"
    translation.set_language("en")
    with pytest.raises(NotFoundError) as refused:
        annual_report(ws, 1990, dt.date(2026, 1, 1))
    assert str(refused.value) == "no action plan covers the year 1990"


def test_a_record_rule_names_the_record_type_and_fields_in_french(ws: Workspace) -> None:
    translation.set_language("fr")
    kind = record_type("event").field("kind").choices[0]
    with pytest.raises(ValidationError) as refused:
        RecordService(ws).create("event", {"name": "Forum", "kind": kind,
                                           "start_date": "2025-05-01",
                                           "end_date": "2024-05-01"})
    assert str(refused.value) == (
        "Événement : « Fin » (2024-05-01) est antérieur à « Début » (2025-05-01) ; modifiez "
        "« Début » ou « Fin » pour que « Fin » ne soit pas plus tôt")


def test_a_missing_required_field_names_the_record_type_in_french(ws: Workspace) -> None:
    translation.set_language("fr")
    with pytest.raises(ValidationError) as refused:
        RecordService(ws).create("person", {"email": "a@example.org"})
    assert "personne" in str(refused.value) and "person" not in str(refused.value).split()


@pytest.mark.parametrize(("lang", "n", "expected"), [
    ("fr", 0, "inclus : 0 page"), ("fr", 1, "inclus : 1 page"), ("fr", 2, "inclus : 2 pages"),
    ("es", 0, "incluido: 0 páginas"), ("es", 1, "incluido: 1 página"),
    ("es", 2, "incluido: 2 páginas"),
    ("en", 0, "included: 0 pages"), ("en", 1, "included: 1 page"),
])
def test_plural_forms_follow_each_language_rule(lang: str, n: int, expected: str) -> None:
    translation.set_language(lang)
    assert ngettext("included: {n} page", "included: {n} pages", n) == expected


def _cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state")}
    return subprocess.run([sys.executable, "-m", "iali_desktop", *args], env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_the_command_line_writes_in_the_language_chosen_in_settings(seeded_db: Path,
                                                                   tmp_path: Path) -> None:
    out = str(tmp_path / "annual.pdf")
    english = _cli("report", "annual", "--year", "1990", "--out", out, "--db", str(seeded_db),
                   home=tmp_path)
    assert english.returncode == 1
    assert english.stderr.strip().endswith("no action plan covers the year 1990")
    settings = tmp_path / "config" / "iali-desktop" / "iali-desktop.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text("[ui]\nlanguage=es\n", encoding="utf-8")
    spanish = _cli("report", "annual", "--year", "1990", "--out", out, "--db", str(seeded_db),
                   home=tmp_path)
    assert spanish.returncode == 1
    assert spanish.stderr.strip().endswith("ningún plan de acción abarca el año 1990")
