"""The newsroom's roles and review workflows, set on each language's page tree.

Editors write and publish in the Russian tree; Kazakh and English translators edit only their
own tree and never publish; Reviewers approve and publish everywhere. A moderation workflow on
each home page routes what is submitted to the Reviewers, who get an email from Wagtail.

`apply_roles` takes a model getter so the data migration (with historical models) and the
runtime (when a language's home page is created later, usually by translating the Russian one)
share one definition.
"""

from cms.languages import SOURCE_LANGUAGE

# Stored in English; shown in the reader's language (translations/display_names.py).
EDITORS = "Editors"
REVIEWERS = "Reviewers"
SOCIAL_SCHEDULER = "Social scheduler"
TRANSLATORS = {"kk": "Translators kk", "en": "Translators en"}

EDITORIAL_REVIEW = "Editorial review"
TRANSLATION_REVIEW = "Translation review"
EDITORIAL_APPROVAL = "Editorial approval"
TRANSLATION_APPROVAL = "Translation approval"

PAGE_WRITER = ["add_page", "change_page", "lock_page"]
PAGE_PUBLISHER = [*PAGE_WRITER, "publish_page", "unlock_page"]
SNIPPET_MODELS = ["topic", "author", "partner"]  # in the cms app


def apply_roles(get_model):
    """Creates or updates the groups, their permissions and the workflows (idempotent)."""
    group_model = get_model("auth", "Group")
    groups = {
        name: group_model.objects.get_or_create(name=name)[0]
        for name in [EDITORS, REVIEWERS, SOCIAL_SCHEDULER, *TRANSLATORS.values()]
    }
    permission = _permission_getter(get_model)
    staff = [groups[EDITORS], groups[REVIEWERS], *(groups[name] for name in TRANSLATORS.values())]
    for group in staff:
        group.permissions.add(permission("wagtailadmin", "access_admin"))

    # Snippets: editors and reviewers manage them; translators only edit (their own language's,
    # which translations/wagtail_hooks.py enforces, since Wagtail's permissions are per model).
    for model in SNIPPET_MODELS:
        for group in (groups[EDITORS], groups[REVIEWERS]):
            for action in ("add", "change", "delete"):
                group.permissions.add(permission("cms", f"{action}_{model}"))
        for name in TRANSLATORS.values():
            groups[name].permissions.add(permission("cms", f"change_{model}"))
    for group in (groups[EDITORS], groups[REVIEWERS]):
        group.permissions.add(permission("wagtail_localize", "submit_translation"))

    _collection_permissions(get_model, permission, groups)
    _retire_wagtail_default_moderation(get_model, groups)
    _workflows(get_model, groups)
    for home in get_model("wagtailcore", "Page").objects.filter(depth=2):
        apply_home(get_model, home)


def apply_signature_roles(get_model):
    """Editors and reviewers see petitions' signatures and may invalidate them; the email
    addresses in exports need `campaigns.export_signature_emails`, which no group gets by
    default: an administrator grants it to the people the NGO names."""
    group_model = get_model("auth", "Group")
    permission = _permission_getter(get_model)
    for name in (EDITORS, REVIEWERS):
        group = group_model.objects.filter(name=name).first()
        if group is not None:
            for codename in ("view_signature", "change_signature"):
                group.permissions.add(permission("campaigns", codename))


def apply_event_roles(get_model):
    """Audience categories (events.AudienceCategory) are a translatable snippet like topics:
    editors and reviewers manage them, translators edit their own language's."""
    group_model = get_model("auth", "Group")
    permission = _permission_getter(get_model)
    for name in (EDITORS, REVIEWERS):
        group = group_model.objects.get_or_create(name=name)[0]
        for action in ("add", "change", "delete"):
            group.permissions.add(permission("events", f"{action}_audiencecategory"))
    for name in TRANSLATORS.values():
        group = group_model.objects.get_or_create(name=name)[0]
        group.permissions.add(permission("events", "change_audiencecategory"))


def apply_registration_roles(get_model):
    """Editors and reviewers, who organise the events, see their registrations and act on them
    (approve, decline, promote, cancel); full email addresses need
    `events.export_registrant_emails`, which no group gets by default, like signers'."""
    group_model = get_model("auth", "Group")
    permission = _permission_getter(get_model)
    for name in (EDITORS, REVIEWERS):
        group = group_model.objects.get_or_create(name=name)[0]
        for codename in ("view_registration", "change_registration"):
            group.permissions.add(permission("events", codename))


def apply_contribution_roles(get_model):
    """Editors and reviewers moderate contributions to consultations (publish, hide, give a
    disposition, merge); full addresses in exports need
    `consultations.export_contributor_emails`, which no group gets by default."""
    group_model = get_model("auth", "Group")
    permission = _permission_getter(get_model)
    for name in (EDITORS, REVIEWERS):
        group = group_model.objects.get_or_create(name=name)[0]
        for codename in ("view_contribution", "change_contribution"):
            group.permissions.add(permission("consultations", codename))


SCHEDULER_USERNAME = "scheduler"


