"""The rules of who gets in (geo/auth.py), without a browser."""
import threading
import time

import pytest

from geo.auth import (
    OIDC,
    PASSWORD,
    LoginBrake,
    auth_config,
    email_allowed,
    env_hosted,
    hash_password,
    password_weakness,
    read_secrets,
    verify_password,
)
from geo.exc import SecretsError

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
    assert email_allowed("ana@example.org", cfg, verified=True)
    assert email_allowed("ANYONE@team.net", cfg, verified=True)
    assert not email_allowed("eve@example.org", cfg, verified=True)
    assert not email_allowed("eve@notteam.net", cfg, verified=True)
    assert not email_allowed("eve@team.net.evil.com", cfg, verified=True)
    assert not email_allowed(None, cfg, verified=True) and not email_allowed("team.net", cfg, verified=True)


@pytest.mark.parametrize("verified", [False, None, "true", 1, "yes"])
def test_an_address_the_provider_does_not_say_is_verified_is_refused(verified):
    cfg = auth_config({**OIDC_SECRETS, "geo": {"allowed_emails": ["ana@example.org"]}}, {})
    assert not email_allowed("ana@example.org", cfg, verified=verified)


def test_password_hash_is_salted_and_verifies():
    h1, h2 = hash_password("a long passphrase"), hash_password("a long passphrase")
    assert h1 != h2 and h1.startswith("scrypt$")
    assert verify_password("a long passphrase", h1) and verify_password("a long passphrase", h2)
    assert not verify_password("a long passphrasE", h1)
    assert not verify_password("", h1) and not verify_password("x", None)
    assert not verify_password("x", "garbage") and not verify_password("x", "md5$1$2$3$4$5")
    with pytest.raises(ValueError):
        hash_password("")


# ---------------------------------------------------------------- fails closed

@pytest.mark.parametrize("value, hosted", [
    ("1", True), ("on", True), ("ON", True), ("true", True), ("yes", True), (" hosted ", True), ("off", True),
    ("", False), ("0", False), ("false", False), ("No", False), (" FALSE ", False), (None, False),
])
def test_any_geo_hosted_but_0_false_no_means_hosted(value, hosted):
    assert env_hosted(value) is hosted
    env = {} if value is None else {"GEO_HOSTED": value}
    assert auth_config({}, env).hosted is hosted
    assert ("GEO_HOSTED" in (auth_config({}, env).misconfigured or "")) is hosted


@pytest.mark.parametrize("secrets, said", [
    ({"GEO": {"hosted": True, "password_hash": "scrypt$x"}}, "unknown table [GEO] (did you mean [geo]?)"),
    ({"geo": {"host": True, "password_hash": "scrypt$x"}}, "unknown key 'host' in [geo]"),
    ({"hosted": True}, "unknown key 'hosted'"),
    ({"geo": {"hosted": "false"}}, "[geo] hosted must be true or false"),
    ({"geo": {"allowed_emails": [1, 2]}}, "allowed_emails must be a string or a list of strings"),
    ({"auth": {"client_id": "x", "clientsecret": "y"}, "geo": {"allowed_domains": ["a.org"]}}, "unknown key 'clientsecret' in [auth]"),
    ({"auth": {"google": {"client_id": "x", "secret": "y"}}}, "unknown key 'secret' in [auth.google]"),
])
def test_settings_it_does_not_understand_stop_the_page(secrets, said):
    cfg = auth_config(secrets, {})
    assert said in (cfg.misconfigured or "")


def test_a_string_hosted_is_hosted_even_if_it_says_false():
    assert auth_config({"geo": {"hosted": "false"}}, {}).hosted


