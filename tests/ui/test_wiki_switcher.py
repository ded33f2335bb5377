"""Several wikis in the app: the sidebar's wiki list and Ctrl+Shift+W switch between windows that stay open (each
with its own session and sync); a wiki whose shared folder is read-only says so and its editor takes no typing."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.windows import open_both
from wikidesk.core import wikis
from wikidesk.core.opening import init_wiki
from wikidesk.core.sync import connect_share


def make_wiki(root: Path, share: Path, title: str) -> Path:
    wiki = init_wiki(root, user="Tester")
    wiki.create(title, body=f"# {title}\n\nText.\n")
    connect_share(wiki, str(share))
    wikis.register(root, share=str(share))
    return root


@pytest.fixture
def two(tmp_path: Path) -> tuple[Path, Path, Path, Path]:
    a = make_wiki(tmp_path / "team-a", tmp_path / "share-a", "Home")
    b = make_wiki(tmp_path / "team-b", tmp_path / "share-b", "Start")
    return a, b, tmp_path / "share-a", tmp_path / "share-b"


def test_switch_between_two_open_wikis(qtbot, desktop, two) -> None:
    a, b, _sa, _sb = two
    first, second = open_both(desktop, qtbot, a)
    assert desktop.window is first and first.isVisible() and not second.isVisible()
    assert first.session is not second.session and second.session.root == b
    assert first.session.sync is not second.session.sync  # each wiki syncs on its own
    combo = first.wiki_switcher.combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["team-a", "team-b"]
    assert combo.currentText() == "team-a" and combo.accessibleName() == "Wiki"
    for i in range(combo.count()):  # a screen reader hears each wiki's state, as the tooltip shows it
        folder, state = combo.itemData(i, Qt.ItemDataRole.ToolTipRole).split("\n")
        assert folder == str((a, b)[i]) and state
        assert combo.itemData(i, Qt.ItemDataRole.AccessibleTextRole) == f"{combo.itemText(i)}, {state}"
    combo.activated.emit(1)  # the person picks team-b in the sidebar
    assert desktop.window is second and second.isVisible() and not first.isVisible()
    assert second.wiki_switcher.combo.currentText() == "team-b"
    assert wikis.load().current == str(b)
    second.actions["next_wiki"].trigger()  # Ctrl+Shift+W
    assert desktop.window is first and first.isVisible()
    assert second.actions["next_wiki"].shortcut().toString() == "Ctrl+Shift+W"


def _chattr(flag: str, folders: list[Path]) -> subprocess.CompletedProcess:
    return subprocess.run(["chattr", flag, *map(str, folders)], check=False, capture_output=True, text=True)


@pytest.fixture
def read_only_share(two) -> Iterator[Path]:
    share = two[3]
    folders = [share, *(p for p in share.rglob("*") if p.is_dir())]
    if os.geteuid() == 0:
        if shutil.which("chattr") is None or _chattr("+i", folders).returncode != 0:
            pytest.skip("running as root, and chattr +i is not available to make the share read-only")
    else:
        for folder in folders:
            folder.chmod(0o555)
    yield share
    if os.geteuid() == 0:
        _chattr("-i", folders)
    else:
        for folder in folders:
            folder.chmod(0o755)


def test_a_read_only_share_marks_the_wiki_read_only_before_typing(qtbot, desktop, two, read_only_share) -> None:
    _a, b, _sa, _sb = two
    window = desktop.open_wiki(b)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.session.sync.read_only, timeout=20000)
    qtbot.waitUntil(lambda: window.view.page is not None, timeout=10000)
    editor = window.view.editor
    assert editor.edit.isReadOnly()
    assert editor.edit.toolTip().startswith("This wiki's shared folder is read-only for you")
    assert window.wiki_switcher.read_only_label.isVisibleTo(window)
    before = editor.edit.toPlainText()
    editor.edit.setFocus()
    qtbot.keyClicks(editor.edit, "x")
    assert editor.edit.toPlainText() == before


def test_search_all_my_wikis_ranks_both_and_opens_a_hit_in_the_other_wiki(qtbot, desktop, two) -> None:
    a, b, _sa, _sb = two
    init_wiki(a).create("Rutiner for arkiv", body="Arkivet tar imot protokoller.\n")
    init_wiki(b).create("Arkivplan", body="Arkivet og arkivplanen for kulturetaten.\n")
    first, second = open_both(desktop, qtbot, a)
    for window in (first, second):
        qtbot.waitUntil(lambda w=window: w.session.search.engine is not None, timeout=20000)
        with qtbot.waitSignal(window.session.search.built, timeout=30000):
            window.session.search.rebuild(full=True)
    panel = first.search
    panel.all_wikis.setChecked(True)
    assert panel.all_wikis.accessibleName() == "Search all my wikis"
    with qtbot.waitSignal(panel.results_shown, timeout=10000) as shown:
        panel.field.setText("arkivet")
    results = shown.args[0]
    assert sorted((h.wiki, h.hit.title) for h in results.hits) == [("team-a", "Rutiner for arkiv"),
                                                                   ("team-b", "Arkivplan")]
    texts = [panel.results.item(i).data(Qt.ItemDataRole.AccessibleTextRole) for i in range(panel.results.count())]
    assert any(t.startswith("Arkivplan. team-b") for t in texts)  # each hit says its wiki
    row = next(i for i, t in enumerate(texts) if t.startswith("Arkivplan"))
    with qtbot.waitSignal(second.view.page_opened, timeout=10000) as opened:
        panel.results.itemActivated.emit(panel.results.item(row))
    assert desktop.window is second
    assert opened.args[0].info.title == "Arkivplan"
