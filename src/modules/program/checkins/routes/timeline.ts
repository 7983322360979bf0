import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { text } from "../../../../platform/forms.ts";
import { notFound } from "../../../../platform/errors.ts";
import { todayInGermany } from "../../../../platform/dates.ts";
import { cohortOf } from "../../queries/obligation-input.ts";
import { requireTeam } from "../../routes/guards.ts";
import { listNextSteps, listTeamCheckIns } from "../queries.ts";
import { checkInTopics } from "../reference.ts";
import { timelineParams, timelineQuery } from "../schemas.ts";
import { policies } from "../policies.ts";
import { checkInTexts } from "../texts.ts";
import { TimelinePage } from "../views/timeline.tsx";

/** A tandem's check-ins and agreed next steps in time order, for the team; filtered by topic and period. */
export async function timelineRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.get(
    "/programm/check-ins/kommunen/:municipalityId",
    { attachValidation: true, schema: { params: timelineParams, querystring: timelineQuery } },
    async (request, reply) => {
      const errors = formErrors(request);
      const { program } = await requireTeam(request, db, policies.readTeamNotes);
      const [municipality] = await cohortOf(db, program.id, request.params.municipalityId);
      if (!municipality) throw notFound(checkInTexts.tandemNotFound);
      const query = request.query as Record<string, unknown>;
      const filter = { thema: text(query.thema), von: text(query.von), bis: text(query.bis) };
      if (filter.thema && !checkInTopics.includes(filter.thema)) errors.thema = checkInTexts.unknownTopic;
      if (!errors.von && !errors.bis && filter.von && filter.bis && filter.von > filter.bis) errors.bis = checkInTexts.periodReversed;
      const invalid = Object.keys(errors).length > 0;
      const checkIns = await listTeamCheckIns(
        db,
        program.id,
        invalid ? { municipalityId: municipality.id } : { municipalityId: municipality.id, topic: filter.thema, from: filter.von, to: filter.bis },
      );
      const steps = await listNextSteps(db, program.id, { municipalityId: municipality.id });
      const view = { municipality, filter, errors, checkIns, steps, today: todayInGermany() };
      return sendPage(reply, TimelinePage({ ctx: pageContext(request, reply), view }), invalid ? 422 : 200);
    },
  );
}
