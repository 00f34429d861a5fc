"""Meeting links, Jitsi rooms and invitation text (pure Python: no Qt, no network)."""

from desktop.conferencing.invitation import (
    DEFAULT_TEMPLATE,
    PLACEHOLDERS,
    render_invitation,
    validate_template,
)
from desktop.conferencing.jitsi import new_jitsi_room_url
from desktop.conferencing.links import (
    APP_SCHEMES,
    MAX_CANDIDATES,
    MAX_URL_LENGTH,
    MAX_URL_TOKENS,
    SERVICES,
    SERVICES_BY_ID,
    CustomPattern,
    LinkSource,
    MeetingLink,
    Service,
    detect_links,
    extract_meeting_id_and_passcode,
    html_to_text,
    is_safe_web_url,
    link_for_url,
    safe_host,
)

__all__ = [
    "APP_SCHEMES",
    "DEFAULT_TEMPLATE",
    "MAX_CANDIDATES",
    "MAX_URL_LENGTH",
    "MAX_URL_TOKENS",
    "PLACEHOLDERS",
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
    "new_jitsi_room_url",
    "render_invitation",
    "safe_host",
    "validate_template",
]
