"""Dialogs of the main window: page name (new page, rename or move), settings, first run, keyboard shortcuts.

The history and conflict dialogs are in :mod:`wikidesk.ui.history`.
"""
