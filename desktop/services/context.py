"""Builds the services once for a profile: shared by the GUI (app.py) and the CLI."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from desktop.policy import Policy, load_policy
from desktop.profile import Profile
from desktop.services.contacts import ContactService
from desktop.services.integration import IntegrationService
from desktop.services.meetings import MeetingService
from desktop.services.notifications import Notifier
from desktop.services.reminders import ReminderService
from desktop.services.settings import SettingsService
from desktop.services.sync import SyncService
from desktop.services.zoom_links import ZoomLinkService
from desktop.store import Store

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    profile: Profile
    store: Store
    policy: Policy
    notifier: Notifier
    settings: SettingsService
    meetings: MeetingService
    contacts: ContactService
    integration: IntegrationService
    sync: SyncService
    reminders: ReminderService
    zoom: ZoomLinkService

    def close(self) -> None:
        self.store.close()


def build_context(
    profile: Profile,
    *,
    policy: Policy | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> AppContext:
    profile.ensure()
    store = Store(profile.database_path)
    policy = policy if policy is not None else load_policy()
    for problem in policy.problems:
        log.warning("Policy: %s", problem)
    notifier = Notifier()
    settings = SettingsService(store, policy, notifier)
    integration = IntegrationService(store, settings, notifier)
    meetings = MeetingService(store, settings, notifier, clock=clock)
    sync = SyncService(store, settings, integration, notifier, clock=clock)
    zoom = ZoomLinkService(settings)
    sync.after_pull = meetings.add_links_where_asked

    async def add_zoom_links() -> object:
        if not zoom.signed_in():
            return False
        return await meetings.add_zoom_links_where_asked(zoom.create)

    sync.after_pull_async = add_zoom_links
    return AppContext(
        profile=profile,
        store=store,
        policy=policy,
        notifier=notifier,
        settings=settings,
        meetings=meetings,
        contacts=ContactService(store, settings, notifier),
        integration=integration,
        sync=sync,
        reminders=ReminderService(meetings, settings, store, clock=clock),
        zoom=zoom,
    )
