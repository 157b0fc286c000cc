"""How fast the public JSON API answers, next to Wagtail's own API v2 and a bare Django view.

    make bench                                                     # the defaults below
    .venv/bin/python tests/benchmarks/api_bench.py                 # 2,000 pages per language, 10 s each
    .venv/bin/python tests/benchmarks/api_bench.py --pages-per-locale 50 --duration 2   # smoke run

Needs PostgreSQL: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the
server; everything happens in a throwaway database `tendik_api_bench_<pid>`, dropped at the end
(media go to a temporary folder). REDIS_URL, when set, is the cache, as in production.

1. Seeds published pages in ru, kk and en (the kk and en pages translate the ru ones): mostly
   analytical articles with a hero image, topics and a StreamField body, some long reads and
   video clips. They are written in bulk, the way `loaddata` writes rows, each with its
   published revision: publishing 6,000 pages one by one through Wagtail takes ~20 minutes.
   Then `manage.py index_public_pages` (the API's read model) when that command exists.
2. Serves the project with gunicorn, 2 sync workers, DEBUG off (tests/benchmarks/bench_settings.py),
   with Wagtail's API v2 and a bare JsonResponse ("floor") added (tests/benchmarks/bench_urls.py).
3. Loads each endpoint with 8 connections in a closed loop (a request, its whole response, the
   next request) for --duration seconds after a 1 s warm-up; `--wrk` uses wrk instead of the
   Python load generator. One request per endpoint before that checks it and makes the image
   renditions it needs.

Prints figures; asserts nothing. An endpoint of ours that is not there yet shows as
"n/a (status ...)".
"""

import argparse
import datetime
import io
import json
import math
import multiprocessing
import os
import random
import shutil
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.harness import (  # noqa: E402
    HOST,
    bench_run,
    fetch,
    percentile,
    png,
)

SETTINGS_MODULE = "tests.benchmarks.bench_settings"
LANGUAGES = ("ru", "kk", "en")
GUNICORN_WORKERS = 2
WARM_UP_SECONDS = 1.0
IMAGE_COUNT = 20
# Of every 20 content pages per language: one video clip, one long read, the rest articles.
VIDEO_EVERY, LONG_READ_EVERY = 20, 20
BATCH = 500  # pages written per transaction

# -- texts ------------------------------------------------------------------------------------

