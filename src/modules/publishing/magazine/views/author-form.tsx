import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { magazineCrumbs } from "./parts.tsx";
import { CsrfField, ErrorSummary, SubmitButton, TextArea, TextField } from "../../../../platform/views/form.tsx";

const labels = { name: "Name", role: "Rolle", bio: "Kurzbiografie", email: "E-Mail-Adresse" };

/** The form's fields as it shows them. */
export type AuthorValues = Record<keyof typeof labels, string>;

/** Adding or changing an author of the Magazin. */
export function AuthorForm({ ctx, id, values, errors }: { ctx: PageContext; id: number | null; values: AuthorValues; errors: FieldErrors }) {
  const title = id ? "Autor:in bearbeiten" : "Autor:in hinzufügen";
  return (
    <Layout ctx={ctx} title={title} crumbs={magazineCrumbs({ label: "Redaktion", href: "/magazin/redaktion" }, { label: title })}>
      <h1 class="kern-heading-large">{title}</h1>
      <ErrorSummary errors={errors} labels={labels} />
      <form method="post" action={id ? `/magazin/redaktion/autorinnen/${id}` : "/magazin/redaktion/autorinnen/neu"} class="kern-stack" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextField name="name" label={labels.name} value={values.name} errors={errors} maxLength={120} autocomplete="off" />
        <TextField
          name="role"
          label={labels.role}
          hint="Zum Beispiel „Projektleitung Kommune 360°“ oder „Jugendhilfeplanerin in Leipzig“"
          value={values.role}
          errors={errors}
          optional
          maxLength={120}
        />
        <TextArea name="bio" label={labels.bio} hint="Wird auf der Seite der Autorin oder des Autors gezeigt." value={values.bio} errors={errors} optional />
        <TextField
          name="email"
          type="email"
          label={labels.email}
          hint="Wird nie veröffentlicht. An diese Adresse schicken wir Hinweise auf neue Kommentare."
          value={values.email}
          errors={errors}
          optional
          autocomplete="off"
        />
        <div>
          <SubmitButton label="Speichern" />
        </div>
      </form>
    </Layout>
  );
}
