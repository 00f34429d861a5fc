"""Join-link detection benchmark: 10,000 events and 1 MB bodies.

Prints (never asserts) the time detect_links takes per event over a 10,000-event set built
from the test corpus (Outlook, Google, Zoom and plain invitations, padded with agenda text,
signatures and quoted replies to sizes up to ~20 KB, fixed seed), and for 1 MB bodies; each
beside a peer measured in the same run on the same inputs: a detector of the MeetingBar kind,
one big alternation of per-service regexes applied with re.finditer over each field.

    .venv/bin/python benchmarks/detection.py [--events 10000] [--seed 5]
"""

from __future__ import annotations

import argparse
import html
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.conferencing import detect_links
from tests.unit.conferencing.corpus import CORPUS, TEAMS_URL, Case, teams_html

Event = tuple[str, str, str | None]  # location, body, conference URL

# ---------------------------------------------------------------------------
# The peer: what a straightforward detector does (cf. MeetingBar's provider list)
# ---------------------------------------------------------------------------

_TAIL = r"[^\s<>\"']*"
PEER_PATTERNS: dict[str, str] = {
    "meet": r"https?://meet\.google\.com/(?:_meet/)?[a-z]{3,4}-[a-z]{4}-[a-z]{3,4}",
    "zoom": r"https?://(?:[a-z0-9-]+\.)*zoom(?:-x)?\.(?:us|com|com\.cn|de)/(?:j|w|s|my|wc|webinar)/"
    + _TAIL,
    "zoom_native": r"zoommtg://(?:[a-z0-9-]+\.)*zoom\.(?:us|com)/join" + _TAIL,
    "zoomgov": r"https?://(?:[a-z0-9-]+\.)*zoomgov\.com/j/" + _TAIL,
    "teams": r"https?://(?:[a-z0-9-]+\.)*teams\.(?:microsoft\.com|microsoft\.us|live\.com)"
    r"/(?:l/meetup-join/|meet/\d)" + _TAIL,
    "webex": r"https?://(?:[a-z0-9-]+\.)*webex\.com/(?:[a-z0-9-]+/j\.php\?MTID=|meet/|join/)"
    + _TAIL,
    "jitsi": r"https?://meet\.jit\.si/" + _TAIL,
    "chime": r"https?://(?:[a-z0-9-]+\.)*chime\.aws/\d+",
    "ringcentral": r"https?://(?:[a-z0-9-]+\.)*ringcentral\.com/(?:j|join)/" + _TAIL,
    "gotomeeting": r"https?://(?:[a-z0-9-]+\.)*(?:gotomeeting\.com|goto\.com)/" + _TAIL,
    "gotowebinar": r"https?://(?:[a-z0-9-]+\.)*gotowebinar\.com/" + _TAIL,
    "bluejeans": r"https?://(?:[a-z0-9-]+\.)*bluejeans\.com/" + _TAIL,
    "8x8": r"https?://8x8\.vc/" + _TAIL,
    "whereby": r"https?://(?:[a-z0-9-]+\.)?whereby\.com/" + _TAIL,
    "skype": r"https?://join\.skype\.com/" + _TAIL,
    "skype_business": r"https?://meet\.lync\.com/" + _TAIL,
    "facetime": r"https://facetime\.apple\.com/join" + _TAIL,
    "slack": r"https?://app\.slack\.com/huddle/[A-Za-z0-9./]+",
    "discord": r"https?://(?:www\.)?discord(?:app)?\.(?:gg|com)/" + _TAIL,
    "zoho_cliq": r"https?://cliq\.zoho\.(?:com|eu|in)/meetings/" + _TAIL,
    "lifesize": r"https?://call\.lifesizecloud\.com/" + _TAIL,
    "livekit": r"https?://meet[a-z0-9.]*\.livekit\.io/rooms/[a-zA-Z0-9-]+",
    "riverside": r"https?://riverside\.(?:com|fm)/studio/" + _TAIL,
    "gather": r"https?://app\.gather\.town/app/" + _TAIL,
    "streamyard": r"https://(?:www\.)?streamyard\.com/(?:guest/)?[a-z0-9]{8,13}",
    "vonage": r"https?://meetings\.vonage\.com/\d{9}",
    "proton_meet": r"https?://meet\.proton\.me/join/" + _TAIL,
    "safelinks": r"https://[a-z0-9]+\.safelinks\.protection\.outlook\.com/\?url=[^\s<>\"'&]+",
    "google_redirect": r"https://www\.google\.com/url\?q=[^\s<>\"'&]+",
}
# Case-sensitive, as MeetingBar's NSRegularExpression patterns are. Groups are
# non-capturing: named groups would cost re its literal-prefix scan (~20x slower),
# which would make the peer a straw man.
PEER_RE = re.compile("|".join(f"(?:{pattern})" for pattern in PEER_PATTERNS.values()))
PEER_TAGS_RE = re.compile(r"<[^>]+>")


def _peer_unwrap(url: str) -> str | None:
    for _ in range(8):
        if "safelinks.protection.outlook.com" not in url and "google.com/url" not in url:
            return url
        query = parse_qs(urlsplit(url).query)
        inner = (query.get("url") or query.get("q") or [""])[0]
        match = PEER_RE.match(inner)
        if match is None:
            return None
        url = match.group(0)
    return None