TOPICS = {
    "ru": [
        "Равенство",
        "Трудовые права",
        "Права мигрантов",
        "Гендерное равенство",
        "Доступ к правосудию",
        "Свобода выражения",
        "Права людей с инвалидностью",
        "Образование",
    ],
    "kk": [
        "Теңдік",
        "Еңбек құқықтары",
        "Көші-қоншылардың құқықтары",
        "Гендерлік теңдік",
        "Сот төрелігіне қолжетімділік",
        "Пікір білдіру бостандығы",
        "Мүгедектігі бар адамдардың құқықтары",
        "Білім беру",
    ],
    "en": [
        "Equality",
        "Labour rights",
        "Migrants' rights",
        "Gender equality",
        "Access to justice",
        "Freedom of expression",
        "Disability rights",
        "Education",
    ],
}
HOME_TITLES = {"ru": "Главная", "kk": "Басты бет", "en": "Home"}
SECTION_TITLES = {
    "articles": {"ru": "Аналитика", "kk": "Талдау", "en": "Analysis"},
    "videos": {"ru": "Видео", "kk": "Бейнелер", "en": "Videos"},
}
SUBJECTS = {
    "ru": [
        "Закон о равенстве",
        "Антидискриминационная политика",
        "Трудовой кодекс",
        "Права мигрантов",
        "Доступ к правосудию",
        "Защита от домогательств",
        "Гендерное равенство",
        "Инклюзивное образование",
    ],
    "kk": [
        "Теңдік туралы заң",
        "Кемсітушілікке қарсы саясат",
        "Еңбек кодексі",
        "Көші-қоншылардың құқықтары",
        "Сот төрелігіне қолжетімділік",
        "Қудалаудан қорғау",
        "Гендерлік теңдік",
        "Инклюзивті білім беру",
    ],
    "en": [
        "The equality law",
        "Anti-discrimination policy",
        "The labour code",
        "Migrants' rights",
        "Access to justice",
        "Protection from harassment",
        "Gender equality",
        "Inclusive education",
    ],
}
ANGLES = {
    "ru": [
        "что изменилось за год",
        "анализ правоприменения",
        "обзор судебной практики",
        "рекомендации парламенту",
        "опыт соседних стран",
        "вопросы и ответы",
    ],
    "kk": [
        "бір жылда не өзгерді",
        "құқық қолдануды талдау",
        "сот тәжірибесіне шолу",
        "парламентке ұсыныстар",
        "көрші елдердің тәжірибесі",
        "сұрақтар мен жауаптар",
    ],
    "en": [
        "what changed in a year",
        "how the law is applied",
        "a review of court practice",
        "recommendations to parliament",
        "what neighbouring countries do",
        "questions and answers",
    ],
}
ISSUE = {"ru": "выпуск {}", "kk": "{}-шығарылым", "en": "issue {}"}
HEADINGS = {
    "ru": ["Что говорит закон", "Практика", "Рекомендации"],
    "kk": ["Заң не дейді", "Тәжірибе", "Ұсыныстар"],
    "en": ["What the law says", "In practice", "Recommendations"],
}
SENTENCES = {
    "ru": [
        "Казахстан ратифицировал основные международные договоры о правах человека, но национальное законодательство пока не содержит единого определения дискриминации.",
        "Эксперты отмечают, что суды редко ссылаются на международные стандарты при рассмотрении трудовых споров.",
        "Работодатели по-прежнему указывают возраст и пол в объявлениях о вакансиях, хотя закон это запрещает.",
        "Мигранты сталкиваются с трудностями при получении медицинской помощи и регистрации по месту жительства.",
        "Проект закона предусматривает создание независимого органа по вопросам равенства.",
        "Опрос показал, что две трети респондентов не знают, куда обратиться в случае дискриминации.",
        "Мы предлагаем закрепить в законе понятие косвенной дискриминации и перенести бремя доказывания на ответчика.",
    ],
    "kk": [
        "Қазақстан адам құқықтары жөніндегі негізгі халықаралық шарттарды ратификациялады, бірақ ұлттық заңнамада кемсітушіліктің бірыңғай анықтамасы әлі жоқ.",
        "Сарапшылар соттар еңбек дауларын қарағанда халықаралық стандарттарға сирек сілтеме жасайтынын атап өтеді.",
        "Жұмыс берушілер заң тыйым салғанына қарамастан, бос орын туралы хабарландыруларда жасы мен жынысын әлі де көрсетеді.",
        "Көші-қоншылар медициналық көмек алуда және тұрғылықты жері бойынша тіркелуде қиындықтарға тап болады.",
        "Заң жобасы теңдік мәселелері жөніндегі тәуелсіз орган құруды көздейді.",
        "Сауалнама респонденттердің үштен екісі кемсітушілікке ұшыраған жағдайда қайда жүгіну керектігін білмейтінін көрсетті.",
        "Біз заңда жанама кемсітушілік ұғымын бекітуді және дәлелдеу міндетін жауапкерге жүктеуді ұсынамыз.",
    ],
    "en": [
        "Kazakhstan has ratified the core international human rights treaties, but national law still has no single definition of discrimination.",
        "Experts note that courts rarely refer to international standards when they hear labour disputes.",
        "Employers still state age and sex in job advertisements, although the law forbids it.",
        "Migrants struggle to get medical care and to register where they live.",
        "The draft law provides for an independent equality body.",
        "A survey found that two thirds of respondents do not know where to turn when they face discrimination.",
        "We propose to define indirect discrimination in the law and to shift the burden of proof to the respondent.",
    ],
}

# -- seeding ----------------------------------------------------------------------------------


def block(kind: str, value) -> dict:
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def paragraph(rng: random.Random, lang: str, sentences: int = 4) -> str:
    return "<p>" + " ".join(rng.sample(SENTENCES[lang], sentences)) + "</p>"


def body_blocks(rng: random.Random, lang: str, image_id: int) -> list[dict]:
    heading = [{"text": text, "level": "h2"} for text in HEADINGS[lang]]
    return [
        block("heading", heading[0]),
        block("paragraph", paragraph(rng, lang)),
        block("paragraph", paragraph(rng, lang)),
        block("image", {"image": image_id, "caption": "", "alt_text": ""}),
        block("heading", heading[1]),
        block("paragraph", paragraph(rng, lang)),
        block("heading", heading[2]),
        block("paragraph", paragraph(rng, lang)),
    ]


