"""One sub-package per calendar and contacts service, all behind the protocols in base.py."""