def apply_social_roles(get_model):
    """Editors write social posts, Reviewers also approve them, and the external scheduler acts
    as the service user `scheduler` (no password, no admin access; it authenticates with API
    tokens made by `manage.py api_tokens create --user scheduler --name ...`)."""
    group_model = get_model("auth", "Group")
    permission = _permission_getter(get_model)
    writer = [f"{action}_socialpost" for action in ("view", "add", "change", "delete")]
    for name, codenames in (
        (EDITORS, writer),
        (REVIEWERS, [*writer, "approve_socialpost"]),
        (SOCIAL_SCHEDULER, ["schedule_socialpost"]),
    ):
        group = group_model.objects.get_or_create(name=name)[0]
        for codename in codenames:
            group.permissions.add(permission("campaigns", codename))
    user_model = get_model("auth", "User")
    scheduler, created = user_model.objects.get_or_create(
        username=SCHEDULER_USERNAME,
        defaults={"is_active": True, "password": "!" + "scheduler-has-no-password"},
    )
    scheduler.groups.add(group_model.objects.get(name=SOCIAL_SCHEDULER))


def apply_home(get_model, home):
    """Gives the roles their rights on one language's home page (so on its whole tree) and
    attaches that language's workflow."""
    group_model = get_model("auth", "Group")
    language = get_model("wagtailcore", "Locale").objects.get(pk=home.locale_id).language_code
    permission = _permission_getter(get_model)
    page_permission = get_model("wagtailcore", "GroupPagePermission")

    def grant(group_name, codenames):
        group = group_model.objects.filter(name=group_name).first()
        if group is None:  # roles not created yet: the migration will grant it
            return
        for codename in codenames:
            page_permission.objects.get_or_create(
                group=group, page_id=home.pk, permission=permission("wagtailcore", codename)
            )

    grant(REVIEWERS, PAGE_PUBLISHER)
    if language == SOURCE_LANGUAGE:
        grant(EDITORS, PAGE_PUBLISHER)
        workflow_name = EDITORIAL_REVIEW
    elif language in TRANSLATORS:
        grant(TRANSLATORS[language], PAGE_WRITER)
        workflow_name = TRANSLATION_REVIEW
    else:
        return
    workflow = get_model("wagtailcore", "Workflow").objects.filter(name=workflow_name).first()
    if workflow is not None:
        get_model("wagtailcore", "WorkflowPage").objects.update_or_create(
            page_id=home.pk, defaults={"workflow": workflow}
        )


def _permission_getter(get_model):
    permission_model = get_model("auth", "Permission")
    cache = {}

    def permission(app_label, codename):
        key = (app_label, codename)
        if key not in cache:
            cache[key] = permission_model.objects.get(
                content_type__app_label=app_label, codename=codename
            )
        return cache[key]

    return permission


def _collection_permissions(get_model, permission, groups):
    collection = get_model("wagtailcore", "Collection").objects.filter(depth=1).first()
    if collection is None:
        return
    collection_permission = get_model("wagtailcore", "GroupCollectionPermission")
    grants = {
        EDITORS: ["add", "change", "choose"],
        REVIEWERS: ["add", "change", "choose", "delete"],
        **{name: ["choose"] for name in TRANSLATORS.values()},
    }
    for group_name, actions in grants.items():
        for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
            for action in actions:
                collection_permission.objects.get_or_create(
                    group=groups[group_name],
                    collection=collection,
                    permission=permission(app_label, f"{action}_{model}"),
                )


def _retire_wagtail_default_moderation(get_model, groups):
    """Wagtail installs 'Editors' with rights over every tree from the root, a 'Moderators'
    group and a workflow for it on the root; our roles replace them."""
    page_permission = get_model("wagtailcore", "GroupPagePermission")
    page_permission.objects.filter(group=groups[EDITORS], page__depth=1).delete()
    group_model = get_model("auth", "Group")
    moderators = group_model.objects.filter(name="Moderators", user__isnull=True).first()
    if moderators is not None:
        page_permission.objects.filter(group=moderators).delete()
        get_model("wagtailcore", "Workflow").objects.filter(
            name="Moderators approval", workflow_pages__page__depth=1
        ).update(active=False)
        get_model("wagtailcore", "WorkflowPage").objects.filter(page__depth=1).delete()
        moderators.delete()


def _workflows(get_model, groups):
    content_type = get_model("contenttypes", "ContentType").objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )[0]
    task_model = get_model("wagtailcore", "GroupApprovalTask")
    workflow_model = get_model("wagtailcore", "Workflow")
    workflow_task = get_model("wagtailcore", "WorkflowTask")
    for workflow_name, task_name in (
        (EDITORIAL_REVIEW, EDITORIAL_APPROVAL),
        (TRANSLATION_REVIEW, TRANSLATION_APPROVAL),
    ):
        task = task_model.objects.filter(name=task_name).first()
        if task is None:
            task = task_model.objects.create(name=task_name, content_type=content_type, active=True)
        task.groups.add(groups[REVIEWERS])
        workflow = workflow_model.objects.get_or_create(
            name=workflow_name, defaults={"active": True}
        )[0]
        workflow_task.objects.get_or_create(
            workflow=workflow, task=task, defaults={"sort_order": 0}
        )
