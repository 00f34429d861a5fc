from __future__ import annotations

import pytest

from desktop.domain import LOCAL_ACCOUNT_ID, LOCAL_CONTACTS_FOLDER_ID, Folder, Permission
from desktop.services.contacts import ContactInput
from desktop.services.context import AppContext
from desktop.services.errors import NotAllowed, NotFound, ValidationError


def nested_folders(ctx: AppContext) -> None:
    ctx.store.save_folder(Folder("sup", LOCAL_ACCOUNT_ID, "Suppliers", LOCAL_CONTACTS_FOLDER_ID))
    ctx.store.save_folder(Folder("eu", LOCAL_ACCOUNT_ID, "EU", "sup"))


def test_tree_nests_folders_and_paths_read_like_outlook(ctx: AppContext) -> None:
    nested_folders(ctx)
    [root] = ctx.contacts.tree()
    assert root.path == "Contacts"
    assert [c.path for c in root.children] == ["Contacts/Suppliers"]
    assert [c.path for c in root.children[0].children] == ["Contacts/Suppliers/EU"]
    assert ctx.contacts.folder_by_path("contacts/suppliers/eu/").id == "eu"
    with pytest.raises(NotFound):
        ctx.contacts.folder_by_path("Contacts/Nope")


def test_add_edit_search_and_folder_listing(ctx: AppContext) -> None:
    nested_folders(ctx)
    ann = ctx.contacts.add(
        ContactInput("  Ann   Example ", ("ann@example.com",), ("+31 20 123 4567",)), "eu"
    )
    bob = ctx.contacts.add(ContactInput("Bob Builder", ("bob@example.com",)))
    assert ann.display_name == "Ann Example" and ann.family_name == "Example"
    assert [c.id for c in ctx.contacts.contacts_in(LOCAL_CONTACTS_FOLDER_ID)] == [ann.id, bob.id]
    assert [c.id for c in ctx.contacts.contacts_in("sup", include_subfolders=False)] == []
    assert [c.id for c in ctx.contacts.search("ann@")] == [ann.id]
    edited = ctx.contacts.edit(ann.id, ContactInput("Ann Other", ("ann@other.example",)))
    assert edited.id == ann.id and ctx.store.count_contacts() == 2
    assert ctx.contacts.search("example.com") == [bob]
    assert ctx.contacts.autocomplete("ann") == [("Ann Other", "ann@other.example")]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (ContactInput(""), "name"),
        (ContactInput("x" * 201), "name"),
        (ContactInput("Ann", ("ann at example",)), "email"),
        (ContactInput("Ann", (), ("call me",)), "phone"),
        (ContactInput("Ann", (), ("12",)), "phone"),
    ],
)
def test_invalid_contacts_are_refused_and_nothing_is_saved(
    ctx: AppContext, data: ContactInput, field: str
) -> None:
    with pytest.raises(ValidationError) as problem:
        ctx.contacts.add(data)
    assert field in problem.value.problems
    assert ctx.store.count_contacts() == 0


def test_contacts_write_permission_is_required(ctx: AppContext) -> None:
    ctx.integration.configure(LOCAL_ACCOUNT_ID, {Permission.CONTACTS_READ})
    with pytest.raises(NotAllowed):
        ctx.contacts.add(ContactInput("Ann"))
    ctx.integration.configure(LOCAL_ACCOUNT_ID, {Permission.CALENDAR_READ})
    assert ctx.contacts.tree() == []
