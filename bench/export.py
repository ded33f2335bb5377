"""Export time and size of a 10,000-page wiki with history, in each format (static site, archive package, Noark 5).

The wiki is the synthetic corpus wiki (``bench/corpus.py``), taken into history (one revision per page), then given
``--edits`` more revisions per page (an appended paragraph each, by rotating authors), the last one in the folder.
Each export then runs once from a freshly opened wiki; time, files and bytes are printed.

Usage: python bench/export.py [--pages 10000] [--edits 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import cached_wiki
from bench.machine import cpu_model
from wikidesk.core.export.bagit_archive import export_archive, import_archive
from wikidesk.core.export.noark5 import export_noark5
from wikidesk.core.export.snapshot import drain, folder_size
from wikidesk.core.export.static_site import export_site
from wikidesk.core.history.model import blob_hash
from wikidesk.core.opening import open_wiki

AUTHORS = ("kari", "ola", "per", "ingrid", "nils")


def make_history(root: Path, edits: int) -> int:
    wiki = open_wiki(root, user="bench")  # the first open takes every page into history
    history = wiki.history
    assert history is not None
    infos = wiki.pages()
    with history.db.transaction():
        for n, info in enumerate(infos):
            data = wiki.read_bytes(info.path)
            for e in range(edits):
                data += f"\nEndring {e + 1}: oppdatert rutine for {info.title}.\n".encode()
                history.record(page_id=info.page_id, path=info.path, data=data, author=AUTHORS[(n + e) % 5],
                               summary=f"Endring {e + 1}")
            (root / info.path).write_bytes(data)
            history.track(info.page_id, info.path, history.heads(info.page_id)[0].id, blob_hash(data))
    count = len(history.revision_ids())
    history.close()
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10000)
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep the exports here instead of a temporary folder")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="wikidesk-export-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    source = cached_wiki(args.pages)
    root = work / "wiki"
    if root.exists():
        shutil.rmtree(root)
    started = time.perf_counter()
    shutil.copytree(source, root, ignore=shutil.ignore_patterns(".complete"))
    revisions = make_history(root, args.edits)
    wiki_files, wiki_bytes = folder_size(root)
    print(f"machine: {cpu_model()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    print(f"wiki: {args.pages} pages, {revisions} revisions, folder {wiki_bytes / 1e6:.1f} MB in {wiki_files} files "
          f"(prepared in {time.perf_counter() - started:.0f} s)")
    for name, export in (("html", export_site), ("archive", export_archive), ("noark5", export_noark5)):
        wiki = open_wiki(root)
        out = work / name
        if out.exists():
            shutil.rmtree(out)
        t0 = time.perf_counter()
        summary = drain(export(wiki, out))
        took = time.perf_counter() - t0
        wiki.history.close()  # type: ignore[union-attr]
        files, size = folder_size(out)
        print(f"{name:8s} {took:7.1f} s  {size / 1e6:8.1f} MB  {files:7d} files  ({summary.pages} pages, "
              f"{summary.revisions} revisions)  load {os.getloadavg()[0]:.1f}")
    back = work / "imported"
    if back.exists():
        shutil.rmtree(back)
    t0 = time.perf_counter()
    summary = drain(import_archive(work / "archive", back))
    print(f"import   {time.perf_counter() - t0:7.1f} s  ({summary.revisions} revisions, {summary.files} files)")
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
