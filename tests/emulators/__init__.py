"""Local emulators of the calendar services Meetdesk talks to, for end-to-end tests."""
