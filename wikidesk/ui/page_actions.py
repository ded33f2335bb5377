"""New, rename/move and delete, with their dialogs (non-blocking, so the window keeps running)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from wikidesk.core.habits import templates
from wikidesk.core.pages import Page, PageInfo
from wikidesk.ui.dialogs.page_name import PageNameDialog
from wikidesk.ui.page_view import PageView
from wikidesk.ui.session import WikiSession


class PageActions(QObject):
    def __init__(self, window: QWidget, session: WikiSession, view: PageView) -> None:
        super().__init__(window)
        self.window, self.session, self.view = window, session, view
        self.dialog: PageNameDialog | QMessageBox | None = None

    def new_page(self, space: str | None = None, title: str = "") -> PageNameDialog:
        """Ask for a title and create the page (``space`` defaults to the open page's space)."""
        if space is None:
            space = self.view.page.info.space if self.view.page else ""
        dialog = PageNameDialog(self.window, heading=self.tr("New Page"), ok_text=self.tr("Create"), title=title,
                                space=space, spaces=self.session.wiki.spaces() if self.session.loaded else [],
                                offer_templates=True)
        dialog.accepted.connect(lambda: self.create(dialog.title, dialog.space, template=dialog.template))
        self._open(dialog)
        wiki, language = self.session.wiki, self.tr("en", "the language code of this translation (nb or en)")
        self.session.run("list templates", lambda: [(t.name, t.title, t.description)
                                                    for t in templates.available(wiki, language)],
                         self.tr("The templates could not be read."), dialog.set_templates, lane="read")
        return dialog

    def create(self, title: str, space: str, body: str = "", *, template: str = "") -> None:
        if not template:
            self.session.create(title, space, lambda page: self.view.open(page.info.page_id), body=body)
            return
        wiki = self.session.wiki
        self.session.run("create page", lambda: templates.create(wiki, title, templates.find(wiki, template),
                                                                 space=space),
                         self.tr("The page could not be created."), lambda page: self.view.open(page.info.page_id))

    def rename(self, info: PageInfo | None = None) -> PageNameDialog | None:
        info = info or (self.view.page.info if self.view.page else None)
        if info is None:
            return None
        dialog = PageNameDialog(self.window, heading=self.tr("Rename or Move Page"), ok_text=self.tr("Rename"),
                                title=info.title, space=info.space, spaces=self.session.wiki.spaces())
        dialog.accepted.connect(lambda: self._do_rename(info, dialog.title, dialog.space))
        self._open(dialog)
        return dialog

    def _do_rename(self, info: PageInfo, title: str, space: str) -> None:
        if self.view.page is not None and self.view.page.info.page_id == info.page_id:
            self.view.editor.save()  # queued on the write lane before the rename
        self.session.rename(info, title, space, self._renamed)

    def _renamed(self, page: Page) -> None:
        if self.view.page is not None and self.view.page.info.page_id == page.info.page_id:
            self.view.adopt(page)

    def delete(self, info: PageInfo | None = None) -> QMessageBox | None:
        info = info or (self.view.page.info if self.view.page else None)
        if info is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete Page"),
                          self.tr("Delete “%1”? Its history is kept and it can be restored.").replace(
                              "%1", info.title),
                          QMessageBox.StandardButton.Cancel, self.window)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self._do_delete(info) if button is delete else None)
        self._open(box)
        return box

    def _do_delete(self, info: PageInfo) -> None:
        if self.view.page is not None and self.view.page.info.page_id == info.page_id:
            self.view.editor.dirty = False
            self.view.close_page()
        self.view.navigator.forget(info.page_id)
        self.session.delete(info)

    def _open(self, dialog: PageNameDialog | QMessageBox) -> None:
        self.dialog = dialog
        dialog.setModal(True)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
