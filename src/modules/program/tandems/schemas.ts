import { Type, type Static } from "@fastify/type-provider-typebox";
import { Choice, Day, Id } from "../../../platform/http/schemas.ts";
import { stateQuery } from "../schemas.ts";
import { tandemRoles } from "./texts.ts";

export const tandemsQuery = stateQuery;

export const tandemChangeBody = Type.Object({
  municipalityId: Id(),
  role: Choice(tandemRoles),
  userId: Id(),
  fromDate: Day({ required: true }),
});
export type TandemChange = Static<typeof tandemChangeBody>;
