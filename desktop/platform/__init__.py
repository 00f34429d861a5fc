"""Qt-dependent platform services: one instance, start at login."""
