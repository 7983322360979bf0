import type { FastifyInstance } from "fastify";
import { pageContext, sendPage } from "../../../platform/http/pages.ts";
import { policies, readerAudiences } from "../policies.ts";
import { policies as reportPolicies } from "../reports/policies.ts";
import { reportKind } from "../reference.ts";
import { findForProblem } from "../finder/queries.ts";
import { reportsInReview } from "../reports/queries.ts";
import { ExchangeHome } from "../views/home.tsx";
import { mayTakePart } from "../proposals/policies.ts";
import { currentProgram } from "../../program/index.ts";

/** The exchange's front page: the newest practice reports the reader may see and the ways in. */
export async function homeRoutes(app: FastifyInstance) {
  const { db } = app.deps.database;
  app.get("/austausch", async (request, reply) => {
    const user = request.user;
    const latest = await findForProblem(db, "", await readerAudiences(db, user), { kinds: [reportKind] }, 1);
    const isTeam = policies.isTeam(user);
    const program = user ? await currentProgram(db) : null;
    return sendPage(
      reply,
      ExchangeHome({
        ctx: pageContext(request, reply),
        latest: latest.cards.slice(0, 6),
        canWrite: reportPolicies.writeReport(user),
        // The same rule as the proposals' pages: a link there is only for those they let in.
        canPropose: user !== null && program !== null && (await mayTakePart(db, user, program.id)),
        isTeam,
        inReview: isTeam ? (await reportsInReview(db)).length : 0,
      }),
    );
  });
}
