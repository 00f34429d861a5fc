"""Zoom as the meeting-link provider: sign-in, and a Zoom meeting per scheduled event.

Shared by the GUI and the CLI. The Zoom meeting is made (or changed, or deleted) before the
event is saved, and its link, id, passcode and dial-in numbers go into the event's
invitation. Zoom's tokens live in the keyring (desktop.conferencing.zoom).
"""

from __future__ import annotations

import webbrowser
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from desktop.i18n import Text, message_of
from desktop.services.errors import ServiceError, ValidationError
from desktop.services.meetings import Conference, ScheduleRequest
from desktop.services.settings import SettingsService
from desktop.timezones import resolve_timezone

if TYPE_CHECKING:
    # httpx and the Zoom client load when Zoom is used, not at start-up.
    from desktop.conferencing.zoom import (
        ZoomClient,
        ZoomConfig,
        ZoomMeeting,
        ZoomMeetingRequest,
        ZoomTokenStore,
    )


class ZoomLinkService:
    def __init__(self, settings: SettingsService) -> None:
        self._settings = settings
        self._tokens: ZoomTokenStore | None = None

    @property
    def _store(self) -> ZoomTokenStore:
        if self._tokens is None:
            from desktop.conferencing.zoom import ZoomTokenStore

            self._tokens = ZoomTokenStore()
        return self._tokens

    def config(self) -> ZoomConfig:
        from desktop.conferencing.zoom import ZoomConfig, read_client_secret

        return ZoomConfig(
            self._settings.get_str("zoom_client_id"),
            read_client_secret(),
            self._settings.get_str("zoom_oauth_url") or "https://zoom.us",
            self._settings.get_str("zoom_api_url") or "https://api.zoom.us/v2",
        )

    def signed_in(self) -> bool:
        # A plain flag, not a keyring read: the settings page asks at start-up. Whether the
        # kept sign-in still works is found out when it is used.
        return bool(self._settings.get("zoom_signed_in"))

    async def sign_in(self, *, open_browser: Callable[[str], bool] | None = None) -> str:
        """Sign in to Zoom in the browser; returns the Zoom account's e-mail."""
        from desktop.conferencing.zoom import ZoomClient, ZoomError, sign_in

        try:
            config = self.config().validated()
            # Looked up when called, so the BROWSER variable (and tests) are honoured.
            browser = open_browser or webbrowser.open
            await sign_in(config, open_browser=browser, store=self._store)
            async with ZoomClient(config, self._store) as client:
                me = await client.me()
        except ZoomError as exc:
            raise ServiceError(message_of(exc)) from None
        self._settings.set("zoom_signed_in", True)
        return str(me.get("email") or "")

    def sign_out(self) -> None:
        self._store.clear()
        self._settings.set("zoom_signed_in", False)

    def meeting_request(self, request: ScheduleRequest) -> ZoomMeetingRequest:
        from desktop.conferencing.zoom import (
            ZoomMeetingRequest,
            ZoomMeetingSettings,
            zoom_recurrence,
        )
        from desktop.recurrence import RecurrenceError, parse_rrule

        defaults = self._settings.get("zoom_defaults")
        options = dict(defaults) if isinstance(defaults, dict) else {}
        options["authentication_domains"] = tuple(options.get("authentication_domains") or ())

        zone = resolve_timezone(request.timezone)
        if zone is None:
            raise ValidationError(
                {"timezone": Text("Unknown time zone '{zone}'.", zone=request.timezone)}
            )
        start = request.start if request.start.tzinfo else request.start.replace(tzinfo=zone)
        recurrence = None
        if request.recurrence:
            try:
                rule = parse_rrule(request.recurrence)
            except RecurrenceError as exc:
                raise ValidationError({"recurrence": message_of(exc)}) from None
            recurrence = zoom_recurrence(rule, start.astimezone(zone))
        return ZoomMeetingRequest(
            recurrence=recurrence,
            repeats=bool(request.recurrence),
            topic=request.topic.strip() or "Meeting",
            start=start,
            duration_minutes=max(1, request.duration_minutes),
            timezone=str(zone.key),
            password=request.passcode,
            agenda=request.description[:2000],
            settings=ZoomMeetingSettings(
                host_video=request.host_video,
                participant_video=request.participant_video,
                join_before_host=request.join_before_host,
                mute_upon_entry=request.mute_on_entry,
                waiting_room=request.waiting_room,
                alternative_hosts=tuple(request.alternative_hosts),
                **options,  # the person's Zoom options (Settings or `meetdesk zoom options`)
            ),
        )

    @staticmethod
    def conference(meeting: ZoomMeeting) -> Conference:
        from desktop.conferencing.zoom import invitation_fields

        fields = invitation_fields(meeting)
        return Conference(
            provider="zoom",
            join_url=meeting.join_url,
            meeting_id=fields.get("meeting_id", ""),
            passcode=fields.get("passcode", ""),
            dial_in=fields.get("dial_in", ""),
            provider_meeting_id=str(meeting.id),
            h323_password=fields.get("h323_password", ""),
            pstn_password=fields.get("pstn_password", ""),
        )

    async def create(self, request: ScheduleRequest) -> Conference:
        """Make the Zoom meeting for a request about to be scheduled."""
        return await self._with_client(
            lambda client: client.create_meeting(self.meeting_request(request))
        )

    async def update(self, meeting_id: str, request: ScheduleRequest) -> Conference:
        return await self._with_client(
            lambda client: client.update_meeting(int(meeting_id), self.meeting_request(request))
        )

    async def delete(self, meeting_id: str) -> None:
        from desktop.conferencing.zoom import ZoomClient, ZoomError

        try:
            async with ZoomClient(self.config(), self._store) as client:
                await client.delete_meeting(int(meeting_id))
        except ZoomError as exc:
            raise ServiceError(message_of(exc)) from None

    async def _with_client(
        self, call: Callable[[ZoomClient], Awaitable[ZoomMeeting]]
    ) -> Conference:
        from desktop.conferencing.zoom import ZoomClient, ZoomError

        try:
            async with ZoomClient(self.config(), self._store) as client:
                meeting = await call(client)
        except ZoomError as exc:
            raise ServiceError(message_of(exc)) from None
        except ValueError as exc:
            raise ValidationError({"meeting_link": message_of(exc)}) from None
        return self.conference(meeting)
