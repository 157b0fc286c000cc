"""Webhooks: other systems (the website, a chat bot) subscribe to events of the hub; every event
becomes one delivery per subscription, written in the transaction of the change and sent by a
background task with its attempts recorded.

- models.py: subscriptions (their secret encrypted at rest), deliveries, attempts;
- destinations.py: where a webhook may go, and connecting only there;
- delivery.py: writing, signing and sending deliveries, retrying them, what admins do;
- receivers.py: the signals that become events (connected in api/apps.py).
"""

from django_tasks import task


# Defined here, not in delivery.py: the task queues store this function's dotted path,
# api.webhooks.deliver_webhook, and tasks queued by earlier releases name it.
@task()
def deliver_webhook(delivery_id: int) -> bool:
    """Makes the delivery's next attempt if it is due; says whether it was delivered."""
    # Imported when the task runs: delivery.py queues this task, so it imports this module.
    from api.webhooks.delivery import attempt_delivery

    return attempt_delivery(delivery_id)
