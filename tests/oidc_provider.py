"""A small OpenID Connect provider on 127.0.0.1, for testing st.login end to end offline.

It does what a real provider does for the authorization-code flow Streamlit uses: discovery,
an authorize endpoint (the user is "already signed in" as ``provider.user``, so it redirects
straight back with a code), a token endpoint that checks the client secret, the redirect URI
and PKCE and returns an RS256-signed ID token carrying the nonce, and the JWKS to verify it.
``forge = True`` signs ID tokens with a key the JWKS does not publish (an impostor)."""
from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlparse

from joserfc import jwt
from joserfc.jwk import RSAKey


class OIDCProvider:
    def __init__(self, client_id: str, client_secret: str, redirect_uri: str) -> None:
        self.client_id, self.client_secret, self.redirect_uri = client_id, client_secret, redirect_uri
        self.key = RSAKey.generate_key(2048, parameters={"kid": "geo-test", "use": "sig", "alg": "RS256"})
        self.impostor = RSAKey.generate_key(2048, parameters={"kid": "geo-test", "use": "sig", "alg": "RS256"})
        self.user: dict = {}
        self.forge = False
        self.codes: dict[str, dict] = {}
        self.log: list[str] = []  # what happened, for the test's asserts
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                provider._get(self)

            def do_POST(self) -> None:
                provider._post(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def metadata_url(self) -> str:
        return f"{self.url}/.well-known/openid-configuration"

    def close(self) -> None:
        self.server.shutdown()

    # ---------------------------------------------------------------- endpoints
    def _send(self, h, status: int, body: dict | None = None, location: str | None = None) -> None:
        data = json.dumps(body or {}).encode()
        h.send_response(status)
        if location:
            h.send_header("Location", location)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        h.wfile.write(data)

    def _get(self, h) -> None:
        url = urlparse(h.path)
        q = {k: v[0] for k, v in parse_qs(url.query).items()}
        if url.path == "/.well-known/openid-configuration":
            return self._send(h, 200, {
                "issuer": self.url, "authorization_endpoint": f"{self.url}/authorize",
                "token_endpoint": f"{self.url}/token", "jwks_uri": f"{self.url}/jwks",
                "response_types_supported": ["code"], "subject_types_supported": ["public"],
                "id_token_signing_alg_values_supported": ["RS256"], "code_challenge_methods_supported": ["S256"],
                "scopes_supported": ["openid", "email", "profile"],
                "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"]})
        if url.path == "/jwks":
            return self._send(h, 200, {"keys": [self.key.as_dict(private=False)]})
        if url.path == "/authorize":
            if q.get("client_id") != self.client_id or q.get("redirect_uri") != self.redirect_uri:
                self.log.append("authorize refused")
                return self._send(h, 400, {"error": "invalid_request"})
            code = secrets.token_urlsafe(16)
            self.codes[code] = {"nonce": q.get("nonce"), "challenge": q.get("code_challenge"), "user": dict(self.user)}
            self.log.append(f"authorize {self.user.get('email')}")
            return self._send(h, 302, location=f"{self.redirect_uri}?{urlencode({'code': code, 'state': q.get('state', '')})}")
        self._send(h, 404, {"error": "not_found"})

    def _post(self, h) -> None:
        if urlparse(h.path).path != "/token":
            return self._send(h, 404, {"error": "not_found"})
        form = {k: v[0] for k, v in parse_qs(h.rfile.read(int(h.headers.get("Content-Length", 0))).decode()).items()}
        client = (form.get("client_id"), form.get("client_secret"))
        auth = h.headers.get("Authorization", "")
        if auth.startswith("Basic "):
            client = tuple(base64.b64decode(auth[6:]).decode().split(":", 1))
        if client != (self.client_id, self.client_secret):
            self.log.append("token refused: client")
            return self._send(h, 401, {"error": "invalid_client"})
        grant = self.codes.pop(form.get("code", ""), None)  # a code works once
        if grant is None or form.get("redirect_uri") != self.redirect_uri:
            self.log.append("token refused: code")
            return self._send(h, 400, {"error": "invalid_grant"})
        if grant["challenge"]:
            verifier = form.get("code_verifier", "")
            digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
            if digest != grant["challenge"]:
                self.log.append("token refused: pkce")
                return self._send(h, 400, {"error": "invalid_grant"})
        now = int(time.time())
        claims = {"iss": self.url, "sub": grant["user"].get("email", "x"), "aud": self.client_id, "iat": now,
                  "exp": now + 300, "nonce": grant["nonce"], **grant["user"]}
        id_token = jwt.encode({"alg": "RS256", "kid": "geo-test"}, claims, self.impostor if self.forge else self.key)
        self.log.append(f"token {grant['user'].get('email')}" + (" pkce" if grant["challenge"] else ""))
        self._send(h, 200, {"access_token": secrets.token_urlsafe(16), "token_type": "Bearer", "expires_in": 300,
                            "id_token": id_token})
