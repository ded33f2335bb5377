"""The Noark 5 extraction (arkivuttrekk, Noark 5 version 5.0): the wiki as an archive a Norwegian archive takes in.

Files in ``OUT``::

    arkivuttrekk.xml     ADDML 8.3: what the extraction holds, with the SHA-256 of every XML and schema file
    arkivstruktur.xml    arkiv → arkivdel → mappe (one per space) → registrering (one per page) →
                         dokumentbeskrivelse → dokumentobjekt (one per saved version), each version's file with its
                         SHA-256 (sjekksum) and size
    endringslogg.xml     changes to metadata: renames (tittel) and moves (mappe) of pages, and the archive's
                         closing by this extraction (arkivstatus)
    *.xsd                Arkivverket's schemas (arkivstruktur, metadatakatalog, endringslogg, addml), unchanged
    dokumenter/<id>/<n>.txt   version n of a page: its file exactly as saved, Markdown with its YAML header,
                              UTF-8 plain text (RA-TEKST), an archival format the regulations accept for deposit

Why plain text, not PDF/A: a page *is* UTF-8 text; keeping its bytes unchanged keeps it authentic (the checksum in
the extraction equals the SHA-256 the wiki's own history gave that version), loses nothing (links, tags, the
header) and needs no converter; PDF/A would be a rendering of it. Attachments keep their format: PNG, JPEG, TIFF,
plain text and XML are archival formats (``Arkivformat``); anything else (Word, PDF not checked as PDF/A, ...) is
marked ``Produksjonsformat`` for the archive to convert. The mapping is in ``docs/export.md``.

Every ``systemID`` is a UUID derived from the wiki's ids (version 5), so extracting the same wiki twice gives the
same ids. Each page's revision DAG (ids, parents, authors, times, summaries) is in its registrering's
``virksomhetsspesifikkeMetadata``. Each comment of a page (its current version, replies after the comment they
answer) is a ``merknad`` (merknadstype "Kommentar") on the page's registrering.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import posixpath
import re
import shutil
import uuid
from collections.abc import Generator
from pathlib import Path

from lxml import etree

from wikidesk import __version__
from wikidesk.core.errors import WikiError
from wikidesk.core.history.model import Revision
from wikidesk.core.names import dir_to_space, stem_to_title
from wikidesk.core.page_ids import attachment_id
from wikidesk.core.pages import PageInfo
from wikidesk.core.wiki import Wiki

from .snapshot import ExportSummary, Progress, Snapshot, Staging, folder_size, take

SCHEMAS = Path(__file__).with_name("noark5_schemas")
SCHEMA_FILES = ("arkivstruktur.xsd", "metadatakatalog.xsd", "endringslogg.xsd", "addml.xsd")
N5 = "http://www.arkivverket.no/standarder/noark5/arkivstruktur"
N5_LOG = "http://www.arkivverket.no/standarder/noark5/endringslogg"
ADDML = "http://www.arkivverket.no/standarder/addml"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
WD = "urn:wikidesk:noark5:1"  # wikidesk's own metadata (virksomhetsspesifikkeMetadata)
ID_SPACE = uuid.UUID("6c1f3c1e-8a59-5d0e-9c1b-2f3e4d5a6b7c")
STEP = 25
ELECTRONIC = "Elektronisk arkiv"
# Attachment formats by extension: (Noark format code, archival format for deposit?)
FORMATS = {
    ".txt": ("RA-TEKST", True), ".md": ("RA-TEKST", True), ".csv": ("RA-TEKST", True), ".xml": ("RA-XML", True),
    ".png": ("RA-PNG", True), ".jpg": ("RA-JPEG", True), ".jpeg": ("RA-JPEG", True), ".tif": ("RA-TIFF6", True),
    ".tiff": ("RA-TIFF6", True), ".mp3": ("RA-MP3", True), ".pdf": ("PDF", False),
}  # fmt: skip
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def system_id(kind: str, key: str) -> str:
    return str(uuid.uuid5(ID_SPACE, f"{kind}:{key}"))


def _text(value: object, fallback: str) -> str:
    text = _NOT_XML.sub("", str(value or "")).strip()
    return text or fallback


def _when(value: str | None, fallback: str) -> str:
    """An ISO time as xs:dateTime (with its zone), or ``fallback`` if it is not one."""
    try:
        parsed = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except (TypeError, ValueError):
        return fallback
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.isoformat().replace("+00:00", "Z")


def _folder_name(item_id: str) -> str:
    """A page id as a folder name (ids come from the pages' headers: anything unusual is hashed)."""
    if re.fullmatch(r"[A-Za-z0-9_-]{1,64}", item_id):
        return item_id
    return "id-" + hashlib.sha256(item_id.encode("utf-8")).hexdigest()[:24]


def _el(parent: etree._Element, tag: str, text: object = None, ns: str = N5) -> etree._Element:
    el = etree.SubElement(parent, f"{{{ns}}}{tag}")
    if text is not None:
        el.text = str(text)
    return el


class _Extraction:
    def __init__(self, snap: Snapshot, folder: Path) -> None:
        self.snap = snap
        self.folder = folder
        self.now = snap.taken
        self.by = _text(snap.wiki.user, "wikidesk")
        times = [r.time for r in snap.all_revisions() if r.time]
        self.first = _when(min(times), self.now) if times else self.now
        self.last = _when(max(times), self.now) if times else self.now
        self.key = snap.wiki.wiki_id or snap.wiki.root.name
        self.documents = 0
        self.changes: list[dict[str, str]] = []

    # ----- documents -----------------------------------------------------------------------------------------
    def write_document(self, rel: str, content: bytes) -> tuple[str, int]:
        path = self.folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        self.documents += 1
        return hashlib.sha256(content).hexdigest(), len(content)

    def dokumentobjekt(self, parent: etree._Element, rev: Revision, version: int, content: bytes, *,
                       page: bool) -> None:
        ext = posixpath.splitext(rev.path)[1].lower()
        converted = False
        if page:
            code, archival, ext = "RA-TEKST", True, ".txt"
            try:
                content.decode("utf-8")
                details = "Ren tekst, UTF-8: Markdown (CommonMark) med YAML-hode, slik siden ble lagret"
            except UnicodeDecodeError:  # a file another editor saved in a legacy encoding: stored as UTF-8
                content = content.decode("cp1252", errors="replace").encode("utf-8")
                converted = True
                details = "Ren tekst, UTF-8 (konvertert fra Windows-1252): Markdown med YAML-hode"
        else:
            code, archival = FORMATS.get(ext, (ext.lstrip(".").upper() or "UKJENT", False))
            details = "Vedlegg i opprinnelig format" + ("" if archival else "; ikke et arkivformat for deponering")
        rel = f"dokumenter/{_folder_name(rev.page_id)}/{version}{ext}"
        digest, size = self.write_document(rel, content)
        obj = _el(parent, "dokumentobjekt")
        _el(obj, "systemID", system_id("dokumentobjekt", rev.id))
        _el(obj, "versjonsnummer", version)
        _el(obj, "variantformat", "Arkivformat" if archival else "Produksjonsformat")
        _el(obj, "format", code)
        _el(obj, "formatDetaljer", details)
        _el(obj, "opprettetDato", _when(rev.time, self.now))
        _el(obj, "opprettetAv", _text(rev.author, "ukjent"))
        _el(obj, "referanseDokumentfil", rel)
        _el(obj, "sjekksum", digest)
        _el(obj, "sjekksumAlgoritme", "SHA256")
        _el(obj, "filstoerrelse", size)
        if converted:
            conv = _el(obj, "konvertering")
            _el(conv, "konvertertDato", self.now)
            _el(conv, "konvertertAv", f"wikidesk {__version__}")
            _el(conv, "konvertertFraFormat", "Ren tekst, Windows-1252")
            _el(conv, "konvertertTilFormat", "RA-TEKST")

    # ----- a page ----------------------------------------------------------------------------------------------
    def registrering(self, item_id: str, info: PageInfo | None) -> etree._Element:
        snap = self.snap
        revs = snap.revisions.get(item_id, [])
        saved = [r for r in revs if r.blob is not None]
        last_path = (info.path if info else (saved[-1].path if saved else revs[-1].path))
        title = info.title if info else stem_to_title(posixpath.basename(last_path)[:-3])
        authors = list(dict.fromkeys(_text(r.author, "ukjent") for r in revs))
        created = _when(revs[0].time, self.now) if revs else self.now
        creator = _text(revs[0].author, "ukjent") if revs else self.by
        reg = etree.Element(f"{{{N5}}}registrering", nsmap={None: N5})
        reg_id = system_id("registrering", item_id)
        _el(reg, "systemID", reg_id)
        _el(reg, "opprettetDato", created)
        _el(reg, "opprettetAv", creator)
        _el(reg, "arkivertDato", self.now)
        _el(reg, "arkivertAv", self.by)
        doc = _el(reg, "dokumentbeskrivelse")
        _el(doc, "systemID", system_id("dokumentbeskrivelse", item_id))
        _el(doc, "dokumenttype", "Wikiside")
        _el(doc, "dokumentstatus", "Dokumentet er ferdigstilt")
        _el(doc, "tittel", _text(title, "(uten tittel)"))
        for author in authors:
            _el(doc, "forfatter", author)
        _el(doc, "opprettetDato", created)
        _el(doc, "opprettetAv", creator)
        _el(doc, "dokumentmedium", ELECTRONIC)
        _el(doc, "tilknyttetRegistreringSom", "Hoveddokument")
        _el(doc, "dokumentnummer", 1)
        _el(doc, "tilknyttetDato", created)
        _el(doc, "tilknyttetAv", creator)
        versions: dict[str, int] = {}
        for rev in saved:
            content = snap.content(rev)
            if content is None:
                continue
            versions[rev.id] = len(versions) + 1
            self.dokumentobjekt(doc, rev, versions[rev.id], content, page=True)
        if not saved and info is not None:  # no history: the file as it is now
            try:
                data = snap.read(info.path)
            except WikiError:
                data = b""
            fake = Revision(page_id=item_id, kind="page", path=info.path, blob="0" * 64, size=len(data), parents=(),
                            author=info.author or self.by, time=self.now, clock=0, summary="")
            self.dokumentobjekt(doc, fake, 1, data, page=True)
        _el(reg, "registreringsID", item_id)
        _el(reg, "tittel", _text(title, "(uten tittel)"))
        tags = info.tags if info else ()
        for tag in tags:
            _el(reg, "noekkelord", _text(tag, "-"))
        for author in authors:
            _el(reg, "forfatter", author)
        _el(reg, "dokumentmedium", ELECTRONIC)
        self._revision_metadata(_el(reg, "virksomhetsspesifikkeMetadata"), item_id, last_path, revs, versions)
        self._remarks(reg, item_id, revs, info)
        self._note_changes(reg_id, revs)
        return reg

    def _revision_metadata(self, parent: etree._Element, item_id: str, path: str, revs: list[Revision],
                           versions: dict[str, int]) -> None:
        side = etree.SubElement(parent, f"{{{WD}}}side", nsmap={"wd": WD})
        side.set("id", item_id)
        side.set("sti", _text(path, "-"))
        side.set("hoder", " ".join(self.snap.heads.get(item_id, [])))
        for rev in revs:
            el = etree.SubElement(side, f"{{{WD}}}revisjon")
            el.set("id", rev.id)
            if rev.id in versions:
                el.set("versjon", str(versions[rev.id]))
            else:
                el.set("slettet", "true")
            for name, value in (("sti", rev.path), ("forfatter", rev.author), ("tid", rev.time),
                                ("klokke", str(rev.clock)), ("sammendrag", rev.summary), ("innhold", rev.blob or "")):
                el.set(name, _text(value, ""))
            for parent_id in rev.parents:
                etree.SubElement(el, f"{{{WD}}}forelder").text = parent_id

    def _remarks(self, reg: etree._Element, item_id: str, revs: list[Revision], info: PageInfo | None) -> None:
        heads = self.snap.heads.get(item_id, [])
        by_id = {r.id: r for r in revs}
        if len(heads) > 1:
            names = ", ".join(f"{by_id[h].author} ({by_id[h].time})" for h in heads if h in by_id)
            self._merknad(reg, f"Siden har {len(heads)} samtidige versjoner som ikke er slått sammen: {names}. "
                               "Alle er med som dokumentobjekter.", "Konflikt", self.now, self.by)
        if info is None and revs and revs[-1].blob is None:
            last = revs[-1]
            self._merknad(reg, f"Siden ble slettet av {last.author} {last.time}; alle versjonene før det er med.",
                          "Sletting", _when(last.time, self.now), _text(last.author, "ukjent"))
        self._comments(reg, item_id)

    def _comments(self, reg: etree._Element, item_id: str) -> None:
        """One merknad per comment, as the discussion reads: each after the comment it answers. merknadsdato and
        merknadRegistrertAv are the comment's first writing; an edit or a deletion is said in the text."""
        by_id = {c.id: c for c in self.snap.comments.get(item_id, ())}
        threads = self.snap.threads(item_id)
        for _depth, thread in (w for t in threads for w in t.walk()):
            first, current = by_id[thread.id], thread.current
            parts = []
            parent = by_id.get(first.parent) if first.parent else None
            if parent is not None:
                parts.append(f"Svar på kommentaren fra {_text(parent.author, 'ukjent')} {parent.time}:")
            if current.deleted:
                parts.append(f"(Kommentaren ble slettet av {_text(current.author, 'ukjent')} {current.time}.)")
            else:
                parts.append(current.text)
                if thread.edited:
                    parts.append(f"(Redigert av {_text(current.author, 'ukjent')} {current.time}.)")
            self._merknad(reg, "\n".join(parts), "Kommentar", _when(first.time, self.now),
                          _text(first.author, "ukjent"))

    @staticmethod
    def _merknad(reg: etree._Element, text: str, kind: str, when: str, who: str) -> None:
        m = _el(reg, "merknad")
        _el(m, "merknadstekst", _text(text, "-"))
        _el(m, "merknadstype", kind)
        _el(m, "merknadsdato", when)
        _el(m, "merknadRegistrertAv", who)

    def _note_changes(self, reg_id: str, revs: list[Revision]) -> None:
        by_id = {r.id: r for r in revs}
        for rev in revs:
            if rev.blob is None or not rev.parents:
                continue
            parent = by_id.get(rev.parents[0])
            if parent is None or parent.path == rev.path:
                continue
            old_dir, _, old_name = parent.path.rpartition("/")
            new_dir, _, new_name = rev.path.rpartition("/")
            base = {"ref": reg_id, "when": _when(rev.time, self.now), "who": _text(rev.author, "ukjent")}
            if old_name != new_name:
                self.changes.append({**base, "what": "tittel", "old": _text(stem_to_title(old_name[:-3]), "-"),
                                     "new": _text(stem_to_title(new_name[:-3]), "-")})
            if old_dir != new_dir:
                self.changes.append({**base, "what": "mappe", "old": _text(dir_to_space(old_dir), "/"),
                                     "new": _text(dir_to_space(new_dir), "/")})

    def attachments_registrering(self, space: str, paths: list[str]) -> etree._Element:
        reg = etree.Element(f"{{{N5}}}registrering", nsmap={None: N5})
        reg_id = system_id("vedlegg", space)
        _el(reg, "systemID", reg_id)
        _el(reg, "opprettetDato", self.first)
        _el(reg, "opprettetAv", self.by)
        _el(reg, "arkivertDato", self.now)
        _el(reg, "arkivertAv", self.by)
        for n, rel in enumerate(paths, start=1):
            item_id = attachment_id(rel)
            revs = [r for r in self.snap.revisions.get(item_id, []) if r.blob is not None]
            if not revs:  # no history: the file as it is now
                try:
                    data = self.snap.read(rel)
                except WikiError:
                    continue
                revs = [Revision(page_id=item_id, kind="file", path=rel, blob="0" * 64, size=len(data), parents=(),
                                 author=self.by, time=self.now, clock=0, summary="")]
            created = _when(revs[0].time, self.now)
            doc = _el(reg, "dokumentbeskrivelse")
            _el(doc, "systemID", system_id("dokumentbeskrivelse", item_id))
            _el(doc, "dokumenttype", "Vedlegg")
            _el(doc, "dokumentstatus", "Dokumentet er ferdigstilt")
            _el(doc, "tittel", _text(posixpath.basename(rel), "(uten navn)"))
            _el(doc, "opprettetDato", created)
            _el(doc, "opprettetAv", _text(revs[0].author, "ukjent"))
            _el(doc, "dokumentmedium", ELECTRONIC)
            _el(doc, "tilknyttetRegistreringSom", "Vedlegg")
            _el(doc, "dokumentnummer", n)
            _el(doc, "tilknyttetDato", created)
            _el(doc, "tilknyttetAv", _text(revs[0].author, "ukjent"))
            for version, rev in enumerate(revs, start=1):
                content = self.snap.content(rev) if rev.clock else None
                if content is None:
                    content = self.snap.read(rel)
                self.dokumentobjekt(doc, rev, version, content, page=False)
        _el(reg, "registreringsID", f"vedlegg:{space or '/'}")
        _el(reg, "tittel", f"Vedlegg i {space}" if space else "Vedlegg")
        _el(reg, "dokumentmedium", ELECTRONIC)
        return reg


def export_noark5(wiki: Wiki, out: Path | str, *, space: str | None = None) -> Generator[Progress, None, ExportSummary]:
    """Write the Noark 5 extraction of ``wiki`` (or one space) to ``out``; yields progress, returns the summary."""
    with Staging(out, wiki_root=wiki.root) as staging:
        snap = yield from take(wiki, space)
        ex = _Extraction(snap, staging.path)
        yield from _write_arkivstruktur(ex)
        yield 0, 1, "Writing the change log and the description"
        _write_endringslogg(ex)
        for name in SCHEMA_FILES:
            shutil.copyfile(SCHEMAS / name, staging.path / name)
        _write_addml(ex)
        files, size = folder_size(staging.path)
        staging.commit()
    return ExportSummary("noark5", str(staging.out), pages=len(snap.pages), revisions=snap.revision_count,
                         files=files, bytes=size)


def _groups(snap: Snapshot) -> dict[str, tuple[list[tuple[str, PageInfo | None]], list[str]]]:
    """Per space: its pages (existing and deleted, by id) and its attachments."""
    groups: dict[str, tuple[list[tuple[str, PageInfo | None]], list[str]]] = {}
    current = {p.page_id for p in snap.pages}
    for info in snap.pages:
        groups.setdefault(info.space, ([], []))[0].append((info.page_id, info))
    current_files = {attachment_id(a) for a in snap.attachments}
    for item_id, revs in snap.revisions.items():
        if item_id in current or item_id in current_files or not revs or revs[-1].kind != "page":
            continue
        saved = [r for r in revs if r.blob is not None]
        if not saved:
            continue
        space = dir_to_space(saved[-1].path.rpartition("/")[0])
        groups.setdefault(space, ([], []))[0].append((item_id, None))
    for rel in snap.attachments:
        groups.setdefault(dir_to_space(rel.rpartition("/")[0]), ([], []))[1].append(rel)
    return dict(sorted(groups.items(), key=lambda kv: kv[0].casefold()))


def _xml(el: etree._Element) -> bytes:
    """One element serialized inside a document whose default namespace is Noark's (not declared again)."""
    return etree.tostring(el, encoding="utf-8").replace(f' xmlns="{N5}"'.encode(), b"", 1)


def _children(parent: etree._Element) -> bytes:
    return b"".join(_xml(child) for child in parent)


def _write_arkivstruktur(ex: _Extraction) -> Generator[Progress, None, None]:
    """Written as it goes (one registrering at a time), so a big wiki needs little memory."""
    snap = ex.snap
    groups = _groups(snap)
    total = sum(len(p) + len(a) for p, a in groups.values())
    done = 0
    name = snap.wiki.root.name
    with open(ex.folder / "arkivstruktur.xml", "wb") as out:
        out.write(b"<?xml version='1.0' encoding='utf-8'?>\n")
        out.write(f'<arkiv xmlns="{N5}" xmlns:xsi="{XSI}" xsi:schemaLocation="{N5} arkivstruktur.xsd">\n'.encode())
        head = etree.Element(f"{{{N5}}}x", nsmap={None: N5})
        _el(head, "systemID", system_id("arkiv", ex.key))
        _el(head, "tittel", _text(f"wikidesk: {name}", "wikidesk"))
        what = f"rommet {snap.space} i wikien" if snap.space else "wikien"
        _el(head, "beskrivelse", f"Arkivuttrekk av {what} {name}, laget av wikidesk {__version__} {ex.now}.")
        _el(head, "arkivstatus", "Avsluttet")
        _el(head, "dokumentmedium", ELECTRONIC)
        _el(head, "opprettetDato", ex.first)
        _el(head, "opprettetAv", ex.by)
        _el(head, "avsluttetDato", ex.now)
        _el(head, "avsluttetAv", ex.by)
        creator = _el(head, "arkivskaper")
        _el(creator, "arkivskaperID", _text(snap.wiki.wiki_id, name or "wikidesk"))
        _el(creator, "arkivskaperNavn", _text(name, "wikidesk"))
        out.write(_children(head) + b"\n<arkivdel>")
        part = etree.Element(f"{{{N5}}}x", nsmap={None: N5})
        _el(part, "systemID", system_id("arkivdel", ex.key + ":" + (snap.space or "")))
        _el(part, "tittel", _text(snap.space or name, "wikidesk"))
        _el(part, "arkivdelstatus", "Avsluttet periode")
        _el(part, "dokumentmedium", ELECTRONIC)
        _el(part, "opprettetDato", ex.first)
        _el(part, "opprettetAv", ex.by)
        _el(part, "avsluttetDato", ex.now)
        _el(part, "avsluttetAv", ex.by)
        _el(part, "arkivperiodeStartDato", ex.first[:10])
        _el(part, "arkivperiodeSluttDato", ex.now[:10])
        out.write(_children(part) + b"\n")
        for number, (space, (pages, files)) in enumerate(groups.items(), start=1):
            head = etree.Element(f"{{{N5}}}x", nsmap={None: N5})
            _el(head, "systemID", system_id("mappe", ex.key + ":" + space))
            _el(head, "mappeID", str(number))
            _el(head, "tittel", _text(space, "(øverste nivå)"))
            _el(head, "dokumentmedium", ELECTRONIC)
            _el(head, "opprettetDato", ex.first)
            _el(head, "opprettetAv", ex.by)
            _el(head, "avsluttetDato", ex.now)
            _el(head, "avsluttetAv", ex.by)
            out.write(b"<mappe>" + _children(head) + b"\n")
            for item_id, info in pages:
                if done % STEP == 0:
                    yield done, total, "Writing the archive structure"
                done += 1
                out.write(_xml(ex.registrering(item_id, info)) + b"\n")
            if files:
                done += len(files)
                out.write(_xml(ex.attachments_registrering(space, files)) + b"\n")
            out.write(b"</mappe>\n")
        out.write(b"</arkivdel>\n</arkiv>\n")
    yield total, total, "Wrote the archive structure"


def _write_endringslogg(ex: _Extraction) -> None:
    root = etree.Element(f"{{{N5_LOG}}}endringslogg", nsmap={None: N5_LOG, "xsi": XSI})
    root.set(f"{{{XSI}}}schemaLocation", f"{N5_LOG} endringslogg.xsd")
    closing = {"ref": system_id("arkiv", ex.key), "what": "arkivstatus", "when": ex.now, "who": ex.by,
               "old": "Opprettet", "new": "Avsluttet"}
    for change in [closing, *sorted(ex.changes, key=lambda c: c["when"])]:
        el = _el(root, "endring", ns=N5_LOG)
        _el(el, "referanseArkivenhet", change["ref"], N5_LOG)
        _el(el, "referanseMetadata", change["what"], N5_LOG)
        _el(el, "endretDato", change["when"], N5_LOG)
        _el(el, "endretAv", change["who"], N5_LOG)
        _el(el, "tidligereVerdi", change["old"], N5_LOG)
        _el(el, "nyVerdi", change["new"], N5_LOG)
    etree.ElementTree(root).write(str(ex.folder / "endringslogg.xml"), encoding="utf-8", xml_declaration=True,
                                  pretty_print=True)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _prop(parent: etree._Element, name: str, value: str | None = None) -> etree._Element:
    prop = etree.SubElement(parent, f"{{{ADDML}}}property", name=name)
    if value is not None:
        etree.SubElement(prop, f"{{{ADDML}}}value").text = value
    return prop


def _file_props(parent: etree._Element, folder: Path, name: str, kind: str) -> None:
    props = etree.SubElement(_prop(parent, kind), f"{{{ADDML}}}properties")
    _prop(props, "name", name)
    _prop(props, "format", "XML")
    checksum = etree.SubElement(_prop(props, "checksum"), f"{{{ADDML}}}properties")
    _prop(checksum, "algorithm", "SHA256")
    _prop(checksum, "value", _sha256(folder / name))


def _write_addml(ex: _Extraction) -> None:
    snap = ex.snap
    root = etree.Element(f"{{{ADDML}}}addml", nsmap={None: ADDML, "xsi": XSI})
    root.set(f"{{{XSI}}}schemaLocation", f"{ADDML} addml.xsd")
    root.set("name", "Noark 5 arkivuttrekk")
    dataset = etree.SubElement(root, f"{{{ADDML}}}dataset", name="Noark 5 arkivuttrekk")
    etree.SubElement(dataset, f"{{{ADDML}}}description").text = (
        f"Arkivuttrekk etter Noark 5 versjon 5.0 av wikien {snap.wiki.root.name}"
        + (f" (rommet {snap.space})" if snap.space else "") + f", laget av wikidesk {__version__}.")
    reference = etree.SubElement(dataset, f"{{{ADDML}}}reference")
    context = etree.SubElement(reference, f"{{{ADDML}}}context")
    elements = etree.SubElement(context, f"{{{ADDML}}}additionalElements")
    for name, value in (("recordCreator", snap.wiki.root.name), ("systemType", "Noark 5"),
                        ("systemName", "wikidesk"), ("systemVersion", __version__),
                        ("archivalDataFormat", "Noark 5 versjon 5.0"), ("extractionDate", ex.now)):
        el = etree.SubElement(elements, f"{{{ADDML}}}additionalElement", name=name)
        etree.SubElement(el, f"{{{ADDML}}}value").text = _text(value, "-")
    content = etree.SubElement(reference, f"{{{ADDML}}}content")
    elements = etree.SubElement(content, f"{{{ADDML}}}additionalElements")
    period = etree.SubElement(elements, f"{{{ADDML}}}additionalElement", name="archivalPeriod")
    props = etree.SubElement(period, f"{{{ADDML}}}properties")
    _prop(props, "startDate", ex.first[:10])
    _prop(props, "endDate", ex.now[:10])
    objects = etree.SubElement(dataset, f"{{{ADDML}}}dataObjects")
    top = etree.SubElement(objects, f"{{{ADDML}}}dataObject", name="Noark 5 arkivuttrekk")
    info = etree.SubElement(top, f"{{{ADDML}}}properties")
    _prop(info, "numberOfDocumentFiles", str(ex.documents))
    _prop(info, "documentFolder", "dokumenter")
    inner = etree.SubElement(top, f"{{{ADDML}}}dataObjects")
    for name, schemas in (("arkivstruktur", ("arkivstruktur.xsd", "metadatakatalog.xsd")),
                          ("endringslogg", ("endringslogg.xsd", "metadatakatalog.xsd"))):
        obj = etree.SubElement(inner, f"{{{ADDML}}}dataObject", name=name)
        props = etree.SubElement(obj, f"{{{ADDML}}}properties")
        _file_props(props, ex.folder, f"{name}.xml", "file")
        for schema in schemas:
            _file_props(props, ex.folder, schema, "schema")
    obj = etree.SubElement(inner, f"{{{ADDML}}}dataObject", name="arkivuttrekk")
    props = etree.SubElement(obj, f"{{{ADDML}}}properties")
    _file_props(props, ex.folder, "addml.xsd", "schema")
    etree.ElementTree(root).write(str(ex.folder / "arkivuttrekk.xml"), encoding="utf-8", xml_declaration=True,
                                  pretty_print=True)
