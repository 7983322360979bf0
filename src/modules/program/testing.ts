import type { Database } from "../../db/client.ts";
import { all, bogusToken, loggedIn, members, team, type RouteCases } from "../../platform/route-cases.ts";
import { listCheckIns } from "./checkins/queries.ts";
import { applicationRouteCases } from "./applications/testing.ts";
import { checkInRouteCases } from "./checkins/testing.ts";
import { currentProgram, listEvents, listFormats } from "./index.ts";

/** Every route of the Fellow program with a working address and the answer per role. */
export async function routeCases(database: Database): Promise<RouteCases> {
  const { db } = database;
  const bogus = bogusToken("x");
  const program = (await currentProgram(db))!;
  const open = (await listEvents(db, program.id)).find((event) => event.audience === "public" && event.days[0].date > "2027-01-01")!;
  const checkIn = (await listCheckIns(db, program.id))[0].id;
  const leadershipPath = (await listFormats(db, program.id)).find((format) => format.slug === "lernpfad-fuehrung")!.id;
  return {
    "GET /termine": { url: "/termine", expect: all(200) },
    "GET /termine.ics": { url: "/termine.ics", expect: all(200) },
    "GET /termine/:id": { url: `/termine/${open.id}`, expect: all(200) },
    "GET /termine/:id.ics": { url: `/termine/${open.id}.ics`, expect: all(200) },
    "POST /termine/:id/anmelden": { url: `/termine/${open.id}/anmelden`, body: { name: "Gast Beispiel", email: "gast@example.org" }, expect: all(303) },
    "POST /termine/:id/absagen": { url: `/termine/${open.id}/absagen`, body: {}, expect: { ...all(303), anonymous: 401 } },
    "POST /termine/:id/entschuldigen": { url: `/termine/${open.id}/entschuldigen`, body: {}, expect: { ...all(404), anonymous: 401 } },
    "GET /termine/:id/bestaetigen/:token": { url: `/termine/${open.id}/bestaetigen/${bogus}`, expect: all(410) },
    "POST /termine/:id/bestaetigen/:token": { url: `/termine/${open.id}/bestaetigen/${bogus}`, body: {}, expect: all(410) },
    "GET /termine/:id/anmeldung/:token": { url: `/termine/${open.id}/anmeldung/${bogus}`, expect: all(410) },
    "POST /termine/:id/anmeldung/:token": { url: `/termine/${open.id}/anmeldung/${bogus}`, body: {}, expect: all(410) },
    "POST /termine/:id/bestaetigung-erneut": {
      url: `/termine/${open.id}/bestaetigung-erneut`,
      body: { confirmationEmail: "gast@example.org" },
      expect: all(303),
    },
    "GET /mein-programm": { url: "/mein-programm", expect: members },
    "GET /programm": { url: "/programm", expect: loggedIn(team, 200) },
    "GET /programm/termine/neu": { url: "/programm/termine/neu", expect: loggedIn(team, 200) },
    "POST /programm/termine/neu": { url: "/programm/termine/neu", body: { title: "" }, expect: loggedIn(team, 422) },
    "GET /programm/termine/:id": { url: `/programm/termine/${open.id}`, expect: loggedIn(team, 200) },
    "GET /programm/termine/:id/bearbeiten": { url: `/programm/termine/${open.id}/bearbeiten`, expect: loggedIn(team, 200) },
    "POST /programm/termine/:id/bearbeiten": { url: `/programm/termine/${open.id}/bearbeiten`, body: { title: "" }, expect: loggedIn(team, 422) },
    "POST /programm/termine/:id/anwesenheit": {
      url: `/programm/termine/${open.id}/anwesenheit`,
      body: { dayId: String(open.days[0].id) },
      expect: loggedIn(team, 422),
    },
    "GET /programm/termine/:id/teilnehmende.csv": { url: `/programm/termine/${open.id}/teilnehmende.csv`, expect: loggedIn(team, 200) },
    "GET /programm/termine/:id/teilnehmende.xlsx": { url: `/programm/termine/${open.id}/teilnehmende.xlsx`, expect: loggedIn(team, 200) },
    "GET /programm/termine/:id/nachricht": { url: `/programm/termine/${open.id}/nachricht`, expect: loggedIn(team, 200) },
    "POST /programm/termine/:id/nachricht": { url: `/programm/termine/${open.id}/nachricht`, body: { subject: "" }, expect: loggedIn(team, 422) },
    "GET /programm/check-ins": { url: "/programm/check-ins", expect: loggedIn(team, 200) },
    "GET /programm/check-ins/neu": { url: "/programm/check-ins/neu", expect: loggedIn(team, 200) },
    "POST /programm/check-ins/neu": { url: "/programm/check-ins/neu", body: {}, expect: loggedIn(team, 422) },
    "GET /programm/check-ins/:id/bearbeiten": { url: `/programm/check-ins/${checkIn}/bearbeiten`, expect: loggedIn(team, 200) },
    "POST /programm/check-ins/:id/bearbeiten": { url: `/programm/check-ins/${checkIn}/bearbeiten`, body: {}, expect: loggedIn(team, 422) },
    "GET /mein-programm/bescheinigung/:formatId.pdf": {
      url: `/mein-programm/bescheinigung/${leadershipPath}.pdf`,
      expect: { ...all(404), anonymous: 401, leader: 200 },
    },
    "GET /lernpfade/:slug/bewerbung": { url: "/lernpfade/lernpfad-fuehrung/bewerbung", expect: all(200) },
    "POST /lernpfade/:slug/bewerbung": {
      url: "/lernpfade/lernpfad-fuehrung/bewerbung",
      body: { name: "Gast Beispiel", email: "gast@example.org" },
      expect: all(409),
    },
    ...applicationRouteCases(),
    ...(await checkInRouteCases(db)),
    "GET /programm/bewerbungen/:formatId": { url: `/programm/bewerbungen/${leadershipPath}`, expect: loggedIn(team, 200) },
    "POST /programm/bewerbungen/:formatId/:applicationId/override": {
      url: `/programm/bewerbungen/${leadershipPath}/999999/override`,
      body: { value: "include" },
      expect: loggedIn(team, 404),
    },
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
    "POST /programm/termine/:id/unterlagen/:docId/loeschen": {
      url: `/programm/termine/${open.id}/unterlagen/999999/loeschen`,
      body: {},
      expect: loggedIn(team, 404),
    },
  };
}

// What the benchmarks build their data from and measure (bench/program-*.ts).
export { applications, attendance, checkIns, cohort, eventDays, events, registrations, tandemMembers } from "./tables.ts";
export { exampleApplicants } from "./applications/rules/generate.ts";
export { seededRandom } from "../../platform/random.ts";
export { selectApplicants } from "./applications/rules/select.ts";
export { loadObligationInput } from "./queries/obligation-input.ts";
export { computeObligations } from "./rules/obligations.ts";