def peer_detect(location: str = "", body: str = "", conference_url: str | None = None) -> list[str]:
    """All matches in conference URL, location, raw body, then tag-stripped body."""
    texts = [conference_url or "", location, body]
    if "<" in body:
        texts.append(html.unescape(PEER_TAGS_RE.sub(" ", body)))
    found: list[str] = []
    for text in texts:
        for match in PEER_RE.finditer(text):
            url = _peer_unwrap(html.unescape(match.group(0)).rstrip(".,;)>"))
            if url is not None and url not in found:
                found.append(url)
    return found


def ours(location: str = "", body: str = "", conference_url: str | None = None) -> list[str]:
    return [link.url for link in detect_links(location, body, conference_url)]


# ---------------------------------------------------------------------------
# The event set
# ---------------------------------------------------------------------------

AGENDA = (
    "Agenda\n1. Review of last quarter's numbers and open actions\n"
    "2. Roadmap: priorities for the next release, owners and dates\n"
    "3. Hiring update and onboarding of the new colleagues\n"
    "Background reading: https://acme.sharepoint.com/sites/product/Shared%20Documents/"
    "Q3-review.pptx?d=w0a1b2c3d4e5f and https://docs.example.com/specs/release-42#scope\n"
)
SIGNATURE = (
    "\n--\nAnna de Wit | Product Lead | Acme B.V.\nHerengracht 182, 1016 BR Amsterdam\n"
    "T +31 20 123 4567 | https://www.acme.example/ | https://www.linkedin.com/in/annadewit/\n"
    "This e-mail and any attachments are confidential and intended solely for the addressee. "
    "If you received it in error, please notify the sender and delete it.\n"
)
QUOTED = (
    "\n> On Tue, 4 Mar 2025 at 09:12, Jan Jansen <jan@example.nl> wrote:\n"
    "> Thanks, the slides are at https://acme.sharepoint.com/:p:/r/sites/x/y.pptx?web=1\n"
    "> Can we move the review to Thursday? The room (4.12) is free then.\n"
)
HTML_FILLER = (
    '<p class="MsoNormal"><span style="font-family:Calibri,sans-serif">Agenda: review of '
    "last quarter, roadmap priorities, hiring. Slides: "
    '<a href="https://acme.sharepoint.com/sites/product/Q3-review.pptx?d=w0a1b2">'
    "Q3-review.pptx</a> &amp; notes on "
    '<a href="https://docs.example.com/specs/release-42#scope">the spec</a>.</span></p>\n'
    '<table style="border-collapse:collapse"><tr><td style="padding:0 8px">'
    '<img src="cid:image001.png@01DB8C2A.5E6F7A80" width="96" height="32" alt="Acme"></td>'
    "<td>Anna de Wit | Product Lead | Acme B.V. | "
    '<a href="https://www.acme.example/">www.acme.example</a></td></tr></table>\n'
)
TEXT_FILLERS = (AGENDA, SIGNATURE, QUOTED)


def _size_target(rng: random.Random) -> int:
    """Most invitations are 1-4 KB; some carry long agendas or threads, up to ~20 KB."""
    roll = rng.random()
    if roll < 0.6:
        return rng.randint(800, 4_000)
    if roll < 0.9:
        return rng.randint(4_000, 10_000)
    return rng.randint(10_000, 20_000)


