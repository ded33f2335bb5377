"""Dialogs: page name, settings, first run, history, conflicts."""
