import { Type, type Static } from "@fastify/type-provider-typebox";
import { IdParams, Text, Param } from "../../../platform/http/schemas.ts";

export const groupParams = IdParams;
export const noticeQuery = Type.Object({ stand: Type.Optional(Param(20)) });

/** A group of expressions that mean the same, one per line. */
export const synonymBody = Type.Object({ expressions: Text({ max: 5000, lines: true }) });
export type SynonymInput = Static<typeof synonymBody>;