def _pad(body: str, target: int, rng: random.Random) -> str:
    if len(body) >= target:
        return body
    is_html = "<" in body and "</" in body
    parts = []
    size = len(body)
    while size < target:
        piece = HTML_FILLER if is_html else rng.choice(TEXT_FILLERS)
        parts.append(piece)
        size += len(piece)
    filler = "".join(parts)
    if is_html:
        at = body.rfind("</body>")
        return body[:at] + filler + body[at:] if at != -1 else filler + body
    # Agenda first, the invitation block below it (as calendar apps append it),
    # then signature and quoted thread; cut between lines, never inside one.
    cut = filler.rfind("\n", 0, len(filler) // 2) + 1
    return filler[:cut] + "\n" + body + "\n" + filler[cut:]


def build_events(count: int, seed: int) -> tuple[list[Event], list[bool], dict[str, int]]:
    """Events, whether each should have a link (per the corpus), and counts per kind."""
    rng = random.Random(seed)
    pools: dict[str, list[Case]] = {"outlook": [], "google": [], "zoom": [], "plain": []}
    for case in CORPUS:
        pools["plain" if case.origin == "other" else case.origin].append(case)
    mix = [("outlook", 0.35), ("google", 0.30), ("zoom", 0.20), ("plain", 0.15)]
    events: list[Event] = []
    expected: list[bool] = []
    kinds: dict[str, int] = {}
    for _ in range(count):
        roll, kind = rng.random(), "plain"
        for name, share in mix:
            if roll < share:
                kind = name
                break
            roll -= share
        case = rng.choice(pools[kind])
        location, body, conference = case.location, case.body, case.conference_url
        has_link = case.service is not None
        if kind == "plain" and rng.random() < 0.3:
            # An ordinary meeting without any link.
            location, body, conference = "Room 4.12", AGENDA + SIGNATURE, None
            kind, has_link = "no link", False
        kinds[kind] = kinds.get(kind, 0) + 1
        events.append((location, _pad(body, _size_target(rng), rng), conference))
        expected.append(has_link)
    return events, expected, kinds


def one_megabyte_bodies() -> dict[str, str]:
    html_body = teams_html("en", TEAMS_URL)
    at = html_body.rfind("</body>")
    filler = HTML_FILLER * (1_000_000 // len(HTML_FILLER))
    text_filler = "".join(TEXT_FILLERS) * (1_000_000 // len("".join(TEXT_FILLERS)))
    return {
        "HTML newsletter + Teams block": html_body[:at] + filler + html_body[at:],
        "text thread + Zoom link": text_filler + "\nJoin: https://zoom.us/j/4567891234?pwd=x\n",
        'adversarial "https://" x 125k': "https://" * 125_000,
        'adversarial "<div>" x 200k': "<div>" * 200_000,
        'adversarial "zoom.us/j/1 " x 84k': "zoom.us/j/1 " * 84_000,
    }


# ---------------------------------------------------------------------------
# Measuring
# ---------------------------------------------------------------------------


def _time_events(
    detect: Callable[..., list[str]], events: list[Event]
) -> tuple[list[float], list[bool]]:
    """Milliseconds per event, and whether a link was found in each."""
    times: list[float] = []
    found: list[bool] = []
    clock = time.perf_counter
    for location, body, conference in events:
        start = clock()
        links = detect(location, body, conference)
        times.append((clock() - start) * 1000)
        found.append(bool(links))
    return times, found


def _found_row(label: str, found: list[bool], expected: list[bool]) -> str:
    hits = sum(f and e for f, e in zip(found, expected, strict=True))
    false = sum(f and not e for f, e in zip(found, expected, strict=True))
    return (
        f"  {label:24} {sum(found):6,} events  ({hits:,} of {sum(expected):,} that have one; "
        f"{false:,} where the corpus says there is none)"
    )


def _row(label: str, times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[int(len(ordered) * 0.95)]
    return (
        f"  {label:24} median {statistics.median(times):7.3f} ms  p95 {p95:7.3f} ms  "
        f"max {max(times):7.3f} ms  total {sum(times) / 1000:6.2f} s"
    )


def _best_of(detect: Callable[..., list[str]], body: str, runs: int = 3) -> tuple[float, int]:
    best = float("inf")
    links: list[str] = []
    for _ in range(runs):
        start = time.perf_counter()
        links = detect("", body, None)
        best = min(best, (time.perf_counter() - start) * 1000)
    return best, len(links)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()

    events, expected, kinds = build_events(args.events, args.seed)
    sizes = sorted(len(body) for _, body, _ in events)
    print(
        f"{len(events):,} events (seed {args.seed}): "
        + ", ".join(f"{n:,} {kind}" for kind, n in sorted(kinds.items()))
    )
    print(
        f"  body size median {statistics.median(sizes) / 1000:.1f} KB, "
        f"p95 {sizes[int(len(sizes) * 0.95)] / 1000:.1f} KB, max {sizes[-1] / 1000:.1f} KB, "
        f"total {sum(sizes) / 1e6:.1f} MB"
    )

    # Warm both (regex compilation, caches), then measure each over the same list.
    _time_events(ours, events[:200])
    _time_events(peer_detect, events[:200])
    our_times, our_found = _time_events(ours, events)
    peer_times, peer_found = _time_events(peer_detect, events)
    print("\ndetection per event:")
    print(_row("meetdesk detect_links", our_times))
    print(_row("peer: regex alternation", peer_times))
    median_ratio = statistics.median(our_times) / statistics.median(peer_times)
    print(
        f"  ratio (meetdesk / peer)  median {median_ratio:.2f} x  "
        f"total {sum(our_times) / sum(peer_times):.2f} x"
    )
    print("\nevents with a link found:")
    print(_found_row("meetdesk detect_links", our_found, expected))
    print(_found_row("peer: regex alternation", peer_found, expected))
    both = sum(a and b for a, b in zip(our_found, peer_found, strict=True))
    print(f"  {'found by both':24} {both:6,} events")
    print(
        "  (the peer misses Meet/Zoom links written without https:// and escaped slashes;\n"
        "   it takes links in HTML comments, <script>, javascript: and look-alike hosts)"
    )

    print("\n1 MB bodies (best of 3):")
    for name, body in one_megabyte_bodies().items():
        our_ms, our_n = _best_of(ours, body)
        peer_ms, peer_n = _best_of(peer_detect, body)
        ratio = our_ms / peer_ms if peer_ms else float("inf")
        print(
            f"  {name:34} meetdesk {our_ms:8.1f} ms ({our_n} links)   "
            f"peer {peer_ms:8.1f} ms ({peer_n} links)   ratio {ratio:5.2f} x"
        )


if __name__ == "__main__":
    main()
