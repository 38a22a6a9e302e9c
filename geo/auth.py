"""Who may see a hosted dashboard: the rules, apart from any web framework.

Configuration lives in ``.streamlit/secrets.toml`` (never in git; see
``.streamlit/secrets.toml.example``):

- ``[auth]``: Streamlit's own OpenID Connect settings (``st.login``); with them, visitors log
  in with the team's identity provider and ``[geo] allowed_emails`` / ``allowed_domains``
  say who gets in (an empty allow-list lets nobody in: a forgotten list must not open the
  page to every account of a public provider);
- ``[geo] password_hash``: a shared password for teams without an identity provider, stored
  as a salted scrypt hash (``python -m geo auth hash-password`` makes one);
- neither: authentication is off (an analyst's own laptop), unless ``GEO_HOSTED=1`` or
  ``[geo] hosted = true`` says the page is public, in which case the page refuses to start
  rather than serve data to anyone.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets as _secrets
from dataclasses import dataclass
from typing import Any, Mapping

OFF, OIDC, PASSWORD = "off", "oidc", "password"
# scrypt cost: ~50 ms and 16 MiB per check here: cheap for a login, slow for a guesser
_N, _R, _P = 2**14, 8, 1


@dataclass(frozen=True)
class AuthConfig:
    """How the dashboard authenticates (``methods`` empty = off)."""

    methods: tuple[str, ...]
    allowed_emails: frozenset[str]
    allowed_domains: frozenset[str]
    password_hash: str | None
    hosted: bool

    @property
    def required(self) -> bool:
        return bool(self.methods)

    @property
    def misconfigured(self) -> str | None:
        """Why a hosted page must not start, or None."""
        if self.hosted and not self.methods:
            return ("GEO_HOSTED is set but no way to log in is configured: add [auth] (OpenID Connect) "
                    "or [geo] password_hash to .streamlit/secrets.toml (see README, Hosting)")
        if OIDC in self.methods and not (self.allowed_emails or self.allowed_domains):
            return "[auth] is configured but [geo] allowed_emails / allowed_domains are empty: nobody could get in"
        return None


def _as_set(value: Any) -> frozenset[str]:
    if isinstance(value, str):
        value = [value]
    return frozenset(str(v).strip().lower().lstrip("@") for v in (value or []) if str(v).strip())


def auth_config(secrets: Mapping[str, Any], environ: Mapping[str, str] | None = None) -> AuthConfig:
    """Read the configuration from Streamlit secrets (any mapping) and the environment."""
    environ = os.environ if environ is None else environ
    geo = dict(secrets.get("geo", {}) or {})
    auth = dict(secrets.get("auth", {}) or {})
    methods = []
    if auth.get("client_id") or any(isinstance(v, Mapping) and v.get("client_id") for v in auth.values()):
        methods.append(OIDC)
    if geo.get("password_hash"):
        methods.append(PASSWORD)
    hosted = str(environ.get("GEO_HOSTED", "")).lower() in ("1", "true", "yes") or bool(geo.get("hosted"))
    return AuthConfig(tuple(methods), _as_set(geo.get("allowed_emails")), _as_set(geo.get("allowed_domains")),
                      geo.get("password_hash") or None, hosted)


def email_allowed(email: str | None, cfg: AuthConfig, verified: bool | None = True) -> bool:
    """An identity-provider account may enter if its e-mail is on the list or in a listed
    domain, and the provider did not say the address is unverified."""
    if not email or verified is False:
        return False
    e = email.strip().lower()
    if "@" not in e:
        return False
    return e in cfg.allowed_emails or e.rsplit("@", 1)[1] in cfg.allowed_domains


def hash_password(password: str, salt: bytes | None = None) -> str:
    """``scrypt$N$r$p$salt$hash`` (base64) of a password, with a fresh random salt."""
    if not password:
        raise ValueError("an empty password protects nothing")
    salt = salt or _secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    b64 = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
    return f"scrypt${_N}${_R}${_P}${b64(salt)}${b64(digest)}"


def verify_password(password: str, stored: str | None) -> bool:
    """True if ``password`` matches the stored hash (constant-time comparison)."""
    if not password or not stored:
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        want = base64.b64decode(digest)
        got = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                             dklen=len(want), maxmem=256 * 1024 * 1024)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, want)
