"""A restored copy of the database delivers nothing until an operator says so.

A dump holds the emails and webhook deliveries that were pending when it was taken; production
sent them since. A copy restored from it (a staging hub, a restore drill, a recovery) would send
them again, and with TASKS_BACKEND=rq a copy sharing production's Redis would even take
production's jobs. So the database records which database may deliver (`DeliveryLicence`):
where that is not the database it now is (a restore into another database, or another server),
deliveries are paused, nothing is marked sent, and `manage.py allow_delivery` lifts the pause
once the operator knows this copy is the one that should send. A job a paused copy took from
production's queue leaves production's row unsent, for production's sweeper.
"""

import logging

from django.db import connection as default_connection

from outbox.models import DeliveryLicence

logger = logging.getLogger(__name__)
_warned = set()


def database_identity(using=None) -> str:
    """What tells this database from a copy of it: on PostgreSQL the cluster's system
    identifier and the database's OID and name (all new after pg_restore into another database
    or server, all kept across restarts); on SQLite the file."""
    connection = using or default_connection
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT (SELECT system_identifier FROM pg_control_system()), oid, datname "
                "FROM pg_database WHERE datname = current_database()"
            )
            system, oid, name = cursor.fetchone()
        return f"postgresql:{system}:{oid}:{name}"
    return f"{connection.vendor}:{connection.settings_dict['NAME']}"


def delivery_allowed() -> bool:
    """True where this database may deliver. The licence is written when the database is made
    (migration outbox 0003); one without (emptied by a test's flush) takes one."""
    identity = database_identity()
    licence, _created = DeliveryLicence.objects.get_or_create(pk=1, defaults={"database": identity})
    if licence.database == identity:
        return True
    if identity not in _warned:
        _warned.add(identity)
        logger.warning(
            "Deliveries are paused: this database is a restored copy (its licence names "
            "another database). Run `manage.py allow_delivery` if this copy should send."
        )
    return False


def allow_delivery() -> str:
    """Makes this database the one that delivers; returns its identity."""
    identity = database_identity()
    DeliveryLicence.objects.update_or_create(pk=1, defaults={"database": identity})
    _warned.discard(identity)
    return identity
