"""Find meeting join links in event data, safely and in linear time.

Event locations and bodies are written by other people, so every URL found
here is treated as hostile until it passes the same checks a browser-bound URL
needs (see reliability-security.md §2.1): absolute, https (or the service's own
app scheme), ASCII host, no userinfo, no backslash, no control or invisible
characters. A URL is a join link only when its host *is* the service's domain
or a subdomain of it, compared label by label.

Cost: candidates are found with one linear regex scan; each candidate is then
classified with dict look-ups on its host suffixes and one anchored,
nesting-free path regex. Candidates longer than ``MAX_URL_LENGTH`` are dropped,
so the work per byte of input is bounded.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from html.entities import html5 as _HTML5_ENTITIES
from typing import Final, Literal
from urllib.parse import parse_qsl

from desktop.conferencing.services import SERVICES, SERVICES_BY_ID, Service

__all__ = [
    "APP_SCHEMES",
    "MAX_URL_LENGTH",
    "SERVICES",
    "SERVICES_BY_ID",
    "CustomPattern",
    "LinkSource",
    "MeetingLink",
    "Service",
    "detect_links",
    "extract_meeting_id_and_passcode",
    "html_to_text",
    "is_safe_web_url",
    "link_for_url",
    "safe_host",
]

LinkSource = Literal["conference", "location", "body", "html"]

# Best first: structured provider data, then location, body text, anchors.
_SOURCE_RANK: Final[dict[str, int]] = {"conference": 0, "location": 1, "body": 2, "html": 3}

# Real join URLs (Teams with its context blob, SafeLinks around it) stay well
# under this; anything longer is junk or an attack and is ignored.
MAX_URL_LENGTH: Final = 8192
# User-written patterns may backtrack; only feed them short strings.
_MAX_CUSTOM_INPUT: Final = 2048
_MAX_CUSTOM_PATTERN: Final = 500
# Outlook SafeLinks inside Google redirects inside SafeLinks... stop somewhere.
_MAX_UNWRAP: Final = 8

_WEB_SCHEMES: Final = frozenset({"https", "http"})
APP_SCHEMES: Final[frozenset[str]] = frozenset(
    scheme for service in SERVICES for scheme in service.app_schemes
)
# "msteams:/l/meetup-join/..." has no authority; it is only ever a Teams path.
_HOSTLESS_APP_SCHEMES: Final = frozenset({"msteams", "ms-teams"})


@dataclass(frozen=True)
class MeetingLink:
    """A join link found in an event, with the service it belongs to."""

    service: str  # Service.id, or "custom" for a user pattern
    name: str  # display name of the service (or of the custom pattern)
    url: str  # canonical form: lower-case scheme and host, https
    source: str  # one of "conference", "location", "body", "html"
    meeting_id: str | None = None
    passcode: str | None = None


@dataclass(frozen=True)
class CustomPattern:
    """A link pattern a person adds in settings, e.g. for an in-house service.

    The regex is searched in each URL found in the event; a match makes the
    whole URL a link with service id "custom". Matched URLs still pass every
    safety check. Constructing one with an unusable regex raises ValueError,
    so settings can show the message.
    """

    name: str
    regex: str
    compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", _compile_custom(self.name, self.regex))


# ---------------------------------------------------------------------------
# URL parsing and safety checks
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Url:
    scheme: str
    host: str  # lower-case, "" for host-less app URLs such as msteams:/l/...
    port: str  # "" when absent or the default port
    rest: str  # path + ?query + #fragment, exactly as written

    def serialise(self) -> str:
        if not self.host:
            return f"{self.scheme}:{self.rest}"
        port = f":{self.port}" if self.port else ""
        return f"{self.scheme}://{self.host}{port}{self.rest}"

    def split_rest(self) -> tuple[str, str, str]:
        """(path, query, fragment) of ``rest``."""
        before_fragment, _, fragment = self.rest.partition("#")
        path, _, query = before_fragment.partition("?")
        return path, query, fragment


# Space, ASCII controls, DEL and backslash. Browsers treat "\" as "/" in
# special URLs while Python/Qt treat it as part of the userinfo: the classic
# `https://evil.example\@zoom.us/` differential. Reject outright.
_BAD_ASCII_RE: Final = re.compile(r"[\x00-\x20\x7f\\]")
_SCHEME_RE: Final = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]{0,31}):")
_LABEL_RE: Final = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_DEFAULT_PORTS: Final = {"https": "443", "http": "80"}
# Unicode categories that must never appear in a URL we hand on: controls,
# invisible formatting (bidi overrides, zero-width), separators, private use,
# surrogates and unassigned code points.
_BAD_CATEGORIES: Final = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp"})


def _has_bad_chars(url: str) -> bool:
    if _BAD_ASCII_RE.search(url):
        return True
    if url.isascii():
        return False
    return any(unicodedata.category(ch) in _BAD_CATEGORIES for ch in url if not ch.isascii())


def _valid_host(host: str) -> bool:
    if not host or len(host) > 253 or not host.isascii():
        return False
    return all(_LABEL_RE.fullmatch(label) for label in host.split("."))


def _parse(url: str, *, app_schemes: frozenset[str] = APP_SCHEMES) -> _Url | None:
    """Parse ``url`` strictly; None unless it is a web or known app URL.

    Deliberately not urllib.parse: we split the authority the way browsers do
    (it ends at the first "/", "?" or "#") and refuse anything where parsers
    are known to disagree, instead of trusting one parser's view.
    """
    if not url or len(url) > MAX_URL_LENGTH or _has_bad_chars(url):
        return None
    match = _SCHEME_RE.match(url)
    if match is None:
        return None
    scheme = match.group(1).lower()
    if scheme not in _WEB_SCHEMES and scheme not in app_schemes:
        return None
    after = url[match.end() :]
    if not after.startswith("//"):
        if scheme in _HOSTLESS_APP_SCHEMES and after.startswith("/"):
            return _Url(scheme, "", "", after)
        return None
    after = after[2:]
    end = len(after)
    for stop in "/?#":
        index = after.find(stop)
        if index != -1 and index < end:
            end = index
    authority, rest = after[:end], after[end:]
    if "@" in authority or authority.startswith("["):
        return None  # userinfo (or an IPv6 literal we have no use for)
    host, colon, port = authority.partition(":")
    if colon:
        if not port.isdigit() or len(port) > 5 or int(port) > 65535:
            return None
        if port == _DEFAULT_PORTS.get(scheme):
            port = ""
    host = host.lower()
    if host.endswith("."):
        host = host[:-1]  # "zoom.us." is the same host; compare it as such
    if not _valid_host(host):
        return None
    return _Url(scheme, host, port, rest)


def is_safe_web_url(url: str) -> bool:
    """True when ``url`` may be handed to the OS browser.

    Absolute http(s) URL with an ASCII host, no userinfo, no backslash, no
    whitespace, control or invisible characters.
    """
    parsed = _parse(url, app_schemes=frozenset())
    return parsed is not None


def safe_host(url: str) -> str | None:
    """The host a browser would really contact, or None if the URL is unsafe.

    The UI shows this next to a link so people see the real destination.
    """
    parsed = _parse(url, app_schemes=frozenset())
    return parsed.host if parsed is not None else None


# ---------------------------------------------------------------------------
# Service matching
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Rule:
    service: Service
    path: re.Pattern[str]
    subdomain_only: bool


def _build_rules() -> dict[str, list[_Rule]]:
    rules: dict[str, list[_Rule]] = {}
    for service in SERVICES:
        for domain, path in service.rules:
            key = domain.removeprefix("*.")
            # IGNORECASE: hosts are case-insensitive and people retype paths.
            rule = _Rule(service, re.compile(path, re.IGNORECASE), domain.startswith("*."))
            rules.setdefault(key, []).append(rule)
    return rules


_RULES: Final = _build_rules()
_DETAILS: Final[dict[str, re.Pattern[str]]] = {
    s.id: re.compile(s.details) for s in SERVICES if s.details is not None
}
_APP_PATHS: Final[dict[str, re.Pattern[str]]] = {
    s.id: re.compile(s.app_path, re.IGNORECASE) for s in SERVICES if s.app_path is not None
}
_APP_SERVICES: Final[dict[str, Service]] = {
    scheme: service for service in SERVICES for scheme in service.app_schemes
}


def _host_suffixes(host: str) -> Iterator[tuple[str, bool]]:
    """("a.b.c", exact) -> ("a.b.c", True), ("b.c", False), ("c", False)."""
    labels = host.split(".")
    for i in range(len(labels)):
        yield ".".join(labels[i:]), i == 0


def _host_in_domains(host: str, domains: Iterable[str]) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains)


def _match_service(url: _Url) -> Service | None:
    if url.scheme in _WEB_SCHEMES:
        for suffix, exact in _host_suffixes(url.host):
            for rule in _RULES.get(suffix, ()):
                if rule.subdomain_only and exact:
                    continue
                if rule.path.match(url.rest):
                    return rule.service
        return None
    service = _APP_SERVICES.get(url.scheme)
    if service is None:
        return None
    if url.host and not _host_in_domains(url.host, service.domains):
        return None
    app_path = _APP_PATHS.get(service.id)
    if app_path is None or not app_path.match(url.rest):
        return None
    return service


def _details(service: Service, url: _Url) -> tuple[str | None, str | None]:
    meeting_id: str | None = None
    passcode: str | None = None
    regex = _DETAILS.get(service.id)
    if regex is not None:
        match = regex.match(url.rest)
        if match is not None:
            groups = match.groupdict()
            meeting_id = groups.get("id")
            passcode = groups.get("pw")
    if service.id_param or service.pw_param:
        _, query, _ = url.split_rest()
        params = dict(parse_qsl(query, keep_blank_values=False))
        if service.id_param and not meeting_id:
            meeting_id = params.get(service.id_param) or None
        if service.pw_param and not passcode:
            passcode = params.get(service.pw_param) or None
    return meeting_id, passcode


# Wrappers that mail filters put around links; the inner URL is what counts.
_SAFELINKS_DOMAINS: Final = (
    "safelinks.protection.outlook.com",
    "safelinks.protection.office365.us",
)
_GOOGLE_REDIRECT_HOSTS: Final = frozenset({"www.google.com", "google.com"})


def _unwrap_once(url: _Url) -> str | None:
    if url.scheme not in _WEB_SCHEMES:
        return None
    path, query, _ = url.split_rest()
    if _host_in_domains(url.host, _SAFELINKS_DOMAINS):
        names: tuple[str, ...] = ("url",)
    elif url.host in _GOOGLE_REDIRECT_HOSTS and path == "/url":
        names = ("q", "url")
    else:
        return None
    params = dict(parse_qsl(query, keep_blank_values=False))
    for name in names:
        inner = params.get(name)
        if inner:
            return inner.strip()
    return None


def _resolve(candidate: str) -> _Url | None:
    """Parse and unwrap redirect wrappers (bounded), checking every layer."""
    parsed = _parse(candidate)
    for _ in range(_MAX_UNWRAP):
        if parsed is None:
            return None
        inner = _unwrap_once(parsed)
        if inner is None:
            break
        parsed = _parse(inner)
    else:
        return None  # still wrapped after the limit: give up rather than guess
    if parsed is not None and parsed.scheme == "http":
        # Plain-http join links still exist in old invitations; open them over
        # https so a network attacker cannot redirect the join.
        parsed = _Url("https", parsed.host, parsed.port, parsed.rest)
    return parsed


def link_for_url(url: str, source: str = "conference") -> MeetingLink | None:
    """Classify one URL (e.g. Graph ``onlineMeeting.joinUrl``) as a join link."""
    parsed = _resolve(url.strip())
    if parsed is None:
        return None
    return _to_link(parsed, source, ())


def _to_link(parsed: _Url, source: str, custom: Sequence[CustomPattern]) -> MeetingLink | None:
    service = _match_service(parsed)
    canonical = parsed.serialise()
    if service is not None:
        meeting_id, passcode = _details(service, parsed)
        return MeetingLink(service.id, service.name, canonical, source, meeting_id, passcode)
    if custom and len(canonical) <= _MAX_CUSTOM_INPUT:
        for pattern in custom:
            if pattern.compiled.search(canonical):
                return MeetingLink("custom", pattern.name, canonical, source)
    return None


# ---------------------------------------------------------------------------
# Candidate scanning
# ---------------------------------------------------------------------------

# One linear scan. A candidate starts at a web or app scheme, or at a
# "host.tld/" written without a scheme, and runs to the next whitespace or
# delimiter. The look-behind stops matches in the middle of a longer token
# (e.g. "evilhttps://", "x@zoom.us/", "/redirect?u=https://...").
_CANDIDATE_RE: Final = re.compile(
    r"(?<![A-Za-z0-9_/\\@.%+~=&#?$-])"
    r"(?:"
    r"(?P<scheme>(?:https?|zoommtg|zoomus)://|(?:msteams|ms-teams):/)"
    r"|(?P<bare>(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}/)"
    r")"
    r"[^\s<>\"'`]*",
    re.IGNORECASE,
)
# A scheme-like word earlier in the same token means the URL sits inside
# something else, e.g. "javascript:open('https://zoom.us/j/1')".
_EMBEDDING_SCHEME_RE: Final = re.compile(
    r"(?:javascript|vbscript|livescript|data|file|smb|mk|ms-[a-z-]+|search-ms|jar|"
    r"view-source|blob|about|ftp|mhtml|shell|cid|res|its)\s*:",
    re.IGNORECASE,
)
_TRAILING: Final = frozenset(".,;:!?]}>\"'*»…。、，")
_LOOKBACK: Final = 256


def _trim(candidate: str) -> str:
    """Drop trailing punctuation; ")" only when it has no "(" partner."""
    opens, closes = candidate.count("("), candidate.count(")")
    end = len(candidate)
    while end:
        ch = candidate[end - 1]
        if ch == ")" and closes > opens:
            closes -= 1
        elif ch not in _TRAILING:
            break
        end -= 1
    return candidate[:end]


def _candidates(text: str, *, any_bare: bool = False) -> Iterator[str]:
    """URL candidates in ``text``; scheme-less ones get "https://".

    Scheme-less "host/path" text is only taken for services marked ``bare``
    (or for any host when custom patterns may claim it).
    """
    for match in _CANDIDATE_RE.finditer(text):
        start = match.start()
        token_start = max(
            text.rfind(" ", max(0, start - _LOOKBACK), start),
            text.rfind("\n", max(0, start - _LOOKBACK), start),
        )
        prefix = text[token_start + 1 : start]
        if prefix and _EMBEDDING_SCHEME_RE.search(prefix):
            continue
        if match.end() - start > MAX_URL_LENGTH + 64:
            continue  # too long to be a real link even after trimming
        candidate = _trim(match.group(0))
        if len(candidate) > MAX_URL_LENGTH:
            continue
        if match.group("bare") is not None:
            if any_bare or _bare_allowed(candidate):
                yield "https://" + candidate
        else:
            yield candidate


def _bare_allowed(candidate: str) -> bool:
    host = candidate.split("/", 1)[0].lower()
    return any(
        rule.service.bare for suffix, _ in _host_suffixes(host) for rule in _RULES.get(suffix, ())
    )


# ---------------------------------------------------------------------------
# HTML handling
# ---------------------------------------------------------------------------

_TAG_RE: Final = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})(?=[\s/>])([^<>]*)>")
_HTML_HINT_RE: Final = re.compile(r"<(?:/?[A-Za-z][A-Za-z0-9:-]{0,40}[\s/>]|!--)")
_HREF_RE: Final = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)
# Entities with or without the final ";". Without it, only the legacy names
# count and (as in HTML attributes) not when a letter, digit or "=" follows,
# so "?a=1&copy=2" in a URL is left alone.
_ENTITY_RE: Final = re.compile(
    r"&(#[0-9]{1,8}|#[xX][0-9A-Fa-f]{1,7}|[A-Za-z][A-Za-z0-9]{0,31})(;?)"
)


def _decode_entities(value: str) -> str:
    """Decode character references the way browsers do inside attributes."""
    if "&" not in value:
        return value

    def replace(match: re.Match[str]) -> str:
        body, semicolon = match.group(1), match.group(2)
        if body.startswith("#"):
            try:
                number = int(body[2:], 16) if body[1:2] in "xX" else int(body[1:])
                return chr(number) if 0 < number < 0x110000 else "\ufffd"
            except ValueError:
                return match.group(0)
        if semicolon:
            return _HTML5_ENTITIES.get(body + ";", match.group(0))
        after = match.string[match.end() : match.end() + 1]
        if (
            body + ";" in _HTML5_ENTITIES
            and body in _HTML5_ENTITIES
            and not (after.isalnum() or after == "=")
        ):
            return _HTML5_ENTITIES[body]
        return match.group(0)

    return _ENTITY_RE.sub(replace, value)


def _looks_like_html(body: str) -> bool:
    return "<" in body and _HTML_HINT_RE.search(body) is not None


def _drop_blocks(body: str) -> str:
    """Remove comments and <script>/<style>/<head> contents (linear, no regex)."""
    lower = body.lower()
    out: list[str] = []
    pos = 0
    openers = (("<!--", "-->"), ("<script", "</script"), ("<style", "</style"), ("<head", "</head"))
    while True:
        best = -1
        closer = ""
        for opener, end_marker in openers:
            index = lower.find(opener, pos)
            if index != -1 and (best == -1 or index < best):
                best, closer = index, end_marker
        if best == -1:
            out.append(body[pos:])
            break
        out.append(body[pos:best])
        end = lower.find(closer, best)
        if end == -1:
            break  # unclosed: the rest is not visible text
        close_end = lower.find(">", end)
        pos = len(body) if close_end == -1 else close_end + 1
        out.append(" ")
    return "".join(out)


def html_to_text(body: str) -> str:
    """Visible text of an HTML body, tags replaced by spaces, entities decoded."""
    stripped = _drop_blocks(body)

    def replace(match: re.Match[str]) -> str:
        name = match.group(2).lower()
        if name == "wbr":
            return ""  # a soft line-break opportunity inside a word or URL
        if name in ("br", "p", "div", "tr", "li", "table", "h1", "h2", "h3"):
            return "\n"
        return " "

    return html.unescape(_TAG_RE.sub(replace, stripped))


def _hrefs(body: str) -> Iterator[str]:
    for tag in _TAG_RE.finditer(_drop_blocks(body)):
        if tag.group(1) or tag.group(2).lower() != "a":
            continue
        href = _HREF_RE.search(tag.group(3))
        if href is None:
            continue
        value = next(v for v in href.groups() if v is not None)
        # Browsers strip leading/trailing whitespace from href; do the same,
        # but keep inner whitespace so the strict parser rejects it.
        yield _decode_entities(value).strip(" \t\r\n\f")


# ---------------------------------------------------------------------------
# detect_links
# ---------------------------------------------------------------------------


def _group_key(link: MeetingLink) -> tuple[str, str]:
    """Links to the same meeting (same service and id, or same host+path)."""
    if link.meeting_id:
        return link.service, re.sub(r"\D", "", link.meeting_id) or link.meeting_id
    parsed = _parse(link.url)
    if parsed is None:  # pragma: no cover - links are built from parsed URLs
        return link.service, link.url
    path, _, _ = parsed.split_rest()
    return link.service, f"{parsed.host}{path.rstrip('/').lower()}"


def _dedupe_key(url: str) -> str:
    parsed = _parse(url)
    if parsed is None:  # pragma: no cover - links are built from parsed URLs
        return url
    path, query, fragment = parsed.split_rest()
    rest = path.rstrip("/") + (f"?{query}" if query else "") + (f"#{fragment}" if fragment else "")
    return f"{parsed.scheme}://{parsed.host}:{parsed.port}{rest}"


def detect_links(
    location: str = "",
    body: str = "",
    conference_url: str | None = None,
    *,
    custom: Sequence[CustomPattern] = (),
) -> list[MeetingLink]:
    """All join links in an event, best first, one per normalised URL.

    Order: the structured conference URL, then the location, then URLs in
    the body's text, then ``href`` targets of HTML anchors. Within a source,
    links to the same meeting are ordered most complete first (the one that
    carries a passcode, then the longer one); different meetings keep the
    order in which they appear.
    """
    found: list[MeetingLink] = []

    def add(candidate: str, source: str) -> None:
        if not candidate:
            return
        parsed = _resolve(candidate)
        if parsed is None:
            return
        link = _to_link(parsed, source, custom)
        if link is not None:
            found.append(link)

    if conference_url:
        add(_decode_entities(conference_url).strip(), "conference")
    if location:
        for candidate in _candidates(_decode_entities(location), any_bare=bool(custom)):
            add(candidate, "location")
    if body:
        if _looks_like_html(body):
            for candidate in _candidates(html_to_text(body), any_bare=bool(custom)):
                add(candidate, "body")
            for href in _hrefs(body):
                add(href, "html")
        else:
            for candidate in _candidates(_decode_entities(body), any_bare=bool(custom)):
                add(candidate, "body")

    first_seen: dict[tuple[str, tuple[str, str]], int] = {}
    for index, link in enumerate(found):
        first_seen.setdefault((link.source, _group_key(link)), index)

    def rank(item: tuple[int, MeetingLink]) -> tuple[int, int, int, int, int]:
        index, link = item
        return (
            _SOURCE_RANK[link.source],
            first_seen[(link.source, _group_key(link))],
            0 if link.passcode else 1,
            -len(link.url),
            index,
        )

    result: list[MeetingLink] = []
    seen: set[str] = set()
    for _, link in sorted(enumerate(found), key=rank):
        key = _dedupe_key(link.url)
        if key not in seen:
            seen.add(key)
            result.append(link)
    return result


# ---------------------------------------------------------------------------
# Custom patterns
# ---------------------------------------------------------------------------

# Quantifier right after a group: "(...)+", "(...)*", "(...){2,}".
_QUANTIFIER_CHARS: Final = "*+{"


def _nested_repetition(pattern: str) -> bool:
    """Heuristic: a repeated group that itself repeats, e.g. "(a+)+".

    Python's re has no timeout, so a pattern like that could freeze the app on
    a crafted URL. The check is conservative; it may refuse a safe pattern
    such as "([a-z]+\\.)+" and asks the person to simplify it.
    """
    stack: list[bool] = []  # per open group: does it contain a quantifier?
    i = 0
    in_class = False
    last_closed_had_quantifier = False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            last_closed_had_quantifier = False
            continue
        if in_class:
            in_class = ch != "]"
            i += 1
            continue
        if ch == "[":
            in_class = True
            last_closed_had_quantifier = False
        elif ch == "(":
            stack.append(False)
            last_closed_had_quantifier = False
        elif ch == ")":
            inner = stack.pop() if stack else False
            last_closed_had_quantifier = inner
            if stack and inner:
                stack[-1] = True
            i += 1
            continue
        elif ch in _QUANTIFIER_CHARS or (ch == "?" and i > 0 and pattern[i - 1] not in "(*+?}"):
            if ch != "?" and last_closed_had_quantifier:
                return True
            if stack and ch != "?":
                stack[-1] = True
            last_closed_had_quantifier = False
        else:
            last_closed_had_quantifier = False
        i += 1
    return False


def _compile_custom(name: str, regex: str) -> re.Pattern[str]:
    label = name.strip() or "custom pattern"
    if not name.strip():
        raise ValueError("A custom link pattern needs a name.")
    if not regex.strip():
        raise ValueError(f"{label}: the pattern is empty.")
    if len(regex) > _MAX_CUSTOM_PATTERN:
        raise ValueError(f"{label}: the pattern is longer than {_MAX_CUSTOM_PATTERN} characters.")
    try:
        compiled = re.compile(regex)
    except re.error as exc:
        raise ValueError(f"{label}: not a valid regular expression ({exc}).") from exc
    if _nested_repetition(regex):
        raise ValueError(
            f"{label}: repeated groups that repeat again, like (a+)+, can take "
            "exponential time. Please simplify the pattern."
        )
    if compiled.search(""):
        raise ValueError(f"{label}: the pattern matches empty text, so it would match every URL.")
    return compiled


# ---------------------------------------------------------------------------
# Meeting id and passcode in invitation text
# ---------------------------------------------------------------------------

_ID_LABELS: Final = (
    r"meeting[\s-]?id|meeting\s+number|webinar[\s-]?id|conference\s+id"
    r"|id\s+de\s+(?:la\s+)?r[ée]union|id\s+du\s+webinaire|num[ée]ro\s+de\s+(?:la\s+)?r[ée]union"
    r"|vergadering[\s-]?id|vergadernummer|webinar-?nummer"
)
_PW_LABELS: Final = (
    r"passcode|meeting\s+password|password|pass\s+code"
    r"|code\s+secret|mot\s+de\s+passe"
    r"|toegangscode|wachtwoordcode|wachtwoord|secuencia"
)
_DETAIL_RE: Final = re.compile(
    rf"(?<![\w-])(?:(?P<idl>{_ID_LABELS})|(?P<pwl>{_PW_LABELS}))"
    r"(?:\s?\([^()\n]{0,40}\))?[ \t\u00a0]{0,5}[:：][ \t\u00a0]{0,5}\n?[ \t\u00a0]{0,5}"
    r"(?P<val>[^\s]{1,64}(?:[ \u00a0][0-9]{1,8}){0,6})",
    re.IGNORECASE,
)
_ID_VALUE_RE: Final = re.compile(r"[0-9][0-9 \u00a0-]{3,30}[0-9]|[A-Za-z0-9][A-Za-z0-9-]{2,40}")


def _digits(value: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", value).lower()


def extract_meeting_id_and_passcode(text: str, link: MeetingLink) -> tuple[str | None, str | None]:
    """Meeting id and passcode for ``link``, from the link itself and the text.

    Reads labels such as "Meeting ID: 123 456 7890" / "Passcode: abc" (also
    French "ID de réunion", "Code secret" and Dutch "Vergadering-ID",
    "Toegangscode"). The written passcode is preferred over the URL's one,
    because Zoom's ``pwd=`` is an encoded token, not what people type. When
    the link carries an id, only a labelled block with the same id is used,
    so a second (old) meeting in the same text is never mixed in.
    """
    if _looks_like_html(text):
        text = html_to_text(text)
    pairs: list[list[str | None]] = []  # [id, passcode] in order of appearance
    for match in _DETAIL_RE.finditer(text):
        value = match.group("val").strip().rstrip(".,;")
        if match.group("idl"):
            id_match = _ID_VALUE_RE.match(value)
            if id_match is not None:
                pairs.append([" ".join(id_match.group(0).split()), None])
        else:
            passcode = value.split()[0].rstrip(".,;") if value.split() else ""
            if not passcode:
                continue
            if pairs and pairs[-1][1] is None:
                pairs[-1][1] = passcode
            else:
                pairs.append([None, passcode])

    if link.meeting_id:
        wanted = _digits(link.meeting_id)
        for found_id, found_pw in pairs:
            if found_id is not None and _digits(found_id) == wanted:
                return found_id, found_pw or link.passcode
        if len(pairs) == 1 and pairs[0][0] is None:
            return link.meeting_id, pairs[0][1] or link.passcode
        return link.meeting_id, link.passcode
    for found_id, found_pw in pairs:
        if found_id is not None:
            return found_id, found_pw or link.passcode
    if pairs:
        return None, pairs[0][1] or link.passcode
    return None, link.passcode
