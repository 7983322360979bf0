import type { FastifyInstance } from "fastify";
import type { ModuleManifest } from "../manifest.ts";
import { requestFormRoutes } from "./requests/routes/request-form.ts";
import { teamRoutes } from "./requests/routes/team.ts";
import { memberRoutes } from "./members/routes/members.ts";
import { policies as requestPolicies } from "./requests/policies.ts";
import { policies as memberPolicies } from "./members/policies.ts";
import { requestData } from "./privacy.ts";
import { startPanels } from "./requests/start.ts";
import { seedAccessDemo } from "./seed.ts";
import * as tables from "./tables.ts";

/** Access for a municipality: requests (confirmed by an official address or by the team) and the members a leader manages. */
export const accessModule: ModuleManifest = {
  name: "access",
  routes: async (app: FastifyInstance) => {
    await app.register(requestFormRoutes);
    await app.register(teamRoutes);
    await app.register(memberRoutes);
  },
  navigation: [
    {
      place: "account",
      label: "Mitglieder meiner Kommune",
      href: "/mitglieder",
      order: 30,
      shownTo: (user) => user.role === "leader" && user.municipalityId !== null,
    },
    { place: "account", label: "Zugangsanfragen", href: "/admin/zugangsanfragen", order: 40, shownTo: requestPolicies.decideRequests },
  ],
  seeds: { demo: seedAccessDemo },
  tables,
  policies: { ...requestPolicies, ...memberPolicies },
  personalData: [requestData],
  tasks: [],
  search: [],
  footer: [],
  startPanels,
};
