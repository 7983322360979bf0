import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import { isMemberRole } from "../../../platform/auth/roles.ts";
import { formatDay, todayInGermany } from "../../../platform/dates.ts";
import type { StartPanel } from "../../../platform/start/panels.ts";
import { openNextStepsFor } from "./queries.ts";
import { nextStepStartTexts as texts } from "./texts.ts";

const shownTo = (user: CurrentUser) => user.role === "admin" || isMemberRole(user.role);

/** The next steps agreed in check-ins that this person (or, for the team, the team) still has to take, earliest due first. */
export const startPanels: StartPanel[] = [
  {
    key: "program-next-steps",
    order: 15,
    shownTo,
    async load(db, user) {
      const steps = await openNextStepsFor(db, user.id);
      const today = todayInGermany();
      const team = user.role === "admin";
      const page = team ? "/programm/check-ins" : "/mein-programm";
      return {
        heading: texts.heading,
        items: steps.slice(0, 8).map((step) => ({
          label: team ? `${step.municipalityName}: ${step.description}` : step.description,
          href: page,
          detail: [step.dueOn < today ? texts.overdue(formatDay(step.dueOn)) : texts.due(formatDay(step.dueOn)), step.forTeam ? texts.forTeam : ""]
            .filter(Boolean)
            .join(", "),
        })),
        empty: texts.none,
        more: { label: team ? texts.checkIns : texts.myProgram, href: page },
      };
    },
  },
];
