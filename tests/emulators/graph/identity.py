"""The Microsoft identity platform endpoints msal uses (discovery, authorize, token)."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import secrets
import time
import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode, urlsplit

import jwt
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from .model import AuthCode, RefreshToken
from .server import Request, Response

if TYPE_CHECKING:
    from .emulator import GraphEmulator

OIDC_SCOPES = ("openid", "profile", "offline_access", "email")
GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000"
ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def b64json(payload: dict[str, Any]) -> str:
    return b64url(json.dumps(payload, separators=(",", ":")).encode("utf-8"))


def make_access_token(
    emu: GraphEmulator,
    client_id: str,
    user_id: str | None,
    scopes: set[str],
    roles: set[str],
    lifetime: float,
) -> str:
    """An opaque-to-clients JWT-shaped access token (the emulator looks tokens up by value)."""
    now = int(time.time())
    claims: dict[str, Any] = {
        "aud": "https://graph.microsoft.com",
        "iss": f"https://sts.windows.net/{emu.tenant_id}/",
        "iat": now,
        "nbf": now,
        "exp": now + int(lifetime),
        "appid": client_id,
        "tid": emu.tenant_id,
        "ver": "1.0",
        "uti": b64url(secrets.token_bytes(16)),
    }
    if user_id is not None:
        user = emu.users[user_id]
        claims.update(
            oid=user.id,
            upn=user.email,
            unique_name=user.email,
            name=user.display_name,
            scp=" ".join(sorted(scopes)),
        )
    else:
        claims.update(oid=str(uuid.uuid5(uuid.NAMESPACE_URL, client_id)), roles=sorted(roles))
    header = {"typ": "JWT", "alg": "RS256", "kid": "emulator"}
    return f"{b64json(header)}.{b64json(claims)}.{b64url(secrets.token_bytes(64))}"


def split_scopes(value: str | None) -> tuple[list[str], list[str]]:
    """(resource scopes with any resource prefix stripped, OIDC scopes)."""
    resource, oidc = [], []
    for item in (value or "").split():
        if item.lower() in OIDC_SCOPES:
            oidc.append(item.lower())
            continue
        if "/" in item:
            item = item.rsplit("/", 1)[1]
        if item:
            resource.append(item)
    return resource, oidc


class TokenError(Exception):
    def __init__(self, error: str, code: int, description: str, status: int = 400) -> None:
        super().__init__(description)
        self.error = error
        self.code = code
        self.description = description
        self.status = status


class IdentityApi:
    def __init__(self, emu: GraphEmulator) -> None:
        self.emu = emu

    def handle(self, req: Request) -> Response:
        tenant, rest = req.segments[0], req.segments[1:]
        if req.method == "GET" and rest == ["v2.0", ".well-known", "openid-configuration"]:
            return Response.json(200, self.openid_configuration(tenant))
        if req.method == "GET" and rest == ["discovery", "v2.0", "keys"]:
            return Response.json(200, {"keys": []})
        if req.method == "GET" and rest == ["oauth2", "v2.0", "authorize"]:
            with self.emu._lock:
                return self.authorize(req)
        if req.method == "POST" and rest == ["oauth2", "v2.0", "token"]:
            try:
                with self.emu._lock:
                    return Response.json(200, self.token(req, tenant))
            except TokenError as exc:
                return self.token_error(exc)
        return Response.json(404, {"error": "not_found", "error_description": req.path})

    def openid_configuration(self, tenant: str) -> dict[str, Any]:
        base = f"{self.emu.base_url}/{tenant}"
        return {
            "token_endpoint": f"{base}/oauth2/v2.0/token",
            "token_endpoint_auth_methods_supported": [
                "client_secret_post",
                "private_key_jwt",
                "client_secret_basic",
            ],
            "jwks_uri": f"{base}/discovery/v2.0/keys",
            "response_modes_supported": ["query", "fragment", "form_post"],
            "subject_types_supported": ["pairwise"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
            "scopes_supported": ["openid", "profile", "email", "offline_access"],
            "issuer": self.emu.issuer,
            "request_uri_parameter_supported": False,
            "userinfo_endpoint": f"{self.emu.graph_url}/oidc/userinfo",
            "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
            "http_logout_supported": True,
            "frontchannel_logout_supported": True,
            "end_session_endpoint": f"{base}/oauth2/v2.0/logout",
            "claims_supported": [
                "sub",
                "iss",
                "aud",
                "exp",
                "iat",
                "auth_time",
                "acr",
                "nonce",
                "preferred_username",
                "name",
                "tid",
                "ver",
                "at_hash",
                "c_hash",
                "email",
            ],
            "tenant_region_scope": "EU",
            "cloud_instance_name": "microsoftonline.com",
            "msgraph_host": urlsplit(self.emu.graph_url).netloc,
        }

    # ------------------------------------------------------------------ authorize

    def error_page(self, code: int, message: str) -> Response:
        text = (
            "<!DOCTYPE html><html><head><title>Sign in to your account</title></head><body>"
            f'<h1>Sorry, but we\'re having trouble signing you in.</h1><p id="error">AADSTS{code}: '
            f"{html.escape(message)}</p></body></html>"
        )
        return Response.html(400, text)

    def authorize(self, req: Request) -> Response:
        q = req.query
        client = self.emu.clients.get(q.get("client_id", ""))
        if client is None:
            return self.error_page(
                700016,
                f"Application with identifier '{q.get('client_id', '')}' was not found in the "
                f"directory '{self.emu.tenant}'.",
            )
        redirect_uri = q.get("redirect_uri", "")
        parts = urlsplit(redirect_uri)
        try:
            port = parts.port
        except ValueError:
            port = None
        if parts.scheme != "http" or parts.hostname not in ("localhost", "127.0.0.1") or not port:
            return self.error_page(
                50011,
                f"The redirect URI '{redirect_uri}' specified in the request does not match the "
                f"redirect URIs configured for the application '{client.client_id}'.",
            )
        if q.get("response_type") != "code":
            return self.error_page(700054, "response_type 'code' is required for this application.")
        if not q.get("code_challenge") or q.get("code_challenge_method") != "S256":
            return self.error_page(
                9002325,
                "Proof Key for Code Exchange (S256) is required for cross-origin authorization "
                "code redemption.",
            )
        resource, _ = split_scopes(q.get("scope"))
        user = self.emu.login_user
        code = "1.A" + b64url(secrets.token_bytes(96))
        self.emu.codes[code] = AuthCode(
            code=code,
            client_id=client.client_id,
            redirect_uri=redirect_uri,
            code_challenge=q["code_challenge"],
            scopes=frozenset(resource),
            nonce=q.get("nonce"),
            user_id=user.id,
            expires_at=time.time() + 600,
        )
        fields = {"code": code, "client_info": self.client_info(user.id)}
        if "state" in q:
            fields["state"] = q["state"]
        fields["session_state"] = str(uuid.uuid4())
        mode = q.get("response_mode", "query")
        if mode == "form_post":
            return Response.html(200, self.form_post_page(redirect_uri, fields, user.email))
        sep = "#" if mode == "fragment" else ("&" if "?" in redirect_uri else "?")
        return Response(302, b"", [("Location", redirect_uri + sep + urlencode(fields))])

    @staticmethod
    def form_post_page(action: str, fields: dict[str, str], email: str) -> str:
        inputs = "\n".join(
            f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">'
            for k, v in fields.items()
        )
        return (
            "<!DOCTYPE html>\n<html><head><title>Working...</title></head>\n<body>\n"
            f'<form method="post" name="hiddenform" action="{html.escape(action)}">\n{inputs}\n'
            f"<p>Signed in as {html.escape(email)} (Graph emulator).</p>\n"
            "<noscript><p>Script is disabled. Click Continue.</p></noscript>\n"
            '<button type="submit">Continue</button>\n</form>\n'
            "<script>window.setTimeout(function(){document.forms[0].submit();}, 0);</script>\n"
            "</body></html>\n"
        )

    def client_info(self, user_id: str) -> str:
        return b64json({"uid": user_id, "utid": self.emu.tenant_id})

    # ------------------------------------------------------------------ token

    def token_error(self, exc: TokenError) -> Response:
        trace, corr = str(uuid.uuid4()), str(uuid.uuid4())
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%SZ")
        body = {
            "error": exc.error,
            "error_description": (
                f"AADSTS{exc.code}: {exc.description} Trace ID: {trace} Correlation ID: {corr} "
                f"Timestamp: {stamp}"
            ),
            "error_codes": [exc.code],
            "timestamp": stamp,
            "trace_id": trace,
            "correlation_id": corr,
            "error_uri": f"{self.emu.base_url}/error?code={exc.code}",
        }
        if exc.code == 50173:
            body["suberror"] = "bad_token"
        return Response.json(exc.status, body)

    def token(self, req: Request, tenant: str) -> dict[str, Any]:
        form = req.form()
        grant = form.get("grant_type")
        client_id = form.get("client_id", "")
        client = self.emu.clients.get(client_id)
        if client is None:
            raise TokenError(
                "unauthorized_client",
                700016,
                f"Application with identifier '{client_id}' was not found in the directory.",
            )
        if grant == "authorization_code":
            return self._authorization_code(form, client_id)
        if grant == "refresh_token":
            return self._refresh(form, client_id)
        if grant == "client_credentials":
            return self._client_credentials(form, client, tenant)
        raise TokenError(
            "unsupported_grant_type",
            70003,
            f"The app requested an unsupported grant type '{grant}'.",
        )

    def _authorization_code(self, form: dict[str, str], client_id: str) -> dict[str, Any]:
        code = self.emu.codes.get(form.get("code", ""))
        if code is None:
            raise TokenError(
                "invalid_grant", 9002313, "Invalid request. Request is malformed or invalid."
            )
        if code.used:
            raise TokenError(
                "invalid_grant",
                54005,
                "OAuth2 Authorization code was already redeemed, please retry with a "
                "new valid code or use an existing refresh token.",
            )
        code.used = True
        if code.expires_at < time.time():
            raise TokenError(
                "invalid_grant",
                70008,
                "The provided authorization code or refresh token has expired due to inactivity.",
            )
        if code.client_id != client_id:
            raise TokenError(
                "invalid_grant",
                70000,
                "The provided authorization code was issued to another client.",
            )
        if form.get("redirect_uri") != code.redirect_uri:
            raise TokenError(
                "invalid_grant",
                50148,
                "The redirect_uri does not match the one in the authorization request.",
            )
        verifier = form.get("code_verifier", "")
        if not verifier:
            raise TokenError(
                "invalid_request",
                900144,
                "The request body must contain the following parameter: 'code_verifier'.",
            )
        if b64url(hashlib.sha256(verifier.encode("ascii")).digest()) != code.code_challenge:
            raise TokenError(
                "invalid_grant",
                501481,
                "The Code_Verifier does not match the code_challenge supplied in the "
                "authorization request.",
            )
        requested, _ = split_scopes(form.get("scope"))
        return self._user_tokens(
            client_id,
            code.user_id,
            list(code.scopes) or requested,
            form.get("scope"),
            nonce=code.nonce,
            id_token=True,
        )

    def _refresh(self, form: dict[str, str], client_id: str) -> dict[str, Any]:
        rt = self.emu.refresh_tokens.get(form.get("refresh_token", ""))
        if rt is None:
            raise TokenError(
                "invalid_grant", 9002313, "Invalid request. Request is malformed or invalid."
            )
        if rt.revoked:
            raise TokenError(
                "invalid_grant",
                50173,
                "The provided grant has expired due to it being revoked, a fresh auth "
                "token is needed. The user might have changed or reset their password. "
                "The grant was issued on '2026-01-01T00:00:00Z'.",
            )
        if rt.client_id != client_id:
            raise TokenError(
                "invalid_grant", 70000, "The refresh token was issued to a different client."
            )
        requested, _ = split_scopes(form.get("scope"))
        scopes = requested or list(rt.scopes)
        return self._user_tokens(
            client_id, rt.user_id, scopes, form.get("scope"), nonce=None, id_token=True
        )

    def _user_tokens(
        self,
        client_id: str,
        user_id: str,
        scopes: list[str],
        requested: str | None,
        *,
        nonce: str | None,
        id_token: bool,
    ) -> dict[str, Any]:
        emu = self.emu
        user = emu.users[user_id]
        access = emu._new_access_token(client_id, user_id, {s.lower() for s in scopes}, set(), None)
        refresh = "1.A" + b64url(secrets.token_bytes(180))
        emu.refresh_tokens[refresh] = RefreshToken(refresh, client_id, user_id, frozenset(scopes))
        # Echo the resource scopes in the form they were asked for (msal caches on them).
        asked = [s for s in (requested or "").split() if s.lower() not in OIDC_SCOPES]
        granted = asked or scopes
        lifetime = int(emu.access_token_lifetime)
        result: dict[str, Any] = {
            "token_type": "Bearer",
            "scope": " ".join([*granted, "openid", "profile", "offline_access"]),
            "expires_in": lifetime,
            "ext_expires_in": lifetime,
            "access_token": access.value,
            "refresh_token": refresh,
            "client_info": self.client_info(user_id),
        }
        if id_token:
            now = int(time.time())
            claims = {
                "aud": client_id,
                "iss": emu.issuer,
                "iat": now,
                "nbf": now,
                "exp": now + 3600,
                "name": user.display_name,
                "oid": user.id,
                "preferred_username": user.email,
                "sub": b64url(hashlib.sha256(f"{user.id}{client_id}".encode()).digest()),
                "tid": emu.tenant_id,
                "ver": "2.0",
            }
            if nonce:
                claims["nonce"] = nonce
            result["id_token"] = f"{b64json({'typ': 'JWT', 'alg': 'none'})}.{b64json(claims)}."
        return result

    def _client_credentials(self, form: dict[str, str], client: Any, tenant: str) -> dict[str, Any]:
        emu = self.emu
        if client.public:
            raise TokenError(
                "invalid_client",
                7000218,
                "The request body must contain the following parameter: "
                "'client_assertion' or 'client_secret'.",
                status=401,
            )
        assertion = form.get("client_assertion")
        if assertion:
            if form.get("client_assertion_type") != ASSERTION_TYPE:
                raise TokenError("invalid_request", 90002, "Invalid client_assertion_type.")
            self._verify_assertion(assertion, client, tenant)
        elif form.get("client_secret"):
            if not client.secret or not secrets.compare_digest(
                form["client_secret"], client.secret
            ):
                raise TokenError(
                    "invalid_client", 7000215, "Invalid client secret provided.", status=401
                )
        else:
            raise TokenError(
                "invalid_client",
                7000218,
                "The request body must contain the following parameter: "
                "'client_assertion' or 'client_secret'.",
                status=401,
            )
        scope = form.get("scope", "")
        allowed = {
            "https://graph.microsoft.com/.default",
            f"{emu.graph_url}/.default",
            f"{GRAPH_APP_ID}/.default",
        }
        if not scope or any(s not in allowed for s in scope.split()):
            raise TokenError(
                "invalid_scope",
                1002012,
                f"The provided value for scope {scope} is not valid. Client credential "
                "flows must have a scope value with /.default suffixed to the resource "
                "identifier (application ID URI).",
            )
        access = emu._new_access_token(client.client_id, None, set(), set(client.roles), None)
        lifetime = int(emu.access_token_lifetime)
        return {
            "token_type": "Bearer",
            "expires_in": lifetime,
            "ext_expires_in": lifetime,
            "access_token": access.value,
        }

    def _verify_assertion(self, assertion: str, client: Any, tenant: str) -> None:
        def fail(why: str) -> TokenError:
            return TokenError(
                "invalid_client", 700027, f"Client assertion failed: {why}.", status=401
            )

        if not client.certificate_pem:
            raise fail("no certificate is registered for the application")
        cert = x509.load_pem_x509_certificate(client.certificate_pem)
        try:
            header = jwt.get_unverified_header(assertion)
        except jwt.PyJWTError as exc:
            raise fail(f"malformed ({exc})") from None
        if header.get("alg") not in ("RS256", "PS256"):
            raise fail(f"unsupported alg {header.get('alg')}")
        der = cert.public_bytes(Encoding.DER)
        if header.get("x5t#S256") and header["x5t#S256"].rstrip("=") != b64url(
            hashlib.sha256(der).digest()
        ):
            raise fail("x5t#S256 does not match a registered certificate")
        sha1 = b64url(hashlib.sha1(der).digest())  # noqa: S324 - x5t is SHA-1 by definition
        if header.get("x5t") and header["x5t"].rstrip("=") != sha1:
            raise fail("x5t does not match a registered certificate")
        audiences = [
            f"{self.emu.base_url}/{tenant}/oauth2/v2.0/token",
            f"{self.emu.base_url}/{self.emu.tenant}/oauth2/v2.0/token",
            f"{self.emu.base_url}/{self.emu.tenant_id}/oauth2/v2.0/token",
        ]
        try:
            claims = jwt.decode(
                assertion,
                cert.public_key(),
                algorithms=["RS256", "PS256"],
                audience=audiences,
                options={"require": ["aud", "iss", "sub", "exp"]},
            )
        except jwt.PyJWTError as exc:
            raise fail(f"signature or claims invalid ({exc})") from None
        if claims["iss"] != client.client_id or claims["sub"] != client.client_id:
            raise fail("iss and sub must be the client id")
