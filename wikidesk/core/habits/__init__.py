"""The habits that keep a shared wiki alive (issue 22): page templates, recent changes, watching pages and spaces
("changed since you looked"), bookmarks, renaming and merging tags, and the gardening report.

Qt-free; one module per feature. Nothing here writes a page except through :class:`~wikidesk.core.wiki.Wiki`
(``tag_edit``, ``templates``), so every change is an ordinary revision that syncs and merges. Per-user choices
(watch list, what was seen, bookmarks) live in the user's data folder (:mod:`.user_state`), never in the wiki.
"""
