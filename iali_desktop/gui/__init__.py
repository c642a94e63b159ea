"""The PySide6 window: the only place Qt is imported."""
