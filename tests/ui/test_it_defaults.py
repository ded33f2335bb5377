"""What IT preset on the machine reaches the person: the team's shared folder offered when starting, locked
settings shown but not changeable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wikidesk.core.settings import Settings
from wikidesk.ui.dialogs.first_run import FirstRunDialog


@pytest.fixture
def machine(wikidesk_home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    def preset(values: dict[str, object]) -> None:
        path = tmp_path / "machine-defaults.json"
        path.write_text(json.dumps(values), "utf-8")
        monkeypatch.setenv("WIKIDESK_MACHINE_DEFAULTS", str(path))

    return preset


def test_first_run_offers_the_team_share_it_preset_and_keeps_a_locked_one(qtbot, qapp, machine, tmp_path) -> None:
    machine({"share_path": str(tmp_path / "U" / "Team"), "locked": ["share_path"]})
    dialog = FirstRunDialog(settings=Settings.load())
    qtbot.addWidget(dialog)
    assert dialog.join.isChecked()
    assert dialog.share_field.text() == str(tmp_path / "U" / "Team")
    assert dialog.share_field.isReadOnly()
    assert dialog.share_field.toolTip().startswith("Set by your IT department")


def test_a_locked_language_cannot_be_switched_from_the_menu(qtbot, qapp, machine, tmp_path: Path) -> None:
    machine({"language": "nb", "locked": ["language"]})
    from wikidesk.core.opening import init_wiki
    from wikidesk.ui.application import DesktopApp

    settings = Settings.load()
    desktop = DesktopApp(qapp, settings)
    try:
        root = tmp_path / "wiki"
        init_wiki(root, user="Kari").create("Forside", body="Hei.\n")
        window = desktop.open_wiki(root)
        qtbot.addWidget(window)
        assert window.actions["language_nb"].isChecked()
        assert not window.actions["language_en"].isEnabled()
        window.close()
    finally:
        desktop.shutdown()
        desktop.translations.apply("en")
        desktop.deleteLater()


def test_first_run_offers_the_team_wikis_it_set_up(qtbot, qapp, machine, tmp_path: Path) -> None:
    machine({"team_shares": [{"name": "Oppvekst", "share": str(tmp_path / "U" / "Oppvekst")},
                             {"name": "Kultur", "share": str(tmp_path / "U" / "Kultur")}]})
    dialog = FirstRunDialog(settings=Settings.load())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.team_field.isVisible()
    assert [dialog.team_field.itemText(i) for i in range(dialog.team_field.count())] == ["Oppvekst", "Kultur"]
    assert dialog.join.isChecked()
    assert dialog.share_field.text() == str(tmp_path / "U" / "Oppvekst")
    dialog.team_field.setCurrentIndex(1)
    dialog.team_field.activated.emit(1)
    assert dialog.share_field.text() == str(tmp_path / "U" / "Kultur")
    assert Path(dialog.wiki_field.text()).name == "Kultur"
