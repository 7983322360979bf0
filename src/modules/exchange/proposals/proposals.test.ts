import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { exchangeSessions } from "../testing.ts";
import { topicProposals } from "../tables.ts";
import { proposalSeeds } from "../seed/proposals.ts";
import { readOutbox, startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
let bonnLeader: string;
let bonnPlanner: string;
let leipzig: string;
let admin: string;
let outsider: string;
const list = "/austausch/themenvorschlaege";
const form = `${list}/neu`;

before(async () => {
  site = await startTestApp();
  ({ bonnLeader, bonnPlanner, leipzig, admin, outsider } = await exchangeSessions(site, {
    email: "leitung.muenchen@test.example",
    name: "Mia Außen",
    role: "leader",
  }));
});
after(() => site.close());

const get = (url: string, cookie?: string) => site.app.inject({ url, headers: cookie ? { cookie } : {} });
const storedTitles = async () => (await site.database.db.select({ title: topicProposals.title }).from(topicProposals)).map((r) => r.title);
/** Decodes the few entities the renderer writes, so assertions read like the page. */
const visible = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");

async function propose(cookie: string, title: string, occasion = "ag"): Promise<number> {
  const res = await site.submit(form, form, { occasion, title, description: "Wie gehen andere Kommunen damit um?" }, cookie);
  assert.equal(res.statusCode, 303, res.body);
  return Number(/themenvorschlaege\/(\d+)/.exec(res.headers.location as string)![1]);
}

test("a member proposes a topic; a too short title and markup are refused in German and nothing is stored", async () => {
  const before = await storedTitles();
  const short = await site.submit(form, form, { occasion: "ag", title: "Kita", description: "" }, bonnLeader);
  assert.equal(short.statusCode, 422);
  assert.match(short.body, /Bitte geben Sie mindestens 5 Zeichen ein\./);
  assert.match(short.body, /aria-invalid="true"/);
  const script = await site.submit(form, form, { occasion: "festival", title: "Thema <script>alert(1)</script>", description: "<b>fett</b>" }, bonnLeader);
  assert.equal(script.statusCode, 422);
  assert.match(script.body, /keinen HTML-Code/);
  const noOccasion = await site.submit(form, form, { occasion: "", title: "Ein gültiger Titel" }, bonnLeader);
  assert.equal(noOccasion.statusCode, 422);
  assert.match(noOccasion.body, /wofür Sie das Thema vorschlagen/);
  assert.deepEqual(await storedTitles(), before);

  const id = await propose(bonnLeader, "Jugendhilfeplanung mit knappen Ressourcen");
  const page = await get(`${list}/${id}?stand=eingereicht`, bonnLeader);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<h1 class="kern-heading-large">Jugendhilfeplanung mit knappen Ressourcen<\/h1>/);
  assert.match(page.body, /Ihr Vorschlag ist eingereicht/);
  const overview = await get(list, bonnLeader);
  const mine = overview.body.slice(overview.body.indexOf("Meine Vorschläge"), overview.body.indexOf("Vorschläge nach Anlass filtern"));
  assert.match(mine, /Jugendhilfeplanung mit knappen Ressourcen/);
  assert.match(mine, /Offen/);
});

test("another member supports a proposal and withdraws the support by pressing again", async () => {
  const id = await propose(bonnLeader, "Beteiligung junger Menschen an der Planung");
  const url = `${list}/${id}`;
  assert.match(visible((await get(url, leipzig)).body), /0 Unterstützungen[\s\S]*Vorschlag „Beteiligung junger Menschen an der Planung“ unterstützen/);
  const first = await site.submit(url, `${url}/unterstuetzen`, {}, leipzig);
  assert.equal(first.statusCode, 303);
  const supported = visible((await get(url, leipzig)).body);
  assert.match(supported, /1 Unterstützung</);
  assert.match(supported, /Unterstützt von: Leipzig/);
  assert.match(supported, /Unterstützung für „Beteiligung junger Menschen an der Planung“ zurückziehen/);
  assert.equal((await site.submit(url, `${url}/unterstuetzen`, {}, leipzig)).statusCode, 303);
  assert.match((await get(url, leipzig)).body, /0 Unterstützungen/);
});

