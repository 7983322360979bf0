import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, sendPage } from "../../platform/http/pages.ts";
import { translateValidation } from "../../platform/forms.ts";
import { notFound } from "../../platform/errors.ts";
import { listMunicipalities, listTopics, type DirectoryFilters } from "./queries.ts";
import { loadProfile } from "./profile.ts";
import { agsOf, directoryQuery, profileParams } from "./schemas.ts";
import { policies } from "./policies.ts";
import { DirectoryPageView } from "./views/directory.tsx";
import { ProfilePage } from "./views/profile.tsx";
import { Type } from "@fastify/type-provider-typebox";
import { peersOf } from "./peers.ts";
import { sendCachedPage, type KeptPage } from "../../platform/http/cached-page.ts";
import { GenerationMemo } from "../../platform/cache/memo.ts";

/**
 * Profiles and directory pages as anonymous visitors see them, kept until a municipality, its
 * topics, people, change projects or milestones change (ADR 0008); at most an hour, as the peers.
 */
const keptPages = new GenerationMemo<string, KeptPage>("kommunen", { ttlMs: 60 * 60_000, size: 2000 });

/** Keeps the filters that passed validation and drops the ones that did not, so the page can still show results. */
function usableFilters(query: Record<string, unknown>, invalid: string[]): DirectoryFilters {
  const f: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) if (!invalid.includes(key) && value !== "") f[key] = value;
  if (typeof f.seite === "string") f.seite = Number(f.seite);
  return f as DirectoryFilters;
}

export async function municipalityPages(app: FastifyInstance) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  r.get("/kommunen", { attachValidation: true, schema: { querystring: directoryQuery } }, async (request, reply) => {
    const errors = translateValidation(request.validationError?.validation);
    const filters = usableFilters(request.query as Record<string, unknown>, Object.keys(errors));
    const render = async () => {
      const [result, topics] = await Promise.all([listMunicipalities(db, filters), listTopics(db)]);
      const shown = { ...filters, ...Object.fromEntries(Object.keys(errors).map((k) => [k, String((request.query as Record<string, unknown>)[k] ?? "").slice(0, 100)])) };
      const view = { filters: shown as DirectoryFilters, result, topics, errors, canCreate: policies.createMunicipality(request.user) };
      return DirectoryPageView({ ctx: pageContext(request, reply), view });
    };
    if (Object.keys(errors).length) return sendPage(reply, await render(), 400);
    // Filter pages are kept; searches are not, as every typed text would take a place.
    const cacheable = !filters.q;
    return sendCachedPage(request, reply, { memo: keptPages, key: `verzeichnis:${JSON.stringify(filters)}`, cacheable }, async () => ({ value: await render() }));
  });

  r.get(
    "/kommunen/:slug",
    { attachValidation: true, schema: { params: profileParams, querystring: Type.Object({ gespeichert: Type.Optional(Type.String({ maxLength: 2 })) }) } },
    async (request, reply) => {
      if (request.validationError) throw notFound("Die Kommune");
      const { slug } = request.params;
      return sendCachedPage(request, reply, { memo: keptPages, key: `profil:${slug}`, cacheable: request.query.gespeichert === undefined }, async () => {
        const profile = await loadProfile(app.deps.database, agsOf(slug));
        if (!profile) throw notFound("Eine Kommune mit diesem Gemeindeschlüssel");
        if (profile.slug !== slug) return { movedTo: `/kommunen/${profile.slug}` };
        const permissions = { canEdit: policies.editMunicipality(request.user, profile.id), canManagePeople: policies.managePeople(request.user) };
        const peers = await peersOf(app.deps.database, profile.id);
        return { value: ProfilePage({ ctx: pageContext(request, reply), profile, permissions, saved: request.query.gespeichert === "1", peers }) };
      });
    },
  );
}
