import { Type, type Static } from "@fastify/type-provider-typebox";
import { Choice, Day, Flag, Id, IdParams, Text, Param } from "../../../platform/http/schemas.ts";
import { decisionLabels, limits, occasions } from "./texts.ts";

export const proposalParams = IdParams;
export const listQuery = Type.Object({ anlass: Type.Optional(Param(20)), stand: Type.Optional(Param(20)) });
export const detailQuery = Type.Object({ stand: Type.Optional(Param(20)) });

/** "" is a form sent without a choice: the command asks for one in words that fit the field. */
const choiceOrNone = <K extends string>(record: Record<K, unknown>) => Choice(["", ...(Object.keys(record) as K[])]);

export const proposalBody = Type.Object({
  title: Text({ max: limits.title, min: limits.titleMin }),
  description: Type.Optional(Text({ max: limits.description, lines: true })),
  occasion: choiceOrNone(occasions),
});
export type ProposalInput = Static<typeof proposalBody>;

export const commentBody = Type.Object({ body: Text({ max: limits.comment, min: 1, lines: true }) });
export type CommentInput = Static<typeof commentBody>;

export const decisionBody = Type.Object({
  decision: choiceOrNone(decisionLabels),
  reason: Type.Optional(Text({ max: limits.reason, lines: true })),
  mergeInto: Type.Optional(Type.Union([Type.Literal(""), Id()])),
});
export type DecisionInput = Static<typeof decisionBody>;

/** The date the team makes of an accepted proposal: one day, as the program's event form has it (d0_…). */
export const scheduleBody = Type.Object({
  title: Text({ max: 200, min: 1, message: "Bitte geben Sie einen Titel ein." }),
  formatId: Id(),
  d0_date: Type.Optional(Day()),
  d0_start: Type.Optional(Text({ max: 5 })),
  d0_end: Type.Optional(Text({ max: 5 })),
  place: Type.Optional(Text({ max: 300 })),
  onlineUrl: Type.Optional(Text({ max: 300 })),
  capacity: Type.Optional(Text({ max: 12 })),
  description: Type.Optional(Text({ max: 5000, lines: true })),
  despiteHolidays: Flag(),
});
export type ScheduleInput = Static<typeof scheduleBody>;
