"""A reader registers for the demo's upcoming event in Kazakh on the hub's built-in site, and
confirms from the emailed link on the hub's own page; the seats left go down by one.

The form posts JSON to the same endpoint a front-end uses (website/static/website/
public_form.js, shared with the petition form); the hub mails the link, with the event as an
.ics file, over SMTP to the tests' server (tests/e2e/smtp_sink.py), in Kazakh."""

import re

from icalendar import Calendar
from playwright.sync_api import expect

# The texts a Kazakh reader sees (locale/kk/LC_MESSAGES/django.po).
REGISTER = "Тіркелу"
FIELD_ERRORS = {
    "full_name": "Аты-жөніңізді жазыңыз.",
    "email": "Электрондық пошта мекенжайыңызды жазыңыз: растау сілтемесі соған жіберіледі.",
    "region": "Өңіріңізді тізімнен таңдаңыз.",
    "consent": "Тіркелу үшін дербес деректеріңізді өңдеуге келісіміңіз қажет.",
}
COUNTS_ONCE_CONFIRMED = "Тіркелу тек растағаннан кейін есептеледі"
REGISTRANT = "dana.e2e@example.kz"


def test_a_reader_registers_for_a_kazakh_event_and_confirms_from_the_email(
    hub, new_context, final_screenshot, timed
):
    cards = hub.get_json("/api/v1/pages/?locale=kk&type=event&upcoming=true&limit=100")["items"]
    event = next(card for card in cards if card["registration_state"] == "open")
    seats_before = event["seats_left"]
    assert seats_before > 0

    reader = new_context().new_page()
    reader.goto(event["url"])
    expect(reader.locator("html")).to_have_attribute("lang", "kk")
    reader.locator(".register-cta a").click()
    form = reader.locator("form.register")
    expect(form).to_be_in_viewport()
    expect(form.locator(".seats")).to_contain_text(f"{seats_before} орын қалды.")

    # An empty form: a Kazakh sentence next to each field, focus on the first.
    form.get_by_role("button", name=REGISTER, exact=True).click()
    for name, text in FIELD_ERRORS.items():
        expect(form.locator(f"#error-{name}")).to_have_text(text)
        expect(form.locator(f"[name={name}]")).to_have_attribute("aria-invalid", "true")
    expect(form.locator("input[name=full_name]")).to_be_focused()
    assert not re.search(r"full_name|region|consent", form.inner_text())

    form.locator("input[name=full_name]").fill("Дана Нұрланқызы")
    form.locator("input[name=email]").fill(REGISTRANT)
    form.locator("input[name=organisation]").fill("Құқықтық саясат орталығы")
    form.locator("select[name=region]").select_option("shymkent")
    form.locator("input[name=consent]").check()
    form.get_by_role("button", name=REGISTER, exact=True).click()

    thanks = reader.locator("#registered")
    expect(thanks).to_be_visible()
    expect(thanks).to_be_focused()
    expect(form).to_be_hidden()
    expect(thanks).to_contain_text(COUNTS_ONCE_CONFIRMED)
    assert hub.get_json(f"/api/v1/pages/{event['id']}/")["seats_left"] == seats_before
    final_screenshot(reader)

    # The email: Kazakh, with the event as a calendar file and a link to the hub's page.
    message = hub.mailbox.wait_for(REGISTRANT)
    assert message["Subject"].strip().startswith("Тіркелуіңізді растаңыз: ")
    text = message.get_body(("plain",)).get_content()
    (attachment,) = list(message.iter_attachments())
    (entry,) = Calendar.from_ical(attachment.get_content()).walk("VEVENT")
    assert str(entry["summary"]) == event["title"]
    link = re.search(r"https?://\S+token=[\w.:-]+", text).group(0)
    assert link.startswith(f"{hub.base_url}/kk/events/registration/confirm/?token=")

    # The page asks before it acts (mail scanners open links), in Kazakh.
    browser = new_context().new_page()
    browser.goto(link)
    expect(browser.locator("html")).to_have_attribute("lang", "kk")
    expect(browser.locator(".kicker")).to_contain_text(event["title"])
    assert hub.get_json(f"/api/v1/pages/{event['id']}/")["seats_left"] == seats_before
    browser.get_by_role("button", name="Тіркелуімді растау").click()
    expect(browser.locator("h1")).to_have_text("Сіз тіркелдіңіз: орныңыз сақталды.")
    assert hub.get_json(f"/api/v1/pages/{event['id']}/")["seats_left"] == seats_before - 1
    final_screenshot(browser)
