"""dmgbuild settings for Meetdesk's disk image (packaging/macos/build_dmg.sh runs it).

    python -m dmgbuild -s packaging/macos/dmg_settings.py -D app=dist/Meetdesk.app \\
        "Meetdesk 0.1.0" dist/Meetdesk-0.1.0.dmg

dmgbuild executes this file with `defines` (the -D values) among its globals; every
top-level name below is one of its settings.
"""

from __future__ import annotations

import os.path

defines: dict[str, str] = globals().get("defines", {})

application = defines.get("app", "dist/Meetdesk.app")
appname = os.path.basename(application)

# Compressed (bzip2), read-only; APFS would need macOS 10.13+, HFS+ mounts everywhere.
format = defines.get("format", "UDBZ")  # dmgbuild's setting name (shadows the builtin)
filesystem = "HFS+"
size = None  # computed from the contents

# The app and a link to /Applications: drag one onto the other.
files = [application]
symlinks = {"Applications": "/Applications"}
hide_extensions = [appname]

# The volume's icon is the app's.
badge_icon = None
icon = os.path.join(application, "Contents", "Resources", "meetdesk.icns")

# A plain Finder window, the two icons side by side.
window_rect = ((200, 160), (560, 320))
default_view = "icon-view"
show_status_bar = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
icon_size = 112
text_size = 13
icon_locations = {appname: (140, 150), "Applications": (420, 150)}
