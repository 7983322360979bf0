import { Type, type Static } from "@fastify/type-provider-typebox";
import { Choice, Day, Flag, IdParams, Text } from "../../../platform/http/schemas.ts";
import { obligees } from "../reference.ts";
import { stateQuery, WholeNumber } from "../schemas.ts";
import { formTexts } from "./texts.ts";

export const formatParams = IdParams;
export const formatsQuery = stateQuery;

export const formatBody = Type.Object({
  title: Text({ max: 120, min: 1, message: formTexts.titleMissing }),
  description: Type.Optional(Text({ max: 2000, lines: true })),
  obligee: Choice(obligees),
  required: WholeNumber(),
  byModule: Flag(),
  freeSeats: Type.Optional(WholeNumber()),
  applicationDeadline: Type.Optional(Day()),
});
export type FormatInput = Static<typeof formatBody>;
