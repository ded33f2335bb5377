"""The Qt-free core of wikidesk: pages, Markdown, history, sync and search."""
