import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page-context.ts";
import { isTicked, valueList, valueText, type FieldErrors, type FormValues } from "../../../platform/forms.ts";
import { CheckboxGroup, Checkbox, CsrfField, ErrorSummary, SelectField, SubmitButton, TextArea, TextField } from "../../../platform/views/form.tsx";
import { phases } from "../reference.ts";
import { milestoneRows } from "../schemas.ts";
import { milestoneDueLabel, milestoneLabel, projectLabels } from "../texts.ts";
import { formCrumbs, type Topic } from "./parts.ts";

export interface ProjectFormProps {
  ctx: PageContext;
  municipality: { slug: string; name: string };
  projectId: number | null;
  values: FormValues;
  topics: Topic[];
  errors: FieldErrors;
}

const rowNumbers = Array.from({ length: milestoneRows }, (_, i) => i);
const labels = {
  ...projectLabels,
  ...Object.fromEntries(
    rowNumbers.flatMap((i) => [
      [`m${i}_title`, milestoneLabel(i)],
      [`m${i}_due`, milestoneDueLabel(i)],
    ]),
  ),
};

/** The filled milestone rows and three empty ones (up to the limit): saving gives more rows. */
function Milestones({ values, errors }: { values: FormValues; errors: FieldErrors }) {
  const filled = rowNumbers.filter((i) => valueText(values, `m${i}_title`) || valueText(values, `m${i}_due`));
  const shown = Math.min(milestoneRows, Math.max(3, (filled.at(-1) ?? -1) + 3));
  return (
    <fieldset class="kern-fieldset">
      <legend class="kern-label">Meilensteine</legend>
      <div class="kern-hint">Leere Zeilen werden nicht gespeichert. Speichern Sie, um weitere Zeilen zu erhalten.</div>
      <div class="kern-fieldset__body kern-stack">
        {rowNumbers.slice(0, shown).map((i) => (
          <div class="k360-filters">
            <TextField name={`m${i}_title`} label={milestoneLabel(i)} value={valueText(values, `m${i}_title`)} errors={errors} optional />
            <TextField name={`m${i}_due`} type="date" label={milestoneDueLabel(i)} value={valueText(values, `m${i}_due`)} errors={errors} optional />
            <Checkbox name={`m${i}_done`} label={`${milestoneLabel(i)} erreicht`} checked={isTicked(values, `m${i}_done`)} />
          </div>
        ))}
      </div>
    </fieldset>
  );
}

function DeleteProject({ action, token }: { action: string; token: string | null }) {
  return (
    <form method="post" action={action} class="kern-stack">
      <CsrfField token={token} />
      <h2 class="kern-heading-small">Vorhaben löschen</h2>
      <p class="kern-body">Das Vorhaben und seine Meilensteine werden endgültig entfernt.</p>
      <div>
        <SubmitButton label="Vorhaben endgültig löschen" kind="secondary" />
      </div>
    </form>
  );
}

function ProjectFields({ values, errors, topics }: { values: FormValues; errors: FieldErrors; topics: Topic[] }) {
  const phaseOptions = Object.entries(phases).map(([value, label]) => ({ value, label }));
  return (
    <>
      <TextField name="title" label={projectLabels.title} value={valueText(values, "title")} errors={errors} maxLength={200} />
      <TextArea name="summary" label={projectLabels.summary} value={valueText(values, "summary")} errors={errors} optional />
      <TextArea name="goals" label={projectLabels.goals} hint="Ein Ziel pro Zeile." value={valueText(values, "goals")} errors={errors} optional />
      <SelectField name="phase" label={projectLabels.phase} value={valueText(values, "phase") || "concept"} errors={errors} options={phaseOptions} />
      <TextField name="startsOn" type="date" label={projectLabels.startsOn} value={valueText(values, "startsOn")} errors={errors} optional />
      <TextField name="endsOn" type="date" label={projectLabels.endsOn} value={valueText(values, "endsOn")} errors={errors} optional />
      <CheckboxGroup
        name="topics"
        legend={projectLabels.topics}
        options={topics.map((t) => ({ value: t.slug, label: t.label }))}
        checked={valueList(values, "topics")}
        errors={errors}
      />
    </>
  );
}

/** Creates or changes a change project with its goals, phase, dates, topics, milestones and learnings. */
export function ProjectForm(props: ProjectFormProps) {
  const { values, errors, municipality } = props;
  const base = `/kommunen/${municipality.slug}/vorhaben`;
  const title = props.projectId ? "Vorhaben bearbeiten" : "Vorhaben anlegen";
  return (
    <Layout ctx={props.ctx} title={`${title}: ${municipality.name}`} crumbs={formCrumbs(municipality, title)}>
      <h1 class="kern-heading-large">
        {title}: {municipality.name}
      </h1>
      <ErrorSummary errors={errors} labels={labels} />
      <form method="post" action={props.projectId ? `${base}/${props.projectId}/bearbeiten` : `${base}/neu`} class="kern-stack" novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <ProjectFields values={values} errors={errors} topics={props.topics} />
        <Milestones values={values} errors={errors} />
        <TextArea
          name="learnings"
          label={projectLabels.learnings}
          hint="Was hat funktioniert, was nicht, was würden Sie anderen raten?"
          value={valueText(values, "learnings")}
          errors={errors}
          optional
        />
        <div>
          <SubmitButton label="Speichern" />
        </div>
      </form>
      {props.projectId && <DeleteProject action={`${base}/${props.projectId}/loeschen`} token={props.ctx.csrfToken} />}
    </Layout>
  );
}
