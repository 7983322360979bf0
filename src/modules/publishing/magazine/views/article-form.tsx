import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { articleLimits, relatedFields } from "../schemas.ts";
import type { FormOptions, FormValues } from "../queries/editor.ts";
import { magazineCrumbs } from "./parts.tsx";
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

/** Writing or changing an article; every save keeps a revision. */
export function ArticleForm(props: ArticleFormProps) {
  const values = props.values;
  const errors = props.errors;
  const str = (k: string) => (typeof values[k] === "string" ? (values[k] as string) : "");
  const list = (k: string) => (Array.isArray(values[k]) ? (values[k] as string[]) : str(k) ? [str(k)] : []);
  const article = props.article;
  const title = article ? "Beitrag bearbeiten" : "Neuer Beitrag";
  return (
    <Layout ctx={props.ctx} title={title} crumbs={magazineCrumbs({ label: "Redaktion", href: "/magazin/redaktion" }, { label: title })}>
      <h1 class="kern-heading-large">{title}</h1>
      {article && (
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
          {article.state !== "Entwurf" && (
            <p class="kern-body">„Als Entwurf speichern“ nimmt den Beitrag aus dem Magazin, bis Sie ihn wieder veröffentlichen.</p>
          )}
        </Alert>
      )}
      <ErrorSummary errors={errors} labels={articleLabels} />
      <form method="post" action={article ? `/magazin/redaktion/beitraege/${article.id}` : "/magazin/redaktion/neu"} class="kern-stack" novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <TextField name="title" label={articleLabels.title} value={str("title")} errors={errors} maxLength={articleLimits.title} />
        <TextArea
          name="teaser"
          label={articleLabels.teaser}
          hint={`Ein bis drei Sätze für Listen, Suche und Feeds, höchstens ${articleLimits.teaser} Zeichen.`}
          rows={3}
          value={str("teaser")}
          errors={errors}
        />
        <TextArea
          name="body"
          label={articleLabels.body}
          hint="In Markdown: Leerzeile für einen neuen Absatz, ## für Zwischenüberschriften, **fett**, - für Listen, [Linktext](https://…). Bilder laden Sie unter „Bilder hochladen“ hoch und fügen die dort angezeigte Zeile ein."
          rows={20}
          value={str("body")}
          errors={errors}
        />
        <p class="kern-body">
          <a class="kern-link" href="/magazin/redaktion/bilder">
            Bilder hochladen
          </a>{" "}
          (speichern Sie vorher Ihren Text)
        </p>
        <CheckboxGroup
          name="authors"
          legend={articleLabels.authors}
          options={props.options.authors}
          checked={list("authors")}
          errors={errors}
          hint="Fehlt jemand? Legen Sie die Person in der Redaktion unter „Autor:in hinzufügen“ an."
        />
        <TextField
          name="publishDate"
          type="date"
          label={articleLabels.publishDate}
          hint="Leer lassen, um beim Veröffentlichen das heutige Datum zu nehmen. Ein Datum in der Zukunft plant den Beitrag: Er erscheint dann von selbst."
          value={str("publishDate")}
          errors={errors}
          optional
        />
        <TextField
          name="publishTime"
          label={articleLabels.publishTime}
          hint="Stunden und Minuten, zum Beispiel 09:30 (deutsche Zeit)"
          value={str("publishTime")}
          errors={errors}
          optional
          maxLength={5}
        />
        <TextField
          name="tags"
          label={articleLabels.tags}
          hint="Durch Kommas getrennt, zum Beispiel: Beteiligung, Fellow-Tag"
          value={str("tags")}
          errors={errors}
          optional
          maxLength={articleLimits.tags}
        />
        <fieldset class="kern-fieldset">
          <legend class="kern-label">Mehr zum Thema</legend>
          <div class="kern-hint">Ohne Auswahl zeigt die Seite Beiträge mit denselben Schlagwörtern und ähnlichem Inhalt.</div>
          <div class="kern-fieldset__body">
            {relatedFields.map((f) => (
              <SelectField
                name={f}
                label={articleLabels[f]}
                value={str(f)}
                errors={errors}
                optional
                options={[{ value: "", label: "Automatisch" }, ...props.options.articles]}
              />
            ))}
          </div>
        </fieldset>
        <CheckboxGroup
          name="municipalities"
          legend={articleLabels.municipalities}
          hint="Fellow-Kommunen und bereits verknüpfte Kommunen"
          options={props.options.municipalities}
          checked={list("municipalities")}
          errors={errors}
        />
        <TextField
          name="moreMunicipalities"
          label={articleLabels.moreMunicipalities}
          hint="Amtlicher Gemeindeschlüssel, mehrere durch Kommas getrennt, zum Beispiel 05314"
          value={str("moreMunicipalities")}
          errors={errors}
          optional
          maxLength={articleLimits.moreMunicipalities}
        />
        {props.options.events.length > 0 && (
          <CheckboxGroup name="events" legend={articleLabels.events} options={props.options.events} checked={list("events")} errors={errors} />
        )}
        <Checkbox name="commentsOpen" label="Kommentare zulassen" checked={str("commentsOpen") === "ja"} />
        <div>
          <button type="submit" name="aktion" value="entwurf" class="kern-btn kern-btn--secondary">
            <span class="kern-label">Als Entwurf speichern</span>
          </button>{" "}
          <button type="submit" name="aktion" value="veroeffentlichen" class="kern-btn kern-btn--primary">
            <span class="kern-label">Veröffentlichen</span>
          </button>
        </div>
      </form>
    </Layout>
  );
}
