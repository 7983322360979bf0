import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { articles, authors } from "./tables.ts";
import { formatDate } from "../../../platform/dates.ts";
import { slugify } from "../../../platform/slug.ts";
import { articleBySlug, ensureMagazineDemo, firstAuthorId, statementsDuring, stored, uploadImage, writeArticle } from "./testing.ts";
import { reservedSlugs } from "./reference.ts";
import { stateOf } from "./rules/article-state.ts";
import { stateLabels } from "./texts.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
let editor: string;
let admin: string;
let leader: string;
let staff: string;
let author: number;

before(async () => {
  site = await startTestApp();
  await ensureMagazineDemo(site.database.db);
  [editor, admin, leader, staff] = await Promise.all([
    site.sessionFor("editor"),
    site.sessionFor("admin"),
    site.sessionFor("leader"),
    site.sessionFor("staff"),
  ]);
  author = await firstAuthorId(site.database.db);
});
after(() => site.close());

const get = (url: string, cookie = "") => site.app.inject({ url, headers: cookie ? { cookie } : {} });
const fields = (title: string, more: Record<string, string | string[]> = {}) => ({
  title,
  teaser: "Wie ein Landkreis Jugendliche an seinem Förderplan beteiligt.",
  body: "## Ausgangslage\n\nDer Kreistag wollte mehr **Beteiligung**.\n\n- Werkstätten\n- Umfrage",
  authors: [String(author)],
  tags: "Beteiligung, Jugendforen im Landkreis",
  commentsOpen: "ja",
  aktion: "veroeffentlichen",
  ...more,
});
const create = (values: Record<string, string | string[]>) => site.submit("/magazin/redaktion/neu", "/magazin/redaktion/neu", values, editor);
const edit = (id: number, values: Record<string, string | string[]>) =>
  site.submit(`/magazin/redaktion/beitraege/${id}`, `/magazin/redaktion/beitraege/${id}`, values, editor);

async function slugOf(title: string) {
  const [row] = await site.database.db.select().from(articles).where(eq(articles.title, title));
  assert.ok(row, `article „${title}“ stored`);
  return row;
}

test("an editor saves a draft, previews it, publishes it, and readers find it on the list, its page and in the search", async () => {
  const draft = await create(fields("Jugendforen im Landkreis Musterhausen", { aktion: "entwurf" }));
  assert.equal(draft.statusCode, 303, draft.body.slice(0, 300));
  assert.equal(draft.headers.location, "/magazin/redaktion?stand=entwurf");
  const article = await slugOf("Jugendforen im Landkreis Musterhausen");
  assert.equal((await get(`/magazin/${article.slug}`)).statusCode, 404);
  assert.equal((await get(`/magazin/${article.slug}?vorschau=1`)).statusCode, 404, "no preview for visitors");
  assert.equal((await get(`/magazin/${article.slug}?vorschau=1`, leader)).statusCode, 404, "no preview for members");
  assert.match((await get(`/magazin/${article.slug}?vorschau=1`, editor)).body, /Vorschau: Entwurf/);
  assert.match((await get("/magazin/redaktion", editor)).body, /Jugendforen im Landkreis Musterhausen<\/a><\/td><td class="kern-table__cell">Entwurf/);

  const published = await edit(article.id, fields("Jugendforen im Landkreis Musterhausen"));
  assert.equal(published.headers.location, "/magazin/redaktion?stand=veroeffentlicht");
  const page = (await get(`/magazin/${article.slug}`)).body;
  assert.match(page, /<h1 class="kern-heading-large" id="titel">Jugendforen im Landkreis Musterhausen<\/h1>/);
  assert.match(page, new RegExp(`<time datetime="[^"]+">${formatDate(new Date())}</time>`));
  assert.match(page, /Beitrag von <a class="kern-link" href="\/magazin\/autorinnen\/[a-z-]+">/);
  assert.match(page, /<h2 class="kern-heading-medium">Ausgangslage<\/h2>/);
  assert.match(page, /href="\/magazin\?tag=jugendforen-im-landkreis">Jugendforen im Landkreis</);
  assert.match((await get("/magazin")).body, /Jugendforen im Landkreis Musterhausen/);
  assert.match((await get("/magazin?tag=jugendforen-im-landkreis")).body, /Jugendforen im Landkreis Musterhausen/);
  const found = (await get("/magazin/suche?q=Jugendforum%20Musterhausen")).body;
  assert.match(found, /<mark>/);
  assert.ok(
    found.indexOf("Jugendforen im Landkreis Musterhausen") < found.indexOf("fünf Fragen vor dem ersten Jugendforum"),
    "the new article is the best hit",
  );
  assert.deepEqual(await htmlProblems(page), []);
});

