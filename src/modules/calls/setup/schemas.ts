import { Type, type TSchema } from "@fastify/type-provider-typebox";
import { Choice, Day, IdParams, Param, Text, ordered } from "../../../platform/http/schemas.ts";
import { callKinds } from "../reference.ts";
import { messages } from "./texts.ts";

/** The form offers this many rows of criteria and of questions; empty rows are left out. */
export const criterionRows = 8;
export const questionRows = 5;

export const callParams = IdParams;
export const slugParams = Type.Object({ slug: Param(80, 1) });
export const stateQuery = Type.Object({ stand: Type.Optional(Param(20)) });

/** A whole number as typed; its range is checked by the form's rules, so the message names it. */
const WholeNumber = () => Text({ max: 12 });

const rowFields = (prefix: string, count: number, fields: Record<string, () => TSchema>) =>
  Object.fromEntries(
    Array.from({ length: count }, (_, i) => Object.entries(fields).map(([name, field]) => [`${prefix}${i + 1}${name}`, Type.Optional(field())])).flat(),
  ) as Record<string, TSchema>;

const criterionFields = rowFields("criterion", criterionRows, {
  Label: () => Text({ max: 80 }),
  Description: () => Text({ max: 500, lines: true }),
  Weight: () => Choice(["1", "2", "3"]),
});

const questionFields = rowFields("question", questionRows, {
  Label: () => Text({ max: 200 }),
  Help: () => Text({ max: 500, lines: true }),
  MaxLength: () => WholeNumber(),
});

const fixedFields = {
  title: Text({ max: 200, min: 1, message: messages.titleMissing }),
  slug: Type.Optional(Text({ max: 80 })),
  kind: Choice(callKinds),
  periodStartsOn: Day({ required: true }),
  periodEndsOn: Day({ required: true }),
  places: WholeNumber(),
  description: Text({ max: 20_000, min: 1, lines: true, markup: true, message: messages.descriptionMissing }),
  selection: Text({ max: 5000, min: 1, lines: true, markup: true, message: messages.selectionMissing }),
  scaleMax: WholeNumber(),
  deadline: Text({ max: 40, min: 1, message: messages.deadline }),
  retentionMonths: WholeNumber(),
};

/** The call's form: fixed fields, then numbered rows (criterion1Label, …, question5MaxLength). */
export const callBody = Type.Object(
  { ...fixedFields, ...criterionFields, ...questionFields },
  ordered({ first: "periodStartsOn", then: "periodEndsOn", message: messages.periodOrder }),
);
