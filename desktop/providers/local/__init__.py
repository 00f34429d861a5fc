"""The built-in "On this computer" calendar and address book."""

from desktop.providers.local.provider import LocalProvider

__all__ = ["LocalProvider"]
