"""Extract the interface's strings into the .ts files and compile the .qm files the app loads.

Usage (from the checkout, with the project's venv):

    .venv/bin/python devtools/update_translations.py            # extract, then compile
    .venv/bin/python devtools/update_translations.py --extract  # only update the .ts files
    .venv/bin/python devtools/update_translations.py --compile  # only rebuild the .qm files

Extraction runs Qt's ``lupdate`` (shipped with PySide6 as ``pyside6-lupdate``) over every
``desktop/**/*.py`` and merges the result into ``resources/translations/meetdesk_<lang>.ts``:
existing translations are kept, new strings arrive as "unfinished", and strings that are gone
from the code are dropped (``-no-obsolete``). Translate the unfinished ones with Qt Linguist
(``pyside6-linguist resources/translations/meetdesk_fr.ts``) or an editor, then compile.
Compilation runs ``pyside6-lrelease`` and writes ``meetdesk_<lang>.qm`` beside each .ts; commit
both, the app never needs Qt's tools at run time. ``tests/ui/test_translations.py`` fails while
a string is untranslated or a .qm is older than its .ts.

What lupdate cannot see on its own, and this script adds for it:

* ``_tr("text")`` helpers that call ``QCoreApplication.translate(CONTEXT, text)``: lupdate
  only recognises ``tr``/``translate`` spelled at the call site. The helper's context (a literal
  or a module constant) is read from its definition and each literal call is handed to lupdate
  as a ``QCoreApplication.translate("<context>", "text")`` at the same line.
* ``other.tr("text")`` on an object that is not ``self``: lupdate files these under the variable
  name, while PySide6 looks them up under the object's classes. ``RECEIVERS`` names the classes.
* ``Text("text", ...)`` from desktop/i18n.py, the services' translatable texts: each literal
  call is handed to lupdate in the context "Messages".
* ``self.tr(variable)`` / ``_tr(variable)`` whose text comes from a table: ``TABLES`` lists the
  tables and the context their strings are looked up in.

Calls that none of these cover are printed as warnings: wrap such text at its definition or add
it to ``TABLES``.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "nl")


def ts_path(language: str, ts_dir: Path = TRANSLATIONS) -> Path:
    return ts_dir / f"meetdesk_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"meetdesk_{language}.qm"


# desktop.i18n.Text("...") calls (services, providers, sync: no Qt there) and their context.
I18N_MODULE = "desktop/i18n.py"
TEXT_CONTEXT = "Messages"

# `receiver.tr("...")` outside `self`: (file, receiver name) -> the classes it is called on.
RECEIVERS: dict[tuple[str, str], tuple[str, ...]] = {
    # confirm_delete(parent, ...) is called from both with parent=self.
    ("desktop/ui/meetings/details.py", "parent"): ("MeetingsPage", "MeetingDetailsDialog"),
    # AttendeeCompleter: edit is the attendees QLineEdit (an accessible name only).
    ("desktop/ui/meetings/schedule_dialog.py", "edit"): ("QLineEdit",),
}


def _values(*names: str) -> Callable[[ModuleType], Iterable[str]]:
    def get(module: ModuleType) -> Iterable[str]:
        for name in names:
            table: object = module
            for part in name.split("."):
                table = getattr(table, part)
            yield from _strings(table)

    return get


def _strings(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _strings(item)


def _permission_texts(module: ModuleType) -> Iterable[str]:
    for _, label, description, _ in module._PERMISSION_ROWS:
        yield label
        yield description


def _permission_labels(module: ModuleType) -> Iterable[str]:
    for _, label, _, _ in module._PERMISSION_ROWS:
        yield label


def _service_texts(module: ModuleType) -> Iterable[str]:
    for info in module.SERVICES:
        yield info.name
        yield info.description
        if info.unavailable_reason:
            yield info.unavailable_reason


# Calls whose text is a variable holding one of the TABLES' strings: (file, argument).
TABLE_CALLS = {
    ("desktop/ui/importing/dialog.py", "self.COLUMNS[section]"),
    ("desktop/ui/settings/connect_dialog.py", "label"),
    ("desktop/ui/settings/connect_dialog.py", "description"),
    ("desktop/ui/settings/page.py", "self.COLUMNS[section]"),
    ("desktop/ui/settings/page.py", "label"),
    ("desktop/ui/settings/page.py", "info.description"),
    ("desktop/ui/settings/page.py", "SETTING_LABELS.get(name, name)"),
    ("desktop/ui/settings/page.py", "PROMPT_LABELS[value]"),
    ("desktop/ui/settings/page.py", "SYNC_VERSION_LABELS.get(value, str(value))"),
    ("desktop/ui/settings/page.py", "FEATURE_LABELS.get(str(k), str(k))"),
    ("desktop/ui/settings/connect_dialog.py", "info.name"),
    ("desktop/ui/settings/connect_dialog.py", "info.description"),
    ("desktop/ui/settings/connect_dialog.py", "info.unavailable_reason"),
    ("desktop/ui/settings/connect_dialog.py", "service_info(locked).name"),
    ("desktop/ui/settings/connect_dialog.py", "service_info(kind).unavailable_reason"),
}

# Texts translated through a variable: (context, module, the strings it may hold).
TABLES: tuple[tuple[str, str, Callable[[ModuleType], Iterable[str]]], ...] = (
    (
        "SettingsPage",
        "desktop.ui.settings.page",
        _values("SETTING_LABELS", "SYNC_VERSION_LABELS", "PROMPT_LABELS", "FEATURE_LABELS"),
    ),
    ("PolicyModel", "desktop.ui.settings.page", _values("PolicyModel.COLUMNS")),
    ("Services", "desktop.services.integration", _service_texts),
    ("ImportEventsModel", "desktop.ui.importing.dialog", _values("ImportEventsModel.COLUMNS")),
    ("Permissions", "desktop.ui.settings.connect_dialog", _permission_labels),
    ("PermissionsEditor", "desktop.ui.settings.connect_dialog", _permission_texts),
)


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _helper_contexts(tree: ast.Module) -> dict[str, str]:
    """{"_tr": "SettingsPage"} for module functions that return QCoreApplication.translate(C, x)."""
    constants: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and (text := _literal(node.value)) is not None:
                constants[target.id] = text
    helpers: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        params = {arg.arg for arg in node.args.args}
        for inner in ast.walk(node):
            if (
                isinstance(inner, ast.Call)
                and isinstance(inner.func, ast.Attribute)
                and inner.func.attr == "translate"
                and len(inner.args) >= 2
                and isinstance(inner.args[1], ast.Name)
                and inner.args[1].id in params
            ):
                context = _literal(inner.args[0])
                if context is None and isinstance(inner.args[0], ast.Name):
                    context = constants.get(inner.args[0].id)
                if context is not None:
                    helpers[node.name] = context
    return helpers


class _Shims:
    """Lines of QCoreApplication.translate(...) per source file, at the line they stand for."""

    def __init__(self) -> None:
        self.lines: dict[str, dict[int, list[str]]] = {}
        self.warnings: list[str] = []

    def add(self, file: str, line: int, context: str, text: str) -> None:
        call = f"QCoreApplication.translate({json.dumps(context)}, {json.dumps(text)})"
        self.lines.setdefault(file, {}).setdefault(line, []).append(call)

    def write(self, root: Path) -> list[Path]:
        written = []
        for file, by_line in sorted(self.lines.items()):
            rows = [""] * max(by_line)
            for line, calls in by_line.items():
                rows[line - 1] = "; ".join(calls)
            path = root / file
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("\n".join(rows) + "\n", encoding="utf-8")
            written.append(path)
        return written


def _scan(path: Path, shims: _Shims) -> None:
    file = path.relative_to(ROOT).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    helpers = _helper_contexts(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        text = _literal(node.args[0])
        if isinstance(func, ast.Name) and func.id == "Text":
            if text is not None:
                shims.add(file, node.lineno, TEXT_CONTEXT, text)
            elif file != I18N_MODULE:  # i18n itself rebuilds Texts from their templates
                shims.warnings.append(f"{file}:{node.lineno}: {ast.unparse(node)}")
        elif isinstance(func, ast.Name) and func.id in helpers:
            if text is None:
                if (file, ast.unparse(node.args[0])) not in TABLE_CALLS:
                    shims.warnings.append(f"{file}:{node.lineno}: {ast.unparse(node)}")
            else:
                shims.add(file, node.lineno, helpers[func.id], text)
        elif isinstance(func, ast.Attribute) and func.attr == "tr":
            receiver = (
                func.value.id if isinstance(func.value, ast.Name) else ast.unparse(func.value)
            )
            if text is None:
                if (file, ast.unparse(node.args[0])) not in TABLE_CALLS:
                    shims.warnings.append(f"{file}:{node.lineno}: {ast.unparse(node)}")
            elif receiver != "self":
                classes = RECEIVERS.get((file, receiver))
                if classes is None:
                    shims.warnings.append(
                        f"{file}:{node.lineno}: {receiver}.tr(...): unknown class, add to RECEIVERS"
                    )
                for context in classes or ():
                    shims.add(file, node.lineno, context, text)


def _add_tables(shims: _Shims) -> None:
    sys.path.insert(0, str(ROOT))
    for context, module_name, strings in TABLES:
        module = importlib.import_module(module_name)
        assert module.__file__ is not None
        path = Path(module.__file__)
        file = path.relative_to(ROOT).as_posix()
        # Each string's location is where its literal stands in the module.
        lines: dict[str, int] = {}
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.expr) and (text := _literal(node)) is not None:
                lines[text] = min(lines.get(text, node.lineno), node.lineno)
        for text in strings(module):
            shims.add(file, lines.get(text, 1), context, text)


def tool(name: str) -> str:
    """pyside6-<name> beside this Python (the venv), else on PATH."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    for candidate in (here, here.with_suffix(".exe")):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        sys.exit(f"pyside6-{name} not found: install PySide6-Essentials into this venv")
    return found


