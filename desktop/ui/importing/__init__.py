"""Importing .ics files."""
