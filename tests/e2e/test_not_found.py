"""A reader who follows a dead link on the hub's built-in site gets the site's own not-found page
in the language of the address (/kk/… in Kazakh, /ru/… in Russian), with the site's menu, search
and footer to go on from, never Django's bare English "Not Found"."""

from urllib.parse import urlencode

import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    ("language", "heading", "search_label", "home_link"),
    [
        ("kk", "Бет табылмады", "Сайт бойынша іздеу", "Басты бетке өту"),
        ("ru", "Страница не найдена", "Поиск по сайту", "На главную страницу"),
    ],
    ids=["kk", "ru"],
)
def test_a_dead_link_gets_the_sites_not_found_page_in_its_language(
    hub, new_context, final_screenshot, timed, language, heading, search_label, home_link
):
    menu = hub.get_json(f"/api/v1/navigation/?locale={language}")
    [home] = menu["items"]
    sections = [section["title"] for section in home["children"]]
    footer = [link["title"] for link in menu["footer"]]
    assert sections and len(footer) == 3  # the demo's sections; about us, contacts, privacy

    reader = new_context().new_page()
    # The browser asks for Russian (its locale): the address's prefix decides the language.
    response = reader.goto(f"/{language}/net-takoi-stranitsy/")
    assert response.status == 404
    expect(reader.locator("html")).to_have_attribute("lang", language)
    expect(reader.get_by_role("heading", level=1)).to_have_text(heading)
    expect(reader.get_by_text("Not Found", exact=True)).to_have_count(0)
    menu_nav = reader.locator("nav.menu")
    for title in sections:
        expect(menu_nav.get_by_role("link", name=title)).to_be_visible()
    for title in footer:
        expect(reader.locator("footer.site-footer").get_by_role("link", name=title)).to_be_visible()

    # From there the reader searches the site in the same language and finds pages.
    words = "құқық" if language == "kk" else "закон"
    search = reader.get_by_role("searchbox", name=search_label).first
    search.fill(words)
    search.press("Enter")
    expect(reader).to_have_url(f"{hub.base_url}/{language}/search/?{urlencode({'q': words})}")
    expect(reader.locator("li.card").first).to_be_visible()
    final_screenshot(reader)

    reader.go_back()
    reader.get_by_role("link", name=home_link).click()
    expect(reader).to_have_url(f"{hub.base_url}/{language}/")
