"""Huge and deeply nested input finishes in bounded time without blowing the stack, and stays safe.

Each case runs in its own process with a hard timeout, so a hang or a native stack overflow (which no
``try`` can catch) fails the test instead of the test run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent

# name -> (Python expression building the input, seconds allowed on this 2-core CI box)
CASES = {
    "nested_quotes_100k": ('">" * 100_000 + " x"', 30),
    "nested_brackets_100k": ('"[" * 100_000 + "x" + "]" * 100_000', 30),
    "nested_stars_100k": ('"*" * 100_000 + "x" + "*" * 100_000', 30),
    "nested_link_openers_50k": ('"[a](" * 50_000', 30),
    "wikilink_openers_100k": ('"[[" * 100_000', 30),
    "line_5mb": ('"ord " * 1_250_000', 30),
    "line_5mb_no_spaces": ('"a" * 5_000_000', 30),
    "nested_lists_10k_one_line": ('"- " * 10_000 + "x"', 30),
    "nested_lists_10k_indented": ('"".join(" " * (2 * (i % 200)) + "- x\\n" for i in range(10_000))', 30),
    "nested_ordered_lists_5k": ('"1. " * 5_000 + "x"', 30),
    "nested_quote_lines_10k": ('"".join(">" * (i % 500) + " x\\n" for i in range(10_000))', 30),
    "nested_divs_100k": ('"<div>" * 100_000 + "x" + "</div>" * 100_000', 30),
    "nested_div_block_100k": ('"<div>\\n" + "<div>" * 100_000 + "\\n</div>"', 30),
    "unclosed_bold_100k": ('"x <b>" * 100_000', 30),
    "unclosed_tables_50k": ('"<table><tr><td>" * 50_000', 30),
    "lt_1m": ('"<" * 1_000_000', 30),
    "unclosed_attr_300k": ('"<a " * 300_000', 30),
    "entities_500k": ('"&#" * 500_000', 30),
    "tags_200k": ('" #tag" * 200_000', 30),
    "wikilinks_200k": ('"[[Side]] " * 200_000', 30),
    "code_block_1mb": ('"```python\\n" + "x = [1, 2]  # k\\n" * 60_000 + "```\\n"', 30),
    "table_50k_rows": ('"|a|b|\\n|-|-|\\n" + "|[[x]]|#y|\\n" * 50_000', 30),
    "footnotes_20k": (
        '"".join(f"t[^{i}] " for i in range(20_000)) + "\\n\\n" + "".join(f"[^{i}]: n\\n" for i in range(20_000))',
        60,
    ),
    "emphasis_mix_100k": ('"*a **b _c __d " * 25_000', 30),
    "script_flood_100k": ('"<script>alert(1)</script><img src=x onerror=alert(1)>" * 20_000', 30),
}

RUNNER = """
import json, sys, time
sys.path.insert(0, {here!r})
from md_safety import problems
from wikidesk.core.markdown import render
source = {expr}
start = time.perf_counter()
page = render(source)
elapsed = time.perf_counter() - start
print(json.dumps({{"seconds": elapsed, "html": len(page.html), "problems": problems(page.html)[:5]}}))
"""


@pytest.mark.parametrize("name", sorted(CASES))
def test_huge_input_finishes_and_is_safe(name: str):
    expr, limit = CASES[name]
    code = RUNNER.format(here=str(HERE), expr=expr)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    try:
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=limit + 15, env=env, check=False
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{name}: render() did not finish within {limit + 15} s")
    assert done.returncode == 0, f"{name} crashed (exit {done.returncode}): {done.stderr[-2000:]}"
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["problems"] == []
    assert result["html"] > 0
    assert result["seconds"] < limit, f"{name} took {result['seconds']:.1f} s"


def test_recursion_error_falls_back_to_escaped_text():
    """A real RecursionError inside mistune (stack limit lowered) gives an escaped <pre>, never an exception."""
    code = f"""
import inspect, sys
sys.path.insert(0, {str(HERE)!r})
from md_safety import problems
from wikidesk.core.markdown import render
source = "> " * 19 + "- " * 19 + "*a **b [c](d) <script>x</script> e** f*"
sys.setrecursionlimit(len(inspect.stack()) + 40)
page = render(source)
sys.setrecursionlimit(10_000)
assert page.html.startswith('<p class="render-error">'), page.html[:200]
assert "&lt;script&gt;" in page.html and not problems(page.html)
assert page.text == source
print("ok")
"""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"


def test_a_page_too_large_to_format_is_shown_as_plain_text_quickly() -> None:
    import time

    from wikidesk.core.markdown import render as render_page
    from wikidesk.core.markdown.pipeline import MAX_FORMAT_CHARS

    text = ("<script>alert(1)</script> [[Side]] #tag **fet**\n" * (MAX_FORMAT_CHARS // 40))[: MAX_FORMAT_CHARS + 10]
    started = time.perf_counter()
    page = render_page(text)
    assert time.perf_counter() - started < 5
    assert "too large to format" in page.html
    assert "<script" not in page.html and "&lt;script&gt;" in page.html
    assert page.links == [] and page.text.startswith("<script>alert(1)")
