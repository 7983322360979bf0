import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { startTestApp, type TestApp } from "./platform/testing.ts";
import { memberRoles, roles, type Role } from "./platform/auth/roles.ts";
import { loadProfile } from "./modules/municipalities/profile.ts";
import { currentProgram, listEvents, listFormats } from "./modules/program/queries.ts";
import { listCheckIns } from "./modules/program/checkins/commands.ts";
import { publishReport, saveReport } from "./modules/exchange/reports/commands.ts";
import { listSynonyms } from "./platform/search/thesaurus.ts";
import { listProposals } from "./modules/exchange/proposals/queries.ts";
import { allPersonas } from "./modules/exchange/personas/queries.ts";

type Who = Role | "anonymous";
const everyone: Who[] = ["anonymous", ...roles];
const all = (status: number) => Object.fromEntries(everyone.map((w) => [w, status])) as Record<Who, number>;
const loggedIn = (allowed: Role[], ok: number) => ({ ...all(403), anonymous: 401, ...Object.fromEntries(allowed.map((r) => [r, ok])) }) as Record<Who, number>;
/** Bonn's members (leader, planningSpecialist) and the admin; staff belongs to Leipzig. */
const bonnEditors: Role[] = ["admin", "leader", "planningSpecialist"];
const bonnMembers: Role[] = ["leader", "planningSpecialist"];

interface Case {
  url: string;
  body?: Record<string, string>;
  expect: Record<Who, number>;
}

