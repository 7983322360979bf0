import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { eq, sql, type SQL } from "drizzle-orm";
import { articles, authors } from "./tables.ts";
import { authorPersonalData } from "./privacy.ts";
import { ensureMagazineDemo, writeArticle } from "./testing.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
let editor: string;

before(async () => {
  site = await startTestApp();
  await ensureMagazineDemo(site.database.db);
  editor = await site.sessionFor("editor");
});
after(() => site.close());

const get = (url: string, cookie = "") => site.app.inject({ url, headers: cookie ? { cookie } : {} });
const titles = (html: string) =>
  [...html.matchAll(/<h3 class="kern-heading-small" id="beitrag-\d+"><a class="kern-link" href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);
const demoArticle = "/magazin/ein-tag-neun-kommunen-was-der-fellow-tag-gezeigt-hat";

test("the Magazin lists ten articles per page, newest first, with pages, tags and feed links", async () => {
  const first = await get("/magazin");
  assert.equal(first.statusCode, 200);
  const onFirst = titles(first.body);
  assert.equal(onFirst.length, 10);
  assert.equal(onFirst[0], "Ein Tag, neun Kommunen: Was der Fellow-Tag gezeigt hat");
  assert.match(first.body, /href="\/magazin\/feed\.rss"/);
  assert.match(first.body, /href="\/magazin\/feed\.atom"/);
  assert.match(first.body, /href="\/magazin\?seite=2" rel="next"/);
  assert.doesNotMatch(first.body, /Vorschau: Das Programm|Notizen zur Persona-Methode/, "neither the scheduled article nor the draft");
  const second = titles((await get("/magazin?seite=2")).body);
  assert.ok(second.length >= 2 && second.every((s) => !onFirst.includes(s)));
  const tagged = await get("/magazin?tag=beteiligung");
  assert.match(tagged.body, /<h1 class="kern-heading-large">Magazin: Beiträge zum Schlagwort „Beteiligung“<\/h1>/);
  assert.ok(titles(tagged.body).includes("Beteiligung, die etwas verändert: fünf Fragen vor dem ersten Jugendforum"));
  assert.ok(!titles(tagged.body).includes("Lernpfad Führung: Warum Leitung Veränderung gestalten muss"));
  assert.equal((await get("/magazin?tag=gibt-es-nicht")).statusCode, 404);
  assert.match((await get("/magazin?seite=99")).body, /Auf dieser Seite gibt es keine Beiträge mehr/);
  assert.equal((await get("/magazin?seite=abc")).statusCode, 200);
  for (const html of [first.body, (await get("/magazin?tag=beteiligung&seite=1")).body]) assert.deepEqual(await htmlProblems(html), []);
});

test("an article page: author line, German date, linked municipalities, three articles „Mehr zum Thema“, small HTML", async () => {
  const res = await get(demoArticle);
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /Beitrag von <a class="kern-link" href="\/magazin\/autorinnen\/jana-wegener">Jana Wegener<\/a>/);
  assert.match(res.body, /<time datetime="[^"]+">\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}<\/time>/);
  assert.match(res.body, /Kommunen in diesem Beitrag/);
  assert.match(res.body, /href="\/kommunen\/[a-z0-9-]+"/);
  const more = res.body.slice(res.body.indexOf('id="mehr-zum-thema"'));
  assert.equal(titles(more).length, 3);
  assert.ok(res.body.length < 50_000, `article page is ${res.body.length} bytes`);
  assert.deepEqual(await htmlProblems(res.body), []);
  const withEvent = await get("/magazin/kommune-gestaltet-unter-druck-handlungsfaehig-bleiben");
  assert.match(withEvent.body, /href="\/termine\/\d+">Kommune gestaltet!/);
  assert.equal((await get("/magazin/gibt-es-nicht")).statusCode, 404);
  assert.equal((await get("/magazin/notizen-zur-persona-methode")).statusCode, 404, "a draft is not found");
});

test("anonymous readers share one rendered page, each with a CSRF token of their own, and see every change at once", async () => {
  const token = (html: string) => /<input type="hidden" name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? "";
  const [first, second] = [await get(demoArticle), await get(demoArticle)];
  assert.ok(token(first.body) && token(second.body) && token(first.body) !== token(second.body));
  assert.equal(first.body.replace(token(first.body), ""), second.body.replace(token(second.body), ""));
  assert.ok(
    first.cookies.some((c) => c.name === "_csrf"),
    "the token's secret goes with it",
  );

  await site.database.db
    .update(articles)
    .set({ title: "Ein Tag, neun Kommunen (korrigiert)" })
    .where(eq(articles.slug, demoArticle.split("/").at(-1)!));
  assert.match((await get(demoArticle)).body, /<h1 class="kern-heading-large" id="titel">Ein Tag, neun Kommunen \(korrigiert\)<\/h1>/);
  assert.match((await get("/magazin")).body, /Ein Tag, neun Kommunen \(korrigiert\)/);
  await site.database.db
    .update(articles)
    .set({ title: "Ein Tag, neun Kommunen: Was der Fellow-Tag gezeigt hat" })
    .where(eq(articles.slug, demoArticle.split("/").at(-1)!));

  const soon = new Date(Date.now() + 1500);
  const scheduled = await writeArticle(site.database.db, { title: "Gleich erscheinend" });
  await site.database.db.update(articles).set({ publishAt: soon }).where(eq(articles.id, scheduled.id));
  assert.doesNotMatch((await get("/magazin")).body, /Gleich erscheinend/);
  await new Promise((resolve) => setTimeout(resolve, soon.getTime() - Date.now() + 50));
  assert.match((await get("/magazin")).body, /Gleich erscheinend/, "a scheduled article appears on time, without any write");
});

