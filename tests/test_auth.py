"""The rules of who gets in (geo/auth.py), without a browser."""
import pytest

from geo.auth import OIDC, PASSWORD, auth_config, email_allowed, hash_password, verify_password

OIDC_SECRETS = {"auth": {"client_id": "geo", "client_secret": "s"}}


def test_off_locally_on_when_configured():
    assert not auth_config({}, {}).required
    assert auth_config({"geo": {"password_hash": "scrypt$..."}}, {}).methods == (PASSWORD,)
    cfg = auth_config({**OIDC_SECRETS, "geo": {"allowed_domains": ["example.org"], "password_hash": "x"}}, {})
    assert cfg.methods == (OIDC, PASSWORD) and cfg.misconfigured is None


def test_named_oidc_providers_count_too():
    cfg = auth_config({"auth": {"redirect_uri": "x", "google": {"client_id": "g"}}, "geo": {"allowed_emails": "a@b.c"}}, {})
    assert cfg.methods == (OIDC,) and cfg.allowed_emails == {"a@b.c"}


@pytest.mark.parametrize("secrets, environ, why", [
    ({}, {"GEO_HOSTED": "1"}, "GEO_HOSTED"),
    ({"geo": {"hosted": True}}, {}, "GEO_HOSTED"),
    (OIDC_SECRETS, {}, "nobody could get in"),
])
def test_configurations_that_would_expose_or_lock_everyone_are_refused(secrets, environ, why):
    assert why in (auth_config(secrets, environ).misconfigured or "")


def test_allow_list_by_address_and_domain():
    cfg = auth_config({**OIDC_SECRETS, "geo": {"allowed_emails": ["Ana@Example.org"], "allowed_domains": ["@team.net"]}}, {})
    assert email_allowed("ana@example.org", cfg)
    assert email_allowed("ANYONE@team.net", cfg)
    assert not email_allowed("eve@example.org", cfg)
    assert not email_allowed("eve@notteam.net", cfg)
    assert not email_allowed("eve@team.net.evil.com", cfg)
    assert not email_allowed("ana@example.org", cfg, verified=False)
    assert not email_allowed(None, cfg) and not email_allowed("team.net", cfg)


def test_password_hash_is_salted_and_verifies():
    h1, h2 = hash_password("a long passphrase"), hash_password("a long passphrase")
    assert h1 != h2 and h1.startswith("scrypt$")
    assert verify_password("a long passphrase", h1) and verify_password("a long passphrase", h2)
    assert not verify_password("a long passphrasE", h1)
    assert not verify_password("", h1) and not verify_password("x", None)
    assert not verify_password("x", "garbage") and not verify_password("x", "md5$1$2$3$4$5")
    with pytest.raises(ValueError):
        hash_password("")
