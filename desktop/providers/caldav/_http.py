"""The HTTP side of our WebDAV client: one request, bounded reads, errors for people.

Every failure leaves here as a desktop.providers.base error whose message names the
host, never the password or the Authorization header (httpx's own messages hold
neither; URLs are reduced to their host before they are shown).
"""

from __future__ import annotations

import email.utils
import ssl
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from desktop.i18n import Text, message_of
from desktop.providers.base import AuthError, ProviderError, TransientError
from desktop.providers.caldav._xml import XmlError, XmlReader, parse_xml

AUTH_MESSAGE = Text("The server refused the user name or password.")
# Bodies we read whole (PUT answers, errors, GET of one item) stop here.
MAX_PLAIN_BODY = 8 * 1024 * 1024
MAX_ERROR_BODY = 64 * 1024
TRANSIENT_STATUSES = frozenset({429, 500, 502, 503, 504})
USER_AGENT = "Meetdesk"
DEFAULT_TIMEOUT = 30.0


@dataclass
class DavReply:
    status: int
    headers: httpx.Headers
    url: httpx.URL
    body: bytes = b""
    xml: ET.Element | None = None
    too_large: bool = False

    def header(self, name: str) -> str | None:
        value = self.headers.get(name)
        return str(value) if value is not None else None


def host_of(url: str | httpx.URL) -> str:
    """The host (and port) to name in a message: never user info, path or query."""
    parsed = urlsplit(str(url))
    host = parsed.hostname or str(url)
    return f"{host}:{parsed.port}" if parsed.port else host


def retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _ssl_error(exc: BaseException) -> ssl.SSLError | None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLError):
            return current
        current = current.__cause__ or current.__context__
    return None


def _untrusted(exc: BaseException) -> bool:
    found = _ssl_error(exc)
    if isinstance(found, ssl.SSLCertVerificationError):
        return True
    text = str(exc)
    return "CERTIFICATE_VERIFY_FAILED" in text or "certificate verify failed" in text


def _reason(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text[:200]


def transport_error(exc: httpx.HTTPError, url: str | httpx.URL) -> ProviderError:
    """An httpx failure before any answer, as the error the engine and the person need."""
    host = host_of(url)
    if isinstance(exc, httpx.TimeoutException):
        return TransientError(Text("{host} did not answer in time.", host=host))
    if isinstance(exc, httpx.TransportError) and _untrusted(exc):
        return ProviderError(
            Text("The server's certificate is not trusted: {reason}", reason=_reason(exc))
        )
    if isinstance(exc, httpx.TransportError) and _ssl_error(exc) is not None:
        # e.g. https:// typed for a server that only speaks http
        return ProviderError(
            Text(
                "A secure connection to {host} could not be made: {reason}",
                host=host,
                reason=_reason(exc),
            )
        )
    if isinstance(exc, httpx.ConnectError):
        return TransientError(Text("Cannot reach {host}: {reason}", host=host, reason=_reason(exc)))
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return ProviderError(Text("This is not a web address Meetdesk can use: {host}.", host=host))
    if isinstance(exc, httpx.TransportError):
        return TransientError(
            Text(
                "The connection to {host} was interrupted: {reason}", host=host, reason=_reason(exc)
            )
        )
    return ProviderError(
        Text("The request to {host} failed: {reason}", host=host, reason=_reason(exc))
    )


def status_error(reply: DavReply, *, what: str) -> ProviderError:
    """A generic error for an unexpected status (the caller handles the expected ones).

    `what` completes "... while {what}.": a Text such as Text("reading {name}", name=...)."""
    host = host_of(reply.url)
    if reply.status == 401:
        return AuthError(AUTH_MESSAGE)
    if reply.status in TRANSIENT_STATUSES:
        return TransientError(
            Text(
                "{host} is busy or unavailable (HTTP {status}) while {what}.",
                host=host,
                status=reply.status,
                what=what,
            ),
            retry_after=retry_after(reply.header("Retry-After")),
        )
    return ProviderError(
        Text(
            "{host} answered HTTP {status} while {what}.", host=host, status=reply.status, what=what
        )
    )


class DavSession:
    """Sends requests with Basic auth on a shared or owned httpx client."""

    def __init__(
        self,
        username: str,
        password: str,
        *,
        client: httpx.AsyncClient | None = None,
        timeout: float | None = None,
    ) -> None:
        # Auth is given per request so a client passed in (with its own hooks and limits)
        # never holds our credentials after we are done.
        self._auth = httpx.BasicAuth(username, password)
        self._owned = client is None
        # None: the client's own timeout (30 s on a client we make).
        self._timeout: httpx.Timeout | None = None if timeout is None else httpx.Timeout(timeout)
        self.client = client or httpx.AsyncClient(
            timeout=self._timeout or httpx.Timeout(DEFAULT_TIMEOUT),
            trust_env=True,
            headers={"User-Agent": USER_AGENT},
        )

    async def aclose(self) -> None:
        if self._owned:
            await self.client.aclose()

    async def request(
        self,
        method: str,
        url: str | httpx.URL,
        *,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        follow_redirects: bool = False,
        max_text: int = 1_000_000,
        max_body: int = MAX_PLAIN_BODY,
    ) -> DavReply:
        """Send one request; a 207 answer is parsed as XML, other bodies are read bounded."""
        all_headers = dict(headers or {})
        if body is not None and "Content-Type" not in all_headers:
            all_headers["Content-Type"] = 'application/xml; charset="utf-8"'
        try:
            request = self.client.build_request(
                method,
                url,
                content=body,
                headers=all_headers,
                timeout=self._timeout or self.client.timeout,
            )
            response = await self.client.send(
                request, auth=self._auth, follow_redirects=follow_redirects, stream=True
            )
        except httpx.HTTPError as exc:
            raise transport_error(exc, url) from None
        try:
            reply = DavReply(response.status_code, response.headers, response.url)
            if response.status_code == 207:
                reader = XmlReader(max_text=max_text)
                async for chunk in response.aiter_bytes():
                    reader.feed(chunk)
                reply.xml = reader.close()
            else:
                limit = max_body if response.status_code < 300 else MAX_ERROR_BODY
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > limit:
                        reply.too_large = True
                        break
                    chunks.append(chunk)
                reply.body = b"" if reply.too_large else b"".join(chunks)
                if reply.body and "xml" in response.headers.get("Content-Type", ""):
                    try:
                        reply.xml = parse_xml(reply.body, max_text=MAX_ERROR_BODY)
                    except XmlError:
                        reply.xml = None
            return reply
        except XmlError as exc:
            raise ProviderError(
                Text(
                    "{host} sent an answer Meetdesk cannot read ({reason}).",
                    host=host_of(url),
                    reason=message_of(exc),
                )
            ) from None
        except httpx.HTTPError as exc:
            raise transport_error(exc, url) from None
        finally:
            await response.aclose()
