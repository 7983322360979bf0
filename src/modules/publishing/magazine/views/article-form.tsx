import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { articleLimits, relatedFields } from "../schemas.ts";
import type { FormOptions, FormValues } from "../queries/editor.ts";
import { magazineCrumbs } from "./parts.tsx";
import { isFutureDate } from "../rules/article-state.ts";
import { publishLabels } from "../texts.ts";
import { Checkbox, CheckboxGroup, CsrfField, ErrorSummary, SelectField, TextArea, TextField } from "../../../../platform/views/form.tsx";

export const articleLabels: Record<string, string> = {
  title: "Titel",
  teaser: "Kurzbeschreibung",
  body: "Text",
  authors: "Autor:innen",
  publishDate: "Datum der Veröffentlichung",
  publishTime: "Uhrzeit",
  tags: "Schlagwörter",
  related1: "Mehr zum Thema: erster Beitrag",
  related2: "Mehr zum Thema: zweiter Beitrag",
  related3: "Mehr zum Thema: dritter Beitrag",
  municipalities: "Kommunen im Beitrag",
  moreMunicipalities: "Weitere Kommunen",
  events: "Termine zum Beitrag",
};

export interface ArticleFormProps {
  ctx: PageContext;
  article: { id: number; slug: string; state: string } | null;
  values: FormValues;
  errors: FieldErrors;
  options: FormOptions;
}

interface PartProps {
  values: FormValues;
  errors: FieldErrors;
  options: FormOptions;
}

const str = (values: FormValues, key: string) => (typeof values[key] === "string" ? (values[key] as string) : "");
const list = (values: FormValues, key: string) => (Array.isArray(values[key]) ? (values[key] as string[]) : str(values, key) ? [str(values, key)] : []);

/** Where a stored article stands, with its preview and its earlier versions. */
function StateNote({ article }: { article: { id: number; slug: string; state: string } }) {
  return (
    <Alert kind="info" title={`Stand: ${article.state}`}>
      <p class="kern-body">
        <a class="kern-link" href={`/magazin/${article.slug}?vorschau=1`}>
          Beitrag ansehen
        </a>{" "}
        ·{" "}
        <a class="kern-link" href={`/magazin/redaktion/beitraege/${article.id}/versionen`}>
          Frühere Versionen
        </a>
      </p>
      {article.state !== "Entwurf" && <p class="kern-body">„Als Entwurf speichern“ nimmt den Beitrag aus dem Magazin, bis Sie ihn wieder veröffentlichen.</p>}
    </Alert>
  );
}

/** Title, teaser and text. */
function TextFields({ values, errors }: PartProps) {
  return (
    <>
      <TextField name="title" label={articleLabels.title} value={str(values, "title")} errors={errors} maxLength={articleLimits.title} />
      <TextArea
        name="teaser"
        label={articleLabels.teaser}
        hint={`Ein bis drei Sätze für Listen, Suche und Feeds, höchstens ${articleLimits.teaser} Zeichen.`}
        rows={3}
        value={str(values, "teaser")}
        errors={errors}
      />
      <TextArea
        name="body"
        label={articleLabels.body}
        hint="In Markdown: Leerzeile für einen neuen Absatz, ## für Zwischenüberschriften, **fett**, - für Listen, [Linktext](https://…). Bilder laden Sie unter „Bilder hochladen“ hoch und fügen die dort angezeigte Zeile ein."
        rows={20}
        value={str(values, "body")}
        errors={errors}
      />
      <p class="kern-body">
        <a class="kern-link" href="/magazin/redaktion/bilder">
          Bilder hochladen
        </a>{" "}
        (speichern Sie vorher Ihren Text)
      </p>
    </>
  );
}

