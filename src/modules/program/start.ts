import { and, desc, eq, gte } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { isMemberRole } from "../../platform/auth/roles.ts";
import type { CurrentUser } from "../../platform/auth/current-user.ts";
import { formatDay, formatDays, todayInGermany } from "../../platform/dates.ts";
import type { StartPanel } from "../../platform/start/panels.ts";
import { currentProgram, isCohortMember, listEvents, programOf, registrationsOfUser, tandemOf } from "./queries/events.ts";
import { loadObligationInput } from "./queries/obligation-input.ts";
import { computeObligations, describe, statusLabels } from "./rules/obligations.ts";
import { registrationClosedReason } from "./rules/registration.ts";
import { policies } from "./policies.ts";
import { registrations } from "./tables.ts";
import { registrationStatuses, type RegistrationStatus } from "./reference.ts";
import { startTexts as texts } from "./texts.ts";

const isMember = (user: CurrentUser) => isMemberRole(user.role);
const isAdmin = (user: CurrentUser) => user.role === "admin";

/** A tandem member's obligations that are not yet met, with the program's end as their deadline (as on /mein-programm). */
async function obligations(db: Db, user: CurrentUser) {
  const program = await programOf(db, user.municipalityId);
  if (!program) return null;
  const today = todayInGermany();
  const seats = await tandemOf(db, program.id, user.id, today);
  if (seats.length === 0) return null;
  const input = await loadObligationInput(db, program.id, today, seats[0].municipalityId);
  const open = (computeObligations(input)[0]?.obligations ?? []).filter((o) => o.status !== "done");
  return {
    heading: texts.obligations,
    items: open.map((o) => ({
      label: `${o.formatTitle} (${o.who})`,
      href: "/mein-programm",
      detail: `${describe(o)} – ${statusLabels[o.status]}, ${texts.deadline(formatDay(input.programEndsOn))}`,
    })),
    empty: texts.obligationsDone,
    more: { label: texts.myProgram, href: "/mein-programm" },
  };
}

/** The next dates this person may attend: registered ones say so, open ones carry the event page's register button. */
async function nextDates(db: Db, user: CurrentUser) {
  const program = await programOf(db, user.municipalityId);
  if (!program) return null;
  const today = todayInGermany();
  const inCohort = await isCohortMember(db, program.id, user.municipalityId);
  const roles = (await tandemOf(db, program.id, user.id, today)).map((s) => s.role);
  const own = new Map((await registrationsOfUser(db, user.id)).map((r) => [r.eventId, r.status]));
  const coming = (await listEvents(db, program.id))
    .filter((e) => !e.cancelled && (e.days.at(-1)?.date ?? "") >= today && policies.seeEvent(user, e, inCohort))
    .slice(0, 5);
  const items = coming.map((event) => {
    const status = own.get(event.id);
    const mayRegister = !status && !registrationClosedReason(event, today) && policies.registerForEvent(user, event, inCohort, roles);
    return {
      label: event.title,
      href: `/termine/${event.id}`,
      detail: [formatDays(event.days.map((d) => d.date)), status ? registrationStatuses[status as RegistrationStatus] : ""].filter(Boolean).join(", "),
      action: mayRegister ? { url: `/termine/${event.id}/anmelden`, label: texts.register } : undefined,
    };
  });
  return { heading: texts.nextDates, items, empty: texts.noDates, more: { label: texts.allDates, href: "/termine" } };
}

/** Excuses of the last 30 days, for the team. */
async function excuses(db: Db) {
  const since = new Date(Date.now() - 30 * 24 * 3600_000);
  const rows = await db
    .select({ eventId: registrations.eventId, name: registrations.name, at: registrations.updatedAt })
    .from(registrations)
    .where(and(eq(registrations.status, "excused"), gte(registrations.updatedAt, since)))
    .orderBy(desc(registrations.updatedAt))
    .limit(10);
  const program = await currentProgram(db);
  const titles = new Map(program ? (await listEvents(db, program.id, { ids: rows.map((r) => r.eventId) })).map((e) => [e.id, e.title]) : []);
  return {
    heading: texts.excuses,
    items: rows.map((r) => ({
      label: `${r.name}: ${titles.get(r.eventId) ?? ""}`,
      href: `/programm/termine/${r.eventId}`,
      detail: formatDay(todayInGermany(r.at)),
    })),
    empty: texts.noExcuses,
  };
}

/** The program's parts of "Mein K360". */
export const startPanels: StartPanel[] = [
  { key: "program-obligations", order: 10, shownTo: isMember, load: obligations },
  { key: "program-dates", order: 20, shownTo: isMember, load: nextDates },
  { key: "program-excuses", order: 40, shownTo: isAdmin, load: (db) => excuses(db) },
];
