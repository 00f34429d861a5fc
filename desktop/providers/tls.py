"""Which certificate authorities the app trusts for HTTPS, the same for every client.

The system trust store, plus the files named by SSL_CERT_FILE and REQUESTS_CA_BUNDLE, so a
company's TLS-inspection CA works. OpenSSL lets SSL_CERT_FILE *replace* the system store,
and requests lets REQUESTS_CA_BUNDLE override a session's own setting (see
sync-protocols.md §0); building one context ourselves and handing it to both httpx and
requests avoids both traps.
"""

from __future__ import annotations

import functools
import logging
import os
import ssl
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

CA_VARIABLES = ("SSL_CERT_FILE", "REQUESTS_CA_BUNDLE")


def _load(context: ssl.SSLContext, path: str, what: str) -> None:
    try:
        if os.path.isdir(path):
            context.load_verify_locations(capath=path)
        elif os.path.isfile(path):
            context.load_verify_locations(cafile=path)
    except (OSError, ssl.SSLError, ValueError):
        log.warning("%s (%s) holds no usable certificates", what, path)


@functools.cache
def _context_for(extra: tuple[str, ...]) -> ssl.SSLContext:
    context = ssl.create_default_context()  # the system store (Windows/macOS: the OS's)
    defaults = ssl.get_default_verify_paths()
    # The compiled-in system bundle, which SSL_CERT_FILE would otherwise replace.
    for path in (defaults.openssl_cafile, defaults.openssl_capath):
        if path:
            _load(context, path, "the system certificate store")
    try:
        import certifi  # httpx's dependency: public CAs where the OS offers none to OpenSSL

        _load(context, certifi.where(), "certifi")
    except ImportError:
        pass
    for variable, path in zip(CA_VARIABLES, extra, strict=True):
        if path:
            _load(context, path, variable)
    return context


def tls_context() -> ssl.SSLContext:
    """The shared client context (built once per set of variables; loading costs ~50 ms)."""
    return _context_for(tuple(os.environ.get(v, "") for v in CA_VARIABLES))


def requests_session() -> requests.Session:
    """A requests session (for msal) that verifies with tls_context() and ignores the
    environment's CA variables, which would otherwise replace our context."""
    import requests
    import requests.adapters

    context = tls_context()

    class _ContextAdapter(requests.adapters.HTTPAdapter):
        def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
            kwargs["ssl_context"] = context
            super().init_poolmanager(*args, **kwargs)

        def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
            kwargs["ssl_context"] = context
            return super().proxy_manager_for(proxy, **kwargs)

    session = requests.Session()
    session.trust_env = False
    # Proxies still come from the environment (trust_env=False drops them with the CAs).
    session.proxies.update(requests.utils.get_environ_proxies("https://login.microsoftonline.com"))
    session.mount("https://", _ContextAdapter())
    return session
