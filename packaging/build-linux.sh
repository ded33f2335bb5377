#!/usr/bin/env bash
# The packaging build on Linux, as CI runs it (.ci/run): freeze the app with PyInstaller, compile the MSI from
# packaging/wikidesk.wxs with wixl (the frozen Linux build as stand-in payload), and build the wheel and the sdist.
# Needs the project's venv with the test extras (pyinstaller, build, hatchling) and `apt-get install wixl msitools`.
# Output: build/dist/wikidesk/ (wikidesk, wikideskw, _internal/), build/wikidesk.msi, build/python/*.whl *.tar.gz
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
rm -rf build/dist/wikidesk build/pyinstaller build/python build/wikidesk.msi

started=$(date +%s)
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath build/dist --workpath build/pyinstaller \
  packaging/wikidesk.spec
echo "packaging: frozen in $(( $(date +%s) - started )) s: build/dist/wikidesk, $(du -sh build/dist/wikidesk | cut -f1)"

started=$(date +%s)
"$PY" packaging/build_msi.py 2> >(grep -v -e "GLib-GObject-WARNING" -e "unimplemented" -e '^$' >&2)
echo "packaging: MSI in $(( $(date +%s) - started )) s"

# --no-isolation: hatchling comes from the venv (the test extras), so this needs no download
"$PY" -m build --no-isolation --outdir build/python . >/dev/null  # the sdist, then the wheel built from it
echo "packaging: $(cd build/python && ls)"
