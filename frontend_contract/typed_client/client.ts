// A typed call to every operation of ../openapi.yaml, written the way the front-end README tells
// a website to call the API. check.sh generates tendik.d.ts from the committed contract with
// openapi-typescript and compiles this file with `tsc --strict`: when the contract and these
// documented calls disagree (a field the README calls optional marked required, a response
// shape a page relies on gone), the check fails.
import createClient from "openapi-fetch";
import type { components, paths } from "./tendik";

type Schemas = components["schemas"];
type Locale = Schemas["LocaleEnum"];

const api = createClient<paths>({ baseUrl: "http://127.0.0.1:8000" });
const scheduler = createClient<paths>({
  baseUrl: "http://127.0.0.1:8000",
  headers: { Authorization: "Bearer <token from manage.py api_tokens create>" },
});

// Errors: switch on the problem's `type`, never on its text (README, "Errors").
function describe(problem: Schemas["Problem"]): string {
  const fields = Object.entries(problem.errors ?? {}).map(([field, messages]) => `${field}: ${messages.join(" ")}`);
  return [problem.type, problem.status, problem.title, problem.detail, ...fields].join(" | ");
}

// Every page type narrows by `type` (README, "TypeScript types"); `never` proves the union is whole.
function headline(page: Schemas["Page"]): string {
  switch (page.type) {
    case "home":
    case "index":
    case "article":
    case "long_read":
    case "video_clip":
    case "campaign":
    case "standard":
      return page.title;
    case "petition":
      return `${page.title} (${page.signature_count} / ${page.goal})`;
    case "event":
      return `${page.title}, ${page.starts_at}–${page.ends_at}, ${page.city} (${page.programme.length} days)`;
    case "consultation": {
      // Articles align across languages by id, never by position.
      const articles = page.text.flatMap((chapter) => chapter.articles.map((article) => article.id));
      return `${page.act_title}: ${articles.length} articles (${page.phase})`;
    }
    default: {
      const unreachable: never = page;
      return unreachable;
    }
  }
}

function card(item: Schemas["PageCard"]): string {
  if (item.type === "petition") {
    return `${item.title}: ${item.signature_count}/${item.goal}, ${item.state}, open: ${item.is_open}`;
  }
  if (item.type === "event") {
    return `${item.title}: ${item.kind}, ${item.format}, ${item.starts_at} ${item.city}`;
  }
  return `${item.title} ${item.publication_date ?? ""}`;
}

export async function readEverything(locale: Locale): Promise<string[]> {
  const lines: string[] = [];

  const list = await api.GET("/api/v1/pages/", {
    params: { query: { locale, type: "article,petition", search: "құқық", ordering: "-publication_date", limit: 20, offset: 0 } },
  });
  if (list.error) lines.push(describe(list.error));
  else lines.push(`${list.data.meta.total_count} pages`, ...list.data.items.map(card));

  // The front-end's catch-all route resolves a path, which may be a redirect.
  const found = await api.GET("/api/v1/pages/find/", { params: { query: { path: `/${locale}/` } } });
  if (found.error) lines.push(describe(found.error));
  else if (found.data.type === "redirect") lines.push(`redirect to ${found.data.location}`);
  else lines.push(headline(found.data));

  const page = await api.GET("/api/v1/pages/{page_id}/", { params: { path: { page_id: 3 } } });
  if (page.error) lines.push(describe(page.error));
  else lines.push(headline(page.data), ...page.data.translations.map((alternate) => alternate.url));

  const topics = await api.GET("/api/v1/topics/", { params: { query: { locale } } });
  if (topics.data) lines.push(...topics.data.items.map((topic) => `${topic.name} (${topic.page_count})`));

  const navigation = await api.GET("/api/v1/navigation/", { params: { query: { locale } } });
  if (navigation.data) lines.push(...navigation.data.footer.map((link) => link.title));

  const sitemap = await api.GET("/api/v1/sitemap/");
  if (sitemap.data) lines.push(...sitemap.data.items.map((item) => `${item.url} ${item.lastmod ?? ""}`));

  const regions = await api.GET("/api/v1/regions/", { params: { query: { locale } } });
  if (regions.data) lines.push(...regions.data.items.map((region) => `${region.code} ${region.name} ${region.kind}`));

  // The events section: upcoming events, soonest first; "add to calendar" and the feed.
  const events = await api.GET("/api/v1/pages/", {
    params: { query: { locale, upcoming: true, kind: "workshop", format: "online", date_from: "2026-12-01", date_to: "2027-01-31" } },
  });
  if (events.data) lines.push(...events.data.items.map(card));
  const feed = await api.GET("/api/v1/events/calendar.ics", { params: { query: { locale } }, parseAs: "text" });
  if (feed.data) lines.push(feed.data.split("\n")[0] ?? "");
  const ics = await api.GET("/api/v1/events/{page_id}/calendar.ics", { params: { path: { page_id: 3 } }, parseAs: "text" });
  if (ics.error) lines.push(describe(ics.error));
  else lines.push(ics.data.length.toString());

  const preview = await api.GET("/api/v1/preview/", { params: { query: { token: "<token from the preview URL>" } } });
  if (preview.error) lines.push(describe(preview.error));
  else lines.push(headline(preview.data));
  return lines;
}

