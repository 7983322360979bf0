import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, sendPage } from "../../../../platform/http/pages.ts";
import type { SearchFilters } from "../../../../platform/search/engine.ts";
import { policies } from "../policies.ts";
import { findForProblem } from "../queries.ts";
import { finderQuery, maxQuery, type FinderQueryInput } from "../schemas.ts";
import { messages } from "../texts.ts";
import { FinderPage, type FinderQuery } from "../views/finder.tsx";
import { listTopics, kinds, sizeClasses, states, type SizeClass } from "../../../municipalities/index.ts";

/** The query as the finder understands it: unknown filters dropped, the page within 1–50. */
function understood(raw: FinderQueryInput, topics: { slug: string }[]): FinderQuery {
  return {
    q: (raw.q ?? "").trim(),
    thema: topics.some((topic) => topic.slug === raw.thema) ? raw.thema! : "",
    land: raw.land && raw.land in states ? raw.land : "",
    typ: raw.typ && raw.typ in kinds ? raw.typ : "",
    groesse: raw.groesse && raw.groesse in sizeClasses ? raw.groesse : "",
    misserfolge: raw.misserfolge === "ja",
    seite: Math.min(50, Math.max(1, Number.parseInt(raw.seite ?? "1", 10) || 1)),
  };
}

function filtersOf(query: FinderQuery): SearchFilters {
  const filters: SearchFilters = {
    topic: query.thema || undefined,
    stateCode: query.land || undefined,
    municipalityKind: query.typ || undefined,
    failuresOnly: query.misserfolge || undefined,
  };
  if (query.groesse) {
    const size = sizeClasses[query.groesse as SizeClass];
    filters.populationMin = size.min;
    filters.populationMax = size.max + 1;
  }
  return filters;
}

/** The problem finder. Filters the list does not know are ignored rather than refused: a search should always answer. */
export async function finderRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.get("/austausch/suche", { schema: { querystring: finderQuery } }, async (request, reply) => {
    const raw = request.query;
    const topics = await listTopics(db);
    const query = understood(raw, topics);
    const shortened = query.q.length > maxQuery;
    if (shortened) query.q = query.q.slice(0, maxQuery);
    const filtered = Boolean(query.thema || query.land || query.typ || query.groesse || query.misserfolge);
    const result = query.q || filtered ? await findForProblem(db, query.q, await policies.audiencesOf(db, request.user), filtersOf(query), query.seite) : null;
    const queryError = raw.q !== undefined && !query.q && !filtered ? messages.describe : undefined;
    return sendPage(reply, FinderPage({ ctx: pageContext(request, reply), query, topics, result, queryError, shortened, signedIn: request.user !== null }));
  });
}
