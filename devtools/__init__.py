"""Helpers for the two Quick start commands (stdlib only: they run before anything is installed)."""
