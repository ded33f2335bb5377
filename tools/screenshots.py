"""Take the screenshots in ``docs/screenshots/`` under Xvfb: main window, search, a page in a space with its image,
the Tags tab (inline tags counted), the People tab, a page's discussion, Join a Team saying what is wrong, the
gardening report, history, the conflict resolver and a page in conflict (the versions side by side in the page), in
light and dark, bokmål and English.

Usage: python tools/screenshots.py [OUT_DIR] [VARIANT...]   (starts its own Xvfb unless DISPLAY is set; needs the
xvfb package; a variant is THEME-LANGUAGE, e.g. light-nb; default: all four)
Each variant runs in its own process on the xcb platform over a fresh copy of the sample wiki, so nothing is
shared between them and the real X server renders every pixel (the images come from QScreen.grabWindow).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
VARIANTS = [("light", "en"), ("dark", "en"), ("light", "nb"), ("dark", "nb")]


def child(out: Path, theme: str, language: str, work: Path) -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from wikidesk.core.history.model import Revision, blob_hash
    from wikidesk.core.settings import Settings
    from wikidesk.ui.application import DesktopApp

    app = QApplication(sys.argv)
    app.setStyle("Fusion")
    settings = Settings.load()
    settings.set("language", language)
    settings.set("user_name", "Kari Nordmann")
    desktop = DesktopApp(app, settings)
    window = desktop.open_wiki(work / "wiki")
    window.resize(1360, 820)
    window.show()

    def wait(signal: object, ms: int = 15000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def settle(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shot(widget: QWidget, name: str) -> None:
        settle()
        widget.raise_()
        widget.activateWindow()
        settle(150)
        image = widget.screen().grabWindow(widget.winId())
        path = out / f"{name}-{theme}-{language}.png"
        image.save(str(path))
        print(f"wrote {path.relative_to(REPO) if path.is_relative_to(REPO) else path}", flush=True)

    if window.view.page is None:
        wait(window.view.page_opened)
    wait(window.view.rendered, 3000)
    shot(window, "main")

    search = next(s for s in desktop.services if type(s).__name__ == "SearchService")
    if search.engine is None:
        wait(search.ready)
    if search.building is not None:
        wait(search.built, 30000)
    window.focus_search("skriver")
    wait(window.search.results_shown)
    shot(window, "search")
    window.sidebar.setCurrentWidget(window.tree)

    home = window.view.page.info.page_id
    printers = next(p for p in window.session.pages if p.path == "IT/Skriveroppsett.md")  # a page in a space
    window.view.open(printers.page_id)
    wait(window.view.page_opened)
    wait(window.view.rendered, 3000)
    shot(window, "space-page-image")
    window.sidebar.setCurrentWidget(window.tags)  # front matter and inline #tags alike
    settle(600)
    shot(window, "tags")
    newest_views(window, printers.page_id, wait, shot)
    window.sidebar.setCurrentWidget(window.tree)
    window.view.open(home)
    wait(window.view.page_opened)

    editor = window.view.editor
    editor.edit.setPlainText(editor.text().replace("Her deler vi", "Her samler og deler vi"))
    editor.save()
    wait(editor.saved)
    history_service = next(s for s in desktop.services if type(s).__name__ == "HistoryService")
    dialog = history_service.open_history()
    if dialog is not None:
        dialog.resize(1100, 650)
        wait(dialog.diff_shown)
        shot(dialog, "history")
        dialog.close()

    # a version of the same line from another computer (as sync stores a pulled revision): a conflict
    wiki = window.session.wiki
    info = wiki.find(window.view.page.info.page_id)
    history = wiki.history
    base = history.heads(info.page_id)[0]
    text = history.content(base).decode("utf-8").replace("Her samler og deler vi", "Her deler hele teamet")
    data = text.encode("utf-8")
    parent = next(r for r in history.page_revisions(info.page_id) if r.id in base.parents)
    other = Revision(page_id=info.page_id, kind="page", path=info.path, blob=blob_hash(data), size=len(data),
                     parents=(parent.id,), author="Ola Nordmann", time="2026-11-20T09:30:00Z",
                     clock=base.clock + 1, summary="Endret på en annen maskin")
    history.add(other, data, published=True, origin="0123456789abcdef")
    if (theme, language) in (("light", "nb"), ("dark", "en")):
        window.view.check_conflict()
        wait(window.view.conflict.shown_versions)
        shot(window, "conflict-in-page")
    if (theme, language) in (("light", "en"), ("dark", "nb")):
        conflicts = history_service.open_conflicts(info.page_id)
        conflicts.resize(1200, 700)
        wait(conflicts.conflict_shown)
        shot(conflicts, "conflict")
        conflicts.close()
    desktop.shutdown()


def newest_views(window: object, page_id: str, wait: object, shot: object) -> None:
    """The People tab (a colleague found by a skill), a page's discussion with the person's own comment selected
    (Reply, Edit, Delete), Join a Team saying what is wrong with the shared folder, the gardening report."""
    from wikidesk.core.comments import CommentStore
    from wikidesk.core.people.csv_import import create_person_page
    from wikidesk.ui.dialogs.join_dialog import open_join_dialog

    wiki = window.session.wiki  # type: ignore[attr-defined]
    create_person_page(wiki, "Ola Nordmann", {"user": "ola.nordmann", "unit": "IT-tjenesten", "role": "Rådgiver",
                                               "email": "ola.nordmann@example.org", "skills": "skrivere, nettverk"})
    window.session.reload_pages(rescan=True)  # type: ignore[attr-defined]
    wait(window.session.pages_loaded)  # type: ignore[attr-defined]
    people = window.people  # type: ignore[attr-defined]
    window.focus_people("skrivere")  # type: ignore[attr-defined]
    people.run()
    for _ in range(30):  # the first query reads the page history once
        if people.hits:
            break
        wait(people.results.model().rowsInserted, 1000)
    shot(window, "people")

    with CommentStore.of(wiki) as store:
        first = store.add(wiki.history, page_id, "Skriveren i 2. etasje er flyttet til kopirommet.",
                          author="Ola Nordmann")
        store.add(wiki.history, page_id, "Takk! Jeg oppdaterer siden.", author=wiki.user or "", parent=first.id)
    view = window.view  # type: ignore[attr-defined]
    window.sidebar.setCurrentWidget(window.tree)  # type: ignore[attr-defined]
    panel = view.discussion  # the page is open already (the space-page shot): read its new comments
    panel.load()
    wait(panel.loaded, 5000)
    panel.list.setCurrentItem(panel.list.topLevelItem(0).child(0))  # the person's own reply: Edit and Delete
    panel.list.setFocus()
    shot(window, "discussion")

    join = open_join_dialog(window)
    join.share_field.setText("/mnt/finnes-ikke/Plan/wiki")
    join.join_button.click()
    while join.task is not None or not join.status.text():
        wait(join.finished, 1000)
    shot(join, "join")
    join.reject()

    garden = window.habits.open_garden()  # type: ignore[attr-defined]
    if garden.report is None:
        wait(garden.report_ready, 60000)
    shot(garden, "garden")
    garden.close()


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        out, theme, language, work = Path(sys.argv[2]), sys.argv[3], sys.argv[4], Path(sys.argv[5])
        child(out, theme, language, work)
        return 0
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "screenshots"
    wanted = sys.argv[2:]
    variants = [v for v in VARIANTS if not wanted or f"{v[0]}-{v[1]}" in wanted]
    out.mkdir(parents=True, exist_ok=True)
    xvfb = None
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1600x1000x24", "-nolisten",
                                 "tcp"], pass_fds=(write_fd,), stderr=subprocess.DEVNULL)
        os.close(write_fd)
        display = os.read(read_fd, 16).decode().strip()
        env["DISPLAY"] = f":{display}"
    try:
        for theme, language in variants:
            with tempfile.TemporaryDirectory(prefix="wikidesk-shots-") as tmp:
                work = Path(tmp)
                shutil.copytree(REPO / "resources" / "sample-wiki", work / "wiki")
                child_env = {**env, "QT_QPA_PLATFORM": "xcb", "WIKIDESK_THEME": theme,
                             "WIKIDESK_HOME": str(work / "home"), "LANG": "C.UTF-8"}
                subprocess.run([sys.executable, __file__, "--child", str(out), theme, language, str(work)],
                               env=child_env, check=True, timeout=300)
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
