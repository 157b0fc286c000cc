"""/api/v1/regions/: what a petition signature's `region` may be, named in ru, kk and en."""

import pytest

from cms.regions import REGION_CODES

pytestmark = pytest.mark.django_db


def test_three_cities_seventeen_regions_and_outside_in_every_language(api):
    for language in ("ru", "kk", "en"):
        response = api.get("/api/v1/regions/", {"locale": language})
        assert response.status_code == 200
        items = response.data_json["items"]
        kinds = [item["kind"] for item in items]
        assert kinds == ["city"] * 3 + ["region"] * 17 + ["outside"]
        assert {item["code"] for item in items} == REGION_CODES and len(items) == 21
        assert all(item["name"] == item["names"][language] for item in items)


def test_kazakh_names_keep_kazakh_letters_and_follow_the_kazakh_alphabet(api):
    items = api.get("/api/v1/regions/", {"locale": "kk"}).data_json["items"]
    names = [item["name"] for item in items if item["kind"] == "region"]
    assert "Шығыс Қазақстан облысы" in names and "Ұлытау облысы" in names
    # Kazakh order: Ақмола before Ақтөбе before Алматы; Қ after К; Ұ and Ү after У; Ш after Ү.
    assert (
        names.index("Ақмола облысы") < names.index("Ақтөбе облысы") < names.index("Алматы облысы")
    )
    assert names.index("Қарағанды облысы") > names.index("Жетісу облысы")
    assert names.index("Ұлытау облысы") < names.index("Шығыс Қазақстан облысы")
    assert api.get("/api/v1/regions/").data_json["locale"] == "ru"  # the default


def test_an_unknown_language_is_a_problem_not_a_list(api):
    response = api.get("/api/v1/regions/", {"locale": "de"})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
