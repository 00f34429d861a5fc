"""CalDAV sync benchmark: Meetdesk against vdirsyncer and Radicale's own floor.

Seeds one Radicale calendar with 2,000 realistic events, then, in the same run, measures the
wall time and peak resident memory of:

- Meetdesk's first sync (`accounts connect caldav`, which is discovery plus the first sync),
  each from a fresh profile, and its no-change `sync`;
- vdirsyncer 0.21.0 (in its own venv, build/bench-vdirsyncer-venv, made if missing) syncing
  the same calendar to a local folder: first sync from a fresh status and folder, then
  no-change syncs;
- Radicale's floor, timed in this process with httpx: an initial sync-collection REPORT with
  calendar-data, and a no-change sync-collection REPORT with a valid token.

It prints a table and the ratios, and asserts nothing. Each client runs as its own process,
exactly as a person runs it, after one untimed warm-up round that compiles bytecode into a
throwaway PYTHONPYCACHEPREFIX (an installed app has its .pyc files). Peak memory is the
process's ru_maxrss, taken by a tiny wrapper (see WRAPPER). For context it also times each
program's bare start-up, and the no-change sync the running app makes every few minutes
(in this process, on one kept SyncService, as the app keeps it).

The events are written straight into Radicale's storage folder (2,000 PUTs grow
quadratically); Radicale then parses them all once, untimed, before anything is measured.
The whole run takes about two minutes on 2 cores.

The password goes to the system keyring, so the run needs a D-Bus session with an unlocked
GNOME Keyring: unless MEETDESK_REAL_KEYRING=1, the script re-executes itself inside a
throwaway one (as run_tests.py does).

    .venv/bin/python benchmarks/sync_radicale.py [--events 2000] [--first-runs 3] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a file: `python benchmarks/sync_radicale.py`
    sys.path.insert(0, str(ROOT))

from tests.integration.radicale import DAV_NS, RadicaleServer  # noqa: E402

VDIRSYNCER = "vdirsyncer==0.21.0"
DEFAULT_VDIRSYNCER_VENV = ROOT / "build" / "bench-vdirsyncer-venv"
CALENDAR = "bench"
COMMAND_TIMEOUT = 180.0

# --- re-execution inside a D-Bus session with an unlocked keyring -------------------------


def reexec_with_keyring() -> int:
    """Run this script again inside dbus-run-session with a throwaway GNOME Keyring."""
    missing = [t for t in ("dbus-run-session", "gnome-keyring-daemon") if not shutil.which(t)]
    if missing:
        print(f"sync_radicale: needs {' and '.join(missing)} (a real keyring)", file=sys.stderr)
        return 2
    keyring_home = tempfile.mkdtemp(prefix="meetdesk-bench-keyring-")
    env = {**os.environ, "XDG_DATA_HOME": keyring_home, "MEETDESK_REAL_KEYRING": "1"}
    inner = (
        "printf bench | gnome-keyring-daemon --unlock --components=secrets "
        '>/dev/null 2>&1; exec "$@"'
    )
    command = [
        "dbus-run-session",
        "--",
        "sh",
        "-c",
        inner,
        "sh",
        sys.executable,
        str(Path(__file__).resolve()),
        *sys.argv[1:],
    ]
    try:
        return subprocess.call(command, cwd=ROOT, env=env)
    finally:
        shutil.rmtree(keyring_home, ignore_errors=True)


# --- measuring a child process ------------------------------------------------------------


@dataclass
class Run:
    wall: float  # seconds
    rss_mb: float  # peak resident set size of the process
    returncode: int
    stdout: str
    stderr: str


# A tiny wrapper between this script and the measured command. Linux carries a process's
# peak RSS across exec, and a (v)forked child starts from its parent's: measured directly
# from here, every command would show at least this script's own ~40 MB. The wrapper
# (python -I -S, a few MB) spawns the command, times it from spawn to exit, and writes the
# wall time, the child's ru_maxrss (os.wait4) and its exit code to a file.
WRAPPER = """
import os, sys, time
report, command = sys.argv[1], sys.argv[2:]
start = time.perf_counter()
pid = os.posix_spawnp(command[0], command, os.environ)
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - start
with open(report, "w") as f:
    f.write(f"{wall} {usage.ru_maxrss} {os.waitstatus_to_exitcode(status)}")
