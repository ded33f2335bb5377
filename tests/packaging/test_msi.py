"""The MSI compiled from packaging/wikidesk.wxs with wixl, read back table by table with msiinfo."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from wikidesk import __version__
from wikidesk.core.machine_policy import POLICY_KEY

UPGRADE_CODE = "{7CEE80A1-DB92-4CBC-B292-3507FE2C1343}"  # wikidesk's forever (docs/deployment.md)

pytestmark = pytest.mark.skipif(shutil.which("msiinfo") is None, reason="msiinfo (Debian: msitools) is not installed")


def table(msi: Path, name: str) -> list[dict[str, str]]:
    # a table with binary columns (Icon) is exported with its streams into a folder named after it, in the working
    # folder: run where that litters nothing
    with tempfile.TemporaryDirectory() as scratch:
        text = subprocess.run(["msiinfo", "export", str(msi), name], capture_output=True, text=True, check=True,
                              cwd=scratch).stdout
    lines = text.splitlines()
    columns = lines[0].split("\t")
    return [dict(zip(columns, line.split("\t"), strict=True)) for line in lines[3:]]


def test_product_properties(msi: Path) -> None:
    props = {row["Property"]: row["Value"] for row in table(msi, "Property")}
    assert {key: props[key] for key in ("ProductName", "ProductVersion", "UpgradeCode", "ALLUSERS", "Manufacturer",
                                        "ARPPRODUCTICON")} == {
        "ProductName": "wikidesk", "ProductVersion": __version__, "UpgradeCode": UPGRADE_CODE, "ALLUSERS": "1",
        "Manufacturer": "wikidesk", "ARPPRODUCTICON": "wikidesk.ico"}
    assert set(props["SecureCustomProperties"].split(";")) == {
        "SHAREDFOLDER", "WIKIFOLDER", "LANGUAGE", "LOCKED", "WIX_UPGRADE_DETECTED", "WIX_DOWNGRADE_DETECTED"}
    summary = subprocess.run(["msiinfo", "suminfo", str(msi)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Template: x64;1033$", summary, re.MULTILINE)


def test_major_upgrade_replaces_older_and_refuses_downgrade(msi: Path) -> None:
    assert table(msi, "Upgrade") == [
        {"UpgradeCode": UPGRADE_CODE, "VersionMin": "", "VersionMax": __version__, "Language": "", "Attributes": "1",
         "Remove": "", "ActionProperty": "WIX_UPGRADE_DETECTED"},
        {"UpgradeCode": UPGRADE_CODE, "VersionMin": __version__, "VersionMax": "", "Language": "", "Attributes": "2",
         "Remove": "", "ActionProperty": "WIX_DOWNGRADE_DETECTED"},
    ]
    sequence = {row["Action"]: int(row["Sequence"]) for row in table(msi, "InstallExecuteSequence")}
    assert sequence["FindRelatedProducts"] < sequence["InstallValidate"] < sequence["RemoveExistingProducts"] < \
        sequence["InstallInitialize"]
    assert table(msi, "LaunchCondition") == [
        {"Condition": "NOT WIX_DOWNGRADE_DETECTED", "Description": "A newer version of wikidesk is already installed."}]


def test_per_machine_files_under_program_files_with_a_start_menu_shortcut(msi: Path, dist: Path) -> None:
    directories = {row["Directory"]: row for row in table(msi, "Directory")}
    assert (directories["INSTALLDIR"]["Directory_Parent"], directories["INSTALLDIR"]["DefaultDir"]) == (
        "ProgramFiles64Folder", "wikidesk")
    files = table(msi, "File")
    assert len(files) == sum(1 for path in dist.rglob("*") if path.is_file())  # every file of the build, no more
    assert {row["FileName"]: row["Component_"] for row in files if row["FileName"].endswith(".exe")} == {
        "wikideskw.exe": "DesktopApp", "wikidesk.exe": "CommandLine"}
    assert [(row["File"], row["Component_"]) for row in files if row["FileName"] == "THIRD-PARTY-NOTICES.txt"] == [
        ("ThirdPartyNotices", "DesktopApp")]  # the licences, beside the executables
    components = table(msi, "Component")
    assert {row["Attributes"] for row in components if not row["Component"].startswith("Policy")} == {"256"}  # 64-bit
    assert table(msi, "Shortcut") == [{
        "Shortcut": "StartMenuShortcut", "Directory_": "ProgramMenuFolder", "Name": "wikidesk",
        "Component_": "DesktopApp", "Target": "[#wikideskw.exe]", "Arguments": "", "Description": "", "Hotkey": "",
        "Icon_": "wikidesk.ico", "IconIndex": "0", "ShowCmd": "", "WkDir": "INSTALLDIR", "DisplayResourceDLL": "",
        "DisplayResourceId": "", "DescriptionResourceDLL": "", "DescriptionResourceId": ""}]
    assert [row["Name"] for row in table(msi, "Icon")] == ["wikidesk.ico"]


def test_public_properties_become_policy_values_only_when_given(msi: Path) -> None:
    registry = {row["Name"]: row for row in table(msi, "Registry")}
    assert {name: (row["Root"], row["Key"], row["Value"]) for name, row in registry.items()} == {
        "SharedFolder": ("2", POLICY_KEY, "[SHAREDFOLDER]"),
        "WikiFolder": ("2", POLICY_KEY, "[WIKIFOLDER]"),
        "Language": ("2", POLICY_KEY, "[LANGUAGE]"),
        "Locked": ("2", POLICY_KEY, "[LOCKED]"),
    }
    components = {row["Component"]: row for row in table(msi, "Component")}
    # 260 = a registry key path (4) in the 64-bit view (256); the condition: written only when the property is set
    assert {registry[name]["Component_"]: (components[registry[name]["Component_"]]["Condition"],
                                           components[registry[name]["Component_"]]["Attributes"])
            for name in registry} == {
        "PolicySharedFolder": ("SHAREDFOLDER", "260"), "PolicyWikiFolder": ("WIKIFOLDER", "260"),
        "PolicyLanguage": ("LANGUAGE", "260"), "PolicyLocked": ("LOCKED", "260")}
