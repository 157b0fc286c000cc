"""Media storage: the local disk in the embedded default, S3-compatible storage (MinIO, Ceph,
AWS) in production (`MEDIA_STORAGE=s3`, see cms/settings).

Whatever the backend, an unreachable store is one error, `StorageUnavailable`, which upload
forms turn into a form error before anything is saved (`ensure_reachable`) and which the
middleware answers with a 503 page if it happens mid-request. A file is written before its
database row, so a failed upload never leaves a row pointing at a missing file.
"""

import os

from botocore.exceptions import BotoCoreError, ClientError
from django.utils.translation import gettext as _
from storages.backends.s3 import S3Storage


class StorageUnavailable(OSError):
    """The media store could not be reached or refused the request."""


def caused_by_storage_outage(error: BaseException) -> bool:
    """Whether `error` is a StorageUnavailable or was raised because of one (Wagtail re-raises
    it as SourceImageIOError when a rendition's original cannot be read)."""
    seen = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, StorageUnavailable):
            return True
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return False


def _translate_errors(method):
    def wrapped(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except (BotoCoreError, ClientError) as error:
            if isinstance(error, ClientError) and error.response.get("Error", {}).get("Code") in {
                "404",
                "NoSuchKey",
            }:
                raise FileNotFoundError(str(args[0]) if args else "") from error
            raise StorageUnavailable(type(error).__name__) from error

    return wrapped


class S3MediaStorage(S3Storage):
    """django-storages' S3 storage, with its connection errors made StorageUnavailable."""

    _open = _translate_errors(S3Storage._open)
    _save = _translate_errors(S3Storage._save)
    delete = _translate_errors(S3Storage.delete)
    exists = _translate_errors(S3Storage.exists)
    size = _translate_errors(S3Storage.size)

    def ensure_reachable(self):
        try:
            self.connection.meta.client.head_bucket(Bucket=self.bucket_name)
        except (BotoCoreError, ClientError) as error:
            raise StorageUnavailable(type(error).__name__) from error


def ensure_reachable(storage) -> None:
    """Raises StorageUnavailable unless `storage` can take a file right now."""
    check = getattr(storage, "ensure_reachable", None)
    if check is not None:
        check()
        return
    location = getattr(storage, "location", None)
    if location is not None:
        os.makedirs(location, exist_ok=True)
        if not os.access(location, os.W_OK):
            raise StorageUnavailable(_("The media folder is not writable."))


def unavailable_message() -> str:
    return _(
        "The media storage cannot be reached right now, so nothing was saved. "
        "Try again in a few minutes; if it keeps happening, tell the administrator."
    )
