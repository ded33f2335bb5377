"""Join a Team: the dialog joins a real shared folder made by the core (a wiki pushed to a temporary share) off the
UI thread, adds the wiki to the person's wikis and shows it at its start page; what goes wrong is said in words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible

from tests.ui.test_accessibility import unnamed_controls
from wikidesk.core import wikis
from wikidesk.core.opening import init_wiki
from wikidesk.core.sync import SyncEngine, connect_share
from wikidesk.ui import core_text
from wikidesk.ui.dialogs.join_dialog import JoinDialog, free_folder, wiki_name_for


def pushed_share(tmp_path: Path) -> Path:
    """A share holding a team's wiki: made by one member, who pushed it with a real sync round."""
    share = tmp_path / "U" / "Plan" / "wiki"
    share.parent.mkdir(parents=True)
    team = init_wiki(tmp_path / "kari", user="Kari")
    team.create("Start", body="# Velkommen til Plan\n\nHer samler vi rutinene våre.\n")
    team.create("Kartdata", body="Kartdata bestilles fra kartkontoret.\n")
    connect_share(team, str(share))
    for _step in SyncEngine(team).round():
        pass
    team.history.close()
    return share


def said(dialog: JoinDialog, field) -> None:
    """The problem shown is also read by a screen reader: the status line's name is its text, and the focus is on
    the field at fault, whose description says the problem."""
    status = QAccessible.queryAccessibleInterface(dialog.status)
    assert status.text(QAccessible.Text.Name) == dialog.status.text()
    assert dialog.focusWidget() is field
    assert QAccessible.queryAccessibleInterface(field).text(QAccessible.Text.Description) == dialog.status.text()
    others = {dialog.share_field, dialog.folder_field} - {field}
    assert [f.accessibleDescription() for f in others] == [""]


def open_dialog(qtbot, window) -> JoinDialog:
    window.actions["join_team"].trigger()
    dialog = window.findChild(JoinDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_join_a_team_from_the_file_menu_opens_the_joined_wiki_at_its_start_page(qtbot, desktop, window,
                                                                                 tmp_path: Path) -> None:
    share = pushed_share(tmp_path)
    action = window.actions["join_team"]
    assert action.shortcut().toString() == "Ctrl+Shift+J"
    assert action in window.actions.menus["file"].actions()
    dialog = open_dialog(qtbot, window)
    dialog.share_field.setText(str(share))
    assert dialog.name_field.text() == "Plan"  # the share's name (the part above "wiki")
    assert Path(dialog.folder_field.text()).name == "wikidesk-Plan"  # under the person's documents
    folder = tmp_path / "joined" / "Plan"
    dialog.folder_field.setText(str(folder))
    shown_steps: list[tuple[int, int, str]] = []
    show_step = dialog._progress
    dialog._progress = lambda *step: (shown_steps.append(step), show_step(*step))  # what the worker reported
    with qtbot.waitSignal(dialog.joined, timeout=30000) as joined:
        dialog.join_button.click()
        assert not dialog.share_field.isEnabled() and dialog.progress.isVisible()  # joining in a worker
        assert dialog.focusWidget() is dialog.progress  # not lost with the disabled fields: a reader follows it
    assert joined.args == [str(folder)]
    assert shown_steps[0] == (0, 10, "Connecting to the shared folder") and shown_steps[-1][:2] == (10, 10)
    assert [m for _d, _t, m in shown_steps if not core_text.known(m)] == []  # every line worded in the UI language
    entry = wikis.load().find(folder)
    assert entry is not None and (entry.name, entry.share) == ("Plan", str(share))
    assert wikis.load().current == str(folder)
    qtbot.waitUntil(lambda: desktop.window is not window and desktop.window is not None
                    and desktop.window.view.page is not None, timeout=30000)
    shown = desktop.window
    qtbot.addWidget(shown)
    assert shown.session.root == folder
    assert shown.view.page.info.title == "Start"
    assert "Velkommen til Plan" in shown.view.editor.edit.toPlainText()
    assert shown.wiki_switcher.combo.currentText() == "Plan"


def test_every_control_of_the_dialog_is_named(qtbot, window) -> None:
    dialog = open_dialog(qtbot, window)
    assert unnamed_controls(dialog) == []
    dialog.reject()


def test_the_wiki_switcher_offers_join(qtbot, window) -> None:
    button = window.wiki_switcher.join_button
    assert (button.text(), button.accessibleName()) == ("Join…", "Join a team's shared folder")
    button.click()
    dialog = window.findChild(JoinDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


@pytest.mark.parametrize("case", ["missing", "empty", "not a wiki"])
def test_a_share_that_cannot_be_joined_is_said_in_words(qtbot, window, tmp_path: Path, case: str) -> None:
    share = tmp_path / "share"
    if case != "missing":
        share.mkdir()
    if case == "not a wiki":
        (share / "budsjett.xlsx").write_bytes(b"not a wiki")
        (share / "wikidesk-store.json").write_text('{"kind": "something else", "format": 1, "store_id": "x"}')
    dialog = open_dialog(qtbot, window)
    dialog.share_field.setText(str(share))
    folder = tmp_path / "mine"
    dialog.folder_field.setText(str(folder))
    dialog.join_button.click()
    qtbot.waitUntil(lambda: dialog.share_field.isEnabled() and dialog.status.property("error"), timeout=20000)
    if case == "not a wiki":
        assert dialog.status.text() == f"{share} is not a wikidesk shared folder. Ask your team which folder their " \
                                       "wiki syncs through."
    else:
        assert dialog.status.text().startswith(f"The shared folder {share} is missing, empty or cannot be reached "
                                               "right now (offline)")
    assert dialog.isVisible() and not folder.exists()  # nothing was made
    said(dialog, dialog.share_field)
    assert wikis.load().find(folder) is None
    dialog.reject()


def test_a_folder_that_is_not_empty_is_refused_before_anything_starts(qtbot, window, tmp_path: Path) -> None:
    share = pushed_share(tmp_path)
    folder = tmp_path / "busy"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    dialog = open_dialog(qtbot, window)
    dialog.share_field.setText(str(share))
    dialog.folder_field.setText(str(folder))
    dialog.join_button.click()
    assert dialog.status.text() == f"The folder {folder} is not empty. Choose a new or empty folder for the wiki."
    assert dialog.task is None and (folder / "notes.txt").read_text() == "mine"
    said(dialog, dialog.folder_field)
    qtbot.keyClicks(dialog.folder_field, str(tmp_path / "new"))  # changed: what was wrong is no longer said
    assert dialog.folder_field.accessibleDescription() == ""
    dialog.reject()


def test_names_and_folders_suggested(tmp_path: Path) -> None:
    assert wiki_name_for("U:\\Plan og bygg\\wiki") == "Plan og bygg"
    assert wiki_name_for("/srv/share/Beredskap/") == "Beredskap"
    taken = tmp_path / "wikidesk-Plan"
    taken.mkdir()
    (taken / "x.md").write_text("x")
    assert free_folder(taken) == tmp_path / "wikidesk-Plan (2)"
    (tmp_path / "empty").mkdir()
    assert free_folder(tmp_path / "empty") == tmp_path / "empty"
