"""The dashboard of the hub's three people: the editor, the reviewer and the Kazakh translator
each see the panels of their role, in their role's order and their admin language, and none of
the others'. The petitions panel shows the same count as the public API."""

from playwright.sync_api import expect

PETITIONS = "dashboard-petitions-section"
EVENTS = "dashboard-upcoming-events-section"
TO_APPROVE = "dashboard-social-to-approve-section"
THIS_WEEK = "dashboard-social-this-week-section"
BACKLOG = "dashboard-translation-backlog-section"
WEBHOOKS = "dashboard-dead-webhooks-section"
KK_QUEUE = "translation-queue-kk-section"
OURS = [PETITIONS, EVENTS, TO_APPROVE, THIS_WEEK, BACKLOG, WEBHOOKS, KK_QUEUE]

# Each person's panels in order, with their headings in the admin's language.
EXPECTED = {
    "editor": {
        PETITIONS: "Петиции, собирающие подписи",
        EVENTS: "Ближайшие события",
        THIS_WEEK: "Посты в соцсетях: ближайшие 7 дней",
        BACKLOG: "Переводы по языкам",
    },
    "reviewer": {
        TO_APPROVE: "Посты на одобрение",
        PETITIONS: "Петиции, собирающие подписи",
        EVENTS: "Ближайшие события",
        THIS_WEEK: "Посты в соцсетях: ближайшие 7 дней",
        BACKLOG: "Переводы по языкам",
    },
    "translator_kk": {KK_QUEUE: "Сіздің аударма кезегіңіз"},
}
LANGUAGE = {"editor": "ru", "reviewer": "ru", "translator_kk": "kk"}


def our_panels(page) -> list[str]:
    """The ids of the role panels on the dashboard, top to bottom ("Your drafts" and Wagtail's
    review panels come and go with what the other browser tests leave behind)."""
    ids = page.locator("section.w-panel").evaluate_all("sections => sections.map(s => s.id)")
    return [panel_id for panel_id in ids if panel_id in OURS]


def test_each_role_sees_its_own_dashboard_panels_in_its_admin_language(
    hub, login, final_screenshot, timed
):
    for username, panels in EXPECTED.items():
        page = login(username)
        expect(page.locator("html")).to_have_attribute("lang", LANGUAGE[username])
        for panel_id, heading in panels.items():
            expect(page.locator(f"#{panel_id} h2")).to_contain_text(heading)
        assert our_panels(page) == list(panels), username

        if username == "editor":
            # Each open petition's figure is the public count against the goal.
            rows = page.locator(f"#{PETITIONS} tr[data-petition]")
            expect(rows.first).to_be_visible()
            for index in range(rows.count()):
                row = rows.nth(index)
                petition = hub.get_json(f"/api/v1/pages/{row.get_attribute('data-petition')}/")
                assert petition["is_open"]
                expect(row).to_contain_text(f"{petition['signature_count']} из {petition['goal']}")
            # The backlog's figures lead to the translation status report, filtered.
            page.locator(f"#{BACKLOG} tr[data-language=kk] th a").click()
            expect(page).to_have_url(f"{hub.base_url}/admin/translations/status/?language=kk")
        if username == "reviewer":
            final_screenshot(page)
