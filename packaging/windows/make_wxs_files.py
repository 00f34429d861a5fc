"""Write the WiX fragment that installs every file of the PyInstaller folder.

    python packaging/windows/make_wxs_files.py dist/meetdesk packaging/windows/meetdesk-files.wxs

(wixl has no `heat`, and heat's output needs fixing up for a per-user install anyway.)
The fragment defines ComponentGroup "MeetdeskFiles" under DirectoryRef "INSTALLDIR", which
packaging/windows/meetdesk.wxs installs.

One component per folder, so the rules of a per-user install hold (ICE38, ICE64): its key
path is an HKCU registry value, it removes its folder on uninstall, and it holds the folder's
files. Ids and component GUIDs derive from the relative path, so they stay the same from one
build to the next (what Windows Installer's component rules want). File sources are written
as `$(var.DistDir)` + the path inside the folder, with this machine's separator: pass the
folder's path to the compiler (`candle -dDistDir=C:\\...\\dist\\meetdesk`, `wixl -D
DistDir=dist/meetdesk`; wixl 0.101 only finds files by a path relative to where it runs).
"""

from __future__ import annotations

import hashlib
import os
import sys
import uuid
from pathlib import Path
from xml.etree import ElementTree as ET

WIX_NS = "http://schemas.microsoft.com/wix/2006/wi"
GROUP_ID = "MeetdeskFiles"
ROOT_DIRECTORY_ID = "INSTALLDIR"
REGISTRY_KEY = r"Software\Meetdesk\Components"
# Fixed namespace for the component GUIDs: never change it (it would orphan old components).
GUID_NAMESPACE = uuid.UUID("E23D894F-FF1A-4B7D-8C27-C979556DE871")


def _id(prefix: str, relative: str) -> str:
    digest = hashlib.sha1(relative.encode("utf-8"), usedforsecurity=False).hexdigest()
    return f"{prefix}_{digest[:24]}"


def _guid(relative: str) -> str:
    return str(uuid.uuid5(GUID_NAMESPACE, relative)).upper()


def _relative(path: Path, base: Path) -> str:
    rel = path.relative_to(base).as_posix()
    return "" if rel == "." else rel


def build_fragment(source: Path) -> ET.ElementTree:
    """The fragment's XML tree for the folder `source` (e.g. dist/meetdesk)."""
    source = source.resolve()
    if not source.is_dir():
        raise SystemExit(f"make_wxs_files: {source} is not a folder")
    ET.register_namespace("", WIX_NS)

    def q(tag: str) -> str:
        return f"{{{WIX_NS}}}{tag}"

    wix = ET.Element(q("Wix"))
    fragment = ET.SubElement(wix, q("Fragment"))
    root_ref = ET.SubElement(fragment, q("DirectoryRef"), Id=ROOT_DIRECTORY_ID)
    component_ids: list[str] = []

    def add_folder(folder: Path, parent: ET.Element) -> None:
        rel = _relative(folder, source)
        component_id = _id("cmp", rel or ".")
        component = ET.SubElement(parent, q("Component"), Id=component_id, Guid=_guid(rel or "."))
        ET.SubElement(
            component,
            q("RegistryValue"),
            Root="HKCU",
            Key=REGISTRY_KEY,
            Name=component_id,
            Type="integer",
            Value="1",
            KeyPath="yes",
        )
        # Every folder in the user profile is removed on uninstall (ICE64).
        ET.SubElement(component, q("RemoveFolder"), Id=_id("rmf", rel or "."), On="uninstall")
        component_ids.append(component_id)
        children = sorted(folder.iterdir(), key=lambda p: p.name.lower())
        for child in children:
            if child.is_file():
                child_rel = _relative(child, source)
                ET.SubElement(
                    component,
                    q("File"),
                    Id=_id("fil", child_rel),
                    Name=child.name,
                    Source=os.sep.join(("$(var.DistDir)", *child.relative_to(source).parts)),
                )
        for child in children:
            if child.is_dir():
                child_rel = _relative(child, source)
                directory = ET.SubElement(
                    parent, q("Directory"), Id=_id("dir", child_rel), Name=child.name
                )
                add_folder(child, directory)

    add_folder(source, root_ref)

    group_fragment = ET.SubElement(wix, q("Fragment"))
    group = ET.SubElement(group_fragment, q("ComponentGroup"), Id=GROUP_ID)
    for component_id in component_ids:
        ET.SubElement(group, q("ComponentRef"), Id=component_id)
    tree = ET.ElementTree(wix)
    ET.indent(tree, space="  ")
    return tree


def write_fragment(source: Path, out: Path) -> int:
    """Writes the fragment; returns how many files it installs."""
    tree = build_fragment(source)
    out.parent.mkdir(parents=True, exist_ok=True)
    tree.write(out, encoding="utf-8", xml_declaration=True)
    return sum(1 for _ in tree.getroot().iter(f"{{{WIX_NS}}}File"))


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    count = write_fragment(Path(argv[0]), Path(argv[1]))
    print(f"make_wxs_files: {count} files -> {argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
