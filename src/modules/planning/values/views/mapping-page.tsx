import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { CsrfField, ErrorSummary, FieldError, SelectField, SubmitButton, TextField } from "../../../../platform/views/form.tsx";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { PlanningNav } from "../../views/nav.tsx";
import type { Indicator } from "../../queries.ts";
import type { MappingForm } from "../rules/mapping-form.ts";
import type { Cell } from "../rules/table.ts";
import { importTexts, mappingLabels } from "../texts.ts";

export interface MappingPageProps {
  ctx: PageContext;
  base: string;
  municipality: string;
  action: string;
  filename: string;
  header: string[];
  samples: Cell[][];
  sheets: string[];
  indicators: Indicator[];
  savedNames: string[];
  form: MappingForm;
  errors: FieldErrors;
  /** A note above the form: the file is a GENESIS flat file, a saved mapping was filled in. */
  note?: string;
}

const columnOptions = (header: string[], none: string) => [{ value: "", label: none }, ...header.filter(Boolean).map((name) => ({ value: name, label: name }))];

function roleOptions(column: string, indicators: Indicator[]) {
  return [
    { value: "", label: "ignorieren" },
    { value: "wert", label: "Werte (Indikator und Zeitraum wie oben gewählt)" },
    { value: "zeitraum", label: `Werte des Zeitraums „${column}“ (Indikator wie oben)` },
    ...indicators.map((indicator) => ({ value: `ind:${indicator.key}`, label: `Werte von „${indicator.name}“ (${indicator.key})` })),
  ];
}

function ColumnTable(props: MappingPageProps) {
  return (
    <fieldset class="kern-fieldset" id="spalten">
      <legend class="kern-label">Was steht in den Spalten?</legend>
      <FieldError id="spalten" error={props.errors.spalten} />
      <section class="kern-table-responsive" tabIndex={0} aria-label="Spalten der Datei mit den ersten Werten">
        <table class="kern-table kern-table--striped">
          <caption class="kern-title">Spalten der Datei mit den ersten Werten</caption>
          <thead>
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="col">
                Spalte
              </th>
              <th class="kern-table__header" scope="col">
                Beispiele
              </th>
              <th class="kern-table__header" scope="col">
                Bedeutung
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {props.header.map((column, index) => (
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="row">
                  {column || `(Spalte ${index + 1} ohne Überschrift)`}
                </th>
                <td class="kern-table__cell">{props.samples.map((row) => String(row[index] ?? "")).join(" · ")}</td>
                <td class="kern-table__cell">
                  <label class="kern-label kern-sr-only" for={`rolle-${index}`}>
                    Bedeutung der Spalte „{column}“
                  </label>
                  <div class="kern-form-input__select-wrapper">
                    <select class="kern-form-input__select" id={`rolle-${index}`} name="rolle[]">
                      {roleOptions(column, props.indicators).map((option) => (
                        <option value={option.value} selected={(props.form.rolle[index] ?? "") === option.value}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </fieldset>
  );
}

function SavedMappings(props: MappingPageProps) {
  if (props.savedNames.length === 0) return null;
  return (
    <form method="post" action={props.action} class="kern-stack">
      <CsrfField token={props.ctx.csrfToken} />
      <SelectField
        name="gespeichert"
        label="Gespeicherte Zuordnung verwenden"
        options={props.savedNames.map((name) => ({ value: name, label: name }))}
        value={props.form.name}
        errors={props.errors}
      />
      <div>
        <SubmitButton label="Mit dieser Zuordnung importieren" kind="secondary" />
      </div>
    </form>
  );
}

function SheetChoice(props: MappingPageProps) {
  if (props.sheets.length < 2) return null;
  return (
    <form method="get" action={props.action} class="kern-stack">
      <SelectField
        name="blatt"
        label={mappingLabels.blatt}
        options={props.sheets.map((sheet) => ({ value: sheet, label: sheet }))}
        value={props.form.blatt || props.sheets[0]}
      />
      <div>
        <SubmitButton label="Blatt anzeigen" kind="secondary" />
      </div>
    </form>
  );
}

/** Where period and indicator come from: a column, or one value for the whole file. */
function SourceFields({ form, errors, header, indicators }: MappingPageProps) {
  const indicatorOptions = [
    { value: "", label: "keiner" },
    ...indicators.map((indicator) => ({ value: indicator.key, label: `${indicator.name} (${indicator.key})` })),
  ];
  return (
    <>
      <SelectField
        name="zeitraum_spalte"
        label={mappingLabels.zeitraum_spalte}
        hint="Keine Spalte, wenn alle Werte aus demselben Zeitraum sind oder jede Spalte ein Jahr ist."
        options={columnOptions(header, "keine")}
        value={form.zeitraum_spalte}
        errors={errors}
      />
      <TextField
        name="zeitraum"
        label={mappingLabels.zeitraum}
        optional
        hint="Zum Beispiel 2024, wenn die Datei keine Spalte dafür hat."
        value={form.zeitraum}
        errors={errors}
      />
      <SelectField
        name="indikator_spalte"
        label={mappingLabels.indikator_spalte}
        options={columnOptions(header, "keine")}
        value={form.indikator_spalte}
        errors={errors}
      />
      <SelectField
        name="indikator"
        label={mappingLabels.indikator}
        hint="Wenn alle Werte zu einem Indikator gehören."
        options={indicatorOptions}
        value={form.indikator}
        errors={errors}
      />
    </>
  );
}

function MappingFields(props: MappingPageProps) {
  const { form, errors, header } = props;
  return (
    <form method="post" action={props.action} class="kern-stack" novalidate>
      <CsrfField token={props.ctx.csrfToken} />
      <input type="hidden" name="blatt" value={form.blatt} />
      <SelectField name="gebiet" label={mappingLabels.gebiet} options={columnOptions(header, "bitte wählen")} value={form.gebiet} errors={errors} />
      <SourceFields {...props} />
      <SelectField
        name="fallzahl_spalte"
        label={mappingLabels.fallzahl_spalte}
        options={columnOptions(header, "keine")}
        value={form.fallzahl_spalte}
        errors={errors}
      />
      <ColumnTable {...props} />
      <TextField
        name="name"
        label={mappingLabels.name}
        hint="Unter diesem Namen bieten wir die Zuordnung beim nächsten Mal an."
        value={form.name}
        errors={errors}
      />
      <div>
        <SubmitButton label="Zuordnung speichern und importieren" />
      </div>
    </form>
  );
}

/** The mapping step: which column holds the area key, the period, the indicator and the values. */
export function MappingPage(props: MappingPageProps) {
  return (
    <Layout
      ctx={props.ctx}
      title="Spalten zuordnen"
      crumbs={[{ label: props.municipality, href: props.base }, { label: importTexts.title, href: `${props.base}/werte` }, { label: "Spalten zuordnen" }]}
    >
      <PlanningNav base={props.base} current="/werte" />
      <h1 class="kern-heading-large">Spalten zuordnen: {props.filename}</h1>
      <ErrorSummary errors={props.errors} labels={{ ...mappingLabels, gespeichert: "Gespeicherte Zuordnung" }} />
      {props.note && <p class="kern-body">{props.note}</p>}
      <SavedMappings {...props} />
      <SheetChoice {...props} />
      <MappingFields {...props} />
    </Layout>
  );
}
