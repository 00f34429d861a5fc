"""Demo data for running the emulator by hand (``--seed demo``)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from .emulator import GraphEmulator

ALICE = "alice@contoso.example"
BOB = "bob@contoso.example"
ZONE = "W. Europe Standard Time"
_LOCAL = ZoneInfo("Europe/Berlin")


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=_LOCAL)


def seed_demo(emu: GraphEmulator, today: date | None = None) -> dict[str, str]:
    """Two users, a week of meetings, a stand-up series, a shared calendar, nested contacts."""
    today = today or datetime.now(UTC).date()
    monday = today - timedelta(days=today.weekday())
    alice = emu.add_user(ALICE, "Alice Able")
    bob = emu.add_user(BOB, "Bob Baker")
    emu.login_as(ALICE)
    ids: dict[str, str] = {"alice": alice, "bob": bob}
    ids["teams"] = emu.add_event(
        alice,
        subject="Quarterly planning",
        start=_at(monday, 10),
        end=_at(monday, 11),
        time_zone=ZONE,
        body="Agenda: targets, hiring, budget.",
        attendees=[BOB],
        is_online_meeting=True,
        online_meeting_provider="teamsForBusiness",
    )
    ids["zoom"] = emu.add_event(
        alice,
        subject="Customer call (Zoom)",
        start=_at(monday + timedelta(days=1), 15),
        end=_at(monday + timedelta(days=1), 15, 45),
        time_zone=ZONE,
        location="https://us02web.zoom.us/j/81234567890?pwd=ZGVtb0RlbW9EZW1v",
        body="Join Zoom Meeting https://us02web.zoom.us/j/81234567890?pwd=ZGVtb0RlbW9EZW1v\n"
        "Meeting ID: 812 3456 7890",
        attendees=[("Carol Customer", "carol@fabrikam.example")],
    )
    ids["meet"] = emu.add_event(
        alice,
        subject="Partner sync (Google Meet)",
        start=_at(monday + timedelta(days=2), 14),
        end=_at(monday + timedelta(days=2), 14, 30),
        time_zone=ZONE,
        body='<p>Join with Google Meet: <a href="https://meet.google.com/abc-defg-hij">'
        "meet.google.com/abc-defg-hij</a></p>",
        body_type="html",
        attendees=[("Dan Partner", "dan@partner.example")],
    )
    ids["lunch"] = emu.add_event(
        alice,
        subject="Lunch with Bob",
        start=_at(monday + timedelta(days=3), 12),
        end=_at(monday + timedelta(days=3), 13),
        time_zone=ZONE,
        location="Canteen",
    )
    ids["offsite"] = emu.add_event(
        alice,
        subject="Team offsite",
        start=datetime.combine(monday + timedelta(days=4), time(), tzinfo=_LOCAL),
        end=datetime.combine(monday + timedelta(days=5), time(), tzinfo=_LOCAL),
        time_zone=ZONE,
        is_all_day=True,
        show_as="oof",
    )
    standup = emu.add_event(
        alice,
        subject="Daily stand-up",
        start=_at(monday, 9),
        end=_at(monday, 9, 15),
        time_zone=ZONE,
        is_online_meeting=True,
        attendees=[BOB],
        recurrence={
            "pattern": {
                "type": "weekly",
                "interval": 1,
                "firstDayOfWeek": "monday",
                "daysOfWeek": ["monday", "tuesday", "wednesday", "thursday", "friday"],
            },
            "range": {"type": "noEnd", "startDate": monday.isoformat()},
        },
    )
    ids["standup"] = standup
    emu.cancel_occurrence(standup, _at(monday + timedelta(days=2), 9))
    ids["standup_moved"] = emu.modify_occurrence(
        standup,
        _at(monday + timedelta(days=3), 9),
        start=_at(monday + timedelta(days=3), 11),
        end=_at(monday + timedelta(days=3), 11, 15),
        time_zone=ZONE,
    )
    ids["bob_review"] = emu.add_event(
        bob,
        subject="Design review",
        start=_at(monday + timedelta(days=1), 11),
        end=_at(monday + timedelta(days=1), 12),
        time_zone=ZONE,
        location="Room 4.12",
    )
    ids["bob_private"] = emu.add_event(
        bob,
        subject="Doctor appointment",
        start=_at(monday + timedelta(days=2), 16),
        end=_at(monday + timedelta(days=2), 17),
        time_zone=ZONE,
        sensitivity="private",
        body="Bring the referral letter.",
        location="Health centre",
    )
    ids["bob_shared"] = emu.share_calendar(BOB, ALICE, "read")
    suppliers = emu.add_contact_folder(alice, "Suppliers")
    eu = emu.add_contact_folder(alice, "EU", parent_id=suppliers)
    ids["suppliers"], ids["eu"] = suppliers, eu
    emu.add_contact(
        alice,
        givenName="Bob",
        surname="Baker",
        displayName="Bob Baker",
        emailAddresses=[{"name": "Bob Baker", "address": BOB}],
        jobTitle="Engineer",
        companyName="Contoso",
    )
    emu.add_contact(
        alice,
        suppliers,
        displayName="Acme Global",
        companyName="Acme",
        emailAddresses=[{"address": "sales@acme.example"}],
        businessPhones=["+1 555 0100"],
    )
    emu.add_contact(
        alice,
        eu,
        givenName="Eva",
        surname="Müller",
        displayName="Eva Müller",
        companyName="Müller GmbH",
        emailAddresses=[{"address": "eva@mueller.example"}],
        businessPhones=["+49 30 1234567"],
        personalNotes="Prefers e-mail.",
    )
    emu.add_contact(
        alice,
        eu,
        givenName="Jean",
        surname="Dupont",
        displayName="Jean Dupont",
        companyName="Dupont SA",
        emailAddresses=[{"address": "jean@dupont.example"}],
    )
    return ids
