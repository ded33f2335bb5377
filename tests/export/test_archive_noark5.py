"""The archive package validates as a BagIt bag and rebuilds the wiki with the same history; the Noark 5 extraction
validates against Arkivverket's schemas and every checksum in it matches its file."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from wikidesk.core.comments import CommentStore
from wikidesk.core.errors import AlreadyExistsError
from wikidesk.core.export.bagit_archive import ArchiveError, export_archive, import_archive
from wikidesk.core.export.noark5 import SCHEMA_FILES, SCHEMAS, export_noark5
from wikidesk.core.export.snapshot import drain
from wikidesk.core.opening import open_wiki

from .conftest import COMMENT, DELETED, EDITED, REPLY

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference" / "noark5-v5.0"
N5 = "{http://www.arkivverket.no/standarder/noark5/arkivstruktur}"
LOG = "{http://www.arkivverket.no/standarder/noark5/endringslogg}"
ADDML = "{http://www.arkivverket.no/standarder/addml}"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def bag(wiki, tmp_path: Path) -> Path:
    drain(export_archive(wiki, tmp_path / "bag"))
    return tmp_path / "bag"


def test_bag_validates_with_bagit_py(bag: Path) -> None:
    tool = Path(sys.executable).with_name("bagit.py")
    done = subprocess.run([str(tool), "--validate", str(bag)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"{bag} is valid" in done.stderr


def test_bag_holds_pages_history_attachments_and_html(wiki, bag: Path) -> None:
    manifest = json.loads((bag / "data" / "manifest.json").read_text("utf-8"))
    assert sorted(p["path"] for p in manifest["pages"]) == [
        "IT/Konflikt.md", "IT/Rutiner.md", "IT/Skriveroppsett.md", "Møte%3A referat.md", "Velkommen.md"]
    assert sorted(a["path"] for a in manifest["attachments"]) == ["IT/oppsett.docx", "kart.png"]
    assert [d["path"] for d in manifest["deleted"]] == ["Utgått.md"]
    with CommentStore.of(wiki) as store:
        comments = [c.to_dict() for c in store.all_comments()]
    assert len(comments) == 6  # two in a thread, an edited one (2 versions), a deleted one (2 versions)
    assert [{k: v for k, v in c.items() if k not in ("file", "sha256")} for c in manifest["comments"]] == comments
    for entry in manifest["comments"]:
        assert entry["file"] == f"comments/{entry['id']}.json"
        path = bag / "data" / entry["file"]
        assert json.loads(path.read_text("utf-8")) == {k: entry[k] for k in comments[0]}
        assert sha256(path) == entry["sha256"]
        assert f"{entry['sha256']}  data/{entry['file']}\n" in (bag / "manifest-sha256.txt").read_text("utf-8")
    assert sorted(p.name for p in (bag / "data" / "comments").iterdir()) == sorted(f"{c['id']}.json" for c in comments)
    history = wiki.history
    assert sorted(r["id"] for r in manifest["revisions"]) == history.revision_ids()
    conflict = next(p for p in manifest["pages"] if p["path"] == "IT/Konflikt.md")
    assert conflict["conflict"] is True and len(conflict["heads"]) == 2
    for rev in manifest["revisions"]:
        assert set(rev) >= {"id", "page", "path", "parents", "author", "time", "clock", "summary", "object"}
        if rev["object"]:
            assert sha256(bag / "data" / rev["object"]) == rev["blob"]
    manifest_lines = (bag / "manifest-sha256.txt").read_text("utf-8")
    assert "  data/wiki/Møte%3A referat.md\n" in manifest_lines  # as bagit.py reads names (BagIt 0.97)
    assert (bag / "data" / "html" / "pages" / "Velkommen.html").is_file()
    assert (bag / "data" / "wiki" / "kart.png").read_bytes() == wiki.read_bytes("kart.png")


def test_import_rebuilds_the_wiki_with_its_history(wiki, bag: Path, tmp_path: Path) -> None:
    summary = drain(import_archive(bag, tmp_path / "back"))
    assert summary.pages == 5
    back = open_wiki(tmp_path / "back")
    try:
        assert back.history.revision_ids() == wiki.history.revision_ids()
        assert back.history.all_heads() == wiki.history.all_heads()
        assert back.history.pages_in_conflict() == wiki.history.pages_in_conflict()
        for info in wiki.pages():
            assert back.read_bytes(info.path) == wiki.read_bytes(info.path)
        assert back.read_bytes("kart.png") == wiki.read_bytes("kart.png")
        assert back.history.pages_behind_history() == []
        with CommentStore.of(wiki) as before, CommentStore.of(back) as after:
            assert after.ids() == before.ids() and len(after.ids()) == 6
            assert list(after.all_comments()) == list(before.all_comments())
            for page_id in before.pages_with_comments():
                assert [t.to_dict() for t in after.thread(page_id)] == [t.to_dict() for t in before.thread(page_id)]
            assert {c.id for c in after.unpublished()} == set(after.ids())  # sent on the first sync once shared
            assert after.unread_pages() == set()
    finally:
        back.history.close()


def test_space_bag_holds_only_that_spaces_comments(wiki, tmp_path: Path) -> None:
    drain(export_archive(wiki, tmp_path / "it", space="IT"))
    assert json.loads((tmp_path / "it" / "data" / "manifest.json").read_text("utf-8"))["comments"] == []
    assert not (tmp_path / "it" / "data" / "comments").exists()


def test_import_refuses_a_comment_that_does_not_match_its_id(bag: Path, tmp_path: Path) -> None:
    manifest = json.loads((bag / "data" / "manifest.json").read_text("utf-8"))
    forged = tmp_path / "forged"
    shutil.copytree(bag, forged)
    entry = manifest["comments"][0]
    path = forged / "data" / entry["file"]
    path.write_text(json.dumps({**json.loads(path.read_text("utf-8")), "text": "forfalsket"}), encoding="utf-8")
    _rebag(forged)
    with pytest.raises(ArchiveError, match=r"A comment in .* does not match its id"):
        drain(import_archive(forged, tmp_path / "never"))
    assert not (tmp_path / "never").exists()


def _rebag(bag: Path) -> None:
    """New checksums for a changed payload (a forger's bag: valid as a bag, wrong inside)."""
    lines = "".join(f"{sha256(p)}  {p.relative_to(bag).as_posix()}\n" for p in sorted((bag / "data").rglob("*"))
                    if p.is_file())
    (bag / "manifest-sha256.txt").write_text(lines, encoding="utf-8")
    files = [p for p in (bag / "data").rglob("*") if p.is_file()]
    oxum = f"Payload-Oxum: {sum(p.stat().st_size for p in files)}.{len(files)}"
    info = (bag / "bag-info.txt").read_text("utf-8")
    (bag / "bag-info.txt").write_text(re.sub(r"Payload-Oxum: \S+", oxum, info), encoding="utf-8")
    tags = "".join(f"{sha256(bag / n)}  {n}\n" for n in ("bag-info.txt", "bagit.txt", "manifest-sha256.txt"))
    (bag / "tagmanifest-sha256.txt").write_text(tags, encoding="utf-8")


def test_import_refuses_a_damaged_bag_and_a_used_folder(bag: Path, tmp_path: Path) -> None:
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "a.md").write_text("a")
    with pytest.raises(AlreadyExistsError):
        drain(import_archive(bag, tmp_path / "used"))
    damaged = tmp_path / "damaged"
    shutil.copytree(bag, damaged)
    (damaged / "data" / "wiki" / "Velkommen.md").write_text("changed", encoding="utf-8")
    with pytest.raises(ArchiveError):
        drain(import_archive(damaged, tmp_path / "never"))
    assert not (tmp_path / "never").exists()


