"""At the door, on a phone: an organiser (an editor, admin in Russian) opens the check-in screen
of a seminar that began an hour ago, finds two registrants by name and checks them in, takes one
check-in back and ticks it again, then issues the certificates: one PDF each, in each person's
language, sent over SMTP; the Kazakh one keeps every Kazakh letter, and its verification page
names the holder (tests/e2e/prepare.py makes the seminar and its two registrants)."""

import io
import re

from playwright.sync_api import expect
from pypdf import PdfReader

PHONE = {"width": 390, "height": 844}


def test_an_organiser_checks_in_two_people_on_a_phone_and_issues_their_certificates(
    hub, login, final_screenshot, timed
):
    seminar = hub.data["check_in_event"]
    kazakh, russian = seminar["people"]
    page = login("editor")
    page.set_viewport_size(PHONE)
    page.goto(f"/admin/events/{seminar['id']}/check-in/")
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    checked_in = page.locator('[data-figure="checked_in"]')
    expect(checked_in).to_have_text("0")
    # Everything fits the phone's width: nothing to scroll sideways.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"] + 1

    for person in (kazakh, russian):
        page.get_by_label("Имя или организация").fill(person["name"].split()[0])
        page.get_by_role("button", name="Найти").click()
        row = page.locator(".ci-person", has_text=person["name"])
        expect(row).to_have_count(1)
        row.get_by_role("button", name="Отметить").click()
        expect(page.locator(".messages")).to_contain_text(person["name"])
        expect(page.locator(".ci-person", has_text=person["name"])).to_have_class(
            re.compile("ci-person--present")
        )
    expect(checked_in).to_have_text("2")

    # A mistake, taken back, and ticked again.
    row = page.locator(".ci-person", has_text=russian["name"])
    row.get_by_role("button", name="Отменить").click()
    expect(checked_in).to_have_text("1")
    page.locator(".ci-person", has_text=russian["name"]).get_by_role(
        "button", name="Отметить"
    ).click()
    expect(checked_in).to_have_text("2")
    expect(page.locator('[data-figure="attendees"]')).to_have_text("2")

    page.goto(f"/admin/events/{seminar['id']}/certificates/")
    expect(page.locator('[data-figure="attendees"]')).to_have_text("2")
    page.get_by_role("button", name="Выдать сертификаты").click()
    expect(page.locator(".pa-exports progress").first).to_have_attribute("value", "100")
    expect(page.locator('[data-figure="issued"]')).to_have_text("2")
    final_screenshot(page)

    # Each certificate by email, in its holder's language, with Kazakh letters intact.
    message = hub.mailbox.wait_for(kazakh["email"])
    assert message["Subject"].strip().startswith("Сіздің сертификатыңыз: ")
    (pdf,) = [
        part for part in message.iter_attachments() if part.get_content_type() == "application/pdf"
    ]
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.get_content())).pages)
    assert kazakh["name"] in text and seminar["title_kk"] in text and "СЕРТИФИКАТ" in text
    link = re.search(r"https?://\S+/kk/certificates/[A-Z0-9-]+/", text).group(0)
    assert hub.mailbox.wait_for(russian["email"])["Subject"].strip().startswith("Ваш сертификат: ")

    # Anyone with the code sees who holds it, on a phone too.
    checker = login("reviewer")
    checker.set_viewport_size(PHONE)
    checker.goto(link.replace(re.match(r"https?://[^/]+", link).group(0), hub.base_url))
    expect(checker.locator("html")).to_have_attribute("lang", "kk")
    expect(checker.locator('[data-field="full_name"]')).to_have_text(kazakh["name"])
