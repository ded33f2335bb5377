"""File menu: export the wiki (web site, archive package, Noark 5) and print a page or a space to PDF.

Exports run as long tasks (off the UI thread, progress and Cancel in the status bar's work indicator); the core
writes into a temporary folder and renames it at the end, so a cancelled export leaves nothing behind. Printing uses
Qt's own PDF writer (``QPdfWriter`` + ``QTextDocument.print_``); the pages' HTML is made in a worker.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QMarginsF, QObject, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QMainWindow

from wikidesk.core.markdown import pygments_css
from wikidesk.ui.tasks import Cancelled

CONTEXT = "ExportProgress"
# The core's export progress lines, in the person's language (the work indicator shows them as they come).
PROGRESS = [
    QT_TRANSLATE_NOOP("ExportProgress", "Reading the page list"),
    QT_TRANSLATE_NOOP("ExportProgress", "Reading page history"),
    QT_TRANSLATE_NOOP("ExportProgress", "Read page history"),
    QT_TRANSLATE_NOOP("ExportProgress", "Rendering pages"),
    QT_TRANSLATE_NOOP("ExportProgress", "Writing pages"),
    QT_TRANSLATE_NOOP("ExportProgress", "Copying pages"),
    QT_TRANSLATE_NOOP("ExportProgress", "Copying attachments"),
    QT_TRANSLATE_NOOP("ExportProgress", "Copying page history"),
    QT_TRANSLATE_NOOP("ExportProgress", "Writing the index and the search"),
    QT_TRANSLATE_NOOP("ExportProgress", "Writing the bag's checksums"),
    QT_TRANSLATE_NOOP("ExportProgress", "Writing the archive structure"),
    QT_TRANSLATE_NOOP("ExportProgress", "Wrote the archive structure"),
    QT_TRANSLATE_NOOP("ExportProgress", "Writing the change log and the description"),
]
PRINT_CSS = """
body { font-size: 11pt; }
h1 { font-size: 18pt; } h2 { font-size: 15pt; } h3 { font-size: 13pt; }
p.space { color: #5f6368; }
pre, code { font-family: monospace; background-color: #f3f3f3; }
table { border-collapse: collapse; } th, td { border: 1px solid #b8b8b8; padding: 4px; }
"""


def translated(steps: Generator[tuple[int, int, str], None, Any]) -> Generator[tuple[int, int, str], None, Any]:
    """The core's progress with each line in the app's language."""
    while True:
        try:
            done, total, message = next(steps)
        except StopIteration as stop:
            return stop.value
        except GeneratorExit:
            steps.close()
            raise
        try:
            yield done, total, QCoreApplication.translate(CONTEXT, message)
        except GeneratorExit:
            steps.close()  # cancelled: the core removes its temporary folder
            raise


class ExportActions(QObject):
    """The export and print commands of one main window (``window.session``, ``window.work``, messages)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session  # type: ignore[attr-defined]

    def connect(self, actions: Any) -> None:
        actions.connect("export_site", lambda: self.export("html"))
        actions.connect("export_archive", lambda: self.export("archive"))
        actions.connect("export_noark5", lambda: self.export("noark5"))
        actions.connect("print_page", self.print_page)
        actions.connect("print_space", self.print_space)

    def _titles(self) -> dict[str, str]:
        return {"html": self.tr("Exporting the wiki as a web site"),
                "archive": self.tr("Exporting the archive package"),
                "noark5": self.tr("Exporting for the archive (Noark 5)")}

    def _ask_folder(self, fmt: str) -> str:
        captions = {"html": self.tr("Export as web site"), "archive": self.tr("Export archive package"),
                    "noark5": self.tr("Export for the archive (Noark 5)")}
        suggested = {"html": self.tr("web site"), "archive": self.tr("archive package"),
                     "noark5": self.tr("Noark 5 extraction")}
        start = str(Path.home() / f"{self.session.root.name} – {suggested[fmt]}")
        path, _filter = QFileDialog.getSaveFileName(self.window, captions[fmt], start, "",
                                                    options=QFileDialog.Option.DontConfirmOverwrite)
        return path

    def export(self, fmt: str, out: str | None = None) -> None:
        """Ask for a new folder (unless ``out`` is given) and export into it in the background."""
        out = out or self._ask_folder(fmt)
        if not out:
            return
        wiki = self.session.wiki
        language = "nb" if QLocale().language() == QLocale.Language.NorwegianBokmal else "en"

        def work() -> Generator[tuple[int, int, str], None, Any]:
            if fmt == "html":
                from wikidesk.core.export.static_site import export_site

                return translated(export_site(wiki, out, language=language))
            if fmt == "archive":
                from wikidesk.core.export.bagit_archive import export_archive

                return translated(export_archive(wiki, out, language=language))
            from wikidesk.core.export.noark5 import export_noark5

            return translated(export_noark5(wiki, out))

        self._run(f"export {fmt}", self._titles()[fmt], work, lambda summary: self.tr(
            "Exported %n page(s) to %1.", "", summary.pages).replace("%1", summary.out))

    def _run(self, name: str, title: str, fn: Callable[[], Any], done_text: Callable[[Any], str]) -> None:
        def finished(result: Any) -> None:
            self.session.messages.info(done_text(result))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                self.session.messages.info(self.tr("Cancelled; nothing was written."))
            else:
                self.session.messages.error(self.tr("The export or printing could not be finished."), exc)

        task = self.session.tasks.submit(name, fn, on_done=finished, on_error=failed, lane="long")
        self.window.work.track(task, title)  # type: ignore[attr-defined]

    # ----- printing ------------------------------------------------------------------------------------------
    def _current(self) -> Any:
        return self.window.view.page  # type: ignore[attr-defined]

    def print_page(self, out: str | None = None) -> None:
        page = self._current()
        if page is None:
            self.session.messages.info(self.tr("Open a page to print it."))
            return
        out = out or self._ask_pdf(page.info.title)
        if not out:
            return
        from wikidesk.core.export.print_html import page_html

        wiki, info = self.session.wiki, page.info
        self._print(out, lambda: page_html(wiki, info), self.tr("Printing the page"))

    def print_space(self, out: str | None = None) -> None:
        page = self._current()
        space = page.info.space if page is not None else ""
        out = out or self._ask_pdf(space or self.session.root.name)
        if not out:
            return
        from wikidesk.core.export.print_html import space_html

        wiki = self.session.wiki
        self._print(out, lambda: translated(space_html(wiki, space)), self.tr("Printing the space"))

    def _ask_pdf(self, name: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(self.window, self.tr("Print to PDF"),
                                                    str(Path.home() / f"{name}.pdf"), self.tr("PDF files (*.pdf)"))
        return path

    def _print(self, out: str, make_html: Callable[[], Any], title: str) -> None:
        def finished(body: str) -> None:
            try:
                write_pdf(body, out, self.session.root)
            except OSError as exc:
                self.session.messages.error(self.tr("The export or printing could not be finished."), exc)
                return
            self.session.messages.info(self.tr("Printed to %1.").replace("%1", out))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                self.session.messages.info(self.tr("Cancelled; nothing was written."))
            else:
                self.session.messages.error(self.tr("The export or printing could not be finished."), exc)

        task = self.session.tasks.submit("print", make_html, on_done=finished, on_error=failed, lane="long")
        self.window.work.track(task, title)  # type: ignore[attr-defined]


def write_pdf(body: str, out: str, root: Path) -> None:
    """``body`` (HTML) as an A4 PDF through Qt's own writer (on the UI thread: images load as pixmaps)."""
    doc = QTextDocument()
    doc.setDefaultStyleSheet(PRINT_CSS + pygments_css(False))
    doc.setBaseUrl(QUrl.fromLocalFile(str(root) + "/"))
    doc.setHtml(f"<html><body>{body}</body></html>")
    writer = QPdfWriter(out)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(Path(out).stem)
    writer.setCreator("wikidesk")
    doc.print_(writer)
    del writer  # finishes the file
    if not Path(out).is_file():
        raise OSError(f"{out} was not written")
