"""The real entry point: ``wikidesk.ui.app.main`` opens the configured wiki and shows its home page."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QTimer

from wikidesk.ui.app import main


def test_main_opens_the_configured_wiki(qapp, wiki_root, settings, monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    settings.set("wiki_path", str(wiki_root))
    settings.save()
    seen: list[str] = []

    def check() -> None:
        windows = [w for w in qapp.topLevelWidgets() if type(w).__name__ == "MainWindow" and w.isVisible()]
        if windows and windows[0].view.page is not None:
            seen.append(windows[0].view.page.info.title)
            windows[0].close()
            qapp.quit()
        else:
            QTimer.singleShot(50, check)

    QTimer.singleShot(50, check)
    QTimer.singleShot(20000, qapp.quit)  # never hang the suite
    assert main() == 0
    assert seen == ["Home"]