class Seeder:
    """Writes the bench content: home, section pages and snippets through Wagtail's own API,
    the many content pages in bulk."""

    def __init__(self, pages_per_locale: int):
        from wagtail.models import Locale

        self.pages_per_locale = pages_per_locale
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.images = []
        self.topics: dict[str, list] = {}
        self.homes: dict[str, object] = {}
        self.sections: dict[str, dict[str, object]] = {}
        self.first_article = None  # the newest Russian analytical article

    def run(self):
        self.seed_images()
        self.seed_topics()
        self.seed_homes_and_sections()
        self.seed_content_pages()

    def seed_images(self):
        from django.core.files.images import ImageFile
        from wagtail.images import get_image_model

        Image = get_image_model()
        rng = random.Random("images")
        for number in range(1, IMAGE_COUNT + 1):
            image = Image(
                title=f"Bench image {number:02d}",
                file=ImageFile(io.BytesIO(png(rng)), name=f"bench-{number:02d}.png"),
            )
            image.save()
            self.images.append(image)
        print(f"  {len(self.images)} images", flush=True)

    def seed_topics(self):
        from cms.models import Topic
        from cms.transliteration import make_slug

        keys = [uuid.uuid4() for _ in TOPICS["ru"]]
        for lang in LANGUAGES:
            self.topics[lang] = [
                Topic.objects.create(
                    locale=self.locales[lang],
                    translation_key=key,
                    name=name,
                    slug=make_slug(name, max_length=100),
                )
                for key, name in zip(keys, TOPICS[lang], strict=True)
            ]
        print(f"  {len(keys)} topics per language", flush=True)

    def seed_homes_and_sections(self):
        from wagtail.models import Site

        from articles.models import ArticleIndexPage, VideoIndexPage
        from cms.transliteration import make_slug

        home = Site.objects.get(is_default_site=True).root_page.specific
        home.save_revision().publish()
        self.homes["ru"] = home
        for lang in LANGUAGES[1:]:
            translation = home.copy_for_translation(self.locales[lang])
            translation.title = translation.draft_title = HOME_TITLES[lang]
            translation.save_revision().publish()
            self.homes[lang] = translation
        for lang in LANGUAGES:
            self.sections[lang] = {}
            for key, model in (("articles", ArticleIndexPage), ("videos", VideoIndexPage)):
                title = SECTION_TITLES[key][lang]
                page = model(title=title, slug=make_slug(title), locale=self.locales[lang])
                if lang != "ru":
                    page.translation_key = self.sections["ru"][key].translation_key
                self.homes[lang].add_child(instance=page)
                page.save_revision().publish()
                self.sections[lang][key] = page
        print(f"  {len(LANGUAGES)} home pages, {2 * len(LANGUAGES)} section pages", flush=True)

    def content_page(self, number: int, lang: str, published_at, key):
        """The `number`th content page of a language, not yet saved; its section's key."""
        from articles.models import AnalyticalArticlePage, LongReadPage, VideoClipPage
        from cms.transliteration import make_slug

        # Seeded by the number only: the texts of all languages are picked at the same places
        # of their (parallel) lists, so the kk and en pages translate the ru one.
        rng = random.Random(number)
        subject, angle = rng.choice(SUBJECTS[lang]), rng.choice(ANGLES[lang])
        title = f"{subject}: {angle}, {ISSUE[lang].format(number)}"
        image = self.images[number % len(self.images)]
        common = {
            "title": title,
            "draft_title": title,
            "slug": make_slug(title),
            "locale_id": self.locales[lang].pk,
            "translation_key": key,
            "summary": " ".join(rng.sample(SENTENCES[lang], 2)),
            "publication_date": published_at.date(),
            "first_published_at": published_at,
            "last_published_at": published_at,
            "latest_revision_created_at": published_at,
            "live": True,
            "has_unpublished_changes": False,
        }
        if number % VIDEO_EVERY == 0:
            video_id = "".join(
                rng.choices("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ_-", k=11)
            )
            page = VideoClipPage(
                **common,
                video_url=f"https://www.youtube.com/watch?v={video_id}",
                duration_seconds=rng.randint(60, 900),
                thumbnail_id=image.pk,
                transcript=paragraph(rng, lang, 5),
            )
            return page, "videos"
        if number % LONG_READ_EVERY == LONG_READ_EVERY // 2:
            chapters = [
                block(
                    "chapter",
                    {"title": heading, "anchor": "", "body": body_blocks(rng, lang, image.pk)},
                )
                for heading in HEADINGS[lang]
            ]
            return LongReadPage(**common, hero_image_id=image.pk, chapters=chapters), "articles"
        body = body_blocks(rng, lang, self.images[(number + 7) % len(self.images)].pk)
        return AnalyticalArticlePage(**common, hero_image_id=image.pk, body=body), "articles"

    def seed_content_pages(self):
        from django.db import transaction

        from cms.models import PageTopic

        count = self.pages_per_locale
        rng = random.Random("pages")
        now = datetime.datetime.now(tz=datetime.UTC)
        # What the translations share with their Russian page: the translation keys (of the page
        # and of its topic links), the topics, the publication moment (a translation follows a
        # day or two after its source).
        keys = [uuid.uuid4() for _ in range(count)]
        moments = sorted(
            (now - datetime.timedelta(days=3 + rng.uniform(0, 1100)) for _ in range(count)),
        )
        topic_choices = [rng.sample(range(len(TOPICS["ru"])), rng.randint(1, 3)) for _ in keys]
        link_keys = [[uuid.uuid4() for _ in choice] for choice in topic_choices]
        for lang_index, lang in enumerate(LANGUAGES):
            for start in range(0, count, BATCH):
                pages_by_section = {"articles": [], "videos": []}
                links = {}
                for index in range(start, min(start + BATCH, count)):
                    moment = moments[index] + datetime.timedelta(days=lang_index)
                    page, section = self.content_page(index + 1, lang, moment, keys[index])
                    pages_by_section[section].append(page)
                    links[id(page)] = [
                        PageTopic(
                            topic=self.topics[lang][topic],
                            sort_order=order,
                            locale_id=self.locales[lang].pk,
                            translation_key=link_key,
                        )
                        for order, (topic, link_key) in enumerate(
                            zip(topic_choices[index], link_keys[index], strict=True)
                        )
                    ]
                with transaction.atomic():
                    for section, pages in pages_by_section.items():
                        if pages:
                            add_published_children(self.sections[lang][section], pages, links)
                done = min(start + BATCH, count)
                print(f"  [{lang}] {done:>5}/{count} content pages", flush=True)
        from articles.models import AnalyticalArticlePage

        self.first_article = (
            AnalyticalArticlePage.objects.live()
            .filter(locale=self.locales["ru"])
            .order_by("-first_published_at")
            .first()
        )


