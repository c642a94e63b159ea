"""The window paints its dashboard before loading what the dashboard does not need.

A real start as `iali-desktop --db FILE` makes it (`__main__.main`), in a fresh process,
offscreen, on a database with a saved profile: at the first paint of the dashboard page
the process notes the modules it has loaded and the application-wide event filters in
place, and half a second later the filters again. How fast that is, is
`bench/bench_start.py`'s job; this test holds the import graph that makes it fast.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from iali_desktop.services.profile import Profile, save_profile
from iali_desktop.services.workspace import Workspace

# The paint watcher the start benchmark uses too (`bench/window_watch.py`).
BENCH = Path(__file__).resolve().parents[2] / "bench"

FIRST_START = textwrap.dedent("""
    import gc, json, sys
    sys.path.insert(0, sys.argv[3])
    from window_watch import on_dashboard_paint
    seen = {"collections": 0}
    def collected(phase, info):
        if phase == "start" and "main" in seen and "modules" not in seen:
            seen["collections"] += 1  # a pass between the launch and the first paint
    gc.callbacks.append(collected)

    def painted():
        if "modules" not in seen:
            seen["modules"] = sorted(sys.modules)
            seen["filters_at_paint"] = filters()
            seen["collector_at_paint"] = gc.isenabled()

    def window():
        from PySide6.QtWidgets import QApplication, QMainWindow
        return next((w for w in QApplication.instance().topLevelWidgets()
                     if isinstance(w, QMainWindow)), None)

    def filters():
        from PySide6.QtWidgets import QApplication
        from iali_desktop.gui.wheel_guard import WheelGuard
        shown = window()
        undo = shown is not None and shown.undo_keys.installed
        wheel = QApplication.instance().findChild(WheelGuard)
        return ("wheel" if wheel else "-") + "," + ("undo" if undo else "-")

    def answers():
        from PySide6.QtNetwork import QLocalSocket
        from iali_desktop.gui.single_instance import server_name
        socket = QLocalSocket()
        socket.connectToServer(server_name(__import__("pathlib").Path(sys.argv[1])))
        reached = socket.waitForConnected(1000)
        socket.abort()
        return reached

    ticks = []
    def look():
        shown = window()
        if shown is not None and shown.isVisible() and "modules" in seen:
            ticks.append(1)
            if len(ticks) == 10:  # half a second after the first paint
                seen["filters_later"] = filters()
                seen["listening_later"] = answers()
                seen["collector_later"] = gc.isenabled()
                with open(sys.argv[2], "w") as out:
                    json.dump(seen, out)
                shown.close()

    def loaded(main_window):  # the application exists by then
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        timer = QTimer(QApplication.instance())
        timer.timeout.connect(look)
        timer.start(50)

    on_dashboard_paint(painted, loaded)
    from iali_desktop.__main__ import main
    seen["main"] = True
    sys.exit(main(["--db", sys.argv[1]]))
