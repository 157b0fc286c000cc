"""A reader signs a Kazakh petition on the hub's built-in site (website/), whose form posts JSON
to the same endpoint a front-end uses: errors come back as the API's problem details, in the
page's language; a good signature is accepted and waits for its email confirmation."""

from playwright.sync_api import expect

# The API's own words in Kazakh (locale/kk/LC_MESSAGES/django.po).
CONSENT_NEEDED = "Қол қою үшін дербес деректеріңізді өңдеуге келісім қажет."
SENT = "Рақмет! Сізге хат жібердік"


def test_a_reader_signs_a_kazakh_petition_on_the_built_in_site(
    hub, new_context, final_screenshot, timed
):
    listed = hub.get_json("/api/v1/pages/?locale=kk&type=petition&limit=100")["items"]
    url = next(item["url"] for item in listed)
    before = hub.get_json(f"/api/v1/pages/find/?path={url}")
    assert before["is_open"]

    # The browser asks for Russian (its locale); the form asks the API for the page's language.
    reader = new_context().new_page()
    reader.goto(url)
    expect(reader.locator("html")).to_have_attribute("lang", "kk")
    form = reader.locator("form.sign")
    form.get_by_role("button", name="Қол қою").click()
    expect(form.locator(".field-error")).to_have_count(4)  # name, email, region, consent
    expect(form.get_by_text(CONSENT_NEEDED)).to_be_visible()
    expect(form.locator("input[name=email]")).to_have_attribute("aria-invalid", "true")

    form.locator("input[name=full_name]").fill("Әйгерім Жұмабекқызы")
    form.locator("input[name=email]").fill("aigerim.e2e@example.kz")
    form.locator("select[name=region]").select_option("almaty")
    form.locator("input[name=consent]").check()
    form.get_by_role("button", name="Қол қою").click()
    expect(form.locator(".form-message")).to_contain_text(SENT)
    expect(form.locator(".field-error")).to_have_count(0)
    expect(form.locator("input[name=full_name]")).to_have_value("")  # the form is cleared

    # Accepted, not yet counted: the signature counts once the emailed link confirms it.
    after = hub.get_json(f"/api/v1/pages/find/?path={url}")
    assert after["signature_count"] == before["signature_count"]
    final_screenshot(reader)
