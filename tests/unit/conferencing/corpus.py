"""Realistic invitation texts and per-service example URLs for link detection.

Shapes follow what Outlook/Teams, Google Calendar, Zoom, Webex and GoTo put in
event bodies (English, French, Dutch; plain text and HTML). Identifiers,
tenants and passcodes are made up.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote

_LANG_RE = re.compile(r"(?:^|-)(en|fr|nl)(?:-|$)")
# A tag ("<p>", "<o:p>", "<!--"), not Outlook's "text<https://...>".
_HTML_RE = re.compile(r"<(?:/?[A-Za-z][A-Za-z0-9-]*(?::[A-Za-z][A-Za-z0-9-]*)?[\s/>]|!--)")


@dataclass(frozen=True)
class Case:
    id: str
    body: str = ""
    location: str = ""
    conference_url: str | None = None
    # Expected best link; service None means "no link at all".
    service: str | None = None
    url: str | None = None
    # Expected extract_meeting_id_and_passcode(body, best link), when checked.
    meeting_id: str | None = None
    passcode: str | None = None
    check_details: bool = False
    # When given: every link detect_links must return, best first.
    urls: tuple[str, ...] | None = None

    @property
    def lang(self) -> str:
        """Language of the invitation text: the "-fr-"/"-nl-" tag in the id, else English."""
        match = _LANG_RE.search(self.id)
        return match.group(1) if match else "en"

    @property
    def fmt(self) -> str:
        """Format of the body: "html" or "text"."""
        return "html" if _HTML_RE.search(self.body) else "text"

    @property
    def origin(self) -> str:
        """Which product wrote the shape: outlook, google, zoom or other."""
        for prefix, origin in (
            ("zoom", "zoom"),
            ("teams", "outlook"),
            ("outlook", "outlook"),
            ("meet", "google"),
            ("google", "google"),
        ):
            if self.id.startswith(prefix):
                return origin
        return "other"


# ---------------------------------------------------------------------------
# Building blocks
# ---------------------------------------------------------------------------

TEAMS_URL = (
    "https://teams.microsoft.com/l/meetup-join/"
    "19%3ameeting_NjJkZTk3MjAtNGJkNy00YjFhLWE2NDQtOGM1ZTk2YzU2ZWE1%40thread.v2/0"
    "?context=%7b%22Tid%22%3a%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%2c"
    "%22Oid%22%3a%22d2a8c9b2-3f4e-4f5a-9c1d-7e6b5a4c3d2e%22%7d"
)
TEAMS_URL_2 = (
    "https://teams.microsoft.com/l/meetup-join/"
    "19%3ameeting_ZTk3MjAtNGJkNy00YjFhLWE2NDQtOGM1ZTk2YzU2ZWE1Nj%40thread.v2/0"
    "?context=%7b%22Tid%22%3a%22a1b2c3d4-0000-4000-8000-123456789abc%22%2c"
    "%22Oid%22%3a%2211111111-2222-3333-4444-555555555555%22%7d"
)
TEAMS_NEW_URL = "https://teams.microsoft.com/meet/37954312345678?p=3rKbqEXyZ"
TEAMS_OPTIONS = (
    "https://teams.microsoft.com/meetingOptions/?organizerId=d2a8c9b2-3f4e-4f5a-9c1d-7e6b5a4c3d2e"
    "&tenantId=72f988bf-86f1-41af-91ab-2d7cd011db47"
    "&threadId=19_meeting_NjJkZTk3MjAtNGJkNy00YjFh@thread.v2&messageId=0&language=en-US"
)


def safelinks(url: str, region: str = "eur02") -> str:
    return (
        f"https://{region}.safelinks.protection.outlook.com/?url={quote(url, safe='')}"
        "&data=05%7C02%7Cjan.devries%40example.nl%7C0a1b2c3d4e5f%7C72f988bf86f1%7C0%7C0"
        "%7C638765432109876543%7CUnknown%7CTWFpbGZsb3d8eyJWIjoiMC4wLjAwMDAifQ%3D%3D"
        "&sdata=Xk2%2BfQ1yL0mZ9pR7aVb3cD4eF5gH6iJ7kL8mN9oP0qR%3D&reserved=0"
    )


def google_redirect(url: str) -> str:
    return (
        f"https://www.google.com/url?q={quote(url, safe='')}"
        "&sa=D&source=calendar&usd=2&usg=AOvVaw0Zx1Yk2Lm3Nn4Oo5Pp6Qq7"
    )


def attr(url: str) -> str:
    """A URL as Outlook/Google write it inside an HTML attribute."""
    return url.replace("&", "&amp;")


ZOOM_TEXT = {
    "en": (
        "{host} is inviting you to a scheduled Zoom meeting.\n\n"
        "Topic: Weekly product sync\n"
        "Time: Mar 4, 2025 10:00 AM Amsterdam, Berlin, Rome, Stockholm, Vienna\n\n"
        "Join Zoom Meeting\n{url}\n\n"
        "Meeting ID: {spaced}\nPasscode: {pw}\n\n---\n\n"
        "One tap mobile\n"
        "+31207219638,,{mid}#,,,,*{pw}# Netherlands\n"
        "+16465588656,,{mid}#,,,,*{pw}# US (New York)\n\n---\n\n"
        "Dial by your location\n"
        "\u2022 +31 20 794 0854 Netherlands\n"
        "\u2022 +1 646 558 8656 US (New York)\n\n"
        "Meeting ID: {spaced}\nPasscode: {pw}\n\n"
        "Find your local number: https://{host_name}/u/kbZ3xQ7Pq\n\n"
        "Join by SIP\n\u2022 {mid}@zoomcrc.com\n"
    ),
    "fr": (
        "{host} vous invite à une réunion Zoom planifiée.\n\n"
        "Sujet : Point hebdomadaire\n"
        "Heure : 4 mars 2025 10:00 AM Paris\n\n"
        "Participer à la réunion Zoom\n{url}\n\n"
        "ID de réunion : {spaced}\nCode secret : {pw}\n\n---\n\n"
        "Une seule touche sur l\u2019appareil mobile\n"
        "+33170379729,,{mid}#,,,,*{pw}# France\n\n---\n\n"
        "Composez le numéro en fonction de votre emplacement\n"
        "\u2022 +33 1 7037 2246 France\n\n"
        "ID de réunion : {spaced}\nCode secret : {pw}\n\n"
        "Trouvez votre numéro local : https://{host_name}/u/kdJqvL8mW\n"
    ),
    "nl": (
        "{host} nodigt u uit voor een geplande Zoom-vergadering.\n\n"
        "Onderwerp: Teamoverleg\n"
        "Tijd: 4 mrt. 2025 10:00 AM Amsterdam\n\n"
        "Zoom-vergadering bijwonen\n{url}\n\n"
        "Vergader-ID: {spaced}\nToegangscode: {pw}\n\n---\n\n"
        "Snelkiezen mobiel\n"
        "+31207219638,,{mid}#,,,,*{pw}# Nederland\n\n---\n\n"
        "Kiezen op basis van uw locatie\n"
        "\u2022 +31 20 241 0288 Nederland\n\n"
        "Uw lokale nummer zoeken: https://{host_name}/u/ab7Cd9EfG\n"
    ),
}


def zoom_text(lang: str, host_name: str, mid: str, spaced: str, pw: str, token: str) -> str:
    url = f"https://{host_name}/j/{mid}?pwd={token}"
    return ZOOM_TEXT[lang].format(
        host="Anna de Wit", url=url, spaced=spaced, pw=pw, mid=mid, host_name=host_name
    )


def zoom_html(
    lang: str,
    host_name: str,
    mid: str,
    spaced: str,
    pw: str,
    token: str,
    *,
    wrap: Callable[[str], str] | None = None,
) -> str:
    """Zoom text pasted into Outlook: paragraphs, anchors around the links.

    ``wrap`` rewrites the anchor's href as a mail filter does (SafeLinks); the
    visible text keeps the original URL, as in a received Outlook message.
    """
    url = f"https://{host_name}/j/{mid}?pwd={token}"
    href = wrap(url) if wrap is not None else url
    text = zoom_text(lang, host_name, mid, spaced, pw, token)
    paragraphs = []
    for line in text.split("\n"):
        escaped = line.replace("&", "&amp;").replace("<", "&lt;")
        if line == url:
            escaped = f'<a href="{attr(href)}">{attr(url)}</a>'
        paragraphs.append(f'<p class="MsoNormal"><span lang="{lang}">{escaped}</span></p>')
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        "<style><!-- p.MsoNormal {margin:0cm; font-family:Calibri,sans-serif;} --></style>"
        '</head><body lang="EN-US" link="#0563C1"><div class="WordSection1">'
        + "\n".join(paragraphs)
        + "</div></body></html>"
    )


TEAMS_LABELS = {
    "en": (
        "Microsoft Teams meeting",
        "Join on your computer, mobile app or room device",
        "Click here to join the meeting",
        "Meeting ID:",
        "Passcode:",
        "Download Teams",
        "Join on the web",
        "Learn More",
        "Meeting options",
    ),
    "fr": (
        "Réunion Microsoft Teams",
        "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
        "Cliquez ici pour participer à la réunion",
        "ID de la réunion :",
        "Code secret :",
        "Télécharger Teams",
        "Rejoindre sur le web",
        "En savoir plus",
        "Options de réunion",
    ),
    "nl": (
        "Microsoft Teams-vergadering",
        "Deelnemen op uw computer, mobiele app of ruimteapparaat",
        "Klik hier om deel te nemen aan de vergadering",
        "Vergadering-id:",
        "Wachtwoordcode:",
        "Teams downloaden",
        "Deelnemen op internet",
        "Meer informatie",
        "Vergaderingsopties",
    ),
}


def teams_html(lang: str, join_href: str, mid: str = "379 543 123 456", pw: str = "3rKbqE") -> str:
    title, sub, join, id_label, pw_label, download, web, learn, options = TEAMS_LABELS[lang]
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        "<style>.me-email-text{color:#242424}</style></head><body>"
        '<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36;">'
        "________________________________________________________________________________"
        "</span></div>"
        f'<div class="me-email-text" lang="{lang}" style="color:#252424;'
        "font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif;\">"
        f'<div style="margin-top:24px;margin-bottom:20px;"><span style="font-size:24px;">{title}'
        "</span></div>"
        f'<div style="margin-bottom:20px;"><div style="font-weight:bold"><span>{sub}</span></div>'
        '<a class="me-email-headline" style="font-size:14px;text-decoration:underline;'
        f'color:#6264a7;" href="{attr(join_href)}" target="_blank" '
        f'rel="noreferrer noopener">{join}</a></div>'
        '<div style="margin-bottom:20px;margin-top:20px"><div style="margin-bottom:4px">'
        f'<span data-tid="meeting-code" style="font-size:14px;">{id_label} '
        f'<span style="font-size:16px;">{mid}</span></span><br>'
        f'<span style="font-size:14px;">{pw_label} </span>'
        f'<span style="font-size:16px;">{pw}</span></div>'
        '<div style="font-size:14px;"><a class="me-email-link" style="color:#6264a7;" '
        'href="https://www.microsoft.com/en-us/microsoft-teams/download-app" '
        f'target="_blank" rel="noreferrer noopener">{download}</a> | '
        '<a class="me-email-link" style="color:#6264a7;" '
        'href="https://www.microsoft.com/microsoft-teams/join-a-meeting" '
        f'target="_blank" rel="noreferrer noopener">{web}</a></div></div>'
        '<div style="margin-bottom:24px;margin-top:20px;">'
        '<a class="me-email-link" href="https://aka.ms/JoinTeamsMeeting?omkt=en-US">'
        f"{learn}</a> | "
        f'<a class="me-email-link" href="{attr(TEAMS_OPTIONS)}">{options}</a></div>'
        '<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36;">'
        "________________________________________________________________________________"
        "</span></div></div></body></html>"
    )


def teams_text(lang: str, join_href: str, mid: str = "379 543 123 456", pw: str = "3rKbqE") -> str:
    """Outlook's plain-text rendering: link text followed by <url>."""
    title, sub, join, id_label, pw_label, download, web, learn, options = TEAMS_LABELS[lang]
    rule = "_" * 80
    return (
        f"{rule}\n{title}\n{sub}\n{join}<{join_href}>\n"
        f"{id_label} {mid}\n{pw_label} {pw}\n"
        f"{download}<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
        f"{web}<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
        f"{learn}<https://aka.ms/JoinTeamsMeeting?omkt=en-US> | {options}<{TEAMS_OPTIONS}>\n"
        f"{rule}\n"
    )