@pytest.fixture
def noark(wiki, tmp_path: Path) -> Path:
    drain(export_noark5(wiki, tmp_path / "n5"))
    return tmp_path / "n5"


@pytest.mark.skipif(not REFERENCE.is_dir(), reason=f"needs Arkivverket's schemas in {REFERENCE}")
@pytest.mark.parametrize(("xml", "xsd"), [("arkivstruktur.xml", "arkivstruktur.xsd"),
                                          ("endringslogg.xml", "endringslogg.xsd"),
                                          ("arkivuttrekk.xml", "addml.xsd")])
def test_noark5_files_validate_against_the_published_schemas(noark: Path, xml: str, xsd: str) -> None:
    schema = etree.XMLSchema(etree.parse(str(REFERENCE / xsd)))
    doc = etree.parse(str(noark / xml))
    assert schema.validate(doc), schema.error_log


@pytest.mark.skipif(not REFERENCE.is_dir(), reason=f"needs Arkivverket's schemas in {REFERENCE}")
def test_shipped_schemas_are_arkivverkets_unchanged(noark: Path) -> None:
    for name in SCHEMA_FILES:
        assert (SCHEMAS / name).read_bytes() == (REFERENCE / name).read_bytes()
        assert (noark / name).read_bytes() == (REFERENCE / name).read_bytes()


