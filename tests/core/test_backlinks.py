"""Backlinks: the pages whose text links to a page, found by a check of each file's bytes and confirmed by a parse,
so a page that only mentions the link in its front matter, or names the page without a link, is not one."""

from __future__ import annotations

from pathlib import Path

from wikidesk.core import links
from wikidesk.core.opening import init_wiki


def test_backlinks_are_links_in_the_page_text(tmp_path: Path) -> None:
    wiki = init_wiki(tmp_path / "w", user="ola")
    target = wiki.create("Skriveroppsett", space="IT", body="Slik setter du opp skriveren.\n").info
    wiki.create("Ny ansatt", body="Les [[skriveroppsett]] først.\n")  # another letter case: still a link
    wiki.create("Rutiner", space="HR", body="Se [[IT/Skriveroppsett|oppsettet]].\n")
    wiki.create("Nevner", body="Skriveroppsett er beskrevet et annet sted, [[Annet]].\n")  # names it, links elsewhere
    (wiki.root / "Bare header.md").write_text("---\ntitle: Bare header\nsee: '[[Skriveroppsett]]'\n---\nTekst.\n",
                                            "utf-8")
    (wiki.root / "Latin1.md").write_bytes("Bl\xe5 side: [[Skriveroppsett]]\n".encode("latin-1"))
    found = sorted(p.path for p in links.backlinks(wiki, target))
    assert found == ["HR/Rutiner.md", "Latin1.md", "Ny ansatt.md"]


def test_after_a_tag_count_backlinks_read_only_pages_with_wikilinks_or_changed_since(tmp_path: Path,
                                                                                      monkeypatch) -> None:
    wiki = init_wiki(tmp_path / "w", user="ola")
    target = wiki.create("Skriveroppsett", space="IT", body="Slik setter du opp skriveren.\n").info
    wiki.create("Ny ansatt", body="Les [[skriveroppsett]] først.\n")
    plain = wiki.create("Plain", body="Ingen lenker her, bare Skriveroppsett som ord.\n").info
    wiki.create("Tagget", body="Om #budsjett, uten lenker.\n")  # parsed by the count: still known to have no [[
    read: list[str] = []
    reading = wiki.read_bytes
    monkeypatch.setattr(wiki, "read_bytes", lambda rel: (read.append(rel), reading(rel))[1])
    memo: links.TagMemo = {}
    linked: set = set()
    assert [p.path for p in links.backlinks(wiki, target, memo, linked)] == ["Ny ansatt.md"]
    assert len(read) == 4  # nothing counted yet: every page read
    links.tags(wiki, None, memo, linked)
    assert sorted(p.path for p in linked) == ["Ny ansatt.md"]
    read.clear()
    assert [p.path for p in links.backlinks(wiki, target, memo, linked)] == ["Ny ansatt.md"]
    assert read == ["Ny ansatt.md"]  # the only page with a [[ in it
    read.clear()
    wiki.save(plain, "Nå med lenke: [[IT/Skriveroppsett]].\n")  # changed since the count: read, and found
    assert sorted(p.path for p in links.backlinks(wiki, target, memo, linked)) == ["Ny ansatt.md", "Plain.md"]
    assert sorted(read) == ["Ny ansatt.md", "Plain.md"]
    links.tags(wiki, None, memo, linked)  # counted again: the memo's pages with [[ are the two now
    assert sorted(p.path for p in linked) == ["Ny ansatt.md", "Plain.md"]
