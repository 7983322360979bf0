import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { isTicked, valueText, type FieldErrors, type FormValues } from "../../../../platform/forms.ts";
import { exchangeCrumbs } from "../../views/crumbs.ts";
import type { Persona } from "../queries.ts";
import { fieldLabels, limits, quadrants } from "../texts.ts";
import { personasCrumb } from "./parts.tsx";
import { Checkbox, CsrfField, ErrorSummary, FieldError, SelectField, SubmitButton, TextArea, TextField } from "../../../../platform/views/form.tsx";

export interface PersonaFormProps {
  ctx: PageContext;
  persona: Persona | null;
  values: FormValues;
  errors: FieldErrors;
  /** Municipalities the team may write a new persona for; empty for members, who write for their own. */
  choices: { id: number; name: string }[];
  canShare: boolean;
}

/** Sharing with the cohort, or why this persona cannot be shared. */
function Sharing(props: PersonaFormProps) {
  return props.canShare ? (
    <div>
      <Checkbox name="shared" label={fieldLabels.shared} checked={isTicked(props.values, "shared")} />
      <p class="kern-hint">Die anderen Kommunen des laufenden Fellow-Programms können die Persona dann lesen und beim Treffen nebeneinanderlegen.</p>
      <FieldError id="shared" error={props.errors.shared} />
    </div>
  ) : (
    <div id="shared">
      <p class="kern-body">
        Teilen mit der Kohorte ist nur für Kommunen des laufenden Fellow-Programms möglich. Die Persona sehen Ihre Kommune und das Team der Initiative.
      </p>
      <FieldError id="shared" error={props.errors.shared} />
    </div>
  );
}

/** Creating or changing a persona: who it is and the four parts of the canvas. */
export function PersonaForm(props: PersonaFormProps) {
  const values = props.values;
  const persona = props.persona;
  const title = persona ? `Persona „${persona.name}“ bearbeiten` : "Persona anlegen";
  const action = persona ? `/austausch/personas/${persona.id}/bearbeiten` : "/austausch/personas/neu";
  const textHint = `Höchstens ${limits.text.toLocaleString("de-DE")} Zeichen, nur einfacher Text.`;
  return (
    <Layout
      ctx={props.ctx}
      title={title}
      crumbs={exchangeCrumbs(personasCrumb, ...(persona ? [{ label: persona.name, href: `/austausch/personas/${persona.id}` }] : []), {
        label: persona ? "Bearbeiten" : "Persona anlegen",
      })}
    >
      <h1 class="kern-heading-large">{title}</h1>
      <p class="kern-body">
        Eine Persona ist eine erfundene Person, an der sich zeigt, wo die Planung in Ihrer Kommune steht: was sie antreibt, woran sie hängen bleibt, was schon
        gelingt und was als Nächstes kommt. {persona && `Sie gehört zu ${persona.municipality.name}.`}
      </p>
      <ErrorSummary errors={props.errors} labels={fieldLabels} />
      <form method="post" action={action} class="kern-stack" novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        {!persona && props.choices.length > 0 && (
          <SelectField
            name="municipalityId"
            label={fieldLabels.municipalityId}
            value={valueText(values, "municipalityId")}
            errors={props.errors}
            options={[{ value: "", label: "Bitte wählen" }, ...props.choices.map((m) => ({ value: String(m.id), label: m.name }))]}
          />
        )}
        <TextField
          name="name"
          label={fieldLabels.name}
          hint="Ein erfundener Name, z. B. „Petra, 52“."
          value={valueText(values, "name")}
          errors={props.errors}
          maxLength={limits.name}
        />
        <TextField
          name="role"
          label={fieldLabels.role}
          hint="z. B. Jugendamtsleitung in einem Landkreis, Planungsfachkraft seit zwei Jahren."
          value={valueText(values, "role")}
          errors={props.errors}
          maxLength={limits.role}
        />
        {quadrants.map((q) => (
          <TextArea name={q.field} label={q.title} hint={`${q.hint} ${textHint}`} rows={5} value={valueText(values, q.field)} errors={props.errors} optional />
        ))}
        <Sharing {...props} />
        <div>
          <SubmitButton label={persona ? "Änderungen speichern" : "Persona anlegen"} />
        </div>
      </form>
    </Layout>
  );
}
