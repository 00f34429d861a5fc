"""A fake web browser that "signs in" at the emulator and posts the answer to msal's loopback.

In-process (preferred in tests)::

    webbrowser.register("meetdesk-test", None, FakeBrowser(emu.ca_path), preferred=True)

As a ``BROWSER`` command (for the app's own process, e.g. a CLI under test)::

    env["BROWSER"] = browser_command(emu.ca_path)   # a script path; sets PYTHONPATH itself
    # by hand, from the repository root, the script's body is:
    # PYTHONPATH=. python -m tests.emulators.graph.browser --ca /tmp/.../ca.pem URL

Python's webbrowser runs a ``BROWSER`` command as a GenericBrowser and waits for it to exit,
while msal's loopback listener only starts answering after webbrowser.open returns. So the
command returns at once and a detached child process does the GET and the POST.
"""

from __future__ import annotations

import argparse
import os
import shlex
import ssl
import subprocess
import sys
import threading
import urllib.request
import webbrowser
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode

REPO_ROOT = Path(__file__).resolve().parents[3]


class _FormParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.action: str | None = None
        self.method = "get"
        self.fields: dict[str, str] = {}
        self._in_form = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form" and self.action is None:
            self.action = a.get("action", "")
            self.method = a.get("method", "get").lower()
            self._in_form = True
        elif tag == "input" and self._in_form and a.get("name"):
            self.fields[a["name"]] = a.get("value", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._in_form = False


class SignInFailed(RuntimeError):
    pass


def sign_in(url: str, ca_path: str, *, answer: str = "consent", timeout: float = 10) -> int:
    """GET the authorize URL, then POST the form's fields (or an error) to its action.

    answer: "consent" (post code/state), "error" (post error=access_denied with the state).
    Returns the loopback's HTTP status.
    """
    context = ssl.create_default_context(cafile=ca_path)
    opener = urllib.request.build_opener(
        urllib.request.ProxyHandler({}), urllib.request.HTTPSHandler(context=context)
    )
    try:
        with opener.open(url, timeout=timeout) as response:
            page = response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        exc.close()
        raise SignInFailed(f"authorize answered {exc.code}") from None
    parser = _FormParser()
    parser.feed(page)
    if not parser.action or parser.method != "post":
        raise SignInFailed("no form_post form on the sign-in page")
    fields = dict(parser.fields)
    if answer == "error":
        fields = {
            "error": "access_denied",
            "error_description": "AADSTS65004: User declined to consent to access the app.",
            "state": parser.fields.get("state", ""),
        }
    data = urlencode(fields).encode("ascii")
    request = urllib.request.Request(parser.action, data=data, method="POST")
    request.add_header("Content-Type", "application/x-www-form-urlencoded")
    try:
        with opener.open(request, timeout=timeout) as response:
            response.read()
            return int(response.status)
    except urllib.error.HTTPError as exc:
        exc.close()
        return int(exc.code)


class FakeBrowser(webbrowser.BaseBrowser):
    """``open(url)`` signs in from a background thread and returns True at once.

    behaviour: "consent" (default), "abandon" (never answers: the person closed the window)
    or "error" (posts error=access_denied). ``opened`` lists the URLs; ``errors`` what failed.
    """

    def __init__(
        self, ca_path: str, behaviour: str = "consent", name: str = "meetdesk-test"
    ) -> None:
        super().__init__(name)
        if behaviour not in ("consent", "abandon", "error"):
            raise ValueError(behaviour)
        self.ca_path = ca_path
        self.behaviour = behaviour
        self.opened: list[str] = []
        self.errors: list[BaseException] = []
        self.posted = threading.Event()
        self.was_opened = threading.Event()  # set once the app opened the sign-in page
        self._threads: list[threading.Thread] = []

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        self.opened.append(url)
        self.was_opened.set()
        if self.behaviour == "abandon":
            return True
        thread = threading.Thread(target=self._run, args=(url,), daemon=True, name="fake-browser")
        self._threads.append(thread)
        thread.start()
        return True

    def _run(self, url: str) -> None:
        try:
            sign_in(url, self.ca_path, answer=self.behaviour)
        except BaseException as exc:  # recorded for the test to look at
            self.errors.append(exc)
        finally:
            self.posted.set()

    def join(self, timeout: float = 10) -> None:
        for thread in self._threads:
            thread.join(timeout)


def browser_command(
    ca_path: str,
    *,
    answer: str = "consent",
    python: str | None = None,
    directory: str | None = None,
) -> str:
    """A value for the ``BROWSER`` environment variable: the path of a small executable script.

    Python's webbrowser takes the whole ``BROWSER`` value as a program path (no arguments,
    no ``%s``), so the options live in a script written next to the CA (the emulator's
    temporary directory, removed at stop) unless ``directory`` says otherwise. The script sets
    PYTHONPATH to the repository root itself, so it works from any working directory.
    """
    folder = Path(directory or Path(ca_path).parent)
    script = folder / f"fake-browser-{answer}"
    args = [
        python or sys.executable,
        "-m",
        "tests.emulators.graph.browser",
        "--ca",
        ca_path,
        "--answer",
        answer,
    ]
    script.write_text(
        "#!/bin/sh\n"
        f"PYTHONPATH={shlex.quote(str(REPO_ROOT))}${{PYTHONPATH:+:$PYTHONPATH}} "
        f'exec {shlex.join(args)} "$1"\n',
        encoding="utf-8",
    )
    script.chmod(0o755)
    return str(script)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("url")
    parser.add_argument("--ca", required=True, help="the emulator's CA PEM")
    parser.add_argument("--answer", choices=("consent", "error", "abandon"), default="consent")
    parser.add_argument(
        "--foreground",
        action="store_true",
        help="do the sign-in in this process (internal: the detached child)",
    )
    args = parser.parse_args(argv)
    if args.answer == "abandon":
        return 0
    if args.foreground:
        try:
            sign_in(args.url, args.ca, answer=args.answer)
        except SignInFailed as exc:
            print(f"fake browser: {exc}", file=sys.stderr)
            return 1
        return 0
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
    subprocess.Popen(  # detached: webbrowser waits for this command, msal's listener can't
        [
            sys.executable,
            "-m",
            "tests.emulators.graph.browser",
            "--ca",
            args.ca,
            "--answer",
            args.answer,
            "--foreground",
            args.url,
        ],
        start_new_session=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=str(REPO_ROOT),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
