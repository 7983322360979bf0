import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext } from "../../../../platform/http/pages.ts";
import { sendCachedPage, type KeptPage } from "../../../../platform/http/cached-page.ts";
import { GenerationMemo } from "../../../../platform/cache/memo.ts";
import { notFound } from "../../../../platform/errors.ts";
import { findMunicipality } from "../../../municipalities/index.ts";
import { agsOf } from "../../schemas.ts";
import { policies } from "../policies.ts";
import { findPublication, publishedMapData } from "../queries.ts";
import { displayGeometries, runAnalysis } from "../../analysis/queries.ts";
import { publicationParams } from "../schemas.ts";
import { mapTexts } from "../texts.ts";
import { PublicMapPage } from "../views/public-map-page.tsx";

/**
 * Published maps, kept for anonymous readers (ADR 0008). Generation "karten" moves with every
 * write to the planning tables behind them and to municipalities (migration planning_maps_cache).
 */
const keptMaps = new GenerationMemo<string, KeptPage>("karten", { ttlMs: 60 * 60_000, size: 500 });

/** A published map at its public address; an unpublished or withdrawn id is a 404 for everyone. */
export async function publicMapRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.get("/kommunen/:slug/karten/:id", { schema: { params: publicationParams } }, async (request, reply) => {
    const ags = agsOf(request.params.slug);
    const { id } = request.params;
    return sendCachedPage(request, reply, { memo: keptMaps, key: `karte:${ags}:${id}`, cacheable: true }, async () => {
      const municipality = await findMunicipality(db, ags);
      const publication = municipality ? await findPublication(db, municipality.id, id) : null;
      if (!municipality || !policies.readPublishedMap(request.user, publication)) throw notFound(mapTexts.publicationNotFound);
      const { settings } = publication!;
      const ctx = pageContext(request, reply);
      if (settings.kind === "index") {
        const run = await runAnalysis(db, municipality.id, settings.analysis);
        const index = run.ok ? { result: run.value, geometries: await displayGeometries(db, run.value) } : null;
        return {
          page: PublicMapPage({ ctx, municipality, publication: publication!, map: null, index }),
          address: `/kommunen/${municipality.slug}/karten/${id}`,
        };
      }
      const map = await publishedMapData(db, municipality.id, settings);
      const page = PublicMapPage({ ctx, municipality, publication: publication!, map: map && { ...map, idPrefix: "karte" }, index: null });
      return { page, address: `/kommunen/${municipality.slug}/karten/${id}` };
    });
  });
}
