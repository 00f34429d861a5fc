"""Contacts go through the same engine: push, pull, echo, conflicts, the deletion guard."""

from __future__ import annotations

import pytest

from desktop.domain import AccountState, Contact
from desktop.services.contacts import ContactInput
from desktop.sync import stable_collection_id
from tests.unit.sync.conftest import BOOK, BOOK_RID, WORK, Harness
from tests.unit.sync.memory_provider import CRASH, LOST, Crash

pytestmark = pytest.mark.asyncio


def names(h: Harness) -> list[str]:
    return sorted(c.display_name for c in h.store.contacts_in_folders([BOOK]))


def server_names(h: Harness) -> list[str]:
    return sorted(c.display_name for c in h.server.contacts(BOOK_RID).values())


def delete_locally(h: Harness, contact: Contact) -> None:
    """What a contacts delete does: the row and its outbox entry in one transaction."""
    current = h.store.get_contact(contact.id)
    assert current is not None
    with h.store.transaction():
        h.store.add_outbox(
            account_id=WORK,
            collection_id=BOOK,
            item_kind="contact",
            item_id=contact.id,
            op="delete",
            base_etag=current.etag,
            payload={"remote_id": current.remote_id},
        )
        h.store.delete_contact(contact.id)


async def test_contacts_are_pushed_pulled_and_echoes_ignored(harness: Harness) -> None:
    h = harness
    h.server.remote_create_contact(BOOK_RID, "Ann Remote", emails=("ann@example.com",))
    mine = h.ctx.contacts.add(ContactInput("Bob Local", emails=("bob@example.com",)), BOOK)
    report = await h.sync()
    assert (report.pushed, report.pulled) == (1, 1)
    assert names(h) == server_names(h) == ["Ann Remote", "Bob Local"]
    assert h.store.get_contact(mine.id).remote_id  # type: ignore[union-attr]
    h.server.calls.clear()
    report = await h.sync()
    assert (report.pushed, report.pulled) == (0, 0) and h.server.writes() == []
    h.ctx.contacts.edit(mine.id, ContactInput("Bob Local-Smith"))
    await h.sync()
    assert server_names(h) == ["Ann Remote", "Bob Local-Smith"]
    delete_locally(h, h.store.get_contact(mine.id))  # type: ignore[arg-type]
    await h.sync()
    assert server_names(h) == names(h) == ["Ann Remote"]
    assert h.store.pending_outbox(WORK) == []


async def test_a_lost_create_answer_and_a_crash_make_no_duplicate_contacts(
    harness: Harness,
) -> None:
    h = harness
    h.ctx.contacts.add(ContactInput("Lost Answer"), BOOK)
    h.server.fail("create_contact", LOST)
    await h.sync()
    h.ctx.contacts.add(ContactInput("Crashed"), BOOK)
    h.server.fail("create_contact", CRASH)
    with pytest.raises(Crash):
        await h.sync()
    await h.sync(h.engine())
    assert names(h) == server_names(h) == ["Crashed", "Lost Answer"]


async def test_contact_conflict_is_kept_until_resolved(harness: Harness) -> None:
    h = harness
    mine = h.ctx.contacts.add(ContactInput("Carol"), BOOK)
    await h.sync()
    rid = h.store.get_contact(mine.id).remote_id  # type: ignore[union-attr]
    h.ctx.contacts.edit(mine.id, ContactInput("Carol Mine"))
    h.server.remote_edit_contact(BOOK_RID, rid, display_name="Carol Theirs")
    engine = h.engine()
    report = await h.sync(engine)
    assert report.conflicts == 1
    assert names(h) == ["Carol Mine", "Carol Theirs"]
    [conflict] = engine.conflicts()
    assert conflict.item_kind == "contact" and conflict.server_title == "Carol Theirs"
    engine.resolve_conflict(mine.id, "theirs")
    assert names(h) == ["Carol Theirs"] and h.store.get_contact(mine.id) is not None
    await h.sync(engine)
    assert server_names(h) == ["Carol Theirs"] and h.store.pending_outbox(WORK) == []


async def test_contact_conflict_rules(harness: Harness) -> None:
    h = harness
    mine = h.ctx.contacts.add(ContactInput("Dan"), BOOK)
    await h.sync()
    rid = h.store.get_contact(mine.id).remote_id  # type: ignore[union-attr]
    h.ctx.contacts.edit(mine.id, ContactInput("Dan Mine"))
    h.server.remote_edit_contact(BOOK_RID, rid, display_name="Dan Theirs")
    await h.sync(h.engine(conflict_rule="local_wins"))
    assert names(h) == server_names(h) == ["Dan Mine"]
    h.ctx.contacts.edit(mine.id, ContactInput("Dan Mine 2"))
    h.server.remote_edit_contact(BOOK_RID, rid, display_name="Dan Theirs 2")
    await h.sync(h.engine(conflict_rule="server_wins"))
    assert names(h) == server_names(h) == ["Dan Theirs 2"]


async def test_contact_delete_against_a_server_change_keeps_the_change(harness: Harness) -> None:
    h = harness
    mine = h.ctx.contacts.add(ContactInput("Eve"), BOOK)
    await h.sync()
    current = h.store.get_contact(mine.id)
    assert current is not None
    h.server.remote_edit_contact(BOOK_RID, current.remote_id, display_name="Eve (new phone)")
    delete_locally(h, current)
    report = await h.sync()
    assert names(h) == server_names(h) == ["Eve (new phone)"]
    assert any("was kept" in p for p in report.problems)


async def test_emptied_address_book_waits_for_confirmation(harness: Harness) -> None:
    h = harness
    for i in range(6):
        h.server.remote_create_contact(BOOK_RID, f"Person {i}")
    await h.sync()
    for rid in list(h.server.contacts(BOOK_RID)):
        h.server.remote_delete(BOOK_RID, rid)
    report = await h.sync()
    assert report.state is AccountState.ERROR
    assert report.reason.startswith("The server says 6 of 6 contacts in 'Contacts' were deleted.")
    assert len(names(h)) == 6
    h.engine().confirm_mass_delete(WORK, BOOK)
    await h.sync()
    assert names(h) == []


async def test_new_address_books_get_stable_ids(harness: Harness) -> None:
    h = harness
    h.server.add_folder("team-book", "Team")
    h.server.remote_create_contact("team-book", "Frank")
    await h.sync()
    folder_id = stable_collection_id(WORK, "folder", "team-book")
    assert [c.display_name for c in h.store.contacts_in_folders([folder_id])] == ["Frank"]
