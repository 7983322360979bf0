import { Type, type Static } from "@fastify/type-provider-typebox";
import { Choice, Email, Id, IdParams, Param, Text, Token } from "../../../platform/http/schemas.ts";
import { memberRoles } from "../../../platform/auth/roles.ts";

export const requestQuery = Type.Object({ kommune: Type.Optional(Param(8)) });

export const requestBody = Type.Object({
  name: Text({ max: 120, min: 1, message: "Bitte geben Sie Ihren Namen ein." }),
  role: Choice(memberRoles),
  email: Email({ message: "Bitte geben Sie Ihre dienstliche E-Mail-Adresse ein." }),
  municipality: Id(),
  note: Text({ max: 1000, lines: true }),
});
export type RequestInput = Static<typeof requestBody>;

export const tokenParams = Type.Object({ token: Token() });
export const requestParams = IdParams;
export const declineBody = Type.Object({
  reason: Text({ max: 1000, min: 1, lines: true, message: "Bitte nennen Sie einen Grund; die Person erhält ihn per E-Mail." }),
});
export const teamQuery = Type.Object({ stand: Type.Optional(Param(20)) });
