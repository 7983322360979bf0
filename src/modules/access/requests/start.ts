import { roleLabels, isRole } from "../../../platform/auth/roles.ts";
import { formatDate } from "../../../platform/dates.ts";
import type { StartPanel } from "../../../platform/start/panels.ts";
import { policies } from "./policies.ts";
import { openRequests } from "./queries.ts";
import { startTexts as texts } from "./texts.ts";

/** The access requests waiting for the team's decision, oldest first. */
export const startPanels: StartPanel[] = [
  {
    key: "access-requests",
    order: 35,
    shownTo: (user) => policies.decideRequests(user),
    async load(db) {
      const open = await openRequests(db);
      return {
        heading: texts.waiting(open.length),
        items: open.slice(0, 5).map((r) => ({
          label: r.name,
          href: "/admin/zugangsanfragen",
          detail: texts.detail(r.municipality, isRole(r.role) ? roleLabels[r.role] : r.role, formatDate(r.createdAt)),
        })),
        empty: texts.none,
        more: { label: texts.all, href: "/admin/zugangsanfragen" },
      };
    },
  },
];
