"""Who may see a hosted dashboard: the rules, apart from any web framework.

Configuration lives in ``.streamlit/secrets.toml`` (never in git; see
``.streamlit/secrets.toml.example``):

- ``[auth]``: Streamlit's own OpenID Connect settings (``st.login``); with them, visitors log
  in with the team's identity provider and ``[geo] allowed_emails`` / ``allowed_domains``
  say who gets in (an empty allow-list lets nobody in: a forgotten list must not open the
  page to every account of a public provider);
- ``[geo] password_hash``: a shared password for teams without an identity provider, stored
  as a salted scrypt hash (``python -m geo auth hash-password`` makes one);
- neither: authentication is off (an analyst's own laptop), unless ``GEO_HOSTED`` (any value
  but 0/false/no) or ``[geo] hosted = true`` says the page is public, in which case the page
  refuses to start rather than serve data to anyone.

Every doubt fails closed: a secrets file that exists but cannot be parsed, an unknown table
(``[GEO]``) or key, a value of the wrong type: the page stops and says why.

``LoginBrake`` limits password checks for the whole server, outside Streamlit's caches (which
any visitor can flush), and never refuses a right password: an attempt over the limit waits
for its turn, in arrival order.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
import secrets as _secrets
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping

from geo.exc import SecretsError

_LOG = logging.getLogger("geo.auth")

OFF, OIDC, PASSWORD = "off", "oidc", "password"
# scrypt cost: ~50 ms and 16 MiB per check here: cheap for a login, slow for a guesser
_N, _R, _P = 2**14, 8, 1

# GEO_HOSTED: anything but these (case and spaces aside) means "hosted" (fails closed: "on",
# "True", "yes please" all mean hosted).
NOT_HOSTED = frozenset({"", "0", "false", "no"})

# What a geo secrets file may hold. Anything else is reported and stops the page: a [GEO] table
# for [geo], or "host = true" for "hosted = true", must never leave a hosted page open.
GEO_KEYS = {
    "hosted": bool, "password_hash": str, "allowed_emails": (str, list), "allowed_domains": (str, list),
    "online_tiles": bool, "backup_download": bool,
}
AUTH_KEYS = {"redirect_uri", "cookie_secret", "client_id", "client_secret", "server_metadata_url", "client_kwargs",
             "expose_tokens"}
AUTH_PROVIDER_KEYS = {"client_id", "client_secret", "server_metadata_url", "client_kwargs", "redirect_uri"}
TABLES = ("geo", "auth")


def env_hosted(value: str | None) -> bool:
    """Whether a ``GEO_HOSTED`` value says the page is hosted."""
    return (value or "").strip().lower() not in NOT_HOSTED


def read_secrets(load: Callable[[], Mapping[str, Any]], paths: Iterable[str]) -> dict:
    """The secrets, through ``load`` (Streamlit's ``st.secrets``); ``{}`` when there is no
    secrets file at all (a local run). A file that exists but cannot be read (a TOML error,
    an unreadable file) raises ``SecretsError``: it never reads as "no secrets", because that
    would turn authentication off."""
    try:
        return {k: _plain(v) for k, v in load().items()}
    except Exception as e:  # Streamlit raises its parse error as a FileNotFoundError subclass
        present = [p for p in paths if os.path.exists(p)]
        if not present:
            return {}
        _LOG.error("secrets file %s cannot be read: %s", ", ".join(present), e)  # the operator sees the paths
        why = str(e)
        for p in present:  # a visitor sees file names only, no server path
            why = why.replace(p, os.path.basename(p))
        raise SecretsError(f"{', '.join(os.path.basename(p) for p in present)} exists but cannot be read: {why}") from None


def _plain(v: Any) -> Any:
    return {k: _plain(x) for k, x in v.items()} if hasattr(v, "items") else v


@dataclass(frozen=True)
class AuthConfig:
    """How the dashboard authenticates (``methods`` empty = off)."""

    methods: tuple[str, ...]
    allowed_emails: frozenset[str]
    allowed_domains: frozenset[str]
    password_hash: str | None
    hosted: bool
    problems: tuple[str, ...] = ()   # what in the secrets file is not understood
    online_tiles: bool = True        # the map may fetch OpenStreetMap tiles in visitors' browsers
    backup_download: bool = True     # the page offers the store backup as a download

    @property
    def required(self) -> bool:
        return bool(self.methods)

    @property
    def misconfigured(self) -> str | None:
        """Why the page must not start, or None."""
        if self.problems:
            return ("The secrets file has settings this page does not understand, so it will not start "
                    "(a misspelt table or key could leave it open): " + "; ".join(self.problems)
                    + ". See .streamlit/secrets.toml.example.")
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


def _problems(secrets: Mapping[str, Any]) -> list[str]:
    out = []
    for k, v in secrets.items():
        if k not in TABLES:
            hint = f" (did you mean [{k.lower()}]?)" if k.lower() in TABLES else ""
            out.append(f"unknown {'table [' + k + ']' if isinstance(v, Mapping) else 'key ' + repr(k)}{hint}")
    geo = secrets.get("geo", {})
    if not isinstance(geo, Mapping):
        return [*out, "geo must be a table: [geo]"]
    for k, v in geo.items():
        if k not in GEO_KEYS:
            out.append(f"unknown key {k!r} in [geo]")
        elif not isinstance(v, GEO_KEYS[k]) or (isinstance(v, list) and not all(isinstance(x, str) for x in v)):
            want = GEO_KEYS[k]
            names = " or a list of strings" if want == (str, list) else ""
            out.append(f"[geo] {k} must be {'true or false' if want is bool else 'a string'}{names}, not {v!r}")
    auth = secrets.get("auth", {})
    if not isinstance(auth, Mapping):
        return [*out, "auth must be a table: [auth]"]
    for k, v in auth.items():
        if isinstance(v, Mapping) and k not in AUTH_KEYS:  # a named provider: [auth.google]
            out += [f"unknown key {x!r} in [auth.{k}]" for x in v if x not in AUTH_PROVIDER_KEYS]
        elif k not in AUTH_KEYS:
            out.append(f"unknown key {k!r} in [auth]")
    return out


def auth_config(secrets: Mapping[str, Any], environ: Mapping[str, str] | None = None) -> AuthConfig:
    """Read the configuration from Streamlit secrets (any mapping) and the environment."""
    environ = os.environ if environ is None else environ
    problems = _problems(secrets)
    geo = secrets.get("geo", {})
    geo = dict(geo) if isinstance(geo, Mapping) else {}
    auth = secrets.get("auth", {})
    auth = dict(auth) if isinstance(auth, Mapping) else {}
    methods = []
    if auth.get("client_id") or any(isinstance(v, Mapping) and v.get("client_id") for v in auth.values()):
        methods.append(OIDC)
    if geo.get("password_hash"):
        methods.append(PASSWORD)
    # anything but false is hosted: a non-boolean "hosted" is reported as a problem, and hosted
    hosted = env_hosted(environ.get("GEO_HOSTED")) or geo.get("hosted", False) is not False
    return AuthConfig(tuple(methods), _as_set(geo.get("allowed_emails")), _as_set(geo.get("allowed_domains")),
                      geo.get("password_hash") or None, hosted, tuple(problems),
                      online_tiles=geo.get("online_tiles", not hosted) is True,
                      backup_download=geo.get("backup_download", not hosted) is True)


def email_allowed(email: str | None, cfg: AuthConfig, verified: bool | None = None) -> bool:
    """An identity-provider account may enter if its e-mail is on the list or in a listed
    domain, and the provider says the address is verified (``email_verified`` is true: an
    address a provider has not checked proves nothing about who holds it)."""
    if not email or verified is not True:
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


# ---------------------------------------------------------------------------- the login brake

class LoginBrake:
    """At most ``limit`` password checks in any ``window`` seconds, for the whole server.

    A slot is taken under a lock *before* the password is checked, so concurrent guesses can
    never exceed the limit. A right password gives its slot back (only failures count), and is
    never refused: when the slots are full, an attempt waits, first come first served, until one
    frees. A guesser gets ``limit`` checks a window however many connections it opens; the team
    waits at most one window behind it. Limit per client at the reverse proxy (README).

    Its state is plain process memory owned by this module: no visitor's message (Streamlit's
    "clear cache" included) can reset it.
    """

    def __init__(self, limit: int = 20, window: float = 60.0, clock: Callable[[], float] = time.monotonic):
        self.limit, self.window, self.clock = limit, window, clock
        self._cond = threading.Condition()
        self._slots: deque[list[float]] = deque()  # [time] of each check that counts
        self._queue: deque[object] = deque()       # waiting attempts, in arrival order
        self.checks = 0                            # checks made (for tests and the log)

    def check(self, verify: Callable[[], bool]) -> bool:
        """Run ``verify`` (the password check) when a slot is free; its result."""
        me = object()
        with self._cond:
            self._queue.append(me)
            while True:
                now = self.clock()
                while self._slots and self._slots[0][0] <= now - self.window:
                    self._slots.popleft()
                if self._queue[0] is me and len(self._slots) < self.limit:
                    self._queue.popleft()
                    slot = [now]
                    self._slots.append(slot)
                    self.checks += 1
                    self._cond.notify_all()  # the next in line may have a slot too
                    break
                wait = self._slots[0][0] + self.window - now if len(self._slots) >= self.limit else None
                self._cond.wait(timeout=min(wait, 5.0) if wait is not None else 5.0)
        ok = False
        try:
            ok = bool(verify())
        finally:
            if ok:
                with self._cond:  # a right password does not count against the team
                    for k, s in enumerate(self._slots):
                        if s is slot:
                            del self._slots[k]
                            break
                    self._cond.notify_all()
        return ok

    def used(self) -> int:
        """Slots taken in the current window."""
        with self._cond:
            now = self.clock()
            return sum(1 for s in self._slots if s[0] > now - self.window)


def _env_number(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name) or default)
    except ValueError:
        return default


# One per server process. GEO_LOGIN_ATTEMPTS / GEO_LOGIN_WINDOW (seconds) change it.
BRAKE = LoginBrake(int(_env_number("GEO_LOGIN_ATTEMPTS", 20)), _env_number("GEO_LOGIN_WINDOW", 60.0))


# ---------------------------------------------------------------------------- password strength

_COMMON = frozenset("""password passw0rd letmein welcome iloveyou qwerty qwertyuiop asdfghjkl zxcvbnm
abc123 admin administrator changeme secret trustno1 monkey dragon football baseball sunshine princess
master shadow superman starwars correcthorsebatterystaple""".split())


def password_weakness(password: str) -> str | None:
    """Why ``password`` is too weak for a shared team password, or None. It must be 12+
    characters, not a repeated or sequential run, not a well-known password padded with digits
    or symbols, and hold some variety (6+ distinct characters)."""
    if len(password) < 12:
        return "use at least 12 characters (a passphrase of a few words is best)"
    low = password.lower()
    core = "".join(c for c in low if c.isalpha())
    if len(set(password)) < 6:
        return "it repeats too few characters; use a passphrase of a few unrelated words"
    if low.isdigit() or core in _COMMON or any(low.startswith(w) and len(w) >= 6 for w in _COMMON):
        return "it is a well-known password or only digits; use a passphrase of a few unrelated words"
    runs = sum(1 for a, b in zip(low, low[1:]) if ord(b) - ord(a) in (0, 1))
    if runs >= len(low) - 2:
        return "it is a sequence (abcd…, 1234…); use a passphrase of a few unrelated words"
    return None
