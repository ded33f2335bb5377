"""Summaries wikidesk writes into history appear in the UI's language; people's own summaries stay as written."""

from __future__ import annotations

from wikidesk.ui.history.summaries import translated_summary


def test_system_summaries_follow_the_language(qapp) -> None:
    from wikidesk.ui.i18n import Translations

    translations = Translations()
    assert translations.apply("nb")
    try:
        assert translated_summary("Created the page") == "Opprettet siden"
        assert translated_summary("Renamed from “Skriver”") == "Omdøpt fra «Skriver»"
        assert translated_summary("Attached kart.png") == "La ved kart.png"
        assert translated_summary("Restored revision ab12cd34 of 2026-11-25T10:00:00Z") == (
            "Gjenopprettet versjon ab12cd34 fra 2026-11-25T10:00:00Z")
        assert translated_summary("Fikset lenkene") == "Fikset lenkene"
    finally:
        translations.apply("en")
    assert translated_summary("Created the page") == "Created the page"
