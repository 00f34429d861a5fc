"""Turning stored items into Graph JSON, and Graph JSON input into stored fields."""

from __future__ import annotations

import html
import re
import secrets
from datetime import UTC, datetime
from typing import Any

from . import timezones
from .errors import GraphError, bad_request
from .model import Contact, ContactFolder, Event, Instance
from .recurrence import InvalidRecurrence, normalise

EVENT_WRITABLE = {
    "subject",
    "body",
    "start",
    "end",
    "location",
    "locations",
    "attendees",
    "isAllDay",
    "sensitivity",
    "showAs",
    "importance",
    "categories",
    "isOnlineMeeting",
    "onlineMeetingProvider",
    "recurrence",
    "isReminderOn",
    "reminderMinutesBeforeStart",
    "responseRequested",
    "allowNewTimeProposals",
    "hideAttendees",
    "transactionId",
    "singleValueExtendedProperties",
    "organizer",
}
EVENT_READ_ONLY = {
    "id",
    "changeKey",
    "createdDateTime",
    "lastModifiedDateTime",
    "iCalUId",
    "uid",
    "bodyPreview",
    "type",
    "seriesMasterId",
    "originalStart",
    "originalStartTimeZone",
    "originalEndTimeZone",
    "isOrganizer",
    "responseStatus",
    "webLink",
    "onlineMeeting",
    "onlineMeetingUrl",
    "isCancelled",
    "hasAttachments",
    "isDraft",
    "calendar",
}
SENSITIVITIES = {"normal", "personal", "private", "confidential"}
SHOW_AS = {"free", "tentative", "busy", "oof", "workingElsewhere", "unknown"}
IMPORTANCE = {"low", "normal", "high"}
PROVIDERS = {"teamsForBusiness", "skypeForBusiness", "skypeForConsumer", "unknown"}
ATTENDEE_TYPES = {"required", "optional", "resource"}
NEVER = "0001-01-01T00:00:00Z"

CONTACT_FIELDS = {
    "displayName": "",
    "givenName": "",
    "middleName": None,
    "surname": "",
    "nickName": None,
    "title": None,
    "initials": None,
    "fileAs": "",
    "emailAddresses": [],
    "businessPhones": [],
    "homePhones": [],
    "mobilePhone": None,
    "companyName": None,
    "jobTitle": None,
    "department": None,
    "officeLocation": None,
    "profession": None,
    "businessHomePage": None,
    "personalNotes": "",
    "birthday": None,
    "imAddresses": [],
    "categories": [],
    "homeAddress": {},
    "businessAddress": {},
    "otherAddress": {},
    "spouseName": None,
    "manager": None,
    "assistantName": None,
    "generation": None,
    "children": [],
    "yomiGivenName": None,
    "yomiSurname": None,
    "yomiCompanyName": None,
}


def unknown_property(name: str, type_name: str) -> GraphError:
    return GraphError(
        400,
        "RequestBodyRead",
        f"The property '{name}' does not exist on type 'microsoft.graph.{type_name}'. Make sure to "
        "only use property names that are defined by the type or mark the type as open type.",
    )


# ----------------------------------------------------------------------------- bodies


_BLOCK = re.compile(r"<\s*(br|/p|/div|/li|/tr|/h\d)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")
_HEAD = re.compile(r"<head\b.*?</head>", re.I | re.S)


def html_to_text(content: str) -> str:
    text = _HEAD.sub("", content)
    text = _BLOCK.sub("\n", text)
    text = html.unescape(_TAG.sub("", text))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def text_to_html(content: str) -> str:
    inner = html.escape(content).replace("\r\n", "\n").replace("\n", "<br>\r\n")
    return (
        "<html>\r\n<head>\r\n"
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n'
        f"</head>\r\n<body>\r\n<div>{inner}</div>\r\n</body>\r\n</html>\r\n"
    )


