import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import { eq } from "drizzle-orm";
import { loadProfile } from "./queries/profile.ts";
import { municipalities } from "./tables.ts";
import { readOutbox, startTestApp, type TestApp } from "../../testing.ts";

let site: TestApp;
let leader: string;
before(async () => {
  site = await startTestApp();
  leader = await site.sessionFor("leader");
});
after(() => site.close());

const bonn = "/kommunen/05314-bonn";
const profileFields = {
  description: "Neue Beschreibung der Stadt Bonn.",
  youthOfficeName: "Amt für Kinder, Jugend und Familie",
  youthOfficeAddress: "Berliner Platz 2, 53111 Bonn",
  youthOfficeWebsite: "https://www.bonn.de/jugendamt",
};
const snapshot = async (ags = "05314") => JSON.stringify(await loadProfile(site.database, ags));

const anonymous = async (url: string) => (await site.app.inject({ url })).body;

test("a member edits the profile of their own municipality; visitors see it at once", async () => {
  assert.doesNotMatch(await anonymous(bonn), /Berliner Platz 2, 53111 Bonn/);
  const res = await site.submit(`${bonn}/bearbeiten`, `${bonn}/bearbeiten`, { ...profileFields, topics: ["beteiligung", "kinderarmut"] }, leader);
  assert.equal(res.statusCode, 303);
  const page = await site.app.inject({ url: res.headers.location as string, headers: { cookie: leader } });
  assert.match(page.body, /Ihre Änderungen sind gespeichert/);
  assert.match(page.body, /Berliner Platz 2, 53111 Bonn/);
  const profile = await loadProfile(site.database, "05314");
  assert.deepEqual(
    profile!.topics.map((x) => x.slug),
    ["beteiligung", "kinderarmut"],
  );
  assert.match(await anonymous(bonn), /Berliner Platz 2, 53111 Bonn/);
});

test("nobody edits another municipality's profile; anonymous users are asked to log in", async () => {
  const unchanged = await snapshot("14713");
  const other = await site.app.inject({ url: "/kommunen/14713-leipzig/bearbeiten", headers: { cookie: leader } });
  assert.equal(other.statusCode, 403);
  assert.match(other.body, /keine Berechtigung/);
  const editor = await site.app.inject({ url: `${bonn}/bearbeiten`, headers: { cookie: await site.sessionFor("editor") } });
  assert.equal(editor.statusCode, 403);
  const anonymous = await site.app.inject({ url: `${bonn}/bearbeiten` });
  assert.equal(anonymous.statusCode, 401);
  assert.match(anonymous.body, /Bitte melden Sie sich an/);
  const admin = await site.submit(
    "/kommunen/14713-leipzig/bearbeiten",
    "/kommunen/14713-leipzig/bearbeiten",
    { ...profileFields, description: "Vom Admin" },
    await site.sessionFor("admin"),
  );
  assert.equal(admin.statusCode, 303);
  assert.notEqual(await snapshot("14713"), unchanged);
});

test("bad profile input gets German messages next to the fields and changes nothing", async () => {
  const before = await snapshot();
  const res = await site.submit(
    `${bonn}/bearbeiten`,
    `${bonn}/bearbeiten`,
    {
      description: "x".repeat(3001),
      youthOfficeName: "<script>alert(1)</script>",
      youthOfficeAddress: "ok",
      youthOfficeWebsite: "javascript:alert(1)",
      topics: ["gibt-es-nicht"],
    },
    leader,
  );
  assert.equal(res.statusCode, 422);
  assert.match(res.body, /id="description-error".*höchstens 3\.000 Zeichen/s);
  assert.match(res.body, /id="youthOfficeName-error".*keinen HTML-Code/s);
  assert.match(res.body, /id="youthOfficeWebsite-error".*vollständige Adresse/s);
  assert.ok(!res.body.includes("<script>alert(1)</script>"), "what the user typed is escaped");
  assert.match(res.body, /<input[^>]*name="youthOfficeName"[^>]*value="&lt;script>alert\(1\)&lt;\/script>"/, "and kept in the field, so nothing is lost");
  // A topic the list does not offer (a changed form) is refused once the fields are right.
  const topic = await site.submit(`${bonn}/bearbeiten`, `${bonn}/bearbeiten`, { description: "Neu", topics: ["gibt-es-nicht"] }, leader);
  assert.equal(topic.statusCode, 422);
  assert.match(topic.body, /id="topics-error".*nur Themen aus der Liste/s);
  assert.equal(await snapshot(), before);
});

