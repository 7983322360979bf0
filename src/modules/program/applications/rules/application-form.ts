import { isEmail, text, type FieldErrors } from "../../../../platform/forms.ts";
import { perspectives } from "./labels.ts";
import { formTexts } from "../texts.ts";

export const motivationLength = { min: 50, max: 3000 };
export const agsPattern = /^\d{5}(\d{3})?$/;
const fields = ["name", "email", "ags", "jobTitle", "yearsOfExperience", "perspective", "motivation", "partnerName", "tandemPartnerApplying"] as const;

/** The form's values as text, trimmed, for checking and for showing them again. */
export function applicationValues(input: Partial<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field, text(input[field]).trim()]));
}

/** Years of experience as a whole number from 0 to 60, else NaN. */
export const yearsOf = (typed: string) => (/^\d{1,2}$/.test(typed) && Number(typed) <= 60 ? Number(typed) : NaN);

/** Everything of an application that is checked without the database; the municipality of the AGS is looked up by the command. */
export function applicationProblems(input: Partial<Record<string, unknown>>): FieldErrors {
  const value = applicationValues(input);
  const errors: FieldErrors = {};
  if (value.name.length < 2) errors.name = formTexts.name;
  if (!isEmail(value.email)) errors.email = formTexts.email;
  if (!value.jobTitle) errors.jobTitle = formTexts.jobTitle;
  if (Number.isNaN(yearsOf(value.yearsOfExperience))) errors.yearsOfExperience = formTexts.years;
  if (!(perspectives as readonly string[]).includes(value.perspective)) errors.perspective = formTexts.perspective;
  const length = [...value.motivation].length;
  if (length < motivationLength.min) errors.motivation = formTexts.motivationShort(motivationLength.min, length);
  if (value.tandemPartnerApplying === "ja" && !value.partnerName) errors.partnerName = formTexts.partnerName;
  if (!agsPattern.test(value.ags.replace(/\s+/g, ""))) errors.ags = formTexts.agsFormat;
  return errors;
}
