"""Nothing queued breaks when code moves: django-tasks-db and RQ store each task's dotted path and
resolve it when the task runs, so every path the previous release could queue must still name
the same task (docs/architecture.md, "Background tasks")."""

import pytest
from django.utils.module_loading import import_string
from django_tasks.base import Task

# The previous release's task paths (every @task at 8e863c7) → where each function lives now.
PREVIOUS_RELEASE_TASKS = {
    "api.webhooks.deliver_webhook": "api.webhooks.deliver_webhook",
    "campaigns.services.write_signature_export": (
        "campaigns.signature_exports.write_signature_export"
    ),
    "outbox.delivery.deliver_email": "outbox.delivery.deliver_email",
}

# Tasks of Wagtail and modelsearch that the previous release queued too: not ours to move, listed
# so that an upgrade that moves one is noticed before queued rows fail.
UPSTREAM_TASKS = [
    "modelsearch.tasks.insert_or_update_object_task",
    "wagtail.contrib.frontend_cache.tasks.purge_urls_from_cache_task",
    "wagtail.images.tasks.set_image_focal_point_task",
    "wagtail.tasks.delete_file_from_storage_task",
    "wagtail.tasks.update_reference_index_task",
]


@pytest.mark.parametrize("path", list(PREVIOUS_RELEASE_TASKS))
def test_a_task_queued_by_the_previous_release_runs_the_current_function(path):
    task = import_string(path)
    assert isinstance(task, Task)
    current = import_string(PREVIOUS_RELEASE_TASKS[path])
    assert task.func is current.func
    assert task.module_path == PREVIOUS_RELEASE_TASKS[path]  # what a newly queued row stores


@pytest.mark.parametrize("path", UPSTREAM_TASKS)
def test_an_upstream_task_queued_by_the_previous_release_still_resolves(path):
    task = import_string(path)
    assert isinstance(task, Task)
    assert task.module_path == path
