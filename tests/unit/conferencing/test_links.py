"""Meeting-link detection: corpus, per-service shapes, safety and cost."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.conferencing import (
    APP_SCHEMES,
    MAX_CANDIDATES,
    MAX_URL_TOKENS,
    SERVICES,
    SERVICES_BY_ID,
    CustomPattern,
    MeetingLink,
    detect_links,
    extract_meeting_id_and_passcode,
    html_to_text,
    is_safe_web_url,
    link_for_url,
    safe_host,
)
from tests.unit.conferencing.corpus import (
    CORPUS,
    NOT_JOIN_LINKS,
    SERVICE_EXAMPLES,
    TEAMS_URL,
    UNSAFE_URLS,
    Case,
    attr,
    google_redirect,
    safelinks,
)

REQUIRED_IDS = {
    "zoom", "zoomgov", "teams", "meet", "webex", "jitsi", "chime", "ringcentral",
    "gotomeeting", "gotowebinar", "bluejeans", "8x8", "whereby", "skype", "skype_business",
    "facetime", "slack", "discord", "zoho_cliq", "lifesize", "livekit", "riverside", "gather",
    "streamyard", "vonage", "around", "blizz", "teamviewer_meeting", "dialpad", "jam", "pop",
    "demio", "vowel", "zhumu", "lark", "feishu", "voov", "tencent_meeting", "livestorm",
    "webinargeek", "hangouts",
}  # fmt: skip


def _acceptable(url: str) -> bool:
    scheme = url.split(":", 1)[0]
    return is_safe_web_url(url) or scheme in APP_SCHEMES


# ---------------------------------------------------------------------------
# The service table
# ---------------------------------------------------------------------------


def test_service_table_size_and_required_ids() -> None:
    assert len(SERVICES) >= 65
    assert not REQUIRED_IDS - set(SERVICES_BY_ID)


def test_service_ids_are_stable_lowercase_and_unique() -> None:
    ids = [service.id for service in SERVICES]
    assert len(ids) == len(set(ids))
    for service in SERVICES:
        assert re.fullmatch(r"[a-z0-9_]+", service.id), service.id
        assert service.name.strip()
        assert service.rules
        for domain, _ in service.rules:
            assert domain == domain.lower()
            assert re.fullmatch(r"(\*\.)?[a-z0-9.-]+", domain), domain


def test_every_service_has_a_positive_example() -> None:
    """A new service without an example here fails this test."""
    missing = {service.id for service in SERVICES} - set(SERVICE_EXAMPLES)
    assert not missing, f"add SERVICE_EXAMPLES for: {sorted(missing)}"
    unknown = set(SERVICE_EXAMPLES) - set(SERVICES_BY_ID)
    assert not unknown


@pytest.mark.parametrize(
    ("service_id", "url", "meeting_id", "passcode"),
    [
        pytest.param(service_id, url, mid, pw, id=f"{service_id}-{n}")
        for service_id, examples in SERVICE_EXAMPLES.items()
        for n, (url, mid, pw) in enumerate(examples)
    ],
)
def test_service_example_is_recognised(
    service_id: str, url: str, meeting_id: str | None, passcode: str | None
) -> None:
    link = link_for_url(url)
    assert link is not None, url
    assert link.service == service_id
    assert link.name == SERVICES_BY_ID[service_id].name
    assert (link.meeting_id, link.passcode) == (meeting_id, passcode)
    # The same URL in a body, in a location and as an anchor is found too.
    for links in (
        detect_links(body=f"Join here: {url}\nThanks"),
        detect_links(location=url),
        detect_links(body=f'<p>Join <a href="{attr(url)}">here</a></p>'),
    ):
        assert [found.service for found in links] == [service_id]
        assert links[0].url == link.url


@pytest.mark.parametrize(
    ("service_id", "url"),
    [
        pytest.param(service_id, url, id=f"{service_id}-{n}")
        for service_id, examples in SERVICE_EXAMPLES.items()
        for n, (url, _, _) in enumerate(examples)
    ],
)
def test_service_example_hosts_reject_lookalikes(service_id: str, url: str) -> None:
    """For every example: prefix, suffix and userinfo look-alikes fail."""
    link = link_for_url(url)
    assert link is not None
    host = safe_host(link.url)
    if host is None:  # app-scheme URLs (zoommtg:, msteams:)
        return
    rest = link.url.split(host, 1)[1]
    domain = next(
        d for d in SERVICES_BY_ID[service_id].domains if host == d or host.endswith("." + d)
    )
    cyrillic = host.replace("o", "\u043e").replace("e", "\u0435").replace("a", "\u0430")
    for fake in (
        f"https://{host}.evil.example{rest}",
        f"https://evil{domain}{rest}",
        f"https://evil-{domain}{rest}",
        f"https://{host}@evil.example{rest}",
        f"https://evil.example\\@{host}{rest}",
        *([f"https://{cyrillic}{rest}"] if cyrillic != host else []),
    ):
        assert link_for_url(fake) is None, fake
        assert detect_links(body=f"Join: {fake}") == [], fake


@pytest.mark.parametrize("url", NOT_JOIN_LINKS)
def test_pages_on_service_domains_are_not_join_links(url: str) -> None:
    assert link_for_url(url) is None
    assert detect_links(body=f"See {url} for details") == []


# ---------------------------------------------------------------------------
# The invitation corpus
# ---------------------------------------------------------------------------


def test_corpus_is_large_and_varied() -> None:
    assert len(CORPUS) >= 80
    positives = [case for case in CORPUS if case.service]
    negatives = [case for case in CORPUS if not case.service]
    assert len(positives) >= 60
    assert len(negatives) >= 20
    ids = [case.id for case in CORPUS]
    assert len(ids) == len(set(ids))
    for lang in ("-en-", "-fr-", "-nl-"):
        assert sum(lang in case.id for case in CORPUS) >= 10
    assert sum("<a " in case.body for case in CORPUS) >= 20  # HTML bodies


@pytest.mark.parametrize("case", CORPUS, ids=lambda case: case.id)
def test_corpus_first_link(case: Case) -> None:
    links = detect_links(case.location, case.body, case.conference_url)
    if case.service is None:
        assert links == []
        return
    assert links, "no link found"
    assert links[0].service == case.service
    assert links[0].url == case.url
    assert all(_acceptable(link.url) for link in links)
    urls = [link.url.rstrip("/") for link in links]
    assert len(urls) == len(set(urls)), "duplicates"
    if case.urls is not None:
        assert tuple(link.url for link in links) == case.urls


@pytest.mark.parametrize(
    "case", [case for case in CORPUS if case.check_details], ids=lambda case: case.id
)
def test_corpus_meeting_id_and_passcode(case: Case) -> None:
    links = detect_links(case.location, case.body, case.conference_url)
    assert extract_meeting_id_and_passcode(case.body, links[0]) == (
        case.meeting_id,
        case.passcode,
    )


# ---------------------------------------------------------------------------
# Ranking and de-duplication
# ---------------------------------------------------------------------------


def test_sources_are_ranked_conference_location_body_html() -> None:
    links = detect_links(
        location="https://meet.jit.si/LocationRoomAbc",
        body=(
            '<p>Text link https://whereby.com/body-room and an <a href="https://8x8.vc/acme/'
            'anchor">anchor</a></p>'
        ),
        conference_url="https://meet.google.com/abc-defg-hij",
    )
    assert [(link.service, link.source) for link in links] == [
        ("meet", "conference"),
        ("jitsi", "location"),
        ("whereby", "body"),
        ("8x8", "html"),
    ]


def test_same_url_in_several_sources_is_reported_once_at_best_rank() -> None:
    url = "https://zoom.us/j/4567891234?pwd=abc"
    links = detect_links(
        location=url,
        body=f'<p>{url}</p><p><a href="{attr(url)}">{attr(url)}</a></p>',
        conference_url=url,
    )
    assert [(link.url, link.source) for link in links] == [(url, "conference")]


def test_dedupe_normalises_host_case_default_port_and_trailing_slash() -> None:
    links = detect_links(
        body=(
            "https://MEET.google.com/abc-defg-hij https://meet.google.com:443/abc-defg-hij/ "
            "https://meet.google.com/abc-defg-hij"
        )
    )
    assert [link.url for link in links] == ["https://meet.google.com/abc-defg-hij"]


def test_link_with_passcode_wins_within_a_source_even_on_another_host() -> None:
    links = detect_links(
        body="https://zoom.us/j/81234567890 then https://us02web.zoom.us/j/81234567890?pwd=Xy.1"
    )
    assert [link.url for link in links] == [
        "https://us02web.zoom.us/j/81234567890?pwd=Xy.1",
        "https://zoom.us/j/81234567890",
    ]


def test_different_meetings_keep_their_order_within_a_source() -> None:
    links = detect_links(
        body="First https://meet.jit.si/RoomOne then https://zoom.us/j/4567891234?pwd=x"
    )
    assert [link.service for link in links] == ["jitsi", "zoom"]


def test_other_links_remain_available_for_open_with_another_link() -> None:
    links = detect_links(
        body=f"Teams: {TEAMS_URL}\nOld Zoom: https://zoom.us/j/4567891234\n"
        "Dial-in page: https://zoom.us/u/abc"
    )
    assert [link.service for link in links] == ["teams", "zoom"]


# ---------------------------------------------------------------------------
# Safety
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("url", UNSAFE_URLS)
def test_unsafe_urls_fail_every_check(url: str) -> None:
    assert not is_safe_web_url(url)
    assert safe_host(url) is None
    assert link_for_url(url) is None
    assert detect_links(conference_url=url) == []
    assert detect_links(body=f'<a href="{url}">Join</a>') == []


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://zoom.us/j/1", "zoom.us"),
        ("https://ZOOM.us./j/1", "zoom.us"),
        ("http://example.com", "example.com"),
        ("https://example.com:8443/x?y#z", "example.com"),
        ("https://xn--bcher-kva.example/", "xn--bcher-kva.example"),
        ("https://192.0.2.1/path", "192.0.2.1"),
        ("https://example.com/caf\u00e9", "example.com"),
    ],
)
def test_safe_web_urls_show_the_real_host(url: str, host: str) -> None:
    assert is_safe_web_url(url)
    assert safe_host(url) == host


def test_app_schemes_are_not_web_urls() -> None:
    url = "zoommtg://zoom.us/join?action=join&confno=1234567890"
    assert link_for_url(url) is not None
    assert not is_safe_web_url(url)
    assert safe_host(url) is None
    assert {"zoommtg", "zoomus", "msteams", "ms-teams"} <= APP_SCHEMES


@pytest.mark.parametrize(
    "url",
    [
        "msteams://evil.example/l/meetup-join/19%3ameeting_abc%40thread.v2/0",
        "zoommtg://zoom.us.evil.example/join?confno=1",
        "zoommtg://zoom.us/evil?confno=1",
        "msteams:/evil",
        "ms-teams:evil",
        "zoommtg:/join?confno=1",
        "discord://discord.com/channels/1/2",
    ],
)
def test_app_scheme_urls_need_the_service_host_and_path(url: str) -> None:
    assert link_for_url(url) is None
    assert detect_links(body=url) == []


def test_anchor_display_text_and_href_are_judged_separately() -> None:
    # Display text is a real Zoom URL; the href goes somewhere else.
    body = '<a href="https://zoom.us.evil.example/j/1">https://zoom.us/j/4567891234</a>'
    links = detect_links(body=body)
    assert [(link.url, link.source) for link in links] == [("https://zoom.us/j/4567891234", "body")]


def test_safelinks_and_google_redirects_are_unwrapped() -> None:
    inner = "https://zoom.us/j/4567891234?pwd=abc"
    assert link_for_url(safelinks(inner)) == link_for_url(inner)
    assert link_for_url(google_redirect(inner)) == link_for_url(inner)
    assert link_for_url(safelinks(google_redirect(safelinks(inner)))) == link_for_url(inner)
    gcc = "https://gcc02.safelinks.protection.office365.us/?url=" + inner.replace(":", "%3A")
    assert link_for_url(gcc) is not None


def test_unwrapping_is_bounded() -> None:
    url = "https://zoom.us/j/4567891234"
    for _ in range(20):
        url = safelinks(url)
        if len(url) > 8000:
            break
    assert link_for_url(url) is None  # too deep (or too long): refused, no hang


def test_a_wrapper_without_target_is_not_a_link() -> None:
    assert link_for_url("https://eur02.safelinks.protection.outlook.com/?data=abc") is None
    assert link_for_url("https://www.google.com/url?sa=D") is None


def test_entities_are_decoded_in_hrefs_but_not_legacy_names_inside_query() -> None:
    body = '<a href="https://zoom.us/j/4567891234?pwd=a&amp;uname=x&copy=1&amp;reg=2">J</a>'
    (link,) = detect_links(body=body)
    assert link.url == "https://zoom.us/j/4567891234?pwd=a&uname=x&copy=1&reg=2"
    assert link.passcode == "a"


def test_numeric_entity_tricks_in_href_are_rejected() -> None:
    for href in ("https://zoom.us/j/1&#0;2", "https://zoom.us/j/1&#xD800;", "&#x6a;avascript:x"):
        assert detect_links(body=f'<a href="{href}">Join</a>') == []


def test_trailing_punctuation_and_parentheses() -> None:
    cases = {
        "(https://meet.jit.si/Room)": "https://meet.jit.si/Room",
        "https://meet.jit.si/Room_(team)": "https://meet.jit.si/Room_(team)",
        "https://meet.jit.si/Room_(team)).": "https://meet.jit.si/Room_(team)",
        "«\u00a0https://meet.jit.si/Salle\u00a0»": "https://meet.jit.si/Salle",
        "[https://meet.jit.si/Room]": "https://meet.jit.si/Room",
        "'https://meet.jit.si/Room'": "https://meet.jit.si/Room",
        '"https://meet.jit.si/Room"!': "https://meet.jit.si/Room",
        "https://meet.jit.si/Room?;:": "https://meet.jit.si/Room",
        "<https://meet.jit.si/Room>,": "https://meet.jit.si/Room",
        "*https://meet.jit.si/Room*": "https://meet.jit.si/Room",
    }
    for text, expected in cases.items():
        assert [link.url for link in detect_links(body=text)] == [expected], text


def test_plain_text_with_wbr_and_tags_inside_url() -> None:
    body = "<p>https://zoom.us/j/<wbr>4567891234?pwd=<wbr>abc</p>"
    (link,) = detect_links(body=body)
    assert link.url == "https://zoom.us/j/4567891234?pwd=abc"


def test_script_style_and_comments_are_not_visible_text() -> None:
    body = (
        "<html><head><title>https://meet.jit.si/InTitle</title></head><body>"
        "<style>a{}/* https://meet.jit.si/InStyle */</style>"
        "<script>var u='https://meet.jit.si/InScript'</script>"
        "<!-- https://meet.jit.si/InComment --><p>https://meet.jit.si/Visible</p></body></html>"
    )
    assert [link.url for link in detect_links(body=body)] == ["https://meet.jit.si/Visible"]
    assert "InScript" not in html_to_text(body)


def test_bare_domains_only_for_unambiguous_services() -> None:
    assert [link.url for link in detect_links(body="meet.google.com/abc-defg-hij")] == [
        "https://meet.google.com/abc-defg-hij"
    ]
    # join.me has a catch-all path: only taken with a scheme.
    assert detect_links(body="join.me/acme") == []
    assert detect_links(body="https://join.me/acme") != []


def test_non_ascii_host_in_text_is_not_a_link() -> None:
    assert detect_links(body="https://zoom.us\u3002evil/j/1") == []
    assert detect_links(body="https://z\u00f6om.us/j/1") == []


# ---------------------------------------------------------------------------
# Custom patterns
# ---------------------------------------------------------------------------


def test_custom_pattern_claims_unknown_hosts() -> None:
    acme = CustomPattern("Acme Video", r"^https://video\.acme\.example/room/")
    body = "Join: https://video.acme.example/room/42 or https://zoom.us/j/4567891234"
    links = detect_links(body=body, custom=[acme])
    assert [(link.service, link.name) for link in links] == [
        ("custom", "Acme Video"),
        ("zoom", "Zoom"),
    ]
    assert detect_links(body=body) == [links[1]]


def test_custom_pattern_matches_scheme_less_text() -> None:
    acme = CustomPattern("Acme", r"video\.acme\.example/")
    (link,) = detect_links(body="Room: video.acme.example/r/1", custom=[acme])
    assert link.url == "https://video.acme.example/r/1"


def test_builtin_service_wins_over_custom_pattern() -> None:
    everything = CustomPattern("Any", r"https://")
    (link,) = detect_links(body="https://zoom.us/j/4567891234", custom=[everything])
    assert link.service == "zoom"


@pytest.mark.parametrize(
    "url",
    [
        "https://video.acme.example@evil.example/room/1",
        "https://evil.example\\@video.acme.example/room/1",
        "javascript://video.acme.example/room/1",
        "file://video.acme.example/room/1",
        "https://video.acme.example/room/\u202e1",
    ],
)
def test_custom_pattern_matches_still_pass_safety_checks(url: str) -> None:
    acme = CustomPattern("Acme", r"video\.acme\.example")
    assert detect_links(body=f"Join {url}", custom=[acme]) == []
    assert detect_links(body=f'<a href="{url}">Join</a>', custom=[acme]) == []


@pytest.mark.parametrize(
    ("name", "regex", "message"),
    [
        ("Acme", "(unclosed", "not a valid regular expression"),
        ("Acme", "[z-a]", "not a valid regular expression"),
        ("Acme", "", "empty"),
        ("", "acme", "needs a name"),
        ("Acme", "x*", "matches empty text"),
        ("Acme", "(a+)+$", "exponential"),
        ("Acme", r"(\w*)*", "exponential"),
        ("Acme", "(?:x{2,})+", "exponential"),
        ("Acme", "a" * 501, "longer than"),
    ],
)
def test_invalid_custom_patterns_raise_clear_errors(name: str, regex: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        CustomPattern(name, regex)


def test_simple_custom_patterns_are_accepted() -> None:
    for regex in (r"https://meet\.acme\.example/", r"vc\.acme\.(com|net)/[a-z]+", r"(ab)+c"):
        assert CustomPattern("Acme", regex).compiled.pattern == regex


# ---------------------------------------------------------------------------
# Meeting id and passcode in text
# ---------------------------------------------------------------------------


def _zoom_link(meeting_id: str | None = "81234567890", passcode: str | None = None) -> MeetingLink:
    return MeetingLink(
        "zoom", "Zoom", "https://zoom.us/j/81234567890", "body", meeting_id, passcode
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meeting ID: 812 3456 7890\nPasscode: abc123", ("812 3456 7890", "abc123")),
        ("ID de réunion : 812 3456 7890\nCode secret : 99xx", ("812 3456 7890", "99xx")),
        ("ID de la réunion : 812 3456 7890\nCode secret : 99xx", ("812 3456 7890", "99xx")),
        ("Vergadering-ID: 812 3456 7890\nToegangscode: 4711", ("812 3456 7890", "4711")),
        # Zoom's Dutch invitation writes "Vergader-ID" (a bug fixed: it was
        # not read, so the unspaced id from the link was offered instead).
        ("Vergader-ID: 812 3456 7890\nToegangscode: 4711", ("812 3456 7890", "4711")),
        ("Vergaderings-ID: 812 3456 7890\nWachtwoordcode: 4711", ("812 3456 7890", "4711")),
        ("Webinar-ID: 812 3456 7890\nToegangscode: 4711", ("812 3456 7890", "4711")),
        ("Meeting-ID: 81234567890\nPassword: hunter2.", ("81234567890", "hunter2")),
        ("MEETING ID:812 3456 7890 PASSCODE:zz9", ("812 3456 7890", "zz9")),
        ("Passcode:\n  555111", ("81234567890", "555111")),
        ("no labels here", ("81234567890", None)),
    ],
)
def test_extract_labels_in_three_languages(text: str, expected: tuple[str, str | None]) -> None:
    assert extract_meeting_id_and_passcode(text, _zoom_link()) == expected


def test_extract_uses_the_block_of_the_links_own_meeting() -> None:
    text = (
        "OLD: Meeting ID: 111 222 3333 Passcode: old\n"
        "NEW: Meeting ID: 812 3456 7890 Passcode: new\n"
    )
    assert extract_meeting_id_and_passcode(text, _zoom_link()) == ("812 3456 7890", "new")
    # No matching block: keep what the link itself says.
    other = "Meeting ID: 999 888 7777\nPasscode: zzz"
    assert extract_meeting_id_and_passcode(other, _zoom_link(passcode="tok")) == (
        "81234567890",
        "tok",
    )


def test_extract_without_id_in_link_takes_first_block() -> None:
    link = MeetingLink("webex", "Cisco Webex", "https://acme.webex.com/meet/x", "body")
    text = "Meeting number (access code): 2634 123 4567\nMeeting password: Xy7\n"
    assert extract_meeting_id_and_passcode(text, link) == ("2634 123 4567", "Xy7")
    assert extract_meeting_id_and_passcode("", link) == (None, None)
    assert extract_meeting_id_and_passcode("Passcode: 42", link) == (None, "42")


def test_extract_reads_html() -> None:
    html_text = "<p>Meeting ID: <b>812 3456 7890</b></p><p>Passcode:&nbsp;<span>k9</span></p>"
    assert extract_meeting_id_and_passcode(html_text, _zoom_link()) == ("812 3456 7890", "k9")


# ---------------------------------------------------------------------------
# Robustness and cost
# ---------------------------------------------------------------------------

ADVERSARIAL_1MB = {
    "slashes": "/" * 1_000_000,
    "dots": "a." * 500_000,
    "letters": "a" * 1_000_000,
    "parens": "https://zoom.us/j/1" + ")" * 999_981,
    "schemes": "https://" * 125_000,
    "hosts": ("x." * 60 + "com/ ") * 8_000,
    "tags": "<a " * 333_333,
    "hrefs": '<a href="' * 111_111,
    "comments": "<!--" * 249_999 + "-->",
    "entities": "&amp;/" * 166_666,
    "labels": "Meeting ID: " * 83_333,
    "colons": "a:" * 500_000,
    "distinct-urls": "".join(f"https://zoom.us/j/{i:010d} " for i in range(33_000)),
    "zoom-paths": "zoom.us/j/" * 100_000,
    "zoom-paths-spaced": "zoom.us/j/1 " * 84_000,
    "nested-tags": "<div><span><b>" * 70_000 + "</b></span></div>" * 10_000,
    "unterminated-tags": "<p class='x" * 100_000,
    "unterminated-anchors": '<a href="https://zoom.us/j/1' * 35_000,
    "unclosed-script": "<p>x</p><script>" + "https://meet.jit.si/Hidden " * 38_000,
    "slash-entities": "&#x2F;" * 100_000 + "https:&#x2F;&#x2F;" * 25_000,
    "named-entities": "&lt;&gt;&nbsp;&quot;&sol;" * 40_000,
    "safelinks": (
        "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fzoom.us%2Fj%2F1 "
        * 12_000
    ),
    "lookalikes": "https://zoom.us.evil.example/j/4567891234 " * 24_000,
}


_BUDGET_EXHAUSTING = frozenset(
    {"distinct-urls", "zoom-paths-spaced", "unterminated-anchors", "safelinks", "lookalikes"}
)
_JUNK_LINKS = {"https://zoom.us/j/1", *(f"https://zoom.us/j/{i:010d}" for i in range(33_000))}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL_1MB))
def test_one_megabyte_adversarial_bodies(name: str) -> None:
    """No timing asserts (see benchmarks); the algorithm is linear by design.

    A real link placed after the junk is still found unless the junk
    exhausts the token budget, which only the distinct-URL flood does.
    """
    junk = ADVERSARIAL_1MB[name]
    assert len(junk) >= 950_000
    real = "https://meet.google.com/abc-defg-hij"
    links = detect_links(location=junk, body=junk + "\n" + real)
    urls = [link.url for link in links]
    assert all(_acceptable(url) for url in urls)
    assert len(links) <= MAX_CANDIDATES
    if name in _BUDGET_EXHAUSTING:
        # More than MAX_URL_TOKENS URL-like tokens: scanning stops there, so
        # only links from the junk itself (if any) come back.
        assert set(urls) <= _JUNK_LINKS
    elif name == "unclosed-script":
        # In the body an unclosed <script> hides the rest; the location is text.
        assert urls == ["https://meet.jit.si/Hidden"]
    else:
        assert real in urls
        assert set(urls) <= _JUNK_LINKS | {real}
    # Junk in the body never displaces a link from a better source.
    assert detect_links(location=real, body=junk)[0].url == real
    mid, _ = extract_meeting_id_and_passcode(junk, _zoom_link())
    assert mid is None or len(mid) <= 64


@pytest.mark.parametrize("name", sorted(ADVERSARIAL_1MB))
def test_adversarial_work_is_bounded(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Count the module's own units of work: tokens cut out of the text, and
    candidates resolved (parsed, unwrapped, classified)."""
    from desktop.conferencing import links as module

    tokens = 0
    resolved = 0
    real_tokens, real_resolve = module._url_tokens, module._resolve

    def counting_tokens(text: str) -> Iterator[tuple[str, str]]:
        nonlocal tokens
        for item in real_tokens(text):
            tokens += 1
            yield item

    def counting_resolve(candidate: str) -> object:
        nonlocal resolved
        resolved += 1
        return real_resolve(candidate)

    monkeypatch.setattr(module, "_url_tokens", counting_tokens)
    monkeypatch.setattr(module, "_resolve", counting_resolve)
    junk = ADVERSARIAL_1MB[name]
    detect_links(location=junk, body=junk)
    # Two fields scanned (location, body text): each cut at MAX_URL_TOKENS.
    assert tokens <= 2 * MAX_URL_TOKENS
    # Each distinct candidate is resolved once per source, within the budget.
    assert resolved <= MAX_CANDIDATES


