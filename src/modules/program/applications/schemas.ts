import { Type, type Static } from "@fastify/type-provider-typebox";
import { Choice, Email, Flag, Id, Text, Param, Token } from "../../../platform/http/schemas.ts";
import { stateQuery } from "../schemas.ts";

export const slugParams = Type.Object({ slug: Param(80) });
export const formQuery = stateQuery;
export const formatParams = Type.Object({ formatId: Id() });
export const applicationParams = Type.Object({ formatId: Id(), applicationId: Id() });

const count = Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 }));
export const teamQuery = Type.Object({ stand: Type.Optional(Param(20)), zusagen: count, warteliste: count, absagen: count });

/** The application form; what needs the list of perspectives or the municipalities is checked by the rules and the command. */
export const applicationBody = Type.Object({
  name: Type.Optional(Text({ max: 120 })),
  email: Type.Optional(Email({ required: false })),
  jobTitle: Type.Optional(Text({ max: 150 })),
  yearsOfExperience: Type.Optional(Text({ max: 10 })),
  ags: Type.Optional(Text({ max: 20 })),
  perspective: Type.Optional(Text({ max: 60 })),
  motivation: Type.Optional(Text({ max: 3000, lines: true })),
  tandemPartnerApplying: Type.Optional(Text({ max: 10 })),
  partnerName: Type.Optional(Text({ max: 120 })),
});
export type ApplicationInput = Static<typeof applicationBody>;

/** `replaces`: the member of a full group who gives up the seat to an include. */
export const overrideBody = Type.Object({ value: Choice(["include", "exclude", "none"]), replaces: Type.Optional(Id()) });
export type OverrideInput = Static<typeof overrideBody>;

export const sendBody = Type.Object({ bestaetigt: Flag(), anzahl: Type.Optional(Type.Integer({ minimum: 0, maximum: 9_999_999 })) });

export const confirmParams = Type.Object({ slug: Param(80), token: Token() });
export const answerBody = Type.Object({ antwort: Choice(["annehmen", "absagen"] as const) });
export type SeatAnswer = Static<typeof answerBody>["antwort"];