test("members comment; an empty comment or markup is refused", async () => {
  const id = await propose(leipzig, "Daten für die Sozialraumanalyse beschaffen");
  const url = `${list}/${id}`;
  const empty = await site.submit(url, `${url}/kommentare`, { body: "" }, bonnPlanner);
  assert.equal(empty.statusCode, 422);
  assert.match(empty.body, /Bitte füllen Sie dieses Feld aus/);
  const markup = await site.submit(url, `${url}/kommentare`, { body: "<script>x</script>" }, bonnPlanner);
  assert.equal(markup.statusCode, 422);
  assert.match(markup.body, /keinen HTML-Code/);
  assert.equal((await site.submit(url, `${url}/kommentare`, { body: "Das interessiert uns in Bonn auch sehr." }, bonnPlanner)).statusCode, 303);
  const page = await get(url, leipzig);
  assert.match(page.body, /Kommentare \(1\)/);
  assert.match(page.body, /Das interessiert uns in Bonn auch sehr\./);
});

test("the team merges a duplicate: the reason is required, votes move without doubles, the proposer sees why and gets a mail", async () => {
  const source = await propose(bonnLeader, "Politik für Jugendhilfeplanung gewinnen");
  const target = await propose(leipzig, "Zusammenarbeit mit dem Jugendhilfeausschuss");
  const other = await propose(leipzig, "Ein Thema für das Festival", "festival");
  for (const [cookie, id] of [
    [bonnPlanner, source],
    [bonnPlanner, target],
    [leipzig, source],
  ] as const) {
    assert.equal((await site.submit(`${list}/${id}`, `${list}/${id}/unterstuetzen`, {}, cookie)).statusCode, 303);
  }
  const decide = `${list}/${source}/entscheidung`;
  assert.equal(
    (await site.submit(`${list}/${source}`, decide, { decision: "merged", mergeInto: String(target), reason: "Doppelt" }, bonnLeader)).statusCode,
    403,
  );
  const decisionPage = await get(`${list}/${source}`, admin);
  assert.match(decisionPage.body, /Entscheidung des Teams/);
  assert.doesNotMatch(decisionPage.body, new RegExp(`<option value="${other}"`), "a proposal for another occasion is no merge target");
  const noReason = await site.submit(`${list}/${source}`, decide, { decision: "merged", mergeInto: String(target), reason: "" }, admin);
  assert.equal(noReason.statusCode, 422);
  assert.match(noReason.body, /Bitte begründen Sie die Entscheidung/);
  const wrongTarget = await site.submit(`${list}/${source}`, decide, { decision: "merged", mergeInto: String(other), reason: "Doppelt" }, admin);
  assert.equal(wrongTarget.statusCode, 422);
  assert.match(wrongTarget.body, /offenen Vorschlag für denselben Anlass/);
  assert.match((await get(`${list}/${source}`, bonnLeader)).body, /Offen/, "nothing was decided yet");

  const reason = "Das Thema wird gemeinsam mit dem Vorschlag aus Leipzig beim AG-Treffen behandelt.";
  const done = await site.submit(`${list}/${source}`, decide, { decision: "merged", mergeInto: String(target), reason }, admin);
  assert.equal(done.statusCode, 303);

  const targetPage = await get(`${list}/${target}`, leipzig);
  assert.match(targetPage.body, /2 Unterstützungen/, "the planner's second vote is not counted twice");
  assert.match(targetPage.body, /Unterstützt von: Bonn, Leipzig/);
  const sourcePage = visible((await get(`${list}/${source}`, bonnLeader)).body);
  assert.match(sourcePage, /Zusammengeführt/);
  assert.match(sourcePage, new RegExp(`href="/austausch/themenvorschlaege/${target}">„Zusammenarbeit mit dem Jugendhilfeausschuss“`));
  assert.match(sourcePage, new RegExp(reason));
  assert.doesNotMatch(sourcePage, /Entscheidung des Teams/);
  const mine = (await get(list, bonnLeader)).body;
  assert.match(
    mine.slice(mine.indexOf("Meine Vorschläge"), mine.indexOf("Vorschläge nach Anlass filtern")),
    new RegExp(`Politik für Jugendhilfeplanung gewinnen[\\s\\S]*Zusammengeführt[\\s\\S]*${reason}`),
  );

  await site.deliverMail();
  const mail = (await readOutbox(site.outboxDir)).find(
    (m) => m.to === "leitung.bonn@k360.example" && m.subject.includes("Politik für Jugendhilfeplanung gewinnen"),
  );
  assert.ok(mail, "the proposer gets a mail");
  assert.match(mail.subject, /Zusammengeführt/);
  assert.match(mail.text, new RegExp(reason));
  assert.match(mail.text, new RegExp(`/austausch/themenvorschlaege/${target}`));

  assert.equal((await site.submit(`${list}/${target}`, `${list}/${source}/unterstuetzen`, {}, leipzig)).statusCode, 409, "a merged proposal takes no support");
  assert.equal((await site.submit(`${list}/${target}`, `${list}/${source}/kommentare`, { body: "Noch etwas" }, leipzig)).statusCode, 409);
  assert.equal((await site.submit(`${list}/${target}`, decide, { decision: "accepted", reason: "" }, admin)).statusCode, 409);
});

