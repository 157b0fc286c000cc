"""An editor writes a Russian article in the browser and submits it for review; a reviewer
approves it, which publishes it; the public API lists it."""

import time

from playwright.sync_api import expect

from tests.e2e.admin import (
    EDIT_URL,
    add_block,
    approve_from_dashboard,
    footer_action,
    settle_autosave,
    type_rich_text,
    upload_image_in_chooser,
)
from tests.e2e.api import listed_ids


def test_editor_writes_an_article_and_a_reviewer_publishes_it(hub, login, final_screenshot, timed):
    stamp = time.strftime("%H%M%S")
    title = f"Равенство на рынке труда {stamp}"
    heading = "Что изменилось в 2026 году"
    paragraph = "Новый закон запрещает спрашивать о семейном положении на собеседовании."
    image_title = f"Собеседование {stamp}"
    caption = "Собеседование в Алматы"
    alt_text = "Женщина отвечает на вопросы двух интервьюеров"
    index = hub.data["ru_article_index"]

    editor = login("editor")
    # «Add child page» of the Analytics section → analytical article.
    editor.goto(f"/admin/pages/{index['id']}/add_subpage/")
    editor.get_by_role("link", name="Аналитическая статья", exact=True).click()
    editor.locator("#id_title").fill(title)
    editor.locator("#id_publication_date").fill("2026-03-08")
    editor.keyboard.press("Escape")  # closes the date picker
    heading_block = add_block(editor, "Заголовок")
    editor.locator(f"#{heading_block}-value-text").fill(heading)
    paragraph_block = add_block(editor, "Абзац")
    type_rich_text(editor, paragraph_block, paragraph)
    image_block = add_block(editor, "Изображение")
    upload_image_in_chooser(editor, image_block, image_title)
    editor.locator(f"#{image_block}-value-caption").fill(caption)
    editor.locator(f"#{image_block}-value-alt_text").fill(alt_text)
    settle_autosave(editor)
    footer_action(editor, "action-submit")  # «Отправить в "Редакционная проверка"»

    # Back in the section's listing: the article waits for review, unpublished.
    expect(editor).to_have_url(f"{hub.base_url}/admin/pages/{index['id']}/")
    row = editor.locator("tr").filter(has_text=title)
    expect(row).to_contain_text("На модерации", ignore_case=True)
    article_id = int(
        EDIT_URL.search(row.locator("a[href*='/edit/']").first.get_attribute("href"))[1]
    )
    assert hub.get_status(f"/api/v1/pages/{article_id}/") == 404
    assert article_id not in listed_ids(hub, "ru")

    reviewer = login("reviewer")
    approve_from_dashboard(reviewer, title)

    assert article_id in listed_ids(hub, "ru")
    article = hub.get_json(f"/api/v1/pages/{article_id}/")
    assert article["locale"] == "ru"
    assert article["title"] == title
    blocks = {block["type"]: block["value"] for block in article["body"]}
    assert blocks["heading"]["text"] == heading
    assert paragraph in blocks["paragraph"]
    assert blocks["image"]["image"]["title"] == image_title
    assert blocks["image"]["caption"] == caption
    assert blocks["image"]["alt"] == alt_text  # written for this use, not the image's title
    image_url = blocks["image"]["image"]["renditions"]["wide"]["url"]
    assert image_url.startswith(hub.base_url + "/media/")
    assert hub.get_status(image_url.removeprefix(hub.base_url)) == 200

    # The reviewer looks at the live article on the hub's own site.
    reviewer.goto(article["url"])
    expect(reviewer.get_by_text(title, exact=True).first).to_be_visible()
    expect(reviewer.get_by_text(heading, exact=True).first).to_be_visible()
    expect(reviewer.get_by_text(paragraph).first).to_be_visible()
    picture = reviewer.get_by_role("img", name=alt_text)
    expect(picture).to_be_visible()
    # Visible is not loaded: on a busy machine the picture arrives a moment after its box.
    reviewer.wait_for_function(
        "image => image.complete && image.naturalWidth > 0", arg=picture.element_handle()
    )
    final_screenshot(reviewer)
