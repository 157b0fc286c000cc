"""What the browser tests do in Wagtail's admin, in one place: its widgets are the moving part."""

import io
import re
import secrets

from PIL import Image
from playwright.sync_api import Page, expect

EDIT_URL = re.compile(r"/admin/pages/(\d+)/edit/")


def page_id_from_url(page: Page) -> int:
    match = EDIT_URL.search(page.url)
    assert match, f"not a page editor: {page.url}"
    return int(match.group(1))


def add_block(page: Page, block_label: str) -> str:
    """Appends a block to the body StreamField; returns its form prefix (body-N)."""
    body = page.locator("#body-root")
    index = int(body.locator("input[data-streamfield-stream-count]").input_value())
    option = page.get_by_role("option", name=block_label, exact=True)
    # On a busy machine the first click can land before the StreamField's script is ready, or
    # on a closing date picker: the block menu then never opens. Ask again, a few times.
    for _attempt in range(3):
        body.locator(".c-sf-add-button").last.click()
        try:
            expect(option).to_be_visible(timeout=10_000)
            break
        except AssertionError:
            page.keyboard.press("Escape")
    option.click()
    prefix = f"body-{index}"
    expect(page.locator(f"input[name='{prefix}-type']")).to_be_attached()
    return prefix


def type_rich_text(page: Page, prefix: str, text: str):
    """Types into the Draftail editor of a rich-text block (a contenteditable, not an input)."""
    block = page.locator(f"input[name='{prefix}-type']").locator("xpath=..")
    editor = block.locator(".public-DraftEditor-content")
    editor.click()
    page.keyboard.type(text)
    expect(editor).to_contain_text(text)


def png_bytes(label: str) -> bytes:
    """A small PNG no other image equals (Wagtail warns about duplicate uploads)."""
    colour = tuple(secrets.randbelow(256) for _ in range(3))
    image = Image.new("RGB", (120, 80), colour)
    for x in range(len(label)):
        image.putpixel((x, 0), (x % 256, 0, 0))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def upload_image_in_chooser(page: Page, prefix: str, title: str):
    """Opens the image chooser of an image block, uploads a new PNG and chooses it."""
    page.locator(f"#{prefix}-value-image-chooser button[data-chooser-action-choose]").click()
    modal = page.locator(".modal-dialog")
    modal.locator("#tab-label-upload").click()
    modal.locator("#id_image-chooser-upload-file").set_input_files(
        files=[{"name": "e2e-upload.png", "mimeType": "image/png", "buffer": png_bytes(title)}]
    )
    modal.locator("#id_image-chooser-upload-title").fill(title)
    modal.locator("form[data-chooser-modal-creation-form] button[type=submit]").click()
    expect(modal).to_be_hidden()
    expect(page.locator(f"#{prefix}-value-image-title")).to_have_text(title)


# Resolves once Wagtail's autosave has been quiet for 1.5 s with no save in flight. It saves
# about 1 s after a change (a check for changes every 500 ms, then a 500 ms debounce).
_AUTOSAVE_QUIET = """() => new Promise((resolve) => {
    const indicator = document.querySelector("#w-autosave-indicator");
    let saving = indicator?.getAttribute("data-w-autosave-state-value") === "saving";
    let timer = null;
    const quiet = () => {
        clearTimeout(timer);
        timer = setTimeout(() => saving || resolve(), 1500);
    };
    document.addEventListener("w-autosave:save", () => { saving = true; clearTimeout(timer); });
    for (const type of ["w-autosave:success", "w-autosave:error"]) {
        document.addEventListener(type, () => { saving = false; quiet(); });
    }
    quiet();
})"""


def settle_autosave(page: Page):
    """Waits until Wagtail's autosave has saved the latest edits (or had nothing to save), as a
    person pauses before clicking.

    Clicking a form action while the autosave of a new page is in flight can post the form twice
    to the "add" view, and the second post fails on the slug the first one took. That is the
    likely cause of a failure seen twice in the first runs (Wagtail 8.0): the editor stayed on
    the form, with a 400 answer to an "add" post in the hub's log.
    """
    page.evaluate(_AUTOSAVE_QUIET)


def footer_action(page: Page, name: str):
    """Clicks one of the editor's footer actions hidden in the dropdown (publish, submit...)."""
    page.locator("footer .w-dropdown__toggle").click()
    page.locator(f"footer button[name='{name}']").click()


def approve_from_dashboard(page: Page, title: str):
    """A reviewer approves the task of the page `title` in "Awaiting your review"; approving the
    workflow's only task publishes the page."""
    page.goto("/admin/")
    row = page.locator("#awaiting-review-section tr").filter(has_text=title)
    expect(row).to_have_count(1)
    row.locator("[data-w-dropdown-target=toggle]").click()
    row.locator("button[data-workflow-action-url*='/approve/']:not([data-launch-modal])").click()
    expect(page.locator("#awaiting-review-section tr").filter(has_text=title)).to_have_count(0)
