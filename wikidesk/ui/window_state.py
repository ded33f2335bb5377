"""Window geometry, splitter positions and the open page: a cache beside the settings, never in them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from wikidesk.core.paths import config_dir, wiki_key


class WindowState:
    def __init__(self) -> None:
        self._store = QSettings(str(config_dir() / "window-state.ini"), QSettings.Format.IniFormat)

    def bytes(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self._store.setValue(key, value)

    def open_page(self, wiki_root: Path) -> tuple[str, str]:
        """(page id, path) of the page that was open when the wiki was last closed."""
        value = str(self._store.value(f"open_page/{wiki_key(wiki_root)}", "") or "")
        page_id, _, path = value.partition("\t")
        return page_id, path

    def set_open_page(self, wiki_root: Path, page_id: str, path: str) -> None:
        self._store.setValue(f"open_page/{wiki_key(wiki_root)}", f"{page_id}\t{path}")

    def value(self, key: str, default: object = None) -> object:
        return self._store.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._store.setValue(key, value)

    def sync(self) -> None:
        self._store.sync()
