"""How fast certificates are issued and drawn, and proof that nobody gets two.

    .venv/bin/python tests/benchmarks/certificates_bench.py          # 600 attendees, 200 PDFs
    .venv/bin/python tests/benchmarks/certificates_bench.py --quick  # 60 attendees, 20 PDFs

Needs PostgreSQL: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the
server; everything happens in a throwaway database `tendik_certificates_bench_<pid>`, dropped at
the end (--keep-db keeps it). In process, no server: issuing is a background task.

1. Migrates; one two-day event in ru, kk and en that ended yesterday (the benches' event,
   tests/benchmarks/harness.py), --attendees confirmed registrations in ru/kk/en (55/35/10)
   with Kazakh and Russian names, each checked in on both days, and a tenth checked in on one
   day only (not attendees under the every-day rule).
2. Issues: `issue_certificates` as the worker runs it (tasks go to the dummy backend, so the
   emails stay in the outbox): wall time, certificates per second, SQL queries.
3. Issues again, as a second press would: wall time, and nothing new.
4. Draws --pdfs certificates as the email composer does (events/emails.py): the PDF of each,
   ms p50/p95 and the size; reads each back with pypdf.
5. Checks: certificates == attendees, one outbox email each, none after the second run; every
   drawn PDF's text holds its holder's name and the event's title in the holder's language.
"""

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.harness import Checks, percentile, seed_event, throwaway_database  # noqa: E402

FIRST = [
    "Әсел",
    "Ғалия",
    "Құралай",
    "Нұрлан",
    "Өмірзақ",
    "Ұлжан",
    "Үміт",
    "Һарун",
    "Іңкәр",
    "Ирина",
]
LAST = ["Сәрсенова", "Қасымов", "Өмірбекова", "Нұрғалиев", "Ахметова", "Соколова", "Іскақов"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attendees", type=int, default=600)
    parser.add_argument("--pdfs", type=int, default=200)
    parser.add_argument("--quick", action="store_true", help="60 attendees, 20 PDFs")
    parser.add_argument("--keep-db", action="store_true")
    args = parser.parse_args()
    if args.quick:
        args.attendees, args.pdfs = 60, 20
    with throwaway_database(
        "certificates_bench", "tests.benchmarks.scheduler_bench_settings", keep=args.keep_db
    ) as database:
        import django

        django.setup()
        sys.exit(run(args, database))


def run(args, database) -> int:
    import io
    from datetime import timedelta

    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone
    from pypdf import PdfReader

    from events.certificates import issue_certificates
    from events.emails import compose_certificate_email
    from events.models import Attendance, Certificate, CertificateRun, EventPage, Registration
    from outbox.models import OutgoingEmail

    print(f"PostgreSQL {database.server_version}, database {database.name}")
    call_command("migrate", interactive=False, verbosity=0)
    pages = seed_event(capacity=args.attendees)
    event = EventPage.objects.get(pk=pages["ru"])
    ended = timezone.now() - timedelta(days=1)
    EventPage.objects.filter(translation_key=event.translation_key).update(
        starts_at=ended - timedelta(days=1, hours=7), ends_at=ended, certificate_hours=16
    )
    event = EventPage.objects.get(pk=pages["ru"])
    titles = dict(
        EventPage.objects.filter(translation_key=event.translation_key).values_list(
            "locale__language_code", "title"
        )
    )
    rng = random.Random(21)
    rows = [
        Registration(
            event_key=event.translation_key,
            full_name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            email=f"attendee-{n}@example.kz",
            locale=rng.choices(["ru", "kk", "en"], (55, 35, 10))[0],
            status=Registration.Status.CONFIRMED,
        )
        for n in range(args.attendees + args.attendees // 10)
    ]
    Registration.objects.bulk_create(rows)
    days = event.days
    registrations = list(
        Registration.objects.filter(event_key=event.translation_key).order_by("pk")
    )
    Attendance.objects.bulk_create(
        Attendance(registration=each, day=day)
        for n, each in enumerate(registrations)
        for day in (days if n < args.attendees else days[:1])
    )
    print(f"{args.attendees} attendees over {len(days)} days, {len(registrations)} registrations")

    checks = Checks()
    run = CertificateRun.objects.create(event_key=event.translation_key)
    started = time.perf_counter()
    with CaptureQueriesContext(connection) as captured:
        issue_certificates.call(run.pk)
    seconds = time.perf_counter() - started
    print(
        f"issue: {seconds:.2f} s, {args.attendees / seconds:.0f} certificates/s, "
        f"{len(captured)} queries ({len(captured) / args.attendees:.1f} per certificate)"
    )
    emails = OutgoingEmail.objects.filter(kind="events.certificate").count()
    certificates = Certificate.objects.count()
    checks.check(
        certificates == args.attendees, "certificates", f"{certificates} of {args.attendees}"
    )
    checks.check(emails == args.attendees, "emails queued", f"{emails} (one each)")

    again = CertificateRun.objects.create(event_key=event.translation_key)
    started = time.perf_counter()
    issue_certificates.call(again.pk)
    seconds = time.perf_counter() - started
    again.refresh_from_db()
    print(f"second press: {seconds:.2f} s, {again.issued} new")
    checks.check(again.issued == 0, "second press", f"{again.issued} new certificates")
    after = OutgoingEmail.objects.filter(kind="events.certificate").count()
    checks.check(after == emails, "no second email", f"{after} emails after the second press")

    sample = list(Certificate.objects.order_by("?")[: args.pdfs])
    timings, sizes, readable = [], [], 0
    for certificate in sample:
        started = time.perf_counter()
        composed = compose_certificate_email({"certificate": certificate.pk})
        timings.append((time.perf_counter() - started) * 1000)
        data = composed.attachments[0][1]
        sizes.append(len(data))
        text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
        readable += certificate.full_name in text and titles[certificate.language] in text
    timings.sort()
    print(
        f"draw: {len(sample)} PDFs, p50 {percentile(timings, 50):.0f} ms, "
        f"p95 {percentile(timings, 95):.0f} ms, {sum(sizes) / len(sizes) / 1024:.0f} KiB each"
    )
    checks.check(
        readable == len(sample), "PDF text", f"{readable}/{len(sample)} hold name and title"
    )
    checks.summary()
    return 1 if checks.failed else 0


if __name__ == "__main__":
    main()