def render_body(body: dict[str, str], want: str | None) -> dict[str, str]:
    """Bodies come back as HTML unless ``Prefer: outlook.body-content-type="text"``."""
    ctype = body.get("contentType", "text")
    content = body.get("content", "")
    if want == "text":
        return {
            "contentType": "text",
            "content": html_to_text(content) if ctype == "html" else content,
        }
    if ctype == "html":
        return {"contentType": "html", "content": content}
    return {"contentType": "html", "content": text_to_html(content) if content else ""}


def preview(body: dict[str, str]) -> str:
    content = body.get("content", "")
    text = html_to_text(content) if body.get("contentType") == "html" else content
    return re.sub(r"\s+", " ", text).strip()[:255]


# ----------------------------------------------------------------------------- online meetings


def teams_meeting(tenant_id: str, organizer_id: str) -> dict[str, Any]:
    thread = secrets.token_urlsafe(36).replace("-", "A").replace("_", "B")
    context = f"%7b%22Tid%22%3a%22{tenant_id}%22%2c%22Oid%22%3a%22{organizer_id}%22%7d"
    join = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thread}%40thread.v2/0?context={context}"
    return {
        "joinUrl": join,
        "conferenceId": str(secrets.randbelow(900_000_000) + 100_000_000),
        "tollNumber": "+1 323-555-0166",
        "tollFreeNumbers": [],
        "quickDial": None,
        "phones": [],
    }


def teams_blob(meeting: dict[str, Any], ctype: str) -> str:
    line = "_" * 80
    if ctype == "html":
        return (
            '<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">'
            f'{line}</span></div><div class="me-email-text"><div style="margin-bottom:24px">'
            '<span style="font-size:24px;font-weight:700">Microsoft Teams meeting</span></div>'
            f'<div><a href="{html.escape(meeting["joinUrl"])}" class="me-email-headline">'
            "Join the meeting now</a></div>"
            f"<div>Meeting ID: {meeting['conferenceId']}</div></div>"
        )
    return (
        f"\r\n\r\n{line}\r\nMicrosoft Teams meeting\r\nJoin on your computer, mobile app or room "
        f"device\r\nClick here to join the meeting<{meeting['joinUrl']}>\r\n"
        f"Meeting ID: {meeting['conferenceId']}\r\n{line}\r\n"
    )


# ----------------------------------------------------------------------------- event input


def _email(value: Any, what: str) -> dict[str, str]:
    if not isinstance(value, dict) or not isinstance(value.get("emailAddress"), dict):
        raise bad_request(f"{what} needs an emailAddress", "ErrorInvalidParameter")
    address = value["emailAddress"].get("address")
    if not address:
        raise bad_request(f"{what} needs an address", "ErrorInvalidRecipients")
    return {"name": value["emailAddress"].get("name") or address, "address": address}


def location(value: Any) -> dict[str, Any]:
    name = (value or {}).get("displayName") or ""
    if not name:
        return {
            "displayName": "",
            "locationType": "default",
            "uniqueIdType": "unknown",
            "address": {},
            "coordinates": {},
        }
    result = {
        "displayName": name,
        "locationType": value.get("locationType") or "default",
        "uniqueId": value.get("uniqueId") or name,
        "uniqueIdType": "private",
    }
    if value.get("locationUri"):
        result["locationUri"] = value["locationUri"]
    if value.get("address"):
        result["address"] = value["address"]
    return result


def date_time_tz(value: Any, what: str) -> tuple[datetime, str]:
    if not isinstance(value, dict) or not value.get("dateTime"):
        raise bad_request(f"{what} must be a dateTimeTimeZone", "ErrorInvalidParameter")
    zone = value.get("timeZone") or "UTC"
    try:
        return timezones.to_utc(value["dateTime"], zone), zone
    except timezones.UnknownTimeZone:
        raise GraphError(
            400,
            "TimeZoneNotSupportedException",
            "A valid TimeZone value must be specified. The following TimeZone value is not "
            f"supported: '{zone}'.",
        ) from None
    except ValueError:
        raise bad_request(
            f"Cannot convert the literal '{value['dateTime']}' to the expected type "
            "'Edm.DateTimeOffset'.",
            "ErrorInvalidParameter",
        ) from None


