"""Campaigns and petitions. Their serializers are in api/schema/campaigns.py."""

from api.models import PayloadDependency
from api.payloads.blocks import collect_references, organisation, raw_stream, stream_payload
from api.payloads.builder import PageBuilder, by_sort_order
from campaigns.models import CampaignPartner
from events.models import AudienceCategory


def audience_categories(ids, locale_id) -> dict[int, dict]:
    """{chosen category id: its slug and its name in the page's language (else as chosen)}."""
    chosen = AudienceCategory.objects.filter(pk__in=ids).values("pk", "slug", "translation_key")
    names = dict(
        AudienceCategory.objects.filter(
            translation_key__in=[row["translation_key"] for row in chosen], locale_id=locale_id
        ).values_list("translation_key", "name")
    )
    fallback = dict(AudienceCategory.objects.filter(pk__in=ids).values_list("pk", "name"))
    return {
        row["pk"]: {
            "slug": row["slug"],
            "name": names.get(row["translation_key"], fallback[row["pk"]]),
        }
        for row in chosen
    }


class CampaignPageBuilder(PageBuilder):
    def collect(self, references):
        page = self.page
        references.add_html(page.goals)
        references.add_html(page.problems)
        for stream in (page.body, page.activities):
            collect_references(raw_stream(stream), references)
        links = (
            page.campaign_partners.all()
            if self.in_memory
            else CampaignPartner.objects.filter(page=page).select_related("partner")
        )
        self.partners = sorted(links, key=by_sort_order)
        for link in self.partners:
            references.add_image(link.partner.logo_id)
            self.context.depends_on(PayloadDependency.Kind.PARTNER, link.partner_id)

    def fields(self):
        page, context = self.page, self.context
        return {
            "period": {"start": page.period_start, "end": page.period_end},
            "goals": context.html(page.goals),
            "problems": context.html(page.problems),
            "activities": stream_payload(raw_stream(page.activities), context),
            "indicators": self._indicators(),
            "body": stream_payload(raw_stream(page.body), context),
            "donors": self._organisations(CampaignPartner.Role.DONOR),
            "partners": self._organisations(CampaignPartner.Role.PARTNER),
        }

    def _indicators(self):
        indicators = [
            item["value"] for item in stream_payload(raw_stream(self.page.indicators), self.context)
        ]
        chosen = {pk for indicator in indicators for pk in indicator["audiences"]}
        categories = audience_categories(chosen, self.page.locale_id) if chosen else {}
        for indicator in indicators:
            indicator["audiences"] = [
                categories[pk] for pk in indicator["audiences"] if pk in categories
            ]
        return indicators

    def _organisations(self, role):
        return [
            organisation(link.partner, self.context) for link in self.partners if link.role == role
        ]


class PetitionPageBuilder(PageBuilder):
    def collect(self, references):
        references.add_html(self.page.demand)
        collect_references(raw_stream(self.page.body), references)

    def fields(self):
        page = self.page
        return {
            "addressee": page.addressee,
            "demand": self.context.html(page.demand),
            "body": stream_payload(raw_stream(page.body), self.context),
            "goal": page.goal,
            # signature_count, percent and is_open change without a publish: api/responses.py.
            "deadline": page.deadline,
            "state": page.state,
            "consent_text": page.consent_text,
        }
