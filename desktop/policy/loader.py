"""Reading the admin policy file.

load_policy never raises for bad content: a broken policy must not stop the
app from starting. Each problem becomes one human-readable line naming the
file (and the setting), and only the broken part is dropped.
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
    """The file exists but cannot be used at all (message says why)."""


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
        raise _Refused(f"cannot be read ({exc.strerror or exc})") from None
    except ValueError as exc:  # e.g. an embedded NUL in the path
        raise _Refused(f"is not a usable path ({exc})") from None
    # Refuse FIFOs and devices: reading one could block start-up or never end.
    if not stat.S_ISREG(info.st_mode):
        raise _Refused("is not a regular file")
    too_big = f"is larger than {MAX_POLICY_BYTES // (1024 * 1024)} MB"
    if info.st_size > MAX_POLICY_BYTES:
        raise _Refused(f"{too_big} ({info.st_size} bytes)")
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_POLICY_BYTES + 1)  # +1: notices a file that grew meanwhile
    except FileNotFoundError:
        raise  # removed between stat and open
    except OSError as exc:
        raise _Refused(f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_POLICY_BYTES:
        raise _Refused(too_big)
    return data


def _parse(data: bytes, duplicates: list[str]) -> object:
    """Decode and parse JSON, remembering duplicate keys; raises _Refused."""
    try:
        # utf-8-sig: Windows editors often save a byte-order mark.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _Refused(f"is not UTF-8 text (bad byte at offset {exc.start})") from None
    if not text.strip():
        raise _Refused("is empty")

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
        raise _Refused(
            f"is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except RecursionError:
        raise _Refused("is not usable JSON: nested too deeply") from None
    except ValueError as exc:  # e.g. an integer with thousands of digits
        raise _Refused(f"is not usable JSON: {exc}") from None


def _check_section(
    path: Path, section: str, raw: Mapping[str, object], problems: list[str]
) -> Mapping[str, object]:
    """Validate each setting on its own, so one bad value drops only that setting."""
    good: dict[str, object] = {}
    for name, value in raw.items():
        spec = SETTINGS.get(name)
        if spec is None:
            hint = close_match(name, SETTINGS)
            problems.append(f"{path}: {section}: unknown setting {quote(name)}{hint}; ignored")
            continue
        try:
            good[name] = spec.validate(value)
        except ValueError as exc:
            problems.append(f"{path}: {section} setting {quote(name)}: {exc}; ignored")
        except Exception as exc:  # a validator bug must not stop start-up
            problems.append(
                f"{path}: {section} setting {quote(name)} could not be checked "
                f"({type(exc).__name__}); ignored"
            )
    return MappingProxyType(good)


def load_policy(path: Path | None = None) -> Policy:
    """Load the policy file (default: policy_path()). Never raises for bad content."""
    target = policy_path() if path is None else path
    whole = "; the whole policy file is ignored"
    try:
        data = _read_limited(target)
    except FileNotFoundError:
        return Policy(path=target, found=False)
    except _Refused as exc:
        return Policy(problems=(f"{target}: {exc}{whole}",), path=target, found=True)

    duplicates: list[str] = []
    try:
        document = _parse(data, duplicates)
    except _Refused as exc:
        return Policy(problems=(f"{target}: {exc}{whole}",), path=target, found=True)

    if not isinstance(document, dict):
        problem = (
            f'{target}: must hold a JSON object with "enforced" and/or "recommended", '
            f"found {describe(document)}{whole}"
        )
        return Policy(problems=(problem,), path=target, found=True)

    problems = [
        f"{target}: key {quote(key)} appears more than once; the last one is used"
        for key in dict.fromkeys(duplicates)
    ]
    for key in document:
        if key not in SECTIONS:
            hint = close_match(key, SECTIONS)
            problems.append(
                f"{target}: unknown top-level key {quote(key)}{hint} "
                f'(expected "enforced" or "recommended"); ignored'
            )
    sections: dict[str, Mapping[str, object]] = {}
    for section in SECTIONS:
        raw = document.get(section, {})
        if not isinstance(raw, dict):
            problems.append(
                f'{target}: "{section}" must be an object mapping setting names to values, '
                f"found {describe(raw)}; ignored"
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
