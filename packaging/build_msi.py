"""Compile ``packaging/wikidesk.wxs`` with ``wixl`` (msitools) into an MSI, so the installer definition is checked
on Linux on every CI run. The payload is whatever frozen build ``--dist`` names (the Linux build in CI, a stand-in
for the Windows one; ``packaging/build-windows.ps1`` makes the real MSI with WiX from the same source).

Usage: python packaging/build_msi.py [--dist build/dist/wikidesk] [--out build/wikidesk.msi] [--icon ICO]

wixl 0.101 reads no ``<Condition>`` inside a ``<Component>`` and makes every shortcut an advertised one: this
script takes those conditions out of the source before wixl runs, and afterwards writes them into the MSI's
Component table, each ``Advertise="no"`` shortcut's target file into its Shortcut row and the ``Secure="yes"``
properties into SecureCustomProperties (``msibuild``), so the MSI holds what WiX would build.
Needs ``wixl``, ``wixl-heat``, ``msiinfo`` and ``msibuild`` (Debian: ``apt-get install wixl msitools``).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WXS = HERE / "wikidesk.wxs"
NS = {"wix": "http://schemas.microsoft.com/wix/2006/wi"}


def version() -> str:
    text = (ROOT / "wikidesk" / "__init__.py").read_text("utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not match:
        raise SystemExit("build_msi: no __version__ in wikidesk/__init__.py")
    return match.group(1)


def component_conditions(source: str) -> dict[str, str]:
    """Component Id -> its <Condition> text, from the WiX source."""
    root = ET.fromstring(source)
    found = {}
    for component in root.iterfind(".//wix:Component", NS):
        condition = component.find("wix:Condition", NS)
        if condition is not None:
            found[component.get("Id", "")] = (condition.text or "").strip()
    return found


def plain_shortcuts(source: str) -> dict[str, str]:
    """Shortcut Id -> the Id of the file it starts, for each non-advertised shortcut inside a <File>."""
    root = ET.fromstring(source)
    found = {}
    for file in root.iterfind(".//wix:File", NS):
        for shortcut in file.iterfind("wix:Shortcut", NS):
            if shortcut.get("Advertise", "no").lower() == "no":
                found[shortcut.get("Id", "")] = file.get("Id", "")
    return found


def secure_properties(source: str) -> list[str]:
    """The properties marked Secure="yes" (WiX lists them in SecureCustomProperties; wixl does not)."""
    root = ET.fromstring(source)
    return [prop.get("Id", "") for prop in root.iterfind(".//wix:Property", NS) if prop.get("Secure") == "yes"]


def without_component_conditions(source: str) -> str:
    """The source with every <Condition> inside a <Component> removed (text edit: keeps the <?ifdef?> lines that
    an XML round trip would drop)."""
    def strip(block: re.Match[str]) -> str:
        return re.sub(r"\s*<Condition>.*?</Condition>", "", block.group(0), flags=re.DOTALL)

    return re.sub(r"<Component\b.*?</Component>", strip, source, flags=re.DOTALL)


def harvest(dist: Path, out: Path) -> None:
    """A fragment with one component per file under ``dist/_internal`` (component group AppFiles, INTERNALDIR)."""
    internal = dist / "_internal"
    files = sorted(str(path.relative_to(dist)) for path in internal.rglob("*") if path.is_file())
    if not files:
        raise SystemExit(f"build_msi: no files under {internal}; freeze the app first (packaging/build-linux.sh)")
    fragment = subprocess.run(
        ["wixl-heat", "-p", "_internal/", "--component-group", "AppFiles", "--var", "var.InternalDir",
         "--directory-ref", "INTERNALDIR", "--win64"],
        input="\n".join(files) + "\n", capture_output=True, text=True, check=True, cwd=dist).stdout
    out.write_text(fragment, "utf-8")


def relative(path: Path) -> str:
    return os.path.relpath(path, ROOT).replace(os.sep, "/")


def sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def build(dist: Path, out: Path, icon: Path) -> None:
    source = WXS.read_text("utf-8")
    conditions = component_conditions(source)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="wikidesk-msi-") as tmp:
        work = Path(tmp)
        main_wxs, files_wxs = work / "wikidesk.wxs", work / "files.wxs"
        main_wxs.write_text(without_component_conditions(source), "utf-8")
        harvest(dist, files_wxs)
        # wixl finds a Source only by a path relative to its working folder (an absolute one fails in GLib)
        defines = {"Toolset": "wixl", "Version": version(), "DistDir": relative(dist), "ExeSuffix": "",
                   "IconFile": relative(icon), "InternalDir": relative(dist / "_internal"), "Win64": "yes"}
        command = ["wixl", "--arch", "x64", "-o", str(out)]
        for name, value in defines.items():
            command += ["-D", f"{name}={value}"]
        subprocess.run([*command, str(main_wxs), str(files_wxs)], check=True, cwd=ROOT)
    queries = [f"UPDATE `Component` SET `Condition` = {sql_text(condition)} WHERE `Component` = {sql_text(component)}"
               for component, condition in sorted(conditions.items())]
    queries += [f"UPDATE `Shortcut` SET `Target` = {sql_text(f'[#{file}]')} WHERE `Shortcut` = {sql_text(shortcut)}"
                for shortcut, file in sorted(plain_shortcuts(source).items())]
    secure = subprocess.run(["msiinfo", "export", str(out), "Property"], capture_output=True, text=True,
                            check=True).stdout
    listed = next((line.split("\t", 1)[1] for line in secure.splitlines()
                   if line.startswith("SecureCustomProperties\t")), "")
    names = ";".join(dict.fromkeys([*filter(None, listed.split(";")), *secure_properties(source)]))
    queries.append(f"UPDATE `Property` SET `Value` = {sql_text(names)} WHERE `Property` = 'SecureCustomProperties'")
    for query in queries:
        subprocess.run(["msibuild", str(out), "-q", query], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "build" / "dist" / "wikidesk")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "wikidesk.msi")
    parser.add_argument("--icon", type=Path, default=ROOT / "build" / "wikidesk.ico",
                        help="made with packaging/make_icon.py when missing")
    args = parser.parse_args()
    if not args.icon.is_file():
        subprocess.run([sys.executable, str(HERE / "make_icon.py"), str(args.icon)], check=True)
    build(args.dist.resolve(), args.out.resolve(), args.icon.resolve())
    print(f"build_msi: {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
