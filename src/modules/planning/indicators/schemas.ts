import { Type, type Static } from "@fastify/type-provider-typebox";
import { Choice, GermanNumber, Id, Param, Text } from "../../../platform/http/schemas.ts";
import { polarities, units } from "../reference.ts";
import { slugParams } from "../schemas.ts";

export const indicatorParams = Type.Object({ slug: slugParams.properties.slug, id: Id() });
export const noticeQuery = Type.Object({ stand: Type.Optional(Param(20)) });

/** What describes an indicator; the key is given once, when it is added, and stays (scripts and imports rely on it). */
const description = {
  name: Text({ max: 120, min: 1, message: "Bitte geben Sie den Namen des Indikators ein." }),
  unit: Choice(units),
  polarity: Choice(polarities),
  definition: Text({ max: 2000, lines: true }),
  numerator: Text({ max: 300 }),
  denominator: Text({ max: 300 }),
  source: Text({ max: 300 }),
  referenceDate: Text({ max: 40 }),
  period: Text({ max: 40, min: 1, message: "Bitte geben Sie an, für welchen Zeitraum ein Wert gilt, z. B. Jahr oder Schuljahr." }),
  minCases: GermanNumber({ minimum: 1, maximum: 1000 }),
};

export const changeBody = Type.Object(description);
export type ChangeInput = Static<typeof changeBody>;

export const addBody = Type.Object({
  key: Type.String({ minLength: 1, maxLength: 40, pattern: "^[a-z0-9_]+$", "x-text": "line", "x-message": "Bitte geben Sie einen Schlüssel ein." }),
  ...description,
});
export type AddInput = Static<typeof addBody>;