def test_huge_single_token_is_ignored() -> None:
    assert detect_links(body="https://zoom.us/j/" + "1" * 1_000_000) == []


_URLISH = st.sampled_from(
    [
        # Hosts and host pieces: real service domains, look-alike endings.
        *sorted({domain for service in SERVICES for domain in service.domains})[::4],
        "zoom.us",
        "teams.microsoft.com",
        ".evil.example",
        "-us.com",
        "xn--zm-ikca",
        "/l/meetup-join/19%3ameeting_a%40thread.v2/0",
        "/meet/123456789",
        "/rooms/",
        "&#x2F;",
        "&#47;",
        "<!--",
        "-->",
        "<script>",
        "https://",
        "http://",
        "zoommtg://",
        "msteams:/",
        "zoom.us/j/",
        "meet.google.com/",
        "abc-defg-hij",
        "@",
        "\\",
        "%2e",
        "&amp;",
        "&#0;",
        '<a href="',
        '">',
        "</a>",
        "?pwd=",
        "#",
        ".",
        "/",
        " ",
        "\n",
        "\u202e",
        "\u043e",
        "safelinks.protection.outlook.com/?url=",
        "javascript:",
        "Meeting ID: ",
        "Passcode: ",
        "(",
        ")",
    ]
)
_TEXT = st.lists(st.one_of(_URLISH, st.text(max_size=8)), max_size=40).map("".join)


