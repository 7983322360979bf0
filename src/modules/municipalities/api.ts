import type { FastifyInstance } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { notFound } from "../../platform/errors.ts";
import { listMunicipalities, listTopics } from "./queries.ts";
import { loadProfile } from "./profile.ts";
import { directoryQuery } from "./schemas.ts";
import { kinds, states, type Kind } from "./reference.ts";

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
const Milestone = Type.Object({ title: Type.String(), dueOn: Type.Union([Type.String({ format: "date" }), Type.Null()]), done: Type.Boolean() });
const ChangeProject = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  summary: Type.String(),
  goals: Type.Array(Type.String()),
  phase: Type.String(),
  startsOn: Type.Union([Type.String({ format: "date" }), Type.Null()]),
  endsOn: Type.Union([Type.String({ format: "date" }), Type.Null()]),
  learnings: Type.String(),
  topics: Type.Array(Topic),
  milestones: Type.Array(Milestone),
});
const Detail = Type.Composite([
  Summary,
  Type.Object({
    description: Type.String(),
    youthOffice: Type.Object({ name: Type.String(), address: Type.String(), website: Type.String() }),
    parentAgs: Type.Union([Type.String(), Type.Null()]),
    topics: Type.Array(Topic),
    people: Type.Array(
      Type.Object({ name: Type.String(), jobTitle: Type.String(), tandemRole: Type.Union([Type.String(), Type.Null()]), isExample: Type.Boolean() }),
    ),
    changeProjects: Type.Array(ChangeProject),
  }),
]);
const ErrorBody = Type.Object({ error: Type.String(), message: Type.String() });
const agsParams = Type.Object({ ags: Type.String({ pattern: "^[0-9]{5}([0-9]{3})?$", description: "Amtlicher Gemeindeschlüssel" }) });

const summary = (
  m: { ags: string; name: string; kind: string; stateCode: string; population: number; areaKm2: number; isFellow: boolean; slug: string },
  baseUrl: string,
) => ({
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

export async function municipalityApi(app: FastifyInstance) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { baseUrl } = app.deps.config;
  const tags = ["Kommunen"];

  r.get(
    "/api/v1/municipalities",
    {
      schema: {
        tags,
        summary: "Kommunen suchen und filtern",
        description: "Dieselben Filter wie das Verzeichnis unter /kommunen; 25 Einträge je Seite.",
        querystring: directoryQuery,
        response: { 200: Type.Object({ total: Type.Integer(), page: Type.Integer(), pages: Type.Integer(), items: Type.Array(Summary) }), 400: ErrorBody },
      },
    },
    async (request) => {
      const q = Object.fromEntries(Object.entries(request.query).filter(([, v]) => v !== ""));
      const result = await listMunicipalities(db, q);
      return { total: result.total, page: result.page, pages: result.pages, items: result.items.map((m) => summary(m, baseUrl)) };
    },
  );

  r.get(
    "/api/v1/municipalities/:ags",
    {
      schema: {
        tags,
        summary: "Eine Kommune mit Jugendamt, Themen, Personen und Vorhaben",
        params: agsParams,
        response: { 200: Detail, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const p = await loadProfile(app.deps.database, request.params.ags);
      if (!p) throw notFound("Eine Kommune mit diesem Gemeindeschlüssel");
      return {
        ...summary(p, baseUrl),
        description: p.description,
        youthOffice: { name: p.youthOfficeName, address: p.youthOfficeAddress, website: p.youthOfficeWebsite },
        parentAgs: p.parent ? p.parent.slug.split("-")[0] : null,
        topics: p.topics,
        people: p.people.map(({ name, jobTitle, tandemRole, isExample }) => ({ name, jobTitle, tandemRole, isExample })),
        changeProjects: p.projects,
      };
    },
  );

  r.get(
    "/api/v1/municipalities/:ags/change-projects",
    {
      schema: {
        tags: ["Vorhaben"],
        summary: "Die Vorhaben einer Kommune",
        params: agsParams,
        response: { 200: Type.Array(ChangeProject), 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const p = await loadProfile(app.deps.database, request.params.ags);
      if (!p) throw notFound("Eine Kommune mit diesem Gemeindeschlüssel");
      return p.projects;
    },
  );

  r.get(
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
