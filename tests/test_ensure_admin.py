from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def run(**options):
    output = StringIO()
    call_command("ensure_admin", stdout=output, **options)
    return output.getvalue()


def test_creates_an_admin_with_the_given_password_and_prints_the_login(monkeypatch):
    monkeypatch.setenv("ADMIN_PASSWORD", "теңдік-2030")
    output = run(url="http://127.0.0.1:8000/admin/")
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.check_password("теңдік-2030")
    assert "username: admin" in output and "password: теңдік-2030" in output
    assert "http://127.0.0.1:8000/admin/" in output


def test_generates_and_prints_a_password_when_none_is_given(monkeypatch):
    monkeypatch.delenv("ADMIN_PASSWORD", raising=False)
    output = run()
    password = output.split("password: ")[1].strip()
    assert len(password) >= 12
    assert get_user_model().objects.get(username="admin").check_password(password)


def test_leaves_an_existing_admin_alone(monkeypatch):
    get_user_model().objects.create_superuser("editor-in-chief", "e@example.kz", "old-password")
    output = run()
    assert "exists" in output and "editor-in-chief" in output
    assert get_user_model().objects.filter(is_superuser=True).count() == 1  # no second admin
