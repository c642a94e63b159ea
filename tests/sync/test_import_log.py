"""An import's log line holds no personal data: not the colleague who sent the bundle."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from .conftest import MakeReplica, records, send

COLLEAGUE = "Wiremu Tūhoe-Kāretu"


def test_an_import_logs_counts_but_not_the_colleagues_name(
        replicas: MakeReplica, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    ana = replicas(COLLEAGUE)
    ben = replicas("ben")
    records(ana).create("person", {"name": "Aroha Ngata"})
    with caplog.at_level(logging.INFO, logger="iali_desktop"):
        send(ana, ben, tmp_path)
    lines = [r.getMessage() for r in caplog.records if r.name == "iali_desktop.services.sync"]
    assert any(line.startswith("imported bundle ") for line in lines), lines  # it logged
    for secret in ("Wiremu", "Tūhoe", "Aroha"):
        assert secret not in caplog.text, caplog.text
