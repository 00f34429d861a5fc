"""The command line through its real entry point, in separate processes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

AMS = ZoneInfo("Europe/Amsterdam")


def meetdesk(
    profile: Path, *args: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TZ": "Europe/Amsterdam"}
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--profile", str(profile), *args],
        capture_output=True,
        text=True,
        input=stdin,
        env=env,
        timeout=60,
        check=False,
    )


def ok_json(result: subprocess.CompletedProcess[str]) -> object:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def tomorrow_at(hour: int) -> str:
    day = datetime.now(AMS) + timedelta(days=1)
    return day.replace(hour=hour, minute=0, second=0, microsecond=0).strftime("%Y-%m-%dT%H:%M")


def test_schedule_list_edit_delete_round_trip(tmp_path: Path) -> None:
    start = tomorrow_at(9)
    created = ok_json(
        meetdesk(
            tmp_path,
            "meetings",
            "schedule",
            "--topic",
            "Budget",
            "--start",
            start,
            "--duration",
            "30",
            "--timezone",
            "Europe/Amsterdam",
            "--attendee",
            "ann@example.com",
            "--passcode",
            "xyz",
            "--json",
        )
    )
    assert isinstance(created, dict)
    assert created["topic"] == "Budget" and created["scheduled_here"] is True
    assert created["join_url"].startswith("https://meet.jit.si/")
    assert created["start"] == datetime.fromisoformat(start).replace(tzinfo=AMS).isoformat()
    listed = ok_json(meetdesk(tmp_path, "meetings", "list", "--json"))
    assert [m["id"] for m in listed] == [created["id"]]  # type: ignore[union-attr,index]
    assert set(listed[0]) >= {
        "id",
        "topic",
        "start",
        "end",
        "host",
        "join_url",
        "calendar",  # type: ignore[index]
        "scheduled_here",
    }

    edited = ok_json(
        meetdesk(tmp_path, "meetings", "edit", created["id"], "--topic", "Budget v2", "--json")
    )
    assert edited["id"] == created["id"] and edited["topic"] == "Budget v2"  # type: ignore[index]
    assert edited["start"] == created["start"]  # type: ignore[index]
    assert len(ok_json(meetdesk(tmp_path, "meetings", "list", "--json"))) == 1  # type: ignore[arg-type]

    refused = meetdesk(tmp_path, "meetings", "delete", created["id"], stdin="")
    assert refused.returncode != 0 and "--yes" in refused.stderr
    deleted = meetdesk(tmp_path, "meetings", "delete", created["id"], "--yes")
    assert deleted.returncode == 0, deleted.stderr
    assert ok_json(meetdesk(tmp_path, "meetings", "list", "--json")) == []


def test_bad_input_exits_non_zero_with_a_clear_message_and_changes_nothing(tmp_path: Path) -> None:
    cases = [
        (["--topic", "", "--start", tomorrow_at(9), "--duration", "30"], "topic"),
        (["--topic", "X", "--start", "2026-02-30T10:00", "--duration", "30"], "start"),
        (["--topic", "X", "--start", tomorrow_at(9), "--duration", "0"], "duration"),
        (
            [
                "--topic",
                "X",
                "--start",
                tomorrow_at(9),
                "--duration",
                "30",
                "--timezone",
                "Nowhere/X",
            ],
            "time zone",
        ),
        (
            ["--topic", "X", "--start", tomorrow_at(9), "--duration", "30", "--attendee", "bad@"],
            "e-mail",
        ),
    ]
    for args, expected in cases:
        result = meetdesk(tmp_path, "meetings", "schedule", *args)
        assert result.returncode == 1, (args, result.stdout)
        assert expected in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    assert ok_json(meetdesk(tmp_path, "meetings", "list", "--json")) == []


def test_hosted_by_and_import(tmp_path: Path) -> None:
    start = datetime.now(AMS) + timedelta(days=2)
    ics = tmp_path / "invite.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//EN\r\nBEGIN:VEVENT\r\nUID:boss-1\r\n"
        "DTSTAMP:20260101T000000Z\r\n"
        f"DTSTART;TZID=Europe/Amsterdam:{start.strftime('%Y%m%dT100000')}\r\n"
        f"DTEND;TZID=Europe/Amsterdam:{start.strftime('%Y%m%dT110000')}\r\n"
        "SUMMARY:Quarterly review\r\nORGANIZER;CN=Boss:mailto:boss@example.com\r\n"
        "LOCATION:https://acme.zoom.us/j/123456789?pwd=abc\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    report = ok_json(meetdesk(tmp_path, "import", str(ics), "--json"))
    assert report["added"] == 1  # type: ignore[index]
    ok_json(
        meetdesk(
            tmp_path,
            "meetings",
            "schedule",
            "--topic",
            "Mine",
            "--start",
            tomorrow_at(9),
            "--duration",
            "15",
            "--json",
        )
    )
    others = ok_json(meetdesk(tmp_path, "meetings", "list", "--hosted-by", "others", "--json"))
    assert [m["topic"] for m in others] == ["Quarterly review"]  # type: ignore[union-attr,index]
    assert others[0]["host"] == {"name": "Boss", "email": "boss@example.com"}  # type: ignore[index]
    assert others[0]["join_url"] == "https://acme.zoom.us/j/123456789?pwd=abc"  # type: ignore[index]
    mine = ok_json(meetdesk(tmp_path, "meetings", "list", "--hosted-by", "me", "--json"))
    assert [m["topic"] for m in mine] == ["Mine"]  # type: ignore[union-attr,index]
    by_mail = ok_json(
        meetdesk(tmp_path, "meetings", "list", "--hosted-by", "boss@example.com", "--json")
    )
    assert len(by_mail) == 1  # type: ignore[arg-type]

    junk = tmp_path / "junk.ics"
    junk.write_bytes(b"\x00\x01 not a calendar")
    result = meetdesk(tmp_path, "import", str(junk))
    assert result.returncode == 1 and "not an iCalendar file" in result.stderr


def test_contacts_accounts_calendars_and_policy(tmp_path: Path) -> None:
    added = ok_json(
        meetdesk(
            tmp_path,
            "contacts",
            "add",
            "--name",
            "Ann Example",
            "--email",
            "ann@example.com",
            "--phone",
            "+31 20 123 4567",
            "--json",
        )
    )
    assert added[0]["folder"] == "Contacts"  # type: ignore[index]
    found = ok_json(meetdesk(tmp_path, "contacts", "search", "ann", "--json"))
    assert [c["name"] for c in found] == ["Ann Example"]  # type: ignore[union-attr,index]
    listed = ok_json(meetdesk(tmp_path, "contacts", "list", "--folder", "Contacts", "--json"))
    assert len(listed) == 1  # type: ignore[arg-type]
    bad = meetdesk(tmp_path, "contacts", "add", "--name", "X", "--email", "nope")
    assert bad.returncode == 1 and "e-mail" in bad.stderr
    accounts = ok_json(meetdesk(tmp_path, "accounts", "list", "--json"))
    assert accounts[0]["service"] == "local"  # type: ignore[index]
    assert accounts[0]["permissions"] == sorted(  # type: ignore[index]
        ["calendar_read", "calendar_write", "contacts_read", "contacts_write"]
    )
    calendars = ok_json(meetdesk(tmp_path, "calendars", "list", "--json"))
    assert calendars == [
        {
            "id": "local-calendar",
            "name": "On this computer",
            "account": "local",
            "account_name": "On this computer",
            "writable": True,
        }
    ]
    policy = ok_json(meetdesk(tmp_path, "policy", "show", "--json"))
    settings = policy["settings"]  # type: ignore[index]
    assert (
        settings["sync_version"]["value"] == 2 and settings["sync_version"]["source"] == "default"
    )


def test_policy_show_marks_enforced_and_recommended(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy = tmp_path / "policy.json"
    policy.write_text(
        json.dumps(
            {"enforced": {"sync_version": 1}, "recommended": {"first_login_prompt": "never"}}
        )
    )
    monkeypatch.setenv("MEETDESK_POLICY", str(policy))
    shown = ok_json(meetdesk(tmp_path, "policy", "show", "--json"))
    settings = shown["settings"]  # type: ignore[index]
    assert settings["sync_version"] == {
        **settings["sync_version"],
        "value": 1,
        "source": "enforced",
        "locked": True,
    }
    assert settings["first_login_prompt"]["source"] == "recommended"
    policy.write_text("{not json")
    broken = meetdesk(tmp_path, "policy", "show")
    assert broken.returncode == 0 and "problem" in broken.stdout


def test_sub_commands_do_not_import_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from desktop.cli import main; "
        f"rc = main(['--profile', {str(tmp_path)!r}, 'meetings', 'list']); "
        "assert 'PySide6' not in sys.modules, 'Qt imported'; sys.exit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr


def test_console_script_and_version(tmp_path: Path) -> None:
    script = shutil.which("meetdesk", path=str(Path(sys.executable).parent))
    assert script is not None, "the meetdesk console script is not installed"
    result = subprocess.run(
        [script, "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    from desktop import __version__

    assert result.returncode == 0 and result.stdout.strip() == f"Meetdesk {__version__}"
