"""Command line: `meetdesk` starts the GUI; sub-commands script the same services.

Sub-commands never import Qt, so they start as fast as the interpreter allows.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.auth.secrets import KeyringUnavailable
from desktop.domain import Contact, Event
from desktop.profile import resolve_profile
from desktop.services.contacts import ContactInput
from desktop.services.context import AppContext, build_context
from desktop.services.errors import ServiceError, ValidationError
from desktop.services.meetings import HostFilter, ScheduleRequest, UpcomingMeeting
from desktop.timezones import resolve_timezone, system_timezone_name

log = logging.getLogger("desktop")

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
MAX_IMPORT_BYTES = 5_000_000


class CliError(Exception):
    """A message for the person; exit status 1."""


def _add_schedule_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--topic", required=required, help="meeting topic")
    parser.add_argument(
        "--start",
        required=required,
        help="start, ISO 8601 (2026-12-01T09:30, with or without an offset)",
    )
    parser.add_argument(
        "--duration", type=int, required=required, metavar="MINUTES", help="length in minutes"
    )
    parser.add_argument("--timezone", help="IANA time zone (default: the system's)")
    parser.add_argument("--recurrence", metavar="RRULE", help="e.g. FREQ=WEEKLY;COUNT=10")
    parser.add_argument("--passcode")
    parser.add_argument("--attendee", action="append", metavar="EMAIL", help="repeatable")
    parser.add_argument("--alternative-host", action="append", metavar="EMAIL")
    parser.add_argument("--description")
    parser.add_argument("--calendar", metavar="ID", help="calendar id (meetdesk calendars list)")
    parser.add_argument(
        "--zoom",
        action="store_true",
        default=None,
        help="make a Zoom meeting through Zoom's API for it (after `meetdesk zoom signin`)",
    )
    parser.add_argument(
        "--teams",
        action="store_true",
        default=None,
        help="a Teams meeting: Microsoft 365 makes its join link (Microsoft 365 calendars only)",
    )
    for flag, help_text in (
        ("waiting-room", "put participants in a waiting room"),
        ("join-before-host", "let participants join before the host"),
        ("mute-on-entry", "mute participants when they join"),
        ("host-video", "host video on"),
        ("participant-video", "participant video on"),
    ):
        parser.add_argument(
            f"--{flag}", action=argparse.BooleanOptionalAction, default=None, help=help_text
        )
    parser.add_argument("--json", action="store_true", help="print JSON")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="meetdesk",
        description="Meetdesk: your meetings and contacts. Without a command, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"Meetdesk {__version__}")
    parser.add_argument(
        "--profile", metavar="DIR", help="keep all data in DIR (also: MEETDESK_PROFILE)"
    )
    parser.add_argument("--debug", action="store_true", help="log more")
    parser.add_argument(
        "--silent-start", action="store_true", help="start without a window (tray only)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    meetings = commands.add_parser("meetings", help="list, schedule, edit and delete meetings")
    meeting_commands = meetings.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = meeting_commands.add_parser("list", help="upcoming meetings")
    listing.add_argument("--hosted-by", metavar="me|others|EMAIL")
    listing.add_argument("--days", type=int, default=30, help="how many days ahead (default 30)")
    listing.add_argument("--json", action="store_true")
    schedule = meeting_commands.add_parser("schedule", help="schedule a meeting")
    _add_schedule_options(schedule, required=True)
    edit = meeting_commands.add_parser("edit", help="change a meeting scheduled here")
    edit.add_argument("id")
    _add_schedule_options(edit, required=False)
    delete = meeting_commands.add_parser("delete", help="delete a meeting scheduled here")
    delete.add_argument("id")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    show = meeting_commands.add_parser("show", help="one meeting's details")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")

    importing = commands.add_parser("import", help="add the events of an .ics file")
    importing.add_argument("file")
    importing.add_argument("--calendar", metavar="ID", default=None)
    importing.add_argument("--json", action="store_true")

    calendars = commands.add_parser("calendars", help="calendars")
    calendar_commands = calendars.add_subparsers(dest="action", metavar="ACTION", required=True)
    calendar_list = calendar_commands.add_parser("list")
    calendar_list.add_argument("--json", action="store_true")

    contacts = commands.add_parser("contacts", help="list, search and add contacts")
    contact_commands = contacts.add_subparsers(dest="action", metavar="ACTION", required=True)
    contact_list = contact_commands.add_parser("list")
    contact_list.add_argument("--folder", metavar="PATH", help="e.g. Contacts/Suppliers")
    contact_list.add_argument("--json", action="store_true")
    search = contact_commands.add_parser("search")
    search.add_argument("text")
    search.add_argument("--json", action="store_true")
    add = contact_commands.add_parser("add")
    add.add_argument("--name", required=True)
    add.add_argument("--email", action="append", default=[])
    add.add_argument("--phone", action="append", default=[])
    add.add_argument("--company", default="")
    add.add_argument("--folder", metavar="PATH")
    add.add_argument("--json", action="store_true")

    accounts = commands.add_parser("accounts", help="connected services")
    account_commands = accounts.add_subparsers(dest="action", metavar="ACTION", required=True)
    account_list = account_commands.add_parser("list")
    account_list.add_argument("--json", action="store_true")
    connect = account_commands.add_parser("connect", help="connect a calendar service")
    connect_services = connect.add_subparsers(dest="service", metavar="SERVICE", required=True)
    caldav = connect_services.add_parser("caldav", help="a CalDAV/CardDAV server")
    caldav.add_argument("--url", required=True, help="the server address")
    caldav.add_argument("--username", required=True)
    caldav.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    caldav.add_argument(
        "--permissions",
        default="calendar_read,calendar_write,contacts_read,contacts_write",
        help="comma-separated: calendar_read,calendar_write,contacts_read,contacts_write",
    )
    caldav.add_argument("--json", action="store_true")
    microsoft = connect_services.add_parser(
        "microsoft365",
        help="Microsoft 365 (Outlook) through Microsoft Graph: signs in in your browser",
    )
    microsoft.add_argument("--client-id", help="the Microsoft Entra app (client) ID")
    microsoft.add_argument(
        "--cloud",
        choices=["global", "usgov", "usgov-dod", "china"],
        help="preset sign-in and Graph addresses of a national cloud",
    )
    microsoft.add_argument(
        "--authority",
        help="full sign-in address with the tenant"
        " (default https://login.microsoftonline.com/organizations)",
    )
    microsoft.add_argument(
        "--graph-url", help="the Graph root (default https://graph.microsoft.com)"
    )
    microsoft.add_argument(
        "--permissions",
        default="calendar_read,calendar_write,contacts_read,contacts_write",
        help="comma-separated: calendar_read,calendar_write,contacts_read,contacts_write",
    )
    microsoft.add_argument(
        "--timeout", type=int, default=300, help="seconds to wait for the browser sign-in"
    )
    microsoft.add_argument(
        "--mailbox",
        help="admin mode (application permissions) only: whose mailbox"
        " (default: your e-mail in Settings)",
    )
    microsoft.add_argument("--json", action="store_true")
    signin = account_commands.add_parser(
        "signin", help="sign in again (Microsoft 365: in your browser), then sync"
    )
    signin.add_argument("id")
    signin.add_argument(
        "--timeout", type=int, default=300, help="seconds to wait for the browser sign-in"
    )
    signin.add_argument("--json", action="store_true")
    remove = account_commands.add_parser("remove", help="remove an account and its data")
    remove.add_argument("id")
    remove.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    sync = commands.add_parser("sync", help="sync now")
    sync.add_argument("--account", metavar="ID", help="only this account")
    sync.add_argument("--json", action="store_true")

    zoom = commands.add_parser("zoom", help="Zoom meetings through Zoom's API")
    zoom_commands = zoom.add_subparsers(dest="action", metavar="ACTION", required=True)
    zoom_signin = zoom_commands.add_parser("signin", help="sign in to Zoom in your browser")
    zoom_signin.add_argument("--client-id", help="the Zoom app (client) ID")
    zoom_signin.add_argument("--oauth-url", help="Zoom's sign-in address (default https://zoom.us)")
    zoom_signin.add_argument(
        "--api-url", help="Zoom's API address (default https://api.zoom.us/v2)"
    )
    zoom_signin.add_argument(
        "--use", action="store_true", help="also make Zoom the link for new meetings"
    )
    zoom_options = zoom_commands.add_parser(
        "options", help="show or set the options of new Zoom meetings"
    )
    zoom_options.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="watermark, use_pmi, meeting_authentication, close_registration,"
        " registrants_confirmation_email (true/false); approval_type (0, 1, 2); audio (both,"
        " telephony, voip); auto_recording (none, local, cloud); authentication_domains"
        " (comma-separated)",
    )
    zoom_options.add_argument("--json", action="store_true")
    zoom_commands.add_parser("signout", help="forget the Zoom sign-in")
    zoom_commands.add_parser("status", help="whether Meetdesk is signed in to Zoom")

    policy = commands.add_parser("policy", help="the admin policy in effect")
    policy_commands = policy.add_subparsers(dest="action", metavar="ACTION", required=True)
    policy_show = policy_commands.add_parser("show")
    policy_show.add_argument("--json", action="store_true")
    return parser


# -- output helpers ---------------------------------------------------------------------------


def _local_zone_name() -> str:
    return system_timezone_name()


def _iso(value: datetime) -> str:
    zone = resolve_timezone(_local_zone_name())
    return (value.astimezone(zone) if zone else value).isoformat(timespec="seconds")


def meeting_json(row: UpcomingMeeting) -> dict[str, Any]:
    link = row.join_link
    return {
        "id": row.event.id,
        "topic": row.title,
        "start": _iso(row.occurrence.start),
        "end": _iso(row.occurrence.end),
        "host": {"name": row.host.name, "email": row.host.email},
        "join_url": link.url if link else None,
        "service": link.service if link else None,
        "calendar": row.calendar.id,
        "calendar_name": row.calendar.name,
        "scheduled_here": row.event.scheduled_here,
        "recurring": bool(row.event.rrule),
    }


def contact_json(contact: Contact, folder_path: str) -> dict[str, Any]:
    return {
        "id": contact.id,
        "name": contact.display_name,
        "emails": list(contact.emails),
        "phones": list(contact.phones),
        "company": contact.company,
        "folder": folder_path,
    }


def _print_json(data: object) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


# -- commands ---------------------------------------------------------------------------------


def _request_from_args(
    args: argparse.Namespace, base: ScheduleRequest | None = None
) -> ScheduleRequest:
    timezone = args.timezone or (base.timezone if base else _local_zone_name())
    start: datetime | None = base.start if base else None
    if args.start:
        try:
            start = datetime.fromisoformat(args.start)
        except ValueError:
            raise ValidationError(
                {"start": f"'{args.start}' is not a date and time like 2026-12-01T09:30."}
            ) from None
        if start.tzinfo is None:
            zone = resolve_timezone(timezone)
            if zone is None:
                raise ValidationError({"timezone": f"Unknown time zone '{timezone}'."})
            start = start.replace(tzinfo=zone)
    assert start is not None
    values: dict[str, Any] = {
        "topic": args.topic if args.topic is not None else (base.topic if base else ""),
        "start": start,
        "duration_minutes": args.duration
        if args.duration is not None
        else (base.duration_minutes if base else 0),
        "timezone": timezone,
    }
    request = base or ScheduleRequest(**values)
    request = replace(request, **values)
    updates: dict[str, Any] = {}
    if args.recurrence is not None:
        updates["recurrence"] = args.recurrence or None
    if args.passcode is not None:
        updates["passcode"] = args.passcode
    if args.attendee is not None:
        updates["attendees"] = tuple(args.attendee)
    if args.alternative_host is not None:
        updates["alternative_hosts"] = tuple(args.alternative_host)
    if args.description is not None:
        updates["description"] = args.description
    if args.calendar is not None:
        updates["calendar_id"] = args.calendar
    if args.teams:
        updates["online_meeting"] = "teams"
    for flag in (
        "waiting_room",
        "join_before_host",
        "mute_on_entry",
        "host_video",
        "participant_video",
    ):
        if getattr(args, flag) is not None:
            updates[flag] = getattr(args, flag)
    return replace(request, **updates)


def request_from_event(event: Event) -> ScheduleRequest:
    """The request that would produce an event: the starting point of an edit."""
    return ScheduleRequest(
        topic=event.title,
        start=event.start,
        duration_minutes=int(event.duration.total_seconds() // 60),
        timezone=event.timezone,
        recurrence=event.rrule,
        passcode=event.options.passcode,
        online_meeting=event.options.online_meeting,
        waiting_room=event.options.waiting_room,
        host_video=event.options.host_video,
        participant_video=event.options.participant_video,
        join_before_host=event.options.join_before_host,
        mute_on_entry=event.options.mute_on_entry,
        alternative_hosts=event.options.alternative_hosts,
        attendees=tuple(a.email for a in event.attendees),
        description=event.options.agenda,
        calendar_id=event.calendar_id,
    )


def _print_meeting(ctx: AppContext, event_id: str, as_json: bool) -> None:
    row = ctx.meetings.row_for(event_id)
    if as_json:
        _print_json(meeting_json(row))
    else:
        link = row.join_link
        print(f"{row.event.id}  {_iso(row.occurrence.start)}  {row.title}")
        print(f"  host: {row.host.label or 'me'}")
        print(f"  join: {link.url if link else 'No meeting link'}")


def cmd_meetings(ctx: AppContext, args: argparse.Namespace) -> int:
    if args.action == "list":
        rows = ctx.meetings.upcoming(days=args.days, hosted_by=HostFilter.parse(args.hosted_by))
        if args.json:
            _print_json([meeting_json(r) for r in rows])
            return EXIT_OK
        if not rows:
            print("No upcoming meetings.")
        for row in rows:
            link = row.join_link
            print(
                f"{_iso(row.occurrence.start)}  {row.title}  "
                f"[{row.host.label or 'me'}]  {link.url if link else 'No meeting link'}  "
                f"({row.event.id})"
            )
        return EXIT_OK
    if args.action == "schedule":
        request = _request_from_args(args)
        if args.calendar is None:
            request = replace(request, calendar_id="local-calendar")
        if args.zoom or ctx.settings.get_str("meeting_link_mode") == "zoom":
            ctx.meetings.validate(request)  # no Zoom meeting for a request that cannot be saved
            conference = asyncio.run(ctx.zoom.create(request))
            request = replace(request, conference=conference)
        event = ctx.meetings.schedule(request)
        _print_meeting(ctx, event.id, args.json)
        return EXIT_OK
    if args.action == "edit":
        current = ctx.meetings.get(args.id)
        request = _request_from_args(args, request_from_event(current))
        if current.options.zoom_meeting_id:
            ctx.meetings.validate(request)
            conference = asyncio.run(ctx.zoom.update(current.options.zoom_meeting_id, request))
            request = replace(request, conference=conference)
        event = ctx.meetings.edit(args.id, request)
        _print_meeting(ctx, event.id, args.json)
        return EXIT_OK
    if args.action == "delete":
        event = ctx.meetings.get(args.id)
        if not args.yes:
            if not sys.stdin.isatty():
                raise CliError("Add --yes to delete without a terminal to confirm on.")
            answer = input(f"Delete '{event.title}'? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                print("Nothing deleted.")
                return EXIT_ERROR
        if event.options.zoom_meeting_id and ctx.meetings.can_edit(event):
            asyncio.run(ctx.zoom.delete(event.options.zoom_meeting_id))
        ctx.meetings.delete(args.id)
        print(f"Deleted '{event.title}'.")
        return EXIT_OK
    if args.action == "show":
        _print_meeting(ctx, args.id, args.json)
        return EXIT_OK
    raise AssertionError(args.action)


def read_ics_file(path: str) -> bytes:
    from desktop import ical

    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ical.IcsError(f"The file is larger than {MAX_IMPORT_BYTES // 1_000_000} MB.")
        with file.open("rb") as handle:
            return handle.read(MAX_IMPORT_BYTES + 1)
    except OSError as exc:
        raise CliError(f"Cannot read {path}: {exc.strerror or exc}") from None


def cmd_import(ctx: AppContext, args: argparse.Namespace) -> int:
    data = read_ics_file(args.file)
    report = ctx.meetings.import_ics(data, args.calendar or "local-calendar")
    if args.json:
        _print_json(
            {
                "added": report.added,
                "updated": report.updated,
                "problems": report.problems,
                "events": [
                    {"id": e.id, "topic": e.title, "start": _iso(e.start)} for e in report.events
                ],
            }
        )
    else:
        print(f"Added {report.added} and updated {report.updated} events.")
        for problem in report.problems:
            print(f"  skipped: {problem}")
    return EXIT_OK


def cmd_calendars(ctx: AppContext, args: argparse.Namespace) -> int:
    writable = {c.id for c in ctx.meetings.writable_calendars()}
    accounts = {a.id: a for a in ctx.store.list_accounts()}
    items = [
        {
            "id": c.id,
            "name": c.name,
            "account": c.account_id,
            "account_name": accounts[c.account_id].display_name if c.account_id in accounts else "",
            "writable": c.id in writable,
        }
        for c in ctx.store.list_calendars()
    ]
    if args.json:
        _print_json(items)
    else:
        for item in items:
            mode = "read/write" if item["writable"] else "read only"
            print(f"{item['id']}  {item['name']}  ({item['account_name']}, {mode})")
    return EXIT_OK


def cmd_contacts(ctx: AppContext, args: argparse.Namespace) -> int:
    paths = ctx.contacts.folder_paths()
    if args.action == "list":
        if args.folder:
            folder = ctx.contacts.folder_by_path(args.folder)
            found = ctx.contacts.contacts_in(folder.id)
        else:
            found = ctx.contacts.all_contacts()
    elif args.action == "search":
        found = ctx.contacts.search(args.text)
    elif args.action == "add":
        folder_id = ctx.contacts.folder_by_path(args.folder).id if args.folder else None
        data = ContactInput(
            name=args.name,
            emails=tuple(args.email),
            phones=tuple(args.phone),
            company=args.company,
        )
        contact = ctx.contacts.add(data, folder_id) if folder_id else ctx.contacts.add(data)
        found = [contact]
    else:
        raise AssertionError(args.action)
    if args.json:
        _print_json([contact_json(c, paths.get(c.folder_id, "")) for c in found])
        return EXIT_OK
    if not found:
        print("No contacts.")
    for contact in found:
        details = ", ".join([*contact.emails, *contact.phones])
        print(f"{contact.display_name}  {details}  [{paths.get(contact.folder_id, '')}]")
    return EXIT_OK


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise CliError("Give the password on standard input with --password-stdin.")
    return getpass.getpass("Password: ")


def _report_json(account_id: str, report: Any) -> dict[str, Any]:
    return {
        "account": account_id,
        "state": report.state.value,
        "reason": report.reason,
        "pulled": report.pulled,
        "pushed": report.pushed,
        "deleted": report.deleted,
        "conflicts": report.conflicts,
        "problems": list(report.problems),
    }


def cmd_accounts_connect(ctx: AppContext, args: argparse.Namespace) -> int:
    from desktop.domain import Permission

    try:
        permissions = {Permission(p.strip()) for p in args.permissions.split(",") if p.strip()}
    except ValueError:
        raise ValidationError(
            {"permissions": f"Unknown permission in '{args.permissions}'."}
        ) from None
    if args.service == "microsoft365":
        result = asyncio.run(_connect_microsoft365(ctx, args, permissions))
    else:
        password = _read_password(args)
        result = asyncio.run(_connect_caldav(ctx, args.url, args.username, password, permissions))
    account, report = result.account, result.report
    if args.json:
        _print_json(
            {
                "id": account.id,
                "name": account.display_name,
                "sync": _report_json(account.id, report) if report else None,
            }
        )
    else:
        print(f"Connected {account.display_name} ({account.id}).")
        if report is not None:
            print(f"First sync: {report.state.value}. {report.reason}".rstrip())
    return EXIT_OK if report is None or report.state.value == "up_to_date" else EXIT_ERROR


async def _connect_microsoft365(
    ctx: AppContext, args: argparse.Namespace, permissions: set[Any]
) -> Any:
    from desktop.auth.microsoft import CLOUDS

    authority, graph_url = CLOUDS[args.cloud] if args.cloud else (None, None)
    print(
        "Opening the Microsoft sign-in page in your browser; waiting for you to sign in...",
        file=sys.stderr,
        flush=True,
    )
    try:
        return await ctx.sync.connect_microsoft365(
            permissions,
            client_id=args.client_id,
            authority=args.authority or authority,
            graph_url=args.graph_url or graph_url,
            sign_in_timeout=args.timeout,
            mailbox=args.mailbox,
        )
    finally:
        await ctx.sync.close()


async def _connect_caldav(
    ctx: AppContext, url: str, username: str, password: str, permissions: set[Any]
) -> Any:
    try:
        return await ctx.sync.connect_caldav(url, username, password, permissions)
    finally:
        await ctx.sync.close()


def cmd_sync(ctx: AppContext, args: argparse.Namespace) -> int:
    async def run() -> dict[str, Any]:
        try:
            if args.account:
                if ctx.store.get_account(args.account) is None:
                    raise CliError(f"There is no account '{args.account}'.")
                return {args.account: await ctx.sync.sync_account(args.account)}
            return dict(await ctx.sync.sync_all())
        finally:
            await ctx.sync.close()

    reports = asyncio.run(run())
    if args.json:
        _print_json([_report_json(account_id, r) for account_id, r in reports.items()])
    else:
        if not reports:
            print("Nothing to sync: no network account is connected.")
        for account_id, report in reports.items():
            line = f"{account_id}: {report.state.value}"
            if report.reason:
                line += f" ({report.reason})"
            print(f"{line}; {report.pulled} received, {report.pushed} sent")
            for problem in report.problems:
                print(f"  skipped: {problem}")
    ok = all(r.state.value == "up_to_date" for r in reports.values())
    return EXIT_OK if ok else EXIT_ERROR


def cmd_accounts(ctx: AppContext, args: argparse.Namespace) -> int:
    if args.action == "connect":
        return cmd_accounts_connect(ctx, args)
    if args.action == "signin":
        if ctx.store.get_account(args.id) is None:
            raise CliError(f"There is no account '{args.id}'.")

        async def sign_in() -> Any:
            try:
                return await ctx.sync.sign_in_again(args.id, sign_in_timeout=args.timeout)
            finally:
                await ctx.sync.close()

        print("Opening the sign-in page in your browser...", file=sys.stderr, flush=True)
        report = asyncio.run(sign_in())
        if args.json:
            _print_json(_report_json(args.id, report))
        else:
            print(f"Signed in again. Sync: {report.state.value}. {report.reason}".rstrip())
        return EXIT_OK if report.state.value == "up_to_date" else EXIT_ERROR
    if args.action == "remove":
        account = ctx.store.get_account(args.id)
        if account is None:
            raise CliError(f"There is no account '{args.id}'.")
        if not args.yes:
            if not sys.stdin.isatty():
                raise CliError("Add --yes to remove without a terminal to confirm on.")
            answer = input(f"Remove '{account.display_name}' and its data here? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                print("Nothing removed.")
                return EXIT_ERROR
        ctx.integration.remove(args.id)
        print(f"Removed '{account.display_name}'.")
        return EXIT_OK
    items = [
        {
            "id": a.id,
            "service": a.kind.value,
            "name": a.display_name,
            "email": a.email,
            "permissions": sorted(p.value for p in a.permissions),
            "state": a.state.value,
            "state_reason": a.state_reason,
        }
        for a in ctx.integration.accounts()
    ]
    if args.json:
        _print_json(items)
    else:
        if not items:
            print("No accounts connected.")
        for item in items:
            print(
                f"{item['id']}  {item['name']}  ({item['service']}): "
                f"{', '.join(item['permissions'])}; {item['state']}"
            )
    return EXIT_OK


def cmd_zoom(ctx: AppContext, args: argparse.Namespace) -> int:
    if args.action == "signin":
        for option, name in (
            (args.client_id, "zoom_client_id"),
            (args.oauth_url, "zoom_oauth_url"),
            (args.api_url, "zoom_api_url"),
        ):
            if option:
                ctx.settings.set(name, option.strip())
        print("Opening the Zoom sign-in page in your browser...", file=sys.stderr, flush=True)
        email = asyncio.run(ctx.zoom.sign_in())
        if args.use:
            ctx.settings.set("meeting_link_mode", "zoom")
        print(f"Signed in to Zoom{' as ' + email if email else ''}.")
        return EXIT_OK
    if args.action == "options":
        current = ctx.settings.get("zoom_defaults")
        options: dict[str, object] = dict(current) if isinstance(current, dict) else {}
        for item in args.set:
            name, equals, raw = item.partition("=")
            if not equals:
                raise CliError(f"Write --set NAME=VALUE, not '{item}'.")
            text = raw.strip()
            value: object = text
            if text.lower() in ("true", "false"):
                value = text.lower() == "true"
            elif text.isdigit():
                value = int(text)
            options[name.strip()] = value
        if args.set:
            ctx.settings.set("zoom_defaults", options)
            options = dict(ctx.settings.get("zoom_defaults"))  # type: ignore[call-overload]
        if args.json:
            _print_json(options)
        else:
            for name, value in sorted(options.items()):
                print(f"{name} = {value}")
            if not options:
                print("Zoom's own defaults.")
        return EXIT_OK
    if args.action == "signout":
        ctx.zoom.sign_out()
        if ctx.settings.get_str("meeting_link_mode") == "zoom":
            ctx.settings.set("meeting_link_mode", "jitsi")
        print("Signed out of Zoom.")
        return EXIT_OK
    print("Signed in to Zoom." if ctx.zoom.signed_in() else "Not signed in to Zoom.")
    return EXIT_OK if ctx.zoom.signed_in() else EXIT_ERROR


def cmd_policy(ctx: AppContext, args: argparse.Namespace) -> int:
    effective = ctx.settings.effective()
    if args.json:
        _print_json(effective.as_json())
        return EXIT_OK
    print(f"Policy file: {ctx.policy.path or 'none'}")
    for problem in ctx.policy.problems:
        print(f"  problem: {problem}")
    shown = effective.as_json()["settings"]
    assert isinstance(shown, dict)
    for name, item in shown.items():
        lock = ", locked" if item["locked"] else ""
        print(f"{name} = {json.dumps(item['value'])}  ({item['source']}{lock})")
    return EXIT_OK


COMMANDS: dict[str, Callable[[AppContext, argparse.Namespace], int]] = {
    "meetings": cmd_meetings,
    "import": cmd_import,
    "calendars": cmd_calendars,
    "contacts": cmd_contacts,
    "accounts": cmd_accounts,
    "policy": cmd_policy,
    "zoom": cmd_zoom,
    "sync": cmd_sync,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # `meetdesk invite.ics` (the file association) opens the GUI on that file.
    open_files = [a for a in argv if a.lower().endswith(".ics") and not a.startswith("-")]
    if open_files and not any(a in COMMANDS for a in argv):
        argv = [a for a in argv if a not in open_files]
    parser = build_parser()
    args = parser.parse_args(argv)
    profile = resolve_profile(args.profile)
    from desktop.logs import setup_logging

    args.log_file = setup_logging(profile.log_dir, debug=args.debug)
    log.info("Meetdesk %s, %s", __version__, args.command or "window")
    if args.command is None:
        from desktop.app import run_gui  # Qt only for the GUI

        return run_gui(args, open_files)
    try:
        ctx = build_context(profile)
    except Exception as exc:  # the store could not be opened, or similar
        print(f"meetdesk: {exc}", file=sys.stderr)
        return EXIT_ERROR
    try:
        return COMMANDS[args.command](ctx, args)
    except ValidationError as exc:
        for field, problem in exc.problems.items():
            print(f"meetdesk: {field}: {problem}", file=sys.stderr)
        return EXIT_ERROR
    except (ServiceError, CliError, KeyringUnavailable) as exc:
        print(f"meetdesk: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except ValueError as exc:
        # iCalendar is imported only by the commands that read or write it (the window starts
        # faster): an IcsError can only come from a command that has imported it.
        ical = sys.modules.get("desktop.ical")
        if ical is None or not isinstance(exc, ical.IcsError):
            raise
        print(f"meetdesk: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return EXIT_ERROR
    finally:
        ctx.close()
