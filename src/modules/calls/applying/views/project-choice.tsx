import type { PageContext } from "../../../../platform/views/page-context.ts";
import { CsrfField, SelectField, SubmitButton } from "../../../../platform/views/form.tsx";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { fieldLabels } from "../texts.ts";

/** Starting the change project from one on the municipality's profile: its title, summary and topics fill the draft. */
export function ProjectChoice(props: { ctx: PageContext; action: string; projects: { id: number; title: string }[]; errors: FieldErrors }) {
  return (
    <section class="kern-stack" aria-labelledby="vorhaben">
      <h2 class="kern-heading-medium" id="vorhaben">
        Vorhaben aus dem Profil übernehmen
      </h2>
      <form method="post" action={props.action} class="kern-stack">
        <CsrfField token={props.ctx.csrfToken} />
        <SelectField
          name="changeProjectId"
          label={fieldLabels.changeProjectId}
          hint="Titel, Beschreibung und Themen ersetzen die Angaben zum Vorhaben im Entwurf."
          options={props.projects.map((p) => ({ value: String(p.id), label: p.title }))}
          errors={props.errors}
        />
        <div>
          <SubmitButton label="Vorhaben übernehmen" kind="secondary" />
        </div>
      </form>
    </section>
  );
}
