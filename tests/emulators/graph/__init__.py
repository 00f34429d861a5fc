"""A local Microsoft identity platform + Microsoft Graph v1.0 emulator for end-to-end tests.

    from tests.emulators.graph import GraphEmulator

    with GraphEmulator(tenant="contoso") as emu:
        alice = emu.add_user("alice@contoso.example", "Alice Able")
        emu.add_event(alice, subject="Planning", start=..., end=...)
        # msal: PublicClientApplication(emu.client_id, authority=emu.authority_url,
        #       instance_discovery=False, http_client=<requests.Session, trust_env=False,
        #       verify=emu.ca_path>)
        # Graph: httpx.Client(base_url=emu.graph_url, verify=emu.ca_path) -> /v1.0/me/...

Everything lives in memory; seeding and "another client changed this" go through methods
(add_event, update_event, move_event, share_calendar, add_contact, ...). Fault injection:
throttle_next, expire_delta_tokens, revoke_refresh_tokens, replay_in_delta, empty_pages,
response_delay and the per-mailbox concurrency limit. ``emu.requests`` records every request.

Run by hand: ``python -m tests.emulators.graph --seed demo`` (see __main__.py).
"""

from .emulator import DEFAULT_CLIENT_ID, DELEGATED_SCOPES, GraphEmulator, RequestRecord

__all__ = ["DEFAULT_CLIENT_ID", "DELEGATED_SCOPES", "GraphEmulator", "RequestRecord"]
