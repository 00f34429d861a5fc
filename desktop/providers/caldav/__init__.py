"""CalDAV and CardDAV accounts: discovery, sync and writes on our own async WebDAV client."""

from desktop.providers.caldav.discovery import DavAccount, discover
from desktop.providers.caldav.provider import DavProvider
from desktop.providers.caldav.vcard import contact_uid, parse_vcard, write_vcard

__all__ = ["DavAccount", "DavProvider", "contact_uid", "discover", "parse_vcard", "write_vcard"]