def add_published_children(parent, pages, topic_links):
    """Adds `pages` (unsaved, of any page types) as the last children of `parent`, live, each with
    its topic links and one published revision: the rows `parent.add_child(instance=page)` and
    `page.save_revision().publish()` leave behind, in bulk where Django allows it (one INSERT per
    page for its type's table and one for its revision). Left out, as nothing measured here
    reads them: log entries, Wagtail's search index and reference index.
    """
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page, Revision

    from cms.models import PageTopic

    parent.refresh_from_db(fields=["numchild"])
    depth = parent.depth + 1
    for step, page in enumerate(pages, start=parent.numchild + 1):
        page.path = Page._get_path(parent.path, depth, step)
        page.depth = depth
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
    base_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    rows = Page.objects.bulk_create(
        [Page(**{f.attname: getattr(page, f.attname) for f in base_fields}) for page in pages]
    )
    for page, row in zip(pages, rows, strict=True):
        page.pk = page.page_ptr_id = row.pk
        # The page type's own table only, as loaddata does (raw: signal receivers skip it).
        page.save_base(raw=True, force_insert=True)
    links = []
    for page in pages:
        for link in topic_links[id(page)]:
            link.page_id = page.pk
            links.append(link)
    PageTopic.objects.bulk_create(links)
    page_type = ContentType.objects.get_for_model(Page)
    revisions = []
    for page in pages:
        page.page_topics = topic_links[id(page)]  # so that the revision holds them
        revisions.append(
            Revision(
                content_type_id=page.content_type_id,
                base_content_type=page_type,
                object_id=str(page.pk),
                created_at=page.last_published_at,
                object_str=page.title,
                content=page.serializable_data(),
            )
        )
    # One row per INSERT: a multi-row insert sends the JSON as a jsonb[] array, which psycopg
    # escapes in Python at ~10 ms a revision; a single row goes through libpq's escaping.
    Revision.objects.bulk_create(revisions, batch_size=1)
    for row, revision in zip(rows, revisions, strict=True):
        row.latest_revision_id = row.live_revision_id = revision.pk
    Page.objects.bulk_update(rows, ["latest_revision", "live_revision"], batch_size=BATCH)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
    parent.numchild += len(pages)


