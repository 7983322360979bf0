import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { editorCrumbs } from "./parts.tsx";
import { CsrfField, ErrorSummary, SubmitButton, TextArea, TextField } from "../../../../platform/views/form.tsx";

const labels = { number: "Nummer der Staffel", title: "Titel", slug: "Sprungmarke auf der Podcast-Seite", description: "Beschreibung" };

export interface SeasonFormProps {
  ctx: PageContext;
  id: number | null;
  values: Record<string, string>;
  errors: FieldErrors;
}

/** A season's number, title and what it is about. */
export function SeasonForm(props: SeasonFormProps) {
  const title = props.id ? `Staffel ${props.values.number ?? ""} bearbeiten` : "Neue Staffel anlegen";
  const values = props.values;
  return (
    <Layout ctx={props.ctx} title={title} crumbs={editorCrumbs({ label: title })}>
      <h1 class="kern-heading-large">{title}</h1>
      <ErrorSummary errors={props.errors} labels={labels} />
      <form
        method="post"
        action={props.id ? `/podcast/redaktion/staffeln/${props.id}/bearbeiten` : "/podcast/redaktion/staffeln/neu"}
        class="kern-stack"
        novalidate
      >
        <CsrfField token={props.ctx.csrfToken} />
        <TextField name="number" type="number" label={labels.number} value={values.number} errors={props.errors} />
        <TextField
          name="title"
          label={labels.title}
          hint="Das Schwerpunktthema, zum Beispiel „Die kooperative Kommune“"
          value={values.title}
          errors={props.errors}
          maxLength={150}
        />
        <TextField
          name="slug"
          label={labels.slug}
          hint="Die Staffel ist dann unter /podcast#sprungmarke direkt erreichbar. Kleinbuchstaben, Ziffern und Bindestriche; leer lassen, um sie aus dem Titel zu bilden."
          value={values.slug}
          errors={props.errors}
          optional
        />
        <TextArea name="description" label={labels.description} value={values.description} errors={props.errors} optional />
        <div>
          <SubmitButton label="Staffel speichern" />
        </div>
      </form>
    </Layout>
  );
}