MEET_BLOCK = {
    "en": (
        "Join with Google Meet: {url}\n"
        "Or dial: (US) +1 650-555-0123 PIN: 123 456 789#\n"
        "More phone numbers: https://tel.meet/{code}?pin=1234567890123&hs=1\n"
        "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
        "Please do not edit this section."
    ),
    "fr": (
        "Participer avec Google Meet : {url}\n"
        "Ou appeler le : (FR) +33 1 23 45 67 89 Code : 123 456 789#\n"
        "Autres numéros de téléphone : https://tel.meet/{code}?pin=1234567890123&hs=1\n"
        "En savoir plus sur Meet : https://support.google.com/a/users/answer/9282720\n\n"
        "Veuillez ne pas modifier cette section."
    ),
    "nl": (
        "Deelnemen met Google Meet: {url}\n"
        "Of bellen: (NL) +31 20 123 4567 pincode: 123 456 789#\n"
        "Meer telefoonnummers: https://tel.meet/{code}?pin=1234567890123&hs=1\n"
        "Meer informatie over Meet: https://support.google.com/a/users/answer/9282720\n\n"
        "Bewerk dit gedeelte niet."
    ),
}
MEET_RULE = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"


def meet_text(lang: str, code: str, *, scheme: bool = True, agenda: str = "") -> str:
    url = f"https://meet.google.com/{code}" if scheme else f"meet.google.com/{code}"
    block = MEET_BLOCK[lang].format(url=url, code=code)
    return f"{agenda}\n\n{MEET_RULE}\n{block}\n{MEET_RULE}\n"


def meet_html(lang: str, code: str) -> str:
    """Google Calendar's HTML description: redirect-wrapped anchors."""
    url = f"https://meet.google.com/{code}"
    label = {"en": "Join with Google Meet", "fr": "Participer avec Google Meet"}.get(
        lang, "Deelnemen met Google Meet"
    )
    return (
        f"<span>{MEET_RULE}</span><br>"
        f'<b>{label}</b>: <a href="{attr(google_redirect(url))}" target="_blank">'
        f"meet.google.com/{code}</a><br>"
        '<a href="https://www.google.com/url?q=https%3A%2F%2Fsupport.google.com%2Fa%2Fusers'
        '%2Fanswer%2F9282720&amp;sa=D&amp;source=calendar&amp;usg=AOvVaw1">Learn more</a><br>'
        f"<span>{MEET_RULE}</span>"
    )


WEBEX_TEXT = {
    "en": (
        "Jane Smith is inviting you to a scheduled Webex meeting.\n\n"
        "When it's time, join the Webex meeting here.\n\n"
        "Meeting number (access code): 2634 123 4567\n"
        "Meeting password: Xy7pQr2Wm3k (99770792 from phones and video systems)\n\n"
        "Join meeting\n{url}\n\n"
        "Join by phone\n+1-415-655-0001 United States Toll\n\n"
        "Join by video system\nDial 26341234567@acme.webex.com\n"
        "You can also dial 173.243.2.68 and enter your meeting number.\n\n"
        "Need help? Go to https://help.webex.com\n"
    ),
    "fr": (
        "Jeanne Martin vous invite à une réunion Webex programmée.\n\n"
        "Lorsque c’est l’heure, rejoignez la réunion Webex ici.\n\n"
        "Numéro de la réunion (code d’accès) : 2634 123 4567\n"
        "Mot de passe de la réunion : Xy7pQr2Wm3k (99770792 à partir des téléphones)\n\n"
        "Rejoindre la réunion\n{url}\n\n"
        "Rejoindre par téléphone\n+33-1-7091-8646 France Toll\n\n"
        "Besoin d’aide ? Allez sur https://help.webex.com\n"
    ),
    "nl": (
        "Johan Bakker nodigt u uit voor een geplande Webex-vergadering.\n\n"
        "Neem deel aan de Webex-vergadering wanneer het zover is.\n\n"
        "Vergaderingnummer (toegangscode): 2634 123 4567\n"
        "Vergaderingswachtwoord: Xy7pQr2Wm3k (99770792 vanaf telefoons)\n\n"
        "Deelnemen aan vergadering\n{url}\n\n"
        "Deelnemen via telefoon\n+31-20-721-9251 Netherlands Toll\n\n"
        "Hulp nodig? Ga naar https://help.webex.com\n"
    ),
}
WEBEX_URL = "https://acme.webex.com/acme/j.php?MTID=m0a1b2c3d4e5f60718293a4b5c6d7e8f9"

GOTO_TEXT = {
    "en": (
        "Quarterly review\nTue, Mar 4, 2025 10:00 AM - 11:00 AM (CET)\n\n"
        "Please join my meeting from your computer, tablet or smartphone.\n{url}\n\n"
        "You can also dial in using your phone.\n(For supported devices, tap a one-touch "
        "number below to join instantly.)\n\n"
        "United States: +1 (872) 240-3212\n- One-touch: tel:+18722403212,,123456789#\n\n"
        "Access Code: 123-456-789\n\n"
        "Get the app now and be ready when your first meeting starts:\n"
        "https://meet.goto.com/install\n"
    ),
    "fr": (
        "Revue trimestrielle\nmar. 4 mars 2025 10:00 - 11:00 (CET)\n\n"
        "Participez à ma réunion depuis votre ordinateur, tablette ou smartphone.\n{url}\n\n"
        "Vous pouvez aussi appeler à l’aide de votre téléphone.\n"
        "France: +33 170 950 590\n\nCode d’accès: 123-456-789\n\n"
        "Téléchargez l’application dès maintenant : https://meet.goto.com/install\n"
    ),
    "nl": (
        "Kwartaalreview\ndi 4 mrt. 2025 10:00 - 11:00 (CET)\n\n"
        "Neem deel aan mijn vergadering vanaf uw computer, tablet of smartphone.\n{url}\n\n"
        "U kunt ook inbellen met uw telefoon.\nNederland: +31 207 941 375\n\n"
        "Toegangscode: 123-456-789\n\n"
        "Download de app nu: https://meet.goto.com/install\n"
    ),
}


# ---------------------------------------------------------------------------
# The corpus
# ---------------------------------------------------------------------------

CORPUS: list[Case] = []

# --- Zoom: three languages x hosts, plain and HTML --------------------------
_ZOOM_VARIANTS = [
    ("us02web.zoom.us", "81234567890", "812 3456 7890", "482913", "Q2xhc3NpY1Bhc3MxMjM.1"),
    ("acme.zoom.us", "93512345678", "935 1234 5678", "Tr4in!ng", "dXBkYXRlZFRva2VuMDA5.1"),
    ("zoom.us", "4567891234", "456 789 1234", "771204", "WmF5Q2xvdWQ5OTk"),
    ("acme-corp.zoom.com", "87654321098", "876 5432 1098", "s3cret", "bmV3ZG9tYWluMTIz.1"),
    ("zoom.com", "85512345678", "855 1234 5678", "9q8w7e", "Wm9vbUNvbVRva2Vu.1"),
]
for lang in ("en", "fr", "nl"):
    for n, (host_name, mid, spaced, pw, token) in enumerate(_ZOOM_VARIANTS):
        url = f"https://{host_name}/j/{mid}?pwd={token}"
        CORPUS.append(
            Case(
                f"zoom-{lang}-text-{n}",
                body=zoom_text(lang, host_name, mid, spaced, pw, token),
                service="zoom",
                url=url,
                meeting_id=spaced,
                passcode=pw,
                check_details=True,
            )
        )
    host_name, mid, spaced, pw, token = _ZOOM_VARIANTS[0]
    CORPUS.append(
        Case(
            f"zoom-{lang}-html",
            body=zoom_html(lang, host_name, mid, spaced, pw, token),
            service="zoom",
            url=f"https://{host_name}/j/{mid}?pwd={token}",
            meeting_id=spaced,
            passcode=pw,
            check_details=True,
        )
    )

CORPUS += [
    Case(
        "zoom-location-only",
        location="https://acme.zoom.us/j/93512345678?pwd=dXBkYXRlZFRva2VuMDA5.1",
        body="Agenda:\n1. Roadmap\n2. Hiring",
        service="zoom",
        url="https://acme.zoom.us/j/93512345678?pwd=dXBkYXRlZFRva2VuMDA5.1",
    ),
    Case(
        "zoom-personal-room",
        body="Join my personal room any time: https://acme.zoom.us/my/anna.dewit.",
        service="zoom",
        url="https://acme.zoom.us/my/anna.dewit",
    ),
    Case(
        "zoom-webinar",
        body=(
            "Hi there,\n\nYou are invited to a Zoom webinar.\nWhen: Mar 4, 2025 05:00 PM "
            "Paris\nTopic: Launch\n\nPlease click the link below to join the webinar:\n"
            "https://us06web.zoom.us/w/86123456789?tk=Ab12Cd34Ef56.DQMAAAAUDr0x&pwd=bGF1bmNo\n"
            "Passcode: launch\n\nWebinar ID: 861 2345 6789\n"
        ),
        service="zoom",
        url="https://us06web.zoom.us/w/86123456789?tk=Ab12Cd34Ef56.DQMAAAAUDr0x&pwd=bGF1bmNo",
        meeting_id="861 2345 6789",
        passcode="launch",
        check_details=True,
    ),
    Case(
        "zoom-no-scheme-in-text",
        body="Zoom: zoom.us/j/4567891234 (passcode 771204)",
        service="zoom",
        url="https://zoom.us/j/4567891234",
    ),
    Case(
        "zoomgov-invitation",
        body=(
            "Agency Staff is inviting you to a scheduled ZoomGov meeting.\n\n"
            "Join ZoomGov Meeting\nhttps://acme.zoomgov.com/j/1612345678?pwd=R292VG9rZW4x\n\n"
            "Meeting ID: 161 234 5678\nPasscode: 990011\n"
        ),
        service="zoomgov",
        url="https://acme.zoomgov.com/j/1612345678?pwd=R292VG9rZW4x",
        meeting_id="161 234 5678",
        passcode="990011",
        check_details=True,
    ),
    Case(
        "zoom-amp-entities-in-plain-text",
        body="Join: https://zoom.us/j/4567891234?pwd=WmF5&amp;uname=Anna",
        service="zoom",
        url="https://zoom.us/j/4567891234?pwd=WmF5&uname=Anna",
    ),
]

