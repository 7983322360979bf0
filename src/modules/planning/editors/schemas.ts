import { Type, type Static } from "@fastify/type-provider-typebox";
import { Id, List, Param } from "../../../platform/http/schemas.ts";

export const editorsQuery = Type.Object({ stand: Type.Optional(Param(20)) });

/** The ticked members; none ticked sends no field at all. */
export const editorsBody = Type.Object({ editor: List(Id(), 500) });
export type EditorsInput = Static<typeof editorsBody>;
