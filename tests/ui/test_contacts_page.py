"""The Contacts tab, driven through its real widgets on a real profile."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.domain import (
    ALL_PERMISSIONS,
    LOCAL_ACCOUNT_ID,
    LOCAL_CONTACTS_FOLDER_ID,
    Contact,
    Folder,
    Permission,
    ServiceKind,
)
from desktop.services.contacts import ContactInput
from desktop.services.context import AppContext
from desktop.ui.bridge import ServiceBridge
from desktop.ui.contacts.dialog import ContactDialog
from desktop.ui.contacts.models import CONTACT_ID_ROLE, FOLDER_ID_ROLE, SUBTITLE_ROLE
from desktop.ui.contacts.page import ContactsPage, mailto_url

Screenshot = Callable[[QWidget, str], Path]

LONG_NAME = "Maximiliane Alexandrina von Hohenzollern-Sigmaringen-Wittgen"  # 60 characters
LONG_EMAIL = "maximiliane.alexandrina.von.hohenzollern@procurement.example-holdings.com"


@pytest.fixture
def folders(ctx: AppContext) -> dict[str, str]:
    """Contacts / Suppliers / EU, and Contacts / Family (empty)."""
    ctx.store.save_folder(Folder("f-sup", LOCAL_ACCOUNT_ID, "Suppliers", LOCAL_CONTACTS_FOLDER_ID))
    ctx.store.save_folder(Folder("f-eu", LOCAL_ACCOUNT_ID, "EU", "f-sup"))
    ctx.store.save_folder(Folder("f-fam", LOCAL_ACCOUNT_ID, "Family", LOCAL_CONTACTS_FOLDER_ID))
    return {"root": LOCAL_CONTACTS_FOLDER_ID, "sup": "f-sup", "eu": "f-eu", "fam": "f-fam"}


@pytest.fixture
def people(ctx: AppContext, folders: dict[str, str]) -> dict[str, Contact]:
    add = ctx.contacts.add
    return {
        "ada": add(
            ContactInput(
                "Ada Lovelace",
                emails=("ada@analytical.example", "ada.l@home.example"),
                phones=("+44 20 7946 0000",),
                company="Analytical Engines",
                job_title="Mathematician",
                notes="Met at the <b>engine</b> fair.\nSecond line.",
            ),
            folders["eu"],
        ),
        "bob": add(
            ContactInput("Bob Builder", emails=("bob@builders.example",), company="Builders"),
            folders["sup"],
        ),
        "cleo": add(ContactInput("Cleo Root", phones=("0612345678",)), folders["root"]),
        "max": add(
            ContactInput(LONG_NAME, emails=(LONG_EMAIL,), phones=("+49 30 1234567 ext. 12",)),
            folders["root"],
        ),
    }


def make_page(ctx: AppContext, qtbot: QtBot) -> ContactsPage:
    bridge = ServiceBridge(ctx.notifier)
    page = ContactsPage(ctx, bridge)
    bridge.setParent(page)
    qtbot.addWidget(page)
    page.resize(1000, 620)
    page.show()
    qtbot.waitExposed(page)
    return page


def click_folder(page: ContactsPage, folder_id: str) -> None:
    index = page.tree_model.index_of(folder_id)
    assert index.isValid()
    page.tree.scrollTo(index)
    rect = page.tree.visualRect(index)
    QTest.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.selected_folder_id == folder_id


def click_contact(page: ContactsPage, contact_id: str) -> None:
    row = page.list_model.row_of(contact_id)
    assert row >= 0
    index = page.list_model.index(row, 0)
    page.list_view.scrollTo(index)
    rect = page.list_view.visualRect(index)
    QTest.mouseClick(page.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.selected_contact_id == contact_id


def listed_names(page: ContactsPage) -> list[str]:
    model = page.list_model
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def tree_children(page: ContactsPage, parent: QModelIndex) -> list[str]:
    model = page.tree_model
    return [str(model.index(r, 0, parent).data()) for r in range(model.rowCount(parent))]


def test_tree_shows_nested_folders(
    ctx: AppContext, qtbot: QtBot, people: dict[str, Contact], screenshot: Screenshot
) -> None:
    page = make_page(ctx, qtbot)
    model = page.tree_model
    assert tree_children(page, QModelIndex()) == ["Contacts – On this computer"]
    root = model.index(0, 0)
    assert root.data(FOLDER_ID_ROLE) == LOCAL_CONTACTS_FOLDER_ID
    assert tree_children(page, root) == ["Family", "Suppliers"]
    suppliers = model.index_of("f-sup")
    assert tree_children(page, suppliers) == ["EU"]
    assert page.tree.isExpanded(root) and page.tree.isExpanded(suppliers)
    # The address book root is selected at start, listing everything below it.
    assert page.selected_folder_id == LOCAL_CONTACTS_FOLDER_ID
    assert page.list_model.rowCount() == 4
    click_contact(page, people["max"].id)
    assert page.details.name_label.text() == LONG_NAME
    screenshot(page, "contacts_tree")


def test_selecting_a_folder_lists_its_contacts_and_subfolders(
    ctx: AppContext, qtbot: QtBot, people: dict[str, Contact]
) -> None:
    page = make_page(ctx, qtbot)
    click_folder(page, "f-sup")
    assert listed_names(page) == ["Ada Lovelace", "Bob Builder"]
    assert page.count_label.text() == "2 contacts"
    click_folder(page, "f-eu")
    assert listed_names(page) == ["Ada Lovelace"]
    first = page.list_model.index(0, 0)
    assert first.data(SUBTITLE_ROLE) == "ada@analytical.example"
    # The first contact is shown right away.
    assert page.details.contact is not None
    assert page.details.contact.id == people["ada"].id
    click_folder(page, LOCAL_CONTACTS_FOLDER_ID)
    assert page.list_model.rowCount() == 4


def test_search_as_you_type_across_folders(
    ctx: AppContext, qtbot: QtBot, people: dict[str, Contact], screenshot: Screenshot
) -> None:
    page = make_page(ctx, qtbot)
    click_folder(page, "f-fam")  # an empty folder: search still looks everywhere
    assert page.middle_stack.currentWidget() is page.empty_page

    page.focus_search()
    qtbot.keyClicks(page.search_edit, "Ad")
    assert listed_names(page) == ["Ada Lovelace"]
    assert page.list_model.index(0, 0).data(SUBTITLE_ROLE) == (
        "ada@analytical.example · Contacts/Suppliers/EU"
    )
    assert page.details.contact is not None and page.details.contact.id == people["ada"].id

    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "bob@build")
    assert listed_names(page) == ["Bob Builder"]

    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "0612")
    assert listed_names(page) == ["Cleo Root"]

    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "+44 20")
    assert listed_names(page) == ["Ada Lovelace"]
    screenshot(page, "contacts_search")

    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "zzqx")
    assert page.middle_stack.currentWidget() is page.no_results_page
    assert page.no_results_label.text() == "No results for “zzqx”"
    assert page.details.contact is None
    screenshot(page, "contacts_search_none")

    # Clicking the selected folder ends the search too.
    click_folder(page, "f-fam")
    assert page.search_edit.text() == ""
    assert page.middle_stack.currentWidget() is page.empty_page
    qtbot.keyClicks(page.search_edit, "zzqx")
    assert page.middle_stack.currentWidget() is page.no_results_page

    # Esc clears the search and brings back the selected folder.
    QTest.keyClick(page.search_edit, Qt.Key.Key_Escape)
    assert page.search_edit.text() == ""
    assert page.selected_folder_id == "f-fam"
    assert page.middle_stack.currentWidget() is page.empty_page


def test_search_keyboard_moves_into_the_results(
    ctx: AppContext, qtbot: QtBot, people: dict[str, Contact]
) -> None:
    page = make_page(ctx, qtbot)
    page.focus_search()
    assert page.focusWidget() is page.search_edit
    qtbot.keyClicks(page.search_edit, "b")
    QTest.keyClick(page.search_edit, Qt.Key.Key_Down)
    # (The offscreen window is never active, so ask where the page's focus is.)
    assert page.focusWidget() is page.list_view
    assert page.selected_contact_id == people["bob"].id


def test_details_show_untrusted_text_literally(
    ctx: AppContext, qtbot: QtBot, folders: dict[str, str]
) -> None:
    name = "<b>Bold</b> <img src=//host/x>"
    contact = ctx.contacts.add(
        ContactInput(
            name,
            emails=("x@example.org",),
            company="<i>Corp</i>",
            notes="<a href='file:///etc/passwd'>click</a>",
        ),
        folders["fam"],
    )
    page = make_page(ctx, qtbot)
    click_folder(page, "f-fam")
    assert page.selected_contact_id == contact.id
    details = page.details
    for label in (details.name_label, details.role_label):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert details.name_label.text() == name
    assert details.role_label.text() == "<i>Corp</i>"
    # Notes live in a plain-text editor (read-only): never parsed as markup.
    assert details.notes_view.isReadOnly()
    assert details.notes_view.toPlainText() == "<a href='file:///etc/passwd'>click</a>"
    assert page.list_model.index(0, 0).data() == name
    # The tooltip is escaped so Qt cannot read it as markup.
    tooltip = str(page.list_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole))
    assert "<img" not in tooltip and "&lt;img" in tooltip


def test_call_and_write_open_safe_urls(
    ctx: AppContext, qtbot: QtBot, people: dict[str, Contact], opened_urls: list[str]
) -> None:
    page = make_page(ctx, qtbot)
    click_folder(page, "f-eu")
    details = page.details
    assert [b.accessibleName() for b in details.call_buttons] == ["Call +44 20 7946 0000"]
    details.call_buttons[0].click()
    assert opened_urls == ["tel:+442079460000"]
    assert len(details.email_buttons) == 2
    details.email_buttons[1].click()
    assert opened_urls[-1] == "mailto:ada.l@home.example"


def test_mailto_urls_cannot_carry_headers() -> None:
    url = mailto_url("a?cc=x@example.org")
    assert url is not None
    assert url.toString(url.ComponentFormattingOption.FullyEncoded) == "mailto:a%3Fcc=x@example.org"
    assert url.query() == ""
    assert mailto_url("not an address") is None
    assert mailto_url("javascript:alert(1)//@x.org") is None


def test_add_contact_through_the_dialog(
    ctx: AppContext, qtbot: QtBot, folders: dict[str, str], screenshot: Screenshot
) -> None:
    page = make_page(ctx, qtbot)
    click_folder(page, "f-fam")
    assert page.empty_add_button.isEnabled()
    page.empty_add_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ContactDialog) and dialog.isVisible()
    # The selected folder is preselected; the person picks another one.
    assert dialog.folder_combo.currentData() == "f-fam"
    labels = [dialog.folder_combo.itemText(i) for i in range(dialog.folder_combo.count())]
    assert "Contacts / Suppliers / EU (On this computer)" in labels
    qtbot.keyClicks(dialog.name_edit, "Grace Hopper")
    qtbot.keyClicks(dialog.emails_edit, "grace@navy.example")
    QTest.keyClick(dialog.emails_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.emails_edit, "amazing.grace@cobol.example")
    qtbot.keyClicks(dialog.phones_edit, "+1 202 555 0100")
    qtbot.keyClicks(dialog.company_edit, "US Navy")
    qtbot.keyClicks(dialog.job_title_edit, "Rear Admiral")
    qtbot.keyClicks(dialog.notes_edit, "Found the first bug.")
    dialog.folder_combo.setCurrentIndex(dialog.folder_combo.findData("f-eu"))
    screenshot(dialog, "contact_dialog")
    dialog.save_button.click()

    assert not dialog.isVisible()
    stored = ctx.contacts.contacts_in("f-eu", include_subfolders=False)
    assert [c.display_name for c in stored] == ["Grace Hopper"]
    grace = stored[0]
    assert grace.emails == ("grace@navy.example", "amazing.grace@cobol.example")
    assert grace.phones == ("+1 202 555 0100",)
    assert (grace.company, grace.job_title, grace.notes) == (
        "US Navy",
        "Rear Admiral",
        "Found the first bug.",
    )
    # The page shows the new contact, in its folder.
    assert page.selected_folder_id == "f-eu"
    assert page.selected_contact_id == grace.id
    assert page.details.name_label.text() == "Grace Hopper"


def test_edit_contact_keeps_its_id(
    ctx: AppContext, qtbot: QtBot, people: dict[str, Contact]
) -> None:
    page = make_page(ctx, qtbot)
    click_folder(page, "f-sup")
    click_contact(page, people["bob"].id)
    assert page.edit_button.isEnabled()
    page.edit_button.click()
    dialog = page.dialog
    assert dialog is not None
    assert dialog.name_edit.text() == "Bob Builder"
    assert dialog.emails_edit.toPlainText() == "bob@builders.example"
    assert not dialog.folder_combo.isEnabled()
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "Robert Builder")
    dialog.phones_edit.setFocus()
    qtbot.keyClicks(dialog.phones_edit, "+31 20 555 1234")
    dialog.save_button.click()

    stored = ctx.contacts.get(people["bob"].id)
    assert stored.display_name == "Robert Builder"
    assert stored.phones == ("+31 20 555 1234",)
    assert stored.folder_id == "f-sup"
    assert ctx.store.count_contacts() == 4
    assert page.selected_contact_id == people["bob"].id
    assert page.details.name_label.text() == "Robert Builder"
    assert [b.accessibleName() for b in page.details.call_buttons] == ["Call +31 20 555 1234"]


def test_invalid_input_shows_problems_and_saves_nothing(
    ctx: AppContext, qtbot: QtBot, folders: dict[str, str], screenshot: Screenshot
) -> None:
    page = make_page(ctx, qtbot)
    page.add_button.click()
    dialog = page.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.name_edit, "Broken Data")
    qtbot.keyClicks(dialog.emails_edit, "not-an-email")
    qtbot.keyClicks(dialog.phones_edit, "call me maybe")
    dialog.save_button.click()

    assert dialog.isVisible()
    assert dialog.errors["email"].isVisible()
    assert dialog.errors["email"].text() == "Not an e-mail address: not-an-email"
    assert dialog.errors["phone"].text() == "Not a phone number: call me maybe"
    assert not dialog.errors["name"].isVisible()
    assert dialog.emails_edit.accessibleDescription() == "Not an e-mail address: not-an-email"
    assert ctx.store.count_contacts() == 0
    screenshot(dialog, "contact_dialog_errors")

    # An empty name is refused too; fixing everything then saves.
    dialog.name_edit.clear()
    dialog.emails_edit.setPlainText("fixed@example.org")
    dialog.phones_edit.setPlainText("+31 6 1234 5678")
    dialog.save_button.click()
    assert dialog.errors["name"].text() == "Enter a name."
    assert not dialog.errors["email"].isVisible()
    assert ctx.store.count_contacts() == 0
    qtbot.keyClicks(dialog.name_edit, "Fixed Person")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert [c.display_name for c in ctx.contacts.all_contacts()] == ["Fixed Person"]


def test_not_allowed_message_is_shown_in_the_dialog(
    ctx: AppContext, qtbot: QtBot, people: dict[str, Contact]
) -> None:
    page = make_page(ctx, qtbot)
    click_folder(page, "f-sup")
    click_contact(page, people["bob"].id)
    page.edit_button.click()
    dialog = page.dialog
    assert dialog is not None
    # Contacts write is turned off while the dialog is open.
    ctx.integration.configure(
        LOCAL_ACCOUNT_ID, {Permission.CALENDAR_READ, Permission.CONTACTS_READ}
    )
    qtbot.keyClicks(dialog.company_edit, " Ltd")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.general_error.text() == (
        "You may not change contacts in this folder (Contacts write is off)."
    )
    assert ctx.contacts.get(people["bob"].id).company == "Builders"


def test_read_only_address_book_disables_add_and_edit(
    ctx: AppContext, qtbot: QtBot, people: dict[str, Contact]
) -> None:
    page = make_page(ctx, qtbot)
    click_folder(page, "f-sup")
    click_contact(page, people["bob"].id)
    assert page.add_button.isEnabled() and page.edit_button.isEnabled()
    ctx.integration.configure(
        LOCAL_ACCOUNT_ID,
        {Permission.CALENDAR_READ, Permission.CALENDAR_WRITE, Permission.CONTACTS_READ},
    )
    qtbot.waitUntil(lambda: not page.add_button.isEnabled())
    assert "Contacts write" in page.add_button.toolTip()
    assert not page.edit_button.isEnabled()
    assert "read-only" in page.edit_button.toolTip()
    # The selection survived the refresh.
    assert page.selected_folder_id == "f-sup"
    assert page.selected_contact_id == people["bob"].id
    assert page.add_contact() is None


def test_empty_folder_state(
    ctx: AppContext, qtbot: QtBot, people: dict[str, Contact], screenshot: Screenshot
) -> None:
    page = make_page(ctx, qtbot)
    click_folder(page, "f-fam")
    assert page.middle_stack.currentWidget() is page.empty_page
    assert page.empty_label.text() == "No contacts in this folder"
    assert page.empty_add_button.isVisible() and page.empty_add_button.isEnabled()
    assert page.details.contact is None
    assert page.details.placeholder.isVisible()
    screenshot(page, "contacts_empty")


def test_no_address_books(
    ctx: AppContext, qtbot: QtBot, people: dict[str, Contact], screenshot: Screenshot
) -> None:
    page = make_page(ctx, qtbot)
    requests: list[bool] = []
    page.settings_requested.connect(lambda: requests.append(True))
    ctx.integration.remove(LOCAL_ACCOUNT_ID)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.no_books_page)
    assert page.no_books_label.text() == "No address books. Connect one in Settings."
    assert page.tree_model.rowCount() == 0
    assert page.list_model.rowCount() == 0
    assert page.no_books_label.isVisible()
    assert not page.add_button.isEnabled()
    screenshot(page, "contacts_no_books")
    assert page.settings_button.isVisible()
    page.settings_button.click()
    assert requests == [True]
    # Connecting again brings the address book back.
    ctx.integration.connect(ServiceKind.LOCAL, ALL_PERMISSIONS)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is not page.no_books_page)
    assert page.selected_folder_id == LOCAL_CONTACTS_FOLDER_ID
    assert page.middle_stack.currentWidget() is page.empty_page


def test_no_address_books_without_a_settings_listener(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.integration.remove(LOCAL_ACCOUNT_ID)
    page = make_page(ctx, qtbot)
    assert page.stack.currentWidget() is page.no_books_page
    assert not page.settings_button.isVisible()


def test_refresh_keeps_the_selection(
    ctx: AppContext, qtbot: QtBot, people: dict[str, Contact]
) -> None:
    page = make_page(ctx, qtbot)
    click_folder(page, "f-sup")
    click_contact(page, people["bob"].id)
    ctx.contacts.add(ContactInput("Aaron Early", emails=("aaron@example.org",)), "f-sup")
    qtbot.waitUntil(lambda: page.list_model.rowCount() == 3)
    assert listed_names(page) == ["Aaron Early", "Ada Lovelace", "Bob Builder"]
    assert page.selected_folder_id == "f-sup"
    assert page.selected_contact_id == people["bob"].id
    assert page.details.name_label.text() == "Bob Builder"
    # A collapsed folder stays collapsed across refreshes.
    page.tree.collapse(page.tree_model.index_of("f-sup"))
    ctx.contacts.edit(people["bob"].id, ContactInput("Bob Builder", company="New Co"))
    qtbot.waitUntil(lambda: page.details.role_label.text() == "New Co")
    assert page.tree.isExpanded(page.tree_model.index_of(LOCAL_CONTACTS_FOLDER_ID))
    assert not page.tree.isExpanded(page.tree_model.index_of("f-sup"))


def test_twenty_thousand_contacts_load(
    ctx: AppContext, qtbot: QtBot, folders: dict[str, str]
) -> None:
    ctx.store.save_folder(Folder("f-big", LOCAL_ACCOUNT_ID, "Company directory"))
    ctx.store.save_contacts(
        Contact(
            id=f"big-{n:05d}",
            folder_id="f-big",
            display_name=f"Person {n:05d}",
            emails=(f"person{n}@corp.example",),
            phones=(f"+31 20 {n:07d}",),
        )
        for n in range(20_000)
    )
    page = make_page(ctx, qtbot)
    assert tree_children(page, QModelIndex()) == [
        "Contacts – On this computer",
        "Company directory – On this computer",
    ]
    click_folder(page, "f-big")
    assert page.list_model.rowCount() == 20_000
    assert page.count_label.text() == f"{QLocale().toString(20_000)} contacts"
    last = page.list_model.index(19_999, 0)
    assert last.data() == "Person 19999"
    assert last.data(CONTACT_ID_ROLE) == "big-19999"
    # Search answers from the index and caps what it shows.
    qtbot.keyClicks(page.search_edit, "person1999")
    expected = ["Person 01999"] + [f"Person {n}" for n in range(19_990, 20_000)]
    assert sorted(listed_names(page)) == expected
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "person")
    assert page.list_model.rowCount() == 100
    assert "first 100" in page.count_label.text()


def test_nothing_is_read_until_the_tab_is_shown(
    ctx: AppContext, qtbot: QtBot, people: dict[str, Contact]
) -> None:
    bridge = ServiceBridge(ctx.notifier)
    page = ContactsPage(ctx, bridge)
    bridge.setParent(page)
    qtbot.addWidget(page)
    assert page.tree_model.rowCount() == 0 and page.list_model.rowCount() == 0
    ctx.contacts.add(ContactInput("Hidden Change"), LOCAL_CONTACTS_FOLDER_ID)
    page.show()
    assert page.tree_model.rowCount() == 1
    assert "Hidden Change" in listed_names(page)