"""


def run_measured(
    command: list[str],
    *,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
    cwd: Path | None = None,
) -> Run:
    """Wall time of the whole process and its peak RSS, measured by WRAPPER."""
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.TemporaryDirectory() as scratch,
    ):
        report = Path(scratch) / "report"
        process = subprocess.Popen(
            [sys.executable, "-I", "-S", "-c", WRAPPER, str(report), *command],
            stdin=subprocess.DEVNULL if stdin is None else subprocess.PIPE,
            stdout=out,
            stderr=err,
            env=env,
            cwd=cwd,
            start_new_session=True,  # a timeout kills the wrapper and the command
        )
        watchdog = threading.Timer(COMMAND_TIMEOUT, os.killpg, (process.pid, signal.SIGKILL))
        watchdog.start()
        try:
            if stdin is not None and process.stdin is not None:
                process.stdin.write(stdin.encode("utf-8"))
                process.stdin.close()
            process.wait()
        finally:
            watchdog.cancel()
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
        try:
            wall, maxrss, code = report.read_text().split()
        except (OSError, ValueError):
            return Run(float("nan"), float("nan"), process.returncode or -1, stdout, stderr)
        return Run(float(wall), int(maxrss) / 1024, int(code), stdout, stderr)  # KiB on Linux


def check(run: Run, what: str) -> Run:
    if run.returncode != 0:
        print(f"  ! {what} exited with {run.returncode}", file=sys.stderr)
        print((run.stdout + run.stderr)[-2000:], file=sys.stderr)
    return run


# --- realistic events ---------------------------------------------------------------------

AMSTERDAM_VTIMEZONE = (
    "BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n"
    "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n"
    "DTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n"
    "DTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n"
    "END:VTIMEZONE\r\n"
)
PEOPLE = [
    ("Ann Martin", "ann.martin"),
    ("Bram de Vries", "bram.devries"),
    ("Chloé Dubois", "chloe.dubois"),
    ("Daan Janssen", "daan.janssen"),
    ("Emma Peeters", "emma.peeters"),
    ("Farid El Amrani", "farid.elamrani"),
    ("Greta Schmidt", "greta.schmidt"),
    ("Hugo Lefèvre", "hugo.lefevre"),
    ("Inès Moreau", "ines.moreau"),
    ("Jan Visser", "jan.visser"),
    ("Karin Bakker", "karin.bakker"),
    ("Lucas Maes", "lucas.maes"),
    ("Maud Laurent", "maud.laurent"),
    ("Noah Smit", "noah.smit"),
]
DOMAINS = ["example.com", "example.org", "partner.example.net"]
TOPICS = [
    "Weekly sync",
    "Roadmap review",
    "1:1",
    "Design critique",
    "Budget planning Q{q}",
    "Customer call: {org}",
    "Hiring panel",
    "Sprint retro",
    "Incident review",
    "Lunch & learn",
    "Board prep",
    "Vendor demo: {org}",
    "Release go/no-go",
    "Architecture forum",
]
ORGS = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries"]
PLACES = [
    "Room Amstel, 3rd floor",
    "Room Schelde",
    "Café De Jaren, Amsterdam",
    "Rue de la Loi 42, Brussels",
    "Zoom",
    "Main office; reception",
]
LINES = [
    "Agenda:",
    "1. Status of open actions",
    "2. Risks, blockers and decisions needed",
    "3. AOB",
    "Please read the attached notes before the meeting.",
    "Join: https://meet.example.com/j/{n}?pwd=Zm9vYmFy{n}",
    "Dial-in: +31 20 123 4567, PIN {n}#",
    "Notes from last time: we agreed to move the launch by one week, pending QA sign-off.",
    "Contact me if you cannot attend; we'll record the session.",
]


def escape_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """RFC 5545 folding at 75 octets, never inside a UTF-8 sequence."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line + "\r\n"
    parts: list[bytes] = []
    limit = 75
    while data:
        cut = min(limit, len(data))
        while cut < len(data) and (data[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(data[:cut])
        data = data[cut:]
        limit = 74  # the leading space of a continuation line
    return "\r\n ".join(p.decode("utf-8") for p in parts) + "\r\n"


def local(value: datetime) -> str:
    return value.strftime("%Y%m%dT%H%M%S")


def utc(value: datetime) -> str:
    return value.strftime("%Y%m%dT%H%M%SZ")


def make_event(rng: random.Random, index: int, today: date) -> tuple[str, str]:
    """(resource name, iCalendar text) of one realistic event."""
    uid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    stamp = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=index)
    day = today + timedelta(days=rng.randint(-365, 365))
    start = datetime(day.year, day.month, day.day, rng.choice(range(8, 18)), rng.choice([0, 30]))
    end = start + timedelta(minutes=rng.choice([15, 30, 30, 45, 60, 60, 90, 120]))
    topic = rng.choice(TOPICS).format(q=rng.randint(1, 4), org=rng.choice(ORGS))
    all_day = rng.random() < 0.08
    recurring = not all_day and rng.random() < 0.15
    invited = rng.random() < 0.45
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{utc(stamp)}",
        f"CREATED:{utc(stamp)}",
        f"LAST-MODIFIED:{utc(stamp + timedelta(hours=rng.randint(0, 300)))}",
        f"SEQUENCE:{rng.randint(0, 3)}",
        f"SUMMARY:{escape_text(topic)}",
    ]
    if all_day:
        last = day + timedelta(days=rng.choice([1, 1, 2, 3]))
        lines += [
            f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{last.strftime('%Y%m%d')}",
            "TRANSP:TRANSPARENT",
        ]
    else:
        lines += [
            f"DTSTART;TZID=Europe/Amsterdam:{local(start)}",
            f"DTEND;TZID=Europe/Amsterdam:{local(end)}",
        ]
    if rng.random() < 0.5:
        picked = rng.sample(LINES, rng.randint(1, 6))
        text = "\n".join(p.format(n=rng.randint(10**8, 10**9)) for p in picked)
        lines.append(f"DESCRIPTION:{escape_text(text)}")
    if rng.random() < 0.35:
        lines.append(f"LOCATION:{escape_text(rng.choice(PLACES))}")
    if invited:
        people = rng.sample(PEOPLE, rng.randint(2, 8))
        domain = rng.choice(DOMAINS)
        name, mail = people[0]
        lines.append(f"ORGANIZER;CN={name}:mailto:{mail}@{domain}")
        for name, mail in people[1:]:
            partstat = rng.choice(["ACCEPTED", "ACCEPTED", "TENTATIVE", "NEEDS-ACTION", "DECLINED"])
            lines.append(
                f'ATTENDEE;CN="{name}";ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE:'
                f"mailto:{mail}@{domain}"
            )
        lines.append("STATUS:CONFIRMED")
    overrides: list[list[str]] = []
    if recurring:
        kind = rng.random()
        if kind < 0.4:
            lines.append(f"RRULE:FREQ=WEEKLY;COUNT={rng.randint(6, 52)}")
        elif kind < 0.7:
            until = start + timedelta(days=rng.randint(30, 200))
            lines.append(f"RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;UNTIL={utc(until)}")
        else:
            lines.append("RRULE:FREQ=MONTHLY;BYDAY=1TU;COUNT=12")
        if rng.random() < 0.4:
            lines.append(f"EXDATE;TZID=Europe/Amsterdam:{local(start + timedelta(days=7))}")
        if rng.random() < 0.3:
            moved = start + timedelta(days=14)
            overrides.append(
                [
                    "BEGIN:VEVENT",
                    f"UID:{uid}",
                    f"DTSTAMP:{utc(stamp)}",
                    f"RECURRENCE-ID;TZID=Europe/Amsterdam:{local(moved)}",
                    f"DTSTART;TZID=Europe/Amsterdam:{local(moved + timedelta(hours=1))}",
                    f"DTEND;TZID=Europe/Amsterdam:{local(end + timedelta(days=14, hours=1))}",
                    f"SUMMARY:{escape_text(topic)} (moved)",
                    "END:VEVENT",
                ]
            )
    if rng.random() < 0.3:
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{escape_text(topic)}",
            f"TRIGGER:-PT{rng.choice([5, 10, 15, 30])}M",
            "END:VALARM",
        ]
    lines.append("END:VEVENT")
    body = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Meetdesk bench//seed//EN\r\n"
    if not all_day:
        body += AMSTERDAM_VTIMEZONE
    body += "".join(fold(line) for line in lines)
    body += "".join(fold(line) for override in overrides for line in override)
    body += "END:VCALENDAR\r\n"
    return f"{uid}.ics", body


