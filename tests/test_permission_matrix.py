"""Who may change what: every URL the installed packages and our apps register, and for each
state-changing one, each role's request over HTTP on the full demo tree, allowed or refused.

- Every route of the URL configuration is listed below, either in READ_ONLY (views that change
  nothing: listings, choosers, reports, previews of stored data, downloads) or with one or more
  cases in CASES. A route added by an upgrade (or by us) fails
  `test_every_route_is_classified` until someone decides which it is, and who may use it.
- Each case is tried by every role: anonymous, the scheduler's API token, an editor, a
  reviewer, a Kazakh and an English translator (users of the groups the data migration makes),
  and a superuser. Where every role is refused, the superuser must be allowed, which shows the
  request itself is sound (a refusal that is really a 404 for a wrong id would prove nothing);
  where a role is allowed, that role's success shows it.
- Requests are sent as a browser sends them: CSRF checks on, the token in a header. Each runs in
  a savepoint rolled back afterwards, so one role's success does not change the next one's case.
"""

import datetime
import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from io import StringIO
from types import SimpleNamespace
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages import ERROR, get_messages
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.urls import URLResolver, get_resolver
from django.utils import translation
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
    Site,
    Task,
    Workflow,
)

from tests.seeded_demo import rolled_back_demo
from translations.roles import EDITORS, REVIEWERS, SCHEDULER_USERNAME, TRANSLATORS

ANONYMOUS, SCHEDULER, EDITOR, REVIEWER, KK, EN = (
    "anonymous",
    "scheduler",
    "editor",
    "reviewer",
    "kk translator",
    "en translator",
)
ROLES = (ANONYMOUS, SCHEDULER, EDITOR, REVIEWER, KK, EN)
STAFF = frozenset({EDITOR, REVIEWER, KK, EN})
EVERYONE = frozenset(ROLES)
NOBODY = frozenset()
CSRF_SECRET = "matrixcsrfsecret0123456789abcdef"  # a valid 32-character CSRF secret


# --- routes that change nothing ---------------------------------------------------------------

