import { test } from "node:test";
import assert from "node:assert/strict";
import { computeObligations, describe, type ObligationInput } from "./obligations.ts";

const ag = { id: 1, title: "K360 AG-Treffen", kind: "workingGroupMeeting" as const, rule: { obligee: "municipality" as const, required: 2, byModule: false } };
const path = { id: 2, title: "Lernpfad Führung", kind: "trainingPath" as const, rule: { obligee: "leader" as const, required: 3, byModule: true } };
const open = { id: 3, title: "Kommune gestaltet!", kind: "openOnlineEvent" as const, rule: { obligee: "none" as const, required: 0, byModule: false } };

function input(attendance: ObligationInput["attendance"], today = "2026-11-22"): ObligationInput {
  const day = (id: number, date: string) => ({ id, date });
  return {
    today,
    programEndsOn: "2027-10-31",
    formats: [ag, path, open],
    municipalities: [
      { id: 10, name: "Bonn", slug: "05314-bonn" },
      { id: 20, name: "Hamburg", slug: "02000-hamburg" },
    ],
    members: [
      { municipalityId: 10, userId: 100, name: "Miriam Beispiel", role: "leader", current: true },
      { municipalityId: 10, userId: 101, name: "Jonas Muster", role: "planningSpecialist", current: true },
      { municipalityId: 20, userId: 200, name: "Heike Probst", role: "leader", current: true },
    ],
    events: [
      { id: 1, formatId: 1, moduleNumber: null, municipalityId: null, cancelled: false, days: [day(11, "2026-05-06")] },
      { id: 2, formatId: 1, moduleNumber: null, municipalityId: null, cancelled: false, days: [day(12, "2026-10-14")] },
      { id: 3, formatId: 1, moduleNumber: null, municipalityId: null, cancelled: false, days: [day(13, "2027-02-24")] },
      { id: 4, formatId: 1, moduleNumber: null, municipalityId: null, cancelled: false, days: [day(14, "2027-06-09")] },
      { id: 5, formatId: 2, moduleNumber: 1, municipalityId: null, cancelled: false, days: [day(21, "2025-12-03"), day(22, "2025-12-04")] },
      { id: 6, formatId: 2, moduleNumber: 2, municipalityId: null, cancelled: false, days: [day(23, "2026-03-18"), day(24, "2026-03-19")] },
      { id: 7, formatId: 2, moduleNumber: 3, municipalityId: null, cancelled: false, days: [day(25, "2026-06-17"), day(26, "2026-06-18")] },
    ],
    attendance,
    checkIns: [],
  };
}

const present = (eventId: number, dayId: number, userId: number, municipalityId: number) => ({ eventId, dayId, userId, municipalityId, present: true });

test("AG-Treffen: one attended by the planning specialist counts for the municipality, two dates left", () => {
  const modules = [21, 22, 23, 24, 25, 26].map((day) => present(5 + Math.floor((day - 21) / 2), day, 100, 10));
  const [hamburg, bonn] = computeObligations(input([present(1, 11, 101, 10), ...modules]));
  const agBonn = bonn.obligations.find((o) => o.kind === "workingGroupMeeting")!;
  assert.equal(describe(agBonn), "1 von 2 besucht, 1 verpasst, noch 2 Termine");
  assert.equal(agBonn.status, "atRisk");
  assert.equal(hamburg.municipality.name, "Hamburg", "the tandem at greater risk comes first");
});

test("a training module counts only when the leader attended every day of it", () => {
  const all = [present(5, 21, 100, 10), present(5, 22, 100, 10), present(6, 23, 100, 10), present(6, 24, 100, 10), present(7, 25, 100, 10)];
  const bonn = computeObligations(input(all)).find((t) => t.municipality.id === 10)!;
  const leaderPath = bonn.obligations.find((o) => o.kind === "trainingPath")!;
  assert.deepEqual([leaderPath.attended, leaderPath.missed, leaderPath.remaining, leaderPath.status], [2, 1, 0, "failed"]);
  assert.equal(leaderPath.who, "Miriam Beispiel");
});

