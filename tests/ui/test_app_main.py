"""The real entry point, in its own process: ``wikidesk.ui.app.main`` opens the configured wiki and shows a page."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)

def check():
    windows = [w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow" and w.isVisible()]
    if windows and windows[0].view.page is not None:
        print("SHOWN", windows[0].view.page.info.title, flush=True)
        windows[0].close()
        app.quit()
    else:
        QTimer.singleShot(50, check)

QTimer.singleShot(50, check)
QTimer.singleShot(30000, app.quit)
from wikidesk.ui.app import main
sys.exit(main())
"""


def test_main_opens_the_configured_wiki(wiki_root: Path, settings, wikidesk_home: Path) -> None:
    settings.set("wiki_path", str(wiki_root))
    settings.save()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WIKIDESK_HOME": str(wikidesk_home)}
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert "SHOWN Home" in done.stdout
    assert (wikidesk_home / "logs" / "wikidesk-ui.log").exists()
