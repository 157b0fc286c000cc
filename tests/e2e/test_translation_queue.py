"""A Kazakh translator starts a translation from their dashboard's queue, on the full demo tree
(«Аудару» was refused for everyone once a language's home had its sections: issue 16, item 2);
submitting it before every segment is translated is refused (item 3); once complete it goes to
review."""

from playwright.sync_api import expect

from tests.e2e.admin import EDIT_URL, page_id_from_url
from tests.e2e.prepare import QUEUE_ARTICLE
from tests.e2e.test_translation_workflow import KAZAKH, fill_every_segment


def test_a_kazakh_translator_starts_from_the_queue_and_cannot_submit_until_done(
    hub, login, final_screenshot
):
    queued = hub.data["queued_article"]
    translator = login("translator_kk")
    row = translator.locator("[id^=translation-queue-kk] tr").filter(has_text=queued["title"])
    expect(row).to_have_attribute("data-state", "missing")
    row.get_by_role("button", name=KAZAKH["Translate"], exact=True).click()

    # Straight into the translation editor of the new Kazakh draft, in Kazakh.
    expect(translator).to_have_url(EDIT_URL)
    kk_id = page_id_from_url(translator)
    expect(translator.locator("html")).to_have_attribute("lang", "kk")
    expect(translator.locator("[data-translated-share]")).to_contain_text("0%")

    # Submitting now is refused, and says how much is missing.
    translator.get_by_role("link", name=KAZAKH["Submit for review"]).click()
    expect(translator).to_have_url(f"{hub.base_url}/admin/pages/{kk_id}/edit/")
    error = translator.locator(".messages .error")
    expect(error).to_contain_text("0%")
    expect(error).to_contain_text("аударылмаған")
    assert hub.get_status(f"/api/v1/pages/{kk_id}/") == 404

    translations = {texts["ru"]: texts["kk"] for texts in QUEUE_ARTICLE.values()}
    assert fill_every_segment(translator, translations) == len(QUEUE_ARTICLE)
    translator.reload()
    expect(translator.locator("[data-translated-share]")).to_contain_text("100%")
    translator.get_by_role("link", name=KAZAKH["Submit for review"]).click()
    translator.locator("form").get_by_role("button", name=KAZAKH["Submit for review"]).click()
    message = translator.locator(".messages .success")
    expect(message).to_contain_text(QUEUE_ARTICLE["title"]["kk"])
    final_screenshot(translator)
