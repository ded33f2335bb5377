"""Bokmål and English catalogues: complete, compiled, placeholders intact; switching language in the running window."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import QLocale

from wikidesk.core.settings import Settings
from wikidesk.ui.i18n import TRANSLATIONS_DIR, effective_language

PLACEHOLDER = re.compile(r"%(?:n|\d)")


def messages(language: str) -> list[tuple[str, str, list[str]]]:
    root = ET.parse(TRANSLATIONS_DIR / f"wikidesk_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            source = message.findtext("source")
            assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), (name, source)
            found.append((name, message.findtext("source") or "", forms))
    return found


def test_catalogues_are_complete_and_keep_placeholders() -> None:
    for language in ("nb", "en"):
        found = messages(language)
        assert len(found) > 200
        for context, source, forms in found:
            for form in forms:
                assert form.strip() or not source.strip(), (language, context, source)
                assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), (context, source)
                assert form.count("&") <= 1, (context, source)  # at most one mnemonic
        assert (TRANSLATIONS_DIR / f"wikidesk_{language}.qm").stat().st_mtime >= \
            (TRANSLATIONS_DIR / f"wikidesk_{language}.ts").stat().st_mtime - 1, "run pyside6-lrelease"


def test_norwegian_system_locale_picks_bokmal() -> None:
    assert effective_language("auto", QLocale("nb_NO")) == "nb"
    assert effective_language("auto", QLocale("nn_NO")) == "nb"
    assert effective_language("auto", QLocale("de_DE")) == "en"
    assert effective_language("en", QLocale("nb_NO")) == "en"


def test_switch_language_while_running(qtbot, desktop, window, wikidesk_home) -> None:
    assert window.actions.menus["file"].title() == "&File"
    assert window.sidebar.tabText(0) == "Pages"
    window.actions["language_nb"].trigger()
    assert window.actions.menus["file"].title() == "&Fil"
    assert window.actions["new_page"].text() == "&Ny side…"
    assert window.sidebar.tabText(0) == "Sider"
    assert window.sync_indicator.text() == "Synkronisering av (ingen delt mappe)"
    assert window.view.editor.edit.accessibleName() == "Sidetekst (Markdown)"
    assert window.actions["language_nb"].isChecked() and not window.actions["language_en"].isChecked()
    assert Settings.load().get("language") == "nb"
    window.actions["language_en"].trigger()
    assert window.sidebar.tabText(0) == "Pages"
    assert Settings.load().get("language") == "en"
