"""The project store: uploaded articles, analyst corrections and an audit log in one SQLite file.

One file (``geo.sqlite``) in the store directory: ``$GEO_STORE_DIR``, else ``var/`` in the
project (ignored by git). WAL journal, ``synchronous=FULL`` and one transaction per write:
once a call returns, its write survives a killed process, and two sessions writing at the same
moment both land (the second waits for the first; ``busy_timeout`` 30 s). Every write adds an
audit row in the same transaction, so the log and the data never disagree.

Uploads are kept as the bytes that were uploaded (keyed by their SHA-256: the same file twice
is one article) and re-parsed at each load, so parser fixes reach them. Nothing is written to
the file system under a name a user chose: the name is only a label, sanitised.

``export_to`` writes a consistent copy (SQLite's online backup) for backups or for moving a
project; ``import_from`` merges such a copy into this store (articles by hash, corrections by
id; nothing already here is overwritten).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import sqlite3
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from geo.corrections import Correction
from geo.exc import StoreError

ROOT = Path(__file__).resolve().parent.parent
FILENAME = "geo.sqlite"
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    sha256 TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    data BLOB NOT NULL,
    size INTEGER NOT NULL,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL,
    removed_at TEXT,
    removed_by TEXT
);
CREATE TABLE IF NOT EXISTS corrections (
    uid TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    target TEXT NOT NULL,
    value TEXT NOT NULL,
    reason TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    withdrawn_at TEXT,
    withdrawn_by TEXT,
    withdrawn_reason TEXT
);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL
);
"""
_TABLES = ("articles", "corrections", "audit", "meta")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def store_dir() -> Path:
    """``$GEO_STORE_DIR``, else the project's ``var/``."""
    return Path(os.environ.get("GEO_STORE_DIR") or ROOT / "var")


def store_path(path: str | Path | None = None) -> Path:
    """The store file for ``path``: a file as given, a directory (existing or to be made)
    holds ``geo.sqlite``; default ``store_dir()``."""
    p = Path(path) if path is not None else store_dir()
    return p / FILENAME if p.is_dir() or not p.suffix else p


def safe_name(name: str, default: str = "upload.txt") -> str:
    """A display name for an uploaded file: its last path component, without control
    characters (NUL included), leading dots or surrounding space, at most 120 characters."""
    base = re.split(r"[\\/]", str(name or ""))[-1]
    base = _CONTROL.sub("", base).strip().lstrip(".").strip()
    if len(base) > 120:
        stem, dot, ext = base.rpartition(".")
        base = (stem[:110] + dot + ext[:9]) if dot and len(ext) <= 9 else base[:120]
    return base or default


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class StoredArticle:
    sha256: str
    name: str
    data: bytes  # b"" when listed with ``articles(with_data=False)``
    added_by: str
    added_at: str
    size: int    # bytes uploaded


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    actor: str
    action: str
    detail: dict


