"""Settings for the test suite: the real settings plus speed-ups that change no behaviour."""

import os

os.environ.setdefault("DJANGO_ENV", "development")

from cms.settings import *  # noqa: E402,F403
from cms.settings import BASE_DIR  # noqa: E402

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = BASE_DIR / ".test-media"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
