"""A Kazakh translator, whose admin is in Kazakh, translates a published Russian article in
wagtail-localize's editor and submits it for review; a reviewer approves it, which publishes it;
the public API has the Kazakh page, linked to the Russian one."""

import re

from playwright.sync_api import expect

from tests.e2e.admin import EDIT_URL, approve_from_dashboard, page_id_from_url
from tests.e2e.prepare import SOURCE_ARTICLE

# Kazakh texts of the translation editor (locale/kk/LC_MESSAGES: wagtail.po and wagtailjs.po
# for Wagtail's and wagtail-localize's strings, django.po for ours).
KAZAKH = {
    "Content": "Мазмұн",
    "Promote": "Ілгерілету",
    "Download PO file": "PO файлын жүктеп алу",
    "Open": "Ашу",
    "Translate": "Аудару",
    "Save": "Сақтау",
    "Submit for review": "Тексеруге жіберу",
}


MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def fill_every_segment(page, translations: dict[str, str]) -> int:
    """Types the Kazakh of each untranslated segment (found by its Russian source text) and
    saves it, tab by tab. Returns how many segments it filled."""
    filled = 0
    for tab_name in (KAZAKH["Content"], KAZAKH["Promote"]):
        tab = page.get_by_role("tab", name=tab_name, exact=True)
        tab.click()
        expect(tab).to_have_attribute("aria-selected", "true")
        # Segments of the other tab stay in the page, hidden.
        while (pending := page.locator("li.incomplete:visible")).count():
            assert filled < len(translations), "a saved segment stays untranslated"
            segment = pending.first
            source = segment.locator("> p").first.inner_text().strip()
            assert source in translations, f"no Kazakh for the segment {source!r}"
            segment.get_by_role("button", name=KAZAKH["Translate"], exact=True).click()
            segment.locator("textarea").fill(translations[source])
            segment.get_by_role("button", name=KAZAKH["Save"], exact=True).click()
            saved = page.locator("li:visible").filter(has_text=translations[source])
            expect(saved.locator("textarea")).to_have_count(0)
            filled += 1
    expect(page.locator("li.incomplete")).to_have_count(0)
    return filled


def test_a_kazakh_translator_translates_and_a_reviewer_publishes(
    hub, login, final_screenshot, timed
):
    source = hub.data["source_article"]
    translations = {texts["ru"]: texts["kk"] for texts in SOURCE_ARTICLE.values()}
    kazakh_title = SOURCE_ARTICLE["title"]["kk"]

    # An editor asks for the Kazakh translation: «Перевести эту страницу» in the page's menu.
    editor = login("editor")
    editor.goto(f"/admin/pages/{source['id']}/edit/")
    editor.locator("header [data-w-dropdown-target=toggle]").first.click()
    editor.get_by_role("link", name="Перевести эту страницу").click()
    editor.get_by_label("Казахский").check()
    editor.locator("form input[type=submit]").click()
    # The Kazakh draft exists, and the editor is back in the article's section with
    # wagtail-localize's message (not sent on to the draft, which only Kazakh translators and
    # reviewers may edit: translations/views.py).
    index = hub.data["ru_article_index"]
    expect(editor).to_have_url(f"{hub.base_url}/admin/pages/{index['id']}/")
    expect(editor.locator(".messages .success")).to_contain_text(source["title"])

    translator = login("translator_kk")
    expect(translator.locator("html")).to_have_attribute("lang", "kk")
    # The dashboard's translation queue lists the article as in progress: «Ашу» opens it.
    row = translator.locator("[id^=translation-queue-kk] tr").filter(has_text=source["title"])
    expect(row).to_have_attribute("data-state", "in_progress")
    row.get_by_role("link", name=KAZAKH["Open"], exact=True).click()

    # wagtail-localize's translation editor, in Kazakh.
    expect(translator).to_have_url(EDIT_URL)
    kk_id = page_id_from_url(translator)
    expect(translator.locator("html")).to_have_attribute("lang", "kk")
    for text in (KAZAKH["Content"], KAZAKH["Promote"], KAZAKH["Download PO file"]):
        expect(translator.get_by_text(text, exact=True).first).to_be_visible()
    expect(
        translator.get_by_role("button", name=KAZAKH["Translate"], exact=True).first
    ).to_be_visible()
    # ... and not the Russian of the same buttons, the admin's default language.
    expect(translator.get_by_role("button", name="Перевести", exact=True)).to_have_count(0)
    # Nor the English that wagtail-localize's script writes whatever the language (replaced
    # by translations/static/translations/editor-texts.js): each tab's heading and the
    # screen-reader label of the actions menu.
    editor = translator.locator(".js-translation-editor")
    expect(editor.locator("section h3").first).to_have_text("Аударма: Орыс тілі → Қазақ тілі")
    expect(editor.get_by_text("More actions")).to_have_count(0)
    submit = translator.get_by_role("link", name=KAZAKH["Submit for review"])
    expect(submit).to_be_visible()
    # A header button like Wagtail's own, its icon sized (a plain button's grew to 125 px).
    icon = submit.locator("svg").bounding_box()
    assert icon is not None and icon["height"] <= 24, icon

    assert fill_every_segment(translator, translations) == len(SOURCE_ARTICLE)
    # Under each segment: who translated it and when, the date in Kazakh («2026 ж. 6 желтоқсан
    # күні қолмен аударылды»), not wagtail-localize's English month.
    comment = editor.get_by_text("күні қолмен аударылды").first
    expect(comment).to_contain_text(" ж. ")
    expect(editor.get_by_text(re.compile(MONTHS))).to_have_count(0)

    # «Тексеруге жіберу» in the header, then confirm.
    submit.click()
    translator.locator("form").get_by_role("button", name=KAZAKH["Submit for review"]).click()
    expect(translator).to_have_url(f"{hub.base_url}/admin/pages/{kk_id}/edit/")
    # ««Тең еңбекке тең ақы» «Аударманы тексеру» жұмыс үрдісіне жіберілді.»: the workflow's
    # name too in Kazakh (translations/display_names.py).
    message = translator.locator(".messages .success")
    expect(message).to_contain_text(kazakh_title)
    expect(message).to_contain_text("«Аударманы тексеру» жұмыс үрдісіне жіберілді")
    assert hub.get_status(f"/api/v1/pages/{kk_id}/") == 404  # awaiting review: not public

    reviewer = login("reviewer")
    approve_from_dashboard(reviewer, kazakh_title)

    kk_page = hub.get_json(f"/api/v1/pages/{kk_id}/")
    assert kk_page["locale"] == "kk"
    assert kk_page["title"] == kazakh_title
    assert kk_page["slug"] == SOURCE_ARTICLE["slug"]["kk"]
    blocks = {block["type"]: block["value"] for block in kk_page["body"]}
    assert blocks["heading"]["text"] == SOURCE_ARTICLE["heading"]["kk"]
    assert SOURCE_ARTICLE["paragraph"]["kk"] in blocks["paragraph"]
    assert [entry["id"] for entry in kk_page["translations"] if entry["locale"] == "ru"] == [
        source["id"]
    ]
    ru_page = hub.get_json(f"/api/v1/pages/{source['id']}/")
    assert kk_id in [entry["id"] for entry in ru_page["translations"] if entry["locale"] == "kk"]

    # The Kazakh reader's page on the hub's own site.
    reviewer.goto(kk_page["url"])
    expect(reviewer.get_by_text(kazakh_title, exact=True).first).to_be_visible()
    expect(reviewer.get_by_text(SOURCE_ARTICLE["paragraph"]["kk"]).first).to_be_visible()
    final_screenshot(translator)
