"""`meetdesk` processes against the Graph emulator, with the real Secret Service.

`accounts connect microsoft365` opens the sign-in page through Python's webbrowser module
(BROWSER names a fake browser that posts the emulator's consent form) and keeps msal's
token cache in the keyring; the next process reads it back to sync.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.emulators.graph import GraphEmulator
from tests.emulators.graph.browser import browser_command

pytestmark = pytest.mark.skipif(
    os.environ.get("MEETDESK_REAL_KEYRING") != "1",
    reason="needs the D-Bus session with GNOME Keyring that run_tests.py starts",
)

ALICE = "alice@contoso.example"
BOB = "bob@contoso.example"


@pytest.fixture
def emu() -> Iterator[GraphEmulator]:
    with GraphEmulator(tenant="contoso") as emulator:
        emulator.add_user(ALICE, "Alice Able")
        emulator.add_user(BOB, "Bob Baker")
        yield emulator


def meetdesk(emu: GraphEmulator, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "SSL_CERT_FILE": emu.ca_path,
        "BROWSER": browser_command(emu.ca_path),
        "TZ": "UTC",
    }
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--profile", str(profile), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def ok_json(result: subprocess.CompletedProcess[str]) -> object:
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout)


def test_connect_in_the_browser_then_a_later_process_syncs_with_the_kept_sign_in(
    tmp_path: Path, emu: GraphEmulator
) -> None:
    start = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) + timedelta(days=1)
    emu.add_event(BOB, subject="Bob's planning", start=start, end=start + timedelta(hours=1))
    emu.share_calendar(BOB, ALICE, "delegateWithPrivateEventAccess")
    suppliers = emu.add_contact_folder(ALICE, "Suppliers")
    eu = emu.add_contact_folder(ALICE, "EU", suppliers)
    emu.add_contact(ALICE, eu, displayName="Eva Supplier")

    connected = ok_json(
        meetdesk(
            emu,
            tmp_path,
            "accounts",
            "connect",
            "microsoft365",
            "--client-id",
            emu.client_id,
            "--authority",
            emu.authority_url,
            "--graph-url",
            emu.graph_url,
            "--timeout",
            "60",
            "--json",
        )
    )
    assert isinstance(connected, dict) and connected["sync"]["state"] == "up_to_date"

    meetings = ok_json(meetdesk(emu, tmp_path, "meetings", "list", "--json"))
    assert [(m["topic"], m["host"]["email"]) for m in meetings] == [  # type: ignore[union-attr,index]
        ("Bob's planning", BOB)
    ]
    contacts = ok_json(meetdesk(emu, tmp_path, "contacts", "list", "--json"))
    assert [(c["name"], c["folder"]) for c in contacts] == [  # type: ignore[union-attr,index]
        ("Eva Supplier", "Contacts/Suppliers/EU")
    ]

    # Another process, the sign-in read back from the Secret Service.
    emu.add_event(ALICE, subject="Added in Outlook", start=start, end=start + timedelta(hours=1))
    synced = ok_json(meetdesk(emu, tmp_path, "sync", "--json"))
    assert [r["state"] for r in synced] == ["up_to_date"]  # type: ignore[union-attr,index]
    topics = [m["topic"] for m in ok_json(meetdesk(emu, tmp_path, "meetings", "list", "--json"))]  # type: ignore[union-attr,index]
    assert sorted(topics) == ["Added in Outlook", "Bob's planning"]
    issued = list(emu.tokens) + list(emu.refresh_tokens)
    database = (tmp_path / "data" / "meetdesk.sqlite3").read_bytes()
    assert issued and not any(token.encode() in database for token in issued)

    # Remove deletes the sign-in from the keyring: a later sync has nothing to sign in with.
    account_id = connected["id"]
    ok = meetdesk(emu, tmp_path, "accounts", "remove", account_id, "--yes")
    assert ok.returncode == 0, ok.stderr
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import keyring, sys; sys.exit(any(keyring.get_password('Meetdesk', "
            f"'{account_id}:token_cache#' + s) for s in ('parts', '0.0', '1.0')))",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert probe.returncode == 0, probe.stderr
