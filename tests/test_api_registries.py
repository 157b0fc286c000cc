"""Every page type the API names has one payload builder (api/payloads/registry.py) and one
serializer (api/schema/registry.py), keyed by the same type names, and each is the one used for
pages of its type: the builder builds them, the contract's `Page` union points at the serializer."""

from django.contrib.contenttypes.models import ContentType

from api.models import PublicPage
from api.page_types import PAGE_TYPES, TYPE_NAMES
from api.payloads.pages import PagePayload
from api.payloads.registry import PAGE_BUILDERS
from api.schema.registry import PAGE_SERIALIZERS
from tests import factories
from tests.api_client import contract
from tests.conftest import publish

# What a page answer adds to the stored payload per request (api/responses.py).
PER_REQUEST_FIELDS = {
    "translations", "breadcrumbs", "campaign", "related", "signature_count", "percent", "is_open",
    "registration_state", "seats_left", "attendee_count", "article_counts", "accepted_proposals",
    "versions",
}  # fmt: skip


def page_union_mapping():
    return contract()["components"]["schemas"]["Page"]["discriminator"]["mapping"]


def component_name(serializer_class):
    ref_name = getattr(getattr(serializer_class, "Meta", None), "ref_name", None)
    return ref_name or serializer_class.__name__.removesuffix("Serializer")


def test_type_names_builders_and_serializers_are_the_same_set():
    names = set(TYPE_NAMES)
    assert len(names) == len(TYPE_NAMES)
    assert set(PAGE_TYPES.values()) == names
    assert set(page_union_mapping()) == names
    assert set(PAGE_BUILDERS) == names
    assert set(PAGE_SERIALIZERS) == names


def test_the_contract_declares_each_type_with_the_serializer_registered_for_it():
    mapping = page_union_mapping()
    for name, serializer_class in PAGE_SERIALIZERS.items():
        assert mapping[name] == f"#/components/schemas/{component_name(serializer_class)}"
        assert list(serializer_class().fields["type"].choices) == [name]


def test_each_page_is_built_by_the_builder_registered_for_its_type(
    published_site, home, monkeypatch
):
    publish(factories.StandardPageFactory(parent=home, title="О нас"))
    built_by = {}
    for name, builder in PAGE_BUILDERS.items():

        class Recording(builder):
            registered_as = name

            def fields(self):
                built_by[self.page.pk] = self.registered_as
                return super().fields()

        monkeypatch.setitem(PAGE_BUILDERS, name, Recording)

    entries = list(PublicPage.objects.all())
    assert {entry.type for entry in entries} == set(TYPE_NAMES)
    for entry in entries:
        model = ContentType.objects.get_for_id(entry.content_type_id).model_class()
        payload = PagePayload(entry, model.objects.get(pk=entry.page_id)).build()
        assert built_by[entry.page_id] == entry.type
        # The builder's fields are the ones its type's serializer declares, but for those
        # added per request.
        declared = set(PAGE_SERIALIZERS[entry.type]().fields)
        assert set(payload) <= declared, entry.type
        assert declared - set(payload) <= PER_REQUEST_FIELDS, entry.type
