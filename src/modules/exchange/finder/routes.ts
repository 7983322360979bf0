import type { FastifyInstance } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, sendPage } from "../../../platform/http/pages.ts";
import type { SearchFilters } from "../../../platform/search/engine.ts";
import { readerAudiences } from "../audiences.ts";
import { findForProblem } from "./results.ts";
import { FinderPage, type FinderQuery } from "./views.tsx";
import { listTopics, kinds, sizeClasses, states, type SizeClass } from "../../municipalities/index.ts";

const maxQuery = 1000;
const querystring = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 20000 })),
  thema: Type.Optional(Type.String({ maxLength: 100 })),
  land: Type.Optional(Type.String({ maxLength: 10 })),
  typ: Type.Optional(Type.String({ maxLength: 50 })),
  groesse: Type.Optional(Type.String({ maxLength: 50 })),
  misserfolge: Type.Optional(Type.String({ maxLength: 10 })),
  seite: Type.Optional(Type.String({ maxLength: 10 })),
});

/** The problem finder. Filters the list does not know are ignored rather than refused: a search should always answer. */
export async function finderRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.get("/austausch/suche", { schema: { querystring } }, async (request, reply) => {
    const raw = request.query;
    const topics = await listTopics(db);
    const page = Math.min(50, Math.max(1, Number.parseInt(raw.seite ?? "1", 10) || 1));
    const query: FinderQuery = {
      q: (raw.q ?? "").trim(),
      thema: topics.some((t) => t.slug === raw.thema) ? raw.thema! : "",
      land: raw.land && raw.land in states ? raw.land : "",
      typ: raw.typ && raw.typ in kinds ? raw.typ : "",
      groesse: raw.groesse && raw.groesse in sizeClasses ? raw.groesse : "",
      misserfolge: raw.misserfolge === "ja",
      seite: page,
    };
    const shortened = query.q.length > maxQuery;
    if (shortened) query.q = query.q.slice(0, maxQuery);
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
    const filtered = Boolean(query.thema || query.land || query.typ || query.groesse || query.misserfolge);
    let result = null;
    let queryError: string | undefined;
    if (query.q || filtered) {
      result = await findForProblem(db, query.q, await readerAudiences(db, request.user), filters, page);
    }
    if (raw.q !== undefined && !query.q && !filtered) queryError = "Bitte beschreiben Sie Ihr Problem mit ein paar Worten.";
    return sendPage(reply, FinderPage({ ctx: pageContext(request, reply), query, topics, result, queryError, shortened, signedIn: request.user !== null }));
  });
}
