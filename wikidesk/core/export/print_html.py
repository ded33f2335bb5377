"""HTML of one page or a whole space for printing (the app prints it to PDF with Qt's own PDF writer).

Attachments become paths relative to the wiki folder (the printed document's base; the sanitizer keeps no ``file:``
URL), and each page after the first starts on a new sheet.
"""

from __future__ import annotations

import html
import posixpath
from collections.abc import Generator
from urllib.parse import quote

from wikidesk.core import links, markdown
from wikidesk.core.errors import WikiError
from wikidesk.core.pages import PageInfo
from wikidesk.core.wiki import Wiki

from .snapshot import Progress, in_space


def page_html(wiki: Wiki, info: PageInfo) -> str:
    """One page as printable HTML: its title, then its rendered body."""
    page = wiki.read(info)
    folder = info.path.rpartition("/")[0]

    def attachment_url(path: str) -> str:
        joined = posixpath.normpath(posixpath.join(folder, path)) if folder else posixpath.normpath(path)
        return quote(joined, safe="/") if not joined.startswith("../") else "missing:" + quote(path)

    rendered = markdown.render(page.body, resolve=lambda link: None if links.resolve(wiki, info, link.target) is None
                               else "#", attachment_url=attachment_url)
    space = f'<p class="space">{html.escape(info.space)}</p>\n' if info.space else ""
    return f"{space}<h1>{html.escape(info.title)}</h1>\n{rendered.html}"


def space_html(wiki: Wiki, space: str) -> Generator[Progress, None, str]:
    """Every page of ``space`` (and its subspaces), sorted by space and title, each on its own sheet."""
    infos = sorted((p for p in wiki.pages() if in_space(space, p.space) or (not space)),
                   key=lambda p: (p.space.casefold(), p.title.casefold()))
    parts = []
    for n, info in enumerate(infos):
        if n % 20 == 0:
            yield n, len(infos), "Rendering pages"
        try:
            body = page_html(wiki, info)
        except WikiError:
            continue
        style = ' style="page-break-before: always"' if parts else ""
        parts.append(f"<div{style}>\n{body}</div>\n")
    return "".join(parts)
