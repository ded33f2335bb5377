"""Search for one open wiki, as the UI and the CLI use it: index + live updates + background (re)build.

``WikiSearch(wiki).start()`` opens the wiki's index in the per-user cache, subscribes to the wiki's changes,
and brings the index up to date in the background: a full rebuild when the index was missing, corrupt or
incompatible, otherwise a catch-up of the pages changed while the app was closed. Searching works meanwhile
(results say the index is being built). A UI that prefers to run the job in its own worker calls
:meth:`WikiSearch.update_job` instead of :meth:`start` and iterates it there.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wikidesk.core import paths
from wikidesk.core.search.build import Progress, build
from wikidesk.core.search.index import IndexBusyError, SearchIndex
from wikidesk.core.search.records import replace
from wikidesk.core.search.results import SearchResults
from wikidesk.core.search.updater import LiveUpdater

log = logging.getLogger(__name__)
BUSY_RETRY = 2.0  # seconds before a build blocked by another process's writer is tried again

PROBLEM_TEXT = {
    "missing": "The search index is being built",
    "corrupt": "The search index was damaged and is being rebuilt",
    "incompatible": "The search index is from another version and is being rebuilt",
    "rebuild": "The search index is being rebuilt",
    "compact": "The search index is being rebuilt to free the space old versions of pages took",
}


@dataclass(frozen=True)
class IndexStatus:
    path: str
    documents: int
    size_bytes: int
    complete: bool  # a build has finished since the index was created
    problem: str | None  # why it was (re)created, until a build completes
    building: bool
    progress: Progress | None
    pending: int  # updates queued but not yet committed
    last_error: str | None

    def to_json(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["progress"] = list(self.progress) if self.progress else None
        return data


class WikiSearch:
    """The search side of an open wiki."""

    def __init__(self, wiki: Any, index_path: Path | None = None, *, workers: int | None = None):
        self.wiki = wiki
        self.root = Path(wiki.root)
        self.index = SearchIndex(index_path or paths.index_dir(self.root))
        self.updater = LiveUpdater(self.index, self.root)
        self.workers = workers
        self.progress: Progress | None = None
        self._job: threading.Thread | None = None
        self._cancel = threading.Event()

    # --- lifecycle -------------------------------------------------------------------------------------------------

    def start(self, on_progress: Callable[[int, int, str], None] | None = None) -> None:
        """Follow the wiki's changes and update the index in the background."""
        self.updater.attach(self.wiki)
        self._job = threading.Thread(
            target=self._run_job, args=(on_progress,), name="wikidesk-index-build", daemon=True
        )
        self._job.start()

    def _run_job(self, on_progress: Callable[[int, int, str], None] | None) -> None:
        delay = BUSY_RETRY
        while not self._cancel.is_set():
            job = self.update_job()
            try:
                for step in job:
                    if on_progress is not None:
                        on_progress(*step)
                    if self._cancel.is_set():
                        break
                return
            except IndexBusyError as exc:  # another wikidesk process is writing: try again later
                self.progress = (0, 0, str(exc))
                if on_progress is not None:
                    on_progress(0, 0, str(exc))
            except Exception:  # a failed background build must not take the app down
                log.exception("search index build failed")
                self.progress = None
                return
            finally:
                job.close()
            self._cancel.wait(delay)
            delay = min(delay * 2, 60.0)
        self.progress = None

    def update_job(self, full: bool = False) -> Iterator[Progress]:
        """The (re)build as a generator of ``(done, total, message)``; stopping it early keeps what is done."""
        for step in build(self.index, self.root, full=full, workers=self.workers):
            self.progress = step
            yield step
        self.progress = None

    @property
    def building(self) -> bool:
        return self.progress is not None

    def wait(self, timeout: float = 60.0) -> bool:
        """Wait for the background build and all live updates (tests, CLI)."""
        if self._job is not None:
            self._job.join(timeout)
            if self._job.is_alive():
                return False
        return self.updater.wait_idle(timeout)

    def close(self) -> None:
        self._cancel.set()
        if self._job is not None:
            self._job.join(30)
        self.updater.close()
        self.index.close()

    # --- queries ---------------------------------------------------------------------------------------------------

    def search(self, text: str, limit: int = 10, offset: int = 0) -> SearchResults:
        results = self.index.search(text, limit=limit, offset=offset)
        if self.building or not self.index.build_complete:
            done, total, _ = self.progress or (0, 0, "")
            what = PROBLEM_TEXT.get(self.index.problem or "", "The search index is being updated")
            share = f" ({done} of {total} pages)" if total else ""
            results = replace(results, notes=[*results.notes, f"{what}{share}; results may be incomplete."])
        return results

    def status(self) -> IndexStatus:
        return index_status(self.index, self.progress, self.updater.last_error)


def index_status(index: SearchIndex, progress: Progress | None = None, last_error: str | None = None) -> IndexStatus:
    size = sum(f.stat().st_size for f in index.path.iterdir() if f.is_file()) if index.path.is_dir() else 0
    complete = index.build_complete
    return IndexStatus(
        path=str(index.path),
        documents=index.num_docs,
        size_bytes=size,
        complete=complete,
        problem=None if complete else index.problem,
        building=progress is not None,
        progress=progress,
        pending=index.pending,
        last_error=last_error,
    )
