import { Type, type Static } from "@fastify/type-provider-typebox";
import { Day, Id, IdParams, List, Text } from "../../../platform/http/schemas.ts";

export const checkInParams = IdParams;

export const checkInBody = Type.Object({
  municipalityId: Id(),
  heldOn: Day({ required: true }),
  participants: Type.Optional(Text({ max: 500 })),
  topics: List(Text({ max: 100 }), 20),
  notes: Type.Optional(Text({ max: 10000, lines: true })),
  teamNotes: Type.Optional(Text({ max: 10000, lines: true })),
  nextSteps: Type.Optional(Text({ max: 3000, lines: true })),
});
export type CheckInInput = Static<typeof checkInBody>;
