"""Use cases: every read and write the CLI and the GUI make goes through here.

Each write is one transaction that also logs its field versions, so nothing can change a
replicated record without the change travelling in the next bundle.
"""
