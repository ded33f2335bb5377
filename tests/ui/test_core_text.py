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
    # the indicator's words and the core's closing line of the round are one wording
    assert desktop.session.sync.describe(report) == core_text.translate(report.message)


def test_the_core_sync_sentences_and_the_indicator_share_one_wording(qapp, desktop) -> None:
    desktop.translations.apply("nb")
    cases = {
        "Synced: 2 change(s) received, 1 sent, 0 merged, 1 set aside as invalid (see the notes).":
            (core_text.sync_report("synced", counts=(2, 1, 0), set_aside=1),
             "Synkronisert: 2 endringer mottatt, 1 sendt, 0 slått sammen, 1 lagt til side som ugyldig (se "
             "merknadene)."),
        "3 page(s) have conflicting edits; open them to choose what to keep.":
            (core_text.sync_report("conflicts", conflicts=3),
             "3 sider har motstridende endringer; åpne dem for å velge hva som skal beholdes."),
        "The shared folder is read-only for you: changes from others were pulled, but your 1 change(s) cannot be "
        "sent.":
            (core_text.sync_report("read-only", waiting=1),
             "Du har bare lesetilgang til den delte mappen: endringer fra andre er mottatt, men 1 endring fra deg "
             "kan ikke sendes."),
        "The shared folder U:\\wiki cannot be reached; working offline. Your changes are kept here and sync when the "
        "shared folder is back.":
            (core_text.sync_report("offline"),
             "Den delte mappen kan ikke nås; du jobber frakoblet. Endringene dine er tatt vare på her og "
             "synkroniseres når den er tilbake."),
    }
    assert {line: core_text.translate(line) for line in cases} == {line: nb for line, (_w, nb) in cases.items()}
    assert {line: worded for line, (worded, _nb) in cases.items()} == {line: nb for line, (_w, nb) in cases.items()}
    # the indicator puts the conflicts before the counts of the round
    assert core_text.sync_report("conflicts", counts=(0, 1, 1), conflicts=1) == (
        "1 side har motstridende endringer; åpne den for å velge hva som skal beholdes. "
        "Synkronisert: 0 endringer mottatt, 1 sendt, 1 slått sammen.")