test("a scheduled article stays hidden – page, list, tag, feeds and search – until its time has come", async () => {
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const res = await create(fields("Geplanter Beitrag über Quartiersarbeit", { publishDate: tomorrow, publishTime: "10:30", tags: "Quartiersarbeit" }));
  assert.equal(res.headers.location, "/magazin/redaktion?stand=geplant");
  const article = await slugOf("Geplanter Beitrag über Quartiersarbeit");
  const hidden = async () => {
    assert.equal((await get(`/magazin/${article.slug}`)).statusCode, 404);
    for (const url of ["/magazin", "/magazin/feed.rss", "/magazin/feed.atom", "/magazin/suche?q=Quartiersarbeit"])
      assert.doesNotMatch((await get(url)).body, /Geplanter Beitrag/, url);
    assert.equal((await get("/magazin?tag=quartiersarbeit")).statusCode, 404);
  };
  await hidden();
  const team = (await get("/magazin/redaktion", editor)).body;
  assert.match(
    team,
    /Geplanter Beitrag über Quartiersarbeit<\/a><\/td><td class="kern-table__cell">Geplant<\/td><td class="kern-table__cell">[^<]+, 10:30 Uhr/,
  );
  assert.match((await get(`/magazin/${article.slug}?vorschau=1`, editor)).body, /Vorschau: geplant für/);

  await site.database.db
    .update(articles)
    .set({ publishAt: new Date(Date.now() - 60_000) })
    .where(eq(articles.id, article.id));
  assert.equal((await get(`/magazin/${article.slug}`)).statusCode, 200);
  for (const url of ["/magazin", "/magazin?tag=quartiersarbeit", "/magazin/feed.rss", "/magazin/feed.atom", "/magazin/suche?q=Quartiersarbeit"])
    assert.match((await get(url)).body, /Geplanter Beitrag/, url);
});

