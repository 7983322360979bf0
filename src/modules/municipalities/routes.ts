import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, sendPage } from "../../platform/http/pages.ts";
import { notFound } from "../../platform/errors.ts";
import { listMunicipalities, listTopics, type DirectoryFilters } from "./queries.ts";
import { loadProfile } from "./profile.ts";
import { agsOf, directoryQuery, profileParams } from "./schemas.ts";
import { policies } from "./policies.ts";
import { DirectoryPageView } from "./views/directory.tsx";
import { ProfilePage } from "./views/profile.tsx";
import { Type } from "@fastify/type-provider-typebox";
import { municipalityMemo, peersOf } from "./peers.ts";
import { sendCachedPage, type KeptPage, type Rendered } from "../../platform/http/cached-page.ts";
import { GenerationMemo } from "../../platform/cache/memo.ts";
import { translateValidation } from "../../platform/http/validation.ts";

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
  const f: Record<string, unknown> = {};
  for (const key of Object.keys(directoryQuery.properties)) if (!invalid.includes(key) && query[key] !== undefined && query[key] !== "") f[key] = query[key];
  if (typeof f.seite === "string") f.seite = Number(f.seite);
  return f as DirectoryFilters;
}

export async function municipalityPages(app: FastifyInstance) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  r.get("/kommunen", { attachValidation: true, schema: { querystring: directoryQuery } }, async (request, reply) => {
    const errors = translateValidation(request.validationError?.validation);
    const filters = usableFilters(request.query as Record<string, unknown>, Object.keys(errors));
    const render = async (): Promise<Rendered> => {
      const [result, topics] = await Promise.all([listMunicipalities(db, filters), listTopics(db)]);
      const shown = {
        ...filters,
        ...Object.fromEntries(Object.keys(errors).map((k) => [k, String((request.query as Record<string, unknown>)[k] ?? "").slice(0, 100)])),
      };
      const view = { filters: shown as DirectoryFilters, result, topics, errors, canCreate: policies.createMunicipality(request.user) };
      const keep = (!filters.thema || topics.some((t) => t.slug === filters.thema)) && (filters.seite ?? 1) <= result.pages;
      return { page: DirectoryPageView({ ctx: pageContext(request, reply), view }), keep };
    };
    if (Object.keys(errors).length) return sendPage(reply, (await render()).page, 400);
    // Filter pages are kept; searches, unknown topics and pages past the end are not, as every typed text would take a place.
    const cacheable = !filters.q;
    return sendCachedPage(request, reply, { memo: keptPages, key: `verzeichnis:${JSON.stringify(filters)}`, cacheable }, render);
  });

  r.get(
    "/kommunen/:slug",
    { attachValidation: true, schema: { params: profileParams, querystring: Type.Object({ gespeichert: Type.Optional(Type.String({ maxLength: 2 })) }) } },
    async (request, reply) => {
      if (request.validationError) throw notFound("Die Kommune");
      const ags = agsOf(request.params.slug);
      // Keyed by the AGS: any name after it leads to the one kept page, which redirects to its own address.
      return sendCachedPage(request, reply, { memo: keptPages, key: `profil:${ags}`, cacheable: request.query.gespeichert === undefined }, async () => {
        const profile = await loadProfile(app.deps.database, ags);
        if (!profile) throw notFound("Eine Kommune mit diesem Gemeindeschlüssel");
        const permissions = { canEdit: policies.editMunicipality(request.user, profile.id), canManagePeople: policies.managePeople(request.user) };
        const peers = await peersOf(app.deps.database, profile.id);
        const page = ProfilePage({ ctx: pageContext(request, reply), profile, permissions, saved: request.query.gespeichert === "1", peers });
        return { page, address: `/kommunen/${profile.slug}` };
      });
    },
  );
}
