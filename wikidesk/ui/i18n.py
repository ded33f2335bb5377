"""Language: pick bokmål or English, load our catalogue and Qt's own, switch while running.

Catalogues are compiled ``.qm`` files in ``resources/translations`` (sources: ``wikidesk_nb.ts``, ``wikidesk_en.ts``).
"auto" means bokmål when the system locale is Norwegian (nb, no or nn), English otherwise.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wikidesk.core.resources import resource

TRANSLATIONS_DIR = resource("translations")
LANGUAGES = ("nb", "en")
NORWEGIAN = {"nb", "no", "nn"}


def effective_language(setting: str, locale: QLocale | None = None) -> str:
    """The language to show for a stored setting ("auto", "nb" or "en")."""
    if setting in LANGUAGES:
        return setting
    locale = locale or QLocale.system()
    names = [locale.name(), *locale.uiLanguages()]
    for name in names:
        if name.replace("-", "_").split("_")[0].lower() in NORWEGIAN:
            return "nb"
    return "en"


class Translations:
    """Owns the installed translators so the language can be changed at run time."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> bool:
        """Install the catalogues of ``language``; returns False if our own catalogue was missing."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        self.language = language
        ours = QTranslator(app)
        ok = ours.load(f"wikidesk_{language}", str(TRANSLATIONS_DIR))
        if ok:
            app.installTranslator(ours)
            self._installed.append(ours)
        if language == "nb":
            self._install_qt_catalogue(app)
        QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal if language == "nb" else QLocale.Language.English,
                                   QLocale.Country.Norway if language == "nb" else QLocale.Country.UnitedKingdom))
        return ok

    def _install_qt_catalogue(self, app: QCoreApplication) -> None:
        """Qt's own dialog texts: qtbase_nb where Qt ships it, else the nearest Scandinavian catalogue."""
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name in ("qtbase_nb", "qtbase_no", "qtbase_nn", "qtbase_da"):
            translator = QTranslator(app)
            if translator.load(name, qt_dir):
                app.installTranslator(translator)
                self._installed.append(translator)
                return
