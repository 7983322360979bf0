import type { Criterion } from "../../reference.ts";
import type { FieldErrors, FormValues } from "../../../../platform/forms.ts";
import { valueText } from "../../../../platform/forms.ts";
import { CsrfField, ErrorSummary, FieldError, SubmitButton, TextArea } from "../../../../platform/views/form.tsx";
import { Alert } from "../../../../platform/views/components.tsx";
import { scoreField } from "../rules/score.ts";
import { reviewTexts } from "../texts.ts";

export interface ReviewFormProps {
  action: string;
  csrfToken: string | null;
  criteria: Criterion[];
  scaleMax: number;
  /** The form's values: as posted, or the scores and comment given before. */
  values: FormValues;
  errors: FieldErrors;
  /** After the decisions: the form is not offered any more. */
  closed: boolean;
}

function ScoreGroup({ criterion, scaleMax, values, errors }: { criterion: Criterion; scaleMax: number; values: FormValues; errors: FieldErrors }) {
  const field = scoreField(criterion.key);
  const error = errors[field];
  const chosen = valueText(values, field);
  const described = [`${field}-hint`, error ? `${field}-error` : ""].filter(Boolean).join(" ");
  return (
    <fieldset class={`kern-fieldset${error ? " kern-fieldset--error" : ""}`} id={field} aria-describedby={described}>
      <legend class="kern-label">
        {criterion.label} ({reviewTexts.weight(criterion.weight)})
      </legend>
      <div class="kern-hint" id={`${field}-hint`}>
        {criterion.description}
      </div>
      <div class="kern-fieldset__body kern-fieldset__body--horizontal">
        {Array.from({ length: scaleMax }, (_, i) => String(i + 1)).map((score) => (
          <div class="kern-form-check">
            <input class="kern-form-check__radio" id={`${field}-${score}`} name={field} value={score} type="radio" checked={chosen === score} />
            <label class="kern-label" for={`${field}-${score}`}>
              {score}
            </label>
          </div>
        ))}
      </div>
      <FieldError id={field} error={error} />
    </fieldset>
  );
}

/** The reviewer's own scores per criterion and comment. */
export function ReviewForm(props: ReviewFormProps) {
  if (props.closed) return <Alert kind="info" title={reviewTexts.closed} />;
  const labels = Object.fromEntries(props.criteria.map((c) => [scoreField(c.key), c.label]));
  return (
    <form method="post" action={props.action} class="kern-stack" novalidate>
      <ErrorSummary errors={props.errors} labels={{ ...labels, comment: reviewTexts.comment }} />
      <CsrfField token={props.csrfToken} />
      <p class="kern-body">{reviewTexts.scale(props.scaleMax)}</p>
      {props.criteria.map((criterion) => (
        <ScoreGroup criterion={criterion} scaleMax={props.scaleMax} values={props.values} errors={props.errors} />
      ))}
      <TextArea
        name="comment"
        label={reviewTexts.comment}
        hint={reviewTexts.commentHint}
        value={valueText(props.values, "comment")}
        errors={props.errors}
        rows={5}
        maxLength={4000}
        optional
      />
      <div>
        <SubmitButton label={reviewTexts.save} />
      </div>
    </form>
  );
}
