"""Where Meetdesk keeps its files: one profile folder, or the platform's standard folders.

`--profile DIR` or MEETDESK_PROFILE points the whole app (database, settings, logs) at DIR,
which is how tests and benchmarks stay away from a person's real data.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desktop import APP_NAME

PROFILE_ENV = "MEETDESK_PROFILE"


@dataclass(frozen=True, slots=True)
class Profile:
    data_dir: Path
    config_dir: Path
    log_dir: Path
    runtime_dir: Path

    @property
    def database_path(self) -> Path:
        return self.data_dir / "meetdesk.sqlite3"

    def ensure(self) -> Profile:
        for folder in (self.data_dir, self.config_dir, self.log_dir, self.runtime_dir):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self


def resolve_profile(explicit: str | os.PathLike[str] | None = None) -> Profile:
    chosen = explicit if explicit is not None else os.environ.get(PROFILE_ENV) or None
    if chosen is not None:
        root = Path(chosen).expanduser().resolve()
        return Profile(root / "data", root / "config", root / "logs", root / "run")
    return Profile(
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_runtime_dir(APP_NAME, appauthor=False)),
    )
