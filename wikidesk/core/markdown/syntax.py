"""Wiki syntax on top of mistune: ``[[wikilinks]]``, ``![[embeds]]`` and ``#tags`` as inline rules.

Both are ordinary inline rules, so code spans, code blocks, autolinks, raw HTML and entities (which mistune
consumes first, scanning left to right) can never contain them.
"""

from __future__ import annotations

import re
from re import Match
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mistune import InlineParser, InlineState, Markdown

WIKILINK_PATTERN = r"(?P<wl_bang>!?)\[\[(?P<wl_body>[^\[\]\n]{1,1000})\]\]"

# A tag starts at a "#" that is at the start of the text or follows whitespace or opening punctuation (never a
# letter, digit, "&", "/", "{" or "#", so "C#", "&#x41;", "side/#anker", "{#id}" and "##" are not tags), then a
# letter, then letters/digits/-/_// and combining marks, ending on a letter or digit ("#IT-drift." is "it-drift").
# Colour codes with a digit ("#f3f4f4", "#fff0") are not tags either.
_TAG_AFTER = r"\s(\[\"'*_~,;:!?>«“‘„"
TAG_PATTERN = (
    r"(?<![^" + _TAG_AFTER + r"])"
    r"#(?P<tag_name>[^\W\d_](?:[\w\-/\u0300-\u036f]{0,200}[^\W_])?)"
)

# Where a tag could start, for a quick test before parsing: a "#" and a letter, not after a letter, digit, "&", "/",
# "{", "#" or "\\". A necessary condition of TAG_PATTERN wherever a reader applies it: a parser may hand it a text
# that starts at the "#" where the file has "|", "*", ">" or a space before it, so any other character before is
# allowed. The look-behind follows the "#" so that a search stops only at "#" characters (~50x faster than a
# leading look-behind on a page of text).
TAG_START_PATTERN = r"#(?<![^\W_]#|[&/{#\\]#)[^\W\d_]"

# A heading's own anchor written after it: ``## Rutiner {#rutiner}``.
CUSTOM_ID = re.compile(r"\s*\{#([A-Za-z][\w\-:.]{0,100})\}\s*$")

_HEX_COLOUR = re.compile(r"(?=[a-fA-F]*[0-9])[0-9a-fA-F]+")


def is_colour_code(name: str) -> bool:
    """Whether a would-be tag name is a colour code (``f3f4f4``, ``fff0``): those are never tags."""
    return len(name) in (3, 4, 6, 8) and _HEX_COLOUR.fullmatch(name) is not None


def split_wikilink(body: str) -> tuple[str, str, str]:
    """``Target#Heading|label`` (the inside of ``[[…]]``; ``\\|`` also separates, for tables) → ``(target, heading,
    label)``, each stripped, ``""`` where absent."""
    target_part, _, label = body.replace("\\|", "|").partition("|")
    target, _, heading = target_part.partition("#")
    return target.strip(), heading.strip(), label.strip()


def wikilink_text(target: str, heading: str, label: str) -> str:
    """What a wikilink shows: its label, else ``Target › Heading``, the heading or the target."""
    if label:
        return label
    if heading:
        return f"{target} › {heading}" if target else heading
    return target


def parse_wikilink(inline: InlineParser, m: Match[str], state: InlineState) -> int | None:
    """Turn ``[[Target#Heading|label]]`` into a ``wikilink`` token (``\\|`` also separates, for tables)."""
    target, heading, label = split_wikilink(m.group("wl_body"))
    if not target and not heading:
        return None
    if state.in_link:
        inline.process_text(m.group(0), state)
        return m.end()
    state.append_token(
        {
            "type": "wikilink",
            "raw": m.group(0),
            "attrs": {
                "target": target,
                "heading": heading or None,
                "label": label or None,
                "embed": bool(m.group("wl_bang")),
            },
        }
    )
    return m.end()


def parse_tag(inline: InlineParser, m: Match[str], state: InlineState) -> int:
    """Turn ``#name`` into a ``tag`` token (plain text inside raw ``<a>`` HTML)."""
    name = m.group("tag_name")
    if state.in_link or is_colour_code(name):
        inline.process_text(m.group(0), state)
    else:
        state.append_token({"type": "tag", "raw": name})
    return m.end()


def wiki_syntax(md: Markdown) -> None:
    """mistune plugin registering both rules (wikilinks before ordinary links, so ``[[`` is never a link)."""
    md.inline.register("wikilink", WIKILINK_PATTERN, parse_wikilink, before="link", start_chars={"!", "["})
    md.inline.register("tag", TAG_PATTERN, parse_tag, start_chars="#")
