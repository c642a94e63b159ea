"""Errors a user can act on. Each carries one clear sentence; no tracebacks reach the user."""


class IaliError(Exception):
    """Base of every error the app reports to a person as one line."""


class ValidationError(IaliError):
    """A value, a field name or a record type that the user gave is not acceptable."""


class NotFoundError(IaliError):
    """A record or record type that was asked for does not exist."""


class ContentNotReceivedError(NotFoundError):
    """An attachment's record is here but its file content has not been received yet."""


class DatabaseError(IaliError):
    """The database file cannot be opened, is not ours, is busy or failed."""


class BundleError(IaliError):
    """A sync bundle was refused; nothing was changed."""


class DatabaseDamaged(DatabaseError):  # noqa: N818 - names the state, as caught
    """The database file is damaged (malformed, or not a database any more): a backup can
    take its place."""


class DatabaseInUseError(DatabaseError):
    """Another program holds the database (a window, or a command still running); nothing
    was done. `by_window` tells a window's start to hand its files over instead."""

    def __init__(self, message: str, *, by_window: bool, pid: int | None = None) -> None:
        super().__init__(message)
        self.by_window = by_window
        self.pid = pid


class DatabaseReadOnlyError(DatabaseError):
    """The database's file or folder cannot be written here; nothing was changed."""


class NotOurFileError(DatabaseError):
    """The file is not an IALI Desktop database (another program's, or not SQLite); it
    was left untouched."""