/** How often the statement `name` runs while `run` runs. */
async function runs(name: string, run: () => Promise<unknown>): Promise<number> {
  const rows = site.database.rows;
  let count = 0;
  site.database.rows = <T>(statement: string, query: SQL) => {
    if (statement === name) count++;
    return rows<T>(statement, query);
  };
  try {
    await run();
  } finally {
    site.database.rows = rows;
  }
  return count;
}
const touchAuthors = () => site.database.db.execute(sql`update publishing_authors set name = name where id = (select min(id) from publishing_authors)`);

test("the next scheduled publication is looked up only for a page to keep", async () => {
  await touchAuthors();
  const perRequest = async () => {
    for (const url of [demoArticle, "/magazin"]) await get(url, editor);
    await get(`${demoArticle}?antwort=1`);
  };
  assert.equal(await runs("k360_magazine_next_publication", perRequest), 0);
  assert.equal(await runs("k360_magazine_next_publication", () => get(demoArticle)), 1);
});

test("list pages past the end answer 200 but are not kept", async () => {
  await touchAuthors();
  const twice = (url: string) =>
    runs("k360_magazine_list", async () => {
      for (let index = 0; index < 2; index++) assert.equal((await get(url)).statusCode, 200);
    });
  assert.equal(await twice("/magazin?seite=2"), 1, "a real page is kept");
  assert.equal(await twice("/magazin?seite=99"), 2);
  assert.equal(await twice("/magazin?tag=beteiligung&seite=7"), 2);
});

test("„Mehr zum Thema“: the editors' choice first, else shared tags, else what the search finds for title and teaser", async () => {
  const untagged = await writeArticle(site.database.db, {
    title: "Jugendforum und Beteiligung im Kreis",
    teaser: "Wie junge Menschen beim Jugendforum mitreden.",
  });
  const bySearch = titles((await get(`/magazin/${untagged.slug}`)).body);
  assert.ok(bySearch.includes("Beteiligung, die etwas verändert: fünf Fragen vor dem ersten Jugendforum"), bySearch.join(" | "));
  const planspiel = (
    await site.database.db.select().from(articles).where(eq(articles.slug, "schlotterbrueck-denkt-strategisch-ein-planspiel-fuer-den-jugendhilfeausschuss"))
  )[0];
  const chosen = await writeArticle(site.database.db, { tags: "Beteiligung", related1: String(planspiel.id) });
  const related = titles((await get(`/magazin/${chosen.slug}`)).body);
  assert.equal(related.length, 3);
  assert.equal(related[0], planspiel.title);
});

test("what editors type as HTML or script is shown as text; links to other hosts' images are not loaded", async () => {
  const saved = await writeArticle(site.database.db, {
    title: "Sicherheit im Magazin",
    body: '<script>alert("x")</script>\n\n<iframe src="https://evil.example"></iframe>\n\n[Klick](javascript:alert(1)) ![Pixel](https://evil.example/p.png)',
  });
  const page = (await get(`/magazin/${saved.slug}`)).body;
  assert.doesNotMatch(page, /<script>alert|<iframe|href="javascript|src="https:\/\/evil/);
  assert.match(page, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/);
  assert.deepEqual(await htmlProblems(page), []);
});

test("RSS and Atom feeds are well-formed XML with absolute links and the required elements, without hidden articles", async () => {
  const base = site.app.deps.config.baseUrl;
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
  const rss = await get("/magazin/feed.rss");
  assert.match(String(rss.headers["content-type"]), /^application\/rss\+xml/);
  assert.equal(XMLValidator.validate(rss.body), true);
  const channel = parser.parse(rss.body).rss.channel;
  assert.equal(parser.parse(rss.body).rss["@version"], "2.0");
  for (const key of ["title", "link", "description"]) assert.ok(channel[key], key);
  assert.equal(channel.item.length, 10);
  for (const item of channel.item) {
    assert.ok(item.title && item.description && item.pubDate);
    assert.ok(item.link.startsWith(`${base}/magazin/`), item.link);
    assert.equal(item.guid["#text"], item.link);
    assert.ok(!Number.isNaN(Date.parse(item.pubDate)));
  }
  const atom = await get("/magazin/feed.atom");
  assert.match(String(atom.headers["content-type"]), /^application\/atom\+xml/);
  assert.equal(XMLValidator.validate(atom.body), true);
  const feed = parser.parse(atom.body).feed;
  assert.equal(feed["@xmlns"], "http://www.w3.org/2005/Atom");
  for (const key of ["id", "title", "updated", "author"]) assert.ok(feed[key], key);
  assert.equal(feed.entry.length, 10);
  for (const entry of feed.entry) {
    assert.ok(entry.id.startsWith(`${base}/magazin/`) && entry.title && entry.updated && entry.summary !== undefined);
    assert.equal(entry.link["@href"], entry.id);
  }
  for (const xml of [rss.body, atom.body]) assert.doesNotMatch(xml, /Vorschau: Das Programm|Notizen zur Persona-Methode/);
});