test("the Jugendamt's contact details are saved as typed in Germany and shown on the profile and in the API", async () => {
  const contact = {
    youthOfficeName: "Amt für Kinder, Jugend und Familie",
    youthOfficeAddress: "Berliner Platz 2\r\n53111 Bonn",
    youthOfficePhone: "0228 77-5432",
    youthOfficeEmail: " Jugendamt@Bonn.DE ",
    youthOfficeWebsite: "www.bonn.de/jugendamt",
  };
  const saved = await site.submit(`${bonn}/bearbeiten`, `${bonn}/bearbeiten`, { description: "Bonn plant integriert.", ...contact }, leader);
  assert.equal(saved.statusCode, 303);
  const page = await anonymous(bonn);
  assert.match(page, /<dt>Telefon<\/dt><dd><a class="kern-link" href="tel:0228775432">0228 77-5432<\/a>/);
  assert.match(page, /href="mailto:jugendamt@bonn.de"/);
  assert.match(page, /href="https:\/\/www.bonn.de\/jugendamt"/);
  assert.match(page, /Berliner Platz 2\n53111 Bonn/);
  const api = (await site.app.inject({ url: "/api/v1/municipalities/05314" })).json();
  assert.deepEqual(api.youthOffice, {
    name: "Amt für Kinder, Jugend und Familie",
    address: "Berliner Platz 2\n53111 Bonn",
    phone: "0228 77-5432",
    email: "jugendamt@bonn.de",
    website: "https://www.bonn.de/jugendamt",
  });
  const form = await site.app.inject({ url: `${bonn}/bearbeiten`, headers: { cookie: leader } });
  assert.match(form.body, /<input[^>]*name="youthOfficePhone"[^>]*type="tel"[^>]*value="0228 77-5432"/);
  const wrong = await site.submit(
    `${bonn}/bearbeiten`,
    `${bonn}/bearbeiten`,
    { youthOfficePhone: "gern anrufen", youthOfficeEmail: "jugendamt(at)bonn.de" },
    leader,
  );
  assert.equal(wrong.statusCode, 422);
  assert.match(wrong.body, /id="youthOfficePhone-error".*Telefonnummer mit Vorwahl/s);
  assert.match(wrong.body, /id="youthOfficeEmail-error".*gültige E-Mail-Adresse/s);
});