def event_changes(data: Any, *, creating: bool, occurrence: bool = False) -> dict[str, Any]:
    """Validate a POST/PATCH body; returns normalised changes (only what was sent)."""
    if not isinstance(data, dict):
        raise bad_request("Empty Payload. JSON content expected.", "BadRequest")
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key.startswith("@odata.") or key in EVENT_READ_ONLY:
            continue
        if key not in EVENT_WRITABLE:
            raise unknown_property(key, "event")
        if key == "subject":
            out["subject"] = str(value or "")
        elif key == "body":
            if not isinstance(value, dict):
                raise bad_request("body must be an itemBody", "ErrorInvalidParameter")
            ctype = str(value.get("contentType") or "text")
            if ctype.lower() not in ("text", "html"):
                raise bad_request(f"Invalid contentType '{ctype}'", "ErrorInvalidParameter")
            out["body"] = {"contentType": ctype.lower(), "content": str(value.get("content") or "")}
        elif key in ("start", "end"):
            out[key] = date_time_tz(value, key)
        elif key == "location":
            out["location"] = location(value)
        elif key == "locations":
            out["locations"] = [location(v) for v in value or [] if (v or {}).get("displayName")]
        elif key == "attendees":
            attendees = []
            for item in value or []:
                kind = (item or {}).get("type") or "required"
                if kind not in ATTENDEE_TYPES:
                    raise bad_request(f"Invalid attendee type '{kind}'", "ErrorInvalidParameter")
                status = item.get("status") or {}
                attendees.append(
                    {
                        "type": kind,
                        "status": {
                            "response": status.get("response") or "none",
                            "time": status.get("time") or NEVER,
                        },
                        "emailAddress": _email(item, "attendee"),
                    }
                )
            out["attendees"] = attendees
        elif key == "organizer":
            out["organizer"] = {"emailAddress": _email(value, "organizer")}
        elif key == "sensitivity":
            if value not in SENSITIVITIES:
                raise bad_request(f"Invalid sensitivity '{value}'", "ErrorInvalidParameter")
            out[key] = value
        elif key == "showAs":
            if value not in SHOW_AS:
                raise bad_request(f"Invalid showAs '{value}'", "ErrorInvalidParameter")
            out[key] = value
        elif key == "importance":
            if value not in IMPORTANCE:
                raise bad_request(f"Invalid importance '{value}'", "ErrorInvalidParameter")
            out[key] = value
        elif key == "onlineMeetingProvider":
            if value not in PROVIDERS:
                raise bad_request(
                    f"Invalid onlineMeetingProvider '{value}'", "ErrorInvalidParameter"
                )
            out[key] = value
        elif key in (
            "isAllDay",
            "isOnlineMeeting",
            "isReminderOn",
            "responseRequested",
            "allowNewTimeProposals",
            "hideAttendees",
        ):
            out[key] = bool(value)
        elif key == "reminderMinutesBeforeStart":
            out[key] = int(value or 0)
        elif key == "categories":
            out[key] = [str(c) for c in value or []]
        elif key == "recurrence":
            if occurrence and value is not None:
                raise bad_request(
                    "An occurrence cannot have a recurrence.", "ErrorInvalidParameter"
                )
            out[key] = value
        elif key == "transactionId":
            out[key] = None if value is None else str(value)
        elif key == "singleValueExtendedProperties":
            out[key] = extended_properties(value)
    if "location" in out and "locations" not in out:
        out["locations"] = [out["location"]] if out["location"]["displayName"] else []
    if "locations" in out and "location" not in out and out["locations"]:
        out["location"] = out["locations"][0]
    if creating and ("start" not in out or "end" not in out):
        raise bad_request("The event needs a start and an end.", "ErrorInvalidParameter")
    return out