def seed_storage(server: RadicaleServer, count: int) -> tuple[str, int]:
    """MKCALENDAR through Radicale, then write the items straight into its storage.

    Radicale's filesystem storage keeps one file per item, named by its href, in
    collection-root/<user>/<collection>/ beside .Radicale.props; it reads the folder on each
    request and caches parsed items by content hash. A PUT re-checks every UID in the
    collection, so 2,000 PUTs grow quadratically (200 took 7 s here): the files are
    written while the server is stopped instead.
    """
    collection = server.make_calendar(CALENDAR, "Benchmark")
    server.stop()
    folder = server.storage / "collection-root" / server.username / CALENDAR
    assert (folder / ".Radicale.props").is_file(), "unexpected Radicale storage layout"
    rng = random.Random(20260101)
    today = datetime.now(UTC).date()
    size = 0
    for index in range(count):
        name, body = make_event(rng, index, today)
        data = body.encode("utf-8")
        size += len(data)
        (folder / name).write_bytes(data)
    server.start()
    return collection, size


# --- Radicale's floor, timed in this process ----------------------------------------------


def sync_collection_body(token: str | None, *, data: bool) -> str:
    shown = f"<D:sync-token>{token}</D:sync-token>" if token else "<D:sync-token/>"
    wanted = "<D:getetag/><C:calendar-data/>" if data else "<D:getetag/>"
    return (
        f'<?xml version="1.0" encoding="utf-8"?><D:sync-collection {DAV_NS}>'
        f"{shown}<D:sync-level>1</D:sync-level><D:prop>{wanted}</D:prop></D:sync-collection>"
    )


