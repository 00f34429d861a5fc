"""What the sync engine tells a person is a translatable Text: state reasons, progress lines,
problems, held-back deletions. Each is checked through a real sync, then rendered with a small
fake translation."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.domain import Account, AccountState, Calendar
from desktop.i18n import Text, message_of, render
from desktop.providers.base import (
    AuthError,
    Conflict,
    Page,
    ProviderError,
    TransientError,
)
from desktop.sync import SyncEngine
from desktop.sync.engine import MAX_PROBLEM_CHARS, PROGRESS_FROM
from tests.i18n_fakes import dictionary
from tests.unit.sync.conftest import BOOK, BOOK_RID, CAL, CAL_RID, WORK, Harness, soon

pytestmark = pytest.mark.asyncio

HOUR = timedelta(hours=1)

FRENCH = {
    "Sign in to sync this account.": "Connectez-vous pour synchroniser ce compte.",
    "Cannot connect: {reason}": "Connexion impossible : {reason}",
    "Unexpected problem while syncing: {error}": "Problème inattendu : {error}",
    "The service cannot be reached; trying again later.": "Service injoignable.",
    "Sign in again to keep this account in sync.": "Reconnectez-vous.",
    "Cannot reach {host}: {reason}": "Impossible de joindre {host} : {reason}",
    "The password was changed.": "Le mot de passe a changé.",
    "Reading '{name}' for the first time ({number} of {total})": (
        "Première lecture de « {name} » ({number} sur {total})"
    ),
    "Saving {count} items of '{name}' ({number} of {total})": (
        "Enregistrement de {count} éléments de « {name} » ({number} sur {total})"
    ),
    "Syncing '{name}' ({number} of {total})": (
        "Synchronisation de « {name} » ({number} sur {total})"
    ),
    "The server says {count} of {total} meetings in '{name}' were deleted."
    " Confirm in Meetdesk to delete them here too.": (
        "Le serveur dit que {count} réunions sur {total} de « {name} » ont été supprimées."
    ),
    "The server says {count} of {total} contacts in '{name}' were deleted."
    " Confirm in Meetdesk to delete them here too.": (
        "Le serveur dit que {count} contacts sur {total} de « {name} » ont été supprimés."
    ),
    "'{name}' is no longer on the server. Confirm in Meetdesk to remove its"
    " {count} meetings here too.": "« {name} » n'est plus sur le serveur ({count} réunions).",
    "'{name}' is no longer on the server. Confirm in Meetdesk to remove its"
    " meeting here too.": "« {name} » n'est plus sur le serveur (une réunion).",
    "The server refused a change: {reason}": "Le serveur a refusé une modification : {reason}",
    "Calendar is read-only": "Agenda en lecture seule",
    "The server refused to add '{title}'.": "Le serveur a refusé d'ajouter « {title} ».",
    "Skipped an item in '{name}': {problem}": "Élément ignoré dans « {name} » : {problem}",
    "'{title}' was changed on the server after you deleted it here; it was kept.": (
        "« {title} » a changé sur le serveur ; gardé."
    ),
    "'{title}' was deleted on the server after you changed it here; it was put back.": (
        "« {title} » a été supprimé sur le serveur ; remis."
    ),
}


french = dictionary(FRENCH)


def remote(h: Harness, title: str, days: int = 1) -> str:
    start = soon(days)
    return h.server.remote_create(CAL_RID, title, start, start + HOUR)


def stored_reason(h: Harness) -> str:
    account = h.store.get_account(WORK)
    assert account is not None
    return account.state_reason


async def test_no_provider_asks_to_sign_in_in_the_persons_language(harness: Harness) -> None:
    h = harness
    del h.servers[WORK]
    report = await h.sync()
    assert report.state is AccountState.NEEDS_SIGN_IN
    assert isinstance(report.reason, Text)
    assert report.reason.template == "Sign in to sync this account."
    assert render(report.reason, french) == "Connectez-vous pour synchroniser ce compte."
    # The window reads it back from the store, still translatable.
    assert render(stored_reason(h), french) == "Connectez-vous pour synchroniser ce compte."


async def test_a_provider_that_cannot_be_built_says_why_around_the_error(harness: Harness) -> None:
    h = harness

    def broken(account: Account) -> None:
        raise RuntimeError("no route to host")

    report = await SyncEngine(h.store, broken).sync_account(WORK)
    assert report.state is AccountState.ERROR
    assert report.reason == "Cannot connect: no route to host"
    assert isinstance(report.reason, Text)
    assert render(report.reason, french) == "Connexion impossible : no route to host"

    def keyed(account: Account) -> None:
        raise KeyError("work")  # str() of a KeyError is what is shown, quotes and all

    report = await SyncEngine(h.store, keyed).sync_account(WORK)
    assert report.reason == "Cannot connect: 'work'"


async def test_an_auth_error_keeps_the_providers_text(harness: Harness) -> None:
    h = harness
    h.server.fail("calendars", AuthError(Text("The password was changed.")))
    report = await h.sync()
    assert report.state is AccountState.NEEDS_SIGN_IN
    assert isinstance(report.reason, Text)
    assert render(report.reason, french) == "Le mot de passe a changé."
    assert render(stored_reason(h), french) == "Le mot de passe a changé."
    # Plain text from a provider stays plain text (and English).
    h.server.fail("calendars", AuthError("Token revoked."))
    report = await h.sync()
    assert report.reason == "Token revoked." and not isinstance(report.reason, Text)
    # Without a message: the engine's own words.
    h.server.fail("calendars", AuthError())
    report = await h.sync()
    assert render(report.reason, french) == "Reconnectez-vous."


async def test_an_offline_account_says_why_in_the_persons_language(harness: Harness) -> None:
    h = harness
    why = Text("Cannot reach {host}: {reason}", host="dav.example", reason="refused")
    h.server.fail("calendars", TransientError(why), times=5)
    report = await h.sync()
    assert report.state is AccountState.OFFLINE
    assert render(report.reason, french) == "Impossible de joindre dav.example : refused"
    h.server.fail("calendars", TransientError(""), times=5)
    report = await h.sync()
    assert render(report.reason, french) == "Service injoignable."


async def test_a_long_reason_is_cut_and_a_short_one_stays_a_text(harness: Harness) -> None:
    h = harness
    h.server.fail("calendars", ProviderError(Text("{words}", words="word " * 100)))
    report = await h.sync()
    assert len(report.reason) == MAX_PROBLEM_CHARS and report.reason.endswith("…")
    h.server.fail("calendars", ProviderError(Text("The password was changed.")))
    report = await h.sync()
    assert isinstance(report.reason, Text)


async def test_an_unexpected_failure_is_named_in_a_text(harness: Harness) -> None:
    h = harness
    h.server.fail("calendars", RuntimeError("bug"))
    report = await h.sync()
    assert report.state is AccountState.ERROR
    assert report.reason == "Unexpected problem while syncing: RuntimeError"
    assert render(report.reason, french) == "Problème inattendu : RuntimeError"


async def test_progress_lines_are_texts(harness: Harness) -> None:
    h = harness
    for number in range(PROGRESS_FROM):
        remote(h, f"Meeting {number}", days=1 + number % 20)
    reasons: list[str] = []

    def listen(topic: str) -> None:
        account = h.store.get_account(WORK)
        if topic == "accounts" and account is not None and account.state is AccountState.SYNCING:
            reasons.append(account.state_reason)

    await h.sync(h.engine(on_change=listen))
    shown = [render(r, french) for r in reasons if isinstance(r, Text)]
    assert "Première lecture de « Work » (1 sur 2)" in shown
    assert f"Enregistrement de {PROGRESS_FROM} éléments de « Work » (1 sur 2)" in shown
    reasons.clear()
    remote(h, "One more")
    await h.sync(h.engine(on_change=listen))
    assert "Synchronisation de « Work » (1 sur 2)" in [render(r, french) for r in reasons]


async def test_held_back_deletions_are_explained_in_the_persons_language(harness: Harness) -> None:
    h = harness
    for i in range(3):
        remote(h, f"M{i}")
    for name in ("Ann", "Bob", "Cy"):
        h.server.remote_create_contact(BOOK_RID, name)
    await h.sync()
    h.server.collections[CAL_RID].items.clear()
    h.server.collections[BOOK_RID].items.clear()
    h.server.expire_cursors()
    report = await h.sync()
    assert report.state is AccountState.ERROR
    assert render(report.reason, french) == (
        "Le serveur dit que 3 réunions sur 3 de « Work » ont été supprimées."
    )
    assert isinstance(stored_reason(h), Text)
    assert render(stored_reason(h), french) == render(report.reason, french)
    held = {p.collection_id: p.reason for p in h.engine().pending_mass_deletes(WORK)}
    assert held == {
        CAL: "The server says 3 of 3 meetings in 'Work' were deleted. Confirm in Meetdesk to"
        " delete them here too.",
        BOOK: "The server says 3 of 3 contacts in 'Contacts' were deleted. Confirm in Meetdesk to"
        " delete them here too.",
    }
    engine = h.engine()
    engine.confirm_mass_delete(WORK, CAL)
    report = await h.sync(engine)
    assert render(report.reason, french) == (
        "Le serveur dit que 3 contacts sur 3 de « Contacts » ont été supprimés."
    )


async def test_a_vanished_calendar_is_explained_in_the_persons_language(harness: Harness) -> None:
    h = harness
    h.server.add_calendar("old", "Old")
    h.server.remote_create("old", "Kept", soon(), soon() + HOUR)
    await h.sync()
    h.server.remove_collection("old")
    report = await h.sync()
    assert report.reason == (
        "'Old' is no longer on the server. Confirm in Meetdesk to remove its meeting here too."
    )
    assert render(report.reason, french) == "« Old » n'est plus sur le serveur (une réunion)."


async def test_a_refused_change_is_a_problem_with_the_servers_reason(harness: Harness) -> None:
    h = harness
    h.schedule("Planning")
    h.server.fail("create", ProviderError(Text("Calendar is read-only")))
    report = await h.sync()
    [problem] = report.problems
    assert problem == "The server refused a change: Calendar is read-only"
    assert (
        render(problem, french) == "Le serveur a refusé une modification : Agenda en lecture seule"
    )


async def test_an_add_the_server_refuses_says_which_item(harness: Harness) -> None:
    h = harness
    h.schedule("Planning")
    h.server.fail("create", Conflict("412"))
    report = await h.sync()
    [problem] = report.problems
    assert render(problem, french) == (
        "Le serveur a refusé une modification : Le serveur a refusé d'ajouter « Planning »."
    )


async def test_items_skipped_by_a_pull_are_texts(harness: Harness) -> None:
    h = harness
    remote(h, "Readable")
    h.server.report_problem(CAL_RID, "x.ics is larger than 5 MB")
    report = await h.sync()
    [problem] = report.problems
    assert render(problem, french) == "Élément ignoré dans « Work » : x.ics is larger than 5 MB"


async def test_conflict_outcomes_are_texts(harness: Harness) -> None:
    h = harness
    kept = h.schedule("Planning")
    back = h.schedule("Review")
    await h.sync()
    kept_rid = h.ctx.meetings.get(kept.id).remote_id
    back_rid = h.ctx.meetings.get(back.id).remote_id
    h.server.remote_edit(CAL_RID, kept_rid, title="Planning, new agenda")
    h.ctx.meetings.delete(kept.id)
    h.server.remote_delete(CAL_RID, back_rid)
    h.edit(back.id, "Review, still needed")
    report = await h.sync()
    shown = sorted(render(p, french) for p in report.problems)
    assert shown == [
        "« Planning, new agenda » a changé sur le serveur ; gardé.",
        "« Review, still needed » a été supprimé sur le serveur ; remis.",
    ]
    assert all(isinstance(p, Text) for p in report.problems)


async def test_errors_the_engine_raises_carry_texts(harness: Harness) -> None:
    h = harness
    remote(h, "M0")
    original = h.server.pull

    async def stuck(calendar: Calendar, cursor: str | None) -> Page:
        """Says "more" and gives back the cursor it was asked with: a listing that loops."""
        page = await original(calendar, cursor)
        return Page(page.upserts, page.deletions, cursor, True, page.problems)

    h.server.pull = stuck  # type: ignore[method-assign]
    report = await h.sync()
    assert report.state is AccountState.ERROR
    assert isinstance(report.reason, Text)
    assert report.reason.template == "The server's listing of '{name}' does not advance."
    assert isinstance(message_of(ProviderError(report.reason)), Text)
