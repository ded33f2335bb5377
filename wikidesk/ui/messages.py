"""One bridge for non-modal messages and errors: core errors become one sentence, bugs a logged notice.

Panels call :meth:`MessageBridge.error` or :meth:`MessageBridge.info`; the main window shows what the bridge emits
in its message bar. ``sys.excepthook`` and ``threading.excepthook`` route unexpected exceptions here too, so a bug never
ends up only on stderr and never shows a traceback to the user.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal

from wikidesk.core.errors import WikiError

log = logging.getLogger("wikidesk.ui")

INFO, WARNING, ERROR = "info", "warning", "error"


class MessageBridge(QObject):
    """Emits ``message(level, text, detail)``; safe to call from any thread (delivery is queued to the UI thread)."""

    message = Signal(str, str, str)

    def info(self, text: str, detail: str = "") -> None:
        self.message.emit(INFO, text, detail)

    def warning(self, text: str, detail: str = "") -> None:
        self.message.emit(WARNING, text, detail)

    def action_failed(self) -> str:
        return self.tr("An action could not be completed.")

    def error(self, framing: str, exc: BaseException) -> None:
        """Show ``framing`` (already translated: what failed) with the core's own sentence, or a bug notice."""
        if isinstance(exc, WikiError):
            self.message.emit(ERROR, framing, str(exc))
            return
        log.error("Unexpected error: %s", framing, exc_info=(type(exc), exc, exc.__traceback__))
        self.message.emit(ERROR, framing, self.bug_text())

    def bug_text(self) -> str:
        return self.tr("Something unexpected went wrong (this is a bug). The details were written to the log file.")


def install_excepthooks(bridge: MessageBridge) -> None:
    """Route uncaught exceptions (UI thread and worker threads) to the log and the message bar."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("Uncaught exception:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if QCoreApplication.instance() is not None:
            bridge.error(bridge.action_failed(), exc)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
