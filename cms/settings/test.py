"""Settings for the test suite: the real settings plus speed-ups that change no behaviour."""

import os
import tempfile

os.environ.setdefault("DJANGO_ENV", "development")

from cms.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Uploads made by tests never land in the project's media/ folder.
MEDIA_ROOT = tempfile.mkdtemp(prefix="tendik-test-media-")
PRIVATE_MEDIA_ROOT = tempfile.mkdtemp(prefix="tendik-test-private-")
STORAGES = {  # noqa: F405
    **STORAGES,  # noqa: F405
    "private": {**STORAGES["private"], "OPTIONS": {"location": PRIVATE_MEDIA_ROOT}},  # noqa: F405
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tasks run inside the request, so a test sees their effect at once; the tests of the worker
# switch to the database queue themselves (tests/test_task_worker.py).
TASKS = {"default": {"BACKEND": TASK_BACKENDS["immediate"]}}  # noqa: F405
