"""The cycle collector paused for a window's start is turned on again, and only then."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from iali_desktop import collector


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    collector.resume()
    if was:
        gc.enable()
    else:
        gc.disable()


def test_a_paused_collector_runs_again_once_resumed(collector_on: None) -> None:
    collector.pause()
    assert not gc.isenabled() and collector.paused()
    collector.resume()
    collector.resume()  # the first paint and the timer both ask: harmless
    assert gc.isenabled() and not collector.paused()


def test_a_collector_turned_off_by_its_host_stays_off(collector_on: None) -> None:
    # An embedding program that runs without the collector keeps it that way.
    gc.disable()
    collector.pause()
    collector.resume()
    assert not gc.isenabled()
