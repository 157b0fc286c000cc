"""A translated page's slug (issue 16, item 5a): what a translator types in wagtail-localize's
editor is transliterated, not stripped of its Kazakh letters; what cannot be a slug is refused
in the translator's language; an untyped slug comes from the translated title, whole words only.

Everything goes over HTTP as the translation editor sends it, CSRF checks on, as a member of
"Translators kk"."""

from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from cms.transliteration import SLUG_MAX_LENGTH, make_slug
from translations.roles import TRANSLATORS

pytestmark = pytest.mark.django_db

# A title longer than the 40 characters the reported kk slug was cut at.
KAZAKH_TITLE = "Жалақыдағы гендерлік алшақтық: 2024 жылдың қорытындылары"
KAZAKH_TITLE_SLUG = "zhalaqydaghy-genderlik-alshaqtyq-2024-zhyldyng-qorytyndylary"


@pytest.fixture
def kazakh(admin_client, locales, home, russian_tree, submit_translation):
    """The article's Kazakh draft, nothing translated yet, and its translator's browser."""
    submit_translation(admin_client, home, locales)
    article = russian_tree["article"]
    translation = Translation.objects.get(
        source__object_id=article.translation_key, target_locale=locales["kk"]
    )
    user = get_user_model().objects.create_user(username="kk-translator", password="x")
    user.groups.add(Group.objects.get(name=TRANSLATORS["kk"]))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "kk"  # a Kazakh translator works in a Kazakh admin
    profile.save()
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(user)
    browser.get("/admin/")  # sets the CSRF cookie, as any admin page does
    segments = list(
        StringSegment.objects.filter(source=translation.source).select_related("context")
    )
    return {
        "ru": article,
        "page": article.get_translation(locales["kk"]),
        "translation": translation,
        "browser": browser,
        "segments": segments,
    }


def type_into(kazakh, path, value, segment=None):
    """What the translation editor sends when the translator saves one segment."""
    browser = kazakh["browser"]
    if segment is None:
        (segment,) = [each for each in kazakh["segments"] if each.context.path == path]
    return browser.put(
        f"/admin/localize/translate/{kazakh['translation'].pk}/strings/{segment.pk}/edit/",
        urlencode({"value": value}),
        content_type="application/x-www-form-urlencoded",
        HTTP_X_CSRFTOKEN=browser.cookies["csrftoken"].value,
    )


def translate_the_rest(kazakh):
    """Every text segment but the title and the slug."""
    for segment in kazakh["segments"]:
        path = segment.context.path
        if path not in {"title", "slug"}:
            response = type_into(kazakh, path, "Қазақша мәтін", segment)
            assert response.status_code in {200, 201}, path


def submit(kazakh, django_capture_on_commit_callbacks):
    browser = kazakh["browser"]
    with django_capture_on_commit_callbacks(execute=True):
        return browser.post(
            f"/admin/translations/{kazakh['translation'].pk}/submit-for-review/",
            {"csrfmiddlewaretoken": browser.cookies["csrftoken"].value},
        )


def slug_of(page):
    return Page.objects.get(pk=page.pk).slug


def test_kazakh_letters_a_translator_types_into_the_slug_are_transliterated(
    kazakh, django_capture_on_commit_callbacks
):
    response = type_into(kazakh, "slug", "Әйелдер құқығы және теңдік")
    assert response.status_code == 201
    # The editor shows the slug the page will get, right where it was typed.
    assert response.json()["data"] == "aielder-quqyghy-zhane-tengdik"
    assert response.json()["error"] is None

    type_into(kazakh, "title", "Әйелдер құқығы")
    translate_the_rest(kazakh)
    assert submit(kazakh, django_capture_on_commit_callbacks).status_code == 302
    assert Page.objects.get(pk=kazakh["page"].pk).workflow_in_progress
    assert slug_of(kazakh["page"]) == "aielder-quqyghy-zhane-tengdik"