READ_ONLY = {
    # Wagtail's admin: dashboard, listings, searches, choosers, reports, histories, previews
    # of stored revisions, and its internal JSON API (GET only).
    "admin/",
    "admin/test404/",
    "admin/failwhale/",
    "admin/sprite/",
    "admin/jsi18n/",
    "admin/^.*/$",
    "admin/api/main/^pages/",
    "admin/api/main/^pages/<int:pk>/",
    "admin/api/main/^pages/find/",
    "admin/api/main/^documents/",
    "admin/api/main/^documents/<int:pk>/",
    "admin/api/main/^documents/find/",
    "admin/api/main/^images/",
    "admin/api/main/^images/<int:pk>/",
    "admin/api/main/^images/find/",
    "admin/pages/",
    "admin/pages/<int:parent_page_id>/",
    "admin/pages/<int:parent_page_id>/results/",
    "admin/pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/",
    "admin/pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/results/",
    "admin/pages/create/<slug:app_label>/<slug:model_name>",
    "admin/pages/<int:page_id>/usage/",
    "admin/pages/<int:page_id>/view_draft/",
    "admin/pages/<int:parent_page_id>/add_subpage/",
    "admin/pages/search/",
    "admin/pages/search/results/",
    "admin/pages/<int:page_to_move_id>/move/",
    "admin/pages/workflow/collect_action_data/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
    "admin/pages/workflow/confirm_cancellation/<int:page_id>/",
    "admin/pages/workflow/preview/<int:page_id>/<int:task_id>/",
    "admin/pages/<int:page_id>/revisions/",
    "admin/pages/<int:page_id>/revisions/<int:revision_id>/view/",
    "admin/pages/<int:page_id>/revisions/<int:revision_id>/revert/",
    r"admin/pages/^(?P<pk>\d+)/revisions/compare/(?P<revision_id_a>live|earliest|\d+)\.\.\.(?P<revision_id_b>live|latest|\d+)/$",
    "admin/pages/<int:page_id>/workflow_history/",
    "admin/pages/<int:page_id>/workflow_history/detail/<int:workflow_state_id>/",
    "admin/pages/<int:page_id>/history/",
    "admin/pages/<int:page_id>/history/results/",
    "admin/choose-page/",
    "admin/choose-page/<int:parent_page_id>/",
    "admin/choose-page/search/",
    "admin/choose-page/chosen-multiple/",
    "admin/choose-external-link/",
    "admin/choose-email-link/",
    "admin/choose-phone-link/",
    "admin/choose-anchor-link/",
    "admin/tag-autocomplete/",
    "admin/tag-autocomplete/<slug:app_name>/<slug:model_name>/",
    "admin/collections/",
    "admin/workflows/list/",
    "admin/workflows/list/results/",
    "admin/workflows/usage/<int:pk>/",
    "admin/workflows/usage/<int:pk>/results/",
    "admin/workflows/tasks/select_type/",
    "admin/workflows/tasks/index/",
    "admin/workflows/tasks/index/results/",
    "admin/workflows/task_chooser/",
    "admin/workflows/task_chooser/results/",
    "admin/workflows/task_chooser/<int:task_id>/",
    "admin/reports/locked/",
    "admin/reports/locked/results/",
    "admin/reports/workflow/",
    "admin/reports/workflow/results/",
    "admin/reports/workflow_tasks/",
    "admin/reports/workflow_tasks/results/",
    "admin/reports/site-history/",
    "admin/reports/site-history/results/",
    "admin/reports/aging-pages/",
    "admin/reports/aging-pages/results/",
    "admin/reports/page-types-usage/",
    "admin/reports/page-types-usage/results/",
    "admin/block-preview/",
    # Ending one's own session.
    "admin/logout/",
    "django-admin/logout/",
    "admin/password_reset/done/",
    "admin/password_reset/complete/",
    "admin/embeds/chooser/",
    "admin/snippets/",
    "admin/documents/",
    "admin/documents/results/",
    "admin/documents/usage/<int:document_id>/",
    "admin/documents/chooser/",
    "admin/documents/chooser/results/",
    "admin/documents/chooser/chosen/<str:pk>/",
    "admin/documents/chooser/chosen-multiple/",
    "admin/images/",
    "admin/images/results/",
    "admin/images/usage/<int:image_id>/",
    "admin/images/<int:image_id>/generate_url/",
    "admin/images/<int:image_id>/generate_url/output/",
    "admin/images/<int:image_id>/preview/<str:filter_spec>/",
    "admin/images/chooser/",
    "admin/images/chooser/results/",
    "admin/images/chooser/chosen/<str:pk>/",
    "admin/images/chooser/chosen-multiple/",
    "admin/images/chooser/<int:image_id>/select_format/",
    "admin/forms/",
    "admin/forms/results/",
    "admin/forms/submissions/<int:page_id>/",
    "admin/forms/submissions/<int:page_id>/results/",
    "admin/redirects/",
    "admin/redirects/results/",
    "admin/settings/<slug:app_name>/<slug:model_name>/",
    "admin/webhooks/",
    "admin/webhooks/results/",
    "admin/webhooks/history/<int:pk>/",
    "admin/webhooks/history-results/<int:pk>/",
    "admin/webhooks/usage/<int:pk>/",
    "admin/webhook_deliveries/",
    "admin/webhook_deliveries/results/",
    "admin/webhook_deliveries/inspect/<int:pk>/",
    "admin/webhook_deliveries/history/<int:pk>/",
    "admin/webhook_deliveries/history-results/<int:pk>/",
    "admin/locales/",
    "admin/locales/results/",
    "admin/locales/history/<int:pk>/",
    "admin/locales/history-results/<int:pk>/",
    "admin/locales/usage/<int:pk>/",
    "admin/sites/",
    "admin/sites/results/",
    "admin/sites/history/<int:pk>/",
    "admin/sites/history-results/<int:pk>/",
    "admin/sites/usage/<int:pk>/",
    "admin/users/",
    "admin/users/results/",
    "admin/users/history/<int:pk>/",
    "admin/users/history-results/<int:pk>/",
    "admin/users/usage/<int:pk>/",
    "admin/groups/",
    "admin/groups/results/",
    "admin/groups/history/<int:pk>/",
    "admin/groups/history-results/<int:pk>/",
    "admin/groups/usage/<int:pk>/",
    # wagtail-localize: downloads, previews, reports, its snippet API (GET only).
    "admin/localize/jsi18n/",
    "admin/localize/translate/<int:translation_id>/pofile/download/",
    "admin/localize/translate/<int:translation_id>/preview/",
    "admin/localize/translate/<int:translation_id>/preview/<str:mode>/",
    "admin/localize/reports/translations/",
    "admin/localize/reports/translations/results/",
    "admin/localize/api/snippets/<slug:app_label>/<slug:model_name>/",
    "admin/localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
    # Ours: reports and the export's progress and file.
    "admin/petitions/",
    "admin/events/registrations/",
    "admin/contributions/",
    "admin/contributions/results/",
    "admin/contributions/history/<int:pk>/",
    "admin/contributions/history-results/<int:pk>/",
    "admin/contributions/usage/<int:pk>/",
    "api/v1/consultations/<db_id:page_id>/contributions/",
    "api/v1/consultations/<db_id:page_id>/versions/compare/",
    "api/v1/consultations/<db_id:page_id>/package.docx",
    "api/v1/consultations/<db_id:page_id>/package.pdf",
    "admin/consultations/<int:page_id>/package/docx/",
    "admin/consultations/<int:page_id>/package/pdf/",
    "admin/consultations/<int:page_id>/contributions/xlsx/",
    "admin/consultations/<int:page_id>/contributions/csv/",
    "admin/events/exports/<int:export_id>/",
    "admin/events/exports/<int:export_id>/download/",
    "admin/petitions/exports/<int:export_id>/",
    "admin/petitions/exports/<int:export_id>/download/",
    "admin/social-posts/calendar/",
    "admin/translations/status/",
    # Django's admin (staff only; nobody in our roles is staff) and django-rq's dashboard.
    "django-admin/",
    "django-admin/password_change/done/",
    "django-admin/autocomplete/",
    "django-admin/jsi18n/",
    "django-admin/r/<path:content_type_id>/<path:object_id>/",
    "django-admin/django_tasks_database/dbtaskresult/",
    "django-admin/django_tasks_database/dbtaskresult/<path:object_id>/history/",
    "django-admin/django_tasks_database/dbtaskresult/<path:object_id>/",
    r"django-admin/django_rq/dashboard/^stats.json/?$",
    r"django-admin/django_rq/dashboard/^stats.json/(?P<token>[\w]+)?/?$",
    "django-admin/django_rq/dashboard/queues/<int:queue_index>/",
    "django-admin/django_rq/dashboard/queues/<int:queue_index>/details/",
    "django-admin/django_rq/dashboard/queues/<int:queue_index>/finished/",
    "django-admin/django_rq/dashboard/queues/<int:queue_index>/failed/",
    "django-admin/django_rq/dashboard/queues/<int:queue_index>/scheduled/",
    "django-admin/django_rq/dashboard/queues/<int:queue_index>/started/",
    "django-admin/django_rq/dashboard/queues/<int:queue_index>/deferred/",
    "django-admin/django_rq/dashboard/queues/<int:queue_index>/<str:job_id>/",
    "django-admin/django_rq/dashboard/queues/<int:queue_index>/<str:job_id>/results/<str:result_id>/",
    "django-admin/django_rq/dashboard/workers/<int:queue_index>/",
    "django-admin/django_rq/dashboard/workers/<int:queue_index>/<str:key>/",
    "django-admin/django_rq/dashboard/schedulers/<int:scheduler_index>/",
    "django-admin/django_rq/dashboard/cron-schedulers/<int:connection_index>/<str:scheduler_name>/",
    "django-admin/django_rq/dashboard/cron-schedulers/<int:connection_index>/<str:scheduler_name>/jobs/<path:cron_job_name>/",
    "django-admin/django_rq/dashboard/<path:object_id>/history/",
    "django-admin/django_rq/dashboard/<path:object_id>/",
    "django-admin/wagtaildocs/document/",
    "django-admin/wagtaildocs/document/<path:object_id>/history/",
    "django-admin/wagtaildocs/document/<path:object_id>/",
    "django-admin/wagtailimages/image/",
    "django-admin/wagtailimages/image/<path:object_id>/history/",
    "django-admin/wagtailimages/image/<path:object_id>/",
    # Snippet listings and choosers; Django's admin listings.
    "admin/snippets/cms/topic/",
    "admin/snippets/cms/topic/results/",
    "admin/snippets/cms/topic/history/<int:pk>/",
    "admin/snippets/cms/topic/history-results/<int:pk>/",
    "admin/snippets/cms/topic/usage/<int:pk>/",
    "admin/snippets/choose/cms/topic/",
    "admin/snippets/choose/cms/topic/results/",
    "admin/snippets/choose/cms/topic/chosen/<str:pk>/",
    "admin/snippets/choose/cms/topic/chosen-multiple/",
    "admin/snippets/cms/author/",
    "admin/snippets/cms/author/results/",
    "admin/snippets/cms/author/history/<int:pk>/",
    "admin/snippets/cms/author/history-results/<int:pk>/",
    "admin/snippets/cms/author/usage/<int:pk>/",
    "admin/snippets/choose/cms/author/",
    "admin/snippets/choose/cms/author/results/",
    "admin/snippets/choose/cms/author/chosen/<str:pk>/",
    "admin/snippets/choose/cms/author/chosen-multiple/",
    "admin/snippets/cms/partner/",
    "admin/snippets/cms/partner/results/",
    "admin/snippets/cms/partner/history/<int:pk>/",
    "admin/snippets/cms/partner/history-results/<int:pk>/",
    "admin/snippets/cms/partner/usage/<int:pk>/",
    "admin/snippets/choose/cms/partner/",
    "admin/snippets/choose/cms/partner/results/",
    "admin/snippets/choose/cms/partner/chosen/<str:pk>/",
    "admin/snippets/choose/cms/partner/chosen-multiple/",
    "admin/snippets/events/audiencecategory/",
    "admin/snippets/events/audiencecategory/results/",
    "admin/snippets/events/audiencecategory/history/<int:pk>/",
    "admin/snippets/events/audiencecategory/history-results/<int:pk>/",
    "admin/snippets/events/audiencecategory/usage/<int:pk>/",
    "admin/snippets/choose/events/audiencecategory/",
    "admin/snippets/choose/events/audiencecategory/results/",
    "admin/snippets/choose/events/audiencecategory/chosen/<str:pk>/",
    "admin/snippets/choose/events/audiencecategory/chosen-multiple/",
    "admin/snippets/campaigns/socialpost/",
    "admin/snippets/campaigns/socialpost/results/",
    "admin/snippets/campaigns/socialpost/history/<int:pk>/",
    "admin/snippets/campaigns/socialpost/history-results/<int:pk>/",
    "admin/snippets/campaigns/socialpost/usage/<int:pk>/",
    "admin/snippets/choose/campaigns/socialpost/",
    "admin/snippets/choose/campaigns/socialpost/results/",
    "admin/snippets/choose/campaigns/socialpost/chosen/<str:pk>/",
    "admin/snippets/choose/campaigns/socialpost/chosen-multiple/",
    "django-admin/(?P<url>.*)$",
    "django-admin/^(?P<app_label>django_tasks_database|django_rq|wagtaildocs|wagtailimages|taggit|auth|axes)/$",
    "django-admin/auth/group/",
    "django-admin/auth/group/<path:object_id>/",
    "django-admin/auth/group/<path:object_id>/history/",
    "django-admin/auth/user/",
    "django-admin/auth/user/<path:object_id>/",
    "django-admin/auth/user/<path:object_id>/history/",
    "django-admin/django_rq/dashboard/",
    "django-admin/taggit/tag/",
    "django-admin/axes/accessattempt/",
    "django-admin/axes/accessattempt/<path:object_id>/history/",
    "django-admin/axes/accessattempt/<path:object_id>/",
    "django-admin/axes/accesslog/",
    "django-admin/axes/accesslog/<path:object_id>/history/",
    "django-admin/axes/accesslog/<path:object_id>/",
    "django-admin/axes/accessfailurelog/",
    "django-admin/axes/accessfailurelog/<path:object_id>/history/",
    "django-admin/axes/accessfailurelog/<path:object_id>/",
    "django-admin/taggit/tag/<path:object_id>/",
    "django-admin/taggit/tag/<path:object_id>/history/",
    # The public API's reads, the hub's health checks, files and pages.
    "healthz",
    "readyz",
    "api/v1/pages/",
    "api/v1/pages/find/",
    "api/v1/pages/<db_id:page_id>/",
    "api/v1/topics/",
    "api/v1/navigation/",
    "api/v1/sitemap/",
    "api/v1/regions/",
    "api/v1/events/calendar.ics",
    "api/v1/events/<db_id:page_id>/calendar.ics",
    "api/v1/certificates/<str:code>/",
    # Organisers' reads (refused to translators and the public: tests/test_certificates.py,
    # tests/test_check_in.py): a run's progress, certificate PDFs, the closing and donor reports.
    "admin/events/certificate-runs/<int:run_id>/",
    "admin/events/<int:page_id>/certificates/pdf/",
    "admin/events/<int:page_id>/report/",
    "admin/campaigns/<int:page_id>/donor-report/",
    "admin/campaigns/<int:page_id>/donor-report.xlsx",
    "api/v1/preview/",
    "api/v1/scheduler/posts/",
    "api/v1/schema/",
    "api/v1/docs/",
    "api/v1/^.*$",
    "^api/",
    r"documents/^(\d+)/(.*)$",
    r"ru/^((?:[\w\-]+/)*)$",
    "ru/certificates/<str:code>/",
    # The built-in site's search and topic listings.
    "ru/search/",
    "ru/topics/<str:slug>/",
    # The reader's choice of script for Kazakh pages: a cookie of theirs, nothing stored.
    "ru/script/<str:script>/",
}


# Served only with DEBUG on (runserver): static files and media, read-only.
DEBUG_ONLY = {"^static/(?P<path>.*)$", "^media/(?P<path>.*)$"}

# --- the cases --------------------------------------------------------------------------------


@dataclass
class Case:
    route: str
    allowed: frozenset  # the roles that may; everyone else is refused
    kwargs: object = None  # objects -> URL kwargs
    method: str = "POST"
    data: object = None  # objects -> body (form fields), or None
    label: str = ""
    # The superuser is refused too (e.g. the object cannot exist here), so the case shows only
    # that nobody gets through.
    superuser_refused: bool = False
    # Where the answer does not tell (bulk actions skip what the user may not touch and answer
    # as usual), what the request changed does: (world, kwargs) -> whether it took effect.
    effect: object = None
    # Wagtail or django-rq answers 500 once past its permission check (e.g. a chooser without a
    # creation form): counted as getting through, and listed here so a new 500 still fails.
    known_server_error: bool = False
    # Needs state the test cannot make (RQ jobs): only the roles' rows are checked.
    superuser_unchecked: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def name(self):
        return f"{self.method} {self.route}" + (f" [{self.label}]" if self.label else "")


