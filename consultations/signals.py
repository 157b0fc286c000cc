"""Signals other apps listen to (api/ connects its receivers in its AppConfig.ready):
consultations never import the API.

Both are sent after the change commits."""

from django.dispatch import Signal

# What the public sees of a consultation changed (a contribution published, hidden or given a
# disposition; a support confirmed; a version of the text recorded), with `consultation_key=<the page's translation key>`: the
# API moves the ETags of its answers on.
contributions_changed = Signal()

# A moderator published a contribution for the first time, with `contribution_id=<its id>`: the
# API sends the `consultation.contribution_published` webhook.
contribution_published = Signal()
