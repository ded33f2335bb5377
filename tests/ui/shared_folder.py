"""A window syncing with a real shared folder, and a colleague's client on the same folder (the real CLI in its own
process), for the UI tests of sync, comments and conflicts."""

from __future__ import annotations

from pathlib import Path

from tests.ui.cli_process import cli
from wikidesk.core.opening import open_wiki
from wikidesk.core.settings import Settings
from wikidesk.core.sync import connect_share


def open_synced_window(desktop, qtbot, wiki_root: Path, settings: Settings, share: Path) -> tuple:
    """The window over ``wiki_root`` with ``share`` as its shared folder (the wiki's own setting, as `wikidesk init
    --share` makes it) and no timed rounds: (window, its sync service, the report of its first round)."""
    share.mkdir(exist_ok=True)
    connect_share(open_wiki(wiki_root), str(share))
    settings.set("sync_interval", 0)
    settings.save()
    window = desktop.open_wiki(wiki_root)
    qtbot.addWidget(window)
    service = desktop.session.sync
    with qtbot.waitSignal(service.round_finished, timeout=20000) as first:
        pass
    return window, service, first.args[0]


def colleague(folder: Path, share: Path, user: str) -> Path:
    """Another person's wiki at ``folder`` on the same shared folder, synced once (through the CLI)."""
    cli("init", str(folder), "--user", user, "--share", str(share))
    cli("--wiki", str(folder), "sync")
    return folder
