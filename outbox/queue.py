"""Queueing a background task so it never runs ahead of, or gets lost behind, the change that
asked for it."""

from django.db import transaction


def enqueue_with_transaction(task, *args, run_after=None):
    """On the database queue the task row is written in the caller's transaction, so it commits
    or rolls back with the change (one commit, and no moment where a crash leaves the change
    without its task). On any other queue it is sent once the transaction commits. A task for
    later (`run_after`) on a queue that cannot defer is not queued: the caller's sweeper
    (`deliver_outbox`, `deliver_due`) makes it."""
    from django_tasks_db import DatabaseBackend

    backend = task.get_backend()
    if run_after is not None:
        if not backend.supports_defer:
            return
        task = task.using(run_after=run_after)
    if isinstance(backend, DatabaseBackend):
        task.enqueue(*args)
    else:
        transaction.on_commit(lambda: task.enqueue(*args))
