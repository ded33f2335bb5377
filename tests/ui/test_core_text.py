"""What the core says during real work reaches the window in the person's language, with real plural forms."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from wikidesk.core.opening import init_wiki
from wikidesk.core.search import SearchIndex
from wikidesk.core.search.build import build
from wikidesk.core.sync import SyncEngine, connect_share
from wikidesk.ui import core_text


def _drain(gen) -> list[str]:
    messages = []
    while True:
        try:
            messages.append(next(gen)[2])
        except StopIteration:
            return messages


def test_every_line_of_a_real_sync_and_index_build_is_worded_in_bokmal(qapp, desktop, tmp_path: Path) -> None:
    share = tmp_path / "share"
    a, b = init_wiki(tmp_path / "a", user="Ola"), init_wiki(tmp_path / "b", user="Kari")
    for wiki in (a, b):
        connect_share(wiki, str(share))
    a.create("Rutiner", body="Første versjon.\n")
    messages = _drain(SyncEngine(a, mirror_grace=0.0).round())
    messages += _drain(SyncEngine(b, mirror_grace=0.0).round())
    index = SearchIndex(tmp_path / "index")
    messages += _drain(build(index, a.root, full=True))
    messages += _drain(build(index, a.root, full=False))
    messages += index.search("modified:>igår").notes
    index.close()
    unknown = sorted({m for m in messages if m and not core_text.known(m)})
    assert unknown == []
    desktop.translations.apply("nb")
    worded = {m: core_text.translate(m) for m in messages if m}
    assert [m for m, nb in worded.items() if nb == m] == []  # none left in English
    assert worded["Merging"] == "Slår sammen"
    assert core_text.translate("Indexing 1 pages…") == "Indekserer 1 side …"
    assert core_text.translate("Indexing 2 pages…") == "Indekserer 2 sider …"


def test_the_sync_status_says_what_happened_in_bokmal(qtbot, desktop, settings, wiki_root: Path,
                                                       tmp_path: Path) -> None:
    share = tmp_path / "share"
    other = tmp_path / "kari"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for args in (["init", str(other), "--user", "Kari", "--share", str(share)],
                 ["--wiki", str(other), "new", "Fra Kari"], ["--wiki", str(other), "sync"]):
        subprocess.run([sys.executable, "-m", "wikidesk", *args], env=env, check=True, capture_output=True)
    from wikidesk.core.opening import open_wiki

    connect_share(open_wiki(wiki_root), str(share))
    settings.set("language", "nb")
    settings.set("sync_interval", 0)
    settings.save()
    desktop.translations.apply("nb")
    window = desktop.open_wiki(wiki_root)
    qtbot.addWidget(window)
    with qtbot.waitSignal(desktop.session.sync.round_finished, timeout=20000) as first:
        pass
    report = first.args[0]
    assert (report.pulled, report.pushed, report.merged) == (1, 3, 0)
    assert window.sync_indicator.text() == "Synkronisert"
    assert window.sync_indicator.toolTip().startswith("Synkronisert: 1 endring mottatt, 3 sendt, 0 slått sammen.")
