"""The index build's parse workers stay light: reading and extracting pages loads no renderer."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("mistune", "nh3", "pygments", "wikidesk.core.markdown.pipeline", "wikidesk.core.markdown.renderer")


def test_the_parse_workers_modules_load_no_renderer() -> None:
    code = (
        "import sys\n"
        "from wikidesk.core.search import source\n"
        "page = source.extract_for_index('# Rutiner {#r}\\n\\nSe [[Arkiv]] og #drift <b>fet</b>.')\n"
        "assert 'drift' in page.tags, page.tags\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_the_package_still_offers_the_renderer_by_name() -> None:
    from wikidesk.core import markdown

    page = markdown.render("# Tittel\n\n**fet** [[Side]]")
    assert "<strong>fet</strong>" in page.html
    assert markdown.extract_for_index("**fet** #tag").tags == ["tag"]
