"""Named exceptions of the library; the CLI turns each into a one-line message."""

from __future__ import annotations


class KeydatesError(Exception):
    """Base class of every error keydates raises on purpose."""

    exit_code: int = 1


class InputError(KeydatesError):
    """The input cannot be read: empty where text is required, binary, wrong encoding, too large."""


class PublicationDateError(InputError):
    """A publication date that is not a valid calendar date (e.g. 2019-02-30)."""


class TimeMLError(InputError):
    """A TimeML document that is not well-formed or lacks a TEXT element."""


class FetchError(InputError):
    """A URL that could not be fetched (offline, timeout, HTTP error)."""


class StoreError(KeydatesError):
    """The store could not be opened, migrated or written."""


class ImportFormatError(StoreError):
    """An import file is malformed; nothing was written."""


class NotFoundError(KeydatesError):
    """A timeline, event or document that does not exist."""
