"""An expert reads the demo's draft law in Kazakh on the hub's built-in site, proposes a new
wording of a part of article 5, and confirms it from the emailed link; a moderator (an editor,
admin in Russian) publishes it as partly accepted with a reason in Russian and Kazakh; the
Kazakh page then counts it on article 5 and shows it with the Kazakh reason.

The form posts JSON to the API like a front-end (website/static/website/public_form.js); the
hub mails the link over SMTP to the tests' server (tests/e2e/smtp_sink.py)."""

import re

from playwright.sync_api import expect

EXPERT = "ainur.e2e@example.kz"
NAME = "Айнұр Бекқызы"
WORDING = "Кеңес мүшелерінің кемінде бесеуін үкіметтік емес ұйымдар ұсынады."
REASON_KK = "Ішінара қабылданды: төрт орын ұсынылды."


def article_5(page_json):
    return next(
        article
        for chapter in page_json["text"]
        for article in chapter["articles"]
        if article["number"] == "5"
    )


def test_an_expert_proposes_on_a_kazakh_article_and_a_moderator_publishes_it(
    hub, login, new_context, final_screenshot, timed
):
    (card,) = hub.get_json("/api/v1/pages/?locale=kk&type=consultation")["items"]
    before = hub.get_json(f"/api/v1/pages/{card['id']}/")
    article = article_5(before)
    counted = {row["article"]: row["proposals"] for row in before["article_counts"]}
    proposals_before = counted.get(article["id"], 0)

    reader = new_context().new_page()
    reader.goto(card["url"])
    expect(reader.locator("html")).to_have_attribute("lang", "kk")
    figures = reader.locator('[data-article="5"] .article-figures')
    expect(figures).to_have_attribute("data-proposals", str(proposals_before))
    # The synthesis of article 5, in Kazakh.
    expect(reader.locator('[data-article="5"] .synthesis')).to_contain_text("Біз не естідік")
    figures.get_by_role("link", name="Өзгеріс ұсыну").click()
    form = reader.locator("form#propose")
    expect(form).to_be_in_viewport()
    expect(form.locator("select[name=article]")).to_have_value(article["id"])

    # Sent empty: a Kazakh sentence next to each field that needs one.
    form.locator("select[name=kind]").select_option("proposal")
    form.get_by_role("button", name="Жіберу").click()
    expect(form.locator("#error-full_name")).to_have_text("Аты-жөніңізді жазыңыз.")
    expect(form.locator("#error-text")).to_have_text("Пікіріңізді немесе негіздемені жазыңыз.")
    assert not re.search(r"full_name|proposed_wording|consent", form.inner_text())

    second_part = article["parts"][1]
    form.locator("select[name=part]").select_option(second_part["id"])
    form.locator("textarea[name=proposed_wording]").fill(WORDING)
    form.locator("textarea[name=text]").fill("Үш орын азаматтық қоғамның үнін естіртуге жетпейді.")
    form.locator("input[name=full_name]").fill(NAME)
    form.locator("input[name=organisation]").fill("Құқықтық саясат орталығы")
    form.locator("input[name=role]").fill("заңгер")
    form.locator("input[name=email]").fill(EXPERT)
    form.locator("input[name=consent]").check()
    form.get_by_role("button", name="Жіберу").click()
    thanks = reader.locator("#proposed")
    expect(thanks).to_be_visible()
    expect(form).to_be_hidden()

    # The Kazakh email, and the hub's page that asks before it confirms.
    message = hub.mailbox.wait_for(EXPERT)
    assert message["Subject"].strip().startswith("Үлесіңізді растаңыз: ")
    text = message.get_body(("plain",)).get_content()
    link = re.search(r"https?://\S+token=[\w.:-]+", text).group(0)
    assert link.startswith(f"{hub.base_url}/kk/consultations/confirm/?token=")
    confirm = new_context().new_page()
    confirm.goto(link)
    expect(confirm.locator("html")).to_have_attribute("lang", "kk")
    confirm.get_by_role("button", name="Ұсынысымды растау").click()
    expect(confirm.locator("h1")).to_have_text("Рахмет: ұсынысыңыз модераторларға жіберілді")

    # Not public before moderation.
    during = hub.get_json(f"/api/v1/pages/{card['id']}/")
    assert NAME not in str(during)

    # The moderator: the dashboard's panel leads to it; published as partly accepted.
    moderator = login("editor")
    panel = moderator.locator("#dashboard-contributions-section")
    expect(panel).to_contain_text("Предложения, ожидающие модерации")
    panel.locator('[data-figure="pending"] a').click()
    moderator.get_by_role("link", name=re.compile(NAME)).click()
    expect(moderator.locator("html")).to_have_attribute("lang", "ru")
    moderator.locator("select[name=status]").select_option("published")
    moderator.locator("select[name=disposition]").select_option("partly_accepted")
    moderator.locator("textarea[name=reason_ru]").fill("Принято частично: предложены четыре места.")
    moderator.locator("textarea[name=reason_kk]").fill(REASON_KK)
    moderator.get_by_role("button", name="Сохранить", exact=True).click()
    expect(moderator.locator(".messages .success")).to_contain_text(NAME)
    final_screenshot(moderator)

    # Counted on article 5 in Kazakh, with the Kazakh reason, on the site and in the API.
    after = hub.get_json(f"/api/v1/pages/{card['id']}/")
    counted = {row["article"]: row["proposals"] for row in after["article_counts"]}
    assert counted[article["id"]] == proposals_before + 1
    (taken,) = [row for row in after["accepted_proposals"] if row["author"]["name"] == NAME]
    assert taken["disposition_reason"] == REASON_KK and taken["part"] == second_part["id"]
    reader.goto(card["url"])
    expect(figures).to_have_attribute("data-proposals", str(proposals_before + 1))
    expect(reader.locator(".accepted-proposals")).to_contain_text(REASON_KK)
    expect(reader.locator(".accepted-proposals")).to_contain_text(NAME)
    final_screenshot(reader)