@dataclass
class Report:
    seconds: float
    items: int
    token: str
    size: int


def sync_report(client: httpx.Client, path: str, token: str | None, *, data: bool) -> Report:
    body = sync_collection_body(token, data=data).encode("utf-8")
    start = time.perf_counter()
    response = client.request(
        "REPORT",
        path,
        content=body,
        headers={"Depth": "1", "Content-Type": "application/xml; charset=utf-8"},
    )
    content = response.content
    seconds = time.perf_counter() - start
    if response.status_code != 207:
        raise RuntimeError(f"REPORT -> {response.status_code}: {response.text[:300]}")
    root = ET.fromstring(content)  # noqa: S314 (our own local server)
    items = sum(1 for _ in root.iter("{DAV:}response"))
    token_element = root.find("{DAV:}sync-token")
    new_token = (token_element.text or "") if token_element is not None else ""
    return Report(seconds, items, new_token, len(content))


@dataclass
class Floor:
    initial: list[float] = field(default_factory=list)
    no_change: list[float] = field(default_factory=list)
    in_app: list[float] = field(default_factory=list)
    initial_items: int = 0
    initial_bytes: int = 0


def measure_floor(server: RadicaleServer, collection: str, runs: int, floor: Floor) -> None:
    client = server.raw()
    token = ""
    for _ in range(runs):
        report = sync_report(client, collection, None, data=True)
        floor.initial.append(report.seconds)
        floor.initial_items, floor.initial_bytes, token = report.items, report.size, report.token
    for _ in range(runs + 2):
        report = sync_report(client, collection, token, data=False)
        if report.items:
            print(f"  ! no-change REPORT listed {report.items} items", file=sys.stderr)
        floor.no_change.append(report.seconds)


