"""Login throttling with django-axes (settings AXES_*): after AXES_FAILURE_LIMIT failed sign-ins
within AXES_COOLOFF_TIME, the account, and separately the client's address, is refused until the
cool-off ends or an administrator lifts it (`manage.py axes_reset_username NAME`).

Attempts are counted in the database, never in the cache: a Redis outage neither opens nor
closes the door. The refusal speaks the user's language: on Wagtail's login form as the form's
error, elsewhere (Django's admin) as a page of its own; both answer 429.
"""

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.shortcuts import render
from django.utils.translation import ngettext
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


def cool_off_minutes() -> int:
    return int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)


def lockout_message() -> str:
    minutes = cool_off_minutes()
    return ngettext(
        "Too many failed sign-in attempts. Signing in to this account or from this network address "
        "is paused for %(minutes)d minute; an administrator can lift the pause sooner.",
        "Too many failed sign-in attempts. Signing in to this account or from this network address "
        "is paused for %(minutes)d minutes; an administrator can lift the pause sooner.",
        minutes,
    ) % {"minutes": minutes}


class LoginForm(WagtailLoginForm):
    """Wagtail's login form (WAGTAILADMIN_USER_LOGIN_FORM), which says that sign-in is paused
    when django-axes refused the attempt, instead of claiming the password was wrong."""

    def get_invalid_login_error(self):
        if getattr(self.request, "axes_locked_out", False):
            return ValidationError(lockout_message(), code="locked_out")
        return super().get_invalid_login_error()


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the login form as rendered when it already shows why, else a page
    that says it; 429 with Retry-After either way."""
    context = getattr(original_response, "context_data", None) or {}
    form = context.get("form")
    if form is not None and form.has_error(NON_FIELD_ERRORS, code="locked_out"):
        response = original_response
        response.status_code = 429
    else:
        response = render(
            request, "ops/login_locked.html", {"message": lockout_message()}, status=429
        )
    response["Retry-After"] = str(cool_off_minutes() * 60)
    return response


class LoginAttempts(AxesDatabaseHandler):
    """Axes' database handler, except that a successful sign-in clears only the failures against
    that account: failures against other accounts from the same address keep counting towards
    the address's limit (axes would clear every failure from the address, so one valid login
    would reset a guesser's count)."""

    def reset_user_attempts(self, request, credentials=None) -> int:
        username = get_client_username(request, credentials)
        count, _by_model = AccessAttempt.objects.filter(username=username).delete()
        return count
