import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import { loadProfile } from "./profile.ts";
import { startTestApp, type TestApp } from "../../testing.ts";

let t: TestApp;
let leader: string;
before(async () => {
  t = await startTestApp();
  leader = await t.sessionFor("leader");
});
after(() => t.close());

const bonn = "/kommunen/05314-bonn";
const profileFields = {
  description: "Neue Beschreibung der Stadt Bonn.",
  youthOfficeName: "Amt für Kinder, Jugend und Familie",
  youthOfficeAddress: "Berliner Platz 2, 53111 Bonn",
  youthOfficeWebsite: "https://www.bonn.de/jugendamt",
};
const snapshot = async (ags = "05314") => JSON.stringify(await loadProfile(t.database, ags));

const anonymous = async (url: string) => (await t.app.inject({ url })).body;

test("a member edits the profile of their own municipality; visitors see it at once", async () => {
  assert.doesNotMatch(await anonymous(bonn), /Berliner Platz 2, 53111 Bonn/);
  const res = await t.submit(`${bonn}/bearbeiten`, `${bonn}/bearbeiten`, { ...profileFields, topics: ["beteiligung", "kinderarmut"] }, leader);
  assert.equal(res.statusCode, 303);
  const page = await t.app.inject({ url: res.headers.location as string, headers: { cookie: leader } });
  assert.match(page.body, /Ihre Änderungen sind gespeichert/);
  assert.match(page.body, /Berliner Platz 2, 53111 Bonn/);
  const profile = await loadProfile(t.database, "05314");
  assert.deepEqual(
    profile!.topics.map((x) => x.slug),
    ["beteiligung", "kinderarmut"],
  );
  assert.match(await anonymous(bonn), /Berliner Platz 2, 53111 Bonn/);
});

test("nobody edits another municipality's profile; anonymous users are asked to log in", async () => {
  const unchanged = await snapshot("14713");
  const other = await t.app.inject({ url: "/kommunen/14713-leipzig/bearbeiten", headers: { cookie: leader } });
  assert.equal(other.statusCode, 403);
  assert.match(other.body, /keine Berechtigung/);
  const editor = await t.app.inject({ url: `${bonn}/bearbeiten`, headers: { cookie: await t.sessionFor("editor") } });
  assert.equal(editor.statusCode, 403);
  const anonymous = await t.app.inject({ url: `${bonn}/bearbeiten` });
  assert.equal(anonymous.statusCode, 401);
  assert.match(anonymous.body, /Bitte melden Sie sich an/);
  const admin = await t.submit(
    "/kommunen/14713-leipzig/bearbeiten",
    "/kommunen/14713-leipzig/bearbeiten",
    { ...profileFields, description: "Vom Admin" },
    await t.sessionFor("admin"),
  );
  assert.equal(admin.statusCode, 303);
  assert.notEqual(await snapshot("14713"), unchanged);
});