def normalise_recurrence(value: Any, start: datetime, zone: str) -> dict[str, Any] | None:
    if value is None:
        return None
    try:
        local = start.astimezone(timezones.resolve_zone(zone))
        return normalise(value, local, zone)
    except InvalidRecurrence as exc:
        raise bad_request(f"Invalid recurrence: {exc}", "ErrorInvalidParameter") from None
    except timezones.UnknownTimeZone as exc:
        raise bad_request(f"Invalid recurrenceTimeZone {exc}", "ErrorInvalidParameter") from None


# ----------------------------------------------------------------------------- event output


def redact(payload: dict[str, Any], level: str) -> None:
    """``hidden``: what a sharee without access may see (times, showAs); ``limited``: no details."""
    payload["body"] = {"contentType": payload["body"]["contentType"], "content": ""}
    payload["bodyPreview"] = ""
    payload["attendees"] = []
    payload["onlineMeeting"] = None
    if level == "hidden":
        payload["subject"] = ""
        payload["location"] = location(None)
        payload["locations"] = []
        payload["categories"] = []


def event_json(
    ev: Event,
    *,
    event_id: str,
    master_id: str | None,
    tz: str | None,
    body_type: str | None,
    owner_email: str,
    owner_name: str,
    web_base: str,
    original: datetime | None = None,
    override: Instance | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
    ext_filter: list[str] | None = None,
) -> dict[str, Any]:
    f = dict(ev.fields)
    change = ev.change_key
    modified = ev.modified
    kind = "singleInstance" if ev.recurrence is None else "seriesMaster"
    s, e = ev.start, ev.end
    stz, etz = ev.start_tz, ev.end_tz
    if original is not None:
        kind = "occurrence"
        s, e = start or original, end or original + (ev.end - ev.start)
        if override is not None and not override.cancelled:
            kind = "exception"
            f.update(override.fields)
            change = override.change_key
            modified = override.modified or modified
            stz = override.start_tz or stz
            etz = override.end_tz or etz
    organizer = f.get("organizer") or {"emailAddress": {"name": owner_name, "address": owner_email}}
    is_organizer = organizer["emailAddress"]["address"].lower() == owner_email.lower()
    body = f.get("body") or {"contentType": "text", "content": ""}
    payload: dict[str, Any] = {
        "@odata.etag": f'W/"{change}"',
        "id": event_id,
        "createdDateTime": timezones.iso_utc(ev.created),
        "lastModifiedDateTime": timezones.iso_utc(modified),
        "changeKey": change,
        "categories": list(f.get("categories") or []),
        "originalStartTimeZone": ev.start_tz,
        "originalEndTimeZone": ev.end_tz,
        "iCalUId": ev.ical_uid
        if original is None
        else ev.ical_uid[:40] + original.strftime("%Y%m%d") + ev.ical_uid[48:],
        "uid": ev.ical_uid,
        "reminderMinutesBeforeStart": f.get("reminderMinutesBeforeStart", 15),
        "isReminderOn": f.get("isReminderOn", True),
        "hasAttachments": False,
        "subject": f.get("subject", ""),
        "bodyPreview": preview(body),
        "importance": f.get("importance", "normal"),
        "sensitivity": f.get("sensitivity", "normal"),
        "isAllDay": f.get("isAllDay", False),
        "isCancelled": False,
        "isOrganizer": is_organizer,
        "responseRequested": f.get("responseRequested", True),
        "seriesMasterId": master_id,
        "showAs": f.get("showAs", "busy"),
        "type": kind,
        "webLink": f"{web_base}/owa/?itemid={event_id}&exvsurl=1&path=/calendar/item",
        "onlineMeetingUrl": None,
        "isOnlineMeeting": f.get("isOnlineMeeting", False),
        "onlineMeetingProvider": f.get("onlineMeetingProvider", "unknown"),
        "allowNewTimeProposals": f.get("allowNewTimeProposals", True),
        "isDraft": False,
        "hideAttendees": f.get("hideAttendees", False),
        "responseStatus": {"response": "organizer" if is_organizer else "none", "time": NEVER},
        "body": render_body(body, body_type),
        "start": timezones.render(s, tz),
        "end": timezones.render(e, tz),
        "location": f.get("location") or location(None),
        "locations": list(f.get("locations") or []),
        "recurrence": ev.recurrence if original is None else None,
        "attendees": [dict(a) for a in f.get("attendees") or []],
        "organizer": organizer,
        "onlineMeeting": f.get("onlineMeeting"),
    }
    if original is not None:
        payload["originalStart"] = timezones.iso_utc_seconds(original)
    if ev.transaction_id and original is None:
        payload["transactionId"] = ev.transaction_id
    _ = stz, etz
    if ext_filter is not None:
        wanted = {x.lower() for x in ext_filter}
        props = [
            {"id": pid, "value": value}
            for key, (pid, value) in ev.ext_props.items()
            if not wanted or key in wanted
        ]
        if props:
            payload["singleValueExtendedProperties"] = props
    return payload