test("before anything happened everything is open; voluntary formats create no obligation", () => {
  const [first] = computeObligations(input([], "2025-09-01"));
  assert.deepEqual(
    first.obligations.map((o) => [o.formatTitle, o.status]),
    [
      ["K360 AG-Treffen", "open"],
      ["Lernpfad Führung", "open"],
    ],
  );
});

test("done once the required number is reached, whatever comes later", () => {
  const bonn = computeObligations(input([present(1, 11, 100, 10), present(2, 12, 101, 10)])).find((t) => t.municipality.id === 10)!;
  assert.equal(bonn.obligations[0].status, "done");
});

const workshop = {
  id: 4,
  title: "Kommunal-Workshop",
  kind: "municipalWorkshop" as const,
  rule: { obligee: "municipality" as const, required: 1, byModule: false },
};
const checkIn = { id: 5, title: "Check-In", kind: "checkIn" as const, rule: { obligee: "municipality" as const, required: 5, byModule: false } };
const withAll = (today = "2026-11-22"): ObligationInput => ({ ...input([], today), formats: [ag, path, workshop, checkIn] });
const of = (tandem: ReturnType<typeof computeObligations>[number], kind: string) => tandem.obligations.find((o) => o.kind === kind)!;

test('"noch N Termine" means only scheduled dates ahead that still count; what has no date says so', () => {
  const bonn = computeObligations({ ...withAll(), attendance: [present(1, 11, 100, 10), present(2, 12, 101, 10)] }).find((t) => t.municipality.id === 10)!;
  assert.equal(describe(of(bonn, "workingGroupMeeting")), "2 von 2 besucht", "no dates are needed any more");
  assert.equal(describe(of(bonn, "checkIn")), "0 von 5 besucht, 5 weitere zu vereinbaren", "check-ins have no dates");
  assert.equal(describe(of(bonn, "municipalWorkshop")), "0 von 1 besucht, noch kein Termin geplant");
  const before = computeObligations(withAll("2025-09-01"))[0];
  assert.equal(describe(of(before, "trainingPath")), "0 von 3 besucht, 3 Module noch geplant");
  assert.equal(describe(of(before, "workingGroupMeeting")), "0 von 2 besucht, noch 4 Termine");
});

test("a binding format without a date is flagged with the time left; each obligation states its rule and deadline", () => {
  const [tandem] = computeObligations(withAll("2026-12-31"));
  const workshopDuty = of(tandem, "municipalWorkshop");
  assert.equal(workshopDuty.unscheduled, true);
  assert.equal(workshopDuty.status, "open", "it can still be scheduled");
  assert.equal(
    workshopDuty.warning,
    "Noch kein Termin geplant, obwohl er verpflichtend ist: bis zum Ende des Programms am 31. Oktober 2027 bleiben 10 Monate.",
  );
  assert.equal(of(tandem, "workingGroupMeeting").warning, null, "dates are planned");
  assert.equal(of(tandem, "checkIn").warning, null, "check-ins are arranged in the talks");
  assert.equal(
    of(tandem, "trainingPath").rule,
    "Die Führungskraft muss 3 Module im Lernpfad Führung besuchen, jedes Modul an allen seinen Tagen – bis zum Ende des Programms am 31. Oktober 2027.",
  );
  assert.equal(
    of(tandem, "workingGroupMeeting").rule,
    "Das Tandem muss 2 Termine des Formats „K360 AG-Treffen“ besuchen, jeweils an allen Tagen; es zählt, wenn eine Person des Tandems dabei war – bis zum Ende des Programms am 31. Oktober 2027.",
  );
  assert.equal(workshopDuty.deadline, "2027-10-31");
  const late = computeObligations(withAll("2027-11-01"))[0];
  assert.equal(of(late, "municipalWorkshop").warning, null, "after the program nothing can be scheduled");
  assert.equal(of(late, "municipalWorkshop").status, "failed");
});