def certificate_of(registration):
    """A certificate for the matrix's registration (made once), for the revoke case."""
    from events.models import Certificate

    certificate, _created = Certificate.objects.get_or_create(
        registration=registration,
        defaults={
            "event_key": registration.event_key,
            "language": "ru",
            "full_name": "Матрица",
            "event_title": "Матрица",
            "starts_on": datetime.date(2026, 1, 1),
            "ends_on": datetime.date(2026, 1, 1),
        },
    )
    return certificate


def url_for(route: str, kwargs: dict) -> str:
    path = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: str(kwargs[m.group(1)]), route)
    return "/" + path.replace("^", "").replace("$", "")


def C(route, allowed, kwargs=None, **options):
    return Case(route, frozenset(allowed), kwargs, **options)


def page_cases(route, allowed_by_language, param="page_id", **options):
    """One case per language tree: the demo article in ru, kk and en."""
    return [
        C(route, allowed, lambda o, lang=lang: {param: o.article[lang].pk}, label=lang, **options)
        for lang, allowed in allowed_by_language.items()
    ]


# The translatable snippets, by app: each per language, with the same roles.
TRANSLATABLE_SNIPPETS = (
    ("cms", "topic"),
    ("cms", "author"),
    ("cms", "partner"),
    ("events", "audiencecategory"),
)


def snippet_cases(model, allowed_by_language, route_tail, app="cms", **options):
    route = f"admin/snippets/{app}/{model}/{route_tail}"
    return [
        C(
            route,
            allowed,
            lambda o, m=model, lang=lang: {"pk": o.snippets[m][lang].pk},
            label=lang,
            **options,
        )
        for lang, allowed in allowed_by_language.items()
    ]


def with_empty_streams(data, model):
    """StreamFields are written by the editor's JavaScript, not by form inputs: as a browser
    with nothing typed into them would send them."""
    from wagtail.fields import StreamField

    data = dict(data)
    for model_field in model._meta.get_fields():
        if isinstance(model_field, StreamField):
            data.setdefault(f"{model_field.name}-count", ["0"])
    return data


def edit_form(world, kwargs):
    page = Page.objects.get(pk=kwargs["page_id"]).specific
    form = browser_form(world, f"/admin/pages/{page.pk}/edit/", "page-edit-form")
    return with_empty_streams(form, type(page))


def add_form(world, kwargs):
    from django.apps import apps

    model = apps.get_model(kwargs["content_type_app_name"], kwargs["content_type_model_name"])
    return with_empty_streams(
        browser_form(world, url_for(ADD_PAGE, kwargs), "page-edit-form"), model
    )


ADD_PAGE = "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/"


# Who may write pages in each language tree (roles.apply_home): editors the Russian one,
# translators their own, reviewers all; only editors (ru) and reviewers publish.
WRITERS = {"ru": {EDITOR, REVIEWER}, "kk": {KK, REVIEWER}, "en": {EN, REVIEWER}}
PUBLISHERS = {"ru": {EDITOR, REVIEWER}, "kk": {REVIEWER}, "en": {REVIEWER}}
SNIPPET_EDITORS = {
    "ru": {EDITOR, REVIEWER},
    "kk": {EDITOR, REVIEWER, KK},
    "en": {EDITOR, REVIEWER, EN},
}
EDITORIAL = {EDITOR, REVIEWER}
CONTENT_STAFF = {EDITOR, REVIEWER}


