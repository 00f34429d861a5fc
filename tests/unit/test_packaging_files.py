"""Files the installers and the desktop rely on."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import json
import os
import plistlib
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pytest

from desktop import APP_ID
from desktop.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]


def test_the_desktop_entry_opens_calendar_files_with_meetdesk() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "packaging" / "linux" / "org.meetdesk.Meetdesk.desktop")
    section = entry["Desktop Entry"]
    assert section["Exec"].split()[0] == "meetdesk" and "%f" in section["Exec"]
    assert "text/calendar" in section["MimeType"].split(";")


def test_the_app_icon_is_found_from_a_checkout() -> None:
    icon = resource_path("icons", "meetdesk.svg")
    assert icon is not None and icon.read_text().lstrip().startswith("<svg")
    assert resource_path("icons", "missing.svg") is None


# --- PyInstaller spec -------------------------------------------------------------------------

PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "meetdesk.spec"
WXS = PACKAGING / "windows" / "meetdesk.wxs"
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
UPGRADE_CODE = "2DE26C67-136A-4B4C-8B52-CFF6578B3C06"  # never change: it links every MSI release
WIX = "{http://schemas.microsoft.com/wix/2006/wi}"


def _xml(path: Path) -> ET.Element:
    return ET.parse(path).getroot()  # noqa: S314 - our own files


def _spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def _spec_constant(name: str) -> Any:
    """The value of a top-level `NAME = <literal>` of the spec (lists may splat calls: skipped)."""
    for node in _spec_tree().body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            value = node.value
            if isinstance(value, ast.List):
                return [ast.literal_eval(e) for e in value.elts if not isinstance(e, ast.Starred)]
            return ast.literal_eval(value)
    raise AssertionError(f"{name} is not assigned in {SPEC.name}")


def test_the_spec_is_python_and_runs_the_console_script_entry_point() -> None:
    _spec_tree()  # a SyntaxError fails here
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert _spec_constant("ENTRY_POINT") == scripts["meetdesk"] == "desktop.cli:main"
    assert _spec_constant("EXE_NAME") == "meetdesk"
    entry = ast.parse((PACKAGING / "meetdesk_main.py").read_text())
    imports = [n for n in ast.walk(entry) if isinstance(n, ast.ImportFrom)]
    assert any(n.module == "desktop.cli" and n.names[0].name == "main" for n in imports)
    text = SPEC.read_text()
    assert 'ENTRY_SCRIPT = SPEC_DIR / "meetdesk_main.py"' in text
    assert "exclude_binaries=True" in text and "COLLECT(" in text  # one folder, not one file
    assert "upx=False" in text


def test_the_spec_names_the_lazily_imported_modules() -> None:
    hidden = set(_spec_constant("HIDDEN_IMPORTS"))
    for name in (
        "keyring.backends.SecretService",
        "keyring.backends.Windows",
        "keyring.backends.macOS",
        "msal",
        "httpx",
        "zoneinfo",
        "tzdata",
        "icalendar",
        "nh3",
        "qasync",
    ):
        assert name in hidden, name
    for name in hidden:  # no typo: each one exists in this environment
        assert importlib.util.find_spec(name) is not None, name


def test_the_spec_excludes_no_qt_module_the_app_imports() -> None:
    excluded = set(_spec_constant("EXCLUDES"))
    assert {"tkinter", "PyQt5", "PyQt6", "PIL"} <= excluded
    excluded |= {f"PySide6.{name}" for name in _spec_constant("UNUSED_QT_MODULES")}
    assert {"PySide6.QtQml", "PySide6.QtWebEngineCore"} <= excluded
    used: set[str] = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                used.add(node.module)
            elif isinstance(node, ast.Import):
                used.update(alias.name for alias in node.names)
    qt_used = {m for m in used if m.startswith("PySide6.")}
    assert {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} <= qt_used
    assert not qt_used & excluded, f"excluded but imported: {sorted(qt_used & excluded)}"
    assert not {m.split(".")[0] for m in used} & {"tkinter", "PyQt5", "PyQt6", "PIL"}


def _spec_resource_datas(workpath: Path) -> list[tuple[str, str]]:
    """Runs the spec's own resource_datas() (without PyInstaller)."""
    wanted = {"resource_datas", "compile_translation"}
    module = ast.Module(
        body=[n for n in _spec_tree().body if isinstance(n, ast.FunctionDef) and n.name in wanted],
        type_ignores=[],
    )
    namespace: dict[str, Any] = {
        "Path": Path,
        "ROOT": ROOT,
        "RESOURCES": ROOT / "resources",
        "SOURCE_SUFFIXES": _spec_constant("SOURCE_SUFFIXES"),
        "workpath": str(workpath),
        "IS_WINDOWS": False,
        "shutil": shutil,
        "subprocess": subprocess,
    }
    exec(compile(module, str(SPEC), "exec"), namespace)  # noqa: S102 - our own spec
    return namespace["resource_datas"]()  # type: ignore[no-any-return]