def in_app_no_change(profile: Path, runs: int) -> list[float]:
    """The running app's periodic no-change sync, timed in this process.

    The app keeps one SyncService (provider, keyring read, HTTP connection) for its
    lifetime and syncs every few minutes; this is that tick, after one warm-up round.
    """
    import asyncio

    from desktop.profile import resolve_profile
    from desktop.services.context import build_context

    ctx = build_context(resolve_profile(profile))
    seconds: list[float] = []

    async def rounds() -> None:
        await ctx.sync.sync_all()
        for _ in range(runs):
            start = time.perf_counter()
            reports = await ctx.sync.sync_all()
            seconds.append(time.perf_counter() - start)
            for report in reports.values():
                if report.state.value != "up_to_date" or report.pulled:
                    print(f"  ! in-app no-change sync: {report}", file=sys.stderr)
        await ctx.sync.close()

    try:
        asyncio.run(rounds())
    finally:
        ctx.close()
    return seconds


# --- the clients --------------------------------------------------------------------------


def meetdesk(profile: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "desktop", "--profile", str(profile), *args]


def meetdesk_summary(run: Run) -> str:
    try:
        data = json.loads(run.stdout)
    except ValueError:
        return f"exit {run.returncode}, no JSON"
    reports = data["sync"] if isinstance(data, dict) else data[0] if data else None
    if not reports:
        return f"exit {run.returncode}, no sync report"
    return f"{reports['state']}, {reports['pulled']} received, {reports['pushed']} sent" + (
        f", {len(reports['problems'])} problems" if reports["problems"] else ""
    )


