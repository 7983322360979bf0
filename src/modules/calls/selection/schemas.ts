import { Type, type Static } from "@fastify/type-provider-typebox";
import { Choice, Flag, Id, Param } from "../../../platform/http/schemas.ts";

export const callParams = Type.Object({ id: Id() });
export const applicationParams = Type.Object({ id: Id(), applicationId: Id() });
export const selectionQuery = Type.Object({ stand: Type.Optional(Param(20)) });

/** `replaces`: the member of a full cohort who gives up the seat to an include. */
export const overrideBody = Type.Object({ value: Choice(["include", "exclude", "none"]), replaces: Type.Optional(Id()) });
export type OverrideInput = Static<typeof overrideBody>;

export const sendBody = Type.Object({ bestaetigt: Flag() });
