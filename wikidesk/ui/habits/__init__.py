"""The habits of a shared wiki in the app (issue 22): recent changes with diffs, watching, bookmarks, the
gardening report and templates; the core is :mod:`wikidesk.core.habits`."""
