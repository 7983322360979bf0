import { Type, type Static } from "@fastify/type-provider-typebox";

/**
 * The problem finder's query. Filters the list does not know are ignored rather than refused, and a
 * long description is shortened: a search should always answer.
 */
export const finderQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 20000 })),
  thema: Type.Optional(Type.String({ maxLength: 100 })),
  land: Type.Optional(Type.String({ maxLength: 10 })),
  typ: Type.Optional(Type.String({ maxLength: 50 })),
  groesse: Type.Optional(Type.String({ maxLength: 50 })),
  misserfolge: Type.Optional(Type.String({ maxLength: 10 })),
  seite: Type.Optional(Type.String({ maxLength: 10 })),
});
export type FinderQueryInput = Static<typeof finderQuery>;

/** The longest description the finder searches with. */
export const maxQuery = 1000;