# --- Teams: three languages x (HTML, plain text) x (direct, SafeLinks) -------
for lang in ("en", "fr", "nl"):
    for wrap in ("direct", "safelinks"):
        href = TEAMS_URL if wrap == "direct" else safelinks(TEAMS_URL)
        CORPUS.append(
            Case(
                f"teams-{lang}-html-{wrap}",
                body=teams_html(lang, href),
                location="Microsoft Teams Meeting",
                service="teams",
                url=TEAMS_URL,
                meeting_id="379 543 123 456",
                passcode="3rKbqE",
                check_details=True,
            )
        )
        CORPUS.append(
            Case(
                f"teams-{lang}-text-{wrap}",
                body=teams_text(lang, href),
                location="Microsoft Teams Meeting",
                service="teams",
                url=TEAMS_URL,
                meeting_id="379 543 123 456",
                passcode="3rKbqE",
                check_details=True,
            )
        )

CORPUS += [
    Case(
        "teams-new-meet-link",
        body=teams_html("en", TEAMS_NEW_URL, mid="379 543 123 456 78", pw="3rKbqEXyZ"),
        service="teams",
        url=TEAMS_NEW_URL,
        meeting_id="37954312345678",
        passcode="3rKbqEXyZ",
        check_details=False,
    ),
    Case(
        "teams-conference-url",
        conference_url=TEAMS_URL,
        location="Microsoft Teams Meeting",
        body=teams_text("en", TEAMS_URL),
        service="teams",
        url=TEAMS_URL,
    ),
    Case(
        "teams-live-personal",
        body="Join my Teams meeting: https://teams.live.com/meet/9312345678901?p=XyZ123abc",
        service="teams",
        url="https://teams.live.com/meet/9312345678901?p=XyZ123abc",
    ),
    Case(
        "teams-gcc-high",
        body=teams_text(
            "en",
            "https://gov.teams.microsoft.us/l/meetup-join/19%3ameeting_R292%40thread.v2/0"
            "?context=%7b%22Tid%22%3a%22abc%22%7d",
        ),
        service="teams",
        url="https://gov.teams.microsoft.us/l/meetup-join/19%3ameeting_R292%40thread.v2/0"
        "?context=%7b%22Tid%22%3a%22abc%22%7d",
    ),
    Case(
        "teams-dod",
        body="Join: https://dod.teams.microsoft.us/l/meetup-join/19%3ameeting_RG9E%40thread.v2/0",
        service="teams",
        url="https://dod.teams.microsoft.us/l/meetup-join/19%3ameeting_RG9E%40thread.v2/0",
    ),
    Case(
        "teams-double-safelinks",
        body=f'<p><a href="{attr(safelinks(safelinks(TEAMS_URL), "nam12"))}">Join</a></p>',
        service="teams",
        url=TEAMS_URL,
    ),
]

# --- Google Meet: three languages x (text, HTML, no scheme, conference) -----
for lang in ("en", "fr", "nl"):
    CORPUS += [
        Case(
            f"meet-{lang}-text",
            body=meet_text(lang, "abc-defg-hij", agenda="Sprint planning"),
            service="meet",
            url="https://meet.google.com/abc-defg-hij",
            meeting_id="abc-defg-hij",
            passcode=None,
            check_details=True,
        ),
        Case(
            f"meet-{lang}-html",
            body=meet_html(lang, "xyz-abcd-efg"),
            service="meet",
            url="https://meet.google.com/xyz-abcd-efg",
        ),
        Case(
            f"meet-{lang}-no-scheme",
            body=meet_text(lang, "kmn-opqr-stu", scheme=False),
            service="meet",
            url="https://meet.google.com/kmn-opqr-stu",
        ),
        Case(
            f"meet-{lang}-conference",
            conference_url="https://meet.google.com/rst-uvwx-yza",
            body=meet_text(lang, "rst-uvwx-yza"),
            service="meet",
            url="https://meet.google.com/rst-uvwx-yza",
        ),
    ]

# --- Webex, GoTo -------------------------------------------------------------
for lang in ("en", "fr", "nl"):
    CORPUS.append(
        Case(
            f"webex-{lang}-text",
            body=WEBEX_TEXT[lang].format(url=WEBEX_URL),
            service="webex",
            url=WEBEX_URL,
            meeting_id="2634 123 4567",
            passcode="Xy7pQr2Wm3k",
            check_details=True,
        )
    )
    CORPUS.append(
        Case(
            f"goto-{lang}-text",
            body=GOTO_TEXT[lang].format(url="https://meet.goto.com/123456789"),
            service="gotomeeting",
            url="https://meet.goto.com/123456789",
        )
    )
CORPUS += [
    Case(
        "webex-html-personal-room",
        body=(
            '<div><p>Join from the meeting link</p><p><a href="https://acme.webex.com/meet/'
            'jsmith">https://acme.webex.com/meet/jsmith</a></p><p>Join by meeting number<br>'
            "Meeting number (access code): 2630 987 6543</p></div>"
        ),
        service="webex",
        url="https://acme.webex.com/meet/jsmith",
        meeting_id="2630 987 6543",
        check_details=True,
    ),
    Case(
        "goto-legacy",
        body="Please join my meeting.\nhttps://global.gotomeeting.com/join/987654321\n",
        service="gotomeeting",
        url="https://global.gotomeeting.com/join/987654321",
    ),
    Case(
        "gotowebinar-registration",
        body="Register: https://attendee.gotowebinar.com/register/4567890123456789012",
        service="gotowebinar",
        url="https://attendee.gotowebinar.com/register/4567890123456789012",
    ),
]

# --- Other services ------------------------------------------------------------
CORPUS += [
    Case(
        "jitsi-en",
        body=(
            "Click the following link to join the meeting:\n"
            "https://meet.jit.si/MeetdeskQ3XABCDEFGHIJKLMNOPQRSTU\n\n=====\n\n"
            "Just want to dial in on your phone?\n\nDial-in: +1.512.402.2718\nPIN: 1234567890#"
        ),
        service="jitsi",
        url="https://meet.jit.si/MeetdeskQ3XABCDEFGHIJKLMNOPQRSTU",
    ),
    Case(
        "jitsi-fr-location",
        location="Visio : https://meet.jit.si/ReunionEquipeX7Q2",
        body="Ordre du jour : budget.",
        service="jitsi",
        url="https://meet.jit.si/ReunionEquipeX7Q2",
    ),
    Case(
        "jitsi-nl-bare",
        body="Videobellen via meet.jit.si/TeamOverlegA1B2C3, tot dan!",
        service="jitsi",
        url="https://meet.jit.si/TeamOverlegA1B2C3",
    ),
    Case(
        "whereby-en",
        body="Join the meeting: https://whereby.com/acme-standup\nNo account needed.",
        service="whereby",
        url="https://whereby.com/acme-standup",
    ),
    Case(
        "whereby-nl-subdomain",
        body="Deelnemen: https://acme.whereby.com/ontwerp-review?lang=nl",
        service="whereby",
        url="https://acme.whereby.com/ontwerp-review?lang=nl",
    ),
    Case(
        "chime",
        body=(
            "Click to join the meeting: https://chime.aws/1234567890\n"
            "Meeting ID: 1234 56 7890\n\nA headset is recommended."
        ),
        service="chime",
        url="https://chime.aws/1234567890",
        meeting_id="1234 56 7890",
        check_details=True,
    ),
    Case(
        "ringcentral-video",
        body=(
            "Anna de Wit is inviting you to a RingCentral Video meeting.\n\n"
            "Join the meeting: https://v.ringcentral.com/join/123456789?pw=0a1b2c3d4e5f\n"
            "Password: 482913\n"
        ),
        service="ringcentral",
        url="https://v.ringcentral.com/join/123456789?pw=0a1b2c3d4e5f",
    ),
    Case(
        "bluejeans",
        body="Join the BlueJeans meeting: https://bluejeans.com/123456789/4321",
        service="bluejeans",
        url="https://bluejeans.com/123456789/4321",
    ),
    Case(
        "8x8",
        body="Join 8x8 Meet: https://8x8.vc/acme/weekly-sync",
        service="8x8",
        url="https://8x8.vc/acme/weekly-sync",
    ),
    Case(
        "slack-huddle",
        body="Huddle link: https://app.slack.com/huddle/T01234567/C07654321",
        service="slack",
        url="https://app.slack.com/huddle/T01234567/C07654321",
    ),
    Case(
        "facetime",
        body="Join my FaceTime call: https://facetime.apple.com/join#v=1&p=AbCdEf123&k=XyZ987",
        service="facetime",
        url="https://facetime.apple.com/join#v=1&p=AbCdEf123&k=XyZ987",
    ),
    Case(
        "discord",
        body="We meet in the voice channel: https://discord.gg/AbCdEf (bring snacks)",
        service="discord",
        url="https://discord.gg/AbCdEf",
    ),
    Case(
        "skype",
        body="Join Skype meeting https://join.skype.com/AbCdEf123456",
        service="skype",
        url="https://join.skype.com/AbCdEf123456",
    ),
    Case(
        "lifesize",
        body="Lifesize: https://call.lifesizecloud.com/1234567 \u2014 extension 1234567",
        service="lifesize",
        url="https://call.lifesizecloud.com/1234567",
    ),
    Case(
        "proton-meet",
        body="Join Proton Meet: https://meet.proton.me/join/id-2TF92J77T0#pwd-i3LWO2keD76H",
        service="proton_meet",
        url="https://meet.proton.me/join/id-2TF92J77T0#pwd-i3LWO2keD76H",
    ),
    Case(
        "riverside",
        body="Recording studio: https://riverside.fm/studio/acme-podcast?t=abc123",
        service="riverside",
        url="https://riverside.fm/studio/acme-podcast?t=abc123",
    ),
    Case(
        "vonage",
        body="Vonage meeting: https://meetings.vonage.com/123456789",
        service="vonage",
        url="https://meetings.vonage.com/123456789",
    ),
    Case(
        "zoho-cliq-fr",
        body="Réunion Cliq : https://cliq.zoho.eu/meetings/abc123def",
        service="zoho_cliq",
        url="https://cliq.zoho.eu/meetings/abc123def",
    ),
]

