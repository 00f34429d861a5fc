"""Finding a person's calendars and address books from the address of their server.

RFC 6764 order: the address as typed, then /.well-known/caldav and /.well-known/carddav
(servers redirect those to their DAV root). Each is asked for current-user-principal
(RFC 5397); the principal is then asked for calendar-home-set (RFC 4791) and
addressbook-home-set (RFC 6352).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from desktop.i18n import Text
from desktop.providers.base import AuthError, ProviderError, TransientError
from desktop.providers.caldav._http import (
    AUTH_MESSAGE,
    TRANSIENT_STATUSES,
    DavReply,
    DavSession,
    host_of,
    retry_after,
)
from desktop.providers.caldav._xml import (
    CALDAV,
    CARDDAV,
    DAV,
    child_href,
    propfind,
    responses,
    tag,
)

CURRENT_USER_PRINCIPAL = tag(DAV, "current-user-principal")
CALENDAR_HOME_SET = tag(CALDAV, "calendar-home-set")
ADDRESSBOOK_HOME_SET = tag(CARDDAV, "addressbook-home-set")
RESOURCETYPE = tag(DAV, "resourcetype")


@dataclass(frozen=True)
class DavAccount:
    """Where a person's DAV data lives; every URL is absolute."""

    server_url: str
    username: str
    principal_url: str
    calendar_home: str | None
    addressbook_home: str | None


def normalise_url(url: str) -> str:
    """An http(s) URL without user info; a bare host name gets https://."""
    text = url.strip()
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ProviderError(
            Text("This is not a web address Meetdesk can use: {address}", address=url.strip()[:200])
        )
    # User info in the address would end up in messages and logs: the password goes apart.
    netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    if parts.port:
        netloc = f"{netloc}:{parts.port}"
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


def _not_found(url: str) -> ProviderError:
    return ProviderError(Text("No CalDAV or CardDAV service was found at {url}.", url=url))


def _homes(reply: DavReply) -> tuple[str | None, str | None, str | None]:
    """(principal, calendar home, address book home) found in a PROPFIND answer."""
    principal = calendar_home = addressbook_home = None
    if reply.xml is None:
        return None, None, None
    base = str(reply.url)
    for response in responses(reply.xml):
        found = child_href(response.props.get(CURRENT_USER_PRINCIPAL))
        if found and principal is None:
            principal = urljoin(base, found)
        found = child_href(response.props.get(CALENDAR_HOME_SET))
        if found and calendar_home is None:
            calendar_home = urljoin(base, found)
        found = child_href(response.props.get(ADDRESSBOOK_HOME_SET))
        if found and addressbook_home is None:
            addressbook_home = urljoin(base, found)
    return principal, calendar_home, addressbook_home


async def discover(
    url: str, username: str, password: str, *, client: httpx.AsyncClient | None = None
) -> DavAccount:
    """Find the principal and the calendar and address book homes of `username`."""
    server_url = normalise_url(url)
    session = DavSession(username, password, client=client)
    try:
        return await _discover(session, server_url, username)
    finally:
        await session.aclose()


async def _propfind(session: DavSession, url: str, names: list[str]) -> DavReply:
    return await session.request(
        "PROPFIND",
        url,
        body=propfind(names),
        headers={"Depth": "0"},
        follow_redirects=True,
    )


async def _discover(session: DavSession, server_url: str, username: str) -> DavAccount:
    candidates: list[str] = []
    for candidate in (
        server_url,
        urljoin(server_url, "/.well-known/caldav"),
        urljoin(server_url, "/.well-known/carddav"),
    ):
        if candidate not in candidates:
            candidates.append(candidate)

    names = [CURRENT_USER_PRINCIPAL, RESOURCETYPE, CALENDAR_HOME_SET, ADDRESSBOOK_HOME_SET]
    busy: TransientError | None = None
    principal = calendar_home = addressbook_home = None
    for candidate in candidates:
        reply = await _propfind(session, candidate, names)
        if reply.status == 401:
            raise AuthError(AUTH_MESSAGE)
        if reply.status in TRANSIENT_STATUSES:
            busy = TransientError(
                Text(
                    "{host} is busy or unavailable (HTTP {status}).",
                    host=host_of(candidate),
                    status=reply.status,
                ),
                retry_after=retry_after(reply.header("Retry-After")),
            )
            continue
        if reply.status != 207:
            continue  # 404, 405, 501, an HTML page...: not the DAV root, try the next one
        principal, calendar_home, addressbook_home = _homes(reply)
        if principal is None and (calendar_home or addressbook_home):
            principal = str(reply.url)  # the address typed was the principal itself
        if principal is not None:
            break
    if principal is None:
        if busy is not None:
            raise busy
        raise _not_found(server_url)

    if calendar_home is None and addressbook_home is None:
        reply = await _propfind(session, principal, [CALENDAR_HOME_SET, ADDRESSBOOK_HOME_SET])
        if reply.status == 401:
            raise AuthError(AUTH_MESSAGE)
        if reply.status in TRANSIENT_STATUSES:
            raise TransientError(
                Text(
                    "{host} is busy or unavailable (HTTP {status}).",
                    host=host_of(principal),
                    status=reply.status,
                ),
                retry_after=retry_after(reply.header("Retry-After")),
            )
        if reply.status == 207:
            _, calendar_home, addressbook_home = _homes(reply)
    if calendar_home is None and addressbook_home is None:
        raise _not_found(server_url)
    return DavAccount(
        server_url=server_url,
        username=username,
        principal_url=principal,
        calendar_home=calendar_home,
        addressbook_home=addressbook_home,
    )