/** Who wrote it, when it appears, its tags. */
function PublicationFields({ values, errors, options }: PartProps) {
  return (
    <>
      <CheckboxGroup
        name="authors"
        legend={articleLabels.authors}
        options={options.authors}
        checked={list(values, "authors")}
        errors={errors}
        hint="Fehlt jemand? Legen Sie die Person in der Redaktion unter „Autor:in hinzufügen“ an."
      />
      <TextField
        name="publishDate"
        type="date"
        label={articleLabels.publishDate}
        hint="Leer lassen, um beim Veröffentlichen das heutige Datum zu nehmen. Ein Datum in der Zukunft plant den Beitrag ein: Er erscheint dann von selbst (der Knopf heißt dann „Einplanen“)."
        value={str(values, "publishDate")}
        errors={errors}
        optional
      />
      <TextField
        name="publishTime"
        label={articleLabels.publishTime}
        hint="Stunden und Minuten, zum Beispiel 09:30 (deutsche Zeit)"
        value={str(values, "publishTime")}
        errors={errors}
        optional
        maxLength={5}
      />
      <TextField
        name="tags"
        label={articleLabels.tags}
        hint="Durch Kommas getrennt, zum Beispiel: Beteiligung, Fellow-Tag"
        value={str(values, "tags")}
        errors={errors}
        optional
        maxLength={articleLimits.tags}
      />
    </>
  );
}

/** "Mehr zum Thema", the municipalities and the events it links to. */
function LinkFields({ values, errors, options }: PartProps) {
  return (
    <>
      <fieldset class="kern-fieldset">
        <legend class="kern-label">Mehr zum Thema</legend>
        <div class="kern-hint">Ohne Auswahl zeigt die Seite Beiträge mit denselben Schlagwörtern und ähnlichem Inhalt.</div>
        <div class="kern-fieldset__body">
          {relatedFields.map((f) => (
            <SelectField
              name={f}
              label={articleLabels[f]}
              value={str(values, f)}
              errors={errors}
              optional
              options={[{ value: "", label: "Automatisch" }, ...options.articles]}
            />
          ))}
        </div>
      </fieldset>
      <CheckboxGroup
        name="municipalities"
        legend={articleLabels.municipalities}
        hint="Fellow-Kommunen und bereits verknüpfte Kommunen"
        options={options.municipalities}
        checked={list(values, "municipalities")}
        errors={errors}
      />
      <TextField
        name="moreMunicipalities"
        label={articleLabels.moreMunicipalities}
        hint="Amtlicher Gemeindeschlüssel, mehrere durch Kommas getrennt, zum Beispiel 05314"
        value={str(values, "moreMunicipalities")}
        errors={errors}
        optional
        maxLength={articleLimits.moreMunicipalities}
      />
      {options.events.length > 0 && (
        <CheckboxGroup name="events" legend={articleLabels.events} options={options.events} checked={list(values, "events")} errors={errors} />
      )}
    </>
  );
}

/** Writing or changing an article; every save keeps a revision. */
export function ArticleForm(props: ArticleFormProps) {
  const { values, errors, options, article } = props;
  const title = article ? "Beitrag bearbeiten" : "Neuer Beitrag";
  return (
    <Layout ctx={props.ctx} title={title} crumbs={magazineCrumbs({ label: "Redaktion", href: "/magazin/redaktion" }, { label: title })}>
      <h1 class="kern-heading-large">{title}</h1>
      {article && <StateNote article={article} />}
      <ErrorSummary errors={errors} labels={articleLabels} />
      <form method="post" action={article ? `/magazin/redaktion/beitraege/${article.id}` : "/magazin/redaktion/neu"} class="kern-stack" novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <TextFields values={values} errors={errors} options={options} />
        <PublicationFields values={values} errors={errors} options={options} />
        <LinkFields values={values} errors={errors} options={options} />
        <Checkbox name="commentsOpen" label="Kommentare zulassen" checked={str(values, "commentsOpen") === "ja"} />
        <div>
          <button type="submit" name="aktion" value="entwurf" class="kern-btn kern-btn--secondary">
            <span class="kern-label">Als Entwurf speichern</span>
          </button>{" "}
          <button type="submit" name="aktion" value="veroeffentlichen" class="kern-btn kern-btn--primary">
            <span class="kern-label">
              {isFutureDate(str(values, "publishDate"), str(values, "publishTime")) ? publishLabels.schedule : publishLabels.publish}
            </span>
          </button>
        </div>
      </form>
    </Layout>
  );
}