def _cases():
    cases = []
    add = cases.extend

    # --- pages ---------------------------------------------------------------------------------
    add(page_cases("admin/pages/<int:page_id>/edit/", WRITERS, data=edit_form))
    add(page_cases("admin/pages/<int:page_id>/edit/preview/", WRITERS, data=edit_form))
    add(page_cases("admin/pages/<int:page_id>/delete/", PUBLISHERS))
    add(page_cases("admin/pages/<int:page_id>/unpublish/", PUBLISHERS))
    add(page_cases("admin/pages/<int:page_id>/lock/", WRITERS))
    add(page_cases("admin/pages/<int:page_id>/unlock/", PUBLISHERS))
    add(
        page_cases(
            "admin/pages/<int:page_id>/privacy/",
            PUBLISHERS,
            data=lambda o, k: {"restriction_type": "none"},
        )
    )
    add(page_cases("admin/pages/<int:page_id>/copy/", WRITERS, data=copy_form))
    add(
        page_cases(
            "admin/pages/<int:page_to_move_id>/set_position/", PUBLISHERS, param="page_to_move_id"
        )
    )
    for lang, allowed in WRITERS.items():
        cases.append(
            C(
                "admin/pages/<int:page_id>/convert_alias/",
                allowed,
                lambda o, lang=lang: {"page_id": o.alias[lang].pk},
                label=f"{lang} alias",
            )
        )
    for lang, allowed in PUBLISHERS.items():
        cases.append(
            C(
                "admin/pages/<int:page_to_move_id>/move/<int:destination_id>/confirm/",
                allowed,
                lambda o, lang=lang: {
                    "page_to_move_id": o.petition[lang].pk,
                    "destination_id": o.campaign_index[lang].pk,
                },
                label=f"{lang} petition",
            )
        )
    for lang, allowed in WRITERS.items():
        for route in (ADD_PAGE, ADD_PAGE + "preview/"):
            cases.append(
                C(
                    route,
                    allowed,
                    lambda o, lang=lang: {
                        "content_type_app_name": "articles",
                        "content_type_model_name": "analyticalarticlepage",
                        "parent_page_id": o.article_index[lang].pk,
                    },
                    data=add_form,
                    label=lang,
                )
            )
    add(
        page_cases(
            "admin/pages/<int:page_id>/revisions/<int:revision_id>/unschedule/",
            PUBLISHERS,
            extra={"revision": True},
        )
    )
    # Moderation: the reviewers approve and reject in every language; nobody else.
    route = "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/"
    for lang in ("ru", "kk"):
        for action in ("approve", "reject"):
            cases.append(
                C(
                    route,
                    {REVIEWER},
                    lambda o, lang=lang, action=action: {
                        "page_id": o.in_review[lang].pk,
                        "action_name": action,
                        "task_state_id": o.task_state[lang].pk,
                    },
                    data=lambda o, k: {"comment": ""},
                    label=f"{lang} {action}",
                )
            )
    # Wagtail's admin API actions (the page explorer's): as the matching views.
    api_actions = {
        "publish": PUBLISHERS,
        "unpublish": PUBLISHERS,
        "delete": PUBLISHERS,
        # Wagtail's API copies and aliases only for whoever may publish there.
        "copy": PUBLISHERS,
        "move": PUBLISHERS,
        "convert_alias": WRITERS,
        "create_alias": PUBLISHERS,
        # Copying into the kk tree with its parents: Wagtail asks for more than any role has.
        "copy_for_translation": {"ru": NOBODY},
        "revert_to_page_revision": WRITERS,
    }
    for action, by_language in api_actions.items():
        for lang, allowed in by_language.items():
            cases.append(
                C(
                    "admin/api/main/^pages/<int:pk>/action/<str:action_name>/",
                    allowed,
                    lambda o, lang=lang, action=action: {
                        "pk": api_action_target(o, action, lang).pk,
                        "action_name": action,
                    },
                    data=lambda o, k, action=action, lang=lang: api_action_body(o, action, lang),
                    label=f"{action} {lang}",
                    extra={"json": True},
                )
            )

    # --- bulk actions, each registered one ---------------------------------------------------
    # A bulk action leaves out what the user may not touch and answers as usual: the effect
    # on the object is what tells.
    bulk = "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/"

    def bulk_case(app, model, action, allowed, target, effect, label, data=None):
        return C(
            bulk,
            allowed,
            lambda o: {"app_label": app, "model_name": model, "action": action},
            data=data or (lambda o, k: {}),
            label=label,
            effect=lambda o, k: effect(o, target(o)),
            extra={"bulk": (app, model, action), "query": lambda o: {"id": target(o).pk}},
        )

    page_effects = {
        "publish": lambda o, page: not Page.objects.get(pk=page.pk).has_unpublished_changes,
        "unpublish": lambda o, page: not Page.objects.get(pk=page.pk).live,
        "delete": lambda o, page: not Page.objects.filter(pk=page.pk).exists(),
    }
    for action, effect in page_effects.items():
        for lang, allowed in PUBLISHERS.items():
            cases.append(
                bulk_case(
                    "wagtailcore",
                    "page",
                    action,
                    allowed,
                    lambda o, lang=lang: o.article[lang],
                    effect,
                    f"page {action} {lang}",
                )
            )
    for lang, allowed in PUBLISHERS.items():
        cases.append(
            bulk_case(
                "wagtailcore",
                "page",
                "move",
                allowed,
                lambda o, lang=lang: o.petition[lang],
                lambda o, page, lang=lang: (
                    Page.objects.get(pk=page.pk).get_parent().pk == o.campaign_index[lang].pk
                ),
                f"page move {lang}",
                data=lambda o, k, lang=lang: {"chooser": o.campaign_index[lang].pk},
            )
        )
    media_effects = {
        "delete": lambda o, obj: not type(obj).objects.filter(pk=obj.pk).exists(),
        "add_tags": lambda o, obj: "matrix" in type(obj).objects.get(pk=obj.pk).tags.names(),
        "add_to_collection": lambda o, obj: (
            type(obj).objects.get(pk=obj.pk).collection_id == o.child_collection.pk
        ),
    }
    for app, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
        for action, effect in media_effects.items():
            cases.append(
                bulk_case(
                    app,
                    model,
                    action,
                    # Wagtail: "change" on a collection covers deleting too.
                    CONTENT_STAFF,
                    lambda o, model=model: o.media[model],
                    effect,
                    f"{model} {action}",
                    data=lambda o, k: {"tags": "matrix", "collection": o.child_collection.pk},
                )
            )
    user_effects = {
        "delete": lambda o, user: not get_user_model().objects.filter(pk=user.pk).exists(),
        "assign_role": lambda o, user: user.groups.filter(name=EDITORS).exists(),
        "set_active_state": lambda o, user: not get_user_model().objects.get(pk=user.pk).is_active,
    }
    for action, effect in user_effects.items():
        cases.append(
            bulk_case(
                "auth",
                "user",
                action,
                NOBODY,
                lambda o: o.target_user,
                effect,
                f"user {action}",
                data=lambda o, k: {"role": o.groups["editors"].pk, "mark_as_active": "False"},
            )
        )
    gone = lambda o, obj: not type(obj).objects.filter(pk=obj.pk).exists()  # noqa: E731
    for app, model in TRANSLATABLE_SNIPPETS:
        for lang in ("ru", "kk"):
            cases.append(
                bulk_case(
                    app,
                    model,
                    "delete",
                    CONTENT_STAFF,
                    lambda o, model=model, lang=lang: o.snippets[model][lang],
                    gone,
                    f"{model} delete {lang}",
                )
            )
    cases.append(
        bulk_case(
            "campaigns",
            "socialpost",
            "delete",
            CONTENT_STAFF,
            lambda o: o.social_post,
            gone,
            "socialpost delete",
        )
    )

    # --- wagtail-localize and our translation workflow ---------------------------------------
    for lang, allowed in (("kk", {KK, REVIEWER}), ("en", {EN, REVIEWER})):
        translation = lambda o, lang=lang: {"translation_id": o.translation[lang].pk}  # noqa: E731
        cases += [
            C(
                "admin/localize/translate/<int:translation_id>/strings/<int:string_segment_id>/edit/",
                allowed,
                lambda o, lang=lang: {
                    "translation_id": o.translation[lang].pk,
                    "string_segment_id": o.string_segment.pk,
                },
                method="PUT",
                data=lambda o, k: {"value": "Аударма"},
                label=lang,
            ),
            C(
                "admin/localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/",
                allowed,
                lambda o, lang=lang: {
                    "translation_id": o.override_translation[lang].pk,
                    "overridable_segment_id": o.overridable_segment.pk,
                },
                method="PUT",
                data=lambda o, k: {"value": "https://example.kz/"},
                label=lang,
            ),
            C(
                "admin/localize/translate/<int:translation_id>/pofile/upload/",
                allowed,
                translation,
                data=lambda o, k: {"file": po_file_for(o, k)},
                label=lang,
                effect=lambda o, k: po_imported(o, k),
            ),
            # No machine translator is configured here: nobody, the superuser included.
            C(
                "admin/localize/translate/<int:translation_id>/machine_translate/",
                NOBODY,
                translation,
                label=lang,
                superuser_refused=True,
            ),
            C(
                "admin/localize/translate/<int:translation_id>/disable/",
                allowed,
                translation,
                label=lang,
            ),
            C(
                "admin/translations/<int:translation_id>/submit-for-review/",
                allowed,
                translation,
                label=lang,
            ),
            C(
                "admin/localize/page/<int:page_id>/convert_to_alias/",
                {REVIEWER},
                lambda o, lang=lang: {"page_id": o.article[lang].pk},
                label=lang,
            ),
            C(
                "admin/translations/page/<int:page_id>/translate/<str:language>/",
                {EDITOR, REVIEWER, KK if lang == "kk" else EN},
                lambda o, lang=lang: {"page_id": o.untranslated.pk, "language": lang},
                label=lang,
            ),
        ]
    for lang, allowed in (("kk", {EDITOR, REVIEWER, KK}), ("en", {EDITOR, REVIEWER, EN})):
        cases.append(
            C(
                "admin/localize/translate/<int:translation_id>/strings/<int:string_segment_id>/edit/",
                allowed,
                lambda o, lang=lang: {
                    "translation_id": o.snippet_translation[lang].pk,
                    "string_segment_id": o.snippet_segment.pk,
                },
                method="PUT",
                data=lambda o, k: {"value": "Атау"},
                label=f"topic {lang}",
            )
        )
    cases += [
        C(
            "admin/localize/update/<int:translation_source_id>/",
            EDITORIAL,
            lambda o: {"translation_source_id": o.translation_source.pk},
        ),
        C(
            "admin/localize/submit/page/<int:page_id>/",
            EDITORIAL,
            lambda o: {"page_id": o.untranslated.pk},
            data=lambda o, k: {"locales": [o.locales["kk"].pk]},
        ),
        C(
            "admin/localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            EDITORIAL,
            lambda o: {"app_label": "cms", "model_name": "topic", "pk": o.untranslated_topic.pk},
            data=lambda o, k: {"locales": [o.locales["kk"].pk]},
        ),
    ]

    # --- snippets: topics, authors, partners, audience categories (per language), social posts --
    for app, model in TRANSLATABLE_SNIPPETS:
        add(
            snippet_cases(model, SNIPPET_EDITORS, "edit/<int:pk>/", app=app, data=snippet_edit_form)
        )
        add(
            snippet_cases(
                model,
                {"ru": CONTENT_STAFF, "kk": CONTENT_STAFF, "en": CONTENT_STAFF},
                "delete/<int:pk>/",
                app=app,
            )
        )
        add(
            snippet_cases(
                model, {"ru": CONTENT_STAFF}, "copy/<int:pk>/", app=app, data=lambda o, k: {}
            )
        )
        cases.append(C(f"admin/snippets/{app}/{model}/add/", CONTENT_STAFF, data=lambda o, k: {}))
        # Wagtail's snippet chooser has no creation form here: a POST that gets past the
        # permission check fails on it (500).
        cases.append(
            C(
                f"admin/snippets/choose/{app}/{model}/create/",
                CONTENT_STAFF,
                data=lambda o, k: {},
                known_server_error=True,
            )
        )
    post = lambda o: {"pk": o.social_post.pk}  # noqa: E731
    cases += [
        C("admin/snippets/campaigns/socialpost/add/", CONTENT_STAFF, data=lambda o, k: {}),
        C(
            "admin/snippets/campaigns/socialpost/edit/<int:pk>/",
            CONTENT_STAFF,
            post,
            data=lambda o, k: {},
        ),
        C("admin/snippets/campaigns/socialpost/delete/<int:pk>/", CONTENT_STAFF, post),
        C(
            "admin/snippets/campaigns/socialpost/copy/<int:pk>/",
            CONTENT_STAFF,
            post,
            data=lambda o, k: {},
        ),
        C(
            "admin/snippets/choose/campaigns/socialpost/create/",
            CONTENT_STAFF,
            data=lambda o, k: {},
            known_server_error=True,
        ),
        C("admin/social-posts/<int:pk>/approve/", {REVIEWER}, post),
        C(
            "admin/social-posts/<int:pk>/cancel/",
            CONTENT_STAFF,
            lambda o: {"pk": o.approved_post.pk},
        ),
        C(
            "admin/social-posts/for-page/<int:page_id>/",
            CONTENT_STAFF,
            lambda o: {"page_id": o.article["ru"].pk},
        ),
    ]

    # --- event registrations: organisers (editors, reviewers) see and handle them -------------
    for action in ("search", "cancel", "approve", "export"):
        cases.append(
            C(
                "admin/events/<int:page_id>/registrations/",
                CONTENT_STAFF,
                lambda o: {"page_id": o.event["ru"].pk},
                data=lambda o, k, action=action: {
                    "action": action,
                    "registration": o.registration.pk,
                    "q": "x",
                },
                label=action,
            )
        )

    # Check-in and certificates: the same organisers.
    for action in ("check_in", "undo", "code", "walk_in", "search"):
        cases.append(
            C(
                "admin/events/<int:page_id>/check-in/",
                CONTENT_STAFF,
                lambda o: {"page_id": o.event["ru"].pk},
                data=lambda o, k, action=action: {
                    "action": action,
                    "registration": o.registration.pk,
                    "code": "x",
                    "q": "x",
                    "full_name": "x",
                    "email": "walk-in@example.org",
                    "language": "ru",
                },
                label=action,
            )
        )
    for action in ("issue", "revoke"):
        cases.append(
            C(
                "admin/events/<int:page_id>/certificates/",
                CONTENT_STAFF,
                lambda o: {"page_id": o.event["ru"].pk},
                data=lambda o, k, action=action: {
                    "action": action,
                    "certificate": certificate_of(o.registration).pk,
                },
                label=action,
            )
        )

    # --- consultations: importing a draft from Word is editing the page -----------------------
    for action in ("preview", "save"):
        cases.append(
            C(
                "admin/consultations/<int:page_id>/import/",
                CONTENT_STAFF,
                lambda o: {"page_id": o.consultation["ru"].pk},
                data=lambda o, k, action=action: {"action": action},
                label=action,
            )
        )
    # Recording a version of the text: whoever may publish the consultation.
    cases.append(
        C(
            "admin/consultations/<int:page_id>/versions/",
            CONTENT_STAFF,
            lambda o: {"page_id": o.consultation["ru"].pk},
            data=lambda o, k: {"kind": "amended"},
        )
    )
    # Moderating contributions: the organisers; nobody adds or deletes one in the admin.
    cases += [
        C(
            "admin/contributions/edit/<int:pk>/",
            CONTENT_STAFF,
            lambda o: {"pk": o.contribution.pk},
            data=lambda o, k: {"status": "published", "disposition": "", "merged_into": ""},
        ),
        C("admin/contributions/new/", NOBODY, data=lambda o, k: {}, superuser_refused=True),
        C(
            "admin/contributions/delete/<int:pk>/",
            NOBODY,
            lambda o: {"pk": o.contribution.pk},
            superuser_refused=True,
        ),
    ]

    # --- petitions ---------------------------------------------------------------------------
    signatures = "admin/petitions/<int:page_id>/signatures/"
    for action, allowed in (
        ("invalidate", CONTENT_STAFF),
        ("restore", CONTENT_STAFF),
        ("offline", CONTENT_STAFF),
        ("state", CONTENT_STAFF),
        ("export", CONTENT_STAFF),
    ):
        cases.append(
            C(
                signatures,
                allowed,
                lambda o: {"page_id": o.petition["ru"].pk},
                data=lambda o, k, action=action: {
                    "action": action,
                    "domain": "example.org",
                    "reason": "x",
                },
                label=action,
            )
        )

    # --- images, documents, collections ------------------------------------------------------
    image = lambda o: {"image_id": o.media["image"].pk}  # noqa: E731
    document = lambda o: {"document_id": o.media["document"].pk}  # noqa: E731
    cases += [
        C("admin/images/add/", CONTENT_STAFF, data=lambda o, k: {}),
        C("admin/images/<int:image_id>/", CONTENT_STAFF, image, data=lambda o, k: {}),
        # Wagtail: "change" on a collection covers deleting, and editors have it.
        C("admin/images/<int:image_id>/delete/", CONTENT_STAFF, image),
        C("admin/images/multiple/add/", CONTENT_STAFF, data=lambda o, k: {}),
        C("admin/images/multiple/<int:image_id>/", CONTENT_STAFF, image, data=lambda o, k: {}),
        C("admin/images/multiple/<int:image_id>/delete/", CONTENT_STAFF, image),
        # An upload in progress is its uploader's (here the superuser's) alone.
        C(
            "admin/images/multiple/create_from_uploaded_image/<int:uploaded_file_id>/",
            NOBODY,
            lambda o: {"uploaded_file_id": o.uploaded_image.pk},
            data=lambda o, k: {},
        ),
        C(
            "admin/images/multiple/delete_upload/<int:uploaded_file_id>/",
            NOBODY,
            lambda o: {"uploaded_file_id": o.uploaded_image.pk},
        ),
        C("admin/images/chooser/create/", CONTENT_STAFF, data=lambda o, k: {}),
        C("admin/documents/add/", CONTENT_STAFF, data=lambda o, k: {}),
        C("admin/documents/edit/<int:document_id>/", CONTENT_STAFF, document, data=lambda o, k: {}),
        C("admin/documents/delete/<int:document_id>/", CONTENT_STAFF, document),
        C("admin/documents/multiple/add/", CONTENT_STAFF, data=lambda o, k: {}),
        C(
            "admin/documents/multiple/<int:doc_id>/",
            CONTENT_STAFF,
            lambda o: {"doc_id": o.media["document"].pk},
            data=lambda o, k: {},
        ),
        C(
            "admin/documents/multiple/<int:doc_id>/delete/",
            CONTENT_STAFF,
            lambda o: {"doc_id": o.media["document"].pk},
        ),
        # Wagtail fails (500) on this upload's empty title once past the check.
        C(
            "admin/documents/multiple/create_from_uploaded_document/<int:uploaded_file_id>/",
            NOBODY,
            lambda o: {"uploaded_file_id": o.uploaded_document.pk},
            data=lambda o, k: {},
            known_server_error=True,
        ),
        C(
            "admin/documents/multiple/delete_upload/<int:uploaded_file_id>/",
            NOBODY,
            lambda o: {"uploaded_file_id": o.uploaded_document.pk},
        ),
        C("admin/documents/chooser/create/", CONTENT_STAFF, data=lambda o, k: {}),
        C("admin/collections/add/", NOBODY, data=lambda o, k: {}),
        C(
            "admin/collections/<int:pk>/",
            NOBODY,
            lambda o: {"pk": o.child_collection.pk},
            data=lambda o, k: {},
        ),
        C("admin/collections/<int:pk>/delete/", NOBODY, lambda o: {"pk": o.child_collection.pk}),
        C(
            "admin/collections/<int:collection_id>/privacy/",
            NOBODY,
            lambda o: {"collection_id": o.child_collection.pk},
            data=lambda o, k: {"restriction_type": "none"},
        ),
        # The embed chooser's form (anyone in the admin may look up an embed).
        C("admin/embeds/chooser/upload/", STAFF, data=lambda o, k: {"url": ""}),
    ]

    # --- site settings: workflows, users, groups, sites, locales, redirects, webhooks ---------
    cases += [
        C("admin/workflows/add/", NOBODY, data=lambda o, k: {}),
        C(
            "admin/workflows/edit/<int:pk>/",
            NOBODY,
            lambda o: {"pk": o.workflow.pk},
            data=lambda o, k: {},
        ),
        C("admin/workflows/enable/<int:pk>/", NOBODY, lambda o: {"pk": o.workflow.pk}),
        C("admin/workflows/disable/<int:pk>/", NOBODY, lambda o: {"pk": o.workflow.pk}),
        C("admin/workflows/remove/<int:page_pk>/", NOBODY, lambda o: {"page_pk": o.home.pk}),
        C(
            "admin/workflows/remove/<int:page_pk>/<int:workflow_pk>/",
            NOBODY,
            lambda o: {"page_pk": o.home.pk, "workflow_pk": o.workflow.pk},
        ),
        C(
            "admin/workflows/tasks/add/<str:app_label>/<str:model_name>/",
            NOBODY,
            lambda o: {"app_label": "wagtailcore", "model_name": "groupapprovaltask"},
            data=lambda o, k: {},
        ),
        C(
            "admin/workflows/tasks/edit/<int:pk>/",
            NOBODY,
            lambda o: {"pk": o.task.pk},
            data=lambda o, k: {},
        ),
        C("admin/workflows/tasks/enable/<int:pk>/", NOBODY, lambda o: {"pk": o.task.pk}),
        C("admin/workflows/tasks/disable/<int:pk>/", NOBODY, lambda o: {"pk": o.task.pk}),
        C(
            "admin/workflows/task_chooser/create/",
            NOBODY,
            data=lambda o, k: {
                "create-task-name": "Матрица",
                "create-task-groups": [o.groups["editors"].pk],
            },
            effect=lambda o, k: Task.objects.filter(name="Матрица").exists(),
            extra={"query": lambda o: {"create_model": "wagtailcore.groupapprovaltask"}},
        ),
        C("admin/users/new/", NOBODY, data=lambda o, k: {}),
        C(
            "admin/users/edit/<int:pk>/",
            NOBODY,
            lambda o: {"pk": o.target_user.pk},
            data=lambda o, k: {},
        ),
        C("admin/users/delete/<int:pk>/", NOBODY, lambda o: {"pk": o.target_user.pk}),
        C(
            "admin/users/copy/<int:pk>/",
            NOBODY,
            lambda o: {"pk": o.target_user.pk},
            data=lambda o, k: {},
        ),
        C("admin/groups/new/", NOBODY, data=lambda o, k: {}),
        C(
            "admin/groups/edit/<int:pk>/",
            NOBODY,
            lambda o: {"pk": o.groups["editors"].pk},
            data=lambda o, k: {},
        ),
        C("admin/groups/delete/<int:pk>/", NOBODY, lambda o: {"pk": o.groups["editors"].pk}),
        C("admin/sites/new/", NOBODY, data=lambda o, k: {}),
        C("admin/sites/edit/<int:pk>/", NOBODY, lambda o: {"pk": o.site.pk}, data=lambda o, k: {}),
        C("admin/sites/delete/<int:pk>/", NOBODY, lambda o: {"pk": o.site.pk}),
        C("admin/sites/copy/<int:pk>/", NOBODY, lambda o: {"pk": o.site.pk}, data=lambda o, k: {}),
        C("admin/locales/new/", NOBODY, data=lambda o, k: {}),
        C(
            "admin/locales/edit/<int:pk>/",
            NOBODY,
            lambda o: {"pk": o.locales["en"].pk},
            data=lambda o, k: {},
        ),
        C("admin/locales/delete/<int:pk>/", NOBODY, lambda o: {"pk": o.locales["en"].pk}),
        C(
            "admin/locales/copy/<int:pk>/",
            NOBODY,
            lambda o: {"pk": o.locales["en"].pk},
            data=lambda o, k: {},
        ),
        C("admin/redirects/add/", NOBODY, data=lambda o, k: {}),
        C(
            "admin/redirects/<int:redirect_id>/",
            NOBODY,
            lambda o: {"redirect_id": o.redirect.pk},
            data=lambda o, k: {},
        ),
        C(
            "admin/redirects/<int:redirect_id>/delete/",
            NOBODY,
            lambda o: {"redirect_id": o.redirect.pk},
        ),
        C("admin/redirects/import/", NOBODY, data=lambda o, k: {}),
        # Wagtail fails (500) on an import without its first step, once past the check.
        C("admin/redirects/import/process/", NOBODY, data=lambda o, k: {}, known_server_error=True),
        C(
            "admin/forms/submissions/<int:page_id>/delete/",
            NOBODY,
            lambda o: {"page_id": o.article["ru"].pk},
            superuser_refused=True,
        ),
        C(
            "admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/",
            NOBODY,
            lambda o: {"app_name": "wagtailcore", "model_name": "site", "pk": o.site.pk},
            data=lambda o, k: {},
            superuser_refused=True,
        ),
        C(
            "admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/preview/",
            NOBODY,
            lambda o: {"app_name": "wagtailcore", "model_name": "site", "pk": o.site.pk},
            data=lambda o, k: {},
            superuser_refused=True,
        ),
        C("admin/webhooks/new/", NOBODY, data=lambda o, k: {}),
        C(
            "admin/webhooks/edit/<int:pk>/",
            NOBODY,
            lambda o: {"pk": o.webhook.pk},
            data=lambda o, k: {},
        ),
        C("admin/webhooks/delete/<int:pk>/", NOBODY, lambda o: {"pk": o.webhook.pk}),
        C("admin/webhooks/rotate-secret/<int:pk>/", NOBODY, lambda o: {"pk": o.webhook.pk}),
        C("admin/webhook_deliveries/redeliver/<int:pk>/", NOBODY, lambda o: {"pk": o.delivery.pk}),
    ]

    # --- one's own account and session -------------------------------------------------------
    cases += [
        C("admin/account/", STAFF, data=lambda o, k: {}),
        C("admin/dismissibles/", STAFF, data=lambda o, k: {}),
        C(
            "admin/editing-sessions/ping/<str:app_label>/<str:model_name>/<str:object_id>/<int:session_id>/",
            {EDITOR, REVIEWER},
            lambda o: {
                "app_label": "wagtailcore",
                "model_name": "page",
                "object_id": o.article["ru"].pk,
                "session_id": 0,
            },
        ),
        C("admin/editing-sessions/release/<int:session_id>/", STAFF, lambda o: {"session_id": 0}),
        # Public by design: logging in and out, and asking for a password reset.
        C("admin/login/", EVERYONE, data=lambda o, k: {"username": "nobody", "password": "wrong"}),
        C("admin/password_reset/", EVERYONE, data=lambda o, k: {"email": "nobody@example.kz"}),
        C(
            "admin/password_reset/confirm/<uidb64>/<token>/",
            EVERYONE,
            lambda o: {"uidb64": "MQ", "token": "set-password"},
            data=lambda o, k: {},
        ),
    ]

    # --- Django's admin and django-rq: staff only (no role is staff) ---------------------------
    # django-tasks-db's task results and django-rq's placeholder model are read-only there, for
    # the superuser too.
    read_only_admin = ("dbtaskresult", "django_rq/dashboard/")
    for route in (
        "django-admin/password_change/",
        "django-admin/django_tasks_database/dbtaskresult/add/",
        "django-admin/wagtaildocs/document/add/",
        "django-admin/wagtailimages/image/add/",
        "django-admin/django_rq/dashboard/add/",
        "django-admin/auth/group/add/",
        "django-admin/auth/user/add/",
        "django-admin/taggit/tag/add/",
        "django-admin/taggit/tag/merge-tags/",
    ):
        refused_to_all = any(part in route for part in read_only_admin)
        cases.append(C(route, NOBODY, data=lambda o, k: {}, superuser_refused=refused_to_all))
    for route, target in (
        ("django-admin/auth/group/<path:object_id>/change/", "group"),
        ("django-admin/auth/group/<path:object_id>/delete/", "group"),
        ("django-admin/auth/user/<path:object_id>/change/", "user"),
        ("django-admin/auth/user/<path:object_id>/delete/", "user"),
        ("django-admin/auth/user/<id>/password/", "user"),
        ("django-admin/taggit/tag/<path:object_id>/change/", "tag"),
        ("django-admin/taggit/tag/<path:object_id>/delete/", "tag"),
        ("django-admin/django_tasks_database/dbtaskresult/<path:object_id>/change/", "task_result"),
        ("django-admin/django_tasks_database/dbtaskresult/<path:object_id>/delete/", "task_result"),
        ("django-admin/wagtaildocs/document/<path:object_id>/change/", "document"),
        ("django-admin/wagtaildocs/document/<path:object_id>/delete/", "document"),
        ("django-admin/wagtailimages/image/<path:object_id>/change/", "image"),
        ("django-admin/wagtailimages/image/<path:object_id>/delete/", "image"),
    ):
        cases.append(
            C(
                route,
                NOBODY,
                lambda o, target=target: {
                    "object_id": o.django_admin_objects[target].pk,
                    "id": o.django_admin_objects[target].pk,
                },
                data=lambda o, k: {},
                superuser_refused=target == "task_result",
            )
        )
    cases.append(C("django-admin/login/", EVERYONE, data=lambda o, k: {}))
    # django-axes' records of sign-in attempts: read-only in Django's admin, except that the
    # superuser may delete one (which lifts a pause).
    for model in ("accessattempt", "accesslog", "accessfailurelog"):
        route = f"django-admin/axes/{model}/"
        target = lambda o, model=model: {"object_id": o.axes_records[model].pk}  # noqa: E731
        cases += [
            C(route + "add/", NOBODY, data=lambda o, k: {}, superuser_refused=True),
            C(route + "<path:object_id>/change/", NOBODY, target, data=lambda o, k: {}),
            C(
                route + "<path:object_id>/delete/",
                NOBODY,
                target,
                data=lambda o, k: {"post": "yes"},
            ),
        ]
    # django-rq's dashboard acts on RQ queues and jobs this test does not make: only the roles'
    # rows are checked (every one refused; nobody here is staff).
    rq = "django-admin/django_rq/dashboard/"
    for tail, kwargs in (
        ("<path:object_id>/change/", {"object_id": 1}),
        ("<path:object_id>/delete/", {"object_id": 1}),
        ("queues/<int:queue_index>/failed/clear/", {"queue_index": 0}),
        ("queues/<int:queue_index>/empty/", {"queue_index": 0}),
        ("queues/<int:queue_index>/requeue-all/", {"queue_index": 0}),
        ("queues/confirm-action/<int:queue_index>/", {"queue_index": 0}),
        ("queues/actions/<int:queue_index>/", {"queue_index": 0}),
        ("queues/<int:queue_index>/<str:job_id>/delete/", {"queue_index": 0, "job_id": "x"}),
        ("queues/<int:queue_index>/<str:job_id>/requeue/", {"queue_index": 0, "job_id": "x"}),
        ("queues/<int:queue_index>/<str:job_id>/enqueue/", {"queue_index": 0, "job_id": "x"}),
        ("queues/<int:queue_index>/<str:job_id>/stop/", {"queue_index": 0, "job_id": "x"}),
    ):
        cases.append(
            C(rq + tail, NOBODY, lambda o, kwargs=kwargs: kwargs, superuser_unchecked=True)
        )

    # --- the public API and site: signing is everyone's; the scheduler's routes its token's --
    cases += [
        C(
            "api/v1/petitions/<db_id:page_id>/signatures/",
            EVERYONE,
            lambda o: {"page_id": o.petition["kk"].pk},
            data=lambda o, k: {},
            extra={"json": True},
        ),
        C(
            "api/v1/signatures/confirm/",
            EVERYONE,
            data=lambda o, k: {"token": "x"},
            extra={"json": True},
        ),
        C(
            "api/v1/signatures/withdraw/",
            EVERYONE,
            data=lambda o, k: {"token": "x"},
            extra={"json": True},
        ),
        C("signatures/confirm/", EVERYONE, data=lambda o, k: {"token": "x"}),
        C("ru/signatures/confirm/", EVERYONE, data=lambda o, k: {"token": "x"}),
        # Registering for an event is everyone's too, like signing.
        C(
            "api/v1/events/<db_id:page_id>/registrations/",
            EVERYONE,
            lambda o: {"page_id": o.event["kk"].pk},
            data=lambda o, k: {},
            extra={"json": True},
        ),
        C(
            "api/v1/events/registrations/confirm/",
            EVERYONE,
            data=lambda o, k: {"token": "x"},
            extra={"json": True},
        ),
        C(
            "api/v1/events/registrations/cancel/",
            EVERYONE,
            data=lambda o, k: {"token": "x"},
            extra={"json": True},
        ),
        C("ru/events/registration/confirm/", EVERYONE, data=lambda o, k: {"token": "x"}),
        # Contributing to a consultation and supporting a proposal: everyone's, like signing.
        C(
            "api/v1/consultations/<db_id:page_id>/contribute/",
            EVERYONE,
            lambda o: {"page_id": o.consultation["kk"].pk},
            data=lambda o, k: {},
            extra={"json": True},
        ),
        C(
            "api/v1/consultations/contributions/<db_id:contribution_id>/support/",
            EVERYONE,
            lambda o: {"contribution_id": o.published_proposal.pk},
            data=lambda o, k: {},
            extra={"json": True},
        ),
        C(
            "api/v1/consultations/contributions/confirm/",
            EVERYONE,
            data=lambda o, k: {"token": "x"},
            extra={"json": True},
        ),
        C(
            "api/v1/consultations/supports/confirm/",
            EVERYONE,
            data=lambda o, k: {"token": "x"},
            extra={"json": True},
        ),
        C("ru/consultations/confirm/", EVERYONE, data=lambda o, k: {"token": "x"}),
        C("ru/consultations/support/", EVERYONE, data=lambda o, k: {"token": "x"}),
        C("ru/events/registration/cancel/", EVERYONE, data=lambda o, k: {"token": "x"}),
        C(
            "api/v1/scheduler/posts/claim-next/",
            {SCHEDULER},
            data=lambda o, k: {},
            extra={"json": True},
            superuser_refused=True,  # a bearer token, never a session
        ),
        C(
            "api/v1/scheduler/posts/<db_id:post_id>/claim/",
            {SCHEDULER},
            lambda o: {"post_id": o.approved_post.pk},
            data=lambda o, k: {},
            extra={"json": True},
            superuser_refused=True,  # a bearer token, never a session
        ),
        C(
            "api/v1/scheduler/posts/<db_id:post_id>/result/",
            {SCHEDULER},
            lambda o: {"post_id": o.approved_post.pk},
            data=lambda o, k: {"status": "posted"},
            extra={"json": True},
            superuser_refused=True,  # a bearer token, never a session
        ),
        C(
            "documents/authenticate_with_password/<int:restriction_id>/",
            EVERYONE,
            lambda o: {"restriction_id": o.collection_restriction.pk},
            data=lambda o, k: {"password": "wrong", "return_url": "/"},
        ),
        C(
            "ru/_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
            EVERYONE,
            lambda o: {
                "page_view_restriction_id": o.restriction.pk,
                "page_id": o.restriction.page_id,
            },
            data=lambda o, k: {"password": "wrong"},
        ),
        C(
            "ru/_util/login/",
            EVERYONE,
            data=lambda o, k: {"username": "nobody", "password": "wrong"},
        ),
    ]
    return cases


