"""The sidebar's page names, in order, and the dialogs the `screenshot` command can show,
without Qt: the command line lists them in `screenshot --help` without loading the window
(pages.py checks it builds these pages, screenshot_dialogs.py these dialogs)."""

PAGE_NAMES: tuple[str, ...] = (
    "dashboard", "plan", "tasks", "organisations", "people", "engagements", "agreements",
    "events", "ec_meetings", "members", "experts", "assistance_requests", "ibor",
    "publications", "regions", "lists", "conflicts", "peers",
)

DIALOG_NAMES: tuple[str, ...] = (
    "start", "settings", "restore", "shortcuts", "guide", "meeting_pack", "progress_update",
    "calendar", "export_bundle", "import_bundle",
)
