"""Queueing a background task so it never runs ahead of, or gets lost behind, the change that
asked for it."""

import logging

from django.db import transaction

logger = logging.getLogger(__name__)


def enqueue_with_transaction(task, *args, run_after=None):
    """On the database queue the task row is written in the caller's transaction, so it commits
    or rolls back with the change (one commit, and no moment where a crash leaves the change
    without its task). On any other queue it is sent once the transaction commits; if sending
    fails then, the change stands, the request is answered as usual and the failure is logged:
    the work is still in the database (an outbox row, a webhook delivery) for its sweeper
    (`deliver_outbox`, `deliver_due`). A task for later (`run_after`) on a queue that cannot
    defer is not queued: the sweeper makes it."""
    from django_tasks_db import DatabaseBackend

    backend = task.get_backend()
    if run_after is not None:
        if not backend.supports_defer:
            return
        task = task.using(run_after=run_after)
    if isinstance(backend, DatabaseBackend):
        task.enqueue(*args)
    else:
        transaction.on_commit(lambda: _enqueue_after_commit(task, args))


def _enqueue_after_commit(task, args):
    try:
        task.enqueue(*args)
    except Exception as error:  # noqa: BLE001 - the change is committed; its task can wait
        logger.error(
            "Could not queue %s after the commit (%s); its sweeper will take it",
            task.name,
            type(error).__name__,
        )
