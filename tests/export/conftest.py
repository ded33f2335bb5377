"""A small wiki with everything an export must carry: spaces, links (also to a missing page and across spaces), tags,
an image and another attachment, a page whose name needs escaping, a renamed and moved page, a deleted page, a page
with several versions, a page in conflict (two concurrent heads), and comments on "Velkommen": a thread with a
reply (text with markup that must stay text), an edited comment and a deleted one."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from wikidesk.core.comments import CommentStore
from wikidesk.core.history.model import Revision, blob_hash
from wikidesk.core.opening import init_wiki, open_wiki
from wikidesk.core.wiki import Wiki

COMMENT = 'Husk <b>fet</b> & <script>alert("kommentar")</script> før møtet'
REPLY = "Enig, jeg tar med kaffe."
EDITED = "Rettet: møtet er torsdag."
DELETED = "Denne kommentaren angret jeg på."


def png_bytes(width: int = 3, height: int = 2) -> bytes:
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def build(root: Path) -> None:
    wiki = init_wiki(root, user="kari")
    welcome = wiki.create("Velkommen", tags=["start"], body=(
        "# Velkommen\n\nSe [[Skriveroppsett]] og [[Møte: referat]]. Her er kartet:\n\n![[kart.png]]\n\n"
        "Les [[Finnes ikke]] senere. Søknadene behandles raskt. #rutine\n\n"
        '<script>alert("x")</script><a href="javascript:alert(1)">farlig</a>\n'))
    wiki.attach("Velkommen", "kart.png", png_bytes())
    printer = wiki.create("Skriveroppsett", space="IT", tags=["it"], body="Koble til skriveren.\n\n[[Velkommen]]\n")
    wiki.save(printer.info, "Koble til skriveren på rådhuset.\n\nSe [[Velkommen]] og [[Velkommen#Velkommen]].\n",
              summary="Mer presist")
    wiki.attach("IT/Skriveroppsett", "oppsett.docx", b"PK\x03\x04 not really a docx")
    wiki.create("Møte: referat", body="Referat fra møtet. Tilbake til [[Velkommen]].\n")
    old = wiki.create("Gammel tittel", space="HR", body="Rutiner for nyansatte.\n")
    wiki.rename(old.info, "Rutiner", new_space="IT")
    gone = wiki.create("Utgått", body="Denne siden er borte.\n")
    wiki.delete(gone.info)
    conflict = wiki.create("Konflikt", space="IT", body="linje en\nlinje to\n")
    history = wiki.history
    assert history is not None
    base = history.heads(conflict.info.page_id)[0]
    data = wiki.read_bytes(conflict.info.path)
    for n, who in enumerate(("ola", "per"), start=1):
        text = data.replace(b"linje en", f"linje en, endret av {who}".encode())
        rev = Revision(page_id=base.page_id, kind="page", path=base.path, blob=blob_hash(text), size=len(text),
                       parents=(base.id,), author=who, time=f"2026-03-0{n}T10:00:00Z", clock=base.clock + 1,
                       summary=f"{who} endret")
        history.add(rev, text, published=True)
    shown = max(history.heads(base.page_id), key=lambda r: r.rank())  # as sync shows a conflict: the best head
    content = history.content(shown)
    assert content is not None
    wiki.apply_remote(page_id=shown.page_id, path=shown.path, data=content)
    history.track(shown.page_id, shown.path, shown.id, blob_hash(content))
    page_id = welcome.info.page_id
    with CommentStore.of(wiki) as comments:
        first = comments.add(history, page_id, COMMENT, author="kari")
        comments.add(history, page_id, REPLY, author="ola", parent=first.id)
        edited = comments.add(history, page_id, "Første utkast av kommentaren.", author="per")
        comments.edit(history, page_id, edited.id, EDITED, author="per")
        gone = comments.delete(history, page_id, comments.add(history, page_id, DELETED, author="ola").id,
                               author="ola")
        assert gone.deleted
    history.close()


@pytest.fixture(scope="session")
def built_wiki(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("export") / "wiki"
    build(root)
    return root


@pytest.fixture
def wiki(built_wiki: Path) -> Iterator[Wiki]:
    opened = open_wiki(built_wiki)
    yield opened
    if opened.history is not None:
        opened.history.close()