test("every save keeps a revision with date and editor; an editor views and restores an earlier one", async () => {
  await create(fields("Erste Fassung zum Förderplan", { body: "Alter Text über Werkstätten." }));
  const article = await slugOf("Erste Fassung zum Förderplan");
  assert.equal((await edit(article.id, fields("Zweite Fassung zum Förderplan", { body: "Neuer Text über Umfragen." }))).statusCode, 303);
  const list = (await get(`/magazin/redaktion/beitraege/${article.id}/versionen`, editor)).body;
  const links = [...list.matchAll(/href="(\/magazin\/redaktion\/beitraege\/\d+\/versionen\/\d+)"/g)].map((m) => m[1]);
  assert.equal(links.length, 2);
  assert.match(list, /Rena Redaktion \(Beispiel\)/);
  const oldest = await get(links[1], editor);
  assert.match(oldest.body, /Alter Text über Werkstätten\./);
  assert.deepEqual(await htmlProblems(oldest.body), []);
  const restore = await site.submit(links[1], `${links[1]}/wiederherstellen`, {}, admin);
  assert.equal(restore.statusCode, 303);
  const now = await articleBySlug(site.database.db, article.slug);
  assert.equal(now!.title, "Erste Fassung zum Förderplan");
  assert.equal(now!.body, "Alter Text über Werkstätten.");
  const after = (await get(restore.headers.location as string, editor)).body;
  assert.equal([...after.matchAll(/\/versionen\/\d+"/g)].length, 3, "the restore is a revision too");
  assert.match(after, /Alex Admin \(Beispiel\)/);
  assert.match(after, /Die Version ist wiederhergestellt/);
});

test("members and visitors cannot reach the editors' pages or write", async () => {
  const article = (await site.database.db.select().from(articles).limit(1))[0];
  for (const url of [
    "/magazin/redaktion",
    "/magazin/redaktion/neu",
    `/magazin/redaktion/beitraege/${article.id}`,
    `/magazin/redaktion/beitraege/${article.id}/versionen`,
    "/magazin/redaktion/bilder",
    "/magazin/redaktion/autorinnen/neu",
  ]) {
    assert.equal((await get(url)).statusCode, 401, url);
    assert.equal((await get(url, leader)).statusCode, 403, url);
    assert.equal((await get(url, staff)).statusCode, 403, url);
    assert.equal((await get(url, admin)).statusCode, 200, url);
  }
  const before = await stored(site.database.db);
  assert.equal((await site.submit("/magazin", "/magazin/redaktion/neu", fields("Von einem Mitglied"), leader)).statusCode, 403);
  assert.equal((await site.submit("/magazin", `/magazin/redaktion/beitraege/${article.id}`, fields("Überschrieben"), staff)).statusCode, 403);
  assert.equal((await uploadImage(site, leader, "bild.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2]), "Ein Bild")).statusCode, 403);
  assert.deepEqual(await stored(site.database.db), before);
  assert.equal((await articleBySlug(site.database.db, article.slug))!.title, article.title);
});

test("bad input gets German messages next to the fields and stores nothing", async () => {
  const before = await stored(site.database.db);
  const empty = await create(fields("", { teaser: "x".repeat(10_000), publishDate: "2026-02-30", tags: "Gut, !!!", authors: ["999999"] }));
  assert.equal(empty.statusCode, 422);
  assert.match(empty.body, /id="title-error".*Bitte geben Sie einen Titel ein\./s);
  assert.match(empty.body, /id="teaser-error".*Bitte geben Sie höchstens 600 Zeichen ein\./s);
  assert.match(empty.body, /id="publishDate-error".*gültiges Datum/s);
  assert.match(empty.body, /id="tags-error".*Buchstaben oder Ziffern/s);
  assert.match(empty.body, /id="authors-error".*nur Autor:innen aus der Liste/s);
  assert.match(empty.body, /Bitte korrigieren Sie Ihre Angaben/);
  assert.deepEqual(await htmlProblems(empty.body), []);
  const markup = await create(fields("<script>alert(1)</script>", { publishTime: "25:99", moreMunicipalities: "99999", aktion: "veroeffentlichen", body: "" }));
  assert.equal(markup.statusCode, 422);
  assert.doesNotMatch(markup.body, /<script>alert/);
  assert.match(markup.body, /id="title-error".*keinen HTML-Code/s);
  assert.match(markup.body, /id="publishTime-error"/);
  assert.match(markup.body, /id="moreMunicipalities-error".*keine Kommune/s);
  assert.match(markup.body, /id="body-error".*bevor Sie veröffentlichen/s);
  assert.deepEqual(await stored(site.database.db), before);
});

test("images: a PNG with its alternative text is kept and, once a published article shows it, served for a year; a fake or foreign file is refused in German", async () => {
  const before = await stored(site.database.db);
  const fake = await uploadImage(site, editor, "foto.png", Buffer.from("<script>alert(1)</script>"), "Ein Foto");
  assert.equal(fake.statusCode, 422);
  assert.match(fake.body, /id="datei-error".*keine echte PNG-Datei/s);
  const gif = await uploadImage(site, editor, "animation.gif", Buffer.from("GIF89a"), "Ein Bild");
  assert.match(gif.body, /Bitte laden Sie eine PNG- oder JPEG-Datei hoch/);
  const noAlt = await uploadImage(site, editor, "foto.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]), " ");
  assert.match(noAlt.body, /id="alt-error".*was auf dem Bild zu sehen ist/s);
  assert.deepEqual(await htmlProblems(noAlt.body), []);
  assert.deepEqual(await stored(site.database.db), before);

  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]);
  const ok = await uploadImage(site, editor, "werkstatt.png", png, "Jugendliche an einem Stadtplan");
  assert.equal(ok.statusCode, 303);
  const id = /bild=(\d+)/.exec(ok.headers.location as string)![1];
  assert.match((await get(ok.headers.location as string, editor)).body, new RegExp(`!\\[Jugendliche an einem Stadtplan\\]\\(/magazin/bilder/${id}\\)`));
  await writeArticle(site.database.db, { body: `![Jugendliche an einem Stadtplan](/magazin/bilder/${id})` });
  const image = await get(`/magazin/bilder/${id}`);
  assert.equal(image.statusCode, 200);
  assert.equal(image.headers["content-type"], "image/png");
  assert.match(String(image.headers["cache-control"]), /public, max-age=31536000, immutable/);
  assert.deepEqual(image.rawPayload, png);
});

test("editors add an author; the author page shows role, bio and articles but never the e-mail address", async () => {
  const bad = await site.submit(
    "/magazin/redaktion/autorinnen/neu",
    "/magazin/redaktion/autorinnen/neu",
    { name: "", email: "keine-adresse", bio: "<b>fett</b>" },
    editor,
  );
  assert.equal(bad.statusCode, 422);
  assert.match(bad.body, /id="name-error".*Bitte geben Sie den Namen ein/s);
  assert.match(bad.body, /id="email-error".*gültige E-Mail-Adresse/s);
  assert.match(bad.body, /id="bio-error".*keinen HTML-Code/s);
  const ok = await site.submit(
    "/magazin/redaktion/autorinnen/neu",
    "/magazin/redaktion/autorinnen/neu",
    { name: "Pia Gastautorin", role: "Jugendhilfeplanerin", bio: "Schreibt über Beteiligung.", email: "pia@k360.example" },
    editor,
  );
  assert.equal(ok.statusCode, 303);
  const [pia] = await site.database.db.select().from(authors).where(eq(authors.name, "Pia Gastautorin"));
  await create(fields("Ein Gastbeitrag von Pia", { authors: [String(pia.id)] }));
  const page = await get(`/magazin/autorinnen/${pia.slug}`);
  assert.match(page.body, /<h1 class="kern-heading-large">Pia Gastautorin<\/h1>/);
  assert.match(page.body, /Jugendhilfeplanerin/);
  assert.match(page.body, /Schreibt über Beteiligung\./);
  assert.match(page.body, /Ein Gastbeitrag von Pia/);
  assert.doesNotMatch(page.body, /pia@k360\.example/);
  assert.deepEqual(await htmlProblems(page.body), []);
});

/** Every route's path, rebuilt from Fastify's route tree (Fastify keeps no list to ask for). */
function registeredPaths(tree: string): string[] {
  const branch: string[] = [];
  const paths: string[] = [];
  for (const line of tree.split("\n")) {
    const node = /^([│ ]*)[├└]── (\S+)( \(.+\))?$/.exec(line);
    if (!node) continue;
    const depth = node[1].length / 4;
    branch.length = depth;
    branch.push(`${branch[depth - 1] ?? ""}${node[2]}`);
    if (node[3]) paths.push(branch[depth]);
  }
  return paths;
}

test("every fixed address under /magazin/ that a title could turn into is reserved for its page", () => {
  const paths = registeredPaths(site.app.printRoutes({ commonPrefix: false }));
  assert.ok(paths.includes("/magazin/kommentare/:id/freigeben") && paths.includes("/magazin/:slug"), "the tree is read");
  const fixed = new Set(
    paths
      .filter((p) => p.startsWith("/magazin/"))
      .map((p) => p.split("/")[2])
      .filter((segment) => !segment.startsWith(":")),
  );
  assert.ok(fixed.has("feed.rss"), [...fixed].join(", "));
  assert.deepEqual([...reservedSlugs].sort(), [...fixed].filter((segment) => slugify(segment) === segment).sort());
});

test("an article titled like a page of the Magazin gets an address that opens the article", async () => {
  assert.equal((await create(fields("Kommentare"))).statusCode, 303);
  const article = await slugOf("Kommentare");
  assert.notEqual(article.slug, "kommentare");
  const page = await get(`/magazin/${article.slug}`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<h1 class="kern-heading-large" id="titel">Kommentare<\/h1>/);
  assert.equal((await get("/magazin/kommentare", editor)).statusCode, 200, "the moderation keeps its address");
});

test("the edit page reads the article's row once", async () => {
  await create(fields("Ein Beitrag zum Bearbeiten"));
  const article = await slugOf("Ein Beitrag zum Bearbeiten");
  let page = { statusCode: 0, body: "" };
  const statements = await statementsDuring(site.database, async () => (page = await get(`/magazin/redaktion/beitraege/${article.id}`, editor)));
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /id="title" name="title"[^>]* value="Ein Beitrag zum Bearbeiten"/);
  assert.equal(statements.filter((s) => /from "publishing_articles" where "publishing_articles"."id" = \$1/.test(s)).length, 1, statements.join("\n"));
});

test("an article's state and the team's word for it come from one rule", () => {
  const now = new Date("2026-03-01T10:00:00Z");
  assert.equal(stateOf("draft", null, now), "draft");
  assert.equal(stateOf("draft", new Date("2026-04-01T10:00:00Z"), now), "draft");
  assert.equal(stateOf("published", new Date("2026-03-01T10:00:01Z"), now), "scheduled");
  assert.equal(stateOf("published", now, now), "published");
  assert.deepEqual(stateLabels, { draft: "Entwurf", published: "Veröffentlicht", scheduled: "Geplant" });
});
