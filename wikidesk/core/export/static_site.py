"""The static web site: one HTML file per page, opened from ``file://`` in any browser, no server.

Layout of ``OUT``::

    index.html                  every page by space, and a link to the tags
    tags/index.html, tags/<tag>.html
    pages/<page path>.html      one file per page, beside copies of the attachments at their wiki paths
    _site/style.css, _site/search.js, _site/search-index.js

Pages are rendered with the app's renderer and sanitizer (:func:`wikidesk.core.markdown.render`); wikilinks become
relative links, tag links go to the tag pages, and a link to anything the export does not hold (a missing page, a
page of another space, a missing file) becomes plain text, so every link of the site resolves. Each page carries a
Content-Security-Policy that allows only the site's own script, and the sanitizer keeps no script of its own.
Below each page, its discussion: the comments as the app shows them (current versions, replies nested), as escaped
plain text.
"""

from __future__ import annotations

import html
import json
import posixpath
import re
import shutil
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, unquote

from wikidesk.core import links, markdown
from wikidesk.core.comments import Thread
from wikidesk.core.errors import WikiError
from wikidesk.core.history.model import Revision
from wikidesk.core.names import name_key
from wikidesk.core.pages import PageInfo
from wikidesk.core.wiki import Wiki

from . import search_fold
from .snapshot import ExportSummary, Progress, Snapshot, Staging, folder_size, take

ASSETS = Path(__file__).with_name("assets")
SITE_DIR = "_site"
PAGES_DIR = "pages"
TAGS_DIR = "tags"
SNIPPET_CHARS = 160
STEP = 20  # progress every this many pages
# Attachments a browser would run as a document of its own (scripts): copied with ".txt" added, shown as text.
ACTIVE_EXTENSIONS = frozenset({".html", ".htm", ".xhtml", ".xht", ".shtml", ".mht", ".mhtml", ".js", ".mjs"})
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "base-uri 'none'; form-action 'none'")

LABELS = {
    "en": {"search": "Search", "none": "No pages found.", "tags": "Tags", "pages": "Pages", "backlinks":
           "Pages that link here", "home": "All pages", "changed": "Last changed by {author}, {time}",
           "conflict": "This page has {n} versions that could not be merged; this shows the version by {author}.",
           "root": "(top level)", "tagged": "Pages tagged #{tag}", "missing": "not in this export",
           "discussion": "Discussion", "edited": "edited {time}", "deleted": "This comment was deleted."},
    "nb": {"search": "Søk", "none": "Fant ingen sider.", "tags": "Emneknagger", "pages": "Sider", "backlinks":
           "Sider som lenker hit", "home": "Alle sider", "changed": "Sist endret av {author}, {time}",
           "conflict": "Siden har {n} versjoner som ikke kunne slås sammen; her vises versjonen fra {author}.",
           "root": "(øverste nivå)", "tagged": "Sider merket #{tag}", "missing": "ikke med i denne eksporten",
           "discussion": "Diskusjon", "edited": "redigert {time}", "deleted": "Kommentaren er slettet."},
}


@dataclass
class _Rendered:
    info: PageInfo
    html: str
    text: str
    tags: tuple[str, ...]
    targets: set[str] = field(default_factory=set)  # page ids it links to


def export_site(wiki: Wiki, out: Path | str, *, space: str | None = None, language: str = "en"
                ) -> Generator[Progress, None, ExportSummary]:
    """Write the static site of ``wiki`` (or one space) to ``out``; yields progress, returns the summary."""
    with Staging(out, wiki_root=wiki.root) as staging:
        snap = yield from take(wiki, space)
        count = yield from build_site(snap, staging.path, language=language)
        files, size = folder_size(staging.path)
        staging.commit()
    return ExportSummary("html", str(staging.out), pages=count, files=files, bytes=size)


