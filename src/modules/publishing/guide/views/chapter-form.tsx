import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { levels } from "../reference.ts";
import type { Chapter, Section } from "../queries.ts";
import { texts } from "../texts.ts";
import { KindLabel } from "./parts.tsx";
import { ConfirmDeleteForm } from "../../podcast/views/confirm-delete.tsx";
import { editorCrumbs } from "./editor.tsx";
import { CheckboxGroup, CsrfField, ErrorSummary, FieldError, SelectField, SubmitButton, TextArea, TextField } from "../../../../platform/views/form.tsx";

export interface ChapterFormProps {
  ctx: PageContext;
  chapter: Chapter | null;
  sections: Section[];
  values: Record<string, string | string[]>;
  errors: FieldErrors;
  topics: { slug: string; label: string }[];
  orderErrors?: FieldErrors;
  orderValues?: Record<string, string>;
  deleteError?: string;
  notice?: string;
}

function SectionOrder(props: ChapterFormProps & { chapter: Chapter }) {
  const orderErrors = props.orderErrors ?? {};
  const base = `/change-guide/redaktion/kapitel/${props.chapter.id}`;
  return (
    <section aria-labelledby="abschnitte" class="kern-stack">
      <h2 class="kern-heading-medium" id="abschnitte">
        Abschnitte
      </h2>
      <p class="kern-body">
        <a class="kern-link" href={`${base}/abschnitte/neu`}>
          Abschnitt hinzufügen
        </a>
      </p>
      {props.sections.length === 0 ? (
        <p class="kern-body">Dieses Kapitel hat noch keine Abschnitte.</p>
      ) : (
        <form method="post" action={`${base}/reihenfolge`} class="kern-stack" novalidate>
          <CsrfField token={props.ctx.csrfToken} />
          <ErrorSummary errors={orderErrors} labels={Object.fromEntries(props.sections.map((s) => [`position-${s.id}`, `Position von „${s.title}“`]))} />
          <p class="kern-body">Die Abschnitte erscheinen nach ihrer Position, die kleinste zuerst. Ändern Sie die Zahlen und speichern Sie die Reihenfolge.</p>
          <ol class="kern-list k360-guide-order">
            {props.sections.map((s) => (
              <li>
                <div class={`kern-form-input${orderErrors[`position-${s.id}`] ? " kern-form-input--error" : ""}`}>
                  <label class="kern-label" for={`position-${s.id}`}>
                    Position von „{s.title}“
                  </label>
                  <input
                    class="kern-form-input__input"
                    type="text"
                    inputMode="numeric"
                    id={`position-${s.id}`}
                    name={`position-${s.id}`}
                    value={props.orderValues?.[`position-${s.id}`] ?? String(s.position)}
                    aria-describedby={orderErrors[`position-${s.id}`] ? `position-${s.id}-error` : undefined}
                    aria-invalid={orderErrors[`position-${s.id}`] ? "true" : undefined}
                  />
                  <FieldError id={`position-${s.id}`} error={orderErrors[`position-${s.id}`]} />
                </div>
                <p class="kern-body">
                  <KindLabel kind={s.kind} />{" "}
                  <a class="kern-link" href={`/change-guide/redaktion/abschnitte/${s.id}`}>
                    Abschnitt „{s.title}“ bearbeiten oder löschen
                  </a>
                </p>
              </li>
            ))}
          </ol>
          <div>
            <SubmitButton label="Reihenfolge speichern" kind="secondary" />
          </div>
        </form>
      )}
    </section>
  );
}

/** Deleting the chapter with all its sections, once the box is ticked. */
function DeleteChapter(props: ChapterFormProps & { chapter: Chapter }) {
  const chapter = props.chapter;
  return (
    <section aria-labelledby="kapitel-loeschen" class="kern-stack">
      <h2 class="kern-heading-medium" id="kapitel-loeschen">
        Kapitel löschen
      </h2>
      <ConfirmDeleteForm
        action={`/change-guide/redaktion/kapitel/${chapter.id}/loeschen`}
        csrfToken={props.ctx.csrfToken}
        confirm={`Ja, das Kapitel „${chapter.title}“ mit ${props.sections.length === 1 ? "seinem Abschnitt" : `allen ${props.sections.length} Abschnitten`} löschen`}
        button="Kapitel löschen"
        error={props.deleteError}
      />
    </section>
  );
}

/** The chapter's title, level, position, introduction and topics. */
function ChapterDataForm(props: ChapterFormProps) {
  const { values, errors, chapter } = props;
  const str = (key: string) => (typeof values[key] === "string" ? (values[key] as string) : "");
  const list = (key: string) => (Array.isArray(values[key]) ? (values[key] as string[]) : str(key) ? [str(key)] : []);
  return (
    <form
      method="post"
      action={chapter ? `/change-guide/redaktion/kapitel/${chapter.id}` : "/change-guide/redaktion/kapitel/neu"}
      class="kern-stack"
      novalidate
    >
      <CsrfField token={props.ctx.csrfToken} />
      <TextField name="title" label={texts.chapterLabels.title} value={str("title")} errors={errors} maxLength={150} />
      <SelectField
        name="level"
        label={texts.chapterLabels.level}
        value={str("level")}
        errors={errors}
        options={[{ value: "", label: "Bitte wählen" }, ...Object.entries(levels).map(([value, l]) => ({ value, label: l.label }))]}
      />
      <TextField
        name="position"
        label={texts.chapterLabels.position}
        hint="Eine ganze Zahl von 1 bis 999; leer lassen für „am Ende“."
        value={str("position")}
        errors={errors}
        optional
      />
      <TextArea
        name="intro"
        label={texts.chapterLabels.intro}
        hint="Einfaches Markdown: Absätze, **fett**, *kursiv*, Listen und Links. HTML wird als Text angezeigt."
        rows={6}
        value={str("intro")}
        errors={errors}
        optional
      />
      <CheckboxGroup
        name="topics"
        legend={texts.chapterLabels.topics}
        hint="Ein bis fünf Themen; sie verknüpfen das Kapitel mit Praxisbeispielen und Podcastfolgen."
        options={props.topics.map((t) => ({ value: t.slug, label: t.label }))}
        checked={list("topics")}
        errors={errors}
      />
      <div>
        <SubmitButton label={chapter ? "Kapitel speichern" : "Kapitel anlegen"} />
      </div>
    </form>
  );
}

/** New chapter or an existing one: its data, then (once it exists) its sections and the way to delete it. */
export function ChapterFormPage(props: ChapterFormProps) {
  const chapter = props.chapter;
  const title = chapter ? `Kapitel bearbeiten: ${chapter.title}` : "Neues Kapitel";
  return (
    <Layout ctx={props.ctx} title={title} crumbs={editorCrumbs({ label: chapter ? chapter.title : "Neues Kapitel" })}>
      <h1 class="kern-heading-large">{title}</h1>
      {props.notice && <Alert kind="success" title={props.notice} />}
      {chapter && (
        <p class="kern-body">
          <a class="kern-link" href={`/change-guide/${chapter.slug}`}>
            Öffentliche Seite des Kapitels ansehen
          </a>
        </p>
      )}
      <ErrorSummary errors={props.errors} labels={texts.chapterLabels} />
      <ChapterDataForm {...props} />
      {chapter && <SectionOrder {...props} chapter={chapter} />}
      {chapter && <DeleteChapter {...props} chapter={chapter} />}
    </Layout>
  );
}