# --- Ranking: several links ----------------------------------------------------
CORPUS += [
    Case(
        "rank-conference-beats-old-zoom-in-body",
        conference_url=TEAMS_URL,
        body="Old link (do not use): https://zoom.us/j/4567891234?pwd=WmF5Q2xvdWQ5OTk",
        service="teams",
        url=TEAMS_URL,
    ),
    Case(
        "rank-location-beats-body",
        location="https://acme.zoom.us/j/93512345678",
        body=meet_text("en", "abc-defg-hij"),
        service="zoom",
        url="https://acme.zoom.us/j/93512345678",
    ),
    Case(
        "rank-passcode-link-wins-within-source",
        body=(
            "Short link: https://zoom.us/j/4567891234\n"
            "Full link: https://zoom.us/j/4567891234?pwd=WmF5Q2xvdWQ5OTk\n"
        ),
        service="zoom",
        url="https://zoom.us/j/4567891234?pwd=WmF5Q2xvdWQ5OTk",
    ),
    Case(
        "rank-body-text-beats-href-app-scheme",
        body=(
            '<p><a href="zoommtg://zoom.us/join?action=join&amp;confno=4567891234">'
            "https://zoom.us/j/4567891234</a></p>"
        ),
        service="zoom",
        url="https://zoom.us/j/4567891234",
    ),
    Case(
        "rank-first-meeting-in-body-wins",
        body=(
            "Main: https://meet.google.com/abc-defg-hij\n"
            "Backup: https://meet.jit.si/BackupRoomX1Y2Z3\n"
        ),
        service="meet",
        url="https://meet.google.com/abc-defg-hij",
    ),
    Case(
        "rank-html-href-only",
        body='<p>Join: <a href="https://whereby.com/acme-standup">our room</a></p>',
        service="whereby",
        url="https://whereby.com/acme-standup",
    ),
    Case(
        "rank-safelinks-to-lookalike-skipped-real-one-found",
        body=(
            f'<a href="{attr(safelinks("https://zoom.us.evil.example/j/1"))}">Join</a> '
            f'<a href="{attr(safelinks(TEAMS_URL))}">Join the meeting now</a>'
        ),
        service="teams",
        url=TEAMS_URL,
    ),
    Case(
        "http-upgraded-to-https",
        body="Old invite: http://meet.google.com/abc-defg-hij",
        service="meet",
        url="https://meet.google.com/abc-defg-hij",
    ),
    Case(
        "trailing-punctuation",
        body="Join (https://meet.google.com/abc-defg-hij).",
        service="meet",
        url="https://meet.google.com/abc-defg-hij",
    ),
    Case(
        "angle-brackets-entities-fr",
        body="Lien : &lt;https://meet.google.com/abc-defg-hij&gt;",
        service="meet",
        url="https://meet.google.com/abc-defg-hij",
    ),
]

# --- Negatives: nothing here may become a link ---------------------------------
NEGATIVE_BODIES: dict[str, str] = {
    "plain-words-zoom": "Let's have a zoom meeting tomorrow about Teams and Meet.",
    "teams-no-link": "Microsoft Teams meeting\nJoin on your computer or mobile app",
    "lookalike-suffix": "Join: https://zoom.us.example.com/j/4567891234",
    "lookalike-prefix": "Join: https://evilzoom.us/j/4567891234",
    "lookalike-meet": "Join: https://meet.google.com.evil.example/abc-defg-hij",
    "lookalike-teams": "Join: https://teams.microsoft.com.evil.example/l/meetup-join/19%3a",
    "userinfo-at": "Join: https://zoom.us@evil.example/j/4567891234",
    "userinfo-full": "Join: https://user:pass@zoom.us/j/4567891234",
    "backslash-differential": "Join: https://evil.example\\@zoom.us/j/4567891234",
    "cyrillic-o": "Join: https://z\u043e\u043em.us/j/4567891234",
    "punycode": "Join: https://xn--zm-ikca.us/j/4567891234",
    "percent-host": "Join: https://zoom%2eus/j/4567891234",
    "javascript-text": "javascript:window.open('https://zoom.us/j/4567891234')",
    "zero-width": "Join: https://zoom.us/j/4567891234\u200b",
    "bidi-override": "Join: https://zoom.us/j/\u202e4321987654",
    "unc-path": "Agenda on \\\\fileserver\\share\\zoom.us\\j\\4567891234",
    "file-url": "Notes: file://fileserver/share/zoom.us/j/4567891234",
    "smb-url": "Notes: smb://fileserver/share/meet.google.com/abc-defg-hij",
    "zoom-local-numbers-only": "Find your local number: https://us02web.zoom.us/u/kbZ3xQ7Pq",
    "teams-options-only": f"Meeting options<{TEAMS_OPTIONS}>",
    "meet-help-only": "Learn more about Meet at: https://support.google.com/a/users/answer/9282720",
    "aka-ms-only": "Learn More<https://aka.ms/JoinTeamsMeeting>",
    "app-scheme-wrong-host": "zoommtg://evil.example/join?action=join&confno=4567891234",
    "email-not-bare-link": "Write to jan@meet.google.com/abc-defg-hij for access",
    "no-scheme-slashes": "Join: https:zoom.us/j/4567891234",
    "href-javascript": '<a href="javascript:alert(document.cookie)">Join Zoom Meeting</a>',
    "href-javascript-entity": (
        '<a href="jav&#x09;ascript:alert(1)">Join</a>'
        '<a href="&#106;avascript:alert(1)//https://zoom.us/j/1">Join</a>'
    ),
    "href-data": '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Join</a>',
    "href-file": '<a href="file://evil.example/share/zoom.us/j/1">Join the meeting now</a>',
    "href-vbscript": '<a href="vbscript:msgbox(1)">Join</a>',
    "href-unc": '<a href="\\\\evil.example\\share\\meet">Join</a>',
    "href-relative": '<a href="/j/4567891234">Join</a>',
    "href-mk": '<a href="mk:@MSITStore:C:\\evil.chm::/zoom.htm">Join</a>',
    "href-ms-msdt": '<a href="ms-msdt:/id PCWDiagnostic /skip force">Join</a>',
    "href-search-ms": '<a href="search-ms:query=zoom&amp;crumb=location:\\\\evil">Join</a>',
    "href-userinfo": '<a href="https://zoom.us@evil.example/j/4567891234">Join</a>',
    "href-backslash": '<a href="https://evil.example\\@zoom.us/j/4567891234">Join</a>',
    "href-lookalike": '<a href="https://zoom.us.evil.example/j/4567891234">Join Zoom</a>',
    "safelinks-to-lookalike": (
        f'<a href="{attr(safelinks("https://zoom.us.evil.example/j/1"))}">Join</a>'
    ),
    "safelinks-to-javascript": f'<a href="{attr(safelinks("javascript:alert(1)"))}">Join</a>',
    "fake-safelinks-host": (
        '<a href="https://eur02.safelinks.protection.outlook.com.evil.example/?url='
        'https%3A%2F%2Fzoom.us%2Fj%2F4567891234">Join</a>'
    ),
    "google-redirect-to-evil": (
        f'<a href="{attr(google_redirect("https://evil.example/j/4567891234"))}">Join</a>'
    ),
    "href-control-char": '<a href="https://zoom.us/j/45678&#0;91234">Join</a>',
    "href-newline-scheme": '<a href="java\nscript:alert(1)">Join</a>',
    "huge-port": "Join: https://zoom.us:99999/j/4567891234",
}
CORPUS += [Case(f"negative-{name}", body=body) for name, body in NEGATIVE_BODIES.items()]
CORPUS += [
    Case("negative-location-text-only", location="Room 4.12 / Teams"),
    Case("negative-conference-javascript", conference_url="javascript:alert(1)"),
    Case("negative-conference-lookalike", conference_url="https://zoom.us.evil.example/j/1"),
    Case("negative-conference-unknown-service", conference_url="https://example.com/meeting/1"),
]


# ---------------------------------------------------------------------------
# More shapes: Outlook SafeLinks and the 2024 Teams block, Google's invitation
# e-mail, Zoom app links, personal rooms and webinars, the named services,
# entities and punctuation, ranking, and more negatives
# ---------------------------------------------------------------------------

RULE_80 = "_" * 80
TEAMS_2024_TEXT = {
    "en": (
        "{rule}\nMicrosoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>\n"
        "Join the meeting now<{url}>\nMeeting ID: {mid}\nPasscode: {pw}\n{rule}\n"
        "Dial in by phone\n+31 20 708 5317,,{conf}# Netherlands, Amsterdam\n"
        "Find a local number<https://dialin.teams.microsoft.com/8b6a3c0e-1234-4a5b-9c8d-"
        "0e1f2a3b4c5d?id={conf}>\nPhone conference ID: {conf_spaced}#\n"
        "For organizers: Meeting options<{options}> | Reset dial-in PIN"
        "<https://dialin.teams.microsoft.com/usp/pstnconferencing>\n{rule}\n"
    ),
    "fr": (
        "{rule}\nMicrosoft Teams Besoin d\u2019aide ?<https://aka.ms/JoinTeamsMeeting?omkt=fr-FR>\n"
        "Rejoindre la réunion maintenant<{url}>\nID de la réunion : {mid}\n"
        "Code secret : {pw}\n{rule}\n"
        "Numérotation par téléphone\n+33 1 70 37 22 46,,{conf}# France, Paris\n"
        "Trouver un numéro local<https://dialin.teams.microsoft.com/8b6a3c0e-1234-4a5b-9c8d-"
        "0e1f2a3b4c5d?id={conf}>\nID de conférence téléphonique : {conf_spaced}#\n"
        "Pour les organisateurs : Options de réunion<{options}> | Réinitialiser le code PIN "
        "d\u2019accès à la conférence<https://dialin.teams.microsoft.com/usp/pstnconferencing>\n"
        "{rule}\n"
    ),
    "nl": (
        "{rule}\nMicrosoft Teams Hulp nodig?<https://aka.ms/JoinTeamsMeeting?omkt=nl-NL>\n"
        "Nu deelnemen aan de vergadering<{url}>\nVergadering-id: {mid}\n"
        "Wachtwoordcode: {pw}\n{rule}\n"
        "Inbellen via telefoon\n+31 20 708 5317,,{conf}# Nederland, Amsterdam\n"
        "Een lokaal nummer zoeken<https://dialin.teams.microsoft.com/8b6a3c0e-1234-4a5b-9c8d-"
        "0e1f2a3b4c5d?id={conf}>\nTelefonische vergadering-id: {conf_spaced}#\n"
        "Voor organisatoren: Vergaderingsopties<{options}> | Inbelpincode opnieuw instellen"
        "<https://dialin.teams.microsoft.com/usp/pstnconferencing>\n{rule}\n"
    ),
}


def teams_2024_text(
    lang: str,
    url: str,
    mid: str = "379 543 123 456",
    pw: str = "3rKbqE",
    *,
    wrap: Callable[[str], str] | None = None,
) -> str:
    """Outlook's plain text of a 2024 Teams invitation ("Join the meeting now")."""
    wrapped = wrap or (lambda u: u)
    return TEAMS_2024_TEXT[lang].format(
        rule=RULE_80,
        url=wrapped(url),
        mid=mid,
        pw=pw,
        conf="123456789",
        conf_spaced="123 456 789",
        options=wrapped(TEAMS_OPTIONS),
    )


