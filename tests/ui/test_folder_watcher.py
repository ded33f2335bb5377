"""The folder watcher with a real wiki and Qt's real file watcher: what a round must scan."""

from __future__ import annotations

import time
from pathlib import Path

from wikidesk.core.opening import init_wiki
from wikidesk.ui.sync.watcher import FolderWatcher, wiki_folders


def test_a_folder_only_the_app_wrote_in_is_not_scanned_but_an_outside_write_there_is(qtbot,
                                                                                      tmp_path: Path) -> None:
    root = tmp_path / "wiki"
    wiki = init_wiki(root, user="Tester")
    wiki.create("Home", body="Tekst.\n")
    wiki.create("Printers", space="IT", body="Skriveren.\n")
    watcher = FolderWatcher(root)
    watcher.watch(wiki_folders(root))
    unsubscribe = wiki.subscribe(watcher.own_write)
    try:
        assert watcher.take() == (None, [])  # the first round scans everything
        wiki.save("Home", "Lagret i appen.\n")
        wiki.save("IT/Printers", "Lagret i appen.\n")
        qtbot.waitUntil(lambda: {"", "IT"} <= watcher.changed, timeout=5000)
        folders, _ = watcher.take()
        assert folders == []  # only the app's own saves, which history has: nothing to scan

        wiki.save("Home", "Lagret igjen.\n")
        time.sleep(0.02)  # past a coarse file-system clock tick (see the watcher's docstring)
        (root / "IT" / "Utenfra.md").write_text("Skrevet i en annen editor.\n", "utf-8")
        (root / "Notat.md").write_text("Skrevet etter appen.\n", "utf-8")
        qtbot.waitUntil(lambda: {"", "IT"} <= watcher.changed, timeout=5000)
        folders, _ = watcher.take()
        assert folders == ["", "IT"]  # another program wrote in both after the app: the round looks there
    finally:
        unsubscribe()
        watcher.forget()