// The signing form sends only what the README lists as needed: newsletter_opt_in and website
// are optional.
export async function sign(pageId: number, locale: Locale): Promise<string> {
  const signed = await api.POST("/api/v1/petitions/{page_id}/signatures/", {
    params: { path: { page_id: pageId } },
    body: { full_name: "Айгүл Сәрсенова", email: "aigul@example.kz", region: "almaty", consent: true, locale },
    headers: { "Accept-Language": locale },
  });
  if (signed.error) return describe(signed.error);
  return `${signed.data.status}: ${signed.data.detail}`;
}

export async function confirmThenWithdraw(token: string): Promise<string[]> {
  const confirmed = await api.POST("/api/v1/signatures/confirm/", { body: { token } });
  const withdrawn = await api.POST("/api/v1/signatures/withdraw/", { body: { token } });
  return [
    confirmed.error ? describe(confirmed.error) : confirmed.data.status,
    withdrawn.error ? describe(withdrawn.error) : withdrawn.data.status,
  ];
}

// Registering for an event: its own questions come with the page, answered by their `key`.
export async function register(eventId: number, locale: Locale): Promise<string> {
  const page = await api.GET("/api/v1/pages/{page_id}/", { params: { path: { page_id: eventId } } });
  if (page.error) return describe(page.error);
  if (page.data.type !== "event") return "not an event";
  if (!["open", "waiting_list"].includes(page.data.registration_state)) return page.data.registration_state;
  const answers: Record<string, string | boolean> = {};
  for (const question of page.data.registration.questions) {
    answers[question.key] = question.kind === "yes_no" ? true : (question.options[0] ?? "");
  }
  const registered = await api.POST("/api/v1/events/{page_id}/registrations/", {
    params: { path: { page_id: eventId } },
    body: {
      full_name: "Дана Нұрланқызы",
      email: "dana@example.kz",
      organisation: "Адвокаттар алқасы",
      region: "shymkent",
      consent: true,
      locale,
      answers,
    },
    headers: { "Accept-Language": locale },
  });
  if (registered.error) return describe(registered.error);
  return `${registered.data.status}: ${registered.data.detail}`;
}

export async function confirmThenCancelRegistration(token: string, cancelToken: string): Promise<string[]> {
  const confirmed = await api.POST("/api/v1/events/registrations/confirm/", { body: { token } });
  const cancelled = await api.POST("/api/v1/events/registrations/cancel/", { body: { token: cancelToken } });
  return [
    confirmed.error ? describe(confirmed.error) : confirmed.data.status,
    cancelled.error ? describe(cancelled.error) : cancelled.data.status,
  ];
}

