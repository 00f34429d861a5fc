"""Contacts: the folder tree of every address book, search as you type, add and edit."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from desktop.domain import (
    LOCAL_CONTACTS_FOLDER_ID,
    Account,
    Contact,
    Folder,
    Permission,
    ServiceKind,
)
from desktop.i18n import Text
from desktop.services.errors import NotAllowed, NotFound, ValidationError
from desktop.services.meetings import is_valid_email
from desktop.services.notifications import Notifier, Topic
from desktop.services.settings import SettingsService
from desktop.store import Store

MAX_NAME_CHARS = 200
MAX_NOTES_CHARS = 20_000
_PHONE_RE = re.compile(r"^\+?[0-9 ().\-/]{3,30}(?:\s*(?:x|ext\.?)\s*[0-9]{1,6})?$")


def is_valid_phone(text: str) -> bool:
    return bool(_PHONE_RE.match(text.strip())) and sum(ch.isdigit() for ch in text) >= 3


@dataclass(slots=True)
class FolderNode:
    folder: Folder
    account: Account
    path: str
    children: list[FolderNode] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ContactInput:
    name: str
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    company: str = ""
    job_title: str = ""
    notes: str = ""


class ContactService:
    def __init__(self, store: Store, settings: SettingsService, notifier: Notifier) -> None:
        self._store = store
        self._settings = settings
        self._notifier = notifier

    def _readable_accounts(self) -> dict[str, Account]:
        return {
            a.id: a
            for a in self._store.list_accounts()
            if Permission.CONTACTS_READ in self._settings.granted(a)
        }

    def tree(self) -> list[FolderNode]:
        """One root per address book, children nested as the service nests them."""
        accounts = self._readable_accounts()
        folders = [f for f in self._store.list_folders() if f.account_id in accounts]
        nodes = {f.id: FolderNode(f, accounts[f.account_id], f.name) for f in folders}
        roots: list[FolderNode] = []
        for folder in folders:
            node = nodes[folder.id]
            parent = nodes.get(folder.parent_id) if folder.parent_id else None
            if parent is None:
                roots.append(node)
            else:
                parent.children.append(node)

        def set_paths(node: FolderNode, prefix: str) -> None:
            node.path = f"{prefix}/{node.folder.name}" if prefix else node.folder.name
            node.children.sort(key=lambda n: n.folder.name.lower())
            for child in node.children:
                set_paths(child, node.path)

        for root in roots:
            set_paths(root, "")
        return roots

    def folder_paths(self) -> dict[str, str]:
        """Folder id -> 'Contacts/Suppliers/EU'."""
        paths: dict[str, str] = {}

        def walk(node: FolderNode) -> None:
            paths[node.folder.id] = node.path
            for child in node.children:
                walk(child)

        for root in self.tree():
            walk(root)
        return paths

    def folder_by_path(self, path: str) -> Folder:
        wanted = path.strip().strip("/").lower()
        matches = [fid for fid, p in self.folder_paths().items() if p.lower() == wanted]
        if not matches:
            raise NotFound(Text("There is no contacts folder '{path}'.", path=path))
        folder = next(f for f in self._store.list_folders() if f.id == matches[0])
        return folder

    def subtree_ids(self, folder_id: str) -> list[str]:
        children: dict[str | None, list[str]] = {}
        for folder in self._store.list_folders():
            children.setdefault(folder.parent_id, []).append(folder.id)
        result, stack = [], [folder_id]
        while stack:
            current = stack.pop()
            result.append(current)
            stack.extend(children.get(current, []))
        return result

    def contacts_in(self, folder_id: str, *, include_subfolders: bool = True) -> list[Contact]:
        ids = self.subtree_ids(folder_id) if include_subfolders else [folder_id]
        return self._store.contacts_in_folders(ids)

    def list_rows_in(self, folder_id: str) -> list[tuple[str, str, str]]:
        """(id, name, first e-mail or phone) of a folder and its subfolders, for list views."""
        rows = self._store.contact_rows_in_folders(self.subtree_ids(folder_id))
        return [(cid, name, email or phone) for cid, name, email, phone in rows]

    def all_contacts(self) -> list[Contact]:
        accounts = self._readable_accounts()
        ids = [f.id for f in self._store.list_folders() if f.account_id in accounts]
        return self._store.contacts_in_folders(ids)

    def search(self, text: str, *, limit: int = 100) -> list[Contact]:
        """Search as you type: a list shows the first hundred; typing more narrows it."""
        readable = list(self._readable_accounts())
        return self._store.search_contacts(text, limit=limit, account_ids=readable)

    def get(self, contact_id: str) -> Contact:
        contact = self._store.get_contact(contact_id)
        if contact is None:
            raise NotFound(Text("This contact no longer exists."))
        return contact

    def writable_folders(self) -> list[Folder]:
        writable = {
            a.id
            for a in self._store.list_accounts()
            if Permission.CONTACTS_WRITE in self._settings.granted(a)
        }
        return [f for f in self._store.list_folders() if f.account_id in writable]

    def _validate(self, data: ContactInput) -> ContactInput:
        problems: dict[str, str] = {}
        name = " ".join(data.name.split())
        if not name:
            problems["name"] = Text("Enter a name.")
        elif len(name) > MAX_NAME_CHARS:
            problems["name"] = Text(
                "The name is too long (at most {limit} characters).", limit=MAX_NAME_CHARS
            )
        emails = tuple(dict.fromkeys(e.strip() for e in data.emails if e.strip()))
        bad = [e for e in emails if not is_valid_email(e)]
        if bad:
            problems["email"] = Text("Not an e-mail address: {address}", address=bad[0])
        phones = tuple(dict.fromkeys(p.strip() for p in data.phones if p.strip()))
        bad = [p for p in phones if not is_valid_phone(p)]
        if bad:
            problems["phone"] = Text("Not a phone number: {phone}", phone=bad[0])
        if len(data.notes) > MAX_NOTES_CHARS:
            problems["notes"] = Text("The notes are too long.")
        if len(data.company) > MAX_NAME_CHARS or len(data.job_title) > MAX_NAME_CHARS:
            problems["company"] = Text("The company or job title is too long.")
        if problems:
            raise ValidationError(problems)
        return replace(data, name=name, emails=emails, phones=phones)

    def add(self, data: ContactInput, folder_id: str = LOCAL_CONTACTS_FOLDER_ID) -> Contact:
        data = self._validate(data)
        folder = self._writable_folder(folder_id)
        given, _, family = data.name.partition(" ")
        contact = Contact(
            id=uuid.uuid4().hex,
            folder_id=folder.id,
            display_name=data.name,
            given_name=given,
            family_name=family,
            emails=data.emails,
            phones=data.phones,
            company=data.company.strip(),
            job_title=data.job_title.strip(),
            notes=data.notes,
        )
        self._write(contact, folder, "create")
        return contact

    def edit(self, contact_id: str, data: ContactInput) -> Contact:
        current = self.get(contact_id)
        data = self._validate(data)
        folder = self._writable_folder(current.folder_id)
        given, _, family = data.name.partition(" ")
        contact = replace(
            current,
            display_name=data.name,
            given_name=given,
            family_name=family,
            emails=data.emails,
            phones=data.phones,
            company=data.company.strip(),
            job_title=data.job_title.strip(),
            notes=data.notes,
        )
        self._write(contact, folder, "update")
        return contact

    def _writable_folder(self, folder_id: str) -> Folder:
        folder = next((f for f in self._store.list_folders() if f.id == folder_id), None)
        if folder is None:
            raise NotFound(Text("This contacts folder no longer exists."))
        if folder not in self.writable_folders():
            raise NotAllowed(
                Text("You may not change contacts in this folder (Contacts write is off).")
            )
        return folder

    def _write(self, contact: Contact, folder: Folder, op: str) -> None:
        account = self._store.get_account(folder.account_id)
        with self._store.transaction():
            self._store.save_contact(contact)
            if account is not None and account.kind is not ServiceKind.LOCAL:
                self._store.add_outbox(
                    account_id=account.id,
                    collection_id=folder.id,
                    item_kind="contact",
                    item_id=contact.id,
                    op=op,
                    base_etag=contact.etag,
                )
        self._notifier.emit(Topic.CONTACTS)

    def autocomplete(self, prefix: str, *, limit: int = 20) -> list[tuple[str, str]]:
        """(name, e-mail) pairs for the attendee field."""
        pairs: list[tuple[str, str]] = []
        for contact in self.search(prefix, limit=limit):
            for email in contact.emails:
                pairs.append((contact.display_name, email))
        return pairs[:limit]

    def folder_of(self, contacts: Sequence[Contact]) -> dict[str, str]:
        paths = self.folder_paths()
        return {c.id: paths.get(c.folder_id, "") for c in contacts}
