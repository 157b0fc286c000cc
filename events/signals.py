"""Signals other apps listen to (api/ connects its receivers in its AppConfig.ready): events
never import the API."""

from django.dispatch import Signal

# Sent after a change of an event's seats commits (a seat given or freed, the waiting list
# longer or shorter), with `event_key=<the event's translation key>`: the API moves the ETags
# of answers that show seats on.
seats_changed = Signal()
