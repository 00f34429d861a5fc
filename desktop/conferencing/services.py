"""The table of meeting services whose join links Meetdesk recognises.

Each service lists *rules*: a registrable domain and a path pattern. A URL is a
join link of that service only when its host equals the domain or is a
subdomain of it (checked by label, never by substring) and the path pattern
matches. Domains written ``*.example.com`` require a subdomain, because the bare
domain is a marketing site and only ``team.example.com`` hosts rooms.

The path patterns are matched with ``re.match`` against the part of the URL
after the host (path, then ``?query``, then ``#fragment``). They are kept free
of nested repetition so matching stays linear in the URL length.

Sources: MeetingBar's provider catalogue (leits/MeetingBar,
``MeetingProvider.swift``), tightened where MeetingBar accepted a whole domain
(RingCentral, Zoom ``/u/`` pages) or allowed look-alike hosts (``evilzoom.us``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Service:
    """One meeting service: stable id, display name and its URL shapes."""

    id: str
    name: str
    # (domain, path regex). "*.domain" means a subdomain is required.
    rules: tuple[tuple[str, str], ...]
    # Recognise "host/path" written without a scheme in plain text. Only for
    # services whose host+path shape cannot be mistaken for something else.
    bare: bool = False
    # The service's own URL schemes (e.g. zoommtg:) and the path they must have.
    app_schemes: tuple[str, ...] = ()
    app_path: str | None = None
    # Regex with optional named groups "id" and "pw", matched against the
    # path+query+fragment, to read the meeting id / passcode from the URL.
    details: str | None = None
    id_param: str | None = None
    pw_param: str | None = None

    @property
    def domains(self) -> tuple[str, ...]:
        return tuple(domain.removeprefix("*.") for domain, _ in self.rules)


_ANY = r"/[^?#]"  # a non-empty path: "/x..." (the service's catch-all shape)
_ZOOM_PATH = (
    r"/(?:j|w|s|my|wc/join|wc)/[A-Za-z0-9._-]+"
    r"|/wc/\d+/(?:join|start)"
    r"|/(?:meeting|webinar)/register/[A-Za-z0-9_-]+"
)
_ZOOM_DETAILS = r"/(?:j|w|s|wc/join|wc)/(?P<id>\d{9,12})(?:[/?#]|$)"
_TEAMS_PATH = r"/l/meetup-join/[^?#]+|/meet/\d{6,20}(?:[/?#]|$)"

SERVICES: tuple[Service, ...] = (
    Service(
        "meet",
        "Google Meet",
        (
            ("meet.google.com", r"/(?:_meet/)?[a-z]{3,4}-[a-z]{4}-[a-z]{3,4}(?:[/?#]|$)"),
            ("meet.google.com", r"/lookup/[A-Za-z0-9_-]+"),
            ("g.co", r"/meet/[A-Za-z0-9_-]+"),
        ),
        bare=True,
        details=r"/(?:_meet/)?(?P<id>[a-z]{3,4}-[a-z]{4}-[a-z]{3,4})(?:[/?#]|$)",
    ),
    Service(
        "meet_stream", "Google Meet Stream", (("stream.meet.google.com", r"/stream/[a-z0-9-]+"),)
    ),
    Service(
        "hangouts",
        "Google Hangouts",
        (("hangouts.google.com", r"/(?:call/|hangouts/_/)[^?#]"),),
    ),
    Service("duo", "Google Duo", (("duo.app.goo.gl", _ANY),)),
    Service(
        "proton_meet",
        "Proton Meet",
        (("meet.proton.me", r"/join/[A-Za-z0-9_-]+"),),
        bare=True,
        details=r"/join/(?P<id>[A-Za-z0-9_-]+)(?:\?[^#]*)?(?:#pwd-(?P<pw>[A-Za-z0-9_-]+))?",
    ),
    Service(
        "zoom",
        "Zoom",
        (
            ("zoom.us", _ZOOM_PATH),
            ("zoom.com", _ZOOM_PATH),
            ("zoom.com.cn", _ZOOM_PATH),
            ("zoom.de", _ZOOM_PATH),
            ("zoom-x.de", _ZOOM_PATH),
        ),
        bare=True,
        app_schemes=("zoommtg", "zoomus"),
        app_path=r"/(?:join|start)(?:[?#]|$)",
        details=_ZOOM_DETAILS,
        id_param="confno",
        pw_param="pwd",
    ),
    Service(
        "zoomgov",
        "ZoomGov",
        (("zoomgov.com", _ZOOM_PATH),),
        bare=True,
        details=_ZOOM_DETAILS,
        pw_param="pwd",
    ),
    Service("reclaim", "Reclaim.ai (Zoom)", (("reclaim.ai", r"/z/[A-Za-z0-9./_-]+"),)),
    Service(
        "teams",
        "Microsoft Teams",
        (
            ("teams.microsoft.com", _TEAMS_PATH),
            ("teams.live.com", _TEAMS_PATH),
            ("teams.cloud.microsoft", _TEAMS_PATH),
            # GCC High and DoD: gov.teams.microsoft.us, dod.teams.microsoft.us.
            ("teams.microsoft.us", _TEAMS_PATH),
        ),
        bare=True,
        app_schemes=("msteams", "ms-teams"),
        app_path=_TEAMS_PATH,
        details=r"/meet/(?P<id>\d{6,20})(?:[/?#]|$)",
        pw_param="p",
    ),
    Service(
        "webex",
        "Cisco Webex",
        (
            (
                "webex.com",
                r"/(?:meet|join)/[A-Za-z0-9._@-]+"
                r"|/[A-Za-z0-9-]+/[jkmew]\.php\?"
                r"|/wbxmjs/joinservice/sites/[^/?#]+/meeting/",
            ),
        ),
        bare=True,
    ),
    Service("jitsi", "Jitsi Meet", (("meet.jit.si", r"/[^/?#]"),), bare=True),
    Service(
        "chime",
        "Amazon Chime",
        (("chime.aws", r"/\d{10}(?:[/?#]|$)|/meetings/[^\s]"),),
        bare=True,
        details=r"/(?P<id>\d{10})(?:[/?#]|$)",
    ),
    Service(
        "ringcentral",
        "RingCentral",
        (("ringcentral.com", r"/(?:j|join)/\d{6,}"),),
        bare=True,
        details=r"/(?:j|join)/(?P<id>\d{6,})",
        pw_param="pw",
    ),
    Service(
        "gotomeeting",
        "GoTo Meeting",
        (
            ("gotomeeting.com", r"/(?:join|meeting)/\d{9}(?:[/?#]|$)"),
            ("meet.goto.com", r"/(?:join/)?\d{9}(?:[/?#]|$)"),
            ("app.goto.com", r"/meeting/\d{9}(?:[/?#]|$)"),
        ),
        bare=True,
        details=r"/(?:join/|meeting/)?(?P<id>\d{9})(?:[/?#]|$)",
    ),
    Service(
        "gotowebinar",
        "GoTo Webinar",
        (("gotowebinar.com", r"/(?:register|join|join-webinar|rt)/[A-Za-z0-9_-]+"),),
        bare=True,
    ),
    Service(
        "bluejeans",
        "BlueJeans",
        (("bluejeans.com", r"/\d{5,}(?:/\d{3,})?(?:[/?#]|$)|/m/[A-Za-z0-9]+|/s/[A-Za-z0-9]+"),),
        bare=True,
        details=r"/(?P<id>\d{5,})(?:/(?P<pw>\d{3,}))?(?:[/?#]|$)",
    ),
    Service("8x8", "8x8 Meet", (("8x8.vc", r"/[^/?#]"),), bare=True),
    Service("demio", "Demio", (("event.demio.com", _ANY),)),
    Service("join_me", "join.me", (("join.me", r"/[A-Za-z0-9._-]+"),)),
    Service(
        "whereby",
        "Whereby",
        (("whereby.com", r"/[A-Za-z0-9._-]+/?(?:[?#]|$)"),),
        bare=True,
    ),
    Service("uberconference", "UberConference", (("uberconference.com", r"/[A-Za-z0-9._-]+"),)),
    Service(
        "dialpad",
        "Dialpad Meetings",
        (("meetings.dialpad.com", r"/(?:room/)?[A-Za-z0-9._-]+"),),
        bare=True,
    ),
    Service("blizz", "Blizz", (("go.blizz.com", _ANY),)),
    Service("teamviewer_meeting", "TeamViewer Meeting", (("go.teamviewer.com", _ANY),)),
    Service("vsee", "VSee", (("vsee.com", _ANY), ("vsee.me", _ANY))),
    Service("starleaf", "StarLeaf", (("meet.starleaf.com", _ANY),)),
    Service("voov", "VooV Meeting", (("voovmeeting.com", _ANY),)),
    Service(
        "tencent_meeting",
        "Tencent Meeting",
        (("meeting.tencent.com", r"/(?:dm|p|s|l)/[A-Za-z0-9]+"),),
        bare=True,
        details=r"/p/(?P<id>\d+)",
    ),
    Service("workplace", "Workplace from Meta", (("workplace.com", r"/groupcall/[^?#]"),)),
    Service(
        "lifesize",
        "Lifesize",
        (("lifesizecloud.com", r"/(?:extension/)?\d+(?:[/?#]|$)"),),
        bare=True,
        details=r"/(?:extension/)?(?P<id>\d+)(?:[/?#]|$)",
    ),
    Service("skype", "Skype", (("join.skype.com", r"/[A-Za-z0-9]+"),), bare=True),
    Service(
        "skype_business",
        "Skype for Business",
        # Only meet.lync.com hosts meetings; dialin.lync.com/usp/... (in every
        # invitation) is the PIN-reset page.
        (("meet.lync.com", r"/[^/?#]+/[^/?#]+"),),
    ),
    Service("facetime", "FaceTime", (("facetime.apple.com", r"/join"),), bare=True),
    Service(
        "vonage",
        "Vonage Meetings",
        (("meetings.vonage.com", r"/\d{9}(?:[/?#]|$)"),),
        bare=True,
        details=r"/(?P<id>\d{9})",
    ),
    Service("around", "Around", (("around.co", _ANY),)),
    Service("jam", "Jam", (("jam.systems", _ANY),)),
    Service(
        "discord",
        "Discord",
        (
            ("discord.gg", r"/[A-Za-z0-9_-]+"),
            ("discord.com", r"/(?:channels|invite|events)/[^?#]"),
            ("discordapp.com", r"/(?:channels|invite|events)/[^?#]"),
        ),
        bare=True,
    ),
    Service("blackboard_collab", "Blackboard Collaborate", (("bbcollab.com", _ANY),)),
    Service("coscreen", "CoScreen", (("join.coscreen.co", _ANY),)),
    Service("vowel", "Vowel", (("vowel.com", r"/#/g/[^\s]"),)),
    Service(
        "zhumu",
        "Zhumu",
        (("zhumu.com", r"/j/\d+"),),
        bare=True,
        details=r"/j/(?P<id>\d+)",
        pw_param="pwd",
    ),
    Service(
        "lark",
        "Lark",
        (("larksuite.com", r"/j/\d+"),),
        bare=True,
        details=r"/j/(?P<id>\d+)",
    ),
    Service(
        "feishu",
        "Feishu",
        (("feishu.cn", r"/j/\d+"),),
        bare=True,
        details=r"/j/(?P<id>\d+)",
    ),
    Service("ovice", "oVice", (("*.ovice.in", r""), ("*.ovice.com", _ANY))),
    Service("luma", "Luma", (("lu.ma", r"/join/[^?#]"), ("luma.com", r"/join/[^?#]"))),
    Service("userzoom", "UserZoom", (("go.userzoom.com", r"/participate/[a-z0-9-]+"),)),
    Service("venue", "Venue", (("app.venue.live", r"/app/[^?#]"),)),
    Service("teemyco", "Teemyco", (("app.teemyco.com", r"/room/[^?#]"),)),
    Service("demodesk", "Demodesk", (("demodesk.com", _ANY),)),
    Service(
        "zoho_cliq",
        "Zoho Cliq",
        (
            ("cliq.zoho.com", r"/meetings/[^?#]"),
            ("cliq.zoho.eu", r"/meetings/[^?#]"),
            ("cliq.zoho.in", r"/meetings/[^?#]"),
            ("cliq.zoho.com.au", r"/meetings/[^?#]"),
        ),
        bare=True,
    ),
    Service(
        "zoho_meeting",
        "Zoho Meeting",
        (
            ("meeting.zoho.com", r"/(?:meeting/)?(?:join|register)"),
            ("meeting.zoho.eu", r"/(?:meeting/)?(?:join|register)"),
            ("meeting.zoho.in", r"/(?:meeting/)?(?:join|register)"),
        ),
        bare=True,
        id_param="key",
    ),
    Service(
        "slack",
        "Slack huddle",
        (("app.slack.com", r"/huddle/[A-Za-z0-9./]+"),),
        bare=True,
    ),
    Service(
        "gather",
        "Gather",
        (("app.gather.town", r"/app/[A-Za-z0-9]+/[^?#]|/invite\?"),),
        bare=True,
    ),
    Service(
        "pop",
        "Pop",
        (("pop.com", r"/j/[0-9-]+"),),
        bare=True,
        details=r"/j/(?P<id>[0-9-]+)",
    ),
    Service("chorus", "Chorus", (("go.chorus.ai", _ANY),)),
    Service("gong", "Gong", (("join.gong.io", _ANY),)),
    Service(
        "livestorm",
        "Livestorm",
        (("livestorm.co", r"/p/[^?#]"), ("livestorm.com", r"/p/[^?#]")),
        bare=True,
    ),
    Service("tuple", "Tuple", (("tuple.app", r"/c/[^?#]"),)),
    Service("pumble", "Pumble", (("meet.pumble.com", r"/[a-z-]+"),)),
    Service("suit_conference", "Suit Conference", (("conference.istesuit.com", _ANY),)),
    Service("doxy_me", "Doxy.me", (("doxy.me", _ANY),)),
    Service("calcom", "Cal Video", (("app.cal.com", r"/video/[A-Za-z0-9./_-]+"),)),
    Service("zm_page", "zm.page", (("*.zm.page", r""),)),
    Service(
        "livekit",
        "LiveKit Meet",
        (("livekit.io", r"/rooms/[A-Za-z0-9-]+"),),
        bare=True,
    ),
    Service("meetecho", "Meetecho", (("meetings.conf.meetecho.com", _ANY),)),
    Service(
        "streamyard",
        "StreamYard",
        (("streamyard.com", r"/(?:guest/)?[a-z0-9]{8,13}(?:[/?#]|$)"),),
        bare=True,
    ),
    Service(
        "riverside",
        "Riverside",
        (("riverside.fm", r"/studio/[^?#]"), ("riverside.com", r"/studio/[^?#]")),
        bare=True,
    ),
    Service(
        "webinargeek",
        "WebinarGeek",
        (("webinargeek.com", r"/(?:watch|webinar)/[^?#]"),),
        bare=True,
    ),
    Service("element_call", "Element Call", (("call.element.io", r"/[^?#]|/?#"),)),
    Service("brave_talk", "Brave Talk", (("talk.brave.com", r"/[A-Za-z0-9_-]{10,}"),), bare=True),
    Service("daily", "Daily", (("*.daily.co", r"/[A-Za-z0-9_-]+"),)),
    Service("airmeet", "Airmeet", (("airmeet.com", r"/e/[A-Za-z0-9-]+"),), bare=True),
    Service("clickmeeting", "ClickMeeting", (("*.clickmeeting.com", r"/[A-Za-z0-9_-]+"),)),
    Service(
        "adobe_connect",
        "Adobe Connect",
        (("*.adobeconnect.com", r"/[A-Za-z0-9_-]+/?(?:[?#]|$)"),),
    ),
    Service(
        "bigmarker",
        "BigMarker",
        (("bigmarker.com", r"/[A-Za-z0-9_-]+/[A-Za-z0-9_-]+"),),
    ),
    Service("kumospace", "Kumospace", (("kumospace.com", r"/[A-Za-z0-9_-]+"),)),
    Service(
        "on24",
        "ON24",
        (("event.on24.com", r"/(?:wcc|eventRegistration|interface)/[^?#]"),),
    ),
)

SERVICES_BY_ID: dict[str, Service] = {service.id: service for service in SERVICES}

# Guard against a copy-paste duplicate id silently shadowing another service.
assert len(SERVICES_BY_ID) == len(SERVICES), "duplicate service id"
