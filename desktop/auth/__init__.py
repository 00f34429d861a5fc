"""Credentials: secrets live in the OS keyring only."""