test("the team accepts without a reason and declines with one", async () => {
  const accepted = await propose(bonnPlanner, "Planung und Schule zusammen denken");
  assert.equal((await site.submit(`${list}/${accepted}`, `${list}/${accepted}/entscheidung`, { decision: "accepted", reason: "" }, admin)).statusCode, 303);
  assert.match((await get(`${list}/${accepted}`, bonnPlanner)).body, /Vom Team angenommen/);
  const declined = await propose(bonnPlanner, "Ein Thema, das schon behandelt wurde");
  const refused = await site.submit(`${list}/${declined}`, `${list}/${declined}/entscheidung`, { decision: "declined", reason: "" }, admin);
  assert.equal(refused.statusCode, 422);
  assert.equal(
    (
      await site.submit(
        `${list}/${declined}`,
        `${list}/${declined}/entscheidung`,
        { decision: "declined", reason: "War Thema beim letzten AG-Treffen." },
        admin,
      )
    ).statusCode,
    303,
  );
  const page = (await get(`${list}/${declined}`, bonnPlanner)).body;
  assert.match(page, /Vom Team nicht aufgenommen/);
  assert.match(page, /War Thema beim letzten AG-Treffen\./);
});

test("the list groups by occasion, puts the most supported open proposal first and filters by occasion", async () => {
  const quiet = await propose(bonnLeader, "AG-Thema ohne Unterstützung");
  const popular = await propose(bonnLeader, "AG-Thema mit Unterstützung");
  await site.submit(`${list}/${popular}`, `${list}/${popular}/unterstuetzen`, {}, leipzig);
  await propose(leipzig, "Festival-Thema zum Filtern", "festival");
  const all = visible((await get(list, leipzig)).body);
  const ag = all.slice(all.indexOf("Vorschläge für das AG-Treffen"), all.indexOf("Vorschläge für das Festival"));
  assert.ok(ag.indexOf(`/${popular}"`) < ag.indexOf(`/${quiet}"`), "more support comes first");
  assert.match(all.slice(all.indexOf("Vorschläge für das Festival")), /Festival-Thema zum Filtern/);
  const festival = (await get(`${list}?anlass=festival`, leipzig)).body;
  assert.match(festival, /Festival-Thema zum Filtern/);
  assert.doesNotMatch(festival.slice(festival.indexOf("Vorschläge nach Anlass filtern")), /AG-Thema mit Unterstützung/);
});

