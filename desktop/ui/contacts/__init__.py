"""The Contacts tab: the address book tree, search as you type, details, add and edit."""