PO_TEXT = "Матрица аудармасы"


def po_file_for(world, kwargs):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail_localize.models import Translation

    po = Translation.objects.get(pk=kwargs["translation_id"]).export_po()
    for entry in po:
        entry.msgstr = PO_TEXT
    return SimpleUploadedFile("page.po", str(po).encode(), content_type="text/x-gettext")


def po_imported(world, kwargs):
    from wagtail_localize.models import StringTranslation, Translation

    translation = Translation.objects.get(pk=kwargs["translation_id"])
    return StringTranslation.objects.filter(locale=translation.target_locale, data=PO_TEXT).exists()


def copy_form(world, kwargs):
    return browser_form(world, f"/admin/pages/{kwargs['page_id']}/copy/")


def snippet_edit_form(world, kwargs):
    return {}


def api_action_target(world, action, lang):
    if action == "convert_alias":
        return world.alias[lang]
    if action == "copy_for_translation":
        return world.untranslated
    return world.article[lang]


def api_action_body(world, action, lang):
    if action in ("copy", "create_alias"):
        return {"destination_page_id": world.article_index[lang].pk}
    if action == "move":
        return {"destination_page_id": world.article_index[lang].pk, "position": "last-child"}
    if action == "copy_for_translation":
        return {"locale": "kk", "copy_parents": True}
    if action == "revert_to_page_revision":
        return {"revision_id": world.article[lang].latest_revision_id}
    return {}