class Store:
    """One project's store (see the module docstring). Cheap to create: each call opens its
    own connection, so one Store may serve every session and thread of a server."""

    def __init__(self, path: str | Path | None = None):
        """``path``: the store file, or a directory for it (made if missing); see ``store_path``."""
        p = store_path(path)
        self.path = p
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
            with self._connect() as con:
                con.execute("PRAGMA journal_mode=WAL")
                con.executescript(_SCHEMA)
                con.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
                con.execute("INSERT OR IGNORE INTO meta VALUES ('version', '0')")
        except (OSError, sqlite3.Error) as e:
            raise StoreError(f"cannot open the store at {p}: {e}") from None

    # ------------------------------------------------------------------ plumbing
    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        con = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            con.execute("PRAGMA busy_timeout=30000")
            con.execute("PRAGMA synchronous=FULL")
            yield con
        finally:
            con.close()

    @contextmanager
    def _write(self, actor: str, action: str, detail: dict) -> Iterator[sqlite3.Connection]:
        """One write transaction with its audit row; BEGIN IMMEDIATE takes the write lock at
        once, so concurrent writers queue instead of failing half-way."""
        with self._connect() as con:
            try:
                con.execute("BEGIN IMMEDIATE")
                yield con
                con.execute("INSERT INTO audit (at, actor, action, detail) VALUES (?, ?, ?, ?)",
                            (_now(), actor or "unknown", action, json.dumps(detail, ensure_ascii=False)))
                con.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'version'")
                con.execute("COMMIT")
            except BaseException:
                if con.in_transaction:
                    con.execute("ROLLBACK")
                raise

    def version(self) -> int:
        """A number that changes with every write (a cache key for what is built from it)."""
        with self._connect() as con:
            return int(con.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()[0])

    # ------------------------------------------------------------------ articles
    def add_article(self, name: str, data: bytes, actor: str) -> tuple[StoredArticle, bool]:
        """Keep an upload; (the stored article, whether it is new). The same bytes again are
        the same article (not stored twice, but the attempt is logged)."""
        sha = hashlib.sha256(data).hexdigest()
        name = safe_name(name)
        with self._write(actor, "add-article", {"sha256": sha, "name": name, "bytes": len(data)}) as con:
            row = con.execute("SELECT name, added_by, added_at, removed_at FROM articles WHERE sha256 = ?", (sha,)).fetchone()
            if row is not None and row[3] is None:
                return StoredArticle(sha, row[0], data, row[1], row[2], len(data)), False
            now = _now()
            con.execute("INSERT OR REPLACE INTO articles (sha256, name, data, size, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?)",
                        (sha, name, sqlite3.Binary(data), len(data), actor, now))
        return StoredArticle(sha, name, data, actor, now, len(data)), True

    def remove_article(self, sha256: str, actor: str, reason: str = "") -> None:
        """Take an upload off the map (its bytes stay, marked removed, for the record; the
        same file uploaded again comes back)."""
        with self._write(actor, "remove-article", {"sha256": sha256, "reason": reason}) as con:
            cur = con.execute("UPDATE articles SET removed_at = ?, removed_by = ? WHERE sha256 = ? AND removed_at IS NULL",
                              (_now(), actor, sha256))
            if cur.rowcount == 0:
                raise StoreError(f"no upload {sha256[:12]!r} on the map")

    def articles(self, with_data: bool = True) -> list[StoredArticle]:
        """The uploads on the map, oldest first; ``with_data=False`` lists them without reading
        their bytes (a page showing the list needs no blobs)."""
        data = "data" if with_data else "x''"
        with self._connect() as con:
            rows = con.execute(f"SELECT sha256, name, {data}, added_by, added_at, size FROM articles "
                               "WHERE removed_at IS NULL ORDER BY added_at, sha256").fetchall()
        return [StoredArticle(r[0], r[1], bytes(r[2]), r[3], r[4], r[5]) for r in rows]

    # ------------------------------------------------------------------ corrections
    def add_correction(self, kind: str, target: str, value: dict, reason: str, actor: str) -> Correction:
        """Keep a correction (validate it with ``geo.corrections.check`` first)."""
        c = Correction(uuid.uuid4().hex, kind, target.strip(), dict(value), reason.strip(), actor, _now())
        with self._write(actor, f"correct-{kind}", {"uid": c.uid, "target": c.target, "value": c.value, "reason": c.reason}) as con:
            con.execute("INSERT INTO corrections (uid, kind, target, value, reason, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (c.uid, c.kind, c.target, json.dumps(c.value, ensure_ascii=False), c.reason, c.author, c.created_at))
        return c

    def withdraw_correction(self, uid: str, actor: str, reason: str = "") -> None:
        """Stop applying a correction (kept, marked withdrawn, in the log)."""
        with self._write(actor, "withdraw-correction", {"uid": uid, "reason": reason}) as con:
            cur = con.execute("UPDATE corrections SET withdrawn_at = ?, withdrawn_by = ?, withdrawn_reason = ? "
                              "WHERE uid = ? AND withdrawn_at IS NULL", (_now(), actor, reason, uid))
            if cur.rowcount == 0:
                raise StoreError(f"no active correction {uid!r}")

    def corrections(self) -> list[Correction]:
        """The active corrections, oldest first."""
        with self._connect() as con:
            rows = con.execute("SELECT uid, kind, target, value, reason, author, created_at FROM corrections "
                               "WHERE withdrawn_at IS NULL ORDER BY created_at, uid").fetchall()
        return [Correction(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5], r[6]) for r in rows]

    # ------------------------------------------------------------------ audit
    def audit(self, limit: int = 500) -> list[AuditEntry]:
        """The latest ``limit`` entries, newest first."""
        with self._connect() as con:
            rows = con.execute("SELECT id, at, actor, action, detail FROM audit ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return [AuditEntry(r[0], r[1], r[2], r[3], json.loads(r[4])) for r in rows]

    def log(self, actor: str, action: str, detail: dict | None = None) -> None:
        """An audit entry for an event that writes nothing else (a login, an export)."""
        with self._write(actor, action, detail or {}):
            pass

    def counts(self) -> dict[str, int]:
        with self._connect() as con:
            return {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in _TABLES if t != "meta"}

    # ------------------------------------------------------------------ backup and moving
    def export_to(self, dest: str | Path, actor: str = "cli") -> Path:
        """A consistent copy of the whole store in one SQLite file (written next to ``dest``
        then renamed, so a half-written export never looks complete)."""
        dest = Path(dest)
        tmp = dest.with_name(dest.name + ".partial")
        tmp.unlink(missing_ok=True)
        self.log(actor, "export", {"to": dest.name})
        try:
            with self._connect() as con, sqlite3.connect(tmp) as out:
                con.backup(out)
            out.close()
            with sqlite3.connect(tmp) as out:
                out.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            out.close()
            os.replace(tmp, dest)
        except (OSError, sqlite3.Error) as e:
            tmp.unlink(missing_ok=True)
            raise StoreError(f"cannot export to {dest}: {e}") from None
        return dest

    def import_from(self, src: str | Path, actor: str = "cli") -> dict[str, int]:
        """Merge an exported store into this one; returns how many rows of each kind were new.
        Articles (by hash) and corrections (by id) already here are left as they are; audit
        entries not already here are added, and the import itself is logged."""
        src = Path(src)
        try:
            with sqlite3.connect(f"file:{src}?mode=ro", uri=True) as other:
                tables = {r[0] for r in other.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
                if not set(_TABLES) <= tables:
                    raise StoreError(f"{src} is not a geo store export (tables missing)")
                arts = other.execute("SELECT sha256, name, data, size, added_by, added_at, removed_at, removed_by FROM articles").fetchall()
                cors = other.execute("SELECT uid, kind, target, value, reason, author, created_at, withdrawn_at, withdrawn_by, "
                                     "withdrawn_reason FROM corrections").fetchall()
                logs = other.execute("SELECT at, actor, action, detail FROM audit ORDER BY id").fetchall()
            other.close()
        except sqlite3.Error as e:
            raise StoreError(f"{src} cannot be read as a geo store export: {e}") from None
        for r in arts:
            if hashlib.sha256(bytes(r[2])).hexdigest() != r[0]:
                raise StoreError(f"{src}: article {r[0][:12]} does not match its hash; the export is damaged")
        new = {"articles": 0, "corrections": 0, "audit": 0}
        with self._write(actor, "import", {"from": src.name, "articles": len(arts), "corrections": len(cors)}) as con:
            for r in arts:
                new["articles"] += con.execute("INSERT OR IGNORE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                               (r[0], safe_name(r[1]), *r[2:])).rowcount
            for r in cors:
                new["corrections"] += con.execute("INSERT OR IGNORE INTO corrections VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r).rowcount
            have = {tuple(x) for x in con.execute("SELECT at, actor, action, detail FROM audit")}
            for r in logs:
                if tuple(r) not in have:
                    con.execute("INSERT INTO audit (at, actor, action, detail) VALUES (?, ?, ?, ?)", r)
                    new["audit"] += 1
        return new
