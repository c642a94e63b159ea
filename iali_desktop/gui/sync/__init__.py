"""The window's side of sync: import preview, export, conflicts and peers."""
