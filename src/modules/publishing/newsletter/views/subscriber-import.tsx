import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert, TableHead } from "../../../../platform/views/components.tsx";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { CsrfField, ErrorSummary, FieldError, SubmitButton } from "../../../../platform/views/form.tsx";
import type { ImportResult } from "../commands/import-subscribers.ts";
import { editorCrumbs } from "./editor.tsx";

export interface ImportPageProps {
  ctx: PageContext;
  errors: FieldErrors;
  result?: ImportResult & { rows: number };
}

const count = (value: number) => value.toLocaleString("de-DE");

/** What the import did: counts, and each refused row with its line and reason. */
function ImportReport({ result }: { result: NonNullable<ImportPageProps["result"]> }) {
  const facts: [string, number][] = [
    ["Zeilen in der Datei", result.rows],
    ["neu aufgenommen", result.added],
    ["bisher unbestätigt, jetzt bestätigt", result.confirmed],
    ["schon bestätigt, unverändert", result.unchanged],
    ["abgelehnt", result.problems.length],
  ];
  return (
    <section class="kern-stack" aria-labelledby="ergebnis">
      <h2 class="kern-heading-medium" id="ergebnis">
        Ergebnis des Imports
      </h2>
      <Alert
        kind={result.problems.length ? "warning" : "success"}
        title={`${count(result.added + result.confirmed)} von ${count(result.rows)} Zeilen übernommen`}
      />
      <div class="kern-progress">
        <label
          class="kern-label"
          for="import-fortschritt"
        >{`${count(result.rows - result.problems.length)} von ${count(result.rows)} Zeilen verarbeitet ohne Fehler`}</label>
        <progress id="import-fortschritt" value={result.rows - result.problems.length} max={Math.max(result.rows, 1)} />
      </div>
      <dl class="k360-facts">
        {facts.map(([label, value]) => (
          <>
            <dt>{label}</dt>
            <dd>{count(value)}</dd>
          </>
        ))}
      </dl>
      {result.problems.length > 0 && (
        <div class="kern-table-responsive">
          <table class="kern-table kern-table--striped">
            <caption class="kern-title">Abgelehnte Zeilen: Bitte ergänzen Sie den Nachweis und importieren Sie diese Zeilen erneut.</caption>
            <TableHead columns={[{ label: "Zeile", numeric: true }, "E-Mail", "Grund"]} />
            <tbody class="kern-table__body">
              {result.problems.map((problem) => (
                <tr class="kern-table__row">
                  <td class="kern-table__cell kern-table__cell--numeric">{problem.line}</td>
                  <td class="kern-table__cell">{problem.email || "–"}</td>
                  <td class="kern-table__cell">{problem.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Importing a list of subscribers, each only with the proof of consent; then what became of each row. */
export function SubscriberImportPage(props: ImportPageProps) {
  const title = "Liste mit Einwilligungen importieren";
  const fileError = props.errors.datei;
  return (
    <Layout
      ctx={props.ctx}
      title={title}
      crumbs={[...editorCrumbs, { label: "Abonnent:innen", href: "/newsletter/redaktion/abonnenten" }, { label: "Import" }]}
    >
      <h1 class="kern-heading-large">{title}</h1>
      {props.result && <ImportReport result={props.result} />}
      <p class="kern-body">
        Importieren Sie nur Adressen, deren Einwilligung Sie nachweisen können. Jede Zeile braucht die E-Mail-Adresse, das Datum der Einwilligung und ihre
        Quelle (wie und wo eingewilligt wurde). Importierte Adressen gelten als bestätigt; der Nachweis wird gespeichert und ist in der Auskunft über
        gespeicherte Daten enthalten.
      </p>
      <ErrorSummary errors={props.errors} labels={{ datei: "CSV-Datei" }} />
      <form method="post" action="/newsletter/redaktion/abonnenten/import" encType="multipart/form-data" class="kern-stack" novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <div class={`kern-form-input${fileError ? " kern-form-input--error" : ""}`}>
          <label class="kern-label" for="datei">
            CSV-Datei
          </label>
          <div class="kern-hint" id="datei-hint">
            Erste Zeile: „E-Mail;Einwilligung am;Quelle“. Trennzeichen Semikolon oder Komma, Datum als TT.MM.JJJJ, gespeichert als „CSV UTF-8“ oder „CSV
            (Trennzeichen-getrennt)“ aus Excel; höchstens 5.000 Zeilen und 2 MB.
          </div>
          <input
            class="kern-form-input__input"
            type="file"
            id="datei"
            name="datei"
            accept=".csv,text/csv"
            aria-describedby={fileError ? "datei-hint datei-error" : "datei-hint"}
            aria-invalid={fileError ? "true" : undefined}
          />
          <FieldError id="datei" error={fileError} />
        </div>
        <div>
          <SubmitButton label="Liste importieren" />
        </div>
      </form>
    </Layout>
  );
}
