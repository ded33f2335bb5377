"""Page templates: Markdown files with front matter, shipped in bokmål and English (``resources/templates/nb`` and
``/en``) and a wiki's own in its ``Maler`` space, which override shipped ones of the same name.

A new page from a template gets the template's text and its front matter fields (tags merged with the ones given;
not ``id``, ``created``, ``title``, ``author`` or the template's own ``description``), with the placeholders filled
in, in either language: ``{{dato}}``/``{{date}}`` (today, 2026-03-14), ``{{tid}}``/``{{time}}`` (now, 14:05),
``{{forfatter}}``/``{{author}}`` (the wiki's user), ``{{tittel}}``/``{{title}}`` (the new page's title) and
``{{område}}``/``{{space}}`` (its space). Other ``{{…}}`` text is left as written.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wikidesk.core import frontmatter
from wikidesk.core.catalog import normalize_tags
from wikidesk.core.errors import NotFoundError, WikiError
from wikidesk.core.names import name_key
from wikidesk.core.pages import Page
from wikidesk.core.resources import resource
from wikidesk.core.wiki import Wiki

WIKI_SPACE = "Maler"  # a wiki's own templates
LANGUAGES = ("nb", "en")
NOT_COPIED = ("id", "created", "title", "author", "description")
_PLACEHOLDER = re.compile(r"\{\{\s*([^{}\s]{1,20})\s*\}\}")
_WORDS = {
    "dato": "date", "date": "date", "tid": "time", "time": "time", "forfatter": "author", "author": "author",
    "tittel": "title", "title": "title", "område": "space", "omrade": "space", "space": "space",
}  # fmt: skip


@dataclass(frozen=True)
class Template:
    name: str  # what ``--template`` takes: the file name (shipped) or the page title (the wiki's own)
    title: str  # what a person sees
    description: str
    source: str  # "wiki", or the shipped language "nb" / "en"
    meta: dict[str, Any] = field(default_factory=dict, hash=False)
    body: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "title": self.title, "description": self.description, "source": self.source}


def shipped_dir() -> Path:
    return resource("templates")


def _from_text(name: str, text: str, source: str) -> Template:
    doc = frontmatter.parse(text)
    meta = dict(doc.meta)
    title = str(meta.get("title") or name)
    return Template(name=name, title=title, description=str(meta.get("description") or ""), source=source,
                    meta=meta, body=doc.body)


def shipped(language: str | None = None) -> list[Template]:
    """The shipped templates, those of ``language`` first (default: both, bokmål first)."""
    order = [language] if language in LANGUAGES else []
    order += [lang for lang in LANGUAGES if lang not in order]
    found = []
    for lang in order:
        folder = shipped_dir() / lang
        for path in sorted(folder.glob("*.md"), key=lambda p: p.name.casefold()) if folder.is_dir() else ():
            found.append(_from_text(path.stem, path.read_text("utf-8"), lang))
    return found


def in_wiki(wiki: Wiki) -> list[Template]:
    """The wiki's own templates: the pages of its ``Maler`` space (not its subspaces)."""
    key = name_key(WIKI_SPACE)
    found = []
    for info in wiki.pages(refresh=False):
        if name_key(info.space) != key:
            continue
        try:
            page = wiki.read(info)
        except WikiError:
            continue
        meta = dict(page.doc.meta)
        found.append(Template(name=info.title, title=info.title, description=str(meta.get("description") or ""),
                              source="wiki", meta=meta, body=page.body))
    return sorted(found, key=lambda t: t.title.casefold())


def available(wiki: Wiki | None, language: str | None = None) -> list[Template]:
    """Every template a new page can start from: the wiki's own, then the shipped ones not overridden by name."""
    own = in_wiki(wiki) if wiki is not None else []
    taken = {name_key(t.name) for t in own}
    return own + [t for t in shipped(language) if name_key(t.name) not in taken]


def find(wiki: Wiki | None, name: str, language: str | None = None) -> Template:
    """The template called ``name`` (file name, page title or shown title; ignoring case)."""
    wanted = name_key(name.strip())
    candidates = available(wiki, language)
    for match in (lambda t: name_key(t.name) == wanted, lambda t: name_key(t.title) == wanted):
        for template in candidates:
            if match(template):
                return template
    names = ", ".join(t.name for t in candidates)
    raise NotFoundError(f"There is no template called “{name.strip()}” (there are: {names}).")


def fill(text: str, values: dict[str, str]) -> str:
    """``text`` with each known placeholder replaced by its value (``values`` keyed by date, time, author,
    title, space); unknown ones stay."""
    def one(m: re.Match[str]) -> str:
        word = _WORDS.get(m.group(1).casefold())
        return values[word] if word is not None and word in values else m.group(0)

    return _PLACEHOLDER.sub(one, text) if "{{" in text else text


def _fill_value(value: Any, values: dict[str, str]) -> Any:
    if isinstance(value, str):
        return fill(value, values)
    if isinstance(value, list):
        return [_fill_value(v, values) for v in value]
    if isinstance(value, dict):
        return {k: _fill_value(v, values) for k, v in value.items()}
    return value


def values_for(wiki: Wiki, title: str, space: str, now: dt.datetime | None = None) -> dict[str, str]:
    now = now or dt.datetime.now().astimezone()
    return {"date": now.date().isoformat(), "time": now.strftime("%H:%M"), "author": wiki.user, "title": title,
            "space": space}


def render(template: Template, values: dict[str, str]) -> tuple[dict[str, Any], list[str], str]:
    """``(front matter fields to copy, tags, body)`` of a page made from ``template``, placeholders filled."""
    meta = {k: _fill_value(v, values) for k, v in template.meta.items() if k not in NOT_COPIED and k != "tags"}
    tags = list(normalize_tags(template.meta.get("tags")))
    return meta, tags, fill(template.body, values)


def create(wiki: Wiki, title: str, template: Template, *, space: str = "", tags: list[str] | tuple[str, ...] = (),
           now: dt.datetime | None = None) -> Page:
    """Create the page ``title`` in ``space`` from ``template``, its front matter fields beyond the title and tags
    (a person page's ``person:`` block, say) included: one revision."""
    meta, template_tags, body = render(template, values_for(wiki, title, space, now))
    all_tags = list(dict.fromkeys([*template_tags, *normalize_tags(list(tags))]))
    summary = f"Created from the template “{template.title}”"
    return wiki.create(title, space=space, tags=all_tags, body=body, summary=summary, extra=meta)
