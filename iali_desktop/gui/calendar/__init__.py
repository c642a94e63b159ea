"""Calendar files: the whole-calendar export dialog and the per-event "Add to calendar"."""
