"""Finds files in resources/ the same way from a checkout and from a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    # PyInstaller unpacks data files under sys._MEIPASS; a checkout has them beside desktop/.
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path | None:
    """The path of a resource, or None when this installation does not carry it."""
    path = resources_dir().joinpath(*parts)
    return path if path.is_file() else None
