import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { kinds } from "../reference.ts";
import type { Chapter, Section } from "../queries.ts";
import { texts } from "../texts.ts";
import { ConfirmDeleteForm } from "../../podcast/views/confirm-delete.tsx";
import { editorCrumbs } from "./editor.tsx";
import { CsrfField, ErrorSummary, SelectField, SubmitButton, TextArea, TextField } from "../../../../platform/views/form.tsx";

export interface SectionFormProps {
  ctx: PageContext;
  chapter: Chapter;
  section: Section | null;
  values: Record<string, string>;
  errors: FieldErrors;
  deleteError?: string;
}

/** Deleting the section, once the box is ticked. */
function DeleteSection(props: SectionFormProps & { section: Section }) {
  const section = props.section;
  return (
    <section aria-labelledby="abschnitt-loeschen" class="kern-stack">
      <h2 class="kern-heading-medium" id="abschnitt-loeschen">
        Abschnitt löschen
      </h2>
      <ConfirmDeleteForm
        action={`/change-guide/redaktion/abschnitte/${section.id}/loeschen`}
        csrfToken={props.ctx.csrfToken}
        confirm={`Ja, den Abschnitt „${section.title}“ löschen`}
        button="Abschnitt löschen"
        error={props.deleteError}
      />
    </section>
  );
}

/** Writing a section of a chapter: its kind, title, Markdown text and position. */
export function SectionFormPage(props: SectionFormProps) {
  const { chapter, section, values, errors } = props;
  const title = section ? `Abschnitt bearbeiten: ${section.title}` : `Neuer Abschnitt in „${chapter.title}“`;
  return (
    <Layout
      ctx={props.ctx}
      title={title}
      crumbs={editorCrumbs(
        { label: chapter.title, href: `/change-guide/redaktion/kapitel/${chapter.id}` },
        { label: section ? section.title : "Neuer Abschnitt" },
      )}
    >
      <h1 class="kern-heading-large">{title}</h1>
      <ErrorSummary errors={errors} labels={texts.sectionLabels} />
      <form
        method="post"
        action={section ? `/change-guide/redaktion/abschnitte/${section.id}` : `/change-guide/redaktion/kapitel/${chapter.id}/abschnitte/neu`}
        class="kern-stack"
        novalidate
      >
        <CsrfField token={props.ctx.csrfToken} />
        <SelectField
          name="kind"
          label={texts.sectionLabels.kind}
          value={values.kind ?? ""}
          errors={errors}
          options={[{ value: "", label: "Bitte wählen" }, ...Object.entries(kinds).map(([value, k]) => ({ value, label: k.label }))]}
        />
        <TextField name="title" label={texts.sectionLabels.title} value={values.title ?? ""} errors={errors} maxLength={150} />
        <TextArea
          name="body"
          label={texts.sectionLabels.body}
          hint="Einfaches Markdown: Absätze, **fett**, *kursiv*, Listen, Zwischenüberschriften (#) und Links. Bei Reflexionsfragen: eine Frage pro Zeile. HTML wird als Text angezeigt."
          rows={14}
          value={values.body ?? ""}
          errors={errors}
        />
        <TextField
          name="position"
          label={texts.sectionLabels.position}
          hint="Eine ganze Zahl von 1 bis 999; leer lassen für „am Ende“."
          value={values.position ?? ""}
          errors={errors}
          optional
        />
        <div>
          <SubmitButton label="Abschnitt speichern" />
        </div>
      </form>
      {section && <DeleteSection {...props} section={section} />}
    </Layout>
  );
}
