"""Meetdesk: meetings and contacts in one desktop client."""

__version__ = "0.1.0"
APP_NAME = "Meetdesk"
APP_ID = "org.meetdesk.Meetdesk"
