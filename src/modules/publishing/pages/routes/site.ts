import type { FastifyInstance } from "fastify";
import { pageContext, sendPage } from "../../../../platform/http/pages.ts";
import { countMunicipalities, listFellows } from "../../../municipalities/index.ts";
import { FellowProgramPage, HomePage, OffersPage } from "../views/site.tsx";

/** The home page, the Fellow program's introduction and the overview of the initiative's offers. */
export async function siteRoutes(app: FastifyInstance) {
  const { db } = app.deps.database;
  app.get("/", async (request, reply) => {
    const [fellows, count] = await Promise.all([listFellows(db), countMunicipalities(db)]);
    return sendPage(reply, HomePage({ ctx: pageContext(request, reply), fellows, municipalityCount: count }));
  });
  app.get("/fellow-programm", async (request, reply) =>
    sendPage(reply, FellowProgramPage({ ctx: pageContext(request, reply), fellows: await listFellows(db) })),
  );
  app.get("/angebote", async (request, reply) => sendPage(reply, OffersPage({ ctx: pageContext(request, reply) })));
}
