"""The log file: rotating, in the user's log folder, with secrets masked on the way in.

`meetdesk --debug` logs more. Library loggers that write secrets at DEBUG (msal logs the
authorization code; the HTTP clients log URLs with tokens) stay at WARNING even then, and
every record passes a filter that masks what looks like a token, a password or a code, in
case a message of ours or a library's carries one anyway.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
from pathlib import Path

LOG_FILE = "meetdesk.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
QUIET_LIBRARIES = (
    "msal",
    "urllib3",
    "httpx",
    "httpcore",
    "requests_oauthlib",
    "oauthlib",
    "keyring",
)
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_MASKS: tuple[tuple[re.Pattern[str], str], ...] = (
    # Authorization headers and bearer tokens.
    (re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}"), r"\1 ***"),
    # key=value and "key": "value" pairs whose key names a secret.
    (
        re.compile(
            r"(?i)\b(access_token|refresh_token|id_token|client_secret|client_assertion|"
            r"password|passwd|pwd|code|code_verifier|assertion|token|zak|secret)"
            r"(\"?\s*[:=]\s*\"?)([^\s\"&,;}]+)"
        ),
        r"\1\2***",
    ),
    # JSON Web Tokens and long opaque tokens.
    (re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]*)?"), "***jwt***"),
    # Delta/skip tokens in Graph URLs.
    (re.compile(r"(?i)(\$(?:delta|skip)token=)[^\s&\"]+"), r"\1***"),
)


def mask_secrets(text: str) -> str:
    for pattern, replacement in _MASKS:
        text = pattern.sub(replacement, text)
    return text


class SecretFilter(logging.Filter):
    """Masks secrets in the formatted message (and drops the arguments it came from)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep what we have, masked
            message = str(record.msg)
        record.msg = mask_secrets(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = mask_secrets(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = mask_secrets(record.exc_text)
        return True


def setup_logging(log_dir: Path, *, debug: bool = False, to_stderr: bool = True) -> Path:
    """Log to `log_dir/meetdesk.log` (rotating) and warnings to stderr; returns the file."""
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / LOG_FILE
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_meetdesk", False):
            root.removeHandler(handler)
            handler.close()
    secrets = SecretFilter()
    try:
        file_handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:  # a read-only or full disk must not stop the app
        file_handler = logging.NullHandler()
    file_handler.setFormatter(logging.Formatter(FORMAT))
    file_handler.setLevel(logging.DEBUG if debug else logging.INFO)
    file_handler.addFilter(secrets)
    file_handler._meetdesk = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    if to_stderr:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        stream.setLevel(logging.DEBUG if debug else logging.WARNING)
        stream.addFilter(secrets)
        stream._meetdesk = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(logging.WARNING)
    return path