class _Site:
    def __init__(self, snap: Snapshot, folder: Path, language: str) -> None:
        self.snap = snap
        self.wiki = snap.wiki
        self.folder = folder
        self.labels = LABELS.get(language, LABELS["en"])
        self.language = language if language in LABELS else "en"
        self.by_id = {p.page_id: p for p in snap.pages}
        self.attachments = {name_key(a): a for a in snap.attachments}
        self.files: dict[str, str] = {}  # wiki path of an attachment -> its site path
        for rel in snap.attachments:
            ext = posixpath.splitext(rel)[1].lower()
            self.files[rel] = f"{PAGES_DIR}/{rel}" + (".txt" if ext in ACTIVE_EXTENSIONS else "")
        taken = {name_key(p) for p in self.files.values()}
        self.page_files: dict[str, str] = {}
        for info in snap.pages:
            stem = info.path[:-3] if info.path.lower().endswith(".md") else info.path
            target = f"{PAGES_DIR}/{stem}.html"
            if name_key(target) in taken:  # an attachment "x.html" beside page "x"
                target = f"{PAGES_DIR}/{stem}.page.html"
            taken.add(name_key(target))
            self.page_files[info.page_id] = target
        self.tag_files: dict[str, str] = {}
        self.known: set[str] = set()  # every site path that will exist (for the link check)

    # ----- hrefs ---------------------------------------------------------------------------------------------
    @staticmethod
    def href(target: str, here: str) -> str:
        """A relative, percent-encoded URL from site file ``here`` to site file ``target``."""
        rel = posixpath.relpath(target, posixpath.dirname(here) or ".")
        return quote(rel, safe="/")

    def tag_file(self, tag: str) -> str:
        found = self.tag_files.get(tag)
        if found is None:
            base = markdown.slugify(tag) or "tag"
            used = set(self.tag_files.values())
            found, n = f"{TAGS_DIR}/{base}.html", 1
            while found in used or found == f"{TAGS_DIR}/index.html":
                n += 1
                found = f"{TAGS_DIR}/{base}-{n}.html"
            self.tag_files[tag] = found
        return found

    # ----- rendering -----------------------------------------------------------------------------------------
    def render(self, info: PageInfo) -> _Rendered:
        here = self.page_files[info.page_id]
        folder = info.path.rpartition("/")[0]
        page = self.wiki.read(info)
        targets: set[str] = set()

        def resolve(link: markdown.WikiLink) -> str | None:
            found = links.resolve(self.wiki, info, link.target)
            if found is None or found.page_id not in self.page_files:
                return None
            targets.add(found.page_id)
            anchor = "#" + quote(markdown.slugify(link.heading)) if link.heading else ""
            return self.href(self.page_files[found.page_id], here) + anchor

        def attachment_url(path: str) -> str:
            joined = posixpath.normpath(posixpath.join(folder, path)) if folder else posixpath.normpath(path)
            rel = self.attachments.get(name_key(joined))
            if rel is None or joined.startswith("../"):
                return "wikidesk:missing/" + quote(path)
            return self.href(self.files[rel], here)

        rendered = markdown.render(page.body, resolve=resolve, attachment_url=attachment_url)
        tags = tuple(dict.fromkeys([*page.info.tags, *rendered.tags]))
        for tag in tags:
            self.tag_file(tag)
        return _Rendered(info=page.info, html=rendered.html, text=rendered.text, tags=tags, targets=targets)

    def fix_links(self, body: str, here: str) -> str:
        """Tag links to tag pages; links to anything the site does not hold become plain text."""
        base = posixpath.dirname(here)

        def exists(url: str) -> bool:
            path = unquote(url.split("#", 1)[0].split("?", 1)[0])
            if not path:
                return True
            joined = posixpath.normpath(posixpath.join(base, path))
            return joined in self.known

        def anchor(m: re.Match[str]) -> str:
            attrs, inner = m.group(1) or "", m.group(2)
            href_m = re.search(r'\shref="([^"]*)"', attrs)
            if href_m is None:
                return m.group(0)
            url = html.unescape(href_m.group(1))
            if url.startswith("wikidesk:tag/"):
                tag = unquote(url[len("wikidesk:tag/"):])
                target = self.tag_files.get(tag) or self.tag_file(tag)
                return f'<a class="tag" href="{html.escape(self.href(target, here))}">{inner}</a>'
            if url.startswith("wikidesk:") or (_relative(url) and not exists(url)):
                return f'<span class="missing" title="{html.escape(self.labels["missing"])}">{inner}</span>'
            return m.group(0)

        def image(m: re.Match[str]) -> str:
            src_m = re.search(r'\ssrc="([^"]*)"', m.group(0))
            if src_m is None:
                return m.group(0)
            url = html.unescape(src_m.group(1))
            if url.startswith("wikidesk:") or (_relative(url) and not exists(url)):
                alt_m = re.search(r'\salt="([^"]*)"', m.group(0))
                alt = alt_m.group(1) if alt_m else ""
                return f'<span class="missing" title="{html.escape(self.labels["missing"])}">[{alt}]</span>'
            return m.group(0)

        body = re.sub(r"<a(\s[^>]*)?>(.*?)</a>", anchor, body, flags=re.S)
        return re.sub(r"<img\s[^>]*>", image, body)

    # ----- writing -------------------------------------------------------------------------------------------
    def write(self, rel: str, text: str) -> None:
        path = self.folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    def chrome(self, title: str, here: str, main: str) -> str:
        root = _root_of(here)
        lab = self.labels
        site_title = html.escape(self.wiki.root.name)
        return (
            "<!DOCTYPE html>\n"
            f'<html lang="{self.language}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{html.escape(title)} – {site_title}</title>\n"
            f'<link rel="stylesheet" href="{root}{SITE_DIR}/style.css">\n</head>\n'
            f'<body data-root="{root}">\n<header class="site">\n'
            f'<a class="home" href="{root}index.html">{site_title}</a>\n'
            f'<a href="{root}{TAGS_DIR}/index.html">{html.escape(lab["tags"])}</a>\n'
            f'<form role="search"><input id="search" type="search" aria-label="{html.escape(lab["search"])}" '
            f'placeholder="{html.escape(lab["search"])}" autocomplete="off">'
            '<ol id="search-results" hidden></ol></form>\n</header>\n'
            f"<main>\n{main}</main>\n"
            f'<script src="{root}{SITE_DIR}/search-index.js"></script>\n'
            f'<script src="{root}{SITE_DIR}/search.js"></script>\n</body>\n</html>\n'
        )

    def page_html(self, r: _Rendered, backlinks: list[PageInfo]) -> str:
        here = self.page_files[r.info.page_id]
        lab = self.labels
        parts = []
        if r.info.space:
            parts.append(f'<p class="breadcrumbs">{html.escape(r.info.space)}</p>\n')
        parts.append(f"<h1>{html.escape(r.info.title)}</h1>\n")
        meta = []
        if r.tags:
            meta.append(" ".join(f'<a class="tag" href="{html.escape(self.href(self.tag_files[t], here))}">'
                                 f"#{html.escape(t)}</a>" for t in r.tags))
        head = self._head(r.info.page_id)
        if head is not None:
            meta.append(html.escape(lab["changed"].format(author=head.author, time=head.time.replace("T", " "))))
        if meta:
            parts.append(f'<p class="meta">{" · ".join(meta)}</p>\n')
        heads = self.snap.heads.get(r.info.page_id, [])
        if len(heads) > 1 and head is not None:
            parts.append(f'<p class="conflict">{html.escape(lab["conflict"].format(n=len(heads), author=head.author))}'
                         "</p>\n")
        parts.append(f'<article>\n{self.fix_links(r.html, here)}</article>\n')
        parts.append(self.discussion_html(r.info.page_id))
        if backlinks:
            items = "".join(f'<li><a href="{html.escape(self.href(self.page_files[b.page_id], here))}">'
                            f"{html.escape(b.title)}</a></li>\n" for b in backlinks)
            parts.append(f'<aside class="backlinks">\n<h2>{html.escape(lab["backlinks"])}</h2>\n<ul>\n{items}</ul>\n'
                         "</aside>\n")
        return self.chrome(r.info.title, here, "".join(parts))

    def discussion_html(self, page_id: str) -> str:
        """The page's comments below it: threads with replies nested, author and date, the text escaped (shown as
        written, never as markup); a deleted comment keeps its place (its replies stay) without text."""
        threads = self.snap.threads(page_id)
        if not threads:
            return ""
        lab = self.labels

        def item(thread: Thread) -> str:
            c = thread.current
            when = thread.created
            meta = (f'<span class="author">{html.escape(c.author)}</span>, '
                    f'<time datetime="{html.escape(when)}">{html.escape(when.replace("T", " "))}</time>')
            if thread.edited:
                edited = lab["edited"].format(time=c.time.replace("T", " "))
                meta += f' · <span class="edited">{html.escape(edited)}</span>'
            text = html.escape(lab["deleted"]) if c.deleted else html.escape(c.text)
            replies = "".join(item(r) for r in thread.replies)
            nested = f'<ol class="comments">\n{replies}</ol>\n' if replies else ""
            return (f'<li class="comment{" deleted" if c.deleted else ""}" id="comment-{thread.id}">\n'
                    f'<p class="comment-meta">{meta}</p>\n<p class="comment-text">{text}</p>\n{nested}</li>\n')

        items = "".join(item(t) for t in threads)
        return (f'<section class="discussion">\n<h2>{html.escape(lab["discussion"])}</h2>\n'
                f'<ol class="comments">\n{items}</ol>\n</section>\n')

    def _head(self, page_id: str) -> Revision | None:
        heads = self.snap.heads.get(page_id)
        if not heads:
            return None
        by_id = {rev.id: rev for rev in self.snap.revisions.get(page_id, ())}
        return by_id.get(heads[0])

    def page_list(self, infos: list[PageInfo], here: str) -> str:
        return "".join(f'<li><a href="{html.escape(self.href(self.page_files[i.page_id], here))}">'
                       f"{html.escape(i.title)}</a></li>\n" for i in sorted(infos, key=lambda i: i.title.casefold()))

    def index_html(self) -> str:
        by_space: dict[str, list[PageInfo]] = {}
        for info in self.snap.pages:
            by_space.setdefault(info.space, []).append(info)
        parts = [f"<h1>{html.escape(self.labels['home'])}</h1>\n"]
        for space in sorted(by_space, key=str.casefold):
            name = space or self.labels["root"]
            parts.append(f"<h2>{html.escape(name)}</h2>\n<ul>\n{self.page_list(by_space[space], 'index.html')}</ul>\n")
        return self.chrome(self.labels["home"], "index.html", "".join(parts))


