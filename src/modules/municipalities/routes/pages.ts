import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, sendPage } from "../../../platform/http/pages.ts";
import { translateValidation } from "../../../platform/http/validation.ts";
import { notFound } from "../../../platform/errors.ts";
import { sendCachedPage, type KeptPage, type Rendered } from "../../../platform/http/cached-page.ts";
import { GenerationMemo } from "../../../platform/cache/memo.ts";
import { listMunicipalities, type DirectoryFilters } from "../queries/directory.ts";
import { listTopics } from "../queries/lookups.ts";
import { loadProfile } from "../queries/profile.ts";
import { municipalityMemo, peersOf } from "../queries/peers.ts";
import { agsOf, directoryQuery, profileParams, savedQuery } from "../schemas.ts";
import { policies } from "../policies.ts";
import { notFoundTexts } from "../texts.ts";
import { DirectoryPageView } from "../views/directory.tsx";
import { ProfilePage } from "../views/profile.tsx";

/**
 * Profiles and directory pages as anonymous visitors see them, kept until a municipality, its
 * topics, people, change projects or milestones change (ADR 0008); at most an hour, as the peers.
 */
const keptPages = new GenerationMemo<string, KeptPage>(municipalityMemo.name, municipalityMemo.options);

/**
 * Keeps the filters that passed validation and drops the ones that did not, so the page can still
 * show results. Only known filters, always in the same order: they name the kept page.
 */
function usableFilters(query: Record<string, unknown>, invalid: string[]): DirectoryFilters {
  const usable: Record<string, unknown> = {};
  for (const key of Object.keys(directoryQuery.properties))
    if (!invalid.includes(key) && query[key] !== undefined && query[key] !== "") usable[key] = query[key];
  if (typeof usable.seite === "string") usable.seite = Number(usable.seite);
  return usable as DirectoryFilters;
}

/** The directory with its filters and the profile pages, as everybody reads them. */
export async function pageRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.get("/kommunen", { attachValidation: true, schema: { querystring: directoryQuery } }, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const errors = translateValidation(request.validationError?.validation);
    const filters = usableFilters(query, Object.keys(errors));
    const render = async (): Promise<Rendered> => {
      const [result, topics] = await Promise.all([listMunicipalities(db, filters), listTopics(db)]);
      const typed = Object.fromEntries(Object.keys(errors).map((key) => [key, String(query[key] ?? "").slice(0, 100)]));
      const view = { filters: { ...filters, ...typed } as DirectoryFilters, result, topics, errors, canCreate: policies.createMunicipality(request.user) };
      const keep = (!filters.thema || topics.some((t) => t.slug === filters.thema)) && (filters.seite ?? 1) <= result.pages;
      return { page: DirectoryPageView({ ctx: pageContext(request, reply), view }), keep };
    };
    if (Object.keys(errors).length) return sendPage(reply, (await render()).page, 400);
    // Filter pages are kept; searches, unknown topics and pages past the end are not, as every typed text would take a place.
    return sendCachedPage(request, reply, { memo: keptPages, key: `verzeichnis:${JSON.stringify(filters)}`, cacheable: !filters.q }, render);
  });

  router.get("/kommunen/:slug", { attachValidation: true, schema: { params: profileParams, querystring: savedQuery } }, async (request, reply) => {
    if (request.validationError) throw notFound(notFoundTexts.municipality);
    const ags = agsOf(request.params.slug);
    // Keyed by the AGS: any name after it leads to the one kept page, which redirects to its own address.
    return sendCachedPage(request, reply, { memo: keptPages, key: `profil:${ags}`, cacheable: request.query.gespeichert === undefined }, async () => {
      const profile = await loadProfile(app.deps.database, ags);
      if (!profile) throw notFound(notFoundTexts.byAgs);
      const permissions = { canEdit: policies.editMunicipality(request.user, profile), canManagePeople: policies.managePeople(request.user) };
      const [peers, parts] = await Promise.all([
        peersOf(app.deps.database, profile.id),
        Promise.all(app.deps.profileParts.map((part) => part.render(db, profile, request.user))),
      ]);
      const shown = parts.filter((part) => part !== null);
      const page = ProfilePage({ ctx: pageContext(request, reply), profile, permissions, saved: request.query.gespeichert === "1", peers, parts: shown });
      return { page, address: `/kommunen/${profile.slug}` };
    });
  });
}
