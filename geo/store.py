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
import logging
import os
import re
import sqlite3
import tempfile
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from geo.corrections import Correction, check
from geo.exc import CorrectionError, StoreError
from geo.safe import strip_bidi

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
_LOG = logging.getLogger("geo.store")


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
    characters (NUL included), bidirectional controls, leading dots or surrounding space, at
    most 120 characters."""
    base = re.split(r"[\\/]", str(name or ""))[-1]
    base = strip_bidi(_CONTROL.sub("", base)).strip().lstrip(".").strip()
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
    removed_at: str | None = None


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

    def find_article(self, key: str) -> str:
        """The SHA-256 of the one upload on the map whose hash starts with ``key`` (6+ hex
        digits) or whose file name is ``key``."""
        return self._find("articles", "sha256", "removed_at", key, "upload", name_column="name")

    def _find(self, table: str, column: str, gone: str, key: str, what: str, name_column: str | None = None) -> str:
        key = (key or "").strip()
        cols = f"{column}, {name_column}" if name_column else f"{column}, ''"
        with self._connect() as con:
            rows = con.execute(f"SELECT {cols} FROM {table} WHERE {gone} IS NULL").fetchall()
        ids = sorted({i for i, name in rows if (len(key) >= 6 and i.startswith(key.lower())) or (name_column and name == key)})
        if not ids:
            raise StoreError(f"no {what} {key!r} in force: give 6+ characters of its id"
                             + (" or its file name" if name_column else "") + " (python -m geo store list shows them)")
        if len(ids) > 1:
            raise StoreError(f"{key!r} matches {len(ids)} {what}s: give more of the id")
        return ids[0]

    def articles(self, with_data: bool = True, removed: bool = False) -> list[StoredArticle]:
        """The uploads on the map, oldest first; ``with_data=False`` lists them without reading
        their bytes (a page showing the list needs no blobs); ``removed=True`` lists the ones
        taken off the map too."""
        data = "data" if with_data else "x''"
        where = "" if removed else "WHERE removed_at IS NULL "
        with self._connect() as con:
            rows = con.execute(f"SELECT sha256, name, {data}, added_by, added_at, size, removed_at FROM articles "
                               f"{where}ORDER BY added_at, sha256").fetchall()
        return [StoredArticle(r[0], r[1], bytes(r[2]), r[3], r[4], r[5], r[6]) for r in rows]

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
        """The active corrections, oldest first. A row that is not a valid correction (written
        by hand into the file, or by an older bug) is left out and logged, never applied."""
        with self._connect() as con:
            rows = con.execute("SELECT uid, kind, target, value, reason, author, created_at FROM corrections "
                               "WHERE withdrawn_at IS NULL ORDER BY created_at, uid").fetchall()
        out = []
        for r in rows:
            problem = _correction_problem(r)
            if problem:
                _LOG.warning("store %s: correction %s left out: %s", self.path, str(r[0])[:40], problem)
                continue
            out.append(Correction(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5], r[6]))
        return out

    def all_corrections(self) -> list[tuple[Correction, str | None]]:
        """Every correction, withdrawn ones too, with when it was withdrawn (None: in force)."""
        with self._connect() as con:
            rows = con.execute("SELECT uid, kind, target, value, reason, author, created_at, withdrawn_at FROM corrections "
                               "ORDER BY created_at, uid").fetchall()
        return [(Correction(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5], r[6]), r[7]) for r in rows
                if not _correction_problem(r[:7])]

    def find_correction(self, key: str) -> str:
        """The uid of the one active correction whose uid starts with ``key``."""
        return self._find("corrections", "uid", "withdrawn_at", key, "correction")

    # ------------------------------------------------------------------ audit
    def audit(self, limit: int = 500) -> list[AuditEntry]:
        """The latest ``limit`` entries, newest first (a detail that is not JSON is shown as
        the text it is)."""
        with self._connect() as con:
            rows = con.execute("SELECT id, at, actor, action, detail FROM audit ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return [AuditEntry(r[0], str(r[1]), str(r[2]), str(r[3]), _detail(r[4])) for r in rows]

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
        self.log(actor, "export", {"to": dest.name})
        try:
            # a new file of our own (O_EXCL, mode 0600), never a name someone else may have
            # placed (or linked elsewhere) in a shared directory
            fd, name = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".partial")
            os.close(fd)
            tmp = Path(name)
        except OSError as e:
            raise StoreError(f"cannot export to {dest}: {e}") from None
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

    def import_from(self, src: str | Path, actor: str = "cli") -> dict:
        """Merge an exported store into this one; returns how many rows of each kind were new,
        and ``skipped``: a message for each row that was not taken.

        Every row is checked before anything is merged, as the page checks a new correction:
        articles must match their hash (a mismatch refuses the whole import: the file is
        damaged), corrections must be of a known kind with a valid value and reason, log rows
        must hold JSON; a row that fails is skipped with a message. An export from a newer
        schema is refused."""
        src = Path(src)
        if not src.is_file():
            raise StoreError(f"{src}: no such file")
        try:
            uri = src.resolve().as_uri() + "?mode=ro"  # as a URI, a name with #, % or ? is still this file
            with sqlite3.connect(uri, uri=True) as other:
                tables = {r[0] for r in other.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
                if not set(_TABLES) <= tables:
                    raise StoreError(f"{src} is not a geo store export (tables missing)")
                meta = dict(other.execute("SELECT key, value FROM meta").fetchall())
                arts = other.execute("SELECT sha256, name, data, size, added_by, added_at, removed_at, removed_by FROM articles").fetchall()
                cors = other.execute("SELECT uid, kind, target, value, reason, author, created_at, withdrawn_at, withdrawn_by, "
                                     "withdrawn_reason FROM corrections").fetchall()
                logs = other.execute("SELECT at, actor, action, detail FROM audit ORDER BY id").fetchall()
            other.close()
        except sqlite3.Error as e:
            raise StoreError(f"{src} cannot be read as a geo store export: {e}") from None
        try:
            schema = int(meta.get("schema", "0"))
        except (TypeError, ValueError):
            schema = -1
        if schema != SCHEMA_VERSION:
            newer = schema > SCHEMA_VERSION
            raise StoreError(f"{src} has store schema {meta.get('schema')!r}; this geo reads schema {SCHEMA_VERSION}"
                             + (" (update geo to import it)" if newer else ""))
        skipped: list[str] = []
        for r in arts:
            if not isinstance(r[2], bytes) or hashlib.sha256(r[2]).hexdigest() != r[0]:
                raise StoreError(f"{src}: article {str(r[0])[:12]} does not match its hash; the export is damaged")
        good_arts = []
        for r in arts:
            why = _article_problem(r)
            (skipped.append(f"article {str(r[0])[:12]}: {why}") if why else good_arts.append(r))
        good_cors = []
        for r in cors:
            why = _correction_problem(r[:7]) or _text_problem(r[7:], nullable=True)
            (skipped.append(f"correction {str(r[0])[:40]}: {why}") if why else good_cors.append(r))
        good_logs = []
        for r in logs:
            why = _text_problem(r[:3]) or (None if _is_json_object(r[3]) else "its detail is not a JSON object")
            (skipped.append(f"log row of {str(r[0])[:40]}: {why}") if why else good_logs.append(r))
        new: dict = {"articles": 0, "corrections": 0, "audit": 0}
        with self._write(actor, "import", {"from": src.name, "articles": len(good_arts), "corrections": len(good_cors),
                                           "skipped": len(skipped)}) as con:
            for r in good_arts:
                new["articles"] += con.execute("INSERT OR IGNORE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                               (r[0], safe_name(r[1]), *r[2:])).rowcount
            for r in good_cors:
                new["corrections"] += con.execute("INSERT OR IGNORE INTO corrections VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r).rowcount
            have = {tuple(x) for x in con.execute("SELECT at, actor, action, detail FROM audit")}
            for r in good_logs:
                if tuple(r) not in have:
                    con.execute("INSERT INTO audit (at, actor, action, detail) VALUES (?, ?, ?, ?)", r)
                    new["audit"] += 1
        new["skipped"] = skipped
        return new


# ---------------------------------------------------------------------------- row checks
# The same checks a correction gets in the page (geo.corrections.check), applied to rows read
# from a file: a backup is untrusted input.

def _detail(raw: object) -> dict:
    try:
        d = json.loads(raw) if isinstance(raw, str) else None
    except ValueError:
        d = None
    return d if isinstance(d, dict) else {"text": str(raw)[:500]}


def _is_json_object(raw: object) -> bool:
    try:
        return isinstance(raw, str) and isinstance(json.loads(raw), dict)
    except ValueError:
        return False


def _text_problem(values: tuple, nullable: bool = False) -> str | None:
    for v in values:
        if v is None and nullable:
            continue
        if not isinstance(v, str):
            return f"{v!r} is not text"
        if len(v) > 10_000:
            return "a field is over 10,000 characters"
    return None


def _article_problem(r: tuple) -> str | None:
    sha, name, data, size, added_by, added_at, removed_at, removed_by = r
    if size != len(data):
        return f"its size says {size!r} bytes, it holds {len(data)}"
    return _text_problem((name, added_by, added_at)) or _text_problem((removed_at, removed_by), nullable=True)


def _correction_problem(r: tuple) -> str | None:
    """Why a stored correction row (uid, kind, target, value, reason, author, created_at) is not
    a valid correction, or None."""
    uid, kind, target, value, reason, author, created_at = r
    why = _text_problem((uid, kind, target, value, reason, author, created_at))
    if why:
        return why
    try:
        v = json.loads(value)
    except ValueError:
        return "its value is not JSON"
    if not isinstance(v, dict):
        return "its value is not a JSON object"
    try:
        normal = check(kind, target, v, reason)
    except CorrectionError as e:
        return str(e)
    if kind == "toll" and normal != v:
        return "its figures are not whole numbers"
    if not author.strip() or not created_at.strip():
        return "it has no author or date"
    return None
