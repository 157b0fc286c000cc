"""The pages that frame the site: home, section index pages and standard pages (about us,
contacts). Their serializers are in api/schema/home.py."""

from api.page_types import SECTION_LISTS
from api.payloads.blocks import collect_references, raw_stream, stream_payload
from api.payloads.builder import PageBuilder


class HomePageBuilder(PageBuilder):
    def collect(self, references):
        references.add_html(self.page.intro)

    def fields(self):
        return {"intro": self.context.html(self.page.intro)}


class IndexPageBuilder(PageBuilder):
    def collect(self, references):
        references.add_html(self.page.intro)

    def fields(self):
        return {
            "intro": self.context.html(self.page.intro),
            "lists_types": list(SECTION_LISTS.get(self.page.specific_class, ())),
        }


class StandardPageBuilder(PageBuilder):
    def collect(self, references):
        collect_references(raw_stream(self.page.body), references)

    def fields(self):
        return {"body": stream_payload(raw_stream(self.page.body), self.context)}
