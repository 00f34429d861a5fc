"""End to end: `meetdesk` processes against a real Radicale, with the real Secret Service.

Each command is its own process (as a person or a script runs it), so the password stored
by `accounts connect` is read back from the keyring by the next `meetdesk sync`.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.integration.radicale import RadicaleServer

AMS = ZoneInfo("Europe/Amsterdam")

needs_secret_service = pytest.mark.skipif(
    os.environ.get("MEETDESK_REAL_KEYRING") != "1",
    reason="needs the D-Bus session with GNOME Keyring that run_tests.py starts",
)
pytestmark = needs_secret_service


def meetdesk(
    profile: Path, *args: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TZ": "Europe/Amsterdam"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--profile", str(profile), *args],
        capture_output=True,
        text=True,
        input=stdin,
        env=env,
        timeout=120,
        check=False,
    )


def ok_json(result: subprocess.CompletedProcess[str]) -> object:
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout)


def connect(profile: Path, server: RadicaleServer, password: str | None = None) -> object:
    return ok_json(
        meetdesk(
            profile,
            "accounts",
            "connect",
            "caldav",
            "--url",
            server.url,
            "--username",
            server.username,
            "--password-stdin",
            "--json",
            stdin=(password or server.password) + "\n",
        )
    )


def server_calendar(server: RadicaleServer) -> str:
    return server.make_calendar("work", "Work")


def work_calendar_id(profile: Path) -> str:
    calendars = ok_json(meetdesk(profile, "calendars", "list", "--json"))
    assert isinstance(calendars, list)
    [work] = [c for c in calendars if c["name"] == "Work"]
    assert work["writable"] is True
    return str(work["id"])


def tomorrow(hour: int) -> str:
    day = datetime.now(AMS) + timedelta(days=1)
    return day.replace(hour=hour, minute=0, second=0, microsecond=0).strftime("%Y-%m-%dT%H:%M")


def raw_event(uid: str, title: str, hour: int) -> str:
    start = (datetime.now(AMS) + timedelta(days=2)).replace(
        hour=hour, minute=0, second=0, microsecond=0
    )
    fmt = "%Y%m%dT%H%M%S"
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other client//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20260101T000000Z\r\n"
        f"DTSTART;TZID=Europe/Amsterdam:{start.strftime(fmt)}\r\n"
        f"DTEND;TZID=Europe/Amsterdam:{(start + timedelta(hours=1)).strftime(fmt)}\r\n"
        f"SUMMARY:{title}\r\nORGANIZER;CN=Other:mailto:other@example.com\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def test_connect_schedule_edit_delete_and_remote_changes(
    tmp_path: Path, radicale: RadicaleServer
) -> None:
    collection = server_calendar(radicale)
    book = radicale.make_addressbook("contacts", "Friends")
    radicale.put(
        f"{book}ann.vcf",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ann\r\nFN:Ann Remote\r\n"
        "EMAIL:ann@remote.example\r\nEND:VCARD\r\n",
    )
    connected = connect(tmp_path, radicale)
    assert isinstance(connected, dict) and connected["sync"]["state"] == "up_to_date"
    accounts = ok_json(meetdesk(tmp_path, "accounts", "list", "--json"))
    assert [a["service"] for a in accounts] == ["local", "caldav"]  # type: ignore[union-attr,index]
    # The password is in the keyring, never in the database file.
    assert radicale.password.encode() not in (tmp_path / "data" / "meetdesk.sqlite3").read_bytes()
    contacts = ok_json(meetdesk(tmp_path, "contacts", "list", "--json"))
    assert [(c["name"], c["folder"]) for c in contacts] == [  # type: ignore[union-attr,index]
        ("Ann Remote", "Friends")
    ]

    calendar_id = work_calendar_id(tmp_path)
    created = ok_json(
        meetdesk(
            tmp_path,
            "meetings",
            "schedule",
            "--topic",
            "Synced review",
            "--start",
            tomorrow(10),
            "--duration",
            "30",
            "--calendar",
            calendar_id,
            "--json",
        )
    )
    assert ok_json(meetdesk(tmp_path, "sync", "--json"))[0]["pushed"] == 1  # type: ignore[index]
    [href] = radicale.item_paths(collection)
    assert "SUMMARY:Synced review" in radicale.get(href).text

    ok_json(
        meetdesk(
            tmp_path,
            "meetings",
            "edit",
            created["id"],
            "--topic",
            "Renamed review",  # type: ignore[index]
            "--json",
        )
    )
    ok_json(meetdesk(tmp_path, "sync", "--json"))
    assert radicale.item_paths(collection) == [href]  # the same event, no duplicate
    assert "SUMMARY:Renamed review" in radicale.get(href).text

    # Another client adds one meeting and deletes ours.
    radicale.put(f"{collection}other.ics", raw_event("other-1", "From the phone", 15))
    radicale.delete(href)
    report = ok_json(meetdesk(tmp_path, "sync", "--json"))
    assert report[0]["state"] == "up_to_date"  # type: ignore[index]
    listed = ok_json(meetdesk(tmp_path, "meetings", "list", "--json"))
    assert [m["topic"] for m in listed] == ["From the phone"]  # type: ignore[union-attr,index]

    deleted = meetdesk(tmp_path, "meetings", "delete", listed[0]["id"], "--yes")  # type: ignore[index]
    assert deleted.returncode != 0 and "scheduled from Meetdesk" in deleted.stderr


def test_wrong_password_and_unreachable_server_say_what_is_wrong(
    tmp_path: Path, radicale: RadicaleServer
) -> None:
    server_calendar(radicale)
    wrong = meetdesk(
        tmp_path,
        "accounts",
        "connect",
        "caldav",
        "--url",
        radicale.url,
        "--username",
        radicale.username,
        "--password-stdin",
        stdin="not the password\n",
    )
    assert wrong.returncode == 1
    assert "refused the user name or password" in wrong.stderr
    assert "not the password" not in wrong.stderr + wrong.stdout
    radicale.stop()
    gone = meetdesk(
        tmp_path,
        "accounts",
        "connect",
        "caldav",
        "--url",
        radicale.url,
        "--username",
        radicale.username,
        "--password-stdin",
        stdin=radicale.password + "\n",
    )
    assert gone.returncode == 1 and "Cannot reach" in gone.stderr
    accounts = ok_json(meetdesk(tmp_path, "accounts", "list", "--json"))
    assert [a["service"] for a in accounts] == ["local"]  # type: ignore[union-attr,index]


def test_edits_made_offline_are_kept_and_sent_when_the_server_is_back(
    tmp_path: Path, radicale: RadicaleServer
) -> None:
    collection = server_calendar(radicale)
    connect(tmp_path, radicale)
    calendar_id = work_calendar_id(tmp_path)
    radicale.stop()
    ok_json(
        meetdesk(
            tmp_path,
            "meetings",
            "schedule",
            "--topic",
            "Written on a train",
            "--start",
            tomorrow(9),
            "--duration",
            "20",
            "--calendar",
            calendar_id,
            "--json",
        )
    )
    offline = meetdesk(tmp_path, "sync", "--json")
    assert offline.returncode == 1
    assert json.loads(offline.stdout)[0]["state"] == "offline"
    listed = ok_json(meetdesk(tmp_path, "meetings", "list", "--json"))
    assert [m["topic"] for m in listed] == ["Written on a train"]  # type: ignore[union-attr,index]
    radicale.start()
    ok_json(meetdesk(tmp_path, "sync", "--json"))
    [href] = radicale.item_paths(collection)
    assert "Written on a train" in radicale.get(href).text


def test_killing_sync_at_any_point_loses_no_edit_and_makes_no_duplicate(
    tmp_path: Path, radicale: RadicaleServer
) -> None:
    collection = server_calendar(radicale)
    connect(tmp_path, radicale)
    calendar_id = work_calendar_id(tmp_path)
    topics = [f"Meeting {n}" for n in range(12)]
    for n, topic in enumerate(topics):
        ok_json(
            meetdesk(
                tmp_path,
                "meetings",
                "schedule",
                "--topic",
                topic,
                "--start",
                tomorrow(8 + n % 10),
                "--duration",
                "15",
                "--calendar",
                calendar_id,
                "--json",
            )
        )
    rng = random.Random(4)
    kills = 0
    env = {**os.environ, "TZ": "Europe/Amsterdam"}
    # Kill -9 at random moments of successive syncs until one finishes on its own.
    for _ in range(8):
        process = subprocess.Popen(
            [sys.executable, "-m", "desktop", "--profile", str(tmp_path), "sync"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        deadline = time.monotonic() + rng.uniform(0.3, 1.5)
        while process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait(timeout=60)
    final = ok_json(meetdesk(tmp_path, "sync", "--json"))
    assert final[0]["state"] == "up_to_date"  # type: ignore[index]
    bodies = [radicale.get(href).text for href in radicale.item_paths(collection)]
    found = sorted(
        line.split(":", 1)[1].strip()
        for body in bodies
        for line in body.splitlines()
        if line.startswith("SUMMARY:")
    )
    assert found == sorted(topics), f"after {kills} kills"
    listed = ok_json(meetdesk(tmp_path, "meetings", "list", "--json"))
    assert sorted(m["topic"] for m in listed) == sorted(topics)  # type: ignore[union-attr,index]
