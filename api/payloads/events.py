"""Events. Their serializers are in api/schema/events.py."""

from api.models import PayloadDependency
from api.payloads.blocks import (
    collect_references,
    list_items,
    organisation,
    raw_stream,
    stream_payload,
)
from api.payloads.builder import PageBuilder, by_sort_order
from cms.languages import local_iso_time
from cms.models import Author
from cms.regions import region_name
from cms.safe_links import safe_link
from events.models import EventAudience, EventPartner, EventQuestion, EventSpeaker


class EventPageBuilder(PageBuilder):
    def collect(self, references):
        page = self.page
        for stream in (page.body, page.materials, page.report_photos):
            collect_references(raw_stream(stream), references)
        references.add_html(page.report_summary)
        self.audiences = self._rows(page, "event_audiences", EventAudience, "audience")
        self.questions = self._rows(page, "event_questions", EventQuestion, None)
        self.speakers = [
            link.speaker for link in self._rows(page, "event_speakers", EventSpeaker, "speaker")
        ]
        self.partners = [
            link.partner for link in self._rows(page, "event_partners", EventPartner, "partner")
        ]
        for speaker in self.speakers:
            references.add_image(speaker.photo_id)
            self.context.depends_on(PayloadDependency.Kind.AUTHOR, speaker.pk)
        for partner in self.partners:
            references.add_image(partner.logo_id)
            self.context.depends_on(PayloadDependency.Kind.PARTNER, partner.pk)
        # The programme's sessions name their speakers: one query for all of them.
        session_speakers = {
            speaker_id
            for day in raw_stream(page.programme)
            for session in list_items((day.get("value") or {}).get("sessions"))
            for speaker_id in list_items((session or {}).get("speakers"))
            if speaker_id
        }
        self.session_speakers = Author.objects.in_bulk(session_speakers)
        for author_id in self.session_speakers:
            self.context.depends_on(PayloadDependency.Kind.AUTHOR, author_id)

    def _rows(self, page, relation, model, field):
        rows = (
            getattr(page, relation).all()
            if self.in_memory
            else model.objects.filter(page=page).select_related(*filter(None, [field]))
        )
        return sorted(rows, key=by_sort_order)

    def fields(self):
        page, context = self.page, self.context
        region = region_name(page.region, page.locale.language_code)
        return {
            "kind": page.kind,
            "format": page.format,
            "cancelled": page.is_cancelled,
            "starts_at": local_iso_time(page.starts_at),
            "ends_at": local_iso_time(page.ends_at),
            "languages": page.language_codes,
            "city": page.city,
            "venue": page.venue,
            "address": page.address,
            "region": {"code": page.region, "name": region} if region else None,
            "audiences": [
                {"id": link.audience.pk, "slug": link.audience.slug, "name": link.audience.name}
                for link in self.audiences
            ],
            "capacity": page.capacity,
            "registration": {
                "opens_at": local_iso_time(page.registration_opens_at),
                "closes_at": local_iso_time(page.registration_closes_at),
                "required": page.takes_registrations,
                "requires_approval": page.requires_approval,
                "waiting_list": page.has_waiting_list,
                "questions": [
                    {
                        "key": str(question.translation_key),
                        "label": question.label,
                        "kind": question.kind,
                        "options": question.option_list if question.kind == "choice" else [],
                        "required": question.required,
                    }
                    for question in self.questions
                ],
            },
            "body": stream_payload(raw_stream(page.body), context),
            "programme": [self._day(day.get("value") or {}) for day in raw_stream(page.programme)],
            "speakers": [self._person(speaker) for speaker in self.speakers],
            "partners": [organisation(partner, context) for partner in self.partners],
            "materials": stream_payload(raw_stream(page.materials), context),
            "stream_url": safe_link(page.stream_url),
            "recording_url": safe_link(page.recording_url),
            # attendee_count changes with check-ins, without a publish: api/responses.py.
            "report": {
                "summary": context.html(page.report_summary),
                "photos": stream_payload(raw_stream(page.report_photos), context),
            },
        }

    def _person(self, author):
        return {
            "id": author.pk,
            "name": author.name,
            "role": author.role,
            "bio": author.bio,
            "photo": self.context.image_by_id(author.photo_id, author.name),
        }

    def _day(self, day):
        return {
            "date": day.get("date"),
            "title": day.get("title") or "",
            "sessions": [
                {
                    "starts_at": session.get("starts_at"),
                    "ends_at": session.get("ends_at") or None,
                    "title": session.get("title", ""),
                    "description": session.get("description") or "",
                    "speakers": [
                        {"id": author.pk, "name": author.name}
                        for author in (
                            self.session_speakers.get(speaker_id)
                            for speaker_id in list_items(session.get("speakers"))
                        )
                        if author is not None
                    ],
                    "language": session.get("language") or None,
                }
                for session in list_items(day.get("sessions"))
                if session
            ],
        }
