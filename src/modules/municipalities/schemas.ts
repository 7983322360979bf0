import { Type } from "@fastify/type-provider-typebox";
import { kinds, sizeClasses, sortOrders, states } from "./reference.ts";

const keysOf = (record: object) => Type.Union(Object.keys(record).map((k) => Type.Literal(k)));
const emptyOr = (schema: ReturnType<typeof keysOf>) => Type.Optional(Type.Union([Type.Literal(""), schema]));

export const directoryQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100 })),
  land: emptyOr(keysOf(states)),
  typ: emptyOr(keysOf(kinds)),
  groesse: emptyOr(keysOf(sizeClasses)),
  thema: Type.Optional(Type.String({ maxLength: 60, pattern: "^[a-z0-9-]*$" })),
  fellow: emptyOr(Type.Union([Type.Literal("ja"), Type.Literal("nein")])),
  sortierung: emptyOr(keysOf(sortOrders)),
  seite: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
});

/** A profile address: the AGS (5 or 8 digits), optionally followed by the name for readable links. */
export const profileParams = Type.Object({ slug: Type.String({ maxLength: 120, pattern: "^[0-9]{5}([0-9]{3})?(-[a-z0-9-]*)?$" }) });
export const agsOf = (slug: string) => slug.split("-")[0];

export const profileBody = Type.Object({
  description: Type.String({ maxLength: 3000 }),
  youthOfficeName: Type.String({ maxLength: 200 }),
  youthOfficeAddress: Type.String({ maxLength: 300 }),
  youthOfficeWebsite: Type.String({ maxLength: 300 }),
  topics: Type.Optional(Type.Array(Type.String({ maxLength: 60 }), { maxItems: 30 })),
});

export const projectParams = Type.Object({ slug: profileParams.properties.slug, id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });

export const projectBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200 }),
    summary: Type.String({ maxLength: 2000 }),
    goals: Type.String({ maxLength: 4000 }),
    phase: Type.String({ maxLength: 20 }),
    startsOn: Type.String({ maxLength: 10 }),
    endsOn: Type.String({ maxLength: 10 }),
    learnings: Type.String({ maxLength: 3000 }),
    topics: Type.Optional(Type.Array(Type.String({ maxLength: 60 }), { maxItems: 30 })),
  },
  { additionalProperties: Type.String({ maxLength: 300 }) },
);

export const municipalityBody = Type.Object({
  ags: Type.String({ maxLength: 8 }),
  name: Type.String({ minLength: 1, maxLength: 120 }),
  population: Type.String({ maxLength: 12 }),
  areaKm2: Type.String({ maxLength: 12 }),
});

export const personBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 120 }),
  jobTitle: Type.String({ maxLength: 120 }),
  tandemRole: Type.String({ maxLength: 30 }),
  email: Type.String({ maxLength: 254 }),
  showOnProfile: Type.Optional(Type.String({ maxLength: 5 })),
  accountRole: Type.String({ maxLength: 30 }),
});
