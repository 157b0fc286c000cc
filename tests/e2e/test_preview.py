"""A change saved as a draft shows in the preview, while the public API keeps the published text.

Without FRONTEND_BASE_URL the hub renders the preview itself (website/); the assertions are on
the visible text only, not on that renderer's markup."""

import json

from playwright.sync_api import expect

from tests.e2e.admin import settle_autosave


def test_a_saved_draft_shows_in_the_preview_and_not_in_the_api(hub, login, final_screenshot, timed):
    article = hub.data["preview_article"]
    published_title = article["title"]
    draft_title = f"{published_title} (черновик правки)"
    assert hub.get_json(f"/api/v1/pages/{article['id']}/")["title"] == published_title

    editor = login("editor")
    editor.goto(f"/admin/pages/{article['id']}/edit/")
    expect(editor.locator("#id_title")).to_have_value(published_title)
    editor.locator("#id_title").fill(draft_title)
    settle_autosave(editor)
    editor.locator("footer button.action-save").click()  # «Сохранить черновик», not publish

    # The editor again, from the saved draft: the change is stored, the page stays published.
    expect(editor).to_have_url(f"{hub.base_url}/admin/pages/{article['id']}/edit/")
    expect(editor.locator(".messages .success")).to_contain_text(draft_title)
    expect(editor.locator("#id_title")).to_have_value(draft_title)

    # The preview side panel renders the draft.
    editor.locator("[data-side-panel-toggle=preview]").click()
    panel = editor.frame_locator("#w-preview-iframe")
    expect(panel.get_by_text(draft_title, exact=True).first).to_be_visible()

    # «Preview in a new tab»: the same draft, full size.
    with editor.context.expect_page() as opened:
        editor.locator("[data-w-preview-target=newTab]").click()
    preview = opened.value
    expect(preview.get_by_text(draft_title, exact=True).first).to_be_visible()

    # The public API still answers the published text, and nowhere the draft's.
    answer = hub.get_json(f"/api/v1/pages/{article['id']}/")
    assert answer["title"] == published_title
    assert draft_title not in json.dumps(answer, ensure_ascii=False)
    listed = hub.get_json("/api/v1/pages/?locale=ru&limit=100")
    titles = {item["id"]: item["title"] for item in listed["items"]}
    assert titles.get(article["id"]) == published_title
    final_screenshot(preview)