def test_the_frozen_lookup_finds_what_the_spec_bundles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop import resources

    bundle = tmp_path / "_internal"
    for source, folder in _spec_resource_datas(tmp_path / "work"):
        target = bundle / folder / Path(source).name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert resources.resources_dir() == bundle / "resources"
    icon = resources.resource_path("icons", "meetdesk.svg")
    assert icon is not None and icon.is_relative_to(bundle)
    for path in (ROOT / "resources").rglob("*"):
        if path.is_file() and path.suffix not in {".ts"} and "__pycache__" not in path.parts:
            parts = path.relative_to(ROOT / "resources").parts
            assert resources.resource_path(*parts) is not None, parts
    for ts in (ROOT / "resources").rglob("*.ts"):  # shipped compiled, never as source
        parts = ts.relative_to(ROOT / "resources").parts
        assert resources.resource_path(*parts) is None, parts


def test_the_macos_bundle_settings() -> None:
    plist = _spec_constant("INFO_PLIST")
    assert plist["CFBundleIdentifier"] == APP_ID == "org.meetdesk.Meetdesk"
    assert plist["LSUIElement"] is False  # a Dock icon normally; silent start hides it at run time
    assert plist["NSHighResolutionCapable"] is True
    assert tuple(int(n) for n in plist["LSMinimumSystemVersion"].split(".")) >= (11, 0)
    plistlib.dumps(plist)  # only plist types
    text = SPEC.read_text()
    assert "BUNDLE(" in text and "bundle_identifier=APP_ID" in text
    entitlements = plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())
    assert entitlements == {"com.apple.security.cs.allow-unsigned-executable-memory": True}


def test_the_dmg_settings() -> None:
    settings: dict[str, Any] = {"defines": {"app": "/build/dist/Meetdesk.app"}}
    code = (PACKAGING / "macos" / "dmg_settings.py").read_text()
    exec(compile(code, "dmg_settings.py", "exec"), settings)  # noqa: S102 - as dmgbuild does
    assert settings["files"] == ["/build/dist/Meetdesk.app"]
    assert settings["symlinks"] == {"Applications": "/Applications"}
    assert set(settings["icon_locations"]) == {"Meetdesk.app", "Applications"}
    assert settings["format"] == "UDBZ"


def test_the_build_scripts_are_executable() -> None:
    for script in ("linux/build.sh", "macos/build_dmg.sh"):
        path = PACKAGING / script
        assert os.access(path, os.X_OK), script
        assert path.read_text().startswith("#!/usr/bin/env bash\n")
    dmg = (PACKAGING / "macos" / "build_dmg.sh").read_text()
    for name in ("MACOS_CERT_P12", "APPLE_ID", "APPLE_TEAM_ID", "APPLE_APP_PASSWORD"):
        assert name in dmg
    assert "notarytool submit" in dmg and "stapler staple" in dmg


