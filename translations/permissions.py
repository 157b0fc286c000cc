"""Which languages a user may work in, by the roles in translations/roles.py."""

from translations.roles import EDITORS, REVIEWERS, TRANSLATORS


def translator_languages(user) -> set[str] | None:
    """The languages a translator is limited to, or None when the user is not limited
    (superusers, editors, reviewers)."""
    if not user.is_authenticated:
        return set()
    if user.is_superuser:
        return None
    names = set(user.groups.values_list("name", flat=True))
    if names & {EDITORS, REVIEWERS}:
        return None
    return {language for language, group in TRANSLATORS.items() if group in names}


def may_edit_in(user, language: str) -> bool:
    languages = translator_languages(user)
    return languages is None or language in languages
