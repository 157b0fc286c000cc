"""A Kazakh translator replaces the target of a link in wagtail-localize's editor with a
`javascript:` link: the editor says, in Kazakh, that it was not saved (translations/overrides.py
refuses it; translations/static/translations/override-errors.js shows why), and nothing was."""

from playwright.sync_api import expect

EDIT = "Өңдеу"
SAVE = "Сақтау"
REFUSED = "Сілтеме сақталмады"


def test_the_translation_editor_refuses_a_script_link_and_says_why(
    hub, login, final_screenshot, timed
):
    draft = hub.data["kazakh_draft_with_link"]
    translator = login("translator_kk")
    translator.goto(f"/admin/pages/{draft['id']}/edit/")
    expect(translator.locator(".js-translation-editor")).to_be_attached()

    # The link's target, a synchronised value shown with the Russian page's value.
    value = translator.locator("li:visible").filter(has_text=draft["link"]).last
    value.get_by_role("button", name=EDIT, exact=True).click()
    editing = translator.locator("li:visible").filter(has=translator.locator("textarea")).last
    editing.locator("textarea").fill("javascript:alert(document.domain)")
    editing.get_by_role("button", name=SAVE, exact=True).click()
    expect(translator.locator(".messages .error")).to_contain_text(REFUSED)

    # Nothing was stored: the editor opened again shows the Russian page's target.
    translator.reload()
    value = translator.locator("li:visible").filter(has_text=draft["link"]).last
    expect(value).to_be_visible()
    expect(translator.get_by_text("javascript:", exact=False)).to_have_count(0)
    final_screenshot(translator)
