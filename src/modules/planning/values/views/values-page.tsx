import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { TableHead } from "../../../../platform/views/components.tsx";
import { CsrfField, ErrorSummary, FieldError, SelectField, SubmitButton } from "../../../../platform/views/form.tsx";
import { formatDateTime } from "../../../../platform/dates.ts";
import { formatNumber } from "../../../../platform/numbers.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { PlanningNav } from "../../views/nav.tsx";
import type { SavedMapping, ValueImport } from "../queries.ts";
import { importTexts, statusLabels } from "../texts.ts";

export interface ValuesPageProps {
  ctx: PageContext;
  base: string;
  municipality: string;
  canEdit: boolean;
  mappings: SavedMapping[];
  imports: ValueImport[];
  errors: FieldErrors;
}

/** What a file has to look like, in plain words. */
function FormatHelp() {
  return (
    <details class="kern-accordion">
      <summary class="kern-accordion__header">
        <span class="kern-title">Welche Dateien passen?</span>
      </summary>
      <div class="kern-accordion__body kern-stack">
        <p class="kern-body">
          Am einfachsten ist eine Tabelle mit einer Zeile je Wert und diesen Spalten: <code>Gebiet;Zeitraum;Indikator;Wert</code>, dazu auf Wunsch{" "}
          <code>Fallzahl</code>. „Gebiet“ ist der Schlüssel des Planungsraums (mit führenden Nullen, etwa <code>0101</code>), „Zeitraum“ zum Beispiel{" "}
          <code>2024</code>, „Indikator“ der Schlüssel aus dem Katalog (etwa <code>sgb2_u15</code>). Weitere Spalten werden gemeldet und übergangen. Liefert
          eine Datei einen Wert ohne Fallzahl, bleibt die Fallzahl eines früheren Imports erhalten, damit der Schutz kleiner Zahlen nicht verloren geht.
        </p>
        <p class="kern-body">
          Wir lesen CSV-Dateien mit Semikolon, Komma oder Tabulator als Trennzeichen, in UTF-8 (mit oder ohne BOM) oder Windows-1252, und Excel-Arbeitsmappen
          (XLSX). Zahlen dürfen deutsch geschrieben sein: <code>1.234,5</code>. Eine Zahl wie <code>1.234</code> lesen wir als 1234 – als 1,234 nur dann, wenn
          die übrigen Zahlen der Datei einen Dezimalpunkt haben (etwa <code>12.5</code>) und keine ein Komma. Die Zeichen der amtlichen Statistik werden
          verstanden: <code>.</code> geheim, <code>-</code> nichts vorhanden, <code>x</code> nicht sinnvoll, <code>…</code> und <code>/</code> noch nicht
          verfügbar oder nicht sicher genug.
        </p>
        <p class="kern-body">
          Andere Tabellen – eine Spalte je Indikator oder je Jahr, oder ein Flatfile aus GENESIS und der Regionaldatenbank – ordnen Sie nach dem Hochladen
          einmal zu. Die Zuordnung wird unter einem Namen gespeichert und beim nächsten Mal angeboten.
        </p>
        <p class="kern-body">
          Bevor etwas gespeichert wird, prüfen wir jede Zeile. Gibt es ein Problem, wird nichts gespeichert und Sie sehen jede Stelle mit Zeile und Spalte.
        </p>
      </div>
    </details>
  );
}

function UploadForm(props: ValuesPageProps) {
  const id = "datei";
  const error = props.errors.datei;
  return (
    <form method="post" action={`${props.base}/werte/import`} enctype="multipart/form-data" class="kern-stack" novalidate>
      <CsrfField token={props.ctx.csrfToken} />
      <div class={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
        <label class="kern-label" for={id}>
          Datei mit Werten (CSV oder XLSX, höchstens 50 MB)
        </label>
        <input
          class={`kern-form-input__input${error ? " kern-form-input__input--error" : ""}`}
          type="file"
          id={id}
          name={id}
          accept=".csv,.txt,.tsv,.xlsx"
          aria-describedby={error ? `${id}-error` : undefined}
          aria-invalid={error ? "true" : undefined}
        />
        <FieldError id={id} error={error} />
      </div>
      {props.mappings.length > 0 && (
        <SelectField
          name="zuordnung"
          label="Gespeicherte Zuordnung"
          optional
          hint="Leer lassen bei einer Tabelle Gebiet;Zeitraum;Indikator;Wert oder um die Spalten neu zuzuordnen."
          options={[{ value: "", label: "keine" }, ...props.mappings.map((mapping) => ({ value: mapping.name, label: mapping.name }))]}
          errors={props.errors}
        />
      )}
      <div>
        <SubmitButton label="Hochladen und prüfen" />
      </div>
    </form>
  );
}

function RecentImports({ base, imports }: { base: string; imports: ValueImport[] }) {
  if (imports.length === 0) return <p class="kern-body">Noch keine Importe.</p>;
  return (
    <section class="kern-table-responsive" tabIndex={0} aria-label="Letzte Importe">
      <table class="kern-table kern-table--striped">
        <caption class="kern-title">Letzte Importe</caption>
        <TableHead columns={["Datei", "Zeitpunkt", "Stand", { label: "Werte", numeric: true }]} />
        <tbody class="kern-table__body">
          {imports.map((entry) => (
            <tr class="kern-table__row">
              <td class="kern-table__cell">
                <a class="kern-link" href={`${base}/werte/import/${entry.id}`}>
                  {entry.filename}
                </a>
              </td>
              <td class="kern-table__cell">{formatDateTime(entry.createdAt)}</td>
              <td class="kern-table__cell">{statusLabels[entry.status] ?? entry.status}</td>
              <td class="kern-table__cell kern-table__cell--numeric">{formatNumber(entry.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The value import: the upload form with the format in plain words, the saved mappings and the recent imports. */
export function ValuesPage(props: ValuesPageProps) {
  return (
    <Layout ctx={props.ctx} title={importTexts.title} crumbs={[{ label: props.municipality, href: props.base }, { label: importTexts.title }]}>
      <PlanningNav base={props.base} current="/werte" />
      <h1 class="kern-heading-large">{importTexts.title}</h1>
      <ErrorSummary errors={props.errors} labels={{ datei: "Datei", zuordnung: "Gespeicherte Zuordnung" }} />
      <FormatHelp />
      {props.canEdit ? <UploadForm {...props} /> : <p class="kern-body">Werte importieren können die Planungsfachkräfte und die Leitung Ihrer Kommune.</p>}
      <h2 class="kern-heading-medium">Gespeicherte Zuordnungen</h2>
      {props.mappings.length === 0 ? (
        <p class="kern-body">Noch keine. Eine Zuordnung entsteht, wenn Sie eine Tabelle in einer anderen Form hochladen.</p>
      ) : (
        <ul class="kern-list">
          {props.mappings.map((mapping) => (
            <li>
              {mapping.name} ({mapping.mapping.values.length} {mapping.mapping.values.length === 1 ? "Wertespalte" : "Wertespalten"})
            </li>
          ))}
        </ul>
      )}
      <h2 class="kern-heading-medium">Letzte Importe</h2>
      <RecentImports base={props.base} imports={props.imports} />
    </Layout>
  );
}