def test_secrets_file_that_exists_but_cannot_be_parsed_is_an_error(tmp_path):
    import tomllib

    bad = tmp_path / "secrets.toml"
    bad.write_text('[geo]\nhosted = true\nallowed_emails = ["ana@example.org"\n', encoding="utf-8")

    def load():  # what Streamlit does: parse, and raise a FileNotFoundError subclass on error
        try:
            return tomllib.loads(bad.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as e:
            raise FileNotFoundError(f"Error parsing secrets file: {e}") from e

    with pytest.raises(SecretsError, match="exists but cannot be read"):
        read_secrets(load, [str(tmp_path / "missing.toml"), str(bad)])
    # no file at all: a local run, no secrets
    assert read_secrets(lambda: (_ for _ in ()).throw(FileNotFoundError("none")), [str(tmp_path / "missing.toml")]) == {}
    bad.write_text('[geo]\nhosted = true\n', encoding="utf-8")
    assert read_secrets(load, [str(bad)]) == {"geo": {"hosted": True}}


def test_hosted_pages_fetch_no_online_tiles_and_serve_no_backup_unless_told():
    local = auth_config({}, {})
    assert local.online_tiles and local.backup_download
    hosted = auth_config({"geo": {"hosted": True, "password_hash": "scrypt$x"}}, {})
    assert not hosted.online_tiles and not hosted.backup_download
    told = auth_config({"geo": {"hosted": True, "password_hash": "scrypt$x", "online_tiles": True, "backup_download": True}}, {})
    assert told.online_tiles and told.backup_download


# ---------------------------------------------------------------- the login brake

def test_forty_simultaneous_guesses_get_twenty_checks_in_a_window():
    brake = LoginBrake(limit=20, window=3.0)
    started: list[float] = []
    lock = threading.Lock()

    def wrong() -> bool:
        with lock:
            started.append(time.monotonic())
        return False

    t0 = time.monotonic()
    threads = [threading.Thread(target=brake.check, args=(wrong,)) for _ in range(40)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len(started) == 40 and brake.checks == 40
    first_window = [t for t in started if t < t0 + 2.5]
    assert len(first_window) == 20  # the other twenty waited for the window to pass
    assert all(t >= t0 + 2.9 for t in sorted(started)[20:])


def test_a_right_password_is_never_refused_and_does_not_use_a_slot():
    brake = LoginBrake(limit=3, window=2.0)
    for _ in range(3):
        assert not brake.check(lambda: False)
    failed_by = time.monotonic()
    assert brake.used() == 3
    t0 = time.monotonic()
    assert brake.check(lambda: True)  # waits for a slot, then gets in
    assert time.monotonic() - t0 >= 1.5
    # (it got in when the first failure left the window; on a loaded machine the other two may be
    # a few milliseconds behind it: wait for them to leave too, on state, not on luck)
    time.sleep(max(0.0, failed_by + 2.0 - time.monotonic()))
    assert brake.used() == 0  # the three failures left the window; the success took nothing
    assert brake.check(lambda: True) and brake.used() == 0


def test_waiting_attempts_are_served_in_arrival_order():
    brake = LoginBrake(limit=1, window=0.5)
    order: list[str] = []
    brake.check(lambda: False)  # the window is full

    def attempt(name: str) -> None:
        brake.check(lambda: order.append(name) or False)

    threads = []
    for name in "abcd":
        threads.append(threading.Thread(target=attempt, args=(name,)))
        threads[-1].start()
        time.sleep(0.05)
    for t in threads:
        t.join(10)
    assert order == list("abcd")


def test_the_brake_lives_outside_streamlit_caches():
    import streamlit as st

    import geo.auth as auth

    before = auth.BRAKE
    before.check(lambda: False)
    used = before.used()
    st.cache_resource.clear()  # what a visitor's "clear cache" message does
    st.cache_data.clear()
    assert auth.BRAKE is before and auth.BRAKE.used() == used


# ---------------------------------------------------------------- weak passwords

@pytest.mark.parametrize("pw", ["short", "aaaaaaaaaaaaaaaa", "123456789012345", "password12345", "Password!!!!",
                                "abcdefghijklmnop", "qwertyuiop123", "ababababababab"])
def test_weak_passwords_are_refused(pw):
    assert password_weakness(pw)


@pytest.mark.parametrize("pw", ["lantern orbit pickle harbour", "Tq7#mV2!pL9x", "seven olive trains at dusk"])
def test_strong_passwords_pass(pw):
    assert password_weakness(pw) is None


def test_the_shipped_example_is_understood():
    import tomllib

    from conftest import ROOT

    text = (ROOT / ".streamlit" / "secrets.toml.example").read_text(encoding="utf-8")
    uncommented = "\n".join(line.lstrip("# ") if line.startswith(("# [auth]", "# redirect_uri", "# client_", "# cookie_",
                                                                      "# server_", "# online_", "# backup_", "# password_hash"))
                            else line for line in text.splitlines())
    for secrets in (tomllib.loads(text), tomllib.loads(uncommented)):
        assert not auth_config(secrets, {}).problems


def test_the_unreadable_secrets_message_names_no_server_path(tmp_path):
    bad = tmp_path / "deep" / "secrets.toml"
    bad.parent.mkdir()
    bad.write_text("[geo\n", encoding="utf-8")

    def load():
        raise FileNotFoundError(f"Error parsing secrets file at {bad}: bad table")

    with pytest.raises(SecretsError) as e:
        read_secrets(load, [str(bad)])
    assert "secrets.toml" in str(e.value) and str(tmp_path) not in str(e.value)