# -- the load generator -----------------------------------------------------------------------


def closed_loop(port: int, request: bytes, start: float, measure_from: float, stop: float):
    """One connection: request, read the whole response, repeat, until `stop` (time.monotonic).
    Returns the latencies (s) of the requests that began after `measure_from` and ended by
    `stop`, the number of those with an unexpected status, and the CPU seconds it used."""
    latencies, statuses = [], {}
    time.sleep(max(0.0, start - time.monotonic()))
    cpu = time.process_time()
    while True:
        began = time.monotonic()
        if began >= stop:
            break
        try:
            with socket.create_connection((HOST, port)) as connection:
                connection.sendall(request)
                head = connection.recv(65536)
                while connection.recv(65536):
                    pass
            status = int(head[9:12]) if head.startswith(b"HTTP/") else 0
        except OSError:
            status = 0
        ended = time.monotonic()
        if began >= measure_from and ended <= stop:
            latencies.append(ended - began)
            statuses[status] = statuses.get(status, 0) + 1
    return latencies, statuses, time.process_time() - cpu


@dataclass
class Result:
    name: str
    note: str = ""  # why there are no figures
    rps: float = 0.0
    p50: float = 0.0
    p95: float = 0.0
    bytes: int = 0
    statuses: dict = field(default_factory=dict)
    unexpected: dict = field(default_factory=dict)  # statuses other than the expected one
    client_cpu: float = 0.0  # CPU seconds per second used by the load generator

    @property
    def measured(self):
        return not self.note


