"""Workarounds for bugs in the libraries we use, each named after its upstream issue.

Each has a test in tests/test_upstream_fixes.py that reproduces the bug with the workaround
switched off; that test fails once upstream has fixed it, saying the workaround can go.
"""

from wagtail.models import Page
from wagtail.signals import page_published


def restore_numchild_wagtail_localize_773(sender, instance, **kwargs):
    """wagtail-localize#773: translating a page *with its subtree* publishes each translated page
    on commit, from the page instance held by its revision. By then that instance is stale: its
    `numchild` is 0 although its translated children were added meanwhile, and publishing writes
    the 0 back, so the admin and the router no longer see the children. Count them again.

    Only reached with WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE=True (wagtail-localize's
    default, not ours), or any other deferred publish of a page that gained children meanwhile."""
    children = Page.objects.filter(path__startswith=instance.path, depth=instance.depth + 1).count()
    if children != instance.numchild:
        Page.objects.filter(pk=instance.pk).update(numchild=children)
        instance.numchild = children


def connect():
    page_published.connect(
        restore_numchild_wagtail_localize_773, dispatch_uid="wagtail_localize_773"
    )
