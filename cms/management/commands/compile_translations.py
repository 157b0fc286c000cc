from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand

# Our translations of the strings Wagtail's, wagtail-localize's and Django's own catalogues
# lack (cms/wagtail_catalogue.py) live beside our catalogue, so `make messages` (which only
# knows our code) never drops them; they are compiled into the same .mo file as ours.
from cms.wagtail_catalogue import MERGED_INTO


class Command(BaseCommand):
    help = (
        "Compile the project's .po catalogues in LOCALE_PATHS to .mo files, with the upstream "
        "strings we translate (wagtail.po, djangocore.po, wagtailjs.po) merged into django.mo "
        "and djangojs.mo. Unlike "
        "`compilemessages` it needs no GNU gettext on the machine."
    )

    def handle(self, *args, **options):
        compiled = 0
        for locale_path in settings.LOCALE_PATHS:
            for messages in sorted(Path(locale_path).glob("*/LC_MESSAGES")):
                for domain, extras in MERGED_INTO.items():
                    parts = [messages / f"{domain}.po", *(messages / extra for extra in extras)]
                    parts = [part for part in parts if part.exists()]
                    if not parts:
                        continue
                    catalogue = self.merged(parts)
                    catalogue.save_as_mofile(str(messages / f"{domain}.mo"))
                    compiled += 1
                    for part in parts:
                        self.stdout.write(
                            f"{part.relative_to(settings.BASE_DIR)}: "
                            f"{polib.pofile(str(part)).percent_translated()}% translated"
                        )
        self.stdout.write(self.style.SUCCESS(f"Compiled {compiled} catalogue(s)."))

    @staticmethod
    def merged(parts):
        """The first file's entries win: our own strings over our translations of Wagtail's."""
        catalogue = polib.pofile(str(parts[0]))
        seen = {(entry.msgctxt, entry.msgid) for entry in catalogue}
        for part in parts[1:]:
            for entry in polib.pofile(str(part)):
                if (entry.msgctxt, entry.msgid) not in seen and entry.translated():
                    catalogue.append(entry)
                    seen.add((entry.msgctxt, entry.msgid))
        return catalogue
