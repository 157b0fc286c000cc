"""The full demo content (`manage.py seed_demo`) for a whole test module, inside one transaction
that is rolled back after the module: the modules that test against the demo share this."""

from contextlib import contextmanager
from io import StringIO

from django.core.management import call_command
from django.db import transaction
from django.test import TestCase


@contextmanager
def rolled_back_demo(django_db_blocker):
    """Seeds the demo (its on-commit work run in place) and yields inside the module's
    transaction; what the module adds to the database is rolled back with it."""
    with django_db_blocker.unblock():
        module_transaction = transaction.atomic()
        module_transaction.__enter__()
        try:
            with TestCase.captureOnCommitCallbacks(execute=True):
                call_command("seed_demo", stdout=StringIO())
            yield
        finally:
            transaction.set_rollback(True)
            module_transaction.__exit__(None, None, None)
