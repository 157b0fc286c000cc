import polib
from django.core.management.base import BaseCommand

from cms.wagtail_catalogue import catalogue_path, installed_entries


class Command(BaseCommand):
    help = (
        "Bring locale/<language>/LC_MESSAGES/wagtail.po and wagtailjs.po in step with the "
        "installed Wagtail and wagtail-localize: new strings are added untranslated, with the "
        "Russian text as a hint; strings no longer shipped become obsolete."
    )

    def add_arguments(self, parser):
        parser.add_argument("--language", default="kk")

    def handle(self, *args, language, **options):
        for domain, expected in installed_entries().items():
            path = catalogue_path(language, domain)
            catalogue = polib.pofile(str(path)) if path.exists() else self.new(language)
            ours = {(entry.msgctxt, entry.msgid): entry for entry in catalogue}
            added = 0
            for key, reference in expected.items():
                if key in ours:
                    ours[key].obsolete = False
                    continue
                entry = polib.POEntry(
                    msgctxt=reference.msgctxt,
                    msgid=reference.msgid,
                    msgid_plural=reference.msgid_plural or "",
                    comment="ru: "
                    + (reference.msgstr or " | ".join(reference.msgstr_plural.values())),
                )
                if reference.msgid_plural:
                    entry.msgstr_plural = {0: "", 1: ""}
                catalogue.append(entry)
                added += 1
            retired = 0
            for key, entry in ours.items():
                if key not in expected and not entry.obsolete:
                    entry.obsolete = True
                    retired += 1
            path.parent.mkdir(parents=True, exist_ok=True)
            catalogue.save(str(path))
            self.stdout.write(
                f"{path}: {added} new, {retired} obsolete, "
                f"{catalogue.percent_translated()}% translated"
            )

    @staticmethod
    def new(language):
        catalogue = polib.POFile(wrapwidth=0)
        catalogue.metadata = {
            "Content-Type": "text/plain; charset=UTF-8",
            "Language": language,
            "Plural-Forms": "nplurals=2; plural=(n!=1);",
        }
        return catalogue