// A consultation: the text with counts per article (aligned by the article's id in every
// language), the published contributions, an expert's proposal on a part, a +1, the two links.
export async function consult(consultationId: number, locale: Locale): Promise<string[]> {
  const page = await api.GET("/api/v1/pages/{page_id}/", { params: { path: { page_id: consultationId } } });
  if (page.error) return [describe(page.error)];
  if (page.data.type !== "consultation") return ["not a consultation"];
  const counts = new Map(page.data.article_counts.map((row) => [row.article, row]));
  const lines = page.data.text.flatMap((chapter) =>
    chapter.articles.map((article) => `${article.number}: ${counts.get(article.id)?.proposals ?? 0} proposals; ${article.heard} ${article.did}`),
  );
  lines.push(...page.data.accepted_proposals.map((proposal) => `${proposal.author.name}: ${proposal.disposition_reason}`));
  const article = page.data.text[0]?.articles[0];
  if (article === undefined) return lines;
  const listed = await api.GET("/api/v1/consultations/{page_id}/contributions/", {
    params: { path: { page_id: consultationId }, query: { article: article.id, kind: "proposal", locale, limit: 20, offset: 0 } },
  });
  if (listed.error) lines.push(describe(listed.error));
  else lines.push(...listed.data.items.map((item) => `${item.author.name} (+${item.support_count}) ${item.disposition ?? "undecided"}`));
  const sent = await api.POST("/api/v1/consultations/{page_id}/contribute/", {
    params: { path: { page_id: consultationId } },
    body: {
      kind: "proposal",
      article: article.id,
      part: article.parts[0]?.id ?? null,
      proposed_wording: "Кеңес он бір мүшеден тұрады.",
      text: "Тоғыз мүше бес өңірге жетпейді.",
      full_name: "Әсем Құрманбекова",
      email: "asem@example.kz",
      shown_as: "initials",
      consent: true,
      locale,
    },
    headers: { "Accept-Language": locale },
  });
  lines.push(sent.error ? describe(sent.error) : `${sent.data.status}: ${sent.data.detail}`);
  const supported = await api.POST("/api/v1/consultations/contributions/{contribution_id}/support/", {
    params: { path: { contribution_id: 1 } },
    body: { email: "fan@example.kz", consent: true, locale },
  });
  lines.push(supported.error ? describe(supported.error) : supported.data.status);
  // What changed between the first and the last version, article by article.
  const last = page.data.versions[page.data.versions.length - 1];
  if (last !== undefined && last.number > 1) {
    const changes = await api.GET("/api/v1/consultations/{page_id}/versions/compare/", {
      params: { path: { page_id: consultationId }, query: { older: 1, newer: last.number } },
    });
    if (changes.error) lines.push(describe(changes.error));
    else lines.push(...changes.data.articles.map((row) => `${row.number}: ${row.change} ${row.words.filter((run) => run.op === "added").map((run) => run.text).join(" ")}`));
  }
  // The package the NGO submits, in this version's language: the same rows in ru and kk.
  const word = await api.GET("/api/v1/consultations/{page_id}/package.docx", {
    params: { path: { page_id: consultationId } },
    parseAs: "blob",
  });
  if (word.error) lines.push(describe(word.error));
  else lines.push(`${word.data.size} bytes of Word`);
  const pdf = await api.GET("/api/v1/consultations/{page_id}/package.pdf", {
    params: { path: { page_id: consultationId } },
    parseAs: "blob",
  });
  if (pdf.error) lines.push(describe(pdf.error));
  else lines.push(`${pdf.data.size} bytes of PDF`);
  return lines;
}

export async function confirmContributionAndSupport(token: string, supportToken: string): Promise<string[]> {
  const confirmed = await api.POST("/api/v1/consultations/contributions/confirm/", { body: { token } });
  const supported = await api.POST("/api/v1/consultations/supports/confirm/", { body: { token: supportToken } });
  return [
    confirmed.error ? describe(confirmed.error) : confirmed.data.status,
    supported.error ? describe(supported.error) : supported.data.status,
  ];
}

// The page a certificate's QR code opens: valid (name, event, dates), revoked (410) or unknown (404).
export async function verifyCertificate(code: string): Promise<string> {
  const checked = await api.GET("/api/v1/certificates/{code}/", { params: { path: { code } } });
  if (checked.error) return describe(checked.error);
  const { full_name, event, starts_on, ends_on } = checked.data;
  return `${full_name}: ${event.title} (${starts_on}–${ends_on})`;
}

// The scheduler's safe loop (README, "Scheduler API").
export async function postNext(channel: Schemas["ChannelEnum"], locale: Locale): Promise<string> {
  const queue = await scheduler.GET("/api/v1/scheduler/posts/", {
    params: { query: { channel, locale, state: "approved", limit: 10 } },
  });
  if (queue.error) return describe(queue.error);
  const first = queue.data.results[0];
  if (first !== undefined) {
    const claimed = await scheduler.POST("/api/v1/scheduler/posts/{post_id}/claim/", {
      params: { path: { post_id: first.id } },
      body: { lease_seconds: 600 },
    });
    if (claimed.error) return describe(claimed.error);
  }
  const next = await scheduler.POST("/api/v1/scheduler/posts/claim-next/", {
    params: { query: { channel, locale } },
    body: {},
  });
  if (next.error) return describe(next.error);
  if (next.response.status === 204 || next.data === undefined) return "nothing is due";
  const post = next.data;
  const report = await scheduler.POST("/api/v1/scheduler/posts/{post_id}/result/", {
    params: { path: { post_id: post.id }, header: { "Idempotency-Key": `${post.id}-first-try` } },
    body: { state: "posted", external_id: "1234", external_url: "https://t.me/tendik/1234" },
  });
  if (report.error) return describe(report.error);
  const failed = await scheduler.POST("/api/v1/scheduler/posts/{post_id}/result/", {
    params: { path: { post_id: post.id }, header: { "Idempotency-Key": `${post.id}-second-try` } },
    body: { state: "failed", error: "The channel refused the image." },
  });
  return failed.error ? describe(failed.error) : `${post.text} ${post.link ?? ""} ${report.data.state}`;
}