def ensure_vdirsyncer(venv: Path) -> Path:
    program = venv / "bin" / "vdirsyncer"
    if not program.exists():
        print(f"Installing {VDIRSYNCER} into {venv} ...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run(
            [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", VDIRSYNCER], check=True
        )
    return program


def vdirsyncer_config(folder: Path, server: RadicaleServer, collection: str) -> Path:
    (folder / "calendar").mkdir(parents=True)
    (folder / "status").mkdir()
    config = folder / "config"
    config.write_text(
        "[general]\n"
        f"status_path = {json.dumps(str(folder / 'status') + '/')}\n\n"
        "[pair bench]\n"
        'a = "bench_remote"\n'
        'b = "bench_local"\n'
        "collections = null\n\n"
        "[storage bench_remote]\n"
        'type = "caldav"\n'
        f"url = {json.dumps(server.url.rstrip('/') + collection)}\n"
        f"username = {json.dumps(server.username)}\n"
        f"password = {json.dumps(server.password)}\n\n"
        "[storage bench_local]\n"
        'type = "filesystem"\n'
        f"path = {json.dumps(str(folder / 'calendar') + '/')}\n"
        'fileext = ".ics"\n',
        encoding="utf-8",
    )
    return config


def local_items(folder: Path) -> int:
    return sum(1 for _ in (folder / "calendar").glob("*.ics"))


# --- report -------------------------------------------------------------------------------


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def spread(values: list[float]) -> str:
    if len(values) < 2:
        return ""
    return f"{min(values):.2f}–{max(values):.2f}"


def row(name: str, runs: list[Run], note: str = "") -> str:
    walls = [r.wall for r in runs]
    rss = max((r.rss_mb for r in runs), default=float("nan"))
    return (
        f"  {name:<38} {median(walls):7.2f} s {spread(walls):>11}  {rss:7.1f} MB  "
        f"{len(runs)} run(s)  {note}"
    )


def floor_row(name: str, values: list[float], note: str = "") -> str:
    return (
        f"  {name:<38} {median(values):7.2f} s {spread(values):>11}  {'(server)':>10}  "
        f"{len(values)} run(s)  {note}"
    )


def ratio_line(name: str, ours: float, theirs: float, target: str) -> str:
    return f"  {name:<46} {ours / theirs:6.2f}×   {target}"


def iterate(count: int, what: str) -> Iterator[int]:
    for index in range(count):
        print(f"  {what} {index + 1}/{count}", flush=True)
        yield index


# --- main ---------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--first-runs", type=int, default=3, help="first syncs, each fresh")
    parser.add_argument("--runs", type=int, default=3, help="no-change syncs (median)")
    parser.add_argument("--vdirsyncer-venv", type=Path, default=DEFAULT_VDIRSYNCER_VENV)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    if os.environ.get("MEETDESK_REAL_KEYRING") != "1":
        return reexec_with_keyring()

    vdirsyncer = ensure_vdirsyncer(args.vdirsyncer_venv)
    work = Path(tempfile.mkdtemp(prefix="meetdesk-bench-sync-"))
    server = RadicaleServer(work / "radicale")
    # Bytecode as an installed app has it, without writing into the source tree: an
    # untimed warm-up round compiles it into a throwaway prefix that every later run reads.
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPYCACHEPREFIX": str(work / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    try:
        started = time.perf_counter()
        server.start()
        collection, size = seed_storage(server, args.events)
        print(
            f"Seeded {args.events} events ({size / 2**20:.2f} MB of iCalendar) into "
            f"{server.url.rstrip('/')}{collection} in {time.perf_counter() - started:.1f} s",
            flush=True,
        )
        # Radicale parses and caches every item on first read; no client should pay that.
        with httpx.Client(
            base_url=server.url, auth=(server.username, server.password), timeout=300.0
        ) as patient:
            cold = sync_report(patient, collection, None, data=True)
        print(f"Radicale cold-cache initial REPORT (not counted): {cold.seconds:.2f} s")
        if cold.items != args.events:
            print(f"  ! Radicale lists {cold.items} items, not {args.events}", file=sys.stderr)

        floor = Floor()
        measure_floor(server, collection, 5, floor)

        password = server.password + "\n"

        def connect(profile: Path) -> Run:
            command = meetdesk(
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
            )
            return check(run_measured(command, env=env, stdin=password), "meetdesk connect")

        def vdirsyncer_first(folder: Path) -> tuple[Run, dict[str, str]]:
            config = vdirsyncer_config(folder, server, collection)
            vd_env = {**env, "VDIRSYNCER_CONFIG": str(config)}
            check(
                run_measured([str(vdirsyncer), "discover"], env=vd_env, stdin="y\n" * 10),
                "vdirsyncer discover",
            )
            run = check(run_measured([str(vdirsyncer), "sync"], env=vd_env), "vdirsyncer sync")
            return run, vd_env

        warm_md = connect(work / "meetdesk-warm-up")
        warm_vd, _ = vdirsyncer_first(work / "vdirsyncer-warm-up")
        print(
            f"Warm-up round, compiling bytecode (not counted): Meetdesk {warm_md.wall:.2f} s, "
            f"vdirsyncer {warm_vd.wall:.2f} s",
            flush=True,
        )

        # Process start-up alone: the part of every figure below that is not sync.
        bare = [
            check(run_measured([sys.executable, "-c", "pass"], env=env), "python") for _ in range(3)
        ]
        version = [
            check(run_measured(meetdesk(work / "unused", "--version"), env=env), "meetdesk")
            for _ in range(3)
        ]
        vdir_version = [
            check(run_measured([str(vdirsyncer), "--version"], env=env), "vdirsyncer")
            for _ in range(3)
        ]

        md_first: list[Run] = []
        vd_first: list[Run] = []
        notes: dict[str, str] = {}
        print("First syncs (fresh profile / fresh folder and status each time):", flush=True)
        for index in iterate(args.first_runs, "round"):
            run = connect(work / f"meetdesk-{index}")
            md_first.append(run)
            notes["md_first"] = meetdesk_summary(run)

            folder = work / f"vdirsyncer-{index}"
            run, _ = vdirsyncer_first(folder)
            vd_first.append(run)
            notes["vd_first"] = f"{local_items(folder)} files in the local folder"

        print("No-change syncs (on round 1's profile and folder):", flush=True)
        profile = work / "meetdesk-0"
        vd_env = {**env, "VDIRSYNCER_CONFIG": str(work / "vdirsyncer-0" / "config")}
        md_quiet: list[Run] = []
        vd_quiet: list[Run] = []
        for _ in iterate(args.runs, "round"):
            run = check(run_measured(meetdesk(profile, "sync", "--json"), env=env), "meetdesk")
            md_quiet.append(run)
            notes["md_quiet"] = meetdesk_summary(run)
            run = check(run_measured([str(vdirsyncer), "sync"], env=vd_env), "vdirsyncer sync")
            vd_quiet.append(run)
            notes["vd_quiet"] = f"{local_items(work / 'vdirsyncer-0')} files in the local folder"

        measure_floor(server, collection, 5, floor)  # again, after the clients: drift
        floor.in_app = in_app_no_change(profile, 5)

        # Not timed: both still see a change made behind their backs (nothing was skipped).
        _, extra = make_event(random.Random(7), 0, datetime.now(UTC).date())
        server.put(f"{collection}after-bench.ics", extra)
        seen = meetdesk_summary(run_measured(meetdesk(profile, "sync", "--json"), env=env))
        run_measured([str(vdirsyncer), "sync"], env=vd_env)
        seen_vd = local_items(work / "vdirsyncer-0")

        total = time.perf_counter() - started
        print()
        print(
            f"CalDAV sync, {args.events} events in one Radicale 3 calendar "
            f"({floor.initial_bytes / 2**20:.2f} MB as calendar-data), "
            f"{os.cpu_count()} CPUs, whole run {total:.0f} s"
        )
        print(f"  {'':<38} {'median':>9} {'min–max':>11}  {'peak RSS':>10}")
        print(row("python -c pass", bare))
        print(row("meetdesk --version (start-up + import)", version))
        print(row("vdirsyncer --version", vdir_version))
        print(row("Meetdesk first sync (connect)", md_first, notes.get("md_first", "")))
        print(row("vdirsyncer first sync", vd_first, notes.get("vd_first", "")))
        print(row("Meetdesk no-change sync", md_quiet, notes.get("md_quiet", "")))
        print(row("vdirsyncer no-change sync", vd_quiet, notes.get("vd_quiet", "")))
        print(
            floor_row(
                "Radicale floor: initial REPORT + data",
                floor.initial,
                f"{floor.initial_items} items, httpx in-process",
            )
        )
        print(
            floor_row(
                "Radicale floor: no-change REPORT", floor.no_change, "valid token, httpx in-process"
            )
        )
        print(
            floor_row(
                "Meetdesk no-change sync in the app",
                floor.in_app,
                "the running app's periodic sync, in-process",
            )
        )

        md_f, vd_f = median([r.wall for r in md_first]), median([r.wall for r in vd_first])
        md_q, vd_q = median([r.wall for r in md_quiet]), median([r.wall for r in vd_quiet])
        fl_f, fl_q = median(floor.initial), median(floor.no_change)
        print()
        print("Ratios (wall time, medians):")
        print(ratio_line("first sync, Meetdesk / vdirsyncer", md_f, vd_f, "target ≤ 1"))
        print(ratio_line("no-change sync, Meetdesk / vdirsyncer", md_q, vd_q, "target ≤ 0.1"))
        print(ratio_line("first sync, Meetdesk / Radicale floor", md_f, fl_f, ""))
        md_app = median(floor.in_app)
        print(ratio_line("no-change sync in the app, Meetdesk / vdirsyncer", md_app, vd_q, ""))
        print(ratio_line("no-change sync, Meetdesk / Radicale floor", md_q, fl_q, ""))
        print(ratio_line("no-change, Radicale floor / vdirsyncer", fl_q, vd_q, "best possible"))
        print(ratio_line("first sync, vdirsyncer / Radicale floor", vd_f, fl_f, ""))
        print(ratio_line("no-change sync, vdirsyncer / Radicale floor", vd_q, fl_q, ""))
        bare_wall = median([r.wall for r in version])
        print(
            ratio_line("no-change sync, Meetdesk / (start-up + floor)", md_q, bare_wall + fl_q, "")
        )
        md_rss = max(r.rss_mb for r in md_first)
        vd_rss = max(r.rss_mb for r in vd_first)
        print(ratio_line("peak RSS first sync, Meetdesk / vdirsyncer", md_rss, vd_rss, ""))
        print()
        print(f"After one event was added behind their backs: Meetdesk {seen}; ", end="")
        print(f"vdirsyncer folder {seen_vd} files.")
        return 0
    finally:
        server.close()
        if args.keep:
            print(f"Kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
