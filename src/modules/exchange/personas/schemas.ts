import { Type, type Static } from "@fastify/type-provider-typebox";
import { Flag, Id, IdParams, Text, Param } from "../../../platform/http/schemas.ts";
import { limits } from "./texts.ts";

export const personaParams = IdParams;
export const noticeQuery = Type.Object({ stand: Type.Optional(Param(20)) });
// Far more than can be shown, so a long selection is answered with a hint rather than an error page.
export const sideBySideQuery = Type.Object({ id: Type.Optional(Type.Array(Id(), { maxItems: 100 })) });

const quadrant = Type.Optional(Text({ max: limits.text, lines: true }));

export const personaBody = Type.Object({
  name: Text({ max: limits.name, min: 1 }),
  role: Text({ max: limits.role, min: 1 }),
  drives: quadrant,
  stumblingBlocks: quadrant,
  whatWorks: quadrant,
  nextSteps: quadrant,
  shared: Flag(),
  /** The team chooses the municipality of a new persona; "" is the list's "Bitte wählen". */
  municipalityId: Type.Optional(Type.Union([Type.Literal(""), Id()])),
});
export type PersonaInput = Static<typeof personaBody>;
