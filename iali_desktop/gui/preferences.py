"""The window's own preferences (language, geometry, last page, where reports go) in an
INI file.

They belong to this person on this machine, not to the database, so they live in
`QSettings` in the platformdirs config folder rather than in the replicated store.
Defaults are declared here and used whenever a key is missing or holds a wrong type.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from iali_desktop.services import paths

LANGUAGES = ("system", "en", "fr", "es")
DEFAULT_PAGE = "dashboard"
RECENT = 8  # databases kept in File › Open recent


class Preferences:
    """Typed access to the settings file; pass one in (tests give a temporary file)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.settings_file()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._s = QSettings(str(self.path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = self._s.value("ui/language", "system")
        return value if isinstance(value, str) and value in LANGUAGES else "system"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._s.setValue("ui/language", value)

    @property
    def last_page(self) -> str:
        value = self._s.value("window/last_page", DEFAULT_PAGE)
        return value if isinstance(value, str) and value else DEFAULT_PAGE

    @last_page.setter
    def last_page(self, value: str) -> None:
        self._s.setValue("window/last_page", value)

    @property
    def geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    @property
    def splitter_state(self) -> QByteArray | None:
        """How wide the user made the sidebar."""
        value = self._s.value("window/splitter")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self._s.setValue("window/splitter", value)

    @property
    def report_folder(self) -> Path | None:
        """The folder the last report was saved in (None until one was)."""
        value = self._s.value("reports/folder")
        return Path(value) if isinstance(value, str) and value else None

    @report_folder.setter
    def report_folder(self, value: Path) -> None:
        self._s.setValue("reports/folder", str(value))

    @property
    def sheet_folder(self) -> Path | None:
        """The folder a spreadsheet was last exported to or imported from."""
        value = self._s.value("sheets/folder")
        return Path(value) if isinstance(value, str) and value else None

    @sheet_folder.setter
    def sheet_folder(self, value: Path) -> None:
        self._s.setValue("sheets/folder", str(value))

    @property
    def calendar_folder(self) -> Path | None:
        """The folder the last calendar file (.ics) was saved in (None until one was)."""
        value = self._s.value("calendar/folder")
        return Path(value) if isinstance(value, str) and value else None

    @calendar_folder.setter
    def calendar_folder(self, value: Path) -> None:
        self._s.setValue("calendar/folder", str(value))

    @property
    def recent_databases(self) -> list[Path]:
        """Databases opened in the window, the latest first (File › Open recent)."""
        value = self._s.value("files/recent_databases", [])
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(v) for v in items if isinstance(v, str) and v]

    def remember_database(self, path: Path) -> None:
        keep = [p for p in self.recent_databases if p != path]
        self._s.setValue("files/recent_databases", [str(p) for p in [path, *keep][:RECENT]])

    def column_choice(self, key: str) -> tuple[list[str], list[str]]:
        """The columns the user hid and the columns they asked to see in the list `key`
        (by field name): a list hides columns that do not fit, unless asked for them."""
        return (self._names(f"columns/{key}/hidden"), self._names(f"columns/{key}/shown"))

    def set_column_choice(self, key: str, hidden: list[str], shown: list[str]) -> None:
        self._s.setValue(f"columns/{key}/hidden", hidden)
        self._s.setValue(f"columns/{key}/shown", shown)

    def _names(self, key: str) -> list[str]:
        # QSettings gives a one-item list back as a plain string, and nothing as None.
        value = self._s.value(key, [])
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [v for v in items if isinstance(v, str) and v]

    def sync(self) -> None:
        self._s.sync()
