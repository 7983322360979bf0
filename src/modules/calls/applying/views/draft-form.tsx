import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Checkbox, CheckboxGroup, CsrfField, SelectField, SubmitButton, TextArea, TextField } from "../../../../platform/views/form.tsx";
import { isTicked, valueList, valueText, type FieldErrors, type FormValues } from "../../../../platform/forms.ts";
import { planningStages, textLimits, type Question } from "../../reference.ts";
import { answerField } from "../schemas.ts";
import { commitmentLabels, fieldLabels } from "../texts.ts";

const stageOptions = [{ value: "", label: "Bitte wählen" }, ...Object.entries(planningStages).map(([value, label]) => ({ value, label }))];

interface DraftFormProps {
  ctx: PageContext;
  action: string;
  questions: Question[];
  topics: { slug: string; label: string }[];
  values: FormValues;
  errors: FieldErrors;
}

/** A free-text field of the application: its limit stands in the hint and holds in the browser too. */
function LongText(props: { name: string; label: string; hint: string; max: number; values: FormValues; errors: FieldErrors; optional?: boolean }) {
  return (
    <TextArea
      name={props.name}
      label={props.label}
      hint={`${props.hint} Höchstens ${props.max.toLocaleString("de-DE")} Zeichen.`.trim()}
      optional={props.optional}
      value={valueText(props.values, props.name)}
      errors={props.errors}
      rows={6}
      maxLength={props.max}
    />
  );
}

/** The change project: title, summary, topics and the planning stage. */
function ProjectFields(props: DraftFormProps) {
  const { values, errors } = props;
  return (
    <fieldset class="kern-fieldset">
      <legend class="kern-label">Das Veränderungsvorhaben</legend>
      <div class="kern-fieldset__body kern-stack">
        <TextField
          name="projectTitle"
          label={fieldLabels.projectTitle}
          value={valueText(values, "projectTitle")}
          errors={errors}
          maxLength={textLimits.title}
        />
        <LongText
          name="projectSummary"
          label={fieldLabels.projectSummary}
          hint="Was Sie in zwei Jahren an Planung und Steuerung verändern wollen."
          max={textLimits.summary}
          values={values}
          errors={errors}
        />
        <CheckboxGroup
          name="projectTopics"
          legend={fieldLabels.projectTopics}
          options={props.topics.map((t) => ({ value: t.slug, label: t.label }))}
          checked={valueList(values, "projectTopics")}
          errors={errors}
        />
        <SelectField name="planningStage" label={fieldLabels.planningStage} value={valueText(values, "planningStage")} options={stageOptions} errors={errors} />
      </div>
    </fieldset>
  );
}

/** What the tandem commits to: trainings, working-group meetings, check-ins and hours per month. */
function CommitmentFields({ values, errors }: Pick<DraftFormProps, "values" | "errors">) {
  return (
    <fieldset class="kern-fieldset">
      <legend class="kern-label">Was Sie zusagen</legend>
      <div class="kern-fieldset__body kern-stack">
        {(Object.keys(commitmentLabels) as (keyof typeof commitmentLabels)[]).map((key) => (
          <Checkbox name={key} label={commitmentLabels[key]} checked={isTicked(values, key)} errors={errors} />
        ))}
        <TextField
          name="hoursPerMonth"
          label={fieldLabels.hoursPerMonth}
          hint="Wie viele Stunden im Monat das Tandem zusammen für das Programm einplant, von 0 bis 160."
          value={valueText(values, "hoursPerMonth")}
          errors={errors}
          maxLength={20}
        />
      </div>
    </fieldset>
  );
}

/** The application's texts and commitments; a draft may have empty fields and is saved as it is. */
export function DraftForm(props: DraftFormProps) {
  const { values, errors } = props;
  return (
    <form method="post" action={props.action} class="kern-stack" novalidate>
      <CsrfField token={props.ctx.csrfToken} />
      <ProjectFields {...props} />
      <LongText
        name="situation"
        label={fieldLabels.situation}
        hint="Wie Jugendhilfeplanung und die anderen Planungen heute zusammenarbeiten, und was dabei fehlt."
        max={textLimits.situation}
        values={values}
        errors={errors}
      />
      <LongText name="expectations" label={fieldLabels.expectations} hint="" max={textLimits.expectations} values={values} errors={errors} />
      <CommitmentFields values={values} errors={errors} />
      {props.questions.map((question) => (
        <LongText
          name={answerField(question.key)}
          label={question.label}
          hint={question.help}
          max={question.maxLength}
          values={values}
          errors={errors}
          optional
        />
      ))}
      <div>
        <SubmitButton label="Entwurf speichern" />
      </div>
    </form>
  );
}
