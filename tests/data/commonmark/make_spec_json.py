"""Build spec-0.31.2.json from the CommonMark spec's spec.txt (npm package ``commonmark-spec@0.31.2``).

Usage: python make_spec_json.py path/to/spec.txt > spec-0.31.2.json

The same reading as ``test/spec_tests.py --dump-tests`` of commonmark/cmark: each example's Markdown and expected
HTML, with the spec's visible tab ``→`` turned back into a tab, its number, its lines in spec.txt and its section.
"""

from __future__ import annotations

import json
import re
import sys

FENCE = "`" * 32
HEADER = re.compile("#+ ")


def examples(spec: str) -> list[dict[str, object]]:
    tests: list[dict[str, object]] = []
    markdown: list[str] = []
    html: list[str] = []
    state = 0  # 0 prose, 1 an example's Markdown, 2 its HTML
    number = start = 0
    section = ""
    for line_number, line in enumerate(spec.splitlines(keepends=True), 1):
        stripped = line.strip()
        if stripped.startswith(FENCE + " example"):
            state = 1
        elif stripped == FENCE:
            state = 0
            number += 1
            tests.append(
                {
                    "markdown": "".join(markdown).replace("→", "\t"),
                    "html": "".join(html).replace("→", "\t"),
                    "example": number,
                    "start_line": start,
                    "end_line": line_number,
                    "section": section,
                }
            )
            start, markdown, html = 0, [], []
        elif stripped == "." and state == 1:
            state = 2
        elif state == 1:
            start = start or line_number - 1
            markdown.append(line)
        elif state == 2:
            html.append(line)
        elif state == 0 and HEADER.match(line):
            section = HEADER.sub("", line).strip()
    return tests


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8", newline="\n") as f:
        json.dump(examples(f.read()), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
