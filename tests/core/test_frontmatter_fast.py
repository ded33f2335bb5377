"""The header fast path (``frontmatter.load_simple``) gives exactly what yaml's CSafeLoader gives, or declines.

Property tests over generated headers built from the pieces YAML is subtle about (numbers, dates, booleans, nulls,
quotes and escapes, colons and ``#`` in values, flow and block lists, indents, comments, tabs, line breaks YAML
counts that Python does not), and every header of the Norwegian corpus and the sample wiki."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wikidesk.core import frontmatter
from wikidesk.core.frontmatter import load_simple

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
REPO = Path(__file__).resolve().parents[2]

KEYS = ["title", "id", "tags", "author", "created", "sidebar", "redirect_from", "my key", "Tittel", "ÆØÅ", "x#y",
        "a'b", 'a"b', "yes", "No", "on", "OFF", "true", "null", "Null", "~", "1", "0x1f", "1_000", "1:20", "2.5",
        ".inf", "2024-01-05", "=", "<<", "-a", "?a", "a:b", "key ", " key", "k\tk", "&a", "*a", "!t", "[a]", "{a}",
        "'q'", '"q"', "%p", "@p", "`p", "|", ">", "- a", "#c", "x" * 130, "æ" * 3]
WORDS = ["Skriveroppsett", "Rutiner for nyansatte", "a b", "43b9e80574b804c4", "12345678", "0o17", "0b101", "+5",
         "-3", "3.0", "1e3", "1.5e3", ".5", "1,000", "1:20:30", "2026-11-25", "2026-11-25T09:50:00+01:00",
         "2026-11-25 09:50:00", "yes", "Yes", "y", "n", "ON", "off", "True", "FALSE", "null", "NULL", "~", "=", "<<",
         "/sdp_teknisk", "http://x.no/a#b", "a:b", "a: b", "a:", "a #b", "a#b", "#b", "a\tb", "a  b", "æøå ÆØÅ",
         "C#", "x # y", "-", "- a", "-a", "?", "? a", ":a", "[", "]", "{a: 1}", "}", ",", "a, b", "a,b", "&x", "*x",
         "!!str x", "!x", "|", ">", "%x", "@x", "`x", "'", '"', "a'b", 'a"b', "\\", "a\\b", "\u2028", "a\x85b",
         "\ufeff", "\x07", "a\rb", "\u00a0a\u00a0", "a\u3000", "𝔘", "---", "...", "a  ", "e\u0301"]
QUOTED = ['"Skriver"', '"a: b"', '"a # b"', '"a\\"b"', '"a\\nb"', '"\\u00e6"', '"a,b"', '""', '"x" y', "'it''s'",
          "'a: b'", "''", "'a'b'", "'a\\b'", "'''", '"unterminated', "'unterminated", '"a"#c', '"a" #c', "'a' #c"]
FLOWS = ["[]", "[ ]", "[a, b]", "[hr, nyansatt]", '["timestamp", "business"]', "['a b', 'c''d']", "[a,b]", "[a, ]",
         "[a,, b]", "[, a]", "[a, [b]]", "[a, {b: c}]", "[1, 2]", "[yes, no]", "[a: b]", "[a #b]", "[a, b] c",
         "[a, b", "[null, ~]", '["a,b", c]', "[ a , b ]", "[-a]", "[a-b, c.d]", "[2026-01-01]", "[æ, ø]", "['']",
         '[""]', "[a\tb]"]
VALUES = st.one_of(st.sampled_from(WORDS), st.sampled_from(QUOTED), st.sampled_from(FLOWS),
                   st.text(alphabet=st.sampled_from("ab :#-'\"[],{}\\&*!|>%@`?~.0 1\tæ\u2028"), max_size=8))
SEPARATORS = st.sampled_from([": ", ":", ":  ", " : ", ":\t", ": ", ":   "])
INDENTS = st.sampled_from(["", "  ", "    ", " ", "\t"])
ITEM = st.builds(lambda indent, dash, value: f"{indent}{dash}{value}", INDENTS, st.sampled_from(["- ", "-", "-  "]),
                 st.one_of(st.sampled_from(WORDS), st.sampled_from(QUOTED), st.just("")))
KEY_VALUE = st.builds(lambda key, sep, value, tail: f"{key}{sep}{value}{tail}", st.sampled_from(KEYS), SEPARATORS,
                      VALUES, st.sampled_from(["", "", " ", "  ", " # c", "\t"]))
KEY_LIST = st.builds(lambda key, tail, items: "\n".join([f"{key}:{tail}", *items]), st.sampled_from(KEYS),
                     st.sampled_from(["", " ", "  "]), st.lists(ITEM, max_size=4))
OTHER = st.sampled_from(["", " ", "# a comment", "  # indented comment", "#", "---", "...", "%YAML 1.1", "  more",
                         "  continued: line", "\t", "plain text line", "key", "? complex", ": value", "- lone",
                         "title: &a x", "copy: *a", "<<: {a: 1}", "nested:\n  a: 1", "block: |\n  text",
                         "folded: >\n  text"])
LINE = st.one_of(KEY_VALUE, KEY_VALUE, KEY_LIST, OTHER)
BLOCKS = st.lists(LINE, min_size=1, max_size=7).map(lambda lines: "\n".join(lines) + "\n")
# Mostly well-formed headers with one tricky piece here and there, so the fast path answers often.
PLAIN_KEYS = st.sampled_from(["title", "id", "tags", "author", "my key", "ÆØÅ", "a'b", "x#y", *KEYS[:30]])
SIMPLE_VALUE = st.one_of(st.text(alphabet=st.sampled_from("abæ Ø-_/.:#'\""), min_size=1, max_size=12),
                         st.sampled_from(WORDS), st.sampled_from(QUOTED[:12]), st.sampled_from(FLOWS[:12]))
SIMPLE_LINE = st.one_of(
    st.builds(lambda key, value, tail: f"{key}: {value}{tail}", PLAIN_KEYS, SIMPLE_VALUE, st.sampled_from(["", " "])),
    st.builds(lambda key, indent, items: "\n".join([f"{key}:", *(f"{indent}- {item}" for item in items)]),
              PLAIN_KEYS, st.sampled_from(["", "  "]), st.lists(st.sampled_from(WORDS + QUOTED[:12]), max_size=3)),
    st.sampled_from(["", "# comment", "  # comment"]))
SIMPLE_BLOCKS = st.lists(SIMPLE_LINE, min_size=1, max_size=6).map(lambda lines: "\n".join(lines) + "\n")


def same(a: Any, b: Any) -> bool:
    """Equal with the same types all the way down (1 == True == 1.0 would hide a wrong answer), dict order too."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def check(block: str) -> bool:
    """Assert the fast path agrees with the YAML reader on ``block``; True if it answered (did not decline)."""
    fast = load_simple(block)
    if fast is None:
        return False
    expected = yaml.load(block, Loader=LOADER)  # must not raise: the fast path only answers valid YAML
    assert same(fast, expected), (block, fast, expected)
    return True


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(BLOCKS)
def test_generated_headers_read_as_yaml_reads_them(block: str) -> None:
    check(block)


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SIMPLE_BLOCKS)
def test_generated_common_headers_read_as_yaml_reads_them(block: str) -> None:
    check(block)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab: -#'\"[],\n\t\\1.~æ"), max_size=40))