def _assert_within_service(link: MeetingLink) -> None:
    """The link's scheme is https or its service's app scheme, and its host
    is one of the service's domains or a subdomain of one."""
    service = SERVICES_BY_ID[link.service]
    parts = urlsplit(link.url)
    assert parts.scheme == "https" or parts.scheme in service.app_schemes, link
    if parts.scheme == "https":
        assert safe_host(link.url) == parts.hostname, link
    elif not parts.netloc:
        assert parts.scheme in ("msteams", "ms-teams"), link  # msteams:/l/meetup-join/...
        return
    host = parts.hostname or ""
    assert host == host.lower() and host.isascii(), link
    assert any(host == d or host.endswith("." + d) for d in service.domains), link


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(location=_TEXT, body=_TEXT, conference=st.one_of(st.none(), _TEXT))
def test_detect_links_never_raises_and_only_returns_safe_urls(
    location: str, body: str, conference: str | None
) -> None:
    links = detect_links(location, body, conference)
    for link in links:
        assert _acceptable(link.url), link
        assert link.service in SERVICES_BY_ID
        _assert_within_service(link)
        assert link.source in ("conference", "location", "body", "html")
        # Re-classifying the canonical URL gives the same service.
        again = link_for_url(link.url)
        assert again is not None and again.service == link.service
        extract_meeting_id_and_passcode(body, link)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_url_checks_never_raise(text: str) -> None:
    if is_safe_web_url(text):
        host = safe_host(text)
        assert host is not None and host.isascii()
        assert not re.search(r"[\s\\@]", host)
    else:
        assert safe_host(text) is None
    link_for_url(text)
