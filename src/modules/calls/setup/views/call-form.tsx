import type { ComponentChildren } from "preact";
import { valueText, type FieldErrors, type FormValues } from "../../../../platform/forms.ts";
import { CsrfField, ErrorSummary, FieldError, SelectField, SubmitButton, TextArea, TextField } from "../../../../platform/views/form.tsx";
import { callKinds } from "../../reference.ts";
import type { Call } from "../../queries.ts";
import { deadlineText } from "../rules/deadline.ts";
import { criterionRows, questionRows } from "../schemas.ts";
import { hints, labels, pageTexts, weightLabels } from "../texts.ts";

const rowNumbers = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

/** Every field of the form, for the error summary's links. */
const summaryLabels: Record<string, string> = {
  ...labels,
  ...Object.fromEntries(
    rowNumbers(criterionRows).flatMap((row) => [
      [`criterion${row}Label`, `${labels.criteria} ${row}: ${labels.criterionLabel}`],
      [`criterion${row}Description`, `${labels.criteria} ${row}: ${labels.criterionDescription}`],
      [`criterion${row}Weight`, `${labels.criteria} ${row}: ${labels.criterionWeight}`],
    ]),
  ),
  ...Object.fromEntries(
    rowNumbers(questionRows).flatMap((row) => [
      [`question${row}Label`, `${labels.questions} ${row}: ${labels.questionLabel}`],
      [`question${row}Help`, `${labels.questions} ${row}: ${labels.questionHelp}`],
      [`question${row}MaxLength`, `${labels.questions} ${row}: ${labels.questionMaxLength}`],
    ]),
  ),
};

const weightOptions = Object.entries(weightLabels).map(([value, label]) => ({ value, label }));

/** A criterion that reviews already score by: shown as text, sent back unchanged. */
function FixedCriterion({ row, values }: { row: number; values: FormValues }) {
  const name = (field: string) => `criterion${row}${field}`;
  const label = valueText(values, name("Label"));
  if (label === "") return null;
  return (
    <li>
      <strong>{label}</strong> ({weightLabels[valueText(values, name("Weight"))]}): {valueText(values, name("Description"))}
      {["Label", "Description", "Weight"].map((field) => (
        <input type="hidden" name={name(field)} value={valueText(values, name(field))} />
      ))}
    </li>
  );
}

/** The numbered rows of a list: each row's fields in a fieldset of its own. */
function RowFieldset({ legend, children }: { legend: string; children: ComponentChildren }) {
  return (
    <fieldset class="kern-fieldset">
      <legend class="kern-label">{legend}</legend>
      <div class="kern-fieldset__body kern-stack">{children}</div>
    </fieldset>
  );
}

function CriterionRow({ row, values, errors }: { row: number; values: FormValues; errors: FieldErrors }) {
  const name = (field: string) => `criterion${row}${field}`;
  return (
    <RowFieldset legend={`Kriterium ${row}`}>
      <TextField name={name("Label")} label={labels.criterionLabel} value={valueText(values, name("Label"))} errors={errors} />
      <TextArea name={name("Description")} label={labels.criterionDescription} value={valueText(values, name("Description"))} errors={errors} rows={2} />
      <SelectField name={name("Weight")} label={labels.criterionWeight} value={valueText(values, name("Weight"))} errors={errors} options={weightOptions} />
    </RowFieldset>
  );
}

/** The criteria and the scale: rows to fill in, or, once reviews exist, fixed text. */
function Scoring({ values, errors, locked }: { values: FormValues; errors: FieldErrors; locked: boolean }) {
  if (locked) {
    return (
      <section class="kern-stack" id="criteria" aria-labelledby="criteria-heading">
        <h2 class="kern-heading-small" id="criteria-heading">
          {labels.criteria}
        </h2>
        <p class="kern-body">{hints.locked}</p>
        <FieldError id="criteria" error={errors.criteria} />
        <ul class="kern-list kern-list--bullet">
          {rowNumbers(criterionRows).map((row) => (
            <FixedCriterion row={row} values={values} />
          ))}
        </ul>
        <p class="kern-body">
          {labels.scaleMax}: {valueText(values, "scaleMax")}
          <input type="hidden" name="scaleMax" value={valueText(values, "scaleMax")} />
        </p>
      </section>
    );
  }
  return (
    <>
      <fieldset class="kern-fieldset" id="criteria" aria-describedby={errors.criteria ? "criteria-hint criteria-error" : "criteria-hint"}>
        <legend class="kern-label">{labels.criteria}</legend>
        <div class="kern-hint" id="criteria-hint">
          {hints.criteria}
        </div>
        <FieldError id="criteria" error={errors.criteria} />
        <div class="kern-fieldset__body kern-stack">
          {rowNumbers(criterionRows).map((row) => (
            <CriterionRow row={row} values={values} errors={errors} />
          ))}
        </div>
      </fieldset>
      <TextField name="scaleMax" label={labels.scaleMax} value={valueText(values, "scaleMax")} errors={errors} type="number" hint={hints.scaleMax} />
    </>
  );
}

