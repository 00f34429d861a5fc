"""Run the Zoom emulator by hand: ``python -m tests.emulators.zoom [--port N]``."""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from .emulator import ZoomEmulator


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.emulators.zoom", description=__doc__)
    parser.add_argument("--port", type=int, default=0, help="default: a free port")
    args = parser.parse_args(argv)
    emu = ZoomEmulator(port=args.port).start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print(f"Zoom emulator running (user: {emu.user.email})")
    print(f"  OAuth URL:        {emu.oauth_url}")
    print(f"  API URL:          {emu.api_url}")
    print(f"  client id:        {emu.client_id} (confidential; secret {emu.client_secret})")
    print(f"  public client id: {emu.public_client_id} (PKCE only, no secret)")
    print("Press Ctrl+C to stop.", flush=True)
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        emu.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