def bulk_page_body(world, lang, action):
    body = {}
    if action == "move":
        body["chooser"] = world.article_index[lang].pk
    return body


CASES = _cases()


# --- the demo tree and the people -------------------------------------------------------------


def _member(username, group):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@tendik.kz", password="x"
    )
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture(scope="module")
def matrix_world(django_db_setup, django_db_blocker):
    """The demo content, the people of each role, and one object of each kind the cases need;
    made once for this module, in a transaction rolled back after."""
    with rolled_back_demo(django_db_blocker):
        yield _world()


def _pending_contribution(consultation):
    """A confirmed contribution awaiting moderation, on the consultation's first article."""
    from consultations.contributions import articles_of
    from consultations.models import Contribution

    article_id, article = next(iter(articles_of(consultation).items()))
    return Contribution.objects.create(
        consultation_key=consultation.translation_key,
        article_id=article_id,
        article_number=article["number"],
        kind=Contribution.Kind.PROPOSAL,
        proposed_wording="Матрица",
        text="Матрица",
        full_name="Матрица",
        email="matrix@example.kz",
        locale="ru",
        status=Contribution.Status.PENDING,
    )


def _published_proposal():
    """One of the demo's published proposals: anyone may support it."""
    from consultations.models import Contribution

    return Contribution.objects.filter(
        status=Contribution.Status.PUBLISHED, kind=Contribution.Kind.PROPOSAL
    ).first()