def test_every_checksum_matches_its_file(noark: Path) -> None:
    structure = etree.parse(str(noark / "arkivstruktur.xml"))
    objects = list(structure.iter(f"{N5}dokumentobjekt"))
    files = {p.relative_to(noark).as_posix() for p in (noark / "dokumenter").rglob("*") if p.is_file()}
    assert len(objects) == len(files) > 0
    for obj in objects:
        rel = obj.findtext(f"{N5}referanseDokumentfil")
        assert obj.findtext(f"{N5}sjekksumAlgoritme") == "SHA256"
        assert obj.findtext(f"{N5}sjekksum") == sha256(noark / rel)
        assert int(obj.findtext(f"{N5}filstoerrelse")) == (noark / rel).stat().st_size
    addml = etree.parse(str(noark / "arkivuttrekk.xml"))
    named = 0
    for prop in addml.iter(f"{ADDML}property"):
        if prop.get("name") in ("file", "schema"):
            values = {p.get("name"): p.findtext(f"{ADDML}value") for p in prop.iter(f"{ADDML}property")}
            assert values["value"] == sha256(noark / values["name"])
            named += 1
    assert named == 7


def test_noark5_structure_versions_renames_deletions_conflicts(wiki, noark: Path) -> None:
    structure = etree.parse(str(noark / "arkivstruktur.xml"))
    folders = [m.findtext(f"{N5}tittel") for m in structure.iter(f"{N5}mappe")]
    assert folders == ["(øverste nivå)", "IT"]
    regs = {r.findtext(f"{N5}tittel"): r for r in structure.iter(f"{N5}registrering")}
    assert sorted(regs) == ["Konflikt", "Møte: referat", "Rutiner", "Skriveroppsett", "Utgått", "Vedlegg",
                            "Vedlegg i IT", "Velkommen"]
    printer = regs["Skriveroppsett"]
    versions = printer.findall(f"{N5}dokumentbeskrivelse/{N5}dokumentobjekt")
    assert [v.findtext(f"{N5}versjonsnummer") for v in versions] == ["1", "2"]
    assert {v.findtext(f"{N5}format") for v in versions} == {"RA-TEKST"}
    latest = (noark / versions[-1].findtext(f"{N5}referanseDokumentfil")).read_bytes()
    assert latest == wiki.read_bytes("IT/Skriveroppsett.md")
    remarks = {m.findtext(f"{N5}merknadstype") for r in regs.values() for m in r.iter(f"{N5}merknad")}
    assert remarks == {"Konflikt", "Sletting", "Kommentar"}
    assert len(regs["Konflikt"].findall(f"{N5}dokumentbeskrivelse/{N5}dokumentobjekt")) == 3
    docx = next(d for d in regs["Vedlegg i IT"].iter(f"{N5}dokumentobjekt"))
    assert docx.findtext(f"{N5}variantformat") == "Produksjonsformat"
    log = etree.parse(str(noark / "endringslogg.xml"))
    changes = [(e.findtext(f"{LOG}referanseMetadata"), e.findtext(f"{LOG}tidligereVerdi"),
                e.findtext(f"{LOG}nyVerdi")) for e in log.iter(f"{LOG}endring")]
    assert changes == [("arkivstatus", "Opprettet", "Avsluttet"), ("tittel", "Gammel tittel", "Rutiner"),
                       ("mappe", "HR", "IT")]


def test_noark5_comments_are_merknader_of_their_page(noark: Path) -> None:
    structure = etree.parse(str(noark / "arkivstruktur.xml"))
    regs = {r.findtext(f"{N5}tittel"): r for r in structure.iter(f"{N5}registrering")}
    welcome = regs["Velkommen"]
    remarks = welcome.findall(f"{N5}merknad")
    assert [m.findtext(f"{N5}merknadstype") for m in remarks] == ["Kommentar"] * 4
    texts = [m.findtext(f"{N5}merknadstekst") for m in remarks]
    assert texts[0] == COMMENT
    assert texts[1].startswith("Svar på kommentaren fra kari ") and texts[1].endswith(REPLY)
    assert texts[2].startswith(EDITED + "\n(Redigert av per ")
    assert texts[3].startswith("(Kommentaren ble slettet av ola ")
    assert [m.findtext(f"{N5}merknadRegistrertAv") for m in remarks] == ["kari", "ola", "per", "ola"]
    dates = [m.findtext(f"{N5}merknadsdato") for m in remarks]
    assert all(d.endswith("Z") for d in dates) and dates == sorted(dates)
    children = [etree.QName(c).localname for c in welcome]
    assert children.index("virksomhetsspesifikkeMetadata") < children.index("merknad")  # the schema's order
    assert [etree.QName(c).localname for c in remarks[0]] == ["merknadstekst", "merknadstype", "merknadsdato",
                                                             "merknadRegistrertAv"]
    xml = (noark / "arkivstruktur.xml").read_text("utf-8")
    assert DELETED not in xml and "Første utkast" not in xml  # current versions (the archive package has all)
    assert "&lt;script&gt;" in xml  # the comment's markup is text in the XML
    assert not regs["Skriveroppsett"].findall(f"{N5}merknad")
