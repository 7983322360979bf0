import { Param } from "../../../platform/http/schemas.ts";
import { Type, type Static } from "@fastify/type-provider-typebox";

/**
 * The problem finder's query. Filters the list does not know are ignored rather than refused, and a
 * long description is shortened: a search should always answer.
 */
export const finderQuery = Type.Object({
  q: Type.Optional(Param(20000)),
  thema: Type.Optional(Param(100)),
  land: Type.Optional(Param(10)),
  typ: Type.Optional(Param(50)),
  groesse: Type.Optional(Param(50)),
  misserfolge: Type.Optional(Param(10)),
  seite: Type.Optional(Param(10)),
});
export type FinderQueryInput = Static<typeof finderQuery>;

/** The longest description the finder searches with. */
export const maxQuery = 1000;
