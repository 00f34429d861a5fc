"""Reading the admin policy file.

load_policy never raises for bad content: a broken policy must not stop the
app from starting. Each problem becomes one human-readable line naming the
file (and the setting), and only the broken part is dropped. The lines are
desktop.i18n Texts: the settings page shows them in the person's language.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

import platformdirs

from desktop.i18n import Text, message_of
from desktop.policy.specs import SETTINGS, close_match, describe, quote

POLICY_ENV_VAR = "MEETDESK_POLICY"
MAX_POLICY_BYTES = 1024 * 1024
SECTIONS = ("enforced", "recommended")


def _empty() -> Mapping[str, object]:
    return MappingProxyType({})


@dataclass(frozen=True)
class Policy:
    """What the administrator set. Values are already validated and normalised."""

    enforced: Mapping[str, object] = field(default_factory=_empty)
    recommended: Mapping[str, object] = field(default_factory=_empty)
    problems: tuple[str, ...] = ()
    # The file looked at (None: no file involved, e.g. a policy built in code).
    path: Path | None = None
    # Whether that file existed; a missing file is normal, not a problem.
    found: bool = False


def policy_path() -> Path:
    """The policy file: $MEETDESK_POLICY if set, else <site config>/meetdesk/policy.json."""
    override = os.environ.get(POLICY_ENV_VAR, "").strip()
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.site_config_dir()) / "meetdesk" / "policy.json"


class _Refused(Exception):
    """The file exists but cannot be used at all (its message, a Text, says why)."""


def _read_limited(path: Path) -> bytes:
    """Read at most MAX_POLICY_BYTES; FileNotFoundError means no policy."""
    try:
        info = path.stat()
    except NotADirectoryError:
        # A parent is a file: there is no policy file at this path.
        raise FileNotFoundError(str(path)) from None
    except OSError as exc:
        if isinstance(exc, FileNotFoundError):
            raise
        raise _Refused(_unreadable(exc)) from None
    except ValueError as exc:  # e.g. an embedded NUL in the path
        raise _Refused(Text("is not a usable path ({reason})", reason=f"{exc}")) from None
    # Refuse FIFOs and devices: reading one could block start-up or never end.
    if not stat.S_ISREG(info.st_mode):
        raise _Refused(Text("is not a regular file"))
    megabytes = MAX_POLICY_BYTES // (1024 * 1024)
    if info.st_size > MAX_POLICY_BYTES:
        raise _Refused(
            Text(
                "is larger than {megabytes} MB ({size} bytes)",
                megabytes=megabytes,
                size=info.st_size,
            )
        )
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_POLICY_BYTES + 1)  # +1: notices a file that grew meanwhile
    except FileNotFoundError:
        raise  # removed between stat and open
    except OSError as exc:
        raise _Refused(_unreadable(exc)) from None
    if len(data) > MAX_POLICY_BYTES:
        raise _Refused(Text("is larger than {megabytes} MB", megabytes=megabytes))
    return data


def _unreadable(exc: OSError) -> Text:
    # The system's own words (strerror) are not ours to translate.
    return Text("cannot be read ({reason})", reason=f"{exc.strerror or exc}")


def _parse(data: bytes, duplicates: list[str]) -> object:
    """Decode and parse JSON, remembering duplicate keys; raises _Refused."""
    try:
        # utf-8-sig: Windows editors often save a byte-order mark.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _Refused(
            Text("is not UTF-8 text (bad byte at offset {offset})", offset=exc.start)
        ) from None
    if not text.strip():
        raise _Refused(Text("is empty"))

    def pairs(items: list[tuple[str, object]]) -> dict[str, object]:
        obj: dict[str, object] = {}
        for key, value in items:
            if key in obj:
                duplicates.append(key)
            obj[key] = value  # last one wins, like json.loads itself
        return obj

    try:
        return json.loads(text, object_pairs_hook=pairs)
    except json.JSONDecodeError as exc:
        # exc.msg is the JSON parser's English ("Expecting value"); kept as it is.
        raise _Refused(
            Text(
                "is not valid JSON: {error} at line {line}, column {column}",
                error=exc.msg,
                line=exc.lineno,
                column=exc.colno,
            )
        ) from None
    except RecursionError:
        raise _Refused(Text("is not usable JSON: nested too deeply")) from None
    except ValueError as exc:  # e.g. an integer with thousands of digits
        raise _Refused(Text("is not usable JSON: {error}", error=f"{exc}")) from None


def _check_section(
    path: Path, section: str, raw: Mapping[str, object], problems: list[str]
) -> Mapping[str, object]:
    """Validate each setting on its own, so one bad value drops only that setting."""
    good: dict[str, object] = {}
    where = {"path": f"{path}", "section": section}
    for name, value in raw.items():
        spec = SETTINGS.get(name)
        if spec is None:
            meant = close_match(name, SETTINGS)
            if meant is None:
                problems.append(
                    Text(
                        "{path}: {section}: unknown setting {name}; ignored",
                        **where,
                        name=quote(name),
                    )
                )
            else:
                problems.append(
                    Text(
                        "{path}: {section}: unknown setting {name} "
                        "(did you mean {meant}?); ignored",
                        **where,
                        name=quote(name),
                        meant=meant,
                    )
                )
            continue
        try:
            good[name] = spec.validate(value)
        except ValueError as exc:
            problems.append(
                Text(
                    "{path}: {section} setting {name}: {problem}; ignored",
                    **where,
                    name=quote(name),
                    problem=message_of(exc),
                )
            )
        except Exception as exc:  # a validator bug must not stop start-up
            problems.append(
                Text(
                    "{path}: {section} setting {name} could not be checked ({error}); ignored",
                    **where,
                    name=quote(name),
                    error=type(exc).__name__,
                )
            )
    return MappingProxyType(good)


def _refused(target: Path, exc: _Refused) -> Text:
    return Text(
        "{path}: {problem}; the whole policy file is ignored",
        path=f"{target}",
        problem=message_of(exc),
    )


def load_policy(path: Path | None = None) -> Policy:
    """Load the policy file (default: policy_path()). Never raises for bad content."""
    target = policy_path() if path is None else path
    try:
        data = _read_limited(target)
    except FileNotFoundError:
        return Policy(path=target, found=False)
    except _Refused as exc:
        return Policy(problems=(_refused(target, exc),), path=target, found=True)

    duplicates: list[str] = []
    try:
        document = _parse(data, duplicates)
    except _Refused as exc:
        return Policy(problems=(_refused(target, exc),), path=target, found=True)

    if not isinstance(document, dict):
        problem = Text(
            '{path}: must hold a JSON object with "enforced" and/or "recommended", '
            "found {value}; the whole policy file is ignored",
            path=f"{target}",
            value=describe(document),
        )
        return Policy(problems=(problem,), path=target, found=True)

    problems: list[str] = [
        Text(
            "{path}: key {key} appears more than once; the last one is used",
            path=f"{target}",
            key=quote(key),
        )
        for key in dict.fromkeys(duplicates)
    ]
    for key in document:
        if key not in SECTIONS:
            meant = close_match(key, SECTIONS)
            if meant is None:
                problems.append(
                    Text(
                        '{path}: unknown top-level key {key} (expected "enforced" or '
                        '"recommended"); ignored',
                        path=f"{target}",
                        key=quote(key),
                    )
                )
            else:
                problems.append(
                    Text(
                        "{path}: unknown top-level key {key} (did you mean {meant}?) "
                        '(expected "enforced" or "recommended"); ignored',
                        path=f"{target}",
                        key=quote(key),
                        meant=meant,
                    )
                )
    sections: dict[str, Mapping[str, object]] = {}
    for section in SECTIONS:
        raw = document.get(section, {})
        if not isinstance(raw, dict):
            problems.append(
                Text(
                    '{path}: "{section}" must be an object mapping setting names to values, '
                    "found {value}; ignored",
                    path=f"{target}",
                    section=section,
                    value=describe(raw),
                )
            )
            raw = {}
        sections[section] = _check_section(target, section, raw, problems)
    return Policy(
        enforced=sections["enforced"],
        recommended=sections["recommended"],
        problems=tuple(problems),
        path=target,
        found=True,
    )