test("the search over all articles understands German word forms and answers any input sensibly", async () => {
  const found = (await get("/magazin/suche?q=Beteiligung%20von%20Jugendlichen")).body;
  assert.match(found, /Ein Förderplan mit den Jugendlichen statt für sie/);
  assert.match(found, /<mark>/);
  assert.doesNotMatch(found, /Vorschau: Das Programm/);
  assert.deepEqual(await htmlProblems(found), []);
  assert.match((await get("/magazin/suche?q=")).body, /Bitte geben Sie ein Suchwort ein/);
  for (const query of ["<script>alert(1)</script>", "'); drop table publishing_articles; --", "Wort ".repeat(3000), "xyzzyquux"]) {
    const res = await get(`/magazin/suche?q=${encodeURIComponent(query)}`);
    assert.equal(res.statusCode, 200);
    assert.doesNotMatch(res.body, /<script>alert/);
  }
  assert.match((await get("/magazin/suche?q=xyzzyquux")).body, /Keine Beiträge zu „xyzzyquux“ gefunden/);
});

test("an empty search is refused with its message at the search field", async () => {
  const res = await get("/magazin/suche?q=%20%20");
  assert.match(
    res.body,
    /<input id="q" name="q" aria-describedby="q-error" aria-invalid="true" class="kern-form-input__input kern-form-input__input--error" type="search"/,
  );
  assert.match(
    res.body,
    /<p class="kern-error" id="q-error"><span class="kern-icon kern-icon--danger" aria-hidden="true"><\/span><span class="kern-body">Bitte geben Sie ein Suchwort ein\.<\/span><\/p>/,
  );
  assert.equal(res.body.match(/Bitte geben Sie ein Suchwort ein/g)?.length, 1, "only at the field");
  assert.deepEqual(await htmlProblems(res.body), []);
  assert.match((await get("/magazin")).body, /<input id="q" name="q" class="kern-form-input__input" type="search" value maxlength="200"\/>/);
});

test("an empty search answers with a 4xx status", async () => {
  assert.equal((await get("/magazin/suche?q=")).statusCode, 422);
});

test("author pages show the visible articles of the author; unknown authors and images are not found", async () => {
  const page = await get("/magazin/autorinnen/jana-wegener");
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Ein Tag, neun Kommunen/);
  assert.doesNotMatch(page.body, /Vorschau: Das Programm|Notizen zur Persona-Methode|jana\.wegener@/);
  assert.deepEqual(await htmlProblems(page.body), []);
  assert.equal((await get("/magazin/autorinnen/niemand")).statusCode, 404);
  assert.equal((await get("/magazin/bilder/999999")).statusCode, 404);
});

test("the editors' pages are valid HTML", async () => {
  for (const url of [
    "/magazin/redaktion",
    "/magazin/redaktion/neu",
    "/magazin/redaktion/bilder",
    "/magazin/redaktion/autorinnen/neu",
    `${demoArticle}?vorschau=1`,
    "/magazin/notizen-zur-persona-methode?vorschau=1",
  ]) {
    const res = await get(url, editor);
    assert.equal(res.statusCode, 200, url);
    assert.deepEqual(await htmlProblems(res.body), [], url);
  }
  const list = (await get("/magazin/redaktion", editor)).body;
  const edit = /href="(\/magazin\/redaktion\/beitraege\/\d+)"/.exec(list)![1];
  for (const url of [edit, `${edit}/versionen`]) assert.deepEqual(await htmlProblems((await get(url, editor)).body), [], url);
});

test("personal data: an author's e-mail address is exported and erased, the byline stays", async () => {
  const db = site.database.db;
  const [jana] = await db.select().from(authors).where(eq(authors.email, "jana.wegener@k360.example"));
  const found = await authorPersonalData.find(db, "jana.wegener@k360.example");
  assert.equal(found.length, 1);
  assert.equal(found[0].Name, "Jana Wegener");
  assert.equal(await authorPersonalData.erase(db, "jana.wegener@k360.example"), 1);
  assert.deepEqual(await authorPersonalData.find(db, "jana.wegener@k360.example"), []);
  assert.equal((await get(`/magazin/autorinnen/${jana.slug}`)).statusCode, 200);
  assert.equal(await authorPersonalData.erase(db, ""), 0);
});
