"""The project store: durable, concurrent, exportable (real SQLite files, real processes)."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from geo.exc import StoreError
from geo.store import Store, safe_name

ROOT = Path(__file__).resolve().parent.parent


def test_articles_are_kept_once_and_survive_a_new_store_object(tmp_path):
    s = Store(tmp_path)
    a, new = s.add_article("report.txt", b"Five people were killed in Homs.", "ana@example.org")
    again, new2 = s.add_article("copy.txt", b"Five people were killed in Homs.", "bo@example.org")
    assert new and not new2 and again.sha256 == a.sha256
    reopened = Store(tmp_path / "geo.sqlite")
    assert [x.data for x in reopened.articles()] == [b"Five people were killed in Homs."]
    assert [e.action for e in reopened.audit()] == ["add-article", "add-article"]
    assert reopened.audit()[0].actor == "bo@example.org"


def test_removed_article_leaves_the_map_but_not_the_record(tmp_path):
    s = Store(tmp_path)
    a, _ = s.add_article("x.txt", b"text", "ana")
    s.remove_article(a.sha256, "bo", "wrong file")
    assert s.articles() == []
    assert s.counts()["articles"] == 1
    assert s.audit()[0].action == "remove-article" and s.audit()[0].detail["reason"] == "wrong file"
    with pytest.raises(StoreError, match="no upload"):
        s.remove_article(a.sha256, "bo")  # already off the map
    _, new = s.add_article("x.txt", b"text", "ana")  # uploading it again brings it back
    assert new and len(s.articles()) == 1


@pytest.mark.parametrize("name, expected", [
    ("../../etc/passwd", "passwd"),
    ("/abs/path/report.txt", "report.txt"),
    ("C:\\Users\\x\\r.html", "r.html"),
    ("a\x00b\x1f.txt", "ab.txt"),
    ("...", "upload.txt"),
    ("", "upload.txt"),
    (".hidden.txt", "hidden.txt"),
])
def test_upload_names_are_labels_without_paths_or_control_characters(name, expected):
    assert safe_name(name) == expected


def test_long_names_keep_their_extension():
    n = safe_name("x" * 500 + ".html")
    assert len(n) <= 120 and n.endswith(".html")


def test_corrections_are_kept_withdrawn_and_logged(tmp_path):
    s = Store(tmp_path)
    c = s.add_correction("dismiss", "abc123", {}, "counted twice", "ana")
    t = s.add_correction("toll", "def456", {"low": 1, "best": 2, "high": 3}, "typo in the source", "bo")
    assert {x.uid for x in s.corrections()} == {c.uid, t.uid}
    s.withdraw_correction(c.uid, "bo", "was right after all")
    assert [x.uid for x in s.corrections()] == [t.uid]
    with pytest.raises(StoreError):
        s.withdraw_correction(c.uid, "bo")
    actions = [e.action for e in s.audit()]
    assert actions == ["withdraw-correction", "correct-toll", "correct-dismiss"]
    assert s.audit()[1].detail["value"] == {"low": 1, "best": 2, "high": 3}


def test_version_changes_with_every_write(tmp_path):
    s = Store(tmp_path)
    v0 = s.version()
    s.log("ana", "login")
    assert s.version() == v0 + 1


def test_concurrent_writers_all_land(tmp_path):
    s = Store(tmp_path)
    errors = []

    def write(k: int) -> None:
        try:
            for j in range(25):
                Store(tmp_path).add_article(f"{k}-{j}.txt", f"article {k} {j}".encode(), f"user{k}")
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=write, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(s.articles()) == 200
    assert s.counts()["audit"] == 200


WRITER = """
import sys
from geo.store import Store
s = Store(sys.argv[1])
for k in range(100000):
    c = s.add_correction("dismiss", f"claim{k}", {}, "reason " + "x" * 200, "writer")
    s.add_article(f"{k}.txt", (f"article {sys.argv[2]} {k} " * 50).encode(), "writer")
    print(c.uid, flush=True)  # confirmed to the user only after both writes returned
