import polib
from django.core.management.base import BaseCommand

from cms.wagtail_catalogue import SHIPPED, catalogue_path, missing_upstream, reference_entries


class Command(BaseCommand):
    help = (
        "Bring locale/<language>/LC_MESSAGES/wagtail.po, wagtailjs.po and djangocore.po in step "
        "with the installed Wagtail, wagtail-localize and Django: the strings their own "
        "catalogues do not translate into the language are added untranslated, with the Russian "
        "text as a hint; strings no longer shipped become obsolete."
    )

    def add_arguments(self, parser):
        parser.add_argument("--language", default="kk")

    def handle(self, *args, language, **options):
        for name in SHIPPED:
            wanted = missing_upstream(name, language)
            path = catalogue_path(language, name)
            if not path.exists() and not wanted:
                continue
            # wrapwidth=0: one line per string, as the files are kept, so a sync changes only
            # the entries it adds or retires.
            catalogue = (
                polib.pofile(str(path), wrapwidth=0) if path.exists() else self.new(language)
            )
            ours = {(entry.msgctxt, entry.msgid): entry for entry in catalogue}
            added = 0
            for key, reference in wanted.items():
                if key in ours:
                    ours[key].obsolete = False
                    continue
                hint = reference.msgstr or " | ".join(reference.msgstr_plural.values())
                entry = polib.POEntry(
                    msgctxt=reference.msgctxt,
                    msgid=reference.msgid,
                    msgid_plural=reference.msgid_plural or "",
                    comment=f"ru: {hint}" if hint else "",
                )
                if reference.msgid_plural:
                    entry.msgstr_plural = dict.fromkeys(range(self.plural_count(catalogue)), "")
                catalogue.append(entry)
                added += 1
            retired = 0
            still_shipped = reference_entries(name)
            for key, entry in ours.items():
                if key not in still_shipped and not entry.obsolete:
                    entry.obsolete = True
                    retired += 1
            path.parent.mkdir(parents=True, exist_ok=True)
            catalogue.save(str(path))
            self.stdout.write(
                f"{path}: {added} new, {retired} obsolete, "
                f"{catalogue.percent_translated()}% translated"
            )

    @staticmethod
    def plural_count(catalogue):
        forms = catalogue.metadata.get("Plural-Forms", "nplurals=2;")
        return int(forms.split("nplurals=")[1].split(";")[0])

    @staticmethod
    def new(language):
        catalogue = polib.POFile(wrapwidth=0)
        catalogue.metadata = {
            "Content-Type": "text/plain; charset=UTF-8",
            "Content-Transfer-Encoding": "8bit",
            "Language": language,
            # As in our django.po, whose header the merged .mo keeps.
            "Plural-Forms": {
                "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
                "(n%100<10 || n%100>=20) ? 1 : 2);",
            }.get(language, "nplurals=2; plural=(n!=1);"),
        }
        return catalogue
