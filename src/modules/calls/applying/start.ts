import type { Db } from "../../../db/client.ts";
import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import { formatDate } from "../../../platform/dates.ts";
import type { StartPanel, StartItem } from "../../../platform/start/panels.ts";
import { isOpenForApplications, tandemOfApplication } from "../queries.ts";
import { decisions, type Decision } from "../reference.ts";
import { applicationsOfMunicipality } from "./queries.ts";
import { policies } from "./policies.ts";
import { applicationState } from "./rules/state.ts";
import { startTexts as texts, stateLabels } from "./texts.ts";

/** The line of one application: its state and decision for the tandem, only who the tandem is for the other members. */
async function itemOf(db: Db, user: CurrentUser, { call, application }: Awaited<ReturnType<typeof applicationsOfMunicipality>>[number]): Promise<StartItem> {
  const tandem = await tandemOfApplication(db, application.id);
  const href = `/ausschreibungen/${call.slug}/bewerbung`;
  if (!policies.editApplication(user, tandem)) return { label: call.title, href, detail: texts.tandemOf(tandem.map((seat) => seat.name).join(" und ")) };
  const state = stateLabels[applicationState(application, tandem, isOpenForApplications(call))];
  const submitted = application.submittedAt ? ` am ${formatDate(application.submittedAt)}` : "";
  const decision = application.notifiedAt && application.decision ? `, ${decisions[application.decision as Decision] ?? application.decision}` : "";
  return { label: call.title, href, detail: `${state}${submitted}${decision}` };
}

/** The applications of the user's municipality to calls, for "Mein K360"; nothing when it has none. */
export const startPanels: StartPanel[] = [
  {
    key: "calls-applications",
    order: 15,
    shownTo: policies.apply,
    async load(db, user) {
      const applications = await applicationsOfMunicipality(db, user.municipalityId!);
      if (applications.length === 0) return null;
      return { heading: texts.heading, items: await Promise.all(applications.map((row) => itemOf(db, user, row))), empty: texts.empty };
    },
  },
];