def _relative(url: str) -> bool:
    return not (url.startswith(("#", "//", "data:")) or re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", url))


def _root_of(here: str) -> str:
    depth = here.count("/")
    return "../" * depth


def build_site(snap: Snapshot, folder: Path, *, language: str = "en") -> Generator[Progress, None, int]:
    """Write the site of ``snap`` into the existing folder ``folder``; yields progress, returns the page count."""
    site = _Site(snap, folder, language)
    pages = snap.pages
    total = 2 * len(pages) + len(snap.attachments) + 1
    rendered: list[_Rendered] = []
    for n, info in enumerate(pages):
        if n % STEP == 0:
            yield n, total, "Rendering pages"
        try:
            rendered.append(site.render(info))
        except WikiError:
            continue  # removed from the folder meanwhile
    backlinks: dict[str, list[PageInfo]] = {}
    for r in rendered:
        for target in r.targets:
            if target != r.info.page_id:
                backlinks.setdefault(target, []).append(r.info)
    site.known = {*site.files.values(), *(site.page_files[r.info.page_id] for r in rendered), "index.html",
                  f"{TAGS_DIR}/index.html", *site.tag_files.values()}
    done = len(pages)
    for i, r in enumerate(rendered):
        if i % STEP == 0:
            yield done + i, total, "Writing pages"
        site.write(site.page_files[r.info.page_id], site.page_html(r, backlinks.get(r.info.page_id, [])))
    done += len(pages)
    for i, rel in enumerate(snap.attachments):
        if i % STEP == 0:
            yield done + i, total, "Copying attachments"
        target = folder / site.files[rel]
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            target.write_bytes(snap.read(rel))
        except WikiError:
            target.write_bytes(b"")
    yield total - 1, total, "Writing the index and the search"
    _write_tags(site, rendered)
    site.write("index.html", site.index_html())
    _write_assets(site, rendered)
    return len(rendered)


def _write_tags(site: _Site, rendered: list[_Rendered]) -> None:
    by_tag: dict[str, list[PageInfo]] = {}
    for r in rendered:
        for tag in r.tags:
            by_tag.setdefault(tag, []).append(r.info)
    lab = site.labels
    items = []
    for tag in sorted(by_tag, key=lambda t: (-len(by_tag[t]), t)):
        target = site.tag_file(tag)
        title = lab["tagged"].format(tag=tag)
        main = f"<h1>{html.escape(title)}</h1>\n<ul>\n{site.page_list(by_tag[tag], target)}</ul>\n"
        site.write(target, site.chrome(title, target, main))
        items.append(f'<li><a class="tag" href="{html.escape(site.href(target, TAGS_DIR + "/index.html"))}">'
                     f"#{html.escape(tag)}</a> ({len(by_tag[tag])})</li>\n")
    # tags named in text but on no exported page still get a (then empty) page: their links must resolve
    for tag, target in site.tag_files.items():
        if tag not in by_tag:
            title = lab["tagged"].format(tag=tag)
            site.write(target, site.chrome(title, target, f"<h1>{html.escape(title)}</h1>\n"))
    main = f"<h1>{html.escape(lab['tags'])}</h1>\n<ul>\n{''.join(items)}</ul>\n"
    site.write(f"{TAGS_DIR}/index.html", site.chrome(lab["tags"], f"{TAGS_DIR}/index.html", main))


def _write_assets(site: _Site, rendered: list[_Rendered]) -> None:
    (site.folder / SITE_DIR).mkdir(parents=True, exist_ok=True)
    css = (ASSETS / "style.css").read_text("utf-8")
    css += "\n" + markdown.pygments_css(False) + "\n@media (prefers-color-scheme: dark) {\n"
    css += markdown.pygments_css(True) + "\n}\n"
    site.write(f"{SITE_DIR}/style.css", css)
    shutil.copyfile(ASSETS / "search.js", site.folder / SITE_DIR / "search.js")
    site.write(f"{SITE_DIR}/search-index.js", search_index_js(site, rendered))


def search_index_js(site: _Site, rendered: list[_Rendered]) -> str:
    """``window.WIKIDESK_SEARCH = {...}``: pages (title, site path, space, snippet) and, per term, the pages that
    hold it as a delta-encoded base-36 list."""
    pages = []
    postings: dict[str, list[int]] = {}
    for n, r in enumerate(rendered):
        snippet = " ".join(r.text.split())[:SNIPPET_CHARS]
        pages.append([r.info.title, quote(site.page_files[r.info.page_id], safe="/"), r.info.space, snippet])
        words = search_fold.terms(" ".join([r.info.title, r.info.space, " ".join(r.tags), r.text]))
        for term in words:
            postings.setdefault(term, []).append(n)
    terms = {}
    for term in sorted(postings):
        ids, last, out = postings[term], 0, []
        for i in ids:
            out.append(_base36(i - last))
            last = i
        terms[term] = ",".join(out)
    data = {"version": 1, "suffixes": list(search_fold.SUFFIXES), "minStem": search_fold.MIN_STEM,
            "labels": {"none": site.labels["none"]}, "pages": pages, "terms": terms}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"window.WIKIDESK_SEARCH = {text};\n"


def _base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    out = []
    while n:
        n, r = divmod(n, 36)
        out.append(digits[r])
    return "".join(reversed(out))