def eur01(url: str) -> str:
    return safelinks(url, "eur01")


GOOGLE_INVITE_LABELS = {
    "en": ("Join with Google Meet", "Join by phone", "PIN:", "More phone numbers", "View all"),
    "fr": (
        "Participer avec Google Meet",
        "Participer par téléphone",
        "Code :",
        "Autres numéros de téléphone",
        "Tout afficher",
    ),
    "nl": (
        "Deelnemen met Google Meet",
        "Deelnemen via telefoon",
        "Pincode:",
        "Meer telefoonnummers",
        "Alles bekijken",
    ),
}


def google_invite_html(lang: str, code: str) -> str:
    """The HTML of Google Calendar's invitation e-mail: a Join button, the code as text."""
    join, phone, pin, more, view_all = GOOGLE_INVITE_LABELS[lang]
    return (
        '<!doctype html><html><head><meta name="viewport" content="width=device-width">'
        "<style>.primary-button-text{color:#fff} a[x-apple-data-detectors]{color:inherit}"
        '</style></head><body><div itemscope itemtype="http://schema.org/EmailMessage">'
        '<table role="presentation" border="0" cellpadding="0" cellspacing="0"><tr><td>'
        f'<a href="https://meet.google.com/{code}?hs=224" class="primary-button-text" '
        'style="background-color:#1a73e8;border-radius:4px;padding:10px 24px">'
        f"{join}</a></td></tr><tr><td>"
        f'<div style="color:#3c4043"><a href="https://meet.google.com/{code}?hs=224" '
        f'style="color:#3c4043;text-decoration:none">meet.google.com/{code}</a></div>'
        f'<div style="margin-top:12px">{phone}</div>'
        '<div><a href="tel:+1-650-555-0123;123456789#" style="color:#3c4043">'
        "(US) +1 650-555-0123</a></div>"
        f"<div>{pin} <span>123 456 789</span>#</div>"
        f'<a href="https://tel.meet/{code}?pin=1234567890123&amp;hs=0">{more}</a>'
        "</td></tr><tr><td>"
        '<a href="https://calendar.google.com/calendar/event?action=VIEW&amp;eid=NGFiY2RlZg'
        f'&amp;tok=MTkjamFu&amp;ctz=Europe%2FAmsterdam&amp;hl={lang}&amp;es=1">{view_all}</a>'
        "</td></tr></table></div></body></html>"
    )


SKYPE_BUSINESS_TEXT = (
    "Join Skype Meeting<https://meet.lync.com/acme/jdoe/ABC123XY>\n"
    "Trouble Joining? Try Skype Web App<https://meet.lync.com/acme/jdoe/ABC123XY?sl=1>\n"
    "Join by phone\n\n+1 (425) 555-0100 (Redmond)    English (United States)\n"
    "Find a local number<https://dialin.lync.com/8b6a3c0e-1234-4a5b-9c8d-0e1f2a3b4c5d>\n\n"
    "Conference ID: 12345678\n"
    "Forgot your dial-in PIN?<https://dialin.lync.com/usp/pstnconferencing> |"
    "Help<https://o15.officeredir.microsoft.com/r/rlidOC15?clid=1033&p1=5&p2=2009>\n"
)

