import { Type, type Static, type TString } from "@fastify/type-provider-typebox";
import { Id, IdParams, Param, Text } from "../../../platform/http/schemas.ts";

export const callParams = IdParams;
export const applicationParams = Type.Object({ id: Id(), applicationId: Id() });

/** The list's filter and order; unknown values from an edited address show the default. */
export const listQuery = Type.Object({ zeige: Type.Optional(Param(20)), sortierung: Type.Optional(Param(20)) });

/** The notice after a saved review: ?stand=gespeichert. */
export const noticeQuery = Type.Object({ stand: Type.Optional(Param(20)) });

/**
 * A review: one score per criterion of the call (score-<criterion key>) and a comment. The call's
 * criteria and scale are known only to the command, so it checks the scores.
 */
export const reviewBody = Type.Object(
  { comment: Type.Optional(Text({ max: 4000, lines: true })) },
  { patternProperties: { "^score-[a-z0-9_-]{1,60}$": Param(20) } },
);
/** TypeBox reads no field names made from criterion keys, so they are named here. */
export type ReviewInput = { comment?: string } & Partial<Record<`score-${string}`, Static<TString>>>;