test("only the cohort and the team take part: others get 403, logged-out visitors 401, unknown proposals 404", async () => {
  const id = (await site.database.db.select({ id: topicProposals.id }).from(topicProposals).where(eq(topicProposals.status, "open")))[0].id;
  for (const url of [list, form, `${list}/${id}`]) {
    assert.equal((await get(url)).statusCode, 401, url);
    const refused = await get(url, outsider);
    assert.equal(refused.statusCode, 403, url);
    assert.match(refused.body, /für die Kommunen des laufenden Fellow-Programms und das Team der Initiative/, "the page says who it is for");
    assert.match(refused.body, /\/fellow-programm/, "and how to get there");
    assert.equal((await get(url, admin)).statusCode, 200, url);
    assert.equal((await get(url, await site.sessionFor("editor"))).statusCode, 200, url);
  }
  assert.equal((await site.submit("/anmelden", `${list}/${id}/unterstuetzen`, {}, outsider)).statusCode, 403);
  assert.equal((await site.submit("/anmelden", form, { occasion: "ag", title: "Von außen vorgeschlagen" }, outsider)).statusCode, 403);
  assert.equal((await site.submit("/anmelden", form, { occasion: "ag", title: "Von außen vorgeschlagen" })).statusCode, 401);
  assert.equal((await get(`${list}/999999`, leipzig)).statusCode, 404);
  assert.equal((await site.submit(list, `${list}/999999/unterstuetzen`, {}, leipzig)).statusCode, 404);
});

test("every page of the proposals is valid HTML with one h1, also with errors and after a decision", async () => {
  const open = await propose(bonnLeader, "Ein offener Vorschlag zum Prüfen");
  const decided = await propose(bonnLeader, "Ein entschiedener Vorschlag zum Prüfen");
  await site.submit(`${list}/${decided}`, `${list}/${decided}/entscheidung`, { decision: "merged", mergeInto: String(open), reason: "Passt zusammen." }, admin);
  const pages = [
    await get(list, bonnLeader),
    await get(`${list}?anlass=festival`, leipzig),
    await get(form, leipzig),
    await get(`${list}/${open}`, leipzig),
    await get(`${list}/${open}`, admin),
    await get(`${list}/${decided}`, bonnLeader),
    await site.submit(form, form, { occasion: "x", title: "<b>", description: "y".repeat(2001) }, leipzig),
    await site.submit(`${list}/${open}`, `${list}/${open}/kommentare`, { body: "" }, leipzig),
    await site.submit(`${list}/${open}`, `${list}/${open}/entscheidung`, { decision: "", reason: "<i>x</i>", mergeInto: "" }, admin),
  ];
  for (const page of pages) {
    const where = `${page.raw.req.method} ${page.raw.req.url}`;
    assert.ok([200, 422].includes(page.statusCode), where);
    assert.equal(page.body.match(/<h1[ >]/g)?.length, 1, where);
    assert.deepEqual(await htmlProblems(page.body), [], where);
  }
});

test("the demo proposals: votes of the tandems, a merged proposal's votes counted once at its target", async () => {
  const { db } = site.database;
  const idOf = async (key: string) =>
    (
      await db
        .select({ id: topicProposals.id })
        .from(topicProposals)
        .where(eq(topicProposals.title, proposalSeeds.find((s) => s.key === key)!.title))
    )[0].id;
  const target = await idOf("beteiligung-adressaten");
  const merged = await idOf("jugendbeteiligung-flaeche");
  const targetPage = (await get(`${list}/${target}`, leipzig)).body;
  assert.match(targetPage, /5 Unterstützungen/, "four own supporters and one new from the merged proposal; Rostock's second vote not counted");
  const mergedPage = visible((await get(`${list}/${merged}`, leipzig)).body);
  assert.match(mergedPage, new RegExp(`href="/austausch/themenvorschlaege/${target}"`));
  assert.match(mergedPage, /Zusammengeführt/);
  const overview = (await get(list, leipzig)).body;
  assert.match(overview, /Knappe Ressourcen priorisieren/);
  assert.deepEqual(await htmlProblems(overview), [], list);
});