def removed(event_or_contact: str, item_id: str) -> dict[str, Any]:
    return {
        "@odata.type": f"#microsoft.graph.{event_or_contact}",
        "id": item_id,
        "@removed": {"reason": "deleted"},
    }


# ----------------------------------------------------------------------------- contacts


def extended_properties(value: Any) -> list[tuple[str, str]]:
    """singleValueExtendedProperties as sent: (id, value) pairs; each needs an id."""
    props = []
    for item in value or []:
        if not isinstance(item, dict) or not item.get("id"):
            raise bad_request("Extended property needs an id", "ErrorInvalidProperty")
        props.append((str(item["id"]), str(item.get("value", ""))))
    return props


def contact_changes(data: Any, *, creating: bool) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise bad_request("Empty Payload. JSON content expected.", "BadRequest")
    out: dict[str, Any] = {}
    read_only = {"id", "changeKey", "createdDateTime", "lastModifiedDateTime", "parentFolderId"}
    for key, value in data.items():
        if key.startswith("@odata.") or key in read_only:
            continue
        if key == "singleValueExtendedProperties":
            out[key] = extended_properties(value)
            continue
        if key not in CONTACT_FIELDS:
            raise unknown_property(key, "contact")
        if key == "emailAddresses":
            addresses = []
            for item in value or []:
                if not isinstance(item, dict) or not item.get("address"):
                    raise bad_request("emailAddresses need an address", "ErrorInvalidParameter")
                addresses.append(
                    {"name": item.get("name") or item["address"], "address": item["address"]}
                )
            value = addresses
        out[key] = value
    if creating and not out.get("displayName"):
        given = out.get("givenName") or ""
        sur = out.get("surname") or ""
        out["displayName"] = f"{given} {sur}".strip()
    return out


def contact_json(c: Contact, contact_id: str, folder_id: str) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "@odata.etag": f'W/"{c.change_key}"',
        "id": contact_id,
        "createdDateTime": timezones.iso_utc(c.created),
        "lastModifiedDateTime": timezones.iso_utc(c.modified),
        "changeKey": c.change_key,
        "parentFolderId": folder_id,
    }
    for key, default in CONTACT_FIELDS.items():
        value = c.fields.get(key, default)
        payload[key] = list(value) if isinstance(value, list) else value
    if not payload["fileAs"]:
        payload["fileAs"] = payload["displayName"] or ""
    return payload


def folder_json(folder: ContactFolder) -> dict[str, Any]:
    return {"id": folder.id, "displayName": folder.name, "parentFolderId": folder.parent_id}


def now() -> datetime:
    return datetime.now(UTC)