test("a member creates, edits and deletes a change project with milestones", async () => {
  assert.doesNotMatch(await anonymous(bonn), /Auftakt im Stadtteil/);
  const created = await site.submit(
    `${bonn}/vorhaben/neu`,
    `${bonn}/vorhaben/neu`,
    {
      title: "Jugendbeteiligung im Sozialraum",
      summary: "Kinder und Jugendliche planen ihren Stadtteil mit.",
      goals: "Beteiligungsformate erproben\nErgebnisse in den JHA bringen",
      phase: "implementation",
      startsOn: "2026-01-01",
      endsOn: "2026-12-31",
      learnings: "",
      topics: "beteiligung",
      m0_title: "Auftakt im Stadtteil",
      m0_due: "2026-03-01",
      m0_done: "ja",
    },
    leader,
  );
  assert.equal(created.statusCode, 303);
  const id = /#vorhaben-(\d+)/.exec(created.headers.location as string)![1];
  let project = (await loadProfile(site.database, "05314"))!.projects.find((p) => p.id === Number(id))!;
  assert.deepEqual(project.goals, ["Beteiligungsformate erproben", "Ergebnisse in den JHA bringen"]);
  assert.deepEqual(
    project.milestones.map((m) => [m.title, m.dueOn, m.done]),
    [["Auftakt im Stadtteil", "2026-03-01", true]],
  );
  assert.match(await anonymous(bonn), /Auftakt im Stadtteil/);
  const edit = `${bonn}/vorhaben/${id}/bearbeiten`;
  const form = await site.app.inject({ url: edit, headers: { cookie: leader } });
  assert.match(form.body, /value="Auftakt im Stadtteil"/);
  const saved = await site.submit(
    edit,
    edit,
    {
      title: "Jugendbeteiligung im Sozialraum",
      summary: "",
      goals: "",
      phase: "consolidation",
      startsOn: "",
      endsOn: "",
      learnings: "Früh einladen.",
      m0_title: "",
      m0_due: "",
    },
    leader,
  );
  assert.equal(saved.statusCode, 303);
  project = (await loadProfile(site.database, "05314"))!.projects.find((p) => p.id === Number(id))!;
  assert.equal(project.phase, "consolidation");
  assert.equal(project.milestones.length, 0);
  const deleted = await site.submit(edit, `${bonn}/vorhaben/${id}/loeschen`, {}, leader);
  assert.equal(deleted.statusCode, 303);
  assert.equal(
    (await loadProfile(site.database, "05314"))!.projects.some((p) => p.id === Number(id)),
    false,
  );
});

test("a project ending before it starts, or with an impossible date, is refused without change", async () => {
  const before = await snapshot();
  const res = await site.submit(
    `${bonn}/vorhaben/neu`,
    `${bonn}/vorhaben/neu`,
    {
      title: "",
      summary: "",
      goals: "",
      phase: "fantasie",
      startsOn: "2026-05-01",
      endsOn: "2026-04-01",
      learnings: "",
      m0_title: "Ohne Datum",
      m0_due: "2026-02-30",
    },
    leader,
  );
  assert.equal(res.statusCode, 422);
  assert.match(res.body, /id="title-error"/);
  assert.match(res.body, /Das Ende darf nicht vor dem Beginn liegen/);
  assert.match(res.body, /id="m0_due-error".*gültiges Datum/s);
  assert.equal(await snapshot(), before);
});

test("a project of another municipality cannot be edited through this one's address", async () => {
  const leipzig = (await loadProfile(site.database, "14713"))!.projects[0];
  const res = await site.app.inject({ url: `${bonn}/vorhaben/${leipzig.id}/bearbeiten`, headers: { cookie: leader } });
  assert.equal(res.statusCode, 404);
});

test("the admin adds a kreisangehörige Stadt; unknown or taken AGS get a message", async () => {
  const admin = await site.sessionFor("admin");
  const inNrw = "/kommunen?land=05&typ=kreisangehoerige_stadt&q=Enger";
  assert.doesNotMatch(await anonymous(inNrw), /05758008-enger/);
  const unknown = await site.submit("/kommunen/neu", "/kommunen/neu", { ags: "99999001", name: "Nirgendwo", population: "1000", areaKm2: "10" }, admin);
  assert.equal(unknown.statusCode, 422);
  assert.match(unknown.body, /keinen Kreis/);
  const taken = await site.submit("/kommunen/neu", "/kommunen/neu", { ags: "05758012", name: "Herford", population: "1000", areaKm2: "10" }, admin);
  assert.match(taken.body, /gibt es bereits/);
  const ok = await site.submit("/kommunen/neu", "/kommunen/neu", { ags: "05758008", name: "Enger", population: "20.312", areaKm2: "41,3" }, admin);
  assert.equal(ok.statusCode, 303);
  const page = await site.app.inject({ url: "/kommunen/05758008-enger" });
  assert.match(page.body, /Kreis Herford/);
  assert.match(page.body, /20\.312/);
  assert.match(await anonymous(inNrw), /05758008-enger/, "the directory shows it at once");
  const member = await site.app.inject({ url: "/kommunen/neu", headers: { cookie: leader } });
  assert.equal(member.statusCode, 403);
});

