"""How the fictional demo dataset is recognised wherever it travels.

Every demo person, organisation, event and plan carries `MARK` in its notes, description
or summary; the import refuses any bundle in which a change carries it, so a demo record
can never reach a colleague's database, whichever program version made the bundle.
"""

MARK = "Fictional demo record."
