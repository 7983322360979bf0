import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { valueText, type FieldErrors, type FormValues } from "../../../../platform/forms.ts";
import { exchangeCrumbs } from "../../views/crumbs.ts";
import { fieldLabels, limits, occasions } from "../texts.ts";
import { CsrfField, ErrorSummary, SelectField, SubmitButton, TextArea, TextField } from "../../../../platform/views/form.tsx";

/** The form to propose a topic for a working-group meeting or the festival. */
export function ProposalForm(props: { ctx: PageContext; values: FormValues; errors: FieldErrors }) {
  const values = props.values;
  const title = "Thema vorschlagen";
  return (
    <Layout ctx={props.ctx} title={title} crumbs={exchangeCrumbs({ label: "Themenvorschläge", href: "/austausch/themenvorschlaege" }, { label: title })}>
      <h1 class="kern-heading-large">{title}</h1>
      <p class="kern-body">
        Welches Thema möchten Sie mit den anderen Kommunen der Kohorte besprechen? Andere können Ihren Vorschlag unterstützen und kommentieren; das Team der
        Initiative entscheidet und gibt Ihnen Bescheid.
      </p>
      <ErrorSummary errors={props.errors} labels={fieldLabels} />
      <form method="post" action="/austausch/themenvorschlaege/neu" class="kern-stack" novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <SelectField
          name="occasion"
          label={fieldLabels.occasion}
          value={valueText(values, "occasion")}
          errors={props.errors}
          options={[{ value: "", label: "Bitte wählen" }, ...Object.entries(occasions).map(([value, label]) => ({ value, label }))]}
        />
        <TextField
          name="title"
          label={fieldLabels.title}
          hint={`${limits.titleMin} bis ${limits.title} Zeichen, nur einfacher Text.`}
          value={valueText(values, "title")}
          errors={props.errors}
          maxLength={limits.title}
        />
        <TextArea
          name="description"
          label={fieldLabels.description}
          hint={`Worum soll es gehen, und was möchten Sie von den anderen erfahren? Höchstens ${limits.description.toLocaleString("de-DE")} Zeichen, nur einfacher Text.`}
          rows={8}
          value={valueText(values, "description")}
          errors={props.errors}
          optional
        />
        <div>
          <SubmitButton label="Vorschlag einreichen" />
        </div>
      </form>
    </Layout>
  );
}
