"""The static site: every link resolves, page scripts are gone, the search index folds Norwegian; and in headless
Chromium from file://, a page shows its image, a wikilink leads to the right page and the search box finds a word."""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from lxml import html as lxml_html

from wikidesk.core.export import search_fold
from wikidesk.core.export.snapshot import drain
from wikidesk.core.export.static_site import export_site

from .conftest import COMMENT, DELETED, EDITED, REPLY

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture
def site(wiki, tmp_path: Path) -> Path:
    out = tmp_path / "site"
    drain(export_site(wiki, out, language="nb"))
    return out


def page(site: Path, rel: str) -> lxml_html.HtmlElement:
    return lxml_html.fromstring((site / rel).read_text("utf-8"))


def test_every_link_of_the_site_resolves(site: Path) -> None:
    checked = 0
    for file in site.rglob("*.html"):
        doc = lxml_html.fromstring(file.read_text("utf-8"))
        for el, attr in [*((a, "href") for a in doc.iter("a", "link")), *((s, "src") for s in doc.iter("img",
                                                                                                    "script"))]:
            url = el.get(attr)
            if url is None:
                continue
            parts = urlsplit(url)
            if parts.scheme in ("http", "https", "mailto", "tel", "data"):
                continue
            assert not parts.scheme, f"{file}: {url}"
            target = (file.parent / unquote(parts.path)).resolve() if parts.path else file
            assert target.is_file(), f"{file.relative_to(site)} links to a missing {url}"
            assert site.resolve() in target.parents
            if parts.fragment:
                ids = lxml_html.fromstring(target.read_text("utf-8")).xpath("//@id")
                assert unquote(parts.fragment) in ids, f"{file.relative_to(site)}: no #{parts.fragment} in {target}"
            checked += 1
    assert checked > 50


def test_pages_links_tags_backlinks_and_attachments(site: Path) -> None:
    welcome = page(site, "pages/Velkommen.html")
    links = {a.text_content(): a.get("href") for a in welcome.iter("a")}
    assert links["Skriveroppsett"] == "IT/Skriveroppsett.html"
    assert links["Møte: referat"] == "M%C3%B8te%253A%20referat.html"  # the file is "Møte%3A referat.html"
    assert (site / "pages" / "Møte%3A referat.html").is_file()
    assert links["#rutine"] == "../tags/rutine.html"
    assert welcome.xpath("//img/@src") == ["kart.png"]
    assert (site / "pages" / "kart.png").read_bytes()[:4] == b"\x89PNG"
    assert [s.text_content() for s in welcome.xpath("//span[@class='missing']")] == ["Finnes ikke"]
    backlinks = [a.text_content() for a in welcome.xpath("//aside[@class='backlinks']//a")]
    assert backlinks == ["Skriveroppsett", "Møte: referat"]
    assert "Utgått" not in (site / "index.html").read_text("utf-8")  # deleted pages are not on the site
    tag = page(site, "tags/rutine.html")
    assert [a.text_content() for a in tag.xpath("//main//a")] == ["Velkommen"]


def test_no_script_from_a_page_survives(site: Path) -> None:
    text = (site / "pages" / "Velkommen.html").read_text("utf-8")
    doc = lxml_html.fromstring(text)
    assert [s.get("src") for s in doc.iter("script")] == ["../_site/search-index.js", "../_site/search.js"]
    page_part = text.split('<section class="discussion">')[0]  # a comment may quote a script: shown as text (below)
    assert "alert" not in page_part and "javascript:" not in text
    csp = doc.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp


def test_discussion_is_shown_below_the_page_as_text(site: Path) -> None:
    text = (site / "pages" / "Velkommen.html").read_text("utf-8")
    doc = lxml_html.fromstring(text)
    section = doc.xpath("//main/section[@class='discussion']")[0]
    assert section.getprevious().tag == "article"  # below the page
    assert section.findtext("h2") == "Diskusjon"
    top = section.xpath("./ol/li")
    assert [li.xpath("string(p[@class='comment-text'])") for li in top] == [COMMENT, EDITED, "Kommentaren er slettet."]
    assert [li.xpath("string(p[@class='comment-meta']/span[@class='author'])") for li in top] == ["kari", "per", "ola"]
    assert all(li.xpath("p[@class='comment-meta']/time/@datetime")[0].endswith("Z") for li in top)
    replies = top[0].xpath("./ol/li")
    assert [li.xpath("string(p[@class='comment-text'])") for li in replies] == [REPLY]
    assert replies[0].xpath("string(p[@class='comment-meta']/span[@class='author'])") == "ola"
    assert top[1].xpath("p[@class='comment-meta']/span[@class='edited']")[0].text_content().startswith("redigert ")
    assert top[2].get("class") == "comment deleted"
    assert DELETED not in text and "Første utkast" not in text  # only current versions on the site
    assert "&lt;script&gt;alert(&quot;kommentar&quot;)&lt;/script&gt;" in text and "&lt;b&gt;fet&lt;/b&gt;" in text
    assert not section.xpath(".//script | .//b")
    assert len(doc.xpath("//script")) == 2  # the site's own two only


def test_pages_without_comments_have_no_discussion(site: Path) -> None:
    assert not page(site, "pages/IT/Skriveroppsett.html").xpath("//section[@class='discussion']")


def test_conflict_is_shown(site: Path) -> None:
    conflict = page(site, "pages/IT/Konflikt.html")
    note = conflict.xpath("//p[@class='conflict']")[0].text_content()
    assert note.startswith("Siden har 2 versjoner")
    assert "linje en, endret av" in conflict.xpath("//article")[0].text_content()


def test_search_words_fold_and_stem_norwegian() -> None:
    assert search_fold.terms("Søknadene") == search_fold.terms("soknad")
    assert search_fold.terms("kommunene") == search_fold.terms("kommune") == {"kommun"}
    assert search_fold.terms("Blåbær-syltetøy") == search_fold.terms("blabaer syltetoy") == {"blaba", "syltetoy"}


def test_space_export_holds_only_that_space(wiki, tmp_path: Path) -> None:
    drain(export_site(wiki, tmp_path / "it", space="IT"))
    pages = sorted(p.relative_to(tmp_path / "it").as_posix() for p in (tmp_path / "it" / "pages").rglob("*.html"))
    assert pages == ["pages/IT/Konflikt.html", "pages/IT/Rutiner.html", "pages/IT/Skriveroppsett.html"]
    printer = page(tmp_path / "it", "pages/IT/Skriveroppsett.html")
    assert [s.text_content() for s in printer.xpath("//span[@class='missing']")][:1] == ["Velkommen"]


@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (apt-get install chromium)")
def test_site_in_headless_chromium(site: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            tab = browser.new_page()
            errors: list[str] = []
            tab.on("pageerror", lambda exc: errors.append(str(exc)))
            tab.on("dialog", lambda dialog: errors.append("dialog: " + dialog.message))
            tab.goto((site / "pages" / "Velkommen.html").as_uri())
            assert tab.title().startswith("Velkommen")
            assert COMMENT in tab.inner_text("section.discussion")  # the comment's markup shown as text, not run
            assert tab.evaluate("Array.from(document.images).map(i => [i.getAttribute('src'), i.naturalWidth])") == [
                ["kart.png", 3]]
            tab.click("article >> text=Skriveroppsett")
            tab.wait_for_load_state()
            assert tab.url.endswith("/pages/IT/Skriveroppsett.html")
            assert tab.inner_text("h1") == "Skriveroppsett"
            tab.fill("#search", "soknad")  # folded, unstemmed: finds "Søknadene"
            results = tab.locator("#search-results a")
            assert results.all_inner_texts() == ["Velkommen"]
            tab.fill("#search", "tilba")  # a word being typed: its beginning ("Tilbake")
            assert results.all_inner_texts() == ["Møte: referat"]
            results.first.click()
            tab.wait_for_load_state()
            assert tab.inner_text("h1") == "Møte: referat"
            assert errors == []
        finally:
            browser.close()
