"""The Meetings tab: upcoming list, meeting details and the Schedule dialog."""
