import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { formatDateTime } from "../../../../platform/dates.ts";
import { editLabels, limits } from "../texts.ts";
import { moderationCrumbs } from "./crumbs.ts";
import { CsrfField, ErrorSummary, SubmitButton, TextArea, TextField } from "../../../../platform/views/form.tsx";

export interface EditPageProps {
  ctx: PageContext;
  id: number;
  articleTitle: string;
  createdAt: Date;
  values: { commentName: string; commentBody: string };
  errors: FieldErrors;
}

/** The moderation corrects typos in a comment; readers then see that it was edited. */
export function EditPage({ ctx, id, articleTitle, createdAt, values, errors }: EditPageProps) {
  return (
    <Layout ctx={ctx} title="Kommentar bearbeiten" crumbs={moderationCrumbs({ label: "Kommentar bearbeiten" })}>
      <h1 class="kern-heading-large">Kommentar bearbeiten</h1>
      <p class="kern-body">
        Kommentar vom {formatDateTime(createdAt)} zum Beitrag „{articleTitle}“. Korrigieren Sie nur Tippfehler oder kürzen Sie, was gegen die Netiquette
        verstößt; unter dem Kommentar steht dann „bearbeitet von der Moderation“.
      </p>
      <ErrorSummary errors={errors} labels={editLabels} />
      <form method="post" action={`/magazin/kommentare/${id}/bearbeiten`} class="kern-stack" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextField name="commentName" label={editLabels.commentName} value={values.commentName} errors={errors} maxLength={limits.name} />
        <TextArea name="commentBody" label={editLabels.commentBody} value={values.commentBody} errors={errors} rows={8} />
        <div>
          <SubmitButton label="Änderung speichern" />{" "}
          <a class="kern-btn kern-btn--tertiary" href="/magazin/kommentare">
            <span class="kern-label">Abbrechen</span>
          </a>
        </div>
      </form>
    </Layout>
  );
}
