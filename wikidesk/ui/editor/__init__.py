"""The Markdown editor: text widget, highlighter, link completion, find/replace and the autosaving page controller."""
