"""The server's shared state (geo/serve.py): built once, out of any visitor's reach."""
import threading
import time

import pytest

from geo.serve import Shelf, shelf


def test_many_sessions_asking_at_once_build_a_key_once():
    s = Shelf()
    builds = []

    def build():
        builds.append(1)
        time.sleep(0.3)
        return object()

    got = []
    threads = [threading.Thread(target=lambda: got.append(s.get("k", build))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert len(builds) == 1 and len({id(x) for x in got}) == 1


def test_keeps_the_most_recent_and_nothing_of_a_failed_build():
    s = Shelf(max_entries=2)
    for k in "abc":
        s.get(k, lambda k=k: k.upper())
    assert "a" not in s and "b" in s and "c" in s
    with pytest.raises(RuntimeError):
        s.get("d", lambda: (_ for _ in ()).throw(RuntimeError("boom")))
    assert "d" not in s
    assert s.get("d", lambda: "D") == "D"


def test_streamlit_clear_cache_does_not_reach_a_shelf():
    import streamlit as st

    shelf("test-corpus").get("key", lambda: ["expensive"])
    st.cache_resource.clear()
    st.cache_data.clear()
    assert "key" in shelf("test-corpus")
