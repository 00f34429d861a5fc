"""The emulator's in-memory mailbox state."""

from __future__ import annotations

import base64
import hashlib
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

ROLES = (
    "none",
    "freeBusyRead",
    "limitedRead",
    "read",
    "write",
    "delegateWithoutPrivateEventAccess",
    "delegateWithPrivateEventAccess",
)
EDIT_ROLES = {"write", "delegateWithoutPrivateEventAccess", "delegateWithPrivateEventAccess"}


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii")


def rest_id(prefix: str = "AAMkAG") -> str:
    """An Outlook REST-style id: long, url-safe base64 with '=' padding, case-sensitive."""
    return prefix + _b64(secrets.token_bytes(101))


def immutable_id() -> str:
    return "AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A" + _b64(secrets.token_bytes(68))


def folder_id() -> str:
    return "AAMkAGI2" + _b64(secrets.token_bytes(62))


def derived_id(base: str, suffix: str) -> str:
    """A deterministic id for an occurrence (master id + original start)."""
    digest = hashlib.sha256(f"{base}|{suffix}".encode()).digest()
    return base[:40] + _b64(digest + digest[:19])


def change_key() -> str:
    return _b64(secrets.token_bytes(24)).rstrip("=")[:28]


def guid() -> str:
    return str(uuid.uuid4())


@dataclass
class User:
    id: str
    email: str
    display_name: str
    root_folder_id: str = field(default_factory=folder_id)
    contacts_folder_id: str = field(default_factory=folder_id)
    transaction_ids: dict[str, str] = field(default_factory=dict)  # transactionId -> event imm id


@dataclass
class Calendar:
    id: str
    owner_id: str
    name: str
    color: str = "auto"
    hex_color: str = ""
    is_default: bool = False
    change_key: str = field(default_factory=change_key)


@dataclass
class Share:
    owner_id: str
    calendar_id: str
    sharee_id: str
    role: str
    link_id: str = field(default_factory=folder_id)  # the calendar's id in the sharee's mailbox
    permission_id: str = field(default_factory=lambda: _b64(secrets.token_bytes(30)))


@dataclass
class Instance:
    """An occurrence override: an exception (moved/changed) or a cancelled occurrence."""

    cancelled: bool = False
    fields: dict[str, Any] = field(default_factory=dict)
    start: datetime | None = None
    end: datetime | None = None
    start_tz: str | None = None
    end_tz: str | None = None
    change_key: str = field(default_factory=change_key)
    modified: datetime | None = None


@dataclass
class Event:
    imm_id: str
    rest_id: str
    owner_id: str
    calendar_id: str
    start: datetime  # aware UTC
    end: datetime
    start_tz: str
    end_tz: str
    fields: dict[str, Any]
    created: datetime
    modified: datetime
    ical_uid: str
    seq: int
    change_key: str = field(default_factory=change_key)
    recurrence: dict[str, Any] | None = None
    transaction_id: str | None = None
    ext_props: dict[str, tuple[str, str]] = field(default_factory=dict)  # lower id -> (id, value)
    overrides: dict[datetime, Instance] = field(default_factory=dict)
    deleted: bool = False
    old_rest_ids: list[str] = field(default_factory=list)
    calendars_seen: set[str] = field(default_factory=set)

    def matches(self, some_id: str) -> bool:
        return some_id in (self.imm_id, self.rest_id)


@dataclass
class ContactFolder:
    id: str
    owner_id: str
    name: str
    parent_id: str
    seq: int
    deleted: bool = False


@dataclass
class Contact:
    imm_id: str
    rest_id: str
    owner_id: str
    folder_id: str
    fields: dict[str, Any]
    created: datetime
    modified: datetime
    seq: int
    change_key: str = field(default_factory=change_key)
    deleted: bool = False
    folders_seen: set[str] = field(default_factory=set)
    old_rest_ids: list[str] = field(default_factory=list)
    # singleValueExtendedProperties: lower-cased id -> (id as sent, value), as on events.
    ext_props: dict[str, tuple[str, str]] = field(default_factory=dict)

    def matches(self, some_id: str) -> bool:
        return some_id in (self.imm_id, self.rest_id)


@dataclass
class Token:
    value: str
    client_id: str
    user_id: str | None  # None: an application (client credentials) token
    scopes: frozenset[str]  # lower-case short names (delegated)
    roles: frozenset[str]  # lower-case (application)
    expires_at: float
    revoked: bool = False

    @property
    def is_app(self) -> bool:
        return self.user_id is None


@dataclass
class RefreshToken:
    value: str
    client_id: str
    user_id: str
    scopes: frozenset[str]
    revoked: bool = False


@dataclass
class AuthCode:
    code: str
    client_id: str
    redirect_uri: str
    code_challenge: str
    scopes: frozenset[str]
    nonce: str | None
    user_id: str
    expires_at: float
    used: bool = False


@dataclass
class Client:
    client_id: str
    public: bool = True
    certificate_pem: bytes | None = None
    secret: str | None = None
    roles: frozenset[str] = frozenset()
    name: str = "Meetdesk"
