import type { FastifyInstance } from "fastify";
import { Type, type TString, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { notFound } from "../../../platform/errors.ts";
import { listMunicipalities } from "../queries/directory.ts";
import { listTopics } from "../queries/lookups.ts";
import { loadProfile } from "../queries/profile.ts";
import { agsParams, ChangeProject, contactKeys, directoryQuery, PublicPerson, type ContactField, type Profile } from "../schemas.ts";
import { kinds, states, type Kind } from "../reference.ts";
import { notFoundTexts } from "../texts.ts";

const Topic = Type.Object({ slug: Type.String(), label: Type.String() });
const Summary = Type.Object({
  ags: Type.String({ description: "Amtlicher Gemeindeschlüssel (5 Ziffern für Kreise und kreisfreie Städte, 8 für kreisangehörige Städte)" }),
  name: Type.String(),
  kind: Type.String({ description: "Art der Kommune" }),
  kindLabel: Type.String(),
  state: Type.String({ description: "Bundesland, abgeleitet aus dem AGS" }),
  population: Type.Integer(),
  areaKm2: Type.Number(),
  isFellow: Type.Boolean(),
  url: Type.String(),
});

/** The API names the contact details without their prefix: youthOffice.phone for youthOfficePhone. */
const apiName = (key: ContactField) => key.charAt(11).toLowerCase() + key.slice(12);
const YouthOffice = Type.Object(Object.fromEntries(contactKeys.map((key) => [apiName(key), Type.String()])) as Record<string, TString>, {
  description: "Name und Kontakt des Jugendamts, wie die Kommune sie pflegt",
});
const Detail = Type.Composite([
  Summary,
  Type.Object({
    description: Type.String(),
    youthOffice: YouthOffice,
    parentAgs: Type.Union([Type.String(), Type.Null()]),
    topics: Type.Array(Topic),
    people: Type.Array(Type.Omit(PublicPerson, ["id"])),
    changeProjects: Type.Array(ChangeProject),
  }),
]);
const ErrorBody = Type.Object({ error: Type.String(), message: Type.String() });

type Listed = { ags: string; name: string; kind: string; stateCode: string; population: number; areaKm2: number; isFellow: boolean; slug: string };
const summary = (m: Listed, baseUrl: string) => ({
  ags: m.ags,
  name: m.name,
  kind: m.kind,
  kindLabel: kinds[m.kind as Kind] ?? m.kind,
  state: states[m.stateCode] ?? "",
  population: m.population,
  areaKm2: m.areaKm2,
  isFellow: m.isFellow,
  url: `${baseUrl}/kommunen/${m.slug}`,
});

const detail = (p: Profile, baseUrl: string) => ({
  ...summary(p, baseUrl),
  description: p.description,
  youthOffice: Object.fromEntries(contactKeys.map((key) => [apiName(key), p[key]])),
  parentAgs: p.parent ? p.parent.slug.split("-")[0] : null,
  topics: p.topics,
  people: p.people.map(({ name, jobTitle, tandemRole, isExample }) => ({ name, jobTitle, tandemRole, isExample })),
  changeProjects: p.projects,
});

/** The read-only JSON API of the directory, the profiles and the topics. */
export async function apiRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { baseUrl } = app.deps.config;
  const profileOf = async (ags: string) => (await loadProfile(app.deps.database, ags)) ?? Promise.reject(notFound(notFoundTexts.byAgs));
  const listed = Type.Object({ total: Type.Integer(), page: Type.Integer(), pages: Type.Integer(), items: Type.Array(Summary) });

  router.get(
    "/api/v1/municipalities",
    {
      schema: {
        tags: ["Kommunen"],
        summary: "Kommunen suchen und filtern",
        description: "Dieselben Filter wie das Verzeichnis unter /kommunen; 25 Einträge je Seite.",
        querystring: directoryQuery,
        response: { 200: listed, 400: ErrorBody },
      },
    },
    async (request) => {
      const filters = Object.fromEntries(Object.entries(request.query).filter(([, value]) => value !== ""));
      const result = await listMunicipalities(db, filters);
      return { total: result.total, page: result.page, pages: result.pages, items: result.items.map((m) => summary(m, baseUrl)) };
    },
  );

  router.get(
    "/api/v1/municipalities/:ags",
    {
      schema: {
        tags: ["Kommunen"],
        summary: "Eine Kommune mit Jugendamt, Themen, Personen und Vorhaben",
        params: agsParams,
        response: { 200: Detail, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => detail(await profileOf(request.params.ags), baseUrl),
  );

  router.get(
    "/api/v1/municipalities/:ags/change-projects",
    {
      schema: {
        tags: ["Vorhaben"],
        summary: "Die Vorhaben einer Kommune",
        params: agsParams,
        response: { 200: Type.Array(ChangeProject), 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => (await profileOf(request.params.ags)).projects,
  );

  router.get(
    "/api/v1/topics",
    {
      schema: {
        tags: ["Themen"],
        summary: "Die Themen der Jugendhilfeplanung",
        response: { 200: Type.Array(Type.Object({ slug: Type.String(), label: Type.String(), description: Type.String() })) },
      },
    },
    async () => (await listTopics(db)).map(({ slug, label, description }) => ({ slug, label, description })),
  );
}
