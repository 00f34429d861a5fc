"""Fill a profile with a realistic, large data set (events and contacts) for benchmarks."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.domain import (
    LOCAL_ACCOUNT_ID,
    LOCAL_CALENDAR_ID,
    LOCAL_CONTACTS_FOLDER_ID,
    Attendee,
    Contact,
    Event,
    Folder,
    Person,
)
from desktop.policy import load_policy
from desktop.profile import resolve_profile
from desktop.services.context import build_context

FIRST = [
    "Ann",
    "Bram",
    "Chloé",
    "Daan",
    "Emma",
    "Farid",
    "Greta",
    "Hugo",
    "Inès",
    "Jan",
    "Karin",
    "Lucas",
    "Maud",
    "Noah",
    "Olga",
    "Pieter",
    "Quentin",
    "Rosa",
    "Sven",
    "Tess",
]
LAST = [
    "Martin",
    "de Vries",
    "Janssen",
    "Dubois",
    "Bakker",
    "Lefèvre",
    "Visser",
    "Moreau",
    "Smit",
    "Laurent",
    "Meijer",
    "Garnier",
    "Mulder",
    "Roux",
    "Bos",
    "Fournier",
]
TOPICS = [
    "Weekly sync",
    "Design review",
    "1:1",
    "Customer call",
    "Sprint planning",
    "Budget",
    "Hiring panel",
    "Réunion d'équipe",
    "Teamoverleg",
    "Retro",
]
LINKS = [
    "https://acme.zoom.us/j/{n}?pwd=abc",
    "https://teams.microsoft.com/l/meetup-join/{n}",
    "https://meet.google.com/abc-defg-hij",
    "",
    "",
]


def seed(profile_dir: Path, *, events: int = 10_000, contacts: int = 20_000, seed: int = 7) -> None:
    rng = random.Random(seed)
    ctx = build_context(resolve_profile(profile_dir), policy=load_policy())
    store = ctx.store
    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    hosts = [
        Person(f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"host{i}@example.com") for i in range(40)
    ]
    with store.transaction():
        for index in range(events):
            start = now + timedelta(hours=rng.randint(-24 * 180, 24 * 540))
            event_id = uuid.uuid4().hex
            link = rng.choice(LINKS).format(n=rng.randint(10**9, 10**10))
            event = Event(
                id=event_id,
                calendar_id=LOCAL_CALENDAR_ID,
                uid=f"{event_id}@bench",
                title=f"{rng.choice(TOPICS)} #{index}",
                start=start,
                end=start + timedelta(minutes=rng.choice([15, 30, 45, 60, 90])),
                timezone="Europe/Amsterdam",
                rrule="FREQ=WEEKLY;COUNT=20" if index % 10 == 0 else None,
                location=link if index % 3 == 0 else "Room 2",
                description=f"Agenda for the meeting.\n\nJoin: {link}\n" * 3,
                organizer=rng.choice(hosts) if index % 4 else None,
                attendees=tuple(Attendee(f"a{n}@example.com") for n in range(rng.randint(1, 6))),
            )
            store.save_event(event)
            ctx.meetings._materialise(event)  # the same expansion the services use
        folders = [LOCAL_CONTACTS_FOLDER_ID]
        for n in range(30):
            folder_id = f"bench-folder-{n}"
            store.save_folder(Folder(folder_id, LOCAL_ACCOUNT_ID, f"Team {n}", rng.choice(folders)))
            folders.append(folder_id)
        store.save_contacts(
            Contact(
                id=uuid.uuid4().hex,
                folder_id=rng.choice(folders),
                display_name=f"{rng.choice(FIRST)} {rng.choice(LAST)} {n}",
                emails=(f"person{n}@example.org",),
                phones=(f"+31 20 {rng.randint(1000000, 9999999)}",),
                company=rng.choice(["Acme", "Voorbeeld BV", "Exemple SA", ""]),
            )
            for n in range(contacts)
        )
    ctx.close()


if __name__ == "__main__":
    import sys

    seed(Path(sys.argv[1]))