def _world():
    from django.contrib.contenttypes.models import ContentType
    from django.core.files.base import ContentFile
    from django_tasks_db.models import DBTaskResult
    from taggit.models import Tag
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.models import UploadedFile
    from wagtail_localize.models import (
        OverridableSegment,
        StringSegment,
        Translation,
        TranslationSource,
    )

    from api.webhooks.models import WebhookDelivery, WebhookSubscription
    from articles.models import AnalyticalArticlePage, ArticleIndexPage, VideoIndexPage
    from campaigns.models import CampaignIndexPage, PetitionPage, SocialPost
    from cms.models import Author, Partner, Topic
    from events.models import AudienceCategory, EventPage, Registration
    from tests import factories

    people = {
        EDITOR: _member("matrix-editor", EDITORS),
        REVIEWER: _member("matrix-reviewer", REVIEWERS),
        KK: _member("matrix-kk", TRANSLATORS["kk"]),
        EN: _member("matrix-en", TRANSLATORS["en"]),
    }
    superuser = get_user_model().objects.create_superuser(
        username="matrix-admin", email="admin@tendik.kz", password="x"
    )
    output = StringIO()
    call_command(
        "api_tokens", "create", "--user", SCHEDULER_USERNAME, "--name", "matrix", stdout=output
    )
    locales = {locale.language_code: locale for locale in Locale.objects.all()}

    def in_languages(model, ru_object):
        return {
            obj.locale.language_code: obj
            for obj in model.objects.filter(
                translation_key=ru_object.translation_key
            ).select_related("locale")
        }

    def first_ru(model, offset=0):
        return model.objects.filter(locale__language_code="ru").order_by("pk")[offset]

    ru_articles = AnalyticalArticlePage.objects.filter(locale__language_code="ru", live=True)
    article = in_languages(AnalyticalArticlePage, ru_articles.order_by("pk")[0])
    article_index = in_languages(ArticleIndexPage, first_ru(ArticleIndexPage))
    video_index = in_languages(VideoIndexPage, first_ru(VideoIndexPage))
    campaign_index = in_languages(CampaignIndexPage, first_ru(CampaignIndexPage))
    petition = in_languages(PetitionPage, first_ru(PetitionPage))
    from consultations.models import ConsultationPage

    consultation = in_languages(ConsultationPage, first_ru(ConsultationPage))
    # The demo's upcoming event, open for registration.
    event = in_languages(
        EventPage, EventPage.objects.filter(locale__language_code="ru").order_by("-starts_at")[0]
    )
    snippets = {
        name: in_languages(model, first_ru(model))
        for name, model in (
            ("topic", Topic),
            ("author", Author),
            ("partner", Partner),
            ("audiencecategory", AudienceCategory),
        )
    }

    # Each article has an unpublished change (what a bulk publish would put live).
    for page in article.values():
        page.title += " (черновик)"
        page.save_revision(user=superuser)
        page.refresh_from_db()

    # Pages in review: another article, submitted in ru (Editorial review) and kk (Translation
    # review).
    second = in_languages(AnalyticalArticlePage, ru_articles.order_by("pk")[1])
    in_review, task_state = {}, {}
    for lang in ("ru", "kk"):
        page = second[lang]
        page.save_revision(user=superuser)
        in_review[lang] = page
        task_state[lang] = page.get_workflow().start(page, superuser).current_task_state

    # An alias in each tree (of the third article, under that language's analytics section).
    third = in_languages(AnalyticalArticlePage, ru_articles.order_by("pk")[2])
    alias = {
        lang: third["ru"].create_alias(
            parent=article_index[lang], update_slug=f"alias-{lang}", update_locale=locales[lang]
        )
        for lang in ("ru", "kk", "en")
    }

    # A Russian page and topic nobody has translated yet.
    untranslated = factories.AnalyticalArticlePageFactory(
        parent=article_index["ru"], title="Непереведённая статья"
    )
    untranslated.save_revision().publish()
    untranslated_topic = factories.TopicFactory(name="Непереведённая тема", locale=locales["ru"])

    # wagtail-localize's records for the first article (a string and, if any, an override).
    source = TranslationSource.objects.get(object_id=article["ru"].translation_key)
    translation = {
        lang: Translation.objects.get(source=source, target_locale=locales[lang])
        for lang in ("kk", "en")
    }
    page_keys = Page.objects.filter(locale__language_code="ru").values("translation_key")
    overridable = (
        OverridableSegment.objects.select_related("source")
        .filter(source__object_id__in=page_keys, source__translations__target_locale=locales["kk"])
        .first()
    )
    if overridable is not None and overridable.source_id != source.pk:
        override_translation = {
            lang: Translation.objects.get(source=overridable.source, target_locale=locales[lang])
            for lang in ("kk", "en")
        }
    else:
        override_translation = translation
    topic_source = TranslationSource.objects.get(object_id=snippets["topic"]["ru"].translation_key)

    def media_upload(model_label, name, content):
        app_label, model = model_label.split(".")
        return UploadedFile.objects.create(
            for_content_type=ContentType.objects.get(app_label=app_label, model=model),
            file=ContentFile(content, name=name),
            uploaded_by_user=superuser,
        )

    image = factories.ImageFactory(title="Матрица")
    from wagtail.documents import get_document_model

    document = get_document_model().objects.create(
        title="Матрица", file=ContentFile(b"%PDF-1.4 matrix", name="matrix.pdf")
    )
    social_post = factories.SocialPostFactory(page=article["ru"])
    from django.utils import timezone

    approved_post = factories.SocialPostFactory(
        page=article["ru"], state=SocialPost.State.APPROVED, publish_at=timezone.now()
    )
    webhook = WebhookSubscription(
        name="Matrix", url="http://127.0.0.1:9/", events=["page.published"]
    )
    webhook.set_new_secret()
    webhook.save()
    delivery = WebhookDelivery.objects.create(
        subscription=webhook, event="page.published", payload="{}"
    )
    restriction = PageViewRestriction.objects.create(
        page=untranslated, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    child_collection = Collection.get_first_root_node().add_child(name="Матрица")
    collection_restriction = CollectionViewRestriction.objects.create(
        collection=child_collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="secret",
    )
    task_result = DBTaskResult.objects.create(
        args_kwargs={"args": [0], "kwargs": {}},
        task_path="outbox.delivery.deliver_email",
        backend_name="default",
        run_after=timezone.now(),
        exception_class_path="",
        traceback="",
    )
    return SimpleNamespace(
        people=people,
        superuser=superuser,
        scheduler_token=output.getvalue().strip(),
        article=article,
        article_index=article_index,
        video_index=video_index,
        campaign_index=campaign_index,
        petition=petition,
        consultation=consultation,
        contribution=_pending_contribution(consultation["ru"]),
        published_proposal=_published_proposal(),
        event=event,
        registration=Registration.objects.filter(event_key=event["ru"].translation_key)
        .order_by("pk")
        .first(),
        alias=alias,
        snippets=snippets,
        in_review=in_review,
        task_state=task_state,
        untranslated=untranslated,
        untranslated_topic=untranslated_topic,
        translation_source=source,
        translation=translation,
        string_segment=StringSegment.objects.filter(source=source).first(),
        override_translation=override_translation,
        overridable_segment=overridable,
        snippet_translation={
            lang: Translation.objects.get(source=topic_source, target_locale=locales[lang])
            for lang in ("kk", "en")
        },
        snippet_segment=StringSegment.objects.filter(source=topic_source).first(),
        locales=locales,
        site=Site.objects.get(is_default_site=True),
        root_collection=Collection.get_first_root_node(),
        child_collection=child_collection,
        collection_restriction=collection_restriction,
        workflow=Workflow.objects.get(name="Translation review"),
        task=Task.objects.first(),
        home=Page.objects.get(depth=2, locale__language_code="ru"),
        groups={"editors": Group.objects.get(name=EDITORS)},
        target_user=get_user_model().objects.create_user(username="matrix-target", password="x"),
        media={"image": image, "document": document},
        uploaded_image=media_upload("wagtailimages.image", "matrix.png", b"png"),
        uploaded_document=media_upload("wagtaildocs.document", "matrix.txt", b"text"),
        social_post=social_post,
        approved_post=approved_post,
        redirect=Redirect.objects.create(old_path="/matrix", redirect_link="/ru/"),
        webhook=webhook,
        delivery=delivery,
        restriction=restriction,
        django_admin_objects={
            "task_result": task_result,
            "document": document,
            "image": image,
            "group": Group.objects.get(name=EDITORS),
            "user": people[EDITOR],
            "tag": Tag.objects.get_or_create(name="matrix", slug="matrix")[0],
        },
        axes_records=_axes_records(),
        forms={},
    )


def _axes_records():
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    where = {"user_agent": "matrix", "ip_address": "192.0.2.1", "username": "nobody"}
    return {
        "accessattempt": AccessAttempt.objects.create(
            **where, http_accept="*/*", path_info="/admin/login/", failures_since_start=1
        ),
        "accesslog": AccessLog.objects.create(**where, http_accept="*/*", path_info="/admin/"),
        "accessfailurelog": AccessFailureLog.objects.create(
            **where, http_accept="*/*", path_info="/admin/login/"
        ),
    }


# --- what a browser would send ------------------------------------------------------------------


class FormFields(HTMLParser):
    """The fields of the first POST form of a page, as a browser would submit them."""

    def __init__(self, form_id=None):
        super().__init__(convert_charrefs=True)
        self.form_id, self.fields = form_id, []
        self.in_form, self.done, self.textarea, self.select = False, False, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and not self.done and (attrs.get("method") or "").lower() == "post":
            if self.form_id is None or attrs.get("id") == self.form_id:
                self.in_form = True
        if not self.in_form:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = (attrs.get("type") or "text").lower()
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.fields.append((name, attrs.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "textarea" and name:
            self.textarea = [name, ""]
        elif tag == "select" and name:
            self.select = [name, None, "multiple" in attrs]
        elif tag == "option" and self.select is not None:
            value = attrs.get("value", "")
            if "selected" in attrs:
                self.fields.append((self.select[0], value))
                self.select[1] = "chosen"
            elif self.select[1] is None and not self.select[2]:
                self.select[1] = value  # the first option, unless another is selected

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self.textarea is not None:
            self.fields.append(tuple(self.textarea))
            self.textarea = None
        elif tag == "select" and self.select is not None:
            if self.select[1] not in (None, "chosen"):
                self.fields.append((self.select[0], self.select[1]))
            self.select = None
        elif tag == "form" and self.in_form:
            self.in_form, self.done = False, True


def browser_form(world, path, form_id=None):
    """The form at `path` as the superuser sees it, filled as it is: what anyone who had the
    page open would post."""
    key = (path, form_id)
    if key not in world.forms:
        client = Client()
        client.force_login(world.superuser)
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        parser = FormFields(form_id)
        parser.feed(response.content.decode())
        data = {}
        for name, value in parser.fields:
            if name != "csrfmiddlewaretoken":  # each role sends its own, in a header
                data.setdefault(name, []).append(value)
        world.forms[key] = data
    return world.forms[key]


# --- how a role asks, and what counts as refused -------------------------------------------------

LOGIN_PATHS = ("/admin/login/", "/django-admin/login/", "/ru/_util/login/", "/accounts/login/")


def client_for(world, role):
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.cookies["csrftoken"] = CSRF_SECRET
    headers = {"HTTP_X_CSRFTOKEN": CSRF_SECRET}
    if role == SCHEDULER:
        headers["HTTP_AUTHORIZATION"] = f"Bearer {world.scheduler_token}"
    elif role == "superuser":
        client.force_login(world.superuser)
    elif role != ANONYMOUS:
        client.force_login(world.people[role])
    return client, headers


def refused(response) -> bool:
    if response.status_code in (401, 403, 404):
        return True
    if response.status_code in (301, 302, 303):
        location = response["Location"].split("?")[0]
        if location.startswith("http"):
            location = "/" + location.split("/", 3)[-1]
        if location in LOGIN_PATHS:
            return True
        # A 404 under /admin/ becomes LocaleMiddleware's redirect to /ru/admin/..., which the
        # site answers 404 too.
        if location == "/ru" + response.wsgi_request.path:
            return True
        # Wagtail's "Sorry, you do not have permission to access this area." is an error
        # message and a redirect to the dashboard; so are our own refusals.
        errors = [m for m in get_messages(response.wsgi_request) if m.level == ERROR]
        return bool(errors) and location == "/admin/"
    return False


def attempt(world, case, role):
    client, headers = client_for(world, role)
    kwargs = case.kwargs(world) if case.kwargs else {}
    if case.extra.get("revision"):
        kwargs["revision_id"] = Page.objects.get(pk=kwargs["page_id"]).latest_revision_id
    url = url_for(case.route, kwargs)
    if "query" in case.extra:
        url += "?" + urlencode(case.extra["query"](world), doseq=True)
    data = case.data(world, kwargs) if case.data else {}
    with transaction.atomic():
        if case.method == "POST" and case.extra.get("json"):
            response = client.post(
                url, json.dumps(data), content_type="application/json", **headers
            )
        elif case.method == "POST":
            response = client.post(url, data, **headers)
        elif case.method in ("PUT", "DELETE"):
            response = getattr(client, case.method.lower())(
                url, urlencode(data), content_type="application/x-www-form-urlencoded", **headers
            )
        else:
            response = client.get(url, data, **headers)
        response.took_effect = case.effect(world, kwargs) if case.effect else None
        transaction.set_rollback(True)
    return response


def got_through(case, response) -> bool:
    if case.effect is not None:
        return response.took_effect
    if response.status_code >= 500:
        return case.known_server_error
    return not refused(response)


# --- the tests ---------------------------------------------------------------------------------


def all_routes():
    """Every route, the language trees' under the Russian prefix (the routes are the same in
    every language; which prefix str() gives depends on the language active, which an earlier
    request may have left on)."""

    def walk(patterns, prefix=""):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, route)
            else:
                yield route

    with translation.override("ru"):
        return set(walk(get_resolver().url_patterns))


def test_every_route_is_classified():
    routes = all_routes()
    tested = {case.route for case in CASES}
    unclassified = sorted(routes - READ_ONLY - DEBUG_ONLY - tested)
    assert not unclassified, (
        "Routes nobody has classified (add them to READ_ONLY, or cases saying who may use them): "
        + "\n".join(unclassified)
    )
    gone = sorted((READ_ONLY | tested) - routes)
    assert not gone, "Classified routes that no longer exist: " + "\n".join(gone)


def test_every_registered_bulk_action_has_cases():
    bulk_action_registry._scan_for_bulk_actions()
    registered = {
        (app, model, action)
        for app, models in bulk_action_registry.actions.items()
        for model, actions in models.items()
        for action in actions
    }
    tested = {case.extra["bulk"] for case in CASES if "bulk" in case.extra}
    assert registered == tested


@pytest.mark.django_db
def test_each_role_may_change_exactly_what_its_role_allows(matrix_world):
    mismatches, observed = [], []
    for case in CASES:
        # Where a role is allowed, its success already shows the request is sound; where every
        # role is refused, the superuser must get through (or be refused by design).
        if not case.superuser_unchecked and (not case.allowed or case.superuser_refused):
            superuser = attempt(matrix_world, case, "superuser")
            if got_through(case, superuser) == case.superuser_refused:
                mismatches.append(f"{case.name}: superuser got {superuser.status_code}")
        for role in ROLES:
            response = attempt(matrix_world, case, role)
            allowed = got_through(case, response)
            observed.append((case.name, role, response.status_code, allowed))
            if response.status_code >= 500 and not case.known_server_error:
                mismatches.append(f"{case.name}: {role} got {response.status_code}")
            elif allowed != (role in case.allowed):
                mismatches.append(
                    f"{case.name}: {role} {'allowed' if allowed else 'refused'} "
                    f"({response.status_code})"
                )
    print(
        "\n".join(f"{n} | {r} | {s} | {'ALLOWED' if a else 'refused'}" for n, r, s, a in observed)
    )
    assert not mismatches, "\n".join(mismatches)