def test_the_icons_are_generated_from_the_svg(tmp_path: Path, qapp: object) -> None:
    # qapp: the widgets' QApplication first, else make_icons' QGuiApplication would be the
    # process's application and every widget test after this one would fail.
    pytest.importorskip("PIL", reason="Pillow comes with packaging/requirements.txt")
    spec = importlib.util.spec_from_file_location("make_icons", PACKAGING / "make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    made = module.make_icons(tmp_path)
    assert made["ico"].read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert made["icns"].read_bytes()[:4] == b"icns"
    assert made["png"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# --- Windows installer ------------------------------------------------------------------------


def test_the_wxs_is_a_per_user_msi_with_a_fixed_upgrade_code() -> None:
    root = _xml(WXS)
    product = root.find(f"{WIX}Product")
    assert product is not None
    assert product.get("UpgradeCode") == UPGRADE_CODE
    assert product.get("Version") == "$(var.Version)"
    package = product.find(f"{WIX}Package")
    assert package is not None and package.get("InstallScope") == "perUser"
    assert package.get("InstallPrivileges") == "limited"
    assert product.find(f"{WIX}MajorUpgrade") is not None
    install_dir = next(d for d in root.iter(f"{WIX}Directory") if d.get("Id") == "INSTALLDIR")
    parents = {child: parent for parent in root.iter() for child in parent}
    chain = []
    node = install_dir
    while node in parents:
        chain.append(node.get("Id"))
        node = parents[node]
    assert "LocalAppDataFolder" in chain and "ProgramFilesFolder" not in chain


def test_the_wxs_has_a_start_menu_entry_and_no_desktop_shortcut() -> None:
    root = _xml(WXS)
    shortcuts = list(root.iter(f"{WIX}Shortcut"))
    assert len(shortcuts) == 1
    assert shortcuts[0].get("Target") == "[INSTALLDIR]meetdesk.exe"
    refs = [d for d in root.iter(f"{WIX}DirectoryRef") if shortcuts[0] in list(d.iter())]
    assert [d.get("Id") for d in refs] == ["ProgramMenuFolder"]
    assert "DesktopFolder" not in WXS.read_text()


def test_the_wxs_silent_start_property_writes_the_setting_the_app_reads() -> None:
    root = _xml(WXS)
    properties = {p.get("Id"): p for p in root.iter(f"{WIX}Property")}
    assert properties["MEETDESKSILENTSTART"].get("Value") == "0"
    assert properties["MEETDESKSILENTSTART"].get("Secure") == "yes"
    values = [
        r for r in root.iter(f"{WIX}RegistryValue") if r.get("Value") == "[MEETDESKSILENTSTART]"
    ]
    assert len(values) == 1
    value = values[0]
    assert (value.get("Root"), value.get("Key"), value.get("Name")) == (
        "HKCU",
        "Software\\Meetdesk",
        "SilentStart",
    )
    assert value.get("Type") == "integer"
    # The MSI never writes the Run key: the app owns start at login.
    assert "CurrentVersion\\Run" not in WXS.read_text()
    refs = {r.get("Id") for r in root.iter(f"{WIX}ComponentGroupRef")}
    assert refs == {"MeetdeskFiles"}


def _fake_dist(base: Path) -> Path:
    dist = base / "meetdesk"
    for relative in (
        "meetdesk.exe",
        "meetdesk-cli.exe",
        "_internal/base_library.zip",
        "_internal/resources/icons/meetdesk.svg",
        "_internal/PySide6/Qt/plugins/platforms/qwindows.dll",
    ):
        path = dist / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(relative)
    return dist


def _make_wxs_files() -> Any:
    spec = importlib.util.spec_from_file_location(
        "make_wxs_files", PACKAGING / "windows" / "make_wxs_files.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_files_fragment_follows_the_per_user_rules(tmp_path: Path) -> None:
    make = _make_wxs_files()
    dist = _fake_dist(tmp_path)
    out = tmp_path / "files.wxs"
    assert make.write_fragment(dist, out) == 5
    root = _xml(out)
    components = list(root.iter(f"{WIX}Component"))
    assert len(components) == 8  # one per folder
    for component in components:
        keys = [r for r in component.iter(f"{WIX}RegistryValue") if r.get("KeyPath") == "yes"]
        assert len(keys) == 1 and keys[0].get("Root") == "HKCU"  # ICE38
        assert len(list(component.iter(f"{WIX}RemoveFolder"))) == 1  # ICE64
    references = {f"{WIX}DirectoryRef", f"{WIX}ComponentRef"}
    ids = [e.get("Id") for e in root.iter() if e.get("Id") and e.tag not in references]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]{0,71}", i) for i in ids)
    group = {r.get("Id") for r in root.iter(f"{WIX}ComponentRef")}
    assert group == {c.get("Id") for c in components}
    sources = sorted(f.get("Source") for f in root.iter(f"{WIX}File"))
    assert f"$(var.DistDir){os.sep}meetdesk.exe" in sources
    # Same paths, same GUIDs: a rebuild keeps Windows Installer's component rules.
    again = tmp_path / "again.wxs"
    make.write_fragment(dist, again)
    assert out.read_bytes() == again.read_bytes()


@pytest.mark.skipif(shutil.which("wixl") is None, reason="wixl (Debian package wixl) not installed")
def test_wixl_builds_an_msi_from_the_wxs(tmp_path: Path) -> None:
    make = _make_wxs_files()
    dist = _fake_dist(tmp_path)
    make.write_fragment(dist, tmp_path / "files.wxs")
    shutil.copyfile(ROOT / "resources" / "icons" / "meetdesk.svg", tmp_path / "meetdesk.ico")
    command = ["wixl", "-a", "x64", "-D", "Version=1.2.3", "-D", "IconFile=meetdesk.ico"]
    command += ["-D", "DistDir=meetdesk", "-o", "meetdesk.msi", str(WXS), "files.wxs"]
    # wixl finds sources only by paths relative to where it runs.
    result = subprocess.run(
        command, cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    msi = tmp_path / "meetdesk.msi"
    assert msi.read_bytes()[:8] == bytes.fromhex("d0cf11e0a1b11ae1")  # an OLE compound file
    if shutil.which("msiinfo") is None:
        return

    def table(name: str) -> str:
        return subprocess.run(
            ["msiinfo", "export", str(msi), name],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        ).stdout

    properties = table("Property")
    assert f"UpgradeCode\t{{{UPGRADE_CODE}}}" in properties
    assert "MEETDESKSILENTSTART\t0" in properties
    assert "ProductVersion\t1.2.3" in properties
    assert "ALLUSERS" not in properties  # per user
    assert "Software\\Meetdesk\tSilentStart\t#[MEETDESKSILENTSTART]" in table("Registry")
    shortcuts = table("Shortcut").splitlines()[3:]
    assert len(shortcuts) == 1 and shortcuts[0].split("\t")[1] == "ProgramMenuFolder"
    files = table("File")
    assert "meetdesk.exe" in files and "qwindows.dll" in files
    assert "WIX_UPGRADE_DETECTED" in table("Upgrade")


# --- Release workflow -------------------------------------------------------------------------


def _workflow() -> dict[str, Any]:
    text = WORKFLOW.read_text(encoding="utf-8")
    try:
        import yaml
    except ImportError:
        yaml = None
    if yaml is not None:
        data = yaml.safe_load(text)
        data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads `on:` as True
        return dict(data)
    # Without PyYAML: the top-level keys, the jobs and each job's text.
    jobs: dict[str, Any] = {}
    current = None
    for line in text.splitlines():
        job = re.fullmatch(r"  ([a-z][\w-]*):\s*", line)
        if job and "jobs:" in text[: text.index(line)]:
            current = job.group(1)
            jobs[current] = {"text": ""}
        elif current:
            jobs[current]["text"] += line + "\n"
    assert '\non:\n  push:\n    tags: ["v*"]' in text
    return {"on": {"push": {"tags": ["v*"]}}, "jobs": jobs}


def _job_text(job: dict[str, Any]) -> str:
    return job["text"] if "text" in job else json.dumps(job)


def test_the_release_workflow_builds_the_three_platforms_from_a_tag() -> None:
    workflow = _workflow()
    assert workflow["on"]["push"]["tags"] == ["v*"]
    jobs = workflow["jobs"]
    assert {"linux", "windows", "macos"} <= set(jobs)
    windows, macos, linux = (_job_text(jobs[n]) for n in ("windows", "macos", "linux"))
    assert "windows-latest" in windows and "packaging/windows/build.ps1" in windows
    assert "upload-artifact" in windows and ".msi" in windows
    assert "macos-latest" in macos and "packaging/macos/build_dmg.sh" in macos
    assert "upload-artifact" in macos and ".dmg" in macos
    for name in ("MACOS_CERT_P12", "APPLE_ID", "APPLE_TEAM_ID", "APPLE_APP_PASSWORD"):
        assert f"secrets.{name}" in macos
    assert "packaging/linux/build.sh" in linux
    assert "tests/integration/test_frozen_app.py" in linux
    assert "PYTHON_VERSION" in windows and '"3.11"' in WORKFLOW.read_text()
