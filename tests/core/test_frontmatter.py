"""Front matter parses from any editor's file and writes back unchanged unless asked."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wikidesk.core import frontmatter


def test_unchanged_document_round_trips_byte_for_byte() -> None:
    texts = [
        "---\ntitle: Hei\ntags: [a, b]  # a comment\n---\nBody\n",
        "\ufeff---\r\ntitle: Hei\r\n---\r\nBody\r\nline\r\n",
        "No front matter at all\r\n",
        "---\nnot closed\nbody",
        "",
        "---\n---\nempty block\n",
        "---\ntitle: x\n...\nYAML end marker\n",
    ]
    for text in texts:
        assert frontmatter.serialize(frontmatter.parse(text)) == text


def test_fields_and_body() -> None:
    doc = frontmatter.parse("---\ntitle: Skriver\nid: abc\ntags:\n  - it\n---\n# Overskrift\n")
    assert doc.meta == {"title": "Skriver", "id": "abc", "tags": ["it"]}
    assert doc.body == "# Overskrift\n"


def test_crlf_and_bom_are_kept_when_changed() -> None:
    doc = frontmatter.parse("\ufeff---\r\ntitle: A\r\n---\r\nx\r\n")
    doc.meta["title"] = "B"
    out = frontmatter.serialize(doc)
    assert out.startswith("\ufeff---\r\n") and "title: B\r\n" in out and out.endswith("x\r\n")
    assert "\n" not in out.replace("\r\n", "")


def test_adding_a_key_keeps_someone_elses_yaml_as_written() -> None:
    text = "---\n# their comment\ntitle:   Spaced\nredirect_from: /x\n---\nbody\n"
    doc = frontmatter.parse(text)
    doc.meta["id"] = "0123456789abcdef"
    out = frontmatter.serialize(doc)
    assert out.startswith("---\n# their comment\ntitle:   Spaced\nredirect_from: /x\nid: 0123456789abcdef\n---\n")


def test_broken_yaml_is_reported_not_raised_and_kept_as_page_text() -> None:
    text = "---\ntitle: [unclosed\n---\nBody text\n"
    doc = frontmatter.parse(text)
    assert doc.error is not None and "not valid YAML at line 3" in doc.error
    assert doc.meta == {} and doc.body == text  # not a header: every line is page text
    assert frontmatter.serialize(doc) == text


def test_non_mapping_yaml_is_an_error_and_page_text() -> None:
    doc = frontmatter.parse("---\n- a\n- b\n---\nx")
    assert doc.error is not None and doc.meta == {} and doc.body == "---\n- a\n- b\n---\nx"


def test_corpus_front_matter_parses(corpus) -> None:
    for path in corpus.rglob("*.md"):
        text = path.read_text("utf-8")
        doc = frontmatter.parse(text)
        assert frontmatter.serialize(doc) == text, path


meta_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(min_size=1, max_size=8), children,
                                                                        max_size=3),
    max_leaves=6,
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(min_size=1, max_size=12), meta_values, min_size=1, max_size=5),
       st.text(max_size=200), st.sampled_from(["\n", "\r\n"]), st.booleans())
def test_written_metadata_reads_back(meta, body, newline, bom) -> None:
    body = body.replace("\r", "")
    doc = frontmatter.Document(meta=meta, body=body, newline=newline, bom=bom)
    again = frontmatter.parse(frontmatter.serialize(doc))
    assert again.meta == meta
    assert again.body == body
    assert again.bom == bom


def test_keys_added_to_an_indented_header_take_its_indent_and_the_page_keeps_its_identity() -> None:
    """A header written with its keys indented is valid YAML; the page's id appended at the margin would not be,
    and the whole header (the id with it) would become page text (found by the damaged-header property test)."""
    base = frontmatter.parse("---\ntitle: Side\nid: 0123456789abcdef\nauthor: Kari\n---\nOld\n")
    text = "---\n title: #not a title\n tags: [a, b]\n---\nbody\n"
    stored = frontmatter.serialize(frontmatter.adopt(text, base))
    assert stored.startswith("---\n title: #not a title\n tags: [a, b]\n id: 0123456789abcdef\n")
    again = frontmatter.parse(stored)
    assert again.error is None and again.meta["id"] == "0123456789abcdef" and again.meta["tags"] == ["a", "b"]
    assert again.body == "body\n"
