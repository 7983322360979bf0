import type { FastifyInstance } from "fastify";
import type { ModuleManifest } from "../manifest.ts";
import { isMemberRole } from "../../platform/auth/roles.ts";
import type { Db } from "../../db/client.ts";
import { todayInGermany } from "../../platform/dates.ts";
import { fellowIds } from "../municipalities/index.ts";
import { eventRoutes } from "./routes/events.ts";
import { registrationRoutes } from "./routes/registrations.ts";
import { manageRegistrationRoutes } from "./routes/manage-registration.ts";
import { overviewRoutes } from "./routes/overview.ts";
import { teamEventRoutes } from "./routes/team-events.ts";
import { attendanceRoutes } from "./routes/attendance.ts";
import { teamRegistrantRoutes } from "./routes/team-registrants.ts";
import { applicationRoutes } from "./applications/routes/applications.ts";
import { checkInRoutes } from "./checkins/routes/check-ins.ts";
import { certificateRoutes } from "./certificates/routes/certificates.ts";
import { feedRoutes } from "./routes/feed.ts";
import { tandemRoutes } from "./tandems/routes/tandems.ts";
import { formatRoutes } from "./formats/routes/formats.ts";
import { documentRoutes } from "./documents/routes/documents.ts";
import { applicationData, registrationData } from "./privacy.ts";
import { linkRegistrations } from "./commands/link-registrations.ts";
import { policies } from "./policies.ts";
import { hasProgram, seedProgram } from "./seed.ts";
import { seedProgramDemo } from "./seed/demo.ts";
import { currentProgram, programOf } from "./queries/events.ts";
import { programTasks } from "./tasks.ts";
import * as tables from "./tables.ts";
import { startPanels } from "./start.ts";
import { startPanels as nextStepPanels } from "./checkins/start.ts";
import { notifications } from "./notifications.ts";
import type { ProfilePart } from "../../platform/views/page-context.ts";
import { tandemOn } from "./tandems/queries.ts";
import { ProfileTandem } from "./tandems/views/profile-tandem.tsx";

async function seedReference(db: Db) {
  if (!(await hasProgram(db))) await seedProgram(db, await fellowIds(db));
}

async function seedDemo(db: Db) {
  const program = await currentProgram(db);
  if (program) await seedProgramDemo(db, program.id, todayInGermany());
}

/** The tandem of a municipality in its own program (the newest cohort it belongs to) as its history has it today, on its profile. */
const tandemOnProfile: ProfilePart = {
  order: 10,
  async render(db, municipality) {
    const program = await programOf(db, municipality.id);
    const seats = program ? await tandemOn(db, program.id, municipality.id, todayInGermany()) : [];
    if (seats.length === 0) return null;
    return ProfileTandem({ seats: seats.map(({ email, ...seat }) => ({ ...seat, isExample: email.endsWith(".example") })) });
  },
};

/** The Fellow program: cohort, tandems, formats and their rules, events, registrations, obligations, check-ins, applications. */
export const programModule: ModuleManifest = {
  name: "program",
  routes: async (app: FastifyInstance) => {
    await app.register(eventRoutes);
    await app.register(registrationRoutes);
    await app.register(manageRegistrationRoutes);
    await app.register(overviewRoutes);
    await app.register(teamEventRoutes);
    await app.register(attendanceRoutes);
    await app.register(teamRegistrantRoutes);
    await app.register(applicationRoutes);
    await app.register(checkInRoutes);
    await app.register(certificateRoutes);
    await app.register(feedRoutes);
    await app.register(tandemRoutes);
    await app.register(formatRoutes);
    await app.register(documentRoutes);
    // The working-group topics moved to the exchange in December 2026; old bookmarks still lead there.
    app.get("/programm/ag-themen", async (_request, reply) => reply.redirect("/austausch/ag-themen", 301));
  },
  navigation: [
    { place: "main", label: "Termine", href: "/termine", order: 50 },
    { place: "account", label: "Mein Programm", href: "/mein-programm", order: 10, shownTo: (user) => isMemberRole(user.role) },
    { place: "account", label: "Programmsteuerung", href: "/programm", order: 20, shownTo: (user) => user.role === "admin" },
  ],
  seeds: { reference: seedReference, demo: seedDemo },
  tables,
  policies,
  personalData: [registrationData, applicationData],
  accountLinks: [linkRegistrations],
  tasks: programTasks,
  search: [],
  footer: [],
  startPanels: [...startPanels, ...nextStepPanels],
  notifications,
  profileParts: [tandemOnProfile],
};

export { cohortMunicipalityIds, currentProgram, isCohortMember, listEvents, listFormats, programOf, type EventSummary } from "./queries/events.ts";
// What a call for the next Fellow cohort needs once the team decided.
export { admitCohort, type CohortAdmission } from "./commands/admit-cohort.ts";
// What the exchange needs to make a date of an accepted topic proposal ("Termin aus Vorschlag anlegen").
export { saveEvent } from "./commands/save-event.ts";
export { eventFormProblems } from "./rules/event-form.ts";
export { holidayWarnings } from "./queries/holidays.ts";
export { HolidayWarning } from "./views/event-form.tsx";
export type { EventInput } from "./schemas.ts";
export { openNextStepsFor, type OpenNextStep } from "./checkins/queries.ts";
// Earlier participation beside an application to a call: the training paths a municipality's people applied for.
export { trainingApplicationsOf } from "./applications/queries.ts";
export { statusLabels as trainingApplicationStates } from "./applications/texts.ts";