test("bad profile input gets German messages next to the fields and changes nothing", async () => {
  const before = await snapshot();
  const res = await t.submit(
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
  assert.match(res.body, /id="youthOfficeWebsite-error".*mit https:\/\/ beginnt/s);
  assert.match(res.body, /id="topics-error".*nur Themen aus der Liste/s);
  assert.ok(!res.body.includes("<script>alert(1)</script>"), "what the user typed is escaped");
  assert.match(res.body, /<input[^>]*name="youthOfficeName"[^>]*value="&lt;script>alert\(1\)&lt;\/script>"/, "and kept in the field, so nothing is lost");
  assert.equal(await snapshot(), before);
});

test("a member creates, edits and deletes a change project with milestones", async () => {
  assert.doesNotMatch(await anonymous(bonn), /Auftakt im Stadtteil/);
  const created = await t.submit(
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
  let project = (await loadProfile(t.database, "05314"))!.projects.find((p) => p.id === Number(id))!;
  assert.deepEqual(project.goals, ["Beteiligungsformate erproben", "Ergebnisse in den JHA bringen"]);
  assert.deepEqual(
    project.milestones.map((m) => [m.title, m.dueOn, m.done]),
    [["Auftakt im Stadtteil", "2026-03-01", true]],
  );
  assert.match(await anonymous(bonn), /Auftakt im Stadtteil/);
  const edit = `${bonn}/vorhaben/${id}/bearbeiten`;
  const form = await t.app.inject({ url: edit, headers: { cookie: leader } });
  assert.match(form.body, /value="Auftakt im Stadtteil"/);
  const saved = await t.submit(
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
  project = (await loadProfile(t.database, "05314"))!.projects.find((p) => p.id === Number(id))!;
  assert.equal(project.phase, "consolidation");
  assert.equal(project.milestones.length, 0);
  const deleted = await t.submit(edit, `${bonn}/vorhaben/${id}/loeschen`, {}, leader);
  assert.equal(deleted.statusCode, 303);
  assert.equal(
    (await loadProfile(t.database, "05314"))!.projects.some((p) => p.id === Number(id)),
    false,
  );
});

test("a project ending before it starts, or with an impossible date, is refused without change", async () => {
  const before = await snapshot();
  const res = await t.submit(
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
  const leipzig = (await loadProfile(t.database, "14713"))!.projects[0];
  const res = await t.app.inject({ url: `${bonn}/vorhaben/${leipzig.id}/bearbeiten`, headers: { cookie: leader } });
  assert.equal(res.statusCode, 404);
});

test("the admin adds a kreisangehörige Stadt; unknown or taken AGS get a message", async () => {
  const admin = await t.sessionFor("admin");
  const inNrw = "/kommunen?land=05&typ=kreisangehoerige_stadt";
  assert.doesNotMatch(await anonymous(inNrw), /Bünde/);
  const unknown = await t.submit("/kommunen/neu", "/kommunen/neu", { ags: "99999001", name: "Nirgendwo", population: "1000", areaKm2: "10" }, admin);
  assert.equal(unknown.statusCode, 422);
  assert.match(unknown.body, /keinen Kreis/);
  const taken = await t.submit("/kommunen/neu", "/kommunen/neu", { ags: "05758012", name: "Herford", population: "1000", areaKm2: "10" }, admin);
  assert.match(taken.body, /gibt es bereits/);
  const ok = await t.submit("/kommunen/neu", "/kommunen/neu", { ags: "05758004", name: "Bünde", population: "45.521", areaKm2: "59,5" }, admin);
  assert.equal(ok.statusCode, 303);
  const page = await t.app.inject({ url: "/kommunen/05758004-buende" });
  assert.match(page.body, /Kreis Herford/);
  assert.match(page.body, /45\.521/);
  assert.match(await anonymous(inNrw), /Bünde/, "the directory shows it at once");
  const member = await t.app.inject({ url: "/kommunen/neu", headers: { cookie: leader } });
  assert.equal(member.statusCode, 403);
});

test("the admin adds a person with consent and an account, who gets an invitation mail", async () => {
  const admin = await t.sessionFor("admin");
  const form = "/kommunen/05966-kreis-olpe/personen/neu";
  assert.doesNotMatch(await anonymous("/kommunen/05966-kreis-olpe"), /Eva Beispiel/);
  const bad = await t.submit(form, form, { name: "Eva Beispiel", jobTitle: "", tandemRole: "", email: "", accountRole: "staff" }, admin);
  assert.equal(bad.statusCode, 422);
  assert.match(bad.body, /braucht die Person eine E-Mail-Adresse/);
  const before = (await readdir(t.outboxDir)).length;
  const ok = await t.submit(
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
  assert.equal((await readdir(t.outboxDir)).length, before + 2, "one .eml and one .json");
  const hidden = await t.submit(form, form, { name: "Ohne Einwilligung", jobTitle: "", tandemRole: "", email: "", accountRole: "" }, admin);
  assert.equal(hidden.statusCode, 303);
  const page = await t.app.inject({ url: "/kommunen/05966-kreis-olpe" });
  assert.match(page.body, /Eva Beispiel/);
  assert.doesNotMatch(page.body, /Ohne Einwilligung/);
  assert.doesNotMatch(page.body, /eva@olpe\.example/);
  const byMember = await t.app.inject({ url: form, headers: { cookie: leader } });
  assert.equal(byMember.statusCode, 403);
});