CORPUS += [
    # --- Zoom ------------------------------------------------------------------
    *[
        Case(
            f"zoom-{lang}-html-safelinks",
            body=zoom_html(lang, *_ZOOM_VARIANTS[1], wrap=eur01),
            service="zoom",
            url="https://acme.zoom.us/j/93512345678?pwd=dXBkYXRlZFRva2VuMDA5.1",
            meeting_id="935 1234 5678",
            passcode="Tr4in!ng",
            check_details=True,
        )
        for lang in ("en", "fr", "nl")
    ],
    *[
        Case(
            f"zoom-{lang}-text-safelinks",
            body=zoom_text(lang, *_ZOOM_VARIANTS[0]).replace(
                "https://us02web.zoom.us/j/81234567890?pwd=Q2xhc3NpY1Bhc3MxMjM.1",
                eur01("https://us02web.zoom.us/j/81234567890?pwd=Q2xhc3NpY1Bhc3MxMjM.1"),
            ),
            service="zoom",
            url="https://us02web.zoom.us/j/81234567890?pwd=Q2xhc3NpY1Bhc3MxMjM.1",
            meeting_id="812 3456 7890",
            passcode="482913",
            check_details=True,
        )
        for lang in ("en", "fr", "nl")
    ],
    Case(
        "zoom-nl-text-vergadering-id",
        body=zoom_text("nl", *_ZOOM_VARIANTS[2]).replace("Vergader-ID", "Vergadering-ID"),
        service="zoom",
        url="https://zoom.us/j/4567891234?pwd=WmF5Q2xvdWQ5OTk",
        meeting_id="456 789 1234",
        passcode="771204",
        check_details=True,
    ),
    Case(
        "zoom-en-text-no-pwd-in-link",
        body=(
            "Anna de Wit is inviting you to a scheduled Zoom meeting.\n\n"
            "Join Zoom Meeting\nhttps://us06web.zoom.us/j/86612345678\n\n"
            "Meeting ID: 866 1234 5678\nPasscode: 559013\n"
        ),
        service="zoom",
        url="https://us06web.zoom.us/j/86612345678",
        meeting_id="866 1234 5678",
        passcode="559013",
        check_details=True,
    ),
    Case(
        "zoom-fr-personal-room",
        body=(
            "Anna de Wit vous invite à rejoindre sa salle de réunion personnelle Zoom.\n\n"
            "Participer à la réunion Zoom\nhttps://acme.zoom.us/my/anna.dewit?pwd=UmVhbFBtaQ\n\n"
            "ID de réunion : 935 000 1111\nCode secret : perso1\n"
        ),
        service="zoom",
        url="https://acme.zoom.us/my/anna.dewit?pwd=UmVhbFBtaQ",
        meeting_id="935 000 1111",
        passcode="perso1",
        check_details=True,
    ),
    Case(
        "zoom-nl-webinar",
        body=(
            "Hallo,\n\nU bent uitgenodigd voor een Zoom-webinar.\n"
            "Wanneer: 4 mrt. 2025 17:00 Amsterdam\nOnderwerp: Lancering\n\n"
            "Klik op de onderstaande link om deel te nemen:\n"
            "https://acme.zoom.us/w/86123456789?tk=Ab12Cd34Ef56.DQMAAAAUDr0x&pwd=bGF1bmNo\n"
            "Toegangscode: 445566\n\nWebinar-ID: 861 2345 6789\n"
        ),
        service="zoom",
        url="https://acme.zoom.us/w/86123456789?tk=Ab12Cd34Ef56.DQMAAAAUDr0x&pwd=bGF1bmNo",
        meeting_id="861 2345 6789",
        passcode="445566",
        check_details=True,
    ),
    Case(
        "zoom-app-link-in-location",
        location="zoommtg://zoom.us/join?action=join&confno=4567891234&pwd=WmF5Q2xvdWQ5OTk",
        body=zoom_text("en", *_ZOOM_VARIANTS[2]),
        service="zoom",
        url="zoommtg://zoom.us/join?action=join&confno=4567891234&pwd=WmF5Q2xvdWQ5OTk",
        meeting_id="456 789 1234",
        passcode="771204",
        check_details=True,
        urls=(
            "zoommtg://zoom.us/join?action=join&confno=4567891234&pwd=WmF5Q2xvdWQ5OTk",
            "https://zoom.us/j/4567891234?pwd=WmF5Q2xvdWQ5OTk",
        ),
    ),
    Case(
        "zoom-app-link-in-text",
        body=(
            "Open it in the Zoom app:\n"
            "zoommtg://acme.zoom.us/join?action=join&confno=93512345678&pwd=dXBkYXRl\n"
            "Meeting ID: 935 1234 5678\nPasscode: Tr4in!ng\n"
        ),
        service="zoom",
        url="zoommtg://acme.zoom.us/join?action=join&confno=93512345678&pwd=dXBkYXRl",
        meeting_id="935 1234 5678",
        passcode="Tr4in!ng",
        check_details=True,
    ),
    Case(
        "zoom-google-addon-conference",
        conference_url="https://us02web.zoom.us/j/81234567890?pwd=Q2xhc3NpY1Bhc3MxMjM.1",
        location="https://us02web.zoom.us/j/81234567890?pwd=Q2xhc3NpY1Bhc3MxMjM.1",
        body=zoom_text("en", *_ZOOM_VARIANTS[0]),
        service="zoom",
        url="https://us02web.zoom.us/j/81234567890?pwd=Q2xhc3NpY1Bhc3MxMjM.1",
        meeting_id="812 3456 7890",
        passcode="482913",
        check_details=True,
        urls=("https://us02web.zoom.us/j/81234567890?pwd=Q2xhc3NpY1Bhc3MxMjM.1",),
    ),
    Case(
        "zoom-outlook-vml-button",
        body=(
            '<table><tr><td><!--[if mso]><v:roundrect href="https://zoom.us/j/4567891234?'
            'pwd=WmF5Q2xvdWQ5OTk" style="height:40px"><center>Join</center></v:roundrect>'
            '<![endif]--><!--[if !mso]><!--><a href="https://zoom.us/j/4567891234?pwd='
            'WmF5Q2xvdWQ5OTk" style="background:#0b5cff">Join Zoom Meeting</a>'
            "<!--<![endif]--></td></tr></table>"
        ),
        service="zoom",
        url="https://zoom.us/j/4567891234?pwd=WmF5Q2xvdWQ5OTk",
    ),
    # --- Outlook / Teams ---------------------------------------------------------
    *[
        Case(
            f"teams-{lang}-text-2024-{wrap_name}",
            body=teams_2024_text(lang, TEAMS_URL, wrap=wrap),
            location={
                "en": "Microsoft Teams Meeting",
                "fr": "Réunion Microsoft Teams",
                "nl": "Microsoft Teams-vergadering",
            }[lang],
            service="teams",
            url=TEAMS_URL,
            meeting_id="379 543 123 456",
            passcode="3rKbqE",
            check_details=True,
            urls=(TEAMS_URL,),
        )
        for lang in ("en", "fr", "nl")
        for wrap_name, wrap in (("direct", None), ("safelinks", eur01))
    ],
    *[
        Case(
            f"teams-{lang}-text-2024-meet-link",
            body=teams_2024_text(lang, TEAMS_NEW_URL, mid="379 543 123 456 78", pw="3rKbqEXyZ"),
            service="teams",
            url=TEAMS_NEW_URL,
            meeting_id="379 543 123 456 78",
            passcode="3rKbqEXyZ",
            check_details=True,
        )
        for lang in ("en", "fr", "nl")
    ],
    *[
        Case(
            f"teams-{lang}-html-meet-link-safelinks",
            body=teams_html(lang, eur01(TEAMS_NEW_URL), mid="379 543 123 456 78", pw="3rKbqEXyZ"),
            service="teams",
            url=TEAMS_NEW_URL,
            meeting_id="379 543 123 456 78",
            passcode="3rKbqEXyZ",
            check_details=True,
        )
        for lang in ("fr", "nl")
    ],
    Case(
        "teams-en-conference-beats-old-zoom-text",
        # MeetingBar #873: a Teams invitation that still carries an old Zoom
        # link in its text. Graph's onlineMeeting.joinUrl decides.
        conference_url=TEAMS_URL,
        body=teams_html("en", eur01(TEAMS_URL)).replace(
            "<body>", "<body><p>Old link: https://zoom.us/j/4567891234</p>"
        ),
        service="teams",
        url=TEAMS_URL,
        urls=(TEAMS_URL, "https://zoom.us/j/4567891234"),
    ),
    Case(
        "outlook-en-skype-business",
        body=SKYPE_BUSINESS_TEXT,
        location="Skype Meeting",
        service="skype_business",
        # Same meeting twice: the longer (more complete) link comes first.
        url="https://meet.lync.com/acme/jdoe/ABC123XY?sl=1",
        meeting_id="12345678",
        passcode=None,
        check_details=True,
        urls=(
            "https://meet.lync.com/acme/jdoe/ABC123XY?sl=1",
            "https://meet.lync.com/acme/jdoe/ABC123XY",
        ),
    ),
    # --- Google Calendar ---------------------------------------------------------
    *[
        Case(
            f"google-{lang}-invitation-email",
            body=google_invite_html(lang, "pqr-stuv-wxy"),
            service="meet",
            url="https://meet.google.com/pqr-stuv-wxy",
            urls=(
                "https://meet.google.com/pqr-stuv-wxy",
                "https://meet.google.com/pqr-stuv-wxy?hs=224",
            ),
        )
        for lang in ("en", "fr", "nl")
    ],
    *[
        Case(
            f"meet-{lang}-location-no-scheme",
            location=f"meet.google.com/{code}",
            body=meet_text(lang, code, scheme=False),
            service="meet",
            url=f"https://meet.google.com/{code}",
            meeting_id=code,
            passcode=None,
            check_details=True,
        )
        for lang, code in (("en", "bcd-efgh-ijk"), ("fr", "cde-fghi-jkl"), ("nl", "def-ghij-klm"))
    ],
    # --- The named services --------------------------------------------------------
    Case(
        "livekit-en",
        body="Design review on LiveKit Meet: https://meet.livekit.io/rooms/design-review-x7q2",
        service="livekit",
        url="https://meet.livekit.io/rooms/design-review-x7q2",
    ),
    Case(
        "gather-en",
        body=(
            "We meet in our Gather office.\n"
            "https://app.gather.town/app/AbCdEf123/acme-office?spawnToken=Xy12Zz\n"
        ),
        service="gather",
        url="https://app.gather.town/app/AbCdEf123/acme-office?spawnToken=Xy12Zz",
    ),
    Case(
        "gather-fr-html",
        body=(
            '<p>Rendez-vous dans notre bureau Gather : <a href="https://app.gather.town/app/'
            'AbCdEf123/acme-office?spawnToken=Xy12Zz&amp;meeting=standup">rejoindre</a></p>'
        ),
        service="gather",
        url="https://app.gather.town/app/AbCdEf123/acme-office?spawnToken=Xy12Zz&meeting=standup",
    ),
    Case(
        "streamyard-en",
        body=(
            "You've been invited to join Acme Live as a guest.\n\n"
            "Join the studio: https://streamyard.com/abcd1234ef\n\n"
            "Use Chrome on a computer for the best experience."
        ),
        service="streamyard",
        url="https://streamyard.com/abcd1234ef",
    ),
    Case(
        "streamyard-nl-guest",
        body="Doe mee als gast: https://streamyard.com/guest/qrst5678uv, tot straks!",
        service="streamyard",
        url="https://streamyard.com/guest/qrst5678uv",
    ),
    Case(
        "chime-fr",
        body=(
            "Cliquez pour participer à la réunion : https://chime.aws/4567890123\n"
            "ID de réunion : 4567 89 0123\n"
        ),
        service="chime",
        url="https://chime.aws/4567890123",
        meeting_id="4567 89 0123",
        check_details=True,
    ),
    Case(
        "ringcentral-nl",
        body=(
            "Anna de Wit nodigt u uit voor een RingCentral Video-vergadering.\n\n"
            "Deelnemen: https://v.ringcentral.com/join/987654321?pw=9f8e7d6c5b4a\n"
            "Vergadering-ID: 987 654 321\nWachtwoord: 771204\n"
        ),
        service="ringcentral",
        url="https://v.ringcentral.com/join/987654321?pw=9f8e7d6c5b4a",
        meeting_id="987 654 321",
        passcode="771204",
        check_details=True,
    ),
    Case(
        "webex-nl-html",
        body=(
            '<div lang="nl"><p>Neem deel via de vergaderingslink</p><p><a href="'
            f'{attr(eur01(WEBEX_URL))}">Deelnemen aan vergadering</a></p>'
            "<p>Vergaderingnummer (toegangscode): 2634 123 4567<br>"
            "Vergaderingswachtwoord: Xy7pQr2Wm3k</p></div>"
        ),
        service="webex",
        url=WEBEX_URL,
        meeting_id="2634 123 4567",
        passcode="Xy7pQr2Wm3k",
        check_details=True,
    ),
    Case(
        "gotowebinar-fr",
        body=(
            "Merci de votre inscription.\nRejoindre le webinaire : "
            "https://global.gotowebinar.com/join/1234567890123456789/987654321\n"
        ),
        service="gotowebinar",
        url="https://global.gotowebinar.com/join/1234567890123456789/987654321",
    ),
    Case(
        "bluejeans-nl",
        body="Deelnemen aan BlueJeans: https://bluejeans.com/987654321/1234 (Chrome aanbevolen)",
        service="bluejeans",
        url="https://bluejeans.com/987654321/1234",
    ),
    Case(
        "8x8-fr-html",
        body='<p>Visio 8x8 : <a href="https://8x8.vc/acme/point-hebdo">8x8.vc/acme/point-hebdo</a></p>',
        service="8x8",
        url="https://8x8.vc/acme/point-hebdo",
    ),
    Case(
        "skype-fr",
        body="Participer à la réunion Skype : https://join.skype.com/QrStUv789012",
        service="skype",
        url="https://join.skype.com/QrStUv789012",
    ),
    Case(
        "facetime-nl",
        body="FaceTime-link: https://facetime.apple.com/join#v=1&p=QrStUv456&k=AbC",
        service="facetime",
        url="https://facetime.apple.com/join#v=1&p=QrStUv456&k=AbC",
    ),
    Case(
        "slack-fr-html",
        body=(
            '<p>Huddle : <a href="https://app.slack.com/huddle/T01234567/C07654321">'
            "rejoindre le huddle</a></p>"
        ),
        service="slack",
        url="https://app.slack.com/huddle/T01234567/C07654321",
    ),
    Case(
        "discord-nl-channel",
        body="Spraakkanaal: https://discord.com/channels/123456789012345678/234567890123456789.",
        service="discord",
        url="https://discord.com/channels/123456789012345678/234567890123456789",
    ),
    Case(
        "zoho-cliq-en-com",
        body="Join the Cliq meeting: https://cliq.zoho.com/meetings/9a8b7c6d5e",
        service="zoho_cliq",
        url="https://cliq.zoho.com/meetings/9a8b7c6d5e",
    ),
    Case(
        "lifesize-fr-extension",
        body="Lifesize : https://call.lifesizecloud.com/extension/7654321 (extension 7654321)",
        service="lifesize",
        url="https://call.lifesizecloud.com/extension/7654321",
    ),
    Case(
        "riverside-nl",
        body="Opnamestudio: https://riverside.com/studio/acme-podcast?t=xyz789",
        service="riverside",
        url="https://riverside.com/studio/acme-podcast?t=xyz789",
    ),
    Case(
        "vonage-fr",
        body="Réunion Vonage : meetings.vonage.com/987654321",
        service="vonage",
        url="https://meetings.vonage.com/987654321",
    ),
    Case(
        "whereby-fr-html",
        body='<p>Salle Whereby : <a href="https://whereby.com/equipe-design">ici</a>.</p>',
        service="whereby",
        url="https://whereby.com/equipe-design",
    ),
    Case(
        "jitsi-en-html",
        body=(
            '<p>Click the following link to join the meeting:<br><a href="https://meet.jit.si/'
            'MeetdeskR7YABCDEF">https://meet.jit.si/MeetdeskR7YABCDEF</a></p>'
        ),
        service="jitsi",
        url="https://meet.jit.si/MeetdeskR7YABCDEF",
    ),
    Case(
        "gotomeeting-en-app",
        body="Join from your computer: https://app.goto.com/meeting/123456789",
        service="gotomeeting",
        url="https://app.goto.com/meeting/123456789",
    ),
    # --- Entities and punctuation ------------------------------------------------
    Case(
        "entity-slashes-en-html",
        body=(
            "<p>Join: https:&#x2F;&#x2F;us02web.zoom.us&#x2F;j&#x2F;81234567890?pwd=Q2xh"
            "&amp;from=addon</p>"
        ),
        service="zoom",
        url="https://us02web.zoom.us/j/81234567890?pwd=Q2xh&from=addon",
    ),
    Case(
        "entity-slashes-fr-text",
        body="Lien : https:&#47;&#47;meet.jit.si&#47;ReunionX7Q2",
        service="jitsi",
        url="https://meet.jit.si/ReunionX7Q2",
    ),
    Case(
        "entity-href-nl",
        body=(
            '<p>Deelnemen: <a href="&#104;ttps&#58;&#x2F;&#x2F;meet.google.com&#x2F;'
            'abc-defg-hij">hier</a></p>'
        ),
        service="meet",
        url="https://meet.google.com/abc-defg-hij",
    ),
    Case(
        "entity-amp-en-html",
        body=(
            '<p><a href="https://zoom.us/j/4567891234?pwd=WmF5Q2xvdWQ5OTk&amp;uname=Anna">'
            "https://zoom.us/j/4567891234?pwd=WmF5Q2xvdWQ5OTk&amp;uname=Anna</a></p>"
        ),
        service="zoom",
        url="https://zoom.us/j/4567891234?pwd=WmF5Q2xvdWQ5OTk&uname=Anna",
    ),
    Case(
        "trailing-paren-dot-en",
        body="Join here (https://zoom.us/j/4567891234?pwd=WmF5Q2xvdWQ5OTk).",
        service="zoom",
        url="https://zoom.us/j/4567891234?pwd=WmF5Q2xvdWQ5OTk",
    ),
    Case(
        "trailing-all-en",
        body="See https://us02web.zoom.us/j/81234567890?pwd=Q2xh.1).,;>",
        service="zoom",
        url="https://us02web.zoom.us/j/81234567890?pwd=Q2xh.1",
    ),
    Case(
        "trailing-semicolon-fr",
        body="Liens : https://meet.google.com/abc-defg-hij; secours : https://meet.jit.si/Secours;",
        service="meet",
        url="https://meet.google.com/abc-defg-hij",
        urls=("https://meet.google.com/abc-defg-hij", "https://meet.jit.si/Secours"),
    ),
    Case(
        "trailing-gt-comma-nl",
        body=f"Deelnemen<{TEAMS_NEW_URL}>, of bel in.",
        service="teams",
        url=TEAMS_NEW_URL,
    ),
    # --- Ranking -------------------------------------------------------------------
    Case(
        "rank-all-four-sources",
        conference_url="https://meet.google.com/abc-defg-hij",
        location="https://meet.jit.si/LocationRoomAbc",
        body=(
            '<p>Text link https://whereby.com/body-room and an <a href="https://8x8.vc/acme/'
            'anchor">anchor</a></p>'
        ),
        service="meet",
        url="https://meet.google.com/abc-defg-hij",
        urls=(
            "https://meet.google.com/abc-defg-hij",
            "https://meet.jit.si/LocationRoomAbc",
            "https://whereby.com/body-room",
            "https://8x8.vc/acme/anchor",
        ),
    ),
    Case(
        "rank-location-without-pwd-beats-body-with-pwd",
        location="https://zoom.us/j/4567891234",
        body="Full link: https://zoom.us/j/4567891234?pwd=WmF5Q2xvdWQ5OTk",
        service="zoom",
        url="https://zoom.us/j/4567891234",
        urls=("https://zoom.us/j/4567891234", "https://zoom.us/j/4567891234?pwd=WmF5Q2xvdWQ5OTk"),
    ),
    Case(
        "rank-passcode-wins-in-location",
        location="https://zoom.us/j/4567891234; https://us02web.zoom.us/j/4567891234?pwd=WmF5",
        service="zoom",
        url="https://us02web.zoom.us/j/4567891234?pwd=WmF5",
        urls=("https://us02web.zoom.us/j/4567891234?pwd=WmF5", "https://zoom.us/j/4567891234"),
    ),
    Case(
        "rank-passcode-wins-in-html",
        body=(
            '<p><a href="https://zoom.us/j/4567891234">Join</a> or '
            '<a href="https://zoom.us/j/4567891234?pwd=WmF5">join with passcode</a></p>'
        ),
        service="zoom",
        url="https://zoom.us/j/4567891234?pwd=WmF5",
        urls=("https://zoom.us/j/4567891234?pwd=WmF5", "https://zoom.us/j/4567891234"),
    ),
    Case(
        "rank-teams-passcode-link-wins",
        body=(
            "Join: https://teams.microsoft.com/meet/37954312345678\n"
            f"Or with the passcode: {TEAMS_NEW_URL}\n"
        ),
        service="teams",
        url=TEAMS_NEW_URL,
        urls=(TEAMS_NEW_URL, "https://teams.microsoft.com/meet/37954312345678"),
    ),
]