let t: TestApp;
let cases: Record<string, Case>;
before(async () => {
  t = await startTestApp();
  const project = (await loadProfile(t.database, "05314"))!.projects[0].id;
  const profile = { description: "Text", youthOfficeName: "Jugendamt", youthOfficeAddress: "", youthOfficeWebsite: "" };
  const bogus = "x".repeat(43);
  const program = (await currentProgram(t.database.db))!;
  const open = (await listEvents(t.database.db, program.id)).find((e) => e.audience === "public" && e.days[0].date > "2027-01-01")!;
  const team: Role[] = ["admin", "editor"];
  const members = { ...all(200), anonymous: 401 };
  const checkIn = (await listCheckIns(t.database.db, program.id))[0].id;
  const leadershipPath = (await listFormats(t.database.db, program.id)).find((f) => f.slug === "lernpfad-fuehrung")!.id;
  const bonn = (await loadProfile(t.database, "05314"))!.id;
  const draft = { title: "Jugendforum im Rathaus", problem: "Junge Menschen kamen nicht vor.", approach: "Ein Forum zweimal im Jahr.", visibility: "public", topics: "beteiligung" };
  const saved = await saveReport(t.database.db, bonn, 1, null, draft, "submit");
  assert.ok(saved.ok);
  await publishReport(t.database.db, saved.id, "2026-11-01");
  const report = `/austausch/berichte/${saved.id}`;
  const synonyms = (await listSynonyms(t.database.db))[0].id;
  const proposals = await listProposals(t.database.db, program.id);
  const openProposal = proposals.find((p) => p.status === "open")!.id;
  const acceptedProposal = proposals.find((p) => p.status === "accepted")!.id;
  const personas = await allPersonas(t.database.db);
  const bonnPersona = personas.find((p) => p.municipalityId === bonn && p.shared)!.id;
  const unsharedPersona = personas.find((p) => !p.shared)!.id;
  cases = {
    "GET /": { url: "/", expect: all(200) },
    "GET /fellow-programm": { url: "/fellow-programm", expect: all(200) },
    "GET /angebote": { url: "/angebote", expect: all(200) },
    "GET /wer-wir-sind": { url: "/wer-wir-sind", expect: all(200) },
    "GET /magazin": { url: "/magazin", expect: all(200) },
    "GET /kommunen": { url: "/kommunen?land=05", expect: all(200) },
    "GET /kommunen/:slug": { url: "/kommunen/05314-bonn", expect: all(200) },
    "GET /api/docs": { url: "/api/docs", expect: all(200) },
    "GET /api/openapi.json": { url: "/api/openapi.json", expect: all(200) },
    "GET /api/v1/municipalities": { url: "/api/v1/municipalities", expect: all(200) },
    "GET /api/v1/municipalities/:ags": { url: "/api/v1/municipalities/05314", expect: all(200) },
    "GET /api/v1/municipalities/:ags/change-projects": { url: "/api/v1/municipalities/05314/change-projects", expect: all(200) },
    "GET /api/v1/topics": { url: "/api/v1/topics", expect: all(200) },
    "GET /anmelden": { url: "/anmelden", expect: all(200) },
    "POST /anmelden": { url: "/anmelden", body: { email: "niemand@example.org", password: "falsch" }, expect: all(401) },
    "POST /anmelden/link": { url: "/anmelden/link", body: { email: "niemand@example.org" }, expect: all(303) },
    "GET /anmelden/link-gesendet": { url: "/anmelden/link-gesendet", expect: all(200) },
    "GET /anmelden/link/:token": { url: `/anmelden/link/${bogus}`, expect: all(410) },
    "POST /anmelden/link/:token": { url: `/anmelden/link/${bogus}`, body: {}, expect: all(410) },
    "GET /passwort-vergessen": { url: "/passwort-vergessen", expect: all(200) },
    "POST /passwort-vergessen": { url: "/passwort-vergessen", body: { email: "niemand@example.org" }, expect: all(303) },
    "GET /passwort-neu/:token": { url: `/passwort-neu/${bogus}`, expect: all(410) },
    "POST /passwort-neu/:token": { url: `/passwort-neu/${bogus}`, body: { password: "langes-passwort", confirm: "langes-passwort" }, expect: all(410) },
    "GET /admin/postausgang": { url: "/admin/postausgang", expect: loggedIn(["admin"], 200) },
    "GET /admin/postausgang/:id": { url: "/admin/postausgang/1700000000000-000000-00000000", expect: loggedIn(["admin"], 404) },
    "GET /kommunen/neu": { url: "/kommunen/neu", expect: loggedIn(["admin"], 200) },
    "POST /kommunen/neu": { url: "/kommunen/neu", body: { ags: "x", name: "", population: "", areaKm2: "" }, expect: loggedIn(["admin"], 422) },
    "GET /kommunen/:slug/bearbeiten": { url: "/kommunen/05314-bonn/bearbeiten", expect: loggedIn(bonnEditors, 200) },
    "POST /kommunen/:slug/bearbeiten": { url: "/kommunen/05314-bonn/bearbeiten", body: profile, expect: loggedIn(bonnEditors, 303) },
    "GET /kommunen/:slug/vorhaben/neu": { url: "/kommunen/05314-bonn/vorhaben/neu", expect: loggedIn(bonnEditors, 200) },
    "POST /kommunen/:slug/vorhaben/neu": { url: "/kommunen/05314-bonn/vorhaben/neu", body: { title: "" }, expect: loggedIn(bonnEditors, 422) },
    "GET /kommunen/:slug/vorhaben/:id/bearbeiten": { url: `/kommunen/05314-bonn/vorhaben/${project}/bearbeiten`, expect: loggedIn(bonnEditors, 200) },
    "POST /kommunen/:slug/vorhaben/:id/bearbeiten": { url: `/kommunen/05314-bonn/vorhaben/${project}/bearbeiten`, body: { title: "" }, expect: loggedIn(bonnEditors, 422) },
    "POST /kommunen/:slug/vorhaben/:id/loeschen": { url: "/kommunen/05314-bonn/vorhaben/999999/loeschen", body: {}, expect: loggedIn(bonnEditors, 404) },
    "GET /kommunen/:slug/personen/neu": { url: "/kommunen/05314-bonn/personen/neu", expect: loggedIn(["admin"], 200) },
    "POST /kommunen/:slug/personen/neu": { url: "/kommunen/05314-bonn/personen/neu", body: { name: "" }, expect: loggedIn(["admin"], 422) },
    "GET /termine": { url: "/termine", expect: all(200) },
    "GET /termine.ics": { url: "/termine.ics", expect: all(200) },
    "GET /termine/:id": { url: `/termine/${open.id}`, expect: all(200) },
    "GET /termine/:id.ics": { url: `/termine/${open.id}.ics`, expect: all(200) },
    "POST /termine/:id/anmelden": { url: `/termine/${open.id}/anmelden`, body: { name: "Gast Beispiel", email: "gast@example.org" }, expect: all(303) },
    "POST /termine/:id/absagen": { url: `/termine/${open.id}/absagen`, body: {}, expect: { ...all(303), anonymous: 401 } },
    "POST /termine/:id/entschuldigen": { url: `/termine/${open.id}/entschuldigen`, body: {}, expect: { ...all(404), anonymous: 401 } },
    "GET /termine/:id/bestaetigen/:token": { url: `/termine/${open.id}/bestaetigen/${bogus}`, expect: all(410) },
    "POST /termine/:id/bestaetigen/:token": { url: `/termine/${open.id}/bestaetigen/${bogus}`, body: {}, expect: all(410) },
    "GET /mein-programm": { url: "/mein-programm", expect: members },
    "GET /programm": { url: "/programm", expect: loggedIn(team, 200) },
    "GET /programm/termine/neu": { url: "/programm/termine/neu", expect: loggedIn(team, 200) },
    "POST /programm/termine/neu": { url: "/programm/termine/neu", body: { title: "" }, expect: loggedIn(team, 422) },
    "GET /programm/termine/:id": { url: `/programm/termine/${open.id}`, expect: loggedIn(team, 200) },
    "GET /programm/termine/:id/bearbeiten": { url: `/programm/termine/${open.id}/bearbeiten`, expect: loggedIn(team, 200) },
    "POST /programm/termine/:id/bearbeiten": { url: `/programm/termine/${open.id}/bearbeiten`, body: { title: "" }, expect: loggedIn(team, 422) },
    "POST /programm/termine/:id/anwesenheit": { url: `/programm/termine/${open.id}/anwesenheit`, body: { dayId: String(open.days[0].id) }, expect: loggedIn(team, 422) },
    "GET /programm/check-ins": { url: "/programm/check-ins", expect: loggedIn(team, 200) },
    "GET /programm/check-ins/neu": { url: "/programm/check-ins/neu", expect: loggedIn(team, 200) },
    "POST /programm/check-ins/neu": { url: "/programm/check-ins/neu", body: {}, expect: loggedIn(team, 422) },
    "GET /programm/check-ins/:id/bearbeiten": { url: `/programm/check-ins/${checkIn}/bearbeiten`, expect: loggedIn(team, 200) },
    "POST /programm/check-ins/:id/bearbeiten": { url: `/programm/check-ins/${checkIn}/bearbeiten`, body: {}, expect: loggedIn(team, 422) },
    "GET /mein-programm/bescheinigung/:formatId.pdf": { url: `/mein-programm/bescheinigung/${leadershipPath}.pdf`, expect: { ...all(404), anonymous: 401, leader: 200 } },
    "GET /lernpfade/:slug/bewerbung": { url: "/lernpfade/lernpfad-fuehrung/bewerbung", expect: all(200) },
    "POST /lernpfade/:slug/bewerbung": { url: "/lernpfade/lernpfad-fuehrung/bewerbung", body: { name: "Gast Beispiel", email: "gast@example.org" }, expect: all(409) },
    "GET /programm/bewerbungen/:formatId": { url: `/programm/bewerbungen/${leadershipPath}`, expect: loggedIn(team, 200) },
    "POST /programm/bewerbungen/:formatId/:applicationId/override": { url: `/programm/bewerbungen/${leadershipPath}/999999/override`, body: { value: "include" }, expect: loggedIn(team, 404) },
    "POST /programm/bewerbungen/:formatId/versenden": { url: `/programm/bewerbungen/${leadershipPath}/versenden`, body: {}, expect: loggedIn(team, 422) },
    "POST /mein-programm/kalender": { url: "/mein-programm/kalender", body: {}, expect: { ...all(303), anonymous: 401 } },
    "GET /kalender/:token.ics": { url: `/kalender/${bogus}.ics`, expect: all(404) },
    "GET /programm/tandems": { url: "/programm/tandems", expect: loggedIn(team, 200) },
    "POST /programm/tandems": { url: "/programm/tandems", body: { municipalityId: "", role: "", userId: "", fromDate: "" }, expect: loggedIn(team, 422) },
    "GET /programm/formate": { url: "/programm/formate", expect: loggedIn(team, 200) },
    "GET /programm/formate/:id/bearbeiten": { url: `/programm/formate/${leadershipPath}/bearbeiten`, expect: loggedIn(team, 200) },
    "POST /programm/formate/:id/bearbeiten": { url: `/programm/formate/${leadershipPath}/bearbeiten`, body: { title: "" }, expect: loggedIn(team, 422) },
    "POST /programm/termine/:id/bestaetigen": { url: "/programm/termine/999999/bestaetigen", body: {}, expect: loggedIn(team, 404) },
    "GET /termine/:id/unterlagen/:docId": { url: `/termine/${open.id}/unterlagen/999999`, expect: all(404) },
    "POST /programm/termine/:id/unterlagen": { url: `/programm/termine/${open.id}/unterlagen`, body: {}, expect: loggedIn(team, 422) },
    "POST /programm/termine/:id/unterlagen/:docId/loeschen": { url: `/programm/termine/${open.id}/unterlagen/999999/loeschen`, body: {}, expect: loggedIn(team, 404) },
    "GET /austausch": { url: "/austausch", expect: all(200) },
    "GET /austausch/suche": { url: "/austausch/suche?q=Jugendforum", expect: all(200) },
    "GET /austausch/meine-berichte": { url: "/austausch/meine-berichte", expect: loggedIn([...memberRoles], 200) },
    "GET /austausch/berichte/neu": { url: "/austausch/berichte/neu", expect: loggedIn([...memberRoles], 200) },
    "POST /austausch/berichte/neu": { url: "/austausch/berichte/neu", body: { title: "" }, expect: loggedIn([...memberRoles], 422) },
    "GET /austausch/berichte/:id": { url: report, expect: all(200) },
    "GET /austausch/berichte/:id/bearbeiten": { url: `${report}/bearbeiten`, expect: loggedIn([...team, ...bonnMembers], 200) },
    "POST /austausch/berichte/:id/bearbeiten": { url: `${report}/bearbeiten`, body: { title: "" }, expect: loggedIn([...team, ...bonnMembers], 422) },
    "POST /austausch/berichte/:id/loeschen": { url: "/austausch/berichte/999999/loeschen", body: {}, expect: { ...all(404), anonymous: 401 } },
    "GET /austausch/pruefung": { url: "/austausch/pruefung", expect: loggedIn(team, 200) },
    "POST /austausch/berichte/:id/veroeffentlichen": { url: `${report}/veroeffentlichen`, body: {}, expect: loggedIn(team, 409) },
    "POST /austausch/berichte/:id/zurueckgeben": { url: `${report}/zurueckgeben`, body: { reviewNote: "" }, expect: loggedIn(team, 422) },
    "POST /austausch/berichte/:id/anhaenge": { url: `${report}/anhaenge`, body: {}, expect: loggedIn([...team, ...bonnMembers], 422) },
    "GET /austausch/berichte/:id/anhaenge/:fileId": { url: `${report}/anhaenge/999999`, expect: all(404) },
    "POST /austausch/berichte/:id/anhaenge/:fileId/loeschen": { url: `${report}/anhaenge/999999/loeschen`, body: {}, expect: loggedIn([...team, ...bonnMembers], 404) },
    "GET /austausch/thesaurus": { url: "/austausch/thesaurus", expect: loggedIn(team, 200) },
    "POST /austausch/thesaurus": { url: "/austausch/thesaurus", body: { expressions: "nur eins" }, expect: loggedIn(team, 422) },
    "POST /austausch/thesaurus/:id": { url: `/austausch/thesaurus/${synonyms}`, body: { expressions: "nur eins" }, expect: loggedIn(team, 422) },
    "POST /austausch/thesaurus/:id/loeschen": { url: "/austausch/thesaurus/999999/loeschen", body: {}, expect: loggedIn(team, 404) },
    "GET /programm/ag-themen": { url: "/programm/ag-themen", expect: loggedIn(team, 200) },
    "GET /austausch/themenvorschlaege": { url: "/austausch/themenvorschlaege", expect: members },
    "GET /austausch/themenvorschlaege/neu": { url: "/austausch/themenvorschlaege/neu", expect: members },
    "POST /austausch/themenvorschlaege/neu": { url: "/austausch/themenvorschlaege/neu", body: {}, expect: { ...all(422), anonymous: 401 } },
    "GET /austausch/themenvorschlaege/:id": { url: `/austausch/themenvorschlaege/${openProposal}`, expect: members },
    "POST /austausch/themenvorschlaege/:id/unterstuetzen": { url: `/austausch/themenvorschlaege/${acceptedProposal}/unterstuetzen`, body: {}, expect: { ...all(409), anonymous: 401 } },
    "POST /austausch/themenvorschlaege/:id/kommentare": { url: `/austausch/themenvorschlaege/${openProposal}/kommentare`, body: {}, expect: { ...all(422), anonymous: 401 } },
    "POST /austausch/themenvorschlaege/:id/entscheidung": { url: `/austausch/themenvorschlaege/${openProposal}/entscheidung`, body: {}, expect: loggedIn(team, 422) },
    "GET /austausch/personas": { url: "/austausch/personas", expect: members },
    "GET /austausch/personas/neu": { url: "/austausch/personas/neu", expect: members },
    "POST /austausch/personas/neu": { url: "/austausch/personas/neu", body: {}, expect: { ...all(422), anonymous: 401 } },
    "GET /austausch/personas/nebeneinander": { url: `/austausch/personas/nebeneinander?id=${bonnPersona}&id=${unsharedPersona}`, expect: members },
    "GET /austausch/personas/:id": { url: `/austausch/personas/${unsharedPersona}`, expect: loggedIn(team, 200) },
    "GET /austausch/personas/:id/bearbeiten": { url: `/austausch/personas/${bonnPersona}/bearbeiten`, expect: loggedIn([...team, ...bonnMembers], 200) },
    "POST /austausch/personas/:id/bearbeiten": { url: `/austausch/personas/${bonnPersona}/bearbeiten`, body: {}, expect: loggedIn([...team, ...bonnMembers], 422) },
    // Last, because it ends the session the other cases use.
    "POST /abmelden": { url: "/abmelden", body: {}, expect: all(303) },
  };
});
after(() => t.close());

const isAsset = (url: string) => url.startsWith("/assets/");

test("every route has an expectation for every role", () => {
  const missing = t.app.routeList.filter((r) => !isAsset(r.url) && !cases[`${r.method} ${r.url}`]).map((r) => `${r.method} ${r.url}`);
  assert.deepEqual(missing, []);
});

for (const who of everyone) {
  test(`every route answers ${who} as expected`, async () => {
    const cookie = who === "anonymous" ? "" : await t.sessionFor(who);
    const wrong: string[] = [];
    for (const [key, c] of Object.entries(cases)) {
      const method = key.split(" ")[0];
      const res = method === "GET" ? await t.app.inject({ url: c.url, headers: cookie ? { cookie } : {} }) : await t.submit("/anmelden", c.url, c.body ?? {}, cookie);
      if (res.statusCode !== c.expect[who]) wrong.push(`${key}: ${res.statusCode}, erwartet ${c.expect[who]}`);
    }
    assert.deepEqual(wrong, []);
  });
}