def _relative(path: Path, start: Path) -> str:
    return Path(os.path.relpath(path, start)).as_posix()


def _clean_ts(ts: Path, shim_root: Path) -> None:
    """Point shim locations at the real files; drop lupdate's receiver-named contexts."""
    text = ts.read_text(encoding="utf-8")
    text = text.replace(
        f'filename="{_relative(shim_root, ts.parent)}/', f'filename="{_relative(ROOT, ts.parent)}/'
    )
    for _, receiver in RECEIVERS:
        text = re.sub(
            rf"<context>\s*<name>{re.escape(receiver)}</name>.*?</context>\n", "", text, flags=re.S
        )
    ts.write_text(text, encoding="utf-8")


def extract(languages: Iterable[str] = LANGUAGES, ts_dir: Path = TRANSLATIONS) -> list[str]:
    """Update the .ts files in ts_dir from the sources; returns the calls it could not extract."""
    shims = _Shims()
    sources = sorted(SOURCES.rglob("*.py"))
    for path in sources:
        _scan(path, shims)
    _add_tables(shims)
    ts_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="meetdesk-lupdate-") as tmp:
        shim_root = Path(tmp)
        files = [*sources, *shims.write(shim_root)]
        listing = shim_root / "files.lst"
        listing.write_text("\n".join(str(f) for f in files) + "\n", encoding="utf-8")
        for language in languages:
            ts = ts_path(language, ts_dir)
            subprocess.run(
                [
                    tool("lupdate"),
                    "-no-obsolete",
                    "-silent",
                    "-locations",
                    "absolute",
                    "-source-language",
                    "en",
                    "-target-language",
                    language,
                    f"@{listing}",
                    "-ts",
                    str(ts),
                ],
                check=True,
                cwd=ROOT,
            )
            _clean_ts(ts, shim_root)
    return shims.warnings


