import type { FieldErrors } from "../../../../platform/forms.ts";
import type { ChangeInput } from "../schemas.ts";
import { messages } from "../texts.ts";

/** The minimum case count must be a whole number; the schema already checked its bounds. */
export function minCasesErrors(input: ChangeInput): FieldErrors {
  if (input.minCases === null) return { minCases: messages.minCasesMissing };
  return Number.isInteger(input.minCases) ? {} : { minCases: messages.minCasesWhole };
}

/** The columns of planning_indicators a form describes (after minCasesErrors found nothing). */
export const described = (input: ChangeInput) => ({
  name: input.name,
  unit: input.unit,
  polarity: input.polarity,
  definition: input.definition,
  numerator: input.numerator,
  denominator: input.denominator,
  source: input.source,
  referenceDate: input.referenceDate,
  period: input.period,
  minCases: input.minCases!,
});
