"""A real Radicale server on 127.0.0.1 for integration tests, and a raw client beside it.

Radicale runs in its own process (`python -m radicale --config ""` so no system or user
config is read) with a fresh storage folder, on a free port, with htpasswd auth in plain
text so a wrong password is really refused. The helpers speak raw WebDAV as "another
client" would: they create collections and PUT or DELETE items behind the app's back.

    server = RadicaleServer(tmp_path)
    server.start()
    ...
    server.stop()   # an outage; start() brings it back on the same port with the same data
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType
from xml.sax.saxutils import escape

import httpx

DAV_NS = 'xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav" '
DAV_NS += 'xmlns:CR="urn:ietf:params:xml:ns:carddav"'
READY_TIMEOUT = 20.0


def free_port() -> int:
    """A port nothing listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """(certificate, key) PEM files for 127.0.0.1, valid for a day."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path = folder / "cert.pem"
    key_path = folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


class RadicaleServer:
    """One Radicale process; `url`, `username` and `password` are what a person types."""

    def __init__(
        self,
        folder: Path,
        *,
        username: str = "alice",
        password: str = "correct horse",  # noqa: S107 (a throwaway test server)
        auth: bool = True,
        tls: bool = False,
    ) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.storage = folder / "storage"
        self.htpasswd = folder / "users"
        self.log_path = folder / "radicale.log"
        self.username = username
        self.password = password
        self.auth = auth
        self.port = free_port()
        self.certificate: Path | None = None
        self._key: Path | None = None
        if tls:
            self.certificate, self._key = self_signed_certificate(folder)
        scheme = "https" if tls else "http"
        self.url = f"{scheme}://127.0.0.1:{self.port}/"
        self.htpasswd.write_text(f"{username}:{password}\n", encoding="utf-8")
        self._process: subprocess.Popen[bytes] | None = None
        self._raw: httpx.Client | None = None

    # --- process ----------------------------------------------------------------------

    def command(self) -> list[str]:
        args = [
            sys.executable,
            "-m",
            "radicale",
            "--config",
            "",
            "--server-hosts",
            f"127.0.0.1:{self.port}",
            "--storage-filesystem-folder",
            str(self.storage),
            "--logging-level",
            "warning",
        ]
        if self.auth:
            args += [
                "--auth-type",
                "htpasswd",
                "--auth-htpasswd-filename",
                str(self.htpasswd),
                "--auth-htpasswd-encryption",
                "plain",
                "--auth-delay",
                "0",  # a refused password would otherwise cost a second per test
                "--rights-type",
                "owner_only",
            ]
        else:
            args += ["--auth-type", "none", "--rights-type", "owner_only"]
        if self.certificate is not None and self._key is not None:
            args += [
                "--server-ssl",
                "--server-certificate",
                str(self.certificate),
                "--server-key",
                str(self._key),
            ]
        return args

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self) -> None:
        if self.running:
            return
        with self.log_path.open("ab") as log:
            self._process = subprocess.Popen(
                self.command(), stdin=subprocess.DEVNULL, stdout=log, stderr=log
            )
        try:
            self._wait_until_ready()
        except BaseException:
            self.stop()
            raise

    def _verify(self) -> ssl.SSLContext | bool:
        if self.certificate is None:
            return True
        return ssl.create_default_context(cafile=str(self.certificate))

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + READY_TIMEOUT
        verify = self._verify()
        while time.monotonic() < deadline:
            if self._process is None or self._process.poll() is not None:
                raise RuntimeError(f"Radicale exited at start:\n{self.log()}")
            try:
                httpx.get(self.url + ".web/", timeout=1.0, verify=verify, trust_env=False)
                return
            except httpx.TransportError:
                time.sleep(0.05)
        raise RuntimeError(f"Radicale did not answer within {READY_TIMEOUT} s:\n{self.log()}")

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)

    def close(self) -> None:
        self.stop()
        if self._raw is not None:
            self._raw.close()
            self._raw = None

    def log(self) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")[-4000:]
        except OSError:
            return ""

    def __enter__(self) -> RadicaleServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # --- another client -----------------------------------------------------------------

    @property
    def home(self) -> str:
        return f"/{self.username}/"

    def raw(self) -> httpx.Client:
        if self._raw is None:
            self._raw = httpx.Client(
                base_url=self.url,
                auth=(self.username, self.password),
                timeout=10.0,
                verify=self._verify(),
                trust_env=False,
            )
        return self._raw

    def request(
        self,
        method: str,
        path: str,
        *,
        body: str | bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        content = body.encode("utf-8") if isinstance(body, str) else body
        return self.raw().request(method, path, content=content, headers=headers or {})

    def _expect(self, response: httpx.Response, *codes: int) -> httpx.Response:
        if response.status_code not in codes:
            raise AssertionError(
                f"{response.request.method} {response.request.url.path} -> "
                f"{response.status_code}: {response.text[:500]}"
            )
        return response

    def make_calendar(
        self, name: str, display_name: str | None = None, components: tuple[str, ...] = ("VEVENT",)
    ) -> str:
        """MKCALENDAR under the user's home; returns the collection path."""
        path = f"{self.home}{name}/"
        comps = "".join(f'<C:comp name="{c}"/>' for c in components)
        shown = f"<D:displayname>{escape(display_name)}</D:displayname>" if display_name else ""
        body = (
            f'<?xml version="1.0" encoding="utf-8"?><C:mkcalendar {DAV_NS}><D:set><D:prop>'
            f"{shown}<C:supported-calendar-component-set>{comps}"
            "</C:supported-calendar-component-set></D:prop></D:set></C:mkcalendar>"
        )
        self._expect(self.request("MKCALENDAR", path, body=body), 201)
        return path

    def make_addressbook(self, name: str, display_name: str | None = None) -> str:
        """Extended MKCOL (RFC 5689) of an address book; returns the collection path."""
        path = f"{self.home}{name}/"
        shown = f"<D:displayname>{escape(display_name)}</D:displayname>" if display_name else ""
        body = (
            f'<?xml version="1.0" encoding="utf-8"?><D:mkcol {DAV_NS}><D:set><D:prop>'
            "<D:resourcetype><D:collection/><CR:addressbook/></D:resourcetype>"
            f"{shown}</D:prop></D:set></D:mkcol>"
        )
        self._expect(self.request("MKCOL", path, body=body), 201)
        return path

    def put(
        self,
        path: str,
        body: str | bytes,
        *,
        content_type: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> str:
        """PUT an item as another client; returns its new ETag."""
        if content_type is None:
            content_type = "text/vcard" if path.endswith(".vcf") else "text/calendar"
        response = self._expect(
            self.request(
                "PUT", path, body=body, headers={"Content-Type": content_type, **(headers or {})}
            ),
            201,
            204,
        )
        return str(response.headers.get("ETag", ""))

    def delete(self, path: str) -> int:
        return self._expect(self.request("DELETE", path), 200, 204, 404).status_code

    def get(self, path: str) -> httpx.Response:
        return self.request("GET", path)

    def item_paths(self, collection: str) -> list[str]:
        """The hrefs in a collection, as the server lists them (PROPFIND Depth 1)."""
        body = (
            f'<?xml version="1.0"?><D:propfind {DAV_NS}><D:prop><D:getetag/></D:prop></D:propfind>'
        )
        response = self._expect(
            self.request("PROPFIND", collection, body=body, headers={"Depth": "1"}), 207
        )
        import xml.etree.ElementTree as ET

        root = ET.fromstring(response.content)  # noqa: S314 (our own local test server)
        hrefs = [h.text or "" for h in root.iter("{DAV:}href")]
        return sorted(h for h in hrefs if h.rstrip("/") != collection.rstrip("/"))