def test_a_slug_that_cannot_be_one_is_refused_in_the_translators_language(
    kazakh, django_capture_on_commit_callbacks
):
    response = type_into(kazakh, "slug", "теңдік/2024?")
    assert response.status_code == 201
    error = response.json()["error"]
    assert error.startswith("Слагта тек әріптер, сандар және дефис")
    assert "/ ?" in error
    type_into(kazakh, "title", KAZAKH_TITLE)
    translate_the_rest(kazakh)
    total, translated = kazakh["translation"].get_progress()
    assert translated == total - 1  # the refused slug counts as not translated

    # Submitting is refused until the slug is fixed.
    submit(kazakh, django_capture_on_commit_callbacks)
    assert not Page.objects.get(pk=kazakh["page"].pk).workflow_in_progress

    assert type_into(kazakh, "slug", "теңдік-2024").json()["error"] is None
    submit(kazakh, django_capture_on_commit_callbacks)
    assert Page.objects.get(pk=kazakh["page"].pk).workflow_in_progress
    assert slug_of(kazakh["page"]) == "tengdik-2024"


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("— – —", "кемінде бір әріп"),
        ("ә" * (SLUG_MAX_LENGTH + 1), "255 таңбадан"),
    ],
)
def test_an_empty_or_overlong_slug_is_refused_with_its_reason(kazakh, typed, reason):
    assert reason in type_into(kazakh, "slug", typed).json()["error"]


def test_an_untyped_slug_comes_from_the_translated_title_with_every_word(
    kazakh, django_capture_on_commit_callbacks
):
    type_into(kazakh, "title", KAZAKH_TITLE)
    translate_the_rest(kazakh)
    # The slug counts as translated: nothing is left for the translator to type.
    total, translated = kazakh["translation"].get_progress()
    assert translated == total

    assert submit(kazakh, django_capture_on_commit_callbacks).status_code == 302
    assert Page.objects.get(pk=kazakh["page"].pk).workflow_in_progress
    # Not the Russian page's slug, and not cut at 40 characters.
    assert slug_of(kazakh["page"]) == KAZAKH_TITLE_SLUG != slug_of(kazakh["ru"])


def test_the_derived_slug_follows_the_title_until_the_translation_is_published(
    kazakh, django_capture_on_commit_callbacks
):
    type_into(kazakh, "title", "Бірінші тақырып")
    type_into(kazakh, "title", KAZAKH_TITLE)
    translate_the_rest(kazakh)
    kazakh["translation"].save_target(publish=False)
    page = Page.objects.get(pk=kazakh["page"].pk).specific
    with django_capture_on_commit_callbacks(execute=True):
        page.get_latest_revision().publish()
    assert slug_of(page) == KAZAKH_TITLE_SLUG

    # A published page keeps its address when its title is retranslated ...
    type_into(kazakh, "title", "Гендерлік алшақтық")
    kazakh["translation"].save_target(publish=False)
    assert slug_of(page) == KAZAKH_TITLE_SLUG
    # ... unless its translator types another slug.
    type_into(kazakh, "slug", "Гендерлік алшақтық")
    kazakh["translation"].save_target(publish=False)
    assert slug_of(page) == "genderlik-alshaqtyq"


def test_a_typed_slug_is_kept_when_the_title_is_translated_afterwards(kazakh):
    type_into(kazakh, "slug", "теңдік")
    type_into(kazakh, "title", KAZAKH_TITLE)
    kazakh["translation"].save_target(publish=False)
    assert slug_of(kazakh["page"]) == "tengdik"


def test_a_new_source_slug_does_not_give_the_translation_the_russian_one(
    kazakh, django_capture_on_commit_callbacks
):
    type_into(kazakh, "title", KAZAKH_TITLE)
    translate_the_rest(kazakh)
    kazakh["translation"].save_target(publish=False)
    assert slug_of(kazakh["page"]) == KAZAKH_TITLE_SLUG

    # The editor renames the Russian page's slug and syncs its translations.
    ru = kazakh["ru"].specific_class.objects.get(pk=kazakh["ru"].pk)
    ru.slug = "novyi-adres"
    ru.save_revision().publish()
    kazakh["translation"].source.update_from_db()
    kazakh["translation"].save_target(publish=False)
    assert slug_of(kazakh["page"]) == KAZAKH_TITLE_SLUG
    slug_segment = StringSegment.objects.get(
        source=kazakh["translation"].source, context__path="slug"
    )
    assert slug_segment.string.data == "novyi-adres"
    assert (
        StringTranslation.objects.get(
            translation_of=slug_segment.string,
            context=slug_segment.context,
            locale=kazakh["page"].locale,
        ).data
        == KAZAKH_TITLE_SLUG
    )


def test_a_long_title_loses_whole_words_not_letters():
    words = ["qazaqstandaghy", "kemsitushilik", "turaly", "zang", "zhobasy"]
    title = " ".join(words * 12)
    full = make_slug(title, max_length=None)
    slug = make_slug(title)
    assert len(full) > SLUG_MAX_LENGTH >= len(slug) > SLUG_MAX_LENGTH - len(max(words, key=len))
    assert full.startswith(slug) and full[len(slug)] == "-"