"""


def test_a_killed_writer_loses_nothing_it_confirmed(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for round_ in range(3):
        p = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path), str(round_)], stdout=subprocess.PIPE, text=True, env=env)
        confirmed = [p.stdout.readline().strip() for _ in range(40 + 30 * round_)]
        os.kill(p.pid, signal.SIGKILL)  # mid-write: it was writing the next pair
        p.wait()
        p.stdout.close()
        s = Store(tmp_path)
        kept = {c.uid for c in s.corrections()}
        assert set(confirmed) <= kept
        with sqlite3.connect(tmp_path / "geo.sqlite") as con:
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # every kept correction has its audit row: written in the same transaction
        assert s.counts()["audit"] == s.counts()["corrections"] + s.counts()["articles"]


def test_export_then_import_moves_everything_and_merges_twice_harmlessly(tmp_path):
    a = Store(tmp_path / "a")
    a.add_article("one.txt", b"Three killed in Idlib.", "ana")
    a.add_correction("alias", "Snobar", {"place_id": "gn:1"}, "local name", "ana")
    dump = a.export_to(tmp_path / "backup.geo.sqlite")
    assert dump.is_file() and not (tmp_path / "backup.geo.sqlite.partial").exists()
    b = Store(tmp_path / "b")
    b.add_article("mine.txt", b"Two killed in Hama.", "bo")
    new = b.import_from(dump, "bo")
    assert new["articles"] == 1 and new["corrections"] == 1
    assert {x.name for x in b.articles()} == {"one.txt", "mine.txt"}
    assert [c.target for c in b.corrections()] == ["Snobar"]
    again = b.import_from(dump, "bo")
    assert again == {"articles": 0, "corrections": 0, "audit": 0, "skipped": []}
    assert {e.action for e in b.audit()} >= {"import", "export", "add-article", "correct-alias"}


def test_import_refuses_what_is_not_a_store(tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError):
        Store(tmp_path / "s").import_from(junk)
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as con:
        con.execute("CREATE TABLE t (x)")
    con.close()
    with pytest.raises(StoreError, match="not a geo store"):
        Store(tmp_path / "s").import_from(other)


def test_import_refuses_a_tampered_article(tmp_path):
    a = Store(tmp_path / "a")
    a.add_article("one.txt", b"original", "ana")
    dump = a.export_to(tmp_path / "d.sqlite")
    with sqlite3.connect(dump) as con:
        con.execute("UPDATE articles SET data = ?", (b"changed",))
    con.close()
    with pytest.raises(StoreError, match="does not match its hash"):
        Store(tmp_path / "b").import_from(dump)


def test_store_directory_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_STORE_DIR", str(tmp_path / "team"))
    assert Store().path == tmp_path / "team" / "geo.sqlite"


def test_uploads_can_be_listed_without_their_bytes(tmp_path):
    s = Store(tmp_path)
    s.add_article("a.txt", b"Five people were killed in Homs.", "ana")
    [full] = s.articles()
    [light] = s.articles(with_data=False)
    assert light.data == b"" and light.size == full.size == len(full.data) == 32
    assert (light.sha256, light.name, light.added_by, light.added_at) == (full.sha256, full.name, full.added_by, full.added_at)


def _hostile_backup(tmp_path, name="backup #1 100%?.sqlite"):
    """A real export, then rows written into it by hand, as an attacker (or a broken tool) would."""
    a = Store(tmp_path / "a")
    a.add_article("one.txt", b"Three killed in Idlib.", "ana")
    good = a.add_correction("alias", "Snobar", {"place_id": "gn:1"}, "local name", "ana")
    dump = a.export_to(tmp_path / name)
    with sqlite3.connect(dump) as con:
        bad = [("u1", "toll", "c1", "not json", "r", "eve", "2026-01-01"),
               ("u2", "rename", "c2", "{}", "r", "eve", "2026-01-01"),
               ("u3", "alias", "Nowhere", "{}", "r", "eve", "2026-01-01"),
               ("u4", "toll", "c4", '{"low": 1, "best": 2}', "r", "eve", "2026-01-01"),
               ("u5", "dismiss", "c5", "{}", "", "eve", "2026-01-01"),
               ("u6", "toll", "c6", '{"low": 1, "best": 9e30, "high": 9e30}', "r", "eve", "2026-01-01")]
        con.executemany("INSERT INTO corrections (uid, kind, target, value, reason, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", bad)
        con.execute("INSERT INTO audit (at, actor, action, detail) VALUES ('2026-01-01', 'eve', 'x', 'not json')")
    con.close()
    return dump, good


def test_import_validates_every_row_and_skips_the_bad_ones_with_a_message(tmp_path):
    dump, good = _hostile_backup(tmp_path)
    b = Store(tmp_path / "b")
    new = b.import_from(dump, "bo")
    assert new["articles"] == 1 and new["corrections"] == 1
    assert len(new["skipped"]) == 7 and all(m.startswith(("correction u", "log row")) for m in new["skipped"])
    assert "not JSON" in new["skipped"][0] and "unknown kind" in new["skipped"][1]
    assert [c.uid for c in b.corrections()] == [good.uid]
    assert all(isinstance(e.detail, dict) for e in b.audit())


def test_a_store_with_bad_rows_in_it_still_reads(tmp_path):
    s = Store(tmp_path)
    ok = s.add_correction("dismiss", "claim1", {}, "counted twice", "ana")
    with sqlite3.connect(s.path) as con:
        con.execute("INSERT INTO corrections (uid, kind, target, value, reason, author, created_at) "
                    "VALUES ('x', 'alias', 'Nowhere', 'not json', 'r', 'eve', '2026-01-01')")
        con.execute("INSERT INTO audit (at, actor, action, detail) VALUES ('2026-01-01', 'eve', 'x', '[1, 2')")
    con.close()
    assert [c.uid for c in s.corrections()] == [ok.uid]
    assert s.audit()[0].detail == {"text": "[1, 2"}


def test_import_refuses_another_schema_and_reads_odd_file_names(tmp_path):
    a = Store(tmp_path / "a")
    a.add_article("one.txt", b"Three killed in Idlib.", "ana")
    odd = a.export_to(tmp_path / "a#b%20c?.sqlite")
    assert Store(tmp_path / "b").import_from(odd)["articles"] == 1
    with sqlite3.connect(odd) as con:
        con.execute("UPDATE meta SET value = '99' WHERE key = 'schema'")
    con.close()
    with pytest.raises(StoreError, match="schema '99'.*update geo"):
        Store(tmp_path / "c").import_from(odd)


def test_export_writes_a_fresh_private_file_even_if_a_partial_name_is_planted(tmp_path):
    s = Store(tmp_path / "s")
    s.add_article("one.txt", b"Three killed in Idlib.", "ana")
    target = tmp_path / "victim.txt"
    target.write_text("keep me", encoding="utf-8")
    (tmp_path / "out.sqlite.partial").symlink_to(target)  # the old fixed name, pointed elsewhere
    dest = s.export_to(tmp_path / "out.sqlite")
    assert target.read_text(encoding="utf-8") == "keep me"
    assert dest.stat().st_mode & 0o077 == 0  # readable by its owner only
    assert Store(tmp_path / "t").import_from(dest)["articles"] == 1


def test_uploads_and_corrections_are_found_by_id_prefix_or_name(tmp_path):
    s = Store(tmp_path)
    a, _ = s.add_article("one.txt", b"Three killed in Idlib.", "ana")
    c = s.add_correction("dismiss", "claim1", {}, "counted twice", "ana")
    assert s.find_article("one.txt") == a.sha256 == s.find_article(a.sha256[:8])
    assert s.find_correction(c.uid[:8]) == c.uid
    with pytest.raises(StoreError, match="6\\+ characters"):
        s.find_article("abc")
    s.remove_article(a.sha256, "ops", "bricked the page")
    with pytest.raises(StoreError, match="no upload"):
        s.find_article("one.txt")
    assert [x.removed_at is not None for x in s.articles(with_data=False, removed=True)] == [True]