test("the admin adds a person with consent and an account, who gets an invitation mail", async () => {
  const admin = await site.sessionFor("admin");
  const form = "/kommunen/05966-kreis-olpe/personen/neu";
  assert.doesNotMatch(await anonymous("/kommunen/05966-kreis-olpe"), /Eva Beispiel/);
  const bad = await site.submit(form, form, { name: "Eva Beispiel", jobTitle: "", tandemRole: "", email: "", accountRole: "staff" }, admin);
  assert.equal(bad.statusCode, 422);
  assert.match(bad.body, /braucht die Person eine E-Mail-Adresse/);
  await site.deliverMail();
  const before = (await readdir(site.outboxDir)).length;
  const ok = await site.submit(
    form,
    form,
    {
      name: "Eva Beispiel",
      jobTitle: "Jugendhilfeplanung",
      tandemRole: "planningSpecialist",
      email: "eva@olpe.example",
      showOnProfile: "ja",
      accountRole: "planningSpecialist",
    },
    admin,
  );
  assert.equal(ok.statusCode, 303);
  await site.deliverMail();
  assert.equal((await readdir(site.outboxDir)).length, before + 2, "one .eml and one .json");
  const mail = (await readOutbox(site.outboxDir)).find((m) => m.to === "eva@olpe.example")!;
  assert.match(mail.text, /7 Tage gültig/);
  const setup = await site.app.inject({ url: /https?:\/\/[^/]+(\/konto-einrichten\/\S+)/.exec(mail.text)![1] });
  assert.equal(setup.statusCode, 200);
  assert.match(setup.body, /Willkommen bei K360, Eva Beispiel/);
  const hidden = await site.submit(form, form, { name: "Ohne Einwilligung", jobTitle: "", tandemRole: "", email: "", accountRole: "" }, admin);
  assert.equal(hidden.statusCode, 303);
  const page = await site.app.inject({ url: "/kommunen/05966-kreis-olpe" });
  assert.match(page.body, /Eva Beispiel/);
  assert.doesNotMatch(page.body, /Ohne Einwilligung/);
  assert.doesNotMatch(page.body, /eva@olpe\.example/);
  const byMember = await site.app.inject({ url: form, headers: { cookie: leader } });
  assert.equal(byMember.statusCode, 403);
});

test("the admin records a municipality's official mail domains; a member neither sees nor changes them", async () => {
  const admin = await site.sessionFor("admin");
  const form = `${bonn}/bearbeiten`;
  const domains = async () =>
    (await site.database.db.select({ d: municipalities.officialDomains }).from(municipalities).where(eq(municipalities.ags, "05314")))[0].d;
  const bad = await site.submit(form, form, { ...profileFields, officialDomains: "bonn.de, kein domain" }, admin);
  assert.equal(bad.statusCode, 422);
  assert.match(bad.body, /id="officialDomains-error"[^>]*>.*„kein“ ist keine Domain/s);
  assert.deepEqual(await domains(), []);
  const ok = await site.submit(form, form, { ...profileFields, officialDomains: "Bonn.de, @jugendamt.bonn.de" }, admin);
  assert.equal(ok.statusCode, 303);
  assert.deepEqual(await domains(), ["bonn.de", "jugendamt.bonn.de"]);
  assert.match((await site.app.inject({ url: form, headers: { cookie: admin } })).body, /value="bonn.de, jugendamt.bonn.de"/);

  const memberForm = await site.app.inject({ url: form, headers: { cookie: leader } });
  assert.doesNotMatch(memberForm.body, /Offizielle E-Mail-Domains/);
  const byMember = await site.submit(form, form, { ...profileFields, officialDomains: "gmail.com" }, leader);
  assert.equal(byMember.statusCode, 303);
  assert.deepEqual(await domains(), ["bonn.de", "jugendamt.bonn.de"], "a member's post does not change them");
});
