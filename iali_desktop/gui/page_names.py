"""The sidebar's page names, in order, without Qt: the command line lists them in
`screenshot --help` without loading the window (pages.py checks it builds these)."""

PAGE_NAMES: tuple[str, ...] = (
    "dashboard", "plan", "tasks", "organisations", "people", "engagements", "agreements",
    "events", "ec_meetings", "members", "experts", "assistance_requests", "ibor",
    "publications", "regions", "lists", "conflicts", "peers",
)