""")

# Modules of the other pages (each page's module loads when the page is first shown).
OTHER_PAGES = ("iali_desktop.gui.plan_page", "iali_desktop.gui.plan_model",
               "iali_desktop.gui.records.record_page", "iali_desktop.gui.records.table_model",
               "iali_desktop.gui.records.meeting_page", "iali_desktop.gui.records.request_page",
               "iali_desktop.gui.sync.conflicts_page", "iali_desktop.gui.sync.peers_page")


def first_start(db: Path, home: Path) -> dict[str, Any]:
    """What one real start saw: the modules loaded and the application-wide filters at the
    dashboard's first paint, and the filters half a second later."""
    out = home / "first-start.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
           "XDG_STATE_HOME": str(home / "state"), "XDG_CACHE_HOME": str(home / "cache")}
    done = subprocess.run([sys.executable, "-c", FIRST_START, str(db), str(out), str(BENCH)],
                          env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    return dict(json.loads(out.read_text()))


# The bundle code (export, import, signatures, the folder pass), the restore code, the
# set-up of a new database and what prints: loaded with their first use, after the paint.
ON_FIRST_USE = ("iali_desktop.services.sync", "iali_desktop.services.sync_folder",
                "iali_desktop.services.restore", "iali_desktop.services.setup",
                "iali_desktop.services.seeding", "iali_desktop.services.reporting",
                "iali_desktop.gui.restore_dialog", "iali_desktop.gui.reports.pack_options",
                # dialogs and popups of the menus, and the first-start questions
                "iali_desktop.gui.help_dialogs", "iali_desktop.gui.about_dialog",
                "iali_desktop.gui.reports.report_dialog", "iali_desktop.gui.search_popup",
                "iali_desktop.gui.first_run_wizard")
# What the first count of open conflicts loads: it runs once the window has painted.
CONFLICT_COUNT = ("iali_desktop.services.sync_conflicts", "iali_desktop.store.conflicts")


def _package(loaded: set[str], name: str) -> list[str]:
    return sorted(m for m in loaded if m == name or m.startswith(name + "."))


@pytest.fixture(scope="module")
def started(seeded_template: Path, tmp_path_factory: pytest.TempPathFactory
            ) -> dict[str, Any]:
    """One real start for the file, on a database with a saved profile."""
    folder = tmp_path_factory.mktemp("first-paint")
    db = folder / "user.db"
    shutil.copyfile(seeded_template, db)
    with Workspace.open(db) as ws:
        save_profile(ws, Profile(role="regional_representative", region=None))
    return first_start(db, folder / "home")


@pytest.fixture(scope="module")
def loaded(started: dict[str, Any]) -> set[str]:
    """The modules loaded when the dashboard first paints."""
    modules = set(started["modules"])
    assert "iali_desktop.gui.dashboard" in modules  # the probe did see the dashboard paint
    return modules


def test_the_dashboard_paints_before_reports_migrations_and_other_pages_load(
        loaded: set[str]) -> None:
    early = sorted(m for m in loaded if m == "reportlab" or m.startswith("reportlab.")
                   or m.startswith("iali_desktop.reports") or m == "alembic"
                   or m.startswith("alembic.") or m in OTHER_PAGES
                   or m in ("openpyxl", "icalendar", "iali_desktop.services.demo"))
    assert early == []


def test_the_dashboard_paints_before_the_sync_restore_and_setup_code_loads(
        loaded: set[str]) -> None:
    # Only the key fingerprint (hashlib) of the sync package is read before the paint.
    assert [m for m in _package(loaded, "iali_desktop.sync")
            if m not in ("iali_desktop.sync", "iali_desktop.sync.keys")] == []
    assert _package(loaded, "cryptography") == []
    assert sorted(m for m in loaded if m in ON_FIRST_USE) == []


def test_the_dashboard_paints_before_the_maker_of_new_record_ids_loads(
        loaded: set[str]) -> None:
    # uuid6 reads its package metadata as it loads (importlib.metadata, email parsing).
    assert _package(loaded, "uuid6") == []


def test_a_window_launch_does_not_load_the_command_line(loaded: set[str]) -> None:
    # The command modules reach the reports, bundle and spreadsheet code: over a second.
    assert _package(loaded, "iali_desktop.cli") == []


def test_the_tables_are_defined_without_the_orm(loaded: set[str]) -> None:
    # Queries are SQLAlchemy Core; the models build Core tables (`store/base.py`).
    assert _package(loaded, "sqlalchemy.orm") == []


def test_the_window_listens_for_later_starts_once_it_has_painted(
        loaded: set[str], started: dict[str, Any]) -> None:
    # QtNetwork (about 10 ms) is no use before the first paint; a later start waits for
    # the window to listen (gui/single_instance.py).
    assert _package(loaded, "PySide6.QtNetwork") == []
    assert started["listening_later"] is True


def test_the_cycle_collector_waits_for_the_first_paint_then_runs_again(
        started: dict[str, Any]) -> None:
    # Its passes over the start's long-lived objects freed nothing and cost some 50 ms
    # before the first paint (`iali_desktop/collector.py`).
    assert (started["collections"], started["collector_at_paint"]) == (0, False)
    assert started["collector_later"] is True


def test_open_conflicts_are_counted_after_the_first_paint(loaded: set[str]) -> None:
    # A pass over every head of the change log: most of a second at 100,000 records.
    assert sorted(m for m in loaded if m in CONFLICT_COUNT) == []


IMPORT_ORDER = textwrap.dedent("""
    import sys
    order = []
    class Note:
        def find_spec(self, name, path=None, target=None):
            order.append(name)
    sys.meta_path.insert(0, Note())
    import iali_desktop.gui.app
    print("\\n".join(order))
""")


def test_the_window_imports_its_store_and_sqlalchemy_before_qt() -> None:
    # PySide6's import hook reads the source of every module imported after it, which
    # makes those imports several times slower (bench/bench_start.py).
    done = subprocess.run([sys.executable, "-c", IMPORT_ORDER], capture_output=True,
                          text=True, timeout=120, check=True)
    order = done.stdout.split()
    qt = order.index("PySide6")
    for name in ("sqlalchemy", "iali_desktop.store.models", "iali_desktop.services.records",
                 "iali_desktop.services.overview"):
        assert order.index(name) < qt, f"{name} is imported after PySide6"


def test_application_wide_filters_come_after_the_first_paint_and_are_then_in_place(
        started: dict[str, Any]) -> None:
    # An application-wide filter makes PySide6 load wrappers for every class it meets
    # (about 50 ms): the wheel guard and the undo key router wait for the first paint.
    assert started["filters_at_paint"] == "-,-"
    assert started["filters_later"] == "wheel,undo"
