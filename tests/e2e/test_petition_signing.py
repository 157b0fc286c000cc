"""A reader signs a Kazakh petition on the hub's built-in site (website/) and confirms it from the
emailed link on the hub's own confirm page; the count moves by one.

The site's form posts JSON to the same endpoint a front-end uses; the hub mails the link over
SMTP to the tests' server (tests/e2e/smtp_sink.py), in Kazakh, at the hub's one base URL; the
confirm page's form passes Django's CSRF check in a real browser (it once sent `Origin: null`)."""

import re

from playwright.sync_api import expect

# The texts a Kazakh reader sees (locale/kk/LC_MESSAGES/django.po).
SIGN = "Петицияға қол қою"
FIELD_ERRORS = {
    "full_name": "Аты-жөніңізді жазыңыз.",
    "email": "Электрондық пошта мекенжайыңызды жазыңыз: растау сілтемесі соған жіберіледі.",
    "region": "Өңіріңізді тізімнен таңдаңыз.",
    "consent": "Қол қою үшін дербес деректеріңізді өңдеуге келісім қажет.",
}
COUNTS_ONCE_CONFIRMED = "расталғаннан кейін ғана есептеледі"
SIGNER = "aigerim.e2e@example.kz"
PHONE = {"width": 390, "height": 844}


def test_a_reader_signs_a_kazakh_petition_and_confirms_it_from_the_email(
    hub, new_context, final_screenshot, timed
):
    cards = hub.get_json("/api/v1/pages/?locale=kk&type=petition&limit=100")["items"]
    # The list tells the demo's delivered 2021 petition from the open one.
    assert {card["state"] for card in cards if not card["is_open"]} == {"delivered"}
    petition = next(card for card in cards if card["is_open"])
    before = hub.get_json(f"/api/v1/pages/{petition['id']}/")["signature_count"]

    # On a phone, the call to sign stays in view while the long text scrolls by.
    reader = new_context().new_page()
    reader.set_viewport_size(PHONE)
    reader.goto(petition["url"])
    expect(reader.locator("html")).to_have_attribute("lang", "kk")
    call = reader.locator(".sign-cta a")
    expect(call).to_have_text(SIGN)
    reader.mouse.wheel(0, 1500)
    reader.wait_for_function("window.scrollY >= 1000")
    expect(call).to_be_in_viewport()
    assert abs(call.bounding_box()["y"]) < 60, "stuck to the top of the screen"
    call.click()
    form = reader.locator("form.sign")
    expect(form).to_be_in_viewport()

    # An empty form: a sentence next to each field, focus on the first, no field names.
    form.get_by_role("button", name="Қол қою", exact=True).click()
    for name, text in FIELD_ERRORS.items():
        expect(form.locator(f"#error-{name}")).to_have_text(text)
        field = form.locator(f"[name={name}]")
        expect(field).to_have_attribute("aria-invalid", "true")
        expect(field).to_have_attribute("aria-describedby", f"error-{name}")
    expect(form.locator("input[name=full_name]")).to_be_focused()
    assert not re.search(r"full_name|region|consent|дұрыс таңдау емес", form.inner_text())

    form.locator("input[name=full_name]").fill("Әйгерім Жұмабекқызы")
    form.locator("input[name=email]").fill(SIGNER)
    form.locator("select[name=region]").select_option("almaty")
    form.locator("input[name=consent]").check()
    form.get_by_role("button", name="Қол қою", exact=True).click()

    # The thank-you replaces the form, with share links and the sentence every signer reads.
    thanks = reader.locator("#signed")
    expect(thanks).to_be_visible()
    expect(thanks).to_be_focused()
    expect(form).to_be_hidden()
    expect(call).to_be_hidden()
    expect(thanks).to_contain_text(COUNTS_ONCE_CONFIRMED)
    for name in ("Telegram", "WhatsApp", "Facebook", "X"):
        expect(thanks.get_by_role("link", name=name, exact=True)).to_be_visible()
    assert hub.get_json(f"/api/v1/pages/{petition['id']}/")["signature_count"] == before
    final_screenshot(reader)

    # The email: Kazakh, the same sentence, a link to the hub's page at its base URL.
    message = hub.mailbox.wait_for(SIGNER)
    html = message.get_body(("html",)).get_content()
    text = message.get_body(("plain",)).get_content()
    assert '<html lang="kk">' in html
    assert COUNTS_ONCE_CONFIRMED in text and COUNTS_ONCE_CONFIRMED in html
    link = re.search(r"https?://\S+token=[\w.-]+", text).group(0)
    assert link.startswith(f"{hub.base_url}/kk/signatures/confirm/?token=")

    # Opened in the reader's browser (Russian by its locale), the page speaks the signer's
    # Kazakh, in the site's layout, and asks before it counts.
    browser = new_context().new_page()
    browser.goto(link)
    expect(browser.locator("html")).to_have_attribute("lang", "kk")
    expect(browser.locator(".site-header .brand")).to_be_visible()
    expect(browser.locator(".kicker")).to_contain_text(petition["title"])
    confirm = browser.get_by_role("button", name="Қолымды растау")
    expect(confirm).to_have_class("primary")
    assert hub.get_json(f"/api/v1/pages/{petition['id']}/")["signature_count"] == before
    confirm.click()
    expect(browser.locator("h1")).to_have_text("Рақмет: қолыңыз есептелді.")
    assert hub.get_json(f"/api/v1/pages/{petition['id']}/")["signature_count"] == before + 1
    final_screenshot(browser)