function QuestionRow({ row, values, errors }: { row: number; values: FormValues; errors: FieldErrors }) {
  const name = (field: string) => `question${row}${field}`;
  return (
    <RowFieldset legend={`Frage ${row}`}>
      <TextField name={name("Label")} label={labels.questionLabel} value={valueText(values, name("Label"))} errors={errors} />
      <TextArea name={name("Help")} label={labels.questionHelp} value={valueText(values, name("Help"))} errors={errors} rows={2} optional />
      <TextField
        name={name("MaxLength")}
        type="number"
        label={labels.questionMaxLength}
        value={valueText(values, name("MaxLength"))}
        errors={errors}
        optional
      />
    </RowFieldset>
  );
}

/** The call's form, for a new call and for changes; plain HTML, so it works without JavaScript. */
export function CallForm(props: { action: string; csrfToken: string | null; values: FormValues; errors: FieldErrors; locked: boolean; isNew: boolean }) {
  const { values, errors, locked } = props;
  const field = (name: keyof typeof labels) => ({ name, label: labels[name], value: valueText(values, name), errors });
  return (
    <>
      <ErrorSummary errors={errors} labels={summaryLabels} />
      <form method="post" action={props.action} class="kern-stack" novalidate>
        <CsrfField token={props.csrfToken} />
        <TextField {...field("title")} />
        <TextField {...field("slug")} hint={hints.slug} optional />
        <SelectField {...field("kind")} options={Object.entries(callKinds).map(([value, label]) => ({ value, label }))} />
        <TextField {...field("periodStartsOn")} type="date" hint="TT.MM.JJJJ" />
        <TextField {...field("periodEndsOn")} type="date" hint="TT.MM.JJJJ" />
        <TextField {...field("places")} type="number" hint={hints.places} />
        <TextArea {...field("description")} hint={hints.description} rows={12} />
        <TextArea {...field("selection")} hint={hints.selection} rows={6} />
        <Scoring values={values} errors={errors} locked={locked} />
        <fieldset class="kern-fieldset" aria-describedby="questions-hint">
          <legend class="kern-label">{labels.questions}</legend>
          <div class="kern-hint" id="questions-hint">
            {hints.questions}
          </div>
          <div class="kern-fieldset__body kern-stack">
            {rowNumbers(questionRows).map((row) => (
              <QuestionRow row={row} values={values} errors={errors} />
            ))}
          </div>
        </fieldset>
        <TextField {...field("deadline")} hint={hints.deadline} />
        <TextField {...field("retentionMonths")} type="number" hint={hints.retentionMonths} />
        <div>
          <SubmitButton label={props.isNew ? pageTexts.create : pageTexts.save} />
        </div>
      </form>
    </>
  );
}

/** A new call's form starts with the default criteria and questions (see reference.ts). */
export function callValues(call: Pick<Call, "criteria" | "questions" | "scaleMax" | "retentionMonths"> & Partial<Call>): FormValues {
  return {
    title: call.title ?? "",
    slug: call.slug ?? "",
    kind: call.kind ?? "fellow",
    periodStartsOn: call.periodStartsOn ?? "",
    periodEndsOn: call.periodEndsOn ?? "",
    places: call.places === undefined ? "" : String(call.places),
    description: call.description ?? "",
    selection: call.selection ?? "",
    scaleMax: String(call.scaleMax),
    deadline: call.deadline ? deadlineText(call.deadline) : "",
    retentionMonths: String(call.retentionMonths),
    ...Object.fromEntries(
      call.criteria.flatMap((c, i) => [
        [`criterion${i + 1}Label`, c.label],
        [`criterion${i + 1}Description`, c.description],
        [`criterion${i + 1}Weight`, String(c.weight)],
      ]),
    ),
    ...Object.fromEntries(
      call.questions.flatMap((q, i) => [
        [`question${i + 1}Label`, q.label],
        [`question${i + 1}Help`, q.help],
        [`question${i + 1}MaxLength`, String(q.maxLength)],
      ]),
    ),
  };
}
