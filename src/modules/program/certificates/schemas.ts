import { Type } from "@fastify/type-provider-typebox";
import { Id } from "../../../platform/http/schemas.ts";

export const certificateParams = Type.Object({ formatId: Id() });