def test_arbitrary_text_is_read_as_yaml_reads_it_or_declined(block: str) -> None:
    check(block)


@pytest.mark.parametrize("block, meta", [
    ("title: Rutiner for nyansatte\nid: 5a1e00rutinern\ntags: [hr, nyansatt]\ncreated: '2026-11-25T09:50:00+01:00'\n"
     "author: Per Olsen\n", {"title": "Rutiner for nyansatte", "id": "5a1e00rutinern", "tags": ["hr", "nyansatt"],
                             "created": "2026-11-25T09:50:00+01:00", "author": "Per Olsen"}),
    ('title: "2.17.1"\nid: 43b9e80574b804c4\ntags: []\nauthor: "Silje Nordmann"\n',
     {"title": "2.17.1", "id": "43b9e80574b804c4", "tags": [], "author": "Silje Nordmann"}),
    ("\ntitle: Teknisk beskrivelse  \n\nsidebar:\nredirect_from: /sdp_teknisk\n",
     {"title": "Teknisk beskrivelse", "sidebar": None, "redirect_from": "/sdp_teknisk"}),
    ("# a note\ntags:\n  - it\n  - 'C#'\n# between\ntitle: x:y\n", {"tags": ["it", "C#"], "title": "x:y"}),
    ("tags:\n- a\n- b\nid: x\nid: y\n", {"tags": ["a", "b"], "id": "y"}),
    ("id: 7784804927084748\ntoc: false\ndraft: Yes\nsummary: ~\nn: +5\ntags: [2024, on, a]\n",
     {"id": 7784804927084748, "toc": False, "draft": True, "summary": None, "n": 5, "tags": [2024, True, "a"]}),
])
def test_the_common_headers_take_the_fast_path(block: str, meta: dict[str, Any]) -> None:
    assert check(block)
    assert same(load_simple(block), meta)


@pytest.mark.parametrize("block", [
    "id: 012\n", "size: 1.5\n", "n: 1_000\n", "t: 1:20\n", "created: 2026-11-25\n", "tags:\n  - null\n",
    "title: a # comment\n", "title: \"a\\tb\"\n", "title: a\n  continued\n", "tags: [a, [b]]\n", "title:\tx\n",
    "title: a\u2028b\n", "title: &x a\n", "  title: indented\n", "title: x\ntags:\n  - a\n    - b\n", "1: one\n",
    "yes: no\n", "# only a comment\n",
])
def test_anything_else_is_left_to_the_yaml_reader(block: str) -> None:
    assert load_simple(block) is None
    try:
        expected = yaml.load(block, Loader=LOADER)
    except yaml.YAMLError:
        expected = None  # not a header: the block is page text
    doc = frontmatter.parse(f"---\n{block}---\nbody\n")
    assert same(doc.meta, {str(k): v for k, v in expected.items()} if isinstance(expected, dict) else {})


def headers(folder: Path) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*.md")):
        text = path.read_bytes().decode("utf-8", "replace").lstrip("\ufeff").replace("\r\n", "\n")
        block = frontmatter.split(text)[0]
        if block is not None and block.strip():
            found.append(block)
    return found


def test_every_corpus_header_reads_as_yaml_reads_it(corpus: Path) -> None:
    blocks = headers(corpus)
    answered = sum(check(block) for block in blocks)
    assert len(blocks) > 500
    assert answered > 0.9 * len(blocks)  # the corpus's headers are the common kind: the fast path reads them


def test_every_sample_wiki_header_takes_the_fast_path() -> None:
    blocks = headers(REPO / "resources" / "sample-wiki")
    assert blocks
    assert all(check(block) for block in blocks)


def test_what_wikidesk_writes_takes_the_fast_path() -> None:
    meta = {"title": "Møte 2026: styret", "id": "658daf5105894c26", "tags": ["a", "b c"],
            "created": "2026-12-07T00:07:00+00:00", "author": "Kari N"}
    block = frontmatter.dump_meta(meta)
    assert check(block)
    assert same(load_simple(block), meta)