class PythonLoad:
    name = "python"

    def __init__(self, port, connections, duration):
        self.port, self.connections, self.duration = port, connections, duration
        # Processes, not threads: the client must not share a GIL (spawned: no Django inside).
        self.pool = multiprocessing.get_context("spawn").Pool(connections)
        self.pool.map(time.sleep, [0] * connections)  # started and idle

    def run(self, result: Result, target: str, headers: dict):
        lines = [f"GET {target} HTTP/1.1", f"Host: {HOST}:{self.port}", "Connection: close"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        request = ("\r\n".join(lines) + "\r\n\r\n").encode()
        start = time.monotonic() + 0.2
        measure_from = start + WARM_UP_SECONDS
        stop = measure_from + self.duration
        args = (self.port, request, start, measure_from, stop)
        runs = self.pool.starmap(closed_loop, [args] * self.connections, chunksize=1)
        latencies = sorted(latency for run in runs for latency in run[0])
        for run in runs:
            for status, count in run[1].items():
                result.statuses[status] = result.statuses.get(status, 0) + count
        result.rps = len(latencies) / self.duration
        result.p50 = percentile(latencies, 50) * 1000
        result.p95 = percentile(latencies, 95) * 1000
        result.client_cpu = sum(run[2] for run in runs) / (self.duration + WARM_UP_SECONDS)

    def close(self):
        self.pool.terminate()
        self.pool.join()


WRK_SCRIPT = """
done = function(summary, latency, requests)
  io.write(string.format("BENCH %d %d %d %d %d\\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), summary.errors.status))
end
"""


class WrkLoad:
    name = "wrk"

    def __init__(self, port, connections, duration, workdir):
        self.port, self.connections = port, connections
        self.duration = max(1, round(duration))
        self.script = Path(workdir) / "report.lua"
        self.script.write_text(WRK_SCRIPT)

    def run(self, result: Result, target: str, headers: dict):
        command = ["wrk", f"-t{min(2, self.connections)}", f"-c{self.connections}"]
        for name, value in headers.items():
            command += ["-H", f"{name}: {value}"]
        url = f"http://{HOST}:{self.port}{target}"
        subprocess.run(
            [*command, f"-d{math.ceil(WARM_UP_SECONDS)}s", url], check=True, capture_output=True
        )
        output = subprocess.run(
            [*command, f"-d{self.duration}s", "-s", str(self.script), url],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        line = next(line for line in output.splitlines() if line.startswith("BENCH "))
        requests, duration_us, p50_us, p95_us, bad_status = (int(x) for x in line.split()[1:])
        result.rps = requests / (duration_us / 1e6)
        result.p50, result.p95 = p50_us / 1000, p95_us / 1000
        if bad_status:
            result.statuses["not 2xx/3xx"] = bad_status

    def close(self):
        pass


# -- measuring --------------------------------------------------------------------------------


@dataclass
class Endpoint:
    name: str
    target: str = ""
    headers: dict = field(default_factory=dict)
    expect: int = 200
    note: str = ""  # set when the endpoint cannot be measured
    bytes: int = 0  # of the response body


def check(port: int, endpoint: Endpoint) -> tuple[dict, bytes]:
    """The first request to an endpoint (it also makes the renditions the endpoint shows)."""
    if endpoint.note:
        return {}, b""
    status, headers, body = fetch(port, endpoint.target, endpoint.headers)
    endpoint.bytes = len(body)
    if status != endpoint.expect:
        location = f" → {headers['location']}" if "location" in headers else ""
        endpoint.note = f"n/a (status {status}{location})"
    return headers, body


def plan_endpoints(port: int, article) -> tuple[list[Endpoint], list[str]]:
    """What to measure, each endpoint checked once; notes on what was found."""
    notes = []
    floor = Endpoint("floor", "/bench/floor/")
    check(port, floor)
    if floor.note:
        raise RuntimeError(f"The floor view does not answer: {floor.note}")

    list_target = "/api/v1/pages/?locale=ru&limit=20"
    ours_list = Endpoint("ours list", list_target)
    headers, _ = check(port, ours_list)
    ours_detail = Endpoint("ours detail", f"/api/v1/pages/{article.pk}/")
    check(port, ours_detail)
    article_path = article.get_url()
    ours_find = Endpoint("ours find", f"/api/v1/pages/find/?path={quote(article_path, safe='/')}")
    check(port, ours_find)
    ours_304 = Endpoint("ours 304", list_target, expect=304)
    if ours_list.note:
        ours_304.note = ours_list.note
    elif "etag" not in headers:
        ours_304.note = "n/a (no ETag on the list)"
    else:
        ours_304.headers = {"If-None-Match": headers["etag"]}
        check(port, ours_304)

    wagtail_list = Endpoint("Wagtail v2 list", "/wagtail-api/v2/pages/?fields=*&limit=20&locale=ru")
    _, body = check(port, wagtail_list)
    items = len(json.loads(body).get("items", [])) if not wagtail_list.note else 0
    if wagtail_list.note or items != 20:
        first_note = wagtail_list.note or f"{items} items"
        wagtail_list = Endpoint(
            "Wagtail v2 list",
            "/wagtail-api/v2/pages/?type=articles.AnalyticalArticlePage&fields=*&limit=20&locale=ru",
        )
        _, body = check(port, wagtail_list)
        notes.append(
            f"Wagtail v2 list with fields=* for all types gave {first_note}; typed instead"
        )
        if not wagtail_list.note:
            items = len(json.loads(body).get("items", []))
    if not wagtail_list.note and items != 20:
        wagtail_list.note = f"n/a ({items} items, not 20)"
    wagtail_detail = Endpoint("Wagtail v2 detail", f"/wagtail-api/v2/pages/{article.pk}/")
    check(port, wagtail_detail)

    notes.append(f"detail and find: page {article.pk}, {article_path}")
    endpoints = [floor, ours_list, ours_detail, ours_find, ours_304, wagtail_list, wagtail_detail]
    return endpoints, notes


def measure(port: int, load, endpoints: list[Endpoint]) -> dict[str, Result]:
    results = {}
    for endpoint in endpoints:
        result = Result(endpoint.name, endpoint.note, bytes=endpoint.bytes)
        if result.measured:
            load.run(result, endpoint.target, endpoint.headers)
            result.unexpected = {
                status: count
                for status, count in result.statuses.items()
                if status != endpoint.expect
            }
        results[endpoint.name] = result
        figures = result.note or f"{result.rps:8.1f} req/s"
        print(f"  {endpoint.name:<18} {figures}", flush=True)
    return results


def report(results: dict[str, Result], load_name: str):
    floor = results["floor"]
    print()
    print(f"{'endpoint':<18} {'req/s':>9} {'p50 ms':>8} {'p95 ms':>8} {'% floor':>8} {'bytes':>8}")
    for result in results.values():
        if not result.measured:
            print(f"{result.name:<18} {result.note}")
            continue
        share = 100 * result.rps / floor.rps if floor.rps else 0
        line = (
            f"{result.name:<18} {result.rps:9.1f} {result.p50:8.2f} {result.p95:8.2f}"
            f" {share:7.1f}% {result.bytes:8d}"
        )
        if result.unexpected:
            line += f"   unexpected statuses: {result.unexpected}"
        print(line)
    print()
    for label, top, bottom in (
        ("ours list / Wagtail list", "ours list", "Wagtail v2 list"),
        ("ours detail / Wagtail detail", "ours detail", "Wagtail v2 detail"),
        ("304 / floor", "ours 304", "floor"),
    ):
        a, b = results[top], results[bottom]
        if a.measured and b.measured and b.rps:
            print(f"{label:<30} {a.rps / b.rps:6.2f}× (req/s)")
        else:
            print(f"{label:<30} n/a")
    if load_name == "python":
        print(
            f"load generator: {floor.client_cpu:.2f} CPU-seconds per second at the floor "
            f"({os.cpu_count()} CPUs shared with the server)"
        )
    if floor.rps < 1000:
        print(
            f"warning: the floor is only {floor.rps:.0f} req/s; with well under 1,000 the "
            "load generator or the machine may be the bottleneck"
        )


# -- main -------------------------------------------------------------------------------------


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per endpoint")
    parser.add_argument("--pages-per-locale", type=int, default=2000, help="content pages")
    parser.add_argument("--connections", type=int, default=8, help="concurrent connections")
    parser.add_argument("--wrk", action="store_true", help="load with wrk instead of Python")
    return parser.parse_args()


def main():
    args = parse_args()
    if args.wrk and not shutil.which("wrk"):
        sys.exit("--wrk: wrk is not installed.")
    with bench_run("api_bench", SETTINGS_MODULE) as bench:
        from django.core.management import call_command, get_commands
        from django.db import connection

        print(f"Seeding {args.pages_per_locale} content pages per language:", flush=True)
        started = time.perf_counter()
        seeder = Seeder(args.pages_per_locale)
        seeder.run()
        pages_seconds = time.perf_counter() - started
        index_seconds = None
        if "index_public_pages" in get_commands():
            started = time.perf_counter()
            call_command("index_public_pages")
            index_seconds = time.perf_counter() - started
        from wagtail.models import Page

        live_pages = Page.objects.filter(depth__gte=2, live=True).count()
        article = seeder.first_article
        # A bulk load leaves dead row versions and no statistics; autovacuum would clean up
        # during the measurements and slow whichever endpoint it overlaps. Do it now, for all.
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
        print(f"VACUUM ANALYZE: {time.perf_counter() - started:.1f} s", flush=True)
        connection.close()

        port = bench.serve(GUNICORN_WORKERS)
        endpoints, notes = plan_endpoints(port, article)
        for note in notes:
            print(f"  {note}")
        if args.wrk:
            load = WrkLoad(port, args.connections, args.duration, bench.database.workdir)
        else:
            load = PythonLoad(port, args.connections, args.duration)
        try:
            print(
                f"Measuring with {load.name}: {args.connections} connections, "
                f"{WARM_UP_SECONDS:.0f} s warm-up + {args.duration:g} s per endpoint; "
                f"load average {os.getloadavg()[0]:.2f}",
                flush=True,
            )
            results = measure(port, load, endpoints)
            # Anything else running on the machine takes CPU from the server: worth knowing.
            print(f"load average after measuring: {os.getloadavg()[0]:.2f}", flush=True)
        finally:
            load.close()

        content = args.pages_per_locale * len(LANGUAGES)
        print()
        print(
            f"Seeded {content:,} content pages ({args.pages_per_locale:,} per language: "
            f"{', '.join(LANGUAGES)}); {live_pages:,} live pages in all"
        )
        seeding = f"seeding: {pages_seconds:.1f} s"
        if index_seconds is not None:
            seeding += f", then index_public_pages {index_seconds:.1f} s"
        else:
            seeding += " (no index_public_pages command yet)"
        print(seeding)
        report(results, load.name)
        bench.print_summary()


if __name__ == "__main__":
    main()
