"""HTTP to Microsoft Graph: the bearer token, throttling, errors, paging.

Every request asks for immutable ids (item ids then survive moves between folders) and
UTC times. At most 3 requests run at once per mailbox (Outlook allows 4). 429 and 503 are
retried after their Retry-After within a bounded wait; what remains goes to the engine as
a TransientError, which backs off across syncs. The bearer token is only ever sent to the
Graph root the account was set up with: a nextLink pointing anywhere else is refused.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import ssl
from collections.abc import Awaitable, Callable, Mapping
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from desktop.i18n import Text
from desktop.providers.base import AuthError, Conflict, CursorExpired, ProviderError, TransientError

log = logging.getLogger(__name__)

API_VERSION = "v1.0"
MAX_CONCURRENT = 3
# How long one request may wait out throttling before the engine takes over.
MAX_THROTTLE_WAIT = 30.0
MAX_THROTTLE_TRIES = 6
PAGE_SIZE = 100
# Codes Graph uses for "your delta token is no longer known" (400, 404 or 410).
EXPIRED_CODES = frozenset(
    {"syncstatenotfound", "resyncrequired", "errorinvalidsyncstatedata", "syncstateinvalid"}
)

TokenSource = Callable[[bool], Awaitable[str]]  # force_refresh -> access token


class NotFound(ProviderError):
    """404: the item is not (or no longer) there."""


def _error_code(response: httpx.Response) -> tuple[str, str]:
    try:
        error = response.json().get("error") or {}
    except (ValueError, AttributeError):
        return "", ""
    if not isinstance(error, dict):
        return "", ""
    return str(error.get("code") or ""), str(error.get("message") or "")[:200]


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After", "").strip()
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        from datetime import UTC, datetime

        return max(0.0, (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds())
    except (TypeError, ValueError):
        return None


class GraphClient:
    def __init__(
        self,
        graph_url: str,
        token: TokenSource,
        *,
        verify: ssl.SSLContext | bool = True,
        mailbox: str = "me",
        client: httpx.AsyncClient | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        max_throttle_wait: float = MAX_THROTTLE_WAIT,
    ) -> None:
        parts = urlsplit(graph_url.rstrip("/"))
        self.root = f"{parts.scheme}://{parts.netloc}{parts.path}"
        self._origin = (parts.scheme, parts.netloc.lower())
        self._token = token
        self._mailbox = mailbox
        self._sleep = sleep
        self._max_wait = max_throttle_wait
        self._limit = asyncio.Semaphore(MAX_CONCURRENT)
        self._client = client or httpx.AsyncClient(
            verify=verify, timeout=httpx.Timeout(30.0, connect=10.0), follow_redirects=False
        )
        self.requests_made = 0

    async def aclose(self) -> None:
        await self._client.aclose()

    def url(self, path: str) -> str:
        """An absolute URL under the Graph root; a given absolute URL must be on it."""
        if path.startswith(("https://", "http://")):
            parts = urlsplit(path)
            if (parts.scheme, parts.netloc.lower()) != self._origin:
                # Never send the bearer token anywhere but Graph.
                raise ProviderError(
                    Text("Microsoft 365 sent a link to another server; it was ignored.")
                )
            return path
        return f"{self.root}/{API_VERSION}/{path.lstrip('/')}"

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        body: object = None,
        headers: Mapping[str, str] | None = None,
        page_size: int | None = None,
    ) -> httpx.Response:
        url = self.url(path)
        prefer = ['IdType="ImmutableId"', 'outlook.timezone="UTC"']
        if page_size:
            prefer.append(f"odata.maxpagesize={page_size}")
        base_headers = {"Accept": "application/json", "Prefer": ", ".join(prefer)}
        if headers:
            base_headers.update(headers)
        content = None
        if body is not None:
            content = json.dumps(body).encode("utf-8")
            base_headers["Content-Type"] = "application/json"
        refreshed = False
        waited = 0.0
        for attempt in range(1, MAX_THROTTLE_TRIES + 1):
            token = await self._token(refreshed)
            request_headers = {**base_headers, "Authorization": f"Bearer {token}"}
            try:
                async with self._limit:
                    self.requests_made += 1
                    response = await self._client.request(
                        method, url, params=params, content=content, headers=request_headers
                    )
            except httpx.TimeoutException:
                raise TransientError(Text("Microsoft 365 did not answer in time.")) from None
            except httpx.ConnectError as exc:
                if "CERTIFICATE_VERIFY_FAILED" in str(exc) or isinstance(
                    exc.__cause__, ssl.SSLError
                ):
                    raise ProviderError(
                        Text(
                            "The Microsoft 365 server's certificate is not trusted. If your"
                            " company inspects HTTPS, name its certificate file in SSL_CERT_FILE."
                        )
                    ) from None
                raise TransientError(Text("Microsoft 365 cannot be reached.")) from None
            except httpx.TransportError as exc:
                raise TransientError(
                    Text(
                        "The connection to Microsoft 365 failed ({error}).",
                        error=type(exc).__name__,
                    )
                ) from None
            status = response.status_code
            if status == 401 and not refreshed:
                refreshed = True  # the token may have been revoked early: renew it once
                continue
            if status in (429, 503, 504):
                delay = _retry_after(response)
                if delay is None:
                    delay = min(8.0, 2.0 ** (attempt - 1)) * (1 + 0.25 * random.random())
                if waited + delay > self._max_wait or attempt == MAX_THROTTLE_TRIES:
                    raise TransientError(
                        Text("Microsoft 365 asks Meetdesk to slow down; syncing again later."),
                        retry_after=delay,
                    )
                log.info("Graph throttled (%s): waiting %.1f s", status, delay)
                waited += delay
                await self._sleep(delay)
                continue
            self._raise_for(response)
            return response
        raise TransientError(Text("Microsoft 365 kept refusing; syncing again later."))

    def _raise_for(self, response: httpx.Response) -> None:
        status = response.status_code
        if status < 400:
            return
        code, message = _error_code(response)
        if status == 410 or code.lower() in EXPIRED_CODES:
            raise CursorExpired(Text("Microsoft 365 no longer knows where the last sync ended."))
        if status == 401:
            raise AuthError(Text("Microsoft 365 no longer accepts the sign-in. Sign in again."))
        if status == 403:
            if message:
                raise ProviderError(
                    Text(
                        "Microsoft 365 refused access: {message} The account may lack the"
                        " permission, or the item is not yours to change.",
                        message=message,
                    )
                )
            raise ProviderError(
                Text(
                    "Microsoft 365 refused access. The account may lack the permission, or the"
                    " item is not yours to change."
                )
            )
        if status == 404:
            raise NotFound(message or Text("Not found."))
        if status in (409, 412):
            raise Conflict(Text("The item changed on Microsoft 365 since Meetdesk last read it."))
        if status >= 500:
            raise TransientError(
                Text("Microsoft 365 had a problem ({status}); trying again later.", status=status)
            )
        raise ProviderError(_refused(status, code, message))

    async def get_json(
        self, path: str, *, params: Mapping[str, str] | None = None, page_size: int | None = None
    ) -> dict[str, Any]:
        response = await self.request("GET", path, params=params, page_size=page_size)
        return _json(response)

    async def list_all(
        self, path: str, *, params: Mapping[str, str] | None = None, limit: int = 10_000
    ) -> list[dict[str, Any]]:
        """Every item of a collection, following @odata.nextLink."""
        items: list[dict[str, Any]] = []
        data = await self.get_json(path, params=params, page_size=PAGE_SIZE)
        while True:
            items.extend(v for v in data.get("value") or [] if isinstance(v, dict))
            next_link = data.get("@odata.nextLink")
            if not next_link or len(items) >= limit:
                return items
            data = await self.get_json(str(next_link), page_size=PAGE_SIZE)


def _refused(status: int, code: str, message: str) -> Text:
    """Why Graph refused a request: its status, and its error code and message if it sent them."""
    if code and message:
        return Text(
            "Microsoft 365 refused the request ({status}, {code}): {message}",
            status=status,
            code=code,
            message=message,
        )
    if code:
        return Text(
            "Microsoft 365 refused the request ({status}, {code}).", status=status, code=code
        )
    if message:
        return Text(
            "Microsoft 365 refused the request ({status}): {message}",
            status=status,
            message=message,
        )
    return Text("Microsoft 365 refused the request ({status}).", status=status)


def _json(response: httpx.Response) -> dict[str, Any]:
    if response.status_code == 204 or not response.content:
        return {}
    try:
        data = response.json()
    except ValueError:
        raise ProviderError(Text("Microsoft 365 sent an answer Meetdesk cannot read.")) from None
    if not isinstance(data, dict):
        raise ProviderError(Text("Microsoft 365 sent an answer Meetdesk cannot read."))
    return data


def json_of(response: httpx.Response) -> dict[str, Any]:
    return _json(response)