def _punycode(host: str) -> str:
    return host.encode("idna").decode("ascii")


# "gооgle" and "micrоsoft" with Cyrillic "о", as a registrar stores them.
_PUNY_GOOGLE = _punycode("g\u043e\u043egle")
_PUNY_MICROSOFT = _punycode("micr\u043esoft")


NEGATIVE_BODIES_MORE: dict[str, str] = {
    "lookalike-hyphen": "Join Zoom Meeting\nhttps://zoom-us.com/j/4567891234?pwd=WmF5Q2xvdWQ5OTk",
    "lookalike-hyphen-bare": "Join: zoom-us.com/j/4567891234",
    "lookalike-suffix-bare": "Join: zoom.us.example.com/j/4567891234",
    "lookalike-teams-bare": (
        "teams.microsoft.com.evil.example/l/meetup-join/19%3ameeting_abc%40thread.v2/0"
    ),
    "lookalike-teams-html": (
        '<a href="https://teams.microsoft.com.evil.example/l/meetup-join/19%3ameeting_abc'
        '%40thread.v2/0">Click here to join the meeting</a>'
    ),
    "userinfo-short": "Join: https://zoom.us@evil.example/j/1",
    "userinfo-meet": "Join: https://meet.google.com@evil.example/abc-defg-hij",
    "userinfo-entity-html": '<a href="https://zoom.us&#64;evil.example/j/4567891234">Join</a>',
    "punycode-meet": "Join: https://meet." + _PUNY_GOOGLE + ".com/abc-defg-hij",
    "punycode-teams": (
        "Join: https://teams." + _PUNY_MICROSOFT + ".com/l/meetup-join/19%3ameeting_abc"
    ),
    "greek-omicron": "Join: https://z\u03bf\u03bfm.us/j/4567891234",
    "fullwidth-host": "Join: https://\uff5a\uff4f\uff4f\uff4d.us/j/4567891234",
    "homoglyph-teams-html": (
        '<a href="https://teams.micr\u043esoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0">'
        "Join</a>"
    ),
    "data-text": "Preview: data:text/plain,https://zoom.us/j/4567891234",
    "unknown-schemes-text": (
        "Open webcal://zoom.us/j/4567891234 or foo://meet.google.com/abc-defg-hij"
    ),
    "unknown-scheme-href": '<a href="webcal://zoom.us/j/4567891234">Join</a>',
    "app-scheme-lookalike": "zoommtgx://zoom.us/join?action=join&confno=4567891234",
    "msteams-lookalike": "msteamsx:/l/meetup-join/19%3ameeting_abc%40thread.v2/0",
    "entity-dot-lookalike": "<p>https://zoom.us&#x2E;evil.example/j/4567891234</p>",
    "entity-slash-lookalike": (
        "<p>https:&#x2F;&#x2F;zoom.us.evil.example&#x2F;j&#x2F;4567891234</p>"
    ),
    "html-comment-only-fr": (
        "<div><p>Ordre du jour</p>"
        "<!-- ancien lien : https://zoom.us/j/4567891234?pwd=WmF5 --></div>"
    ),
    "html-comment-anchor-nl": (
        f'<p>Agenda volgt</p><!-- <a href="{attr(TEAMS_URL)}">Nu deelnemen</a> -->'
    ),
    "html-script-only": (
        "<div>Agenda</div><script>location='https://meet.google.com/abc-defg-hij'</script>"
    ),
    "html-style-only": "<style>@import url(https://meet.jit.si/InStyle);</style><p>Agenda</p>",
    "html-title-only-nl": (
        "<html><head><title>https://meet.jit.si/Titel</title></head>"
        "<body><p>Agenda volgt</p></body></html>"
    ),
    "html-unclosed-comment": "<p>Agenda</p><!-- https://zoom.us/j/4567891234",
    "tel-and-mailto": (
        '<a href="tel:+31207219638,,4567891234#">Dial</a> '
        '<a href="mailto:anna@zoom.us?subject=zoom.us/j/4567891234">Mail</a>'
    ),
    "zoom-dial-in-only": (
        "Find your local number: https://us02web.zoom.us/u/kbZ3xQ7Pq\n\nJoin by SIP\n"
        "\u2022 4567891234@zoomcrc.com\n\nJoin by H.323\n\u2022 162.255.37.11 (US West)\n"
    ),
    "lync-dial-in-only": (
        "Find a local number<https://dialin.lync.com/8b6a3c0e-1234-4a5b>\n"
        "Forgot your dial-in PIN?<https://dialin.lync.com/usp/pstnconferencing>"
    ),
    "teams-dial-in-only-fr": (
        "Trouver un numéro local<https://dialin.teams.microsoft.com/8b6a3c0e?id=123456789>\n"
        "Réinitialiser le code PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>"
    ),
    "google-calendar-links-only": (
        '<a href="https://calendar.google.com/calendar/event?action=VIEW&amp;eid=NGFi">'
        'View all</a> <a href="https://tel.meet/abc-defg-hij?pin=1234567890123">More</a>'
    ),
}
CORPUS += [Case(f"negative-{name}", body=body) for name, body in NEGATIVE_BODIES_MORE.items()]
CORPUS += [
    Case("negative-location-room-en", location="Conference Room B (Building 4, 2nd floor)"),
    Case("negative-location-room-fr", location="Salle Eiffel \u2013 3e étage / Bâtiment A"),
    Case("negative-location-room-nl", location="Vergaderruimte De Dam 2.14 / Gebouw Noord"),
    Case("negative-location-teams-label-fr", location="Réunion Microsoft Teams"),
    Case("negative-location-teams-label-nl", location="Microsoft Teams-vergadering"),
    Case("negative-location-address-nl", location="Herengracht 182/1, 1016 BR Amsterdam"),
    Case("negative-location-zoom-word", location="Zoom (link follows)"),
]

# Service ids the issue names: each needs a positive invitation in CORPUS.
NAMED_SERVICE_IDS: frozenset[str] = frozenset(
    {
        "zoom", "zoomgov", "teams", "meet", "webex", "jitsi", "chime", "ringcentral",
        "gotomeeting", "gotowebinar", "bluejeans", "8x8", "whereby", "skype",
        "skype_business", "facetime", "slack", "discord", "zoho_cliq", "lifesize", "livekit",
        "riverside", "gather", "streamyard", "vonage",
    }
)  # fmt: skip


# ---------------------------------------------------------------------------
# One or more real URL shapes per service (coverage is asserted in tests)
# ---------------------------------------------------------------------------

