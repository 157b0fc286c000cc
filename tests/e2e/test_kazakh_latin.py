"""A reader of the Kazakh site switches to Latin script (issue 23): on /kk/ the header's
Кирилл / Latyn switch turns the whole site into the 2021 Latin alphabet, the menus, the cards
and an article opened from there included, with the same addresses; the choice is kept while
they read on, and switching back to Кирилл gives the Cyrillic site again."""

from playwright.sync_api import expect

from cms.kazakh_script import to_latin


def test_a_reader_switches_the_kazakh_site_to_latin_and_back(
    hub, new_context, final_screenshot, timed
):
    menu = hub.get_json("/api/v1/navigation/?locale=kk")
    [home] = menu["items"]
    section = home["children"][0]
    latest = hub.get_json("/api/v1/pages/?locale=kk&type=article&limit=1")["items"][0]

    reader = new_context().new_page()
    reader.goto("/kk/")
    expect(reader.locator("html")).to_have_attribute("lang", "kk")
    switch = reader.get_by_role("navigation", name="Әліпби")
    expect(switch.get_by_text("Кирилл", exact=True)).to_have_attribute("aria-current", "true")

    switch.get_by_role("link", name="Latyn").click()
    expect(reader).to_have_url(f"{hub.base_url}/kk/")
    expect(reader.locator("html")).to_have_attribute("lang", "kk-Latn")
    # The menu and the site's own words in Latin; the switch names each script in its own.
    latin_switch = reader.get_by_role("navigation", name=to_latin("Әліпби"))
    expect(latin_switch.get_by_text("Latyn", exact=True)).to_have_attribute("aria-current", "true")
    expect(latin_switch.get_by_role("link", name="Кирилл")).to_be_visible()
    expect(
        reader.locator("nav.menu").get_by_role("link", name=to_latin(section["title"]))
    ).to_be_visible()
    expect(reader.get_by_role("searchbox", name=to_latin("Сайт бойынша іздеу"))).to_be_visible()

    # The reader types the article's title in Latin into the header's search and opens it from
    # the results: Latin queries find Kazakh pages (their terms are kept in Latin).
    search = reader.get_by_role("searchbox", name=to_latin("Сайт бойынша іздеу"))
    search.fill(to_latin(latest["title"]))
    search.press("Enter")
    reader.get_by_role("link", name=to_latin(latest["title"]), exact=True).first.click()
    expect(reader).to_have_url(f"{hub.base_url}{latest['url']}")
    expect(reader.get_by_role("heading", level=1)).to_have_text(to_latin(latest["title"]))
    expect(reader.locator("html")).to_have_attribute("lang", "kk-Latn")
    final_screenshot(reader)

    # Back to Cyrillic, on the same page.
    reader.get_by_role("navigation", name=to_latin("Әліпби")).get_by_role(
        "link", name="Кирилл"
    ).click()
    expect(reader).to_have_url(f"{hub.base_url}{latest['url']}")
    expect(reader.get_by_role("heading", level=1)).to_have_text(latest["title"])
    expect(reader.locator("html")).to_have_attribute("lang", "kk")
