"""Run the Graph emulator by hand: ``python -m tests.emulators.graph --seed demo``."""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from .demo import seed_demo
from .emulator import GraphEmulator


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.emulators.graph", description=__doc__)
    parser.add_argument("--seed", choices=("demo", "none"), default="demo")
    parser.add_argument("--port", type=int, default=0, help="default: a free port")
    parser.add_argument("--tenant", default="contoso")
    parser.add_argument("--private-details", choices=("full", "hidden"), default="full")
    args = parser.parse_args(argv)
    emu = GraphEmulator(tenant=args.tenant, port=args.port, private_details=args.private_details)
    if args.seed == "demo":
        seed_demo(emu)
    else:
        emu.add_user("alice@contoso.example", "Alice Able")
    emu.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print(f"Graph emulator running (signed-in user: {emu.login_user.email})")
    print(f"  base URL:      {emu.base_url}")
    print(f"  authority URL: {emu.authority_url}")
    print(f"  Graph URL:     {emu.graph_url}")
    print(f"  CA file:       {emu.ca_path}")
    print(f"  client id:     {emu.client_id}")
    print("Connect with:")
    print(
        f"  SSL_CERT_FILE={emu.ca_path} meetdesk accounts connect microsoft365 "
        f"--client-id {emu.client_id} --authority {emu.authority_url} --graph-url {emu.graph_url}"
    )
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
