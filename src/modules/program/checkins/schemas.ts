import { Type, type Static } from "@fastify/type-provider-typebox";
import { Day, Flag, Id, IdParams, List, Param, Text } from "../../../platform/http/schemas.ts";

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

export const timelineParams = Type.Object({ municipalityId: Id() });
/** The timeline's filter: a topic of the list, and a period (either end may stay open). */
export const timelineQuery = Type.Object({
  thema: Type.Optional(Param(100)),
  von: Type.Optional(Day()),
  bis: Type.Optional(Day()),
});

/** A next step: what, who ("team" or a tandem member's account id) and by when; `erledigt` when done. */
export const nextStepBody = Type.Object({
  description: Text({ max: 500, min: 1, message: "Bitte beschreiben Sie den nächsten Schritt." }),
  owner: Param(12),
  dueOn: Day({ required: true }),
  erledigt: Flag(),
});
export type NextStepInput = Static<typeof nextStepBody>;
