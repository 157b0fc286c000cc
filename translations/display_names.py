"""The names our roles store in Wagtail's and Django's tables (the review workflows, their tasks,
the groups) read in the language of whoever sees them.

The database keeps one name per row, in English (translations/roles.py), so code finds the rows
by it. Each instance loaded gets a `DisplayName` instead of that string: a str equal to the
stored name, so queries, comparisons, JSON (Wagtail's history entries) and saving all see the
English name, whose str() is its translation in the language active when it is shown. That
covers every place Wagtail shows them (admin screens, action buttons, the moderation emails,
which Wagtail renders in each recipient's language), and the history, whose entries keep the
English name and translate it when they are read (`translate_history_names`). A name typed in
as one of its translations, by an administrator renaming a workflow in Kazakh, is stored as the
English name again, so it keeps being translated. Names an administrator makes up are shown as
typed.
"""

import copy

from django.contrib.auth.models import Group
from django.utils.translation import override, pgettext_lazy
from wagtail.models import Task, Workflow

from cms.languages import LANGUAGE_CODES
from translations import roles

DISPLAY_NAMES = {
    roles.EDITORIAL_REVIEW: pgettext_lazy("workflow", "Editorial review"),
    roles.TRANSLATION_REVIEW: pgettext_lazy("workflow", "Translation review"),
    roles.EDITORIAL_APPROVAL: pgettext_lazy("workflow task", "Editorial approval"),
    roles.TRANSLATION_APPROVAL: pgettext_lazy("workflow task", "Translation approval"),
    # Wagtail's own, retired by roles.py but still listed (inactive).
    "Moderators approval": pgettext_lazy("workflow", "Moderators approval"),
    roles.EDITORS: pgettext_lazy("group", "Editors"),
    roles.REVIEWERS: pgettext_lazy("group", "Reviewers"),
    roles.SOCIAL_SCHEDULER: pgettext_lazy("group", "Social scheduler"),
    roles.TRANSLATORS["kk"]: pgettext_lazy("group", "Translators kk"),
    roles.TRANSLATORS["en"]: pgettext_lazy("group", "Translators en"),
    "Moderators": pgettext_lazy("group", "Moderators"),
}


class DisplayName(str):
    """A stored name that reads as its translation wherever it is turned into text."""

    def __str__(self):
        return str(DISPLAY_NAMES[str.__str__(self)])

    def __format__(self, spec):
        return format(str(self), spec)


def _display(value):
    if type(value) is str and value in DISPLAY_NAMES:
        return DisplayName(value)
    return value


def _str(self):
    """A workflow, task or group as text: its name, translated (their own __str__ returns the
    DisplayName itself, which "%s" and format() would copy as stored)."""
    return str(self.name)


def show_translated_name(sender, instance, **kwargs):
    if "name" in instance.__dict__:  # not deferred: reading it would query
        instance.name = _display(instance.name)


def store_english_name(sender, instance, **kwargs):
    instance.name = _stored_name(str(instance.name))


def _stored_name(name):
    for english, translation in DISPLAY_NAMES.items():
        if name == english:
            return english
        for language in LANGUAGE_CODES:
            with override(language):
                if name == str(translation):
                    return english
    return name


def _with_display_names(data):
    if isinstance(data, dict):
        return {key: _with_display_names(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_with_display_names(value) for value in data]
    return _display(data)


def translate_history_names(actions):
    """Wagtail's workflow history entries quote the workflow's and task's names as they were
    stored: read them in the reader's language."""
    for action, formatter in actions.formatters.items():
        if not action.startswith("wagtail.workflow."):
            continue
        original = formatter.format_message

        def format_message(log_entry, original=original):
            entry = copy.copy(log_entry)
            entry.data = _with_display_names(log_entry.data)
            return original(entry)

        formatter.format_message = format_message


def connect():
    from django.apps import apps
    from django.db.models.signals import post_init, pre_save

    task_models = [model for model in apps.get_models() if issubclass(model, Task)]
    for model in [Workflow, Group, *task_models]:
        post_init.connect(show_translated_name, sender=model, dispatch_uid=f"name-{model}")
        pre_save.connect(store_english_name, sender=model, dispatch_uid=f"store-{model}")
        if model.__str__ is not _str:
            model.__str__ = _str
