"""Find meeting join links in event data, safely and in linear time.

Event locations and bodies are written by other people, so every URL found
here is treated as hostile until it passes the same checks a browser-bound URL
needs (see reliability-security.md §2.1): absolute, https (or the service's own
app scheme), ASCII host, no userinfo, no backslash, no control or invisible
characters. A URL is a join link only when its host *is* the service's domain
or a subdomain of it, compared label by label.

Cost: a C-speed search for "/" finds the few tokens that can hold a URL; only
those are matched with the candidate regex. Each candidate is classified with
dict look-ups on its host suffixes and one anchored, nesting-free path regex.
No regex here can backtrack over more than a bounded window, candidates
longer than ``MAX_URL_LENGTH`` are dropped, and ``MAX_URL_TOKENS`` /
``MAX_CANDIDATES`` cap the Python-level work a hostile body can cause.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from html.entities import html5 as _HTML5_ENTITIES
from typing import Final, Literal
from urllib.parse import parse_qsl

from desktop.conferencing.services import SERVICES, SERVICES_BY_ID, Service
from desktop.i18n import Text, message_of

__all__ = [
    "APP_SCHEMES",
    "MAX_CANDIDATES",
    "MAX_URL_LENGTH",
    "MAX_URL_TOKENS",
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
# Browsers strip ASCII whitespace around a URL (not NBSP or other Unicode
# spaces); so do we, and anything else left over makes the URL invalid.
_URL_STRIP: Final = " \t\r\n\f"
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
    # U+FFFD marks text that was already mis-decoded somewhere: not a URL.
    return any(
        ch == "\ufffd" or unicodedata.category(ch) in _BAD_CATEGORIES
        for ch in url
        if not ch.isascii()
    )


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


# Hosts are case-insensitive and people retype paths, so rules ignore case;
# the id/passcode patterns must agree with them (else "/J/123" is a Zoom link
# without its meeting id and is not grouped with "/j/123"). ASCII: a "\d" in
# a path must not take Arabic-Indic or full-width digits for a meeting number.
_RULE_FLAGS: Final = re.IGNORECASE | re.ASCII


def _build_rules() -> dict[str, list[_Rule]]:
    rules: dict[str, list[_Rule]] = {}
    for service in SERVICES:
        for domain, path in service.rules:
            key = domain.removeprefix("*.")
            rule = _Rule(service, re.compile(path, _RULE_FLAGS), domain.startswith("*."))
            rules.setdefault(key, []).append(rule)
    return rules


_RULES: Final = _build_rules()
_DETAILS: Final[dict[str, re.Pattern[str]]] = {
    s.id: re.compile(s.details, _RULE_FLAGS) for s in SERVICES if s.details is not None
}
_APP_PATHS: Final[dict[str, re.Pattern[str]]] = {
    s.id: re.compile(s.app_path, _RULE_FLAGS) for s in SERVICES if s.app_path is not None
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
            return inner.strip(_URL_STRIP)
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
    parsed = _resolve(url.strip(_URL_STRIP))
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

# Every URL we care about contains "/". Finding "/" is a C-speed literal
# search, so text without URLs costs almost nothing; each token holding a "/"
# is then cut out (delimiters: whitespace, <, >, quotes, backtick) and only
# that token is searched with the candidate regex below.
_DELIM_CLASS: Final = r"\s<>\"'`"
_TOKEN_END_RE: Final = re.compile(f"[{_DELIM_CLASS}]")
_LAST_DELIM_RE: Final = re.compile(f"(?s:.*)[{_DELIM_CLASS}]")
_LAST_SPACE_RE: Final = re.compile(r"(?s:.*)\s")
# A candidate starts at a web or app scheme, or at a "host.tld/" written
# without one. The look-behind refuses starts in the middle of a longer token
# ("evilhttps://", "x@zoom.us/", "/redirect?u=https://...").
_CANDIDATE_RE: Final = re.compile(
    r"(?<![A-Za-z0-9_/\\@.%+~=&#?$-])"
    r"(?:"
    r"(?P<scheme>(?:https?|zoommtg|zoomus)://|(?:msteams|ms-teams):/)"
    # Scheme-less hosts also may not follow ":" ("https:zoom.us/..." is no
    # plain-text link, and "x:host/" is some other scheme's data).
    r"|(?<!:)(?P<bare>(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}/)"
    r")"
    f"[^{_DELIM_CLASS}]*",
    re.IGNORECASE,
)
# A scheme-like word earlier in the same token means the URL sits inside
# something else, e.g. "javascript:open('https://zoom.us/j/1')".
_EMBEDDING_SCHEME_RE: Final = re.compile(
    r"(?:javascript|vbscript|livescript|data|file|smb|mk|ms-[a-z-]{1,30}|search-ms|jar|"
    r"view-source|blob|about|ftp|mhtml|shell|cid|res|its)\s{0,3}:",
    re.IGNORECASE,
)
_EMBEDDING_SCHEME_END_RE: Final = re.compile(
    rf"(?:{_EMBEDDING_SCHEME_RE.pattern})\Z", re.IGNORECASE
)
# Longest text a match can span: "ms-" + 30 letters + 3 spaces + ":".
_SCHEME_WORD_MAX: Final = 40
_FEW_COLONS: Final = 8
_SPACE_RE: Final = re.compile(r"\s")
# "/" written as a character reference, with or without ";" (the number must
# end there: "&#471;" is another character).
_SLASH_REF_RE: Final = re.compile(
    r"&(?:#0{0,6}47(?![0-9])|#[xX]0{0,5}2[fF](?![0-9A-Fa-f])|sol(?=;));?"
)
_TRAILING: Final = frozenset(".,;:!?]}>\"'*»…。、，")
# How far back from a "/" we look for the start of its token.
_LOOKBACK: Final = 512
# Tokens with a "/" examined per field, and distinct candidate URLs fully
# checked per call. Real invitations have tens of each; the limits only bound
# the cost of hostile bodies made of nothing but slashes or URLs.
MAX_URL_TOKENS: Final = 10_000
MAX_CANDIDATES: Final = 1000


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


def _url_tokens(text: str) -> Iterator[tuple[str, str]]:
    """(context, token) for each delimiter-separated piece holding a "/".

    ``context`` is the text between the previous whitespace and the token
    when the token starts right after a quote or bracket, so that
    ``javascript:open('https://...')`` can be recognised as one thing.
    """
    pos = text.find("/")
    prev_end = 0
    ws_checked = 0  # text[:ws_checked] has been searched for whitespace
    last_ws = -1
    count = 0
    while pos != -1 and count < MAX_URL_TOKENS:
        count += 1
        # Windows start at the previous token's end, so no text is read twice.
        window_start = max(prev_end, pos - _LOOKBACK)
        last_delim = _LAST_DELIM_RE.match(text, window_start, pos)
        start = last_delim.end() if last_delim is not None else window_start
        token_end = _TOKEN_END_RE.search(text, pos)
        end = token_end.start() if token_end is not None else len(text)
        context = ""
        if start and not text[start - 1].isspace():
            low = max(ws_checked, start - _LOOKBACK)
            space = _LAST_SPACE_RE.match(text, low, start)
            if space is not None:
                last_ws = space.end() - 1
            ws_checked = start
            context = text[max(last_ws + 1, start - _LOOKBACK) : start]
        if end - start <= MAX_URL_LENGTH + _LOOKBACK:  # longer is never a link
            yield context, text[start:end]
        prev_end = end
        pos = text.find("/", end)


def _candidates(
    text: str, decode: Callable[[str], str], *, any_bare: bool = False
) -> Iterator[str]:
    """URL candidates in ``text``; scheme-less ones get "https://".

    ``decode`` turns character references in a token into characters (the
    decoded token may contain delimiters again, e.g. ``&lt;https://...&gt;``).
    Scheme-less "host/path" text is only taken for services marked ``bare``
    (or for any host when custom patterns may claim it).
    """
    if "&" in text:
        # Tokens are found by their "/", so a URL whose slashes are all
        # written as references ("https:&#x2F;&#x2F;zoom.us&#x2F;j&#x2F;1",
        # as template escapers write them) would have none. Decoding just the
        # slash references keeps the text's length order and is one C scan.
        text = _SLASH_REF_RE.sub("/", text)
    seen: set[tuple[str, str]] = set()
    for context, raw in _url_tokens(text):
        if (context, raw) in seen:
            continue  # signatures and footers repeat the same links
        seen.add((context, raw))
        token = decode(raw) if "&" in raw else raw
        embedded = _embedded_checker(context, token)
        for match in _CANDIDATE_RE.finditer(token):
            if embedded(match.start()):
                continue
            candidate = _trim(match.group(0))
            if match.group("bare") is None:
                yield candidate
            elif any_bare or _bare_allowed(candidate):
                yield "https://" + candidate


def _embedded_checker(context: str, token: str) -> Callable[[int], bool]:
    """f(position in token): is a dangerous "scheme:" earlier in the same word?

    Scheme and whitespace positions are collected once per token, so checking
    many candidates in one (entity-decoded) token stays linear.
    """
    full = context + token
    colons = full.count(":")
    if not colons:
        return lambda _: False
    if colons <= _FEW_COLONS:
        # Usually just "https:". A match ends at a colon and holds no other,
        # so asking at each colon "does a scheme word end here?" finds the same
        # ends as finditer, without running the prefix-less alternation at
        # every position of a long (SafeLinks, Teams) token.
        ends = []
        colon = full.find(":")
        while colon != -1:
            start = max(0, colon - _SCHEME_WORD_MAX)
            if _EMBEDDING_SCHEME_END_RE.search(full, start, colon + 1):
                ends.append(colon + 1)
            colon = full.find(":", colon + 1)
    else:
        ends = [m.end() for m in _EMBEDDING_SCHEME_RE.finditer(full)]
    if not ends:
        return lambda _: False
    spaces = [m.start() for m in _SPACE_RE.finditer(full)]
    base = len(context)

    def embedded(position: int) -> bool:
        at = base + position
        i = bisect_right(ends, at)
        if i == 0:
            return False
        j = bisect_left(spaces, at)
        return j == 0 or spaces[j - 1] < ends[i - 1]

    return embedded


def _bare_allowed(candidate: str) -> bool:
    host = candidate.split("/", 1)[0].lower()
    return any(
        rule.service.bare for suffix, _ in _host_suffixes(host) for rule in _RULES.get(suffix, ())
    )


# ---------------------------------------------------------------------------
# HTML handling
# ---------------------------------------------------------------------------

# Tag names may have a namespace ("o:p" from Word) but "<https://...>" in
# plain text is no tag.
_TAG_NAME: Final = r"[A-Za-z][A-Za-z0-9-]{0,40}(?::[A-Za-z][A-Za-z0-9-]{0,40})?"
_TAG_RE: Final = re.compile(rf"<(/?)({_TAG_NAME})(?=[\s/>])([^<>]*)>")
# Start tags of anchors only (same shape as _TAG_RE), so a body of a million
# other tags is skipped at C speed instead of visiting each one in Python.
_ANCHOR_RE: Final = re.compile(r"<[aA](?=[\s/>])([^<>]*)>")
_WBR_RE: Final = re.compile(r"<wbr\s*/?>", re.IGNORECASE)
# A body is HTML when it has an end tag, a comment, or a start tag of an
# element people (and mailers) actually write. A stray "<Word " alone is not
# enough: plain text such as "Jan <Sprint planning ... > quoted reply" would
# otherwise lose everything between "<" and the next ">" as one "tag".
_HTML_HINT_RE: Final = re.compile(rf"<(?:(/)?({_TAG_NAME})[\s/>]|!--)")
_HTML_TAG_NAMES: Final = frozenset(
    {
        "a", "abbr", "b", "big", "blockquote", "body", "br", "center", "code", "col", "div",
        "em", "font", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "html", "i", "img",
        "li", "link", "meta", "o:p", "ol", "p", "pre", "s", "script", "small", "span",
        "strike", "strong", "style", "sub", "sup", "table", "tbody", "td", "th", "thead",
        "title", "tr", "tt", "u", "ul", "wbr",
    }
)  # fmt: skip
# Unknown tag names looked at before giving up and calling the body HTML.
_MAX_UNKNOWN_TAGS: Final = 20
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
            except ValueError:
                return match.group(0)
            if 0 < number < 0x110000 and not 0xD800 <= number <= 0xDFFF:
                return chr(number)
            # Browsers turn these into U+FFFD; a NUL makes the URL checks
            # reject the value instead of quietly repairing it.
            return "\x00"
        if semicolon:
            return _HTML5_ENTITIES.get(body + ";", match.group(0))
        after = match.string[match.end() : match.end() + 1]
        if body in _HTML5_ENTITIES and not (after.isalnum() or after == "="):
            return _HTML5_ENTITIES[body]
        return match.group(0)

    return _ENTITY_RE.sub(replace, value)


def _looks_like_html(body: str) -> bool:
    if "<" not in body:
        return False
    for count, match in enumerate(_HTML_HINT_RE.finditer(body)):
        name = match.group(2)
        if name is None or match.group(1) or name.lower() in _HTML_TAG_NAMES:
            return True  # a comment, an end tag or a known element
        if count >= _MAX_UNKNOWN_TAGS:
            return True  # many tag-like words: treat as HTML, as before
    return False


def _drop_blocks(body: str) -> str:
    """Remove comments and <script>/<style>/<head> contents (linear, no regex)."""
    if "<" not in body:
        return body
    lower = body.lower()
    openers = (("<!--", "-->"), ("<script", "</script"), ("<style", "</style"), ("<head", "</head"))
    # Next position of each opener; recomputed only when passed, so the
    # whole loop reads the text a constant number of times.
    next_at = {opener: lower.find(opener) for opener, _ in openers}
    out: list[str] = []
    pos = 0
    while True:
        for opener, _ in openers:
            if next_at[opener] != -1 and next_at[opener] < pos:
                next_at[opener] = lower.find(opener, pos)
        live = [(at, opener) for opener, at in next_at.items() if at != -1]
        if not live:
            out.append(body[pos:])
            break
        best, opener = min(live)
        closer = dict(openers)[opener]
        out.append(body[pos:best])
        end = lower.find(closer, best + len(opener))
        if end == -1:
            break  # unclosed: the rest is not visible text
        close_end = lower.find(">", end)
        pos = len(body) if close_end == -1 else close_end + 1
        out.append(" ")
    return "".join(out)


def _strip_tags(visible: str) -> str:
    """Tags replaced by spaces; character references left as they are.

    ``visible`` is the output of ``_drop_blocks``.
    """
    return _TAG_RE.sub(" ", _WBR_RE.sub("", visible))


def html_to_text(body: str) -> str:
    """Visible text of an HTML body: tags become spaces, entities decoded."""
    return html.unescape(_strip_tags(_drop_blocks(body)))


def _hrefs(visible: str) -> Iterator[str]:
    """href values of <a> tags in ``visible`` (output of ``_drop_blocks``)."""
    count = 0
    for tag in _ANCHOR_RE.finditer(visible):
        href = _HREF_RE.search(tag.group(1))
        if href is None:
            continue
        count += 1
        if count > MAX_URL_TOKENS:
            return
        value = next(v for v in href.groups() if v is not None)
        if len(value) > MAX_URL_LENGTH * 2:
            continue
        # Browsers strip leading/trailing whitespace from href; do the same,
        # but keep inner whitespace so the strict parser rejects it.
        yield _decode_entities(value).strip(_URL_STRIP)


# ---------------------------------------------------------------------------
# detect_links
# ---------------------------------------------------------------------------


def _group_key(link: MeetingLink, parsed: _Url) -> tuple[str, str]:
    """Links to the same meeting (same service and id, or same host+path)."""
    if link.meeting_id:
        return link.service, re.sub(r"\W", "", link.meeting_id).lower()
    path, _, _ = parsed.split_rest()
    return link.service, f"{parsed.host}{path.rstrip('/').lower()}"


def _dedupe_key(parsed: _Url) -> str:
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
    order in which they appear. ``custom`` patterns claim URLs that no
    built-in service matches.
    """
    found: list[tuple[MeetingLink, _Url]] = []
    # The same URL often appears several times (text and anchor, signature
    # blocks); resolve each distinct candidate once per source.
    cache: dict[str, tuple[MeetingLink, _Url] | None] = {}
    any_bare = bool(custom)

    seen_in_source: set[tuple[str, str]] = set()

    def add(candidate: str, source: str) -> None:
        key = f"{source}\n{candidate}"
        if key in cache:
            return  # already counted for this source
        parsed = _resolve(candidate)
        link = _to_link(parsed, source, custom) if parsed is not None else None
        entry = (link, parsed) if link is not None and parsed is not None else None
        cache[key] = entry
        if entry is None:
            return
        # Same URL written twice in one source: the first spelling stands.
        dedupe = (source, _dedupe_key(entry[1]))
        if dedupe not in seen_in_source:
            seen_in_source.add(dedupe)
            found.append(entry)

    def add_all(candidates: Iterable[str], source: str) -> None:
        for candidate in candidates:
            if len(cache) >= MAX_CANDIDATES:
                return  # budget spent: stop scanning, not just checking
            add(candidate, source)

    if conference_url:
        add(_decode_entities(conference_url).strip(_URL_STRIP), "conference")
    if location:
        add_all(_candidates(location, _decode_entities, any_bare=any_bare), "location")
    if body:
        if _looks_like_html(body):
            visible = _drop_blocks(body)
            add_all(_candidates(_strip_tags(visible), html.unescape, any_bare=any_bare), "body")
            add_all(_hrefs(visible), "html")
        else:
            add_all(_candidates(body, _decode_entities, any_bare=any_bare), "body")

    first_seen: dict[tuple[str, tuple[str, str]], int] = {}
    ranked: list[tuple[tuple[int, int, int, int, int], MeetingLink, _Url]] = []
    for index, (link, parsed) in enumerate(found):
        group = first_seen.setdefault((link.source, _group_key(link, parsed)), index)
        order = (_SOURCE_RANK[link.source], group, 0 if link.passcode else 1, -len(link.url), index)
        ranked.append((order, link, parsed))
    ranked.sort(key=lambda item: item[0])

    result: list[MeetingLink] = []
    seen: set[str] = set()
    for _, link, parsed in ranked:
        key = _dedupe_key(parsed)
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
    label = name.strip()
    if not label:
        raise ValueError(Text("A custom link pattern needs a name."))
    if not regex.strip():
        raise ValueError(Text("{name}: the pattern is empty.", name=label))
    if len(regex) > _MAX_CUSTOM_PATTERN:
        raise ValueError(
            Text(
                "{name}: the pattern is longer than {limit} characters.",
                name=label,
                limit=_MAX_CUSTOM_PATTERN,
            )
        )
    try:
        compiled = re.compile(regex)
    except re.error as exc:
        # Python's own description of the mistake (English): passed on as it is.
        raise ValueError(
            Text(
                "{name}: not a valid regular expression ({reason}).",
                name=label,
                reason=message_of(exc),
            )
        ) from exc
    if _nested_repetition(regex):
        raise ValueError(
            Text(
                "{name}: repeated groups that repeat again, like (a+)+, can take "
                "exponential time. Please simplify the pattern.",
                name=label,
            )
        )
    if compiled.search(""):
        raise ValueError(
            Text(
                "{name}: the pattern matches empty text, so it would match every URL.",
                name=label,
            )
        )
    return compiled


# ---------------------------------------------------------------------------
# Meeting id and passcode in invitation text
# ---------------------------------------------------------------------------

_ID_LABELS: Final = (
    r"meeting[\s-]?id|meeting\s+number|webinar[\s-]?id|conference\s+id"
    r"|id\s+de\s+(?:la\s+)?r[ée]union|id\s+du\s+webinaire|num[ée]ro\s+de\s+(?:la\s+)?r[ée]union"
    r"|vergader(?:ings?)?[\s-]?id|vergaderings?nummer|vergadernummer|webinar-?nummer"
)
_PW_LABELS: Final = (
    r"passcode|meeting\s+password|password|pass\s+code"
    r"|code\s+secret|mot\s+de\s+passe(?:\s+de\s+la\s+r[ée]union)?"
    r"|toegangscode|wachtwoordcode|vergaderingswachtwoord|wachtwoord"
)
_ID_LABEL_RE: Final = re.compile(_ID_LABELS, re.IGNORECASE)
_PW_LABEL_RE: Final = re.compile(_PW_LABELS, re.IGNORECASE)


def _label_scanner() -> re.Pattern[str]:
    """One regex for all labels that starts with a character class.

    re only skips ahead quickly when a pattern starts with a literal or a
    class, so the labels are split into "first letter" + "tail"; a label
    whose letter and tail do not belong together ("peeting id") is rejected
    afterwards by the full label regexes.
    """
    labels = (_ID_LABELS + "|" + _PW_LABELS).split("|")
    firsts = "".join(sorted({label[0] for label in labels}))
    tails = "|".join(sorted({label[1:] for label in labels}, key=len, reverse=True))
    return re.compile(
        rf"(?P<label>[{firsts}](?<![\w-].)(?:{tails}))"
        # HTML bodies leave runs of spaces where tags were, hence {0,20}.
        r"(?:\s?\([^()\n]{0,40}\))?[^\S\n]{0,20}[:：][^\S\n]{0,20}\n?[^\S\n]{0,20}"
        r"(?P<val>[^\s]{1,64}(?:[ \u00a0][0-9]{1,8}){0,6})",
        re.IGNORECASE,
    )


_DETAIL_RE: Final = _label_scanner()
# Labelled values examined per text; invitations have a handful.
_MAX_DETAILS: Final = 1000
_ID_VALUE_RE: Final = re.compile(r"[0-9][0-9 \u00a0-]{3,30}[0-9]|[A-Za-z0-9][A-Za-z0-9-]{2,40}")


def _digits(value: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", value).lower()


def extract_meeting_id_and_passcode(text: str, link: MeetingLink) -> tuple[str | None, str | None]:
    """Meeting id and passcode for ``link``, from the link itself and the text.

    Reads labels such as "Meeting ID: 123 456 7890" / "Passcode: abc" (also
    French "ID de réunion", "Code secret" and Dutch "Vergader-ID",
    "Vergadering-ID", "Toegangscode"). The written passcode is preferred over the URL's one,
    because Zoom's ``pwd=`` is an encoded token, not what people type. When
    the link carries an id, only a labelled block with the same id is used,
    so a second (old) meeting in the same text is never mixed in.
    """
    if _looks_like_html(text):
        text = html_to_text(text)
    pairs: list[list[str | None]] = []  # [id, passcode] in order of appearance
    # "\n" in front: the label look-behind needs a character before it.
    for count, match in enumerate(_DETAIL_RE.finditer("\n" + text)):
        if count >= _MAX_DETAILS:
            break
        label = " ".join(match.group("label").split())
        value = match.group("val").strip().rstrip(".,;")
        if _ID_LABEL_RE.fullmatch(label):
            id_match = _ID_VALUE_RE.match(value)
            if id_match is None:
                continue
            meeting_id = " ".join(id_match.group(0).split())
            if pairs and pairs[-1][0] is None:
                pairs[-1][0] = meeting_id  # passcode written before its id
            else:
                pairs.append([meeting_id, None])
        elif _PW_LABEL_RE.fullmatch(label):
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
