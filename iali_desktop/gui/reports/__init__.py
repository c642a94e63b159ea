"""Printing the reports from the window: the Reports menu, the dialog that asks what to
print, and the hand-off to the Qt-free `iali_desktop.reports` API."""