def compile_qm(
    languages: Iterable[str] = LANGUAGES,
    out_dir: Path = TRANSLATIONS,
    ts_dir: Path = TRANSLATIONS,
) -> list[Path]:
    """Compile each .ts into out_dir/meetdesk_<lang>.qm (unfinished strings are left out)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for language in languages:
        qm = out_dir / f"meetdesk_{language}.qm"
        subprocess.run(
            [
                tool("lrelease"),
                "-silent",
                "-nounfinished",
                str(ts_path(language, ts_dir)),
                "-qm",
                str(qm),
            ],
            check=True,
            cwd=ROOT,
        )
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    only = parser.add_mutually_exclusive_group()
    only.add_argument("--extract", action="store_true", help="only update the .ts files")
    only.add_argument("--compile", action="store_true", help="only rebuild the .qm files")
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES), metavar="LANG")
    args = parser.parse_args(argv)
    if not args.compile:
        for warning in extract(args.languages):
            print(f"warning: not extracted: {warning}", file=sys.stderr)
        for language in args.languages:
            ts = ts_path(language)
            unfinished = ts.read_text(encoding="utf-8").count('type="unfinished"')
            print(f"{ts.relative_to(ROOT)}: {unfinished} string(s) to translate")
    if not args.extract:
        for qm in compile_qm(args.languages):
            print(f"wrote {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
