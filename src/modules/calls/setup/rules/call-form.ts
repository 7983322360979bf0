import { text, type FieldErrors } from "../../../../platform/forms.ts";
import { slugify } from "../../../../platform/slug.ts";
import type { CallKind, Criterion, Question } from "../../reference.ts";
import { criterionRows, questionRows } from "../schemas.ts";
import { messages } from "../texts.ts";
import { parseDeadline } from "./deadline.ts";

/** What a call's form stands for once every field is valid. */
export interface CallValues {
  title: string;
  slug: string;
  kind: CallKind;
  periodStartsOn: string;
  periodEndsOn: string;
  places: number;
  description: string;
  selection: string;
  criteria: Criterion[];
  questions: Question[];
  scaleMax: number;
  deadline: Date;
  retentionMonths: number;
}

const limits = {
  places: [1, 50],
  scaleMax: [3, 10],
  retentionMonths: [1, 60],
  questionMaxLength: [100, 10_000],
} as const;

const defaultQuestionLength = 2000;
const keyLength = 40;

/** A whole number within its bounds, else null. */
function wholeNumber(value: string, [min, max]: readonly [number, number]): number | null {
  if (!/^\d{1,6}$/.test(value.trim())) return null;
  const number = Number(value);
  return number >= min && number <= max ? number : null;
}

type Form = Record<string, unknown>;

function numberField(form: Form, name: string, bounds: readonly [number, number], errors: FieldErrors): number {
  const number = wholeNumber(text(form[name]), bounds);
  if (number === null) errors[name] = messages.wholeNumber(bounds[0], bounds[1]);
  return number ?? 0;
}

/** Filled rows of a list (criteria, questions): a row counts when any of its texts is filled. */
function filledRows(form: Form, prefix: string, count: number, fields: string[]): number[] {
  return Array.from({ length: count }, (_, i) => i + 1).filter((row) => fields.some((field) => text(form[`${prefix}${row}${field}`]).trim() !== ""));
}

/** The keys the stored rows have, by label: scores and answers are kept under them. */
type KnownKeys = Map<string, string>;
const knownKeys = (rows: { key: string; label: string }[]): KnownKeys => new Map(rows.map((row) => [row.label, row.key]));

/** The key of a row: kept while its label stays, else made from the label; a second row with the same key gets a message. */
function keyOf(label: string, name: string, known: KnownKeys, seen: Set<string>, errors: FieldErrors): string {
  const key = known.get(label) ?? slugify(label).slice(0, keyLength).replace(/-$/, "");
  if (label !== "" && key === "") errors[name] = messages.labelNoLetters;
  else if (seen.has(key)) errors[name] = messages.labelTwice;
  seen.add(key);
  return key;
}

function readCriteria(form: Form, known: KnownKeys, errors: FieldErrors): Criterion[] {
  const rows = filledRows(form, "criterion", criterionRows, ["Label", "Description"]);
  if (rows.length === 0) errors.criterion1Label = messages.noCriterion;
  const seen = new Set<string>();
  return rows.map((row) => {
    const name = `criterion${row}Label`;
    const label = text(form[name]).trim();
    if (label === "") errors[name] = messages.labelMissing;
    const weight = Number(text(form[`criterion${row}Weight`]) || "1");
    return { key: keyOf(label, name, known, seen, errors), label, description: text(form[`criterion${row}Description`]).trim(), weight };
  });
}

function readQuestions(form: Form, known: KnownKeys, errors: FieldErrors): Question[] {
  const seen = new Set<string>();
  return filledRows(form, "question", questionRows, ["Label", "Help", "MaxLength"]).map((row) => {
    const name = `question${row}Label`;
    const label = text(form[name]).trim();
    if (label === "") errors[name] = messages.questionLabelMissing;
    const lengthName = `question${row}MaxLength`;
    const typed = text(form[lengthName]).trim();
    const maxLength = typed === "" ? defaultQuestionLength : numberField(form, lengthName, limits.questionMaxLength, errors);
    return { key: keyOf(label, name, known, seen, errors), label, help: text(form[`question${row}Help`]).trim(), maxLength };
  });
}

/**
 * Reads a call's form: numbers in range, the deadline in German formats, the rows of criteria and
 * questions (keeping the keys of `stored` rows), the address from the slug or the title. Values only
 * count when `errors` is empty.
 */
export function readCallForm(form: Form, stored: Pick<CallValues, "criteria" | "questions"> | null): { values: CallValues; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const title = text(form.title).trim();
  const slug = slugify(text(form.slug).trim() || title)
    .slice(0, 80)
    .replace(/-$/, "");
  if (slug === "" && title !== "") errors.slug = messages.slugEmpty;
  const deadline = parseDeadline(text(form.deadline));
  if (!deadline) errors.deadline = messages.deadline;
  const values: CallValues = {
    title,
    slug,
    kind: text(form.kind) as CallKind,
    periodStartsOn: text(form.periodStartsOn),
    periodEndsOn: text(form.periodEndsOn),
    places: numberField(form, "places", limits.places, errors),
    description: text(form.description),
    selection: text(form.selection),
    criteria: readCriteria(form, knownKeys(stored?.criteria ?? []), errors),
    questions: readQuestions(form, knownKeys(stored?.questions ?? []), errors),
    scaleMax: numberField(form, "scaleMax", limits.scaleMax, errors),
    deadline: deadline ?? new Date(0),
    retentionMonths: numberField(form, "retentionMonths", limits.retentionMonths, errors),
  };
  return { values, errors };
}
