"""Sign-in and keyring messages are desktop.i18n.Texts: dialogs show them translated."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.null
import keyring.errors
import pytest

from desktop import i18n
from desktop.auth import secrets
from desktop.auth.microsoft import _ERROR_MARK, AppCredentials, MicrosoftConfig, _browser_page
from desktop.i18n import CONTEXT, Text, message_of, render
from desktop.providers.base import ProviderError
from tests.memory_keyring import MemoryKeyring

SHOUTED = {
    "Meetdesk has no Microsoft app (client) ID: set one in Settings or ask your "
    "administrator.": "PAS D'IDENTIFIANT D'APPLICATION.",
    "The sign-in address must be an https address with a tenant, like "
    "https://login.microsoftonline.com/organizations.": "ADRESSE DE CONNEXION EN HTTPS.",
    "The Graph address must be an https address.": "GRAPH EN HTTPS.",
    "{first} {then}": "{first} / {then}",
    "Application permissions need the sign-in address of your tenant, like "
    "https://login.microsoftonline.com/contoso.onmicrosoft.com.": "L'ADRESSE DE VOTRE LOCATAIRE.",
    "The Microsoft app certificate cannot be read ({kind}): {path}": "ILLISIBLE : {path}",
    "No system keyring is available, so Meetdesk cannot store passwords or sign-in "
    "tokens safely. On Linux, install and unlock a Secret Service keyring "
    "(GNOME Keyring or KWallet); Meetdesk never stores them in plain text.": "PAS DE TROUSSEAU.",
    "The system keyring refused to store a secret ({kind}).": "TROUSSEAU REFUSÉ ({kind}).",
    "Meetdesk is signed in. You can close this page.": "Meetdesk est connecté : 100 $ <ok>.",
    "Meetdesk could not sign in: {error}. You can close this page and try again.": (
        "Échec : {error}."
    ),
}


def shouted(context: str, source: str) -> str:
    assert context == CONTEXT
    return SHOUTED.get(source, "")


def test_every_microsoft_settings_problem_is_said_in_one_translatable_text() -> None:
    with pytest.raises(ProviderError) as caught:
        MicrosoftConfig(" ", "http://login.example.com", "ftp://graph").validated()
    assert str(caught.value) == (
        "Meetdesk has no Microsoft app (client) ID: set one in Settings or ask your "
        "administrator. The sign-in address must be an https address with a tenant, like "
        "https://login.microsoftonline.com/organizations. "
        "The Graph address must be an https address."
    )
    assert isinstance(message_of(caught.value), Text)
    assert render(caught.value, shouted) == (
        "PAS D'IDENTIFIANT D'APPLICATION. / ADRESSE DE CONNEXION EN HTTPS. / GRAPH EN HTTPS."
    )


def test_application_permission_problems_are_texts(tmp_path: Path) -> None:
    with pytest.raises(ProviderError) as no_tenant:
        AppCredentials(MicrosoftConfig("app-id"), "")
    assert render(no_tenant.value, shouted) == "L'ADRESSE DE VOTRE LOCATAIRE."
    tenant = MicrosoftConfig("app-id", "https://login.microsoftonline.com/contoso.example")
    missing = tmp_path / "missing.pem"
    with pytest.raises(ProviderError) as unreadable:
        AppCredentials(tenant, str(missing))
    assert str(unreadable.value) == (
        f"The Microsoft app certificate cannot be read (FileNotFoundError): {missing}"
    )
    assert render(unreadable.value, shouted) == f"ILLISIBLE : {missing}"


@pytest.fixture
def backend_restored() -> Iterator[None]:
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


class RefusingKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError(f"cannot keep {password}")


def test_keyring_problems_are_texts(backend_restored: None) -> None:
    keyring.set_keyring(keyring.backends.null.Keyring())
    with pytest.raises(secrets.KeyringUnavailable) as unavailable:
        secrets.check_available()
    assert isinstance(message_of(unavailable.value), Text)
    assert render(unavailable.value, shouted) == "PAS DE TROUSSEAU."
    keyring.set_keyring(RefusingKeyring())
    with pytest.raises(secrets.KeyringUnavailable) as refused:
        secrets.store_secret("acc", "password", "hunter2")
    assert "hunter2" not in str(refused.value)
    assert render(refused.value, shouted) == "TROUSSEAU REFUSÉ (PasswordSetError)."


def test_the_browser_page_after_sign_in_is_in_the_interfaces_language() -> None:
    # English (no language installed): the page as it always was.
    assert _browser_page(Text("Meetdesk is signed in. You can close this page.")) == (
        "<html><body><p>Meetdesk is signed in. You can close this page.</p></body></html>"
    )
    failed = Text(
        "Meetdesk could not sign in: {error}. You can close this page and try again.",
        error=_ERROR_MARK,
    )
    assert _browser_page(failed) == (
        "<html><body><p>Meetdesk could not sign in: $error. You can close this page and "
        "try again.</p></body></html>"
    )
    i18n.use_language(shouted)
    try:
        # msal fills in $error and sends the page without a charset: "$" doubled, HTML
        # escaped, accented letters as character references.
        assert _browser_page(Text("Meetdesk is signed in. You can close this page.")) == (
            "<html><body><p>Meetdesk est connect&#233; : 100 $$ &lt;ok&gt;.</p></body></html>"
        )
        assert _browser_page(failed) == "<html><body><p>&#201;chec : $error.</p></body></html>"
    finally:
        i18n.use_language(None)