# service id -> [(url, expected meeting_id, expected passcode)]
SERVICE_EXAMPLES: dict[str, list[tuple[str, str | None, str | None]]] = {
    "meet": [
        ("https://meet.google.com/abc-defg-hij", "abc-defg-hij", None),
        ("https://meet.google.com/lookup/abcdefghij", None, None),
        ("https://g.co/meet/team-standup", None, None),
    ],
    "meet_stream": [
        ("https://stream.meet.google.com/stream/0a1b2c3d-4e5f-6789-abcd-ef0123456789", None, None)
    ],
    "hangouts": [
        ("https://hangouts.google.com/call/AbCdEfGhIjKlMnOpQrStUvWx", None, None),
        ("https://hangouts.google.com/hangouts/_/acme.com/weekly", None, None),
    ],
    "duo": [("https://duo.app.goo.gl/AbCdEf123", None, None)],
    "proton_meet": [
        (
            "https://meet.proton.me/join/id-2TF92J77T0#pwd-i3LWO2keD76H",
            "id-2TF92J77T0",
            "i3LWO2keD76H",
        )
    ],
    "zoom": [
        ("https://zoom.us/j/1234567890?pwd=AbCdEfGh", "1234567890", "AbCdEfGh"),
        ("https://us02web.zoom.us/j/81234567890", "81234567890", None),
        ("https://acme.zoom.us/my/jdoe", None, None),
        ("https://zoom.us/w/91234567890?tk=abc&pwd=xyz", "91234567890", "xyz"),
        ("https://acme.zoom.com/j/1234567890", "1234567890", None),
        ("https://zoom.us/wc/join/1234567890", "1234567890", None),
        ("https://zoom.us/wc/1234567890/join?prefer=1", "1234567890", None),
        ("https://zoom.us/webinar/register/WN_abcDEF123", None, None),
        ("https://us06web.zoom.us/s/81234567890", "81234567890", None),
        ("https://zoom.com.cn/j/1234567890", "1234567890", None),
        ("https://zoom-x.de/j/1234567890", "1234567890", None),
        (
            "zoommtg://zoom.us/join?action=join&confno=1234567890&pwd=abc",
            "1234567890",
            "abc",
        ),
        ("zoomus://acme.zoom.us/join?action=join&confno=1234567890", "1234567890", None),
    ],
    "zoomgov": [("https://acme.zoomgov.com/j/1612345678?pwd=abc", "1612345678", "abc")],
    "reclaim": [("https://reclaim.ai/z/abc123/weekly-sync", None, None)],
    "teams": [
        (TEAMS_URL, None, None),
        (
            "https://teams.microsoft.com/meet/21234567890123?p=AbCdEfGh",
            "21234567890123",
            "AbCdEfGh",
        ),
        ("https://teams.live.com/meet/9312345678901?p=XyZ123", "9312345678901", "XyZ123"),
        ("https://gov.teams.microsoft.us/l/meetup-join/19%3ameeting_abc%40thread.v2/0", None, None),
        ("https://dod.teams.microsoft.us/l/meetup-join/19%3ameeting_abc%40thread.v2/0", None, None),
        ("https://teams.cloud.microsoft/l/meetup-join/19%3ameeting_abc%40thread.v2/0", None, None),
        ("msteams:/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d", None, None),
        ("msteams://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0", None, None),
    ],
    "webex": [
        ("https://acme.webex.com/meet/jdoe", None, None),
        (WEBEX_URL, None, None),
        ("https://acme.webex.com/join/jdoe", None, None),
        (
            "https://acme.webex.com/wbxmjs/joinservice/sites/acme/meeting/download/0a1b2c3d",
            None,
            None,
        ),
    ],
    "jitsi": [("https://meet.jit.si/MeetdeskABCDEF", None, None)],
    "chime": [
        ("https://chime.aws/1234567890", "1234567890", None),
        ("https://app.chime.aws/meetings/?attendee=abc", None, None),
    ],
    "ringcentral": [
        ("https://v.ringcentral.com/join/123456789?pw=abcdef0123", "123456789", "abcdef0123"),
        ("https://meetings.ringcentral.com/j/1234567890", "1234567890", None),
    ],
    "gotomeeting": [
        ("https://global.gotomeeting.com/join/123456789", "123456789", None),
        ("https://meet.goto.com/123456789", "123456789", None),
        ("https://app.goto.com/meeting/123456789", "123456789", None),
    ],
    "gotowebinar": [
        ("https://attendee.gotowebinar.com/register/1234567890123456789", None, None),
        ("https://global.gotowebinar.com/join/1234567890123456789/123456789", None, None),
    ],
    "bluejeans": [("https://bluejeans.com/123456789/4321", "123456789", "4321")],
    "8x8": [("https://8x8.vc/acme/weekly-sync", None, None)],
    "demio": [("https://event.demio.com/ref/AbCdEf123", None, None)],
    "join_me": [("https://join.me/acme-sales", None, None)],
    "whereby": [
        ("https://whereby.com/acme-standup", None, None),
        ("https://acme.whereby.com/design-review", None, None),
    ],
    "uberconference": [("https://uberconference.com/jdoe", None, None)],
    "dialpad": [("https://meetings.dialpad.com/room/acme-sales", None, None)],
    "blizz": [("https://go.blizz.com/m12345678", None, None)],
    "teamviewer_meeting": [("https://go.teamviewer.com/m12345678", None, None)],
    "vsee": [("https://vsee.com/u/drsmith", None, None)],
    "starleaf": [("https://meet.starleaf.com/1234567890", None, None)],
    "voov": [("https://voovmeeting.com/dm/AbCdEf123", None, None)],
    "tencent_meeting": [
        ("https://meeting.tencent.com/dm/AbCdEf123", None, None),
        ("https://meeting.tencent.com/p/1234567890", "1234567890", None),
    ],
    "workplace": [("https://acme.workplace.com/groupcall/abc123def", None, None)],
    "lifesize": [("https://call.lifesizecloud.com/1234567", "1234567", None)],
    "skype": [("https://join.skype.com/AbCdEf123456", None, None)],
    "skype_business": [("https://meet.lync.com/acme/jdoe/ABC123XY", None, None)],
    "facetime": [("https://facetime.apple.com/join#v=1&p=AbCdEf123&k=XyZ", None, None)],
    "vonage": [("https://meetings.vonage.com/123456789", "123456789", None)],
    "around": [("https://meet.around.co/r/acme-standup", None, None)],
    "jam": [("https://jam.systems/acme-room", None, None)],
    "discord": [
        ("https://discord.gg/AbCdEf", None, None),
        ("https://discord.com/channels/123456789012345678/234567890123456789", None, None),
    ],
    "blackboard_collab": [("https://us.bbcollab.com/guest/0123456789abcdef", None, None)],
    "coscreen": [("https://join.coscreen.co/acme/standup", None, None)],
    "vowel": [("https://acme.vowel.com/#/g/abc-123", None, None)],
    "zhumu": [("https://welink.zhumu.com/j/123456789?pwd=abc123", "123456789", "abc123")],
    "lark": [("https://vc.larksuite.com/j/123456789", "123456789", None)],
    "feishu": [("https://vc.feishu.cn/j/123456789", "123456789", None)],
    "ovice": [
        ("https://acme.ovice.in/", None, None),
        ("https://acme.ovice.com/lobby", None, None),
    ],
    "luma": [("https://lu.ma/join/g-AbCdEf123", None, None)],
    "userzoom": [("https://go.userzoom.com/participate/c123abc-def4", None, None)],
    "venue": [("https://app.venue.live/app/acme/room", None, None)],
    "teemyco": [("https://app.teemyco.com/room/abc123", None, None)],
    "demodesk": [("https://demodesk.com/book/acme/demo", None, None)],
    "zoho_cliq": [("https://cliq.zoho.eu/meetings/abc123", None, None)],
    "zoho_meeting": [("https://meeting.zoho.com/join?key=1234567890", "1234567890", None)],
    "slack": [("https://app.slack.com/huddle/T01234567/C01234567", None, None)],
    "gather": [("https://app.gather.town/app/AbCdEf123/acme-office?spawnToken=xyz", None, None)],
    "pop": [("https://pop.com/j/123-456-789", "123-456-789", None)],
    "chorus": [("https://go.chorus.ai/abc123", None, None)],
    "gong": [("https://acme.join.gong.io/jdoe/abc", None, None)],
    "livestorm": [
        ("https://app.livestorm.co/p/01234567-89ab-cdef-0123-456789abcdef/live?s=abc", None, None)
    ],
    "tuple": [("https://tuple.app/c/abc123", None, None)],
    "pumble": [("https://meet.pumble.com/abc-defg-hij", None, None)],
    "suit_conference": [("https://conference.istesuit.com/room123", None, None)],
    "doxy_me": [("https://doxy.me/drsmith", None, None)],
    "calcom": [("https://app.cal.com/video/abc123XYZ", None, None)],
    "zm_page": [("https://acme.zm.page", None, None)],
    "livekit": [("https://meet.livekit.io/rooms/abc-def-ghi", None, None)],
    "meetecho": [("https://meetings.conf.meetecho.com/ietf120/?group=abc", None, None)],
    "streamyard": [("https://streamyard.com/abcdefghjk", None, None)],
    "riverside": [
        ("https://riverside.fm/studio/acme-podcast", None, None),
        ("https://riverside.com/studio/acme?t=abc", None, None),
    ],
    "webinargeek": [("https://acme.webinargeek.com/watch/abc123", None, None)],
    "element_call": [("https://call.element.io/room/#/acme-standup?roomId=abc", None, None)],
    "brave_talk": [("https://talk.brave.com/AbCdEfGhIjKlMnOpQrStUv", None, None)],
    "daily": [("https://acme.daily.co/standup", None, None)],
    "airmeet": [("https://www.airmeet.com/e/01234567-89ab", None, None)],
    "clickmeeting": [("https://acme.clickmeeting.com/weekly-webinar", None, None)],
    "adobe_connect": [("https://acme.adobeconnect.com/training/", None, None)],
    "bigmarker": [("https://www.bigmarker.com/acme/product-launch", None, None)],
    "kumospace": [("https://www.kumospace.com/acme", None, None)],
    "on24": [("https://event.on24.com/wcc/r/1234567/ABCDEF", None, None)],
}

# Real pages on service domains that are not join links.
NOT_JOIN_LINKS: list[str] = [
    "https://zoom.us/u/kbZ3xQ7Pq",
    "https://zoom.us/pricing",
    "https://zoom.us/",
    "https://meet.google.com/",
    "https://meet.google.com/landing",
    "https://support.google.com/a/users/answer/9282720",
    TEAMS_OPTIONS,
    "https://teams.microsoft.com/",
    "https://www.ringcentral.com/support.html",
    "https://whereby.com/information/pricing",
    "https://daily.co/pricing",
    "https://www.gotomeeting.com/features",
    "https://meet.goto.com/install",
    "https://aka.ms/JoinTeamsMeeting",
    "https://help.webex.com",
    "https://www.webex.com/pricing/index.html",
    "https://tel.meet/abc-defg-hij?pin=1234567890123",
    "https://zm.page",
    "https://discord.com/blog",
    # Dial-in pages in every Skype for Business / Teams invitation.
    "https://dialin.lync.com/usp/pstnconferencing",
    "https://dialin.lync.com/8b6a3c0e-1234-4a5b-9c8d-0e1f2a3b4c5d",
    "https://dialin.teams.microsoft.com/usp/pstnconferencing",
    "https://dialin.teams.microsoft.com/8b6a3c0e-1234-4a5b?id=123456789",
    "https://calendar.google.com/calendar/event?action=VIEW&eid=NGFiY2RlZg",
]

# Hostile URL shapes that must never become links nor pass is_safe_web_url.
UNSAFE_URLS: list[str] = [
    "https://zoom.us@evil.example/j/1",
    "https://evil.example\\@zoom.us/j/1",
    "https://user:pw@zoom.us/j/1",
    "https://@zoom.us/j/1",
    "https://z\u043e\u043em.us/j/1",
    "https://zoom.us\u202e/j/1",
    "https://zoom.us/j/1\x00",
    "https://zoom.us/j/1\x07",
    "https://zoom.us/j/ 1",
    "https://zoom.us/j/\t1",
    "https://zoom.us/j/\n1",
    "https://zoom.us/j/1\u200b",
    "https://zoom.us/j/1\u00a0",
    "https://zoom%2eus/j/1",
    "https://zoom_us.example/j/1",
    "https://-zoom.us/j/1",
    "https://[::1]/j/1",
    "https://zoom.us:99999/j/1",
    "https://zoom.us:443x/j/1",
    "https:zoom.us/j/1",
    "https:/zoom.us/j/1",
    "https:///zoom.us/j/1",
    "https:\\\\zoom.us\\j\\1",
    "//zoom.us/j/1",
    "zoom.us/j/1",
    "/j/1",
    "\\\\evil\\share\\zoom.us",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "file://evil/share/x.exe",
    "smb://evil/share",
    "mk:@MSITStore:evil.chm::/x.htm",
    "ms-msdt:/id PCWDiagnostic",
    "search-ms:query=x",
    "ftp://zoom.us/j/1",
    "",
    " ",
    "https://" + "a" * 9000 + ".com/",
]
