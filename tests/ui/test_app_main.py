"""The real entry point, in its own process: ``wikidesk.ui.app.main`` opens the configured wiki and shows a page."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PRELUDE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
"""
RUN_MAIN = """
QTimer.singleShot(50, check)
QTimer.singleShot(30000, app.quit)
from wikidesk.ui.app import main
sys.exit(main())
"""

SCRIPT = PRELUDE + """
def check():
    windows = [w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow" and w.isVisible()]
    if windows and windows[0].view.page is not None:
        print("SHOWN", windows[0].view.page.info.title, flush=True)
        windows[0].close()
        app.quit()
    else:
        QTimer.singleShot(50, check)
""" + RUN_MAIN


def test_main_opens_the_configured_wiki(wiki_root: Path, settings, wikidesk_home: Path) -> None:
    settings.set("wiki_path", str(wiki_root))
    settings.save()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WIKIDESK_HOME": str(wikidesk_home)}
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert "SHOWN Home" in done.stdout
    assert (wikidesk_home / "logs" / "wikidesk-ui.log").exists()


FIRST_RUN_SCRIPT = PRELUDE + """seen = []

def check():
    dialogs = [w for w in app.topLevelWidgets() if type(w).__name__ == "FirstRunDialog" and w.isVisible()]
    if dialogs and "dialog" not in seen:
        seen.append("dialog")
        print("FIRST RUN DIALOG", flush=True)
        dialogs[0].reject()  # closing it keeps the sample wiki open
    windows = [w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow" and w.isVisible()]
    if "dialog" in seen and windows and windows[0].view.page is not None:
        print("SHOWN", windows[0].view.page.info.title, flush=True)
        windows[0].close()
        app.quit()
    else:
        QTimer.singleShot(50, check)
""" + RUN_MAIN


def test_with_nothing_configured_the_sample_wiki_opens_and_first_run_choices_are_offered(wikidesk_home: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WIKIDESK_HOME": str(wikidesk_home)}
    done = subprocess.run([sys.executable, "-c", FIRST_RUN_SCRIPT], capture_output=True, text=True, env=env,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "FIRST RUN DIALOG" in done.stdout and "SHOWN Velkommen" in done.stdout, done.stdout + done.stderr
    assert (wikidesk_home / "data" / "sample-wiki" / "Velkommen.md").is_file()
    assert not (wikidesk_home / "config" / "settings.json").exists()  # nothing chosen, nothing stored
