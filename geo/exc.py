"""All errors that geo raises on purpose, in one place (as geopy does)."""
from __future__ import annotations


class GeoError(Exception):
    """Base class of every error geo raises on purpose."""


class ArticleError(GeoError):
    """One input file could not be read as an article; the others go on.

    ``path`` is the file, ``reason`` a short machine-readable word, the message says what a
    user can do about it.
    """

    reason = "unreadable"

    def __init__(self, path: str, message: str):
        super().__init__(f"{path}: {message}")
        self.path = str(path)
        self.message = message

    def __reduce__(self):  # pickled as it was made (a worker process returns it to the parent)
        return type(self), (self.path, self.message)


class EmptyArticle(ArticleError):
    reason = "empty"


class BinaryArticle(ArticleError):
    reason = "binary"


class UndecodableArticle(ArticleError):
    reason = "undecodable"


class ArticleTooLarge(ArticleError):
    reason = "too-large"


class UnsupportedArticle(ArticleError):
    reason = "unsupported"


class GazetteerError(GeoError):
    """The gazetteer could not be built, loaded or extended."""


class GeoNamesFormatError(GazetteerError):
    """A file given to ``gazetteer import`` is not a GeoNames dump."""


class GeocoderError(GeoError):
    """The opt-in online geocoder failed (network, quota, bad answer)."""


class CorrectionError(GeoError):
    """An analyst's correction is incomplete or impossible (no reason, unknown place, bad toll)."""


class ProjectError(GeoError):
    """A claims folder (``geo extract --dask --claims-dir``) cannot be opened as a project."""


class StoreError(GeoError):
    """The project store could not be opened, written, exported or imported."""


class SecretsError(GeoError):
    """The secrets file exists but cannot be read: a hosted page must not start."""
