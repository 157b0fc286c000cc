"""Signals other apps listen to; content apps never import the API, so it hears about changes
this way (api/ connects its receivers in its AppConfig.ready)."""

from django.dispatch import Signal

# Sent inside the transaction that approves a social post (campaigns.SocialPost), with
# `post=<SocialPost>` and `user=<the reviewer>`.
social_post_approved = Signal()
