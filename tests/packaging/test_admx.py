"""The administrative templates (packaging/admx): well formed, every string and presentation they name exists in
both languages, and they set the same registry values the MSI writes and the app reads."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from wikidesk.core.machine_policy import LOCKED_NAME, POLICY_KEY, REGISTRY_NAMES

ROOT = Path(__file__).resolve().parents[2]
ADMX = ROOT / "packaging" / "admx"
NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}


def test_the_msi_the_templates_and_the_app_name_the_same_values() -> None:
    wix = {"wix": "http://schemas.microsoft.com/wix/2006/wi"}
    wxs = ET.parse(ROOT / "packaging" / "wikidesk.wxs").getroot()
    msi_values = {value.get("Name") for value in wxs.iterfind(".//wix:RegistryValue", wix)
                  if value.get("Key") == POLICY_KEY}
    admx = ET.parse(ADMX / "wikidesk.admx").getroot()
    assert {policy.get("key") for policy in admx.iterfind(".//p:policy", NS)} == {POLICY_KEY}
    admx_values = {element.get("valueName") for element in admx.iter() if element.get("valueName")}
    assert admx_values == {*REGISTRY_NAMES, LOCKED_NAME}
    # the interval, the team wikis and the chat link are Group Policy settings only (no MSI property)
    assert msi_values == admx_values - {"SyncInterval", "TeamShares", "ChatUrl"}


@pytest.mark.parametrize("language", ["en-US", "nb-NO"])
def test_every_string_and_presentation_is_there(language: str) -> None:
    admx_text = (ADMX / "wikidesk.admx").read_text("utf-8")
    adml = ET.parse(ADMX / language / "wikidesk.adml").getroot()
    strings = {element.get("id") for element in adml.iterfind(".//p:stringTable/p:string", NS)}
    presentations = {element.get("id") for element in adml.iterfind(".//p:presentationTable/p:presentation", NS)}
    assert set(re.findall(r"\$\(string\.([A-Za-z0-9_]+)\)", admx_text)) == strings
    assert set(re.findall(r"\$\(presentation\.([A-Za-z0-9_]+)\)", admx_text)) == presentations
    admx = ET.fromstring(admx_text)
    element_ids = {element.get("id") for policy in admx.iterfind(".//p:policy", NS)
                   for element in policy.find("p:elements", NS)}
    assert {element.get("refId") for element in adml.iter() if element.get("refId")} == element_ids
