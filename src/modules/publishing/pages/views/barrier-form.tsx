import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import type { BarrierValues } from "../schemas.ts";
import { crumbs } from "./parts.tsx";
import { CsrfField, ErrorSummary, SubmitButton, TextArea, TextField } from "../../../../platform/views/form.tsx";

export const barrierLabels: Record<keyof BarrierValues, string> = {
  pageUrl: "Auf welcher Seite ist die Barriere?",
  description: "Was ist das Problem?",
  name: "Ihr Name",
  email: "Ihre E-Mail-Adresse",
};

const formCrumbs = crumbs({ label: "Barrierefreiheit", href: "/barrierefreiheit" }, { label: "Barriere melden" });

/** The "Barriere melden" form, empty or with the German messages of a failed try. */
export function BarrierFormPage({ ctx, values, errors }: { ctx: PageContext; values: Partial<BarrierValues>; errors: FieldErrors }) {
  return (
    <Layout ctx={ctx} title={Object.keys(errors).length ? "Fehler: Barriere melden" : "Barriere melden"} crumbs={formCrumbs}>
      <h1 class="kern-heading-large">Barriere melden</h1>
      <p class="kern-body">
        Konnten Sie etwas auf dieser Plattform nicht lesen, nicht bedienen oder nicht verstehen? Beschreiben Sie uns bitte, was passiert ist. Ihre Meldung geht
        direkt an das Team der Plattform.
      </p>
      <ErrorSummary errors={errors} labels={barrierLabels} />
      <form method="post" action="/barrierefreiheit/barriere-melden" novalidate class="kern-stack">
        <CsrfField token={ctx.csrfToken} />
        <TextField
          name="pageUrl"
          label={barrierLabels.pageUrl}
          optional
          hint="Die Adresse der Seite, zum Beispiel /termine. Kommen Sie über den Link am Ende einer Seite, ist sie schon eingetragen."
          value={values.pageUrl}
          errors={errors}
          maxLength={500}
        />
        <TextArea
          name="description"
          label={barrierLabels.description}
          hint="Zum Beispiel: Welches Element oder welcher Text ist betroffen, was haben Sie erwartet, und welche Hilfsmittel nutzen Sie (etwa einen Screenreader oder eine Vergrößerung)?"
          value={values.description}
          errors={errors}
          rows={8}
          maxLength={5000}
        />
        <TextField name="name" label={barrierLabels.name} optional autocomplete="name" value={values.name} errors={errors} maxLength={120} />
        <TextField
          name="email"
          label={barrierLabels.email}
          type="email"
          optional
          autocomplete="email"
          hint="Nur wenn Sie eine Antwort möchten. Wir schreiben Ihnen nur zu dieser Meldung."
          value={values.email}
          errors={errors}
          maxLength={254}
        />
        <p class="kern-body">
          Wie wir mit Ihren Angaben umgehen, steht in der{" "}
          <a class="kern-link" href="/datenschutz">
            Datenschutzerklärung
          </a>
          .
        </p>
        <div>
          <SubmitButton label="Barriere melden" />
        </div>
      </form>
    </Layout>
  );
}

/** Shown after a report was stored. */
export function BarrierThanksPage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title="Meldung erhalten" crumbs={formCrumbs}>
      <h1 class="kern-heading-large">Vielen Dank für Ihre Meldung</h1>
      <p class="kern-body">
        Wir haben Ihre Meldung gespeichert und an das Team der Plattform weitergeleitet. Wir sehen uns die Barriere an und beheben sie so schnell wie möglich.
        Wenn Sie eine E-Mail-Adresse angegeben haben, antworten wir Ihnen in der Regel innerhalb von zwei Wochen.
      </p>
      <ul class="kern-list">
        <li>
          <a class="kern-link" href="/barrierefreiheit">
            Zur Erklärung zur Barrierefreiheit
          </a>
        </li>
        <li>
          <a class="kern-link" href="/">
            Zur Startseite
          </a>
        </li>
      </ul>
    </Layout>
  );
}
