import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert, TableHead } from "../../../../platform/views/components.tsx";
import { SelectField, SubmitButton } from "../../../../platform/views/form.tsx";
import type { FieldErrors } from "../../../../platform/forms.ts";
import type { Area } from "../../queries.ts";
import { hiddenLabels, protectedSign } from "../../rules/protection.ts";
import { sharedTexts } from "../../texts.ts";
import { PlanningNav } from "../../views/nav.tsx";
import { valueText } from "../queries.ts";
import type { ProfileRow } from "../rules/profile.ts";
import { compareLabels, mapTexts } from "../texts.ts";
import { SpineChart } from "./profile-parts.tsx";

export interface ComparePageProps {
  ctx: PageContext;
  municipality: { slug: string; name: string };
  base: string;
  areas: Area[];
  periods: string[];
  chosen: { a: string; b: string; zeitraum: string };
  errors: FieldErrors;
  /** Both areas' profiles once both are chosen. */
  compared: { a: Area; b: Area; rowsA: ProfileRow[]; rowsB: ProfileRow[] } | null;
}

const cellText = (row: ProfileRow) => (row.value === null ? `${protectedSign} (${hiddenLabels[row.hidden ?? "missing"]})` : valueText(row.value, row.unit));

function CompareTable(props: { a: Area; b: Area; rowsA: ProfileRow[]; rowsB: ProfileRow[]; period: string }) {
  return (
    <section class="kern-table-responsive" tabIndex={0} aria-label={`${props.a.name} und ${props.b.name}, ${props.period}`}>
      <table class="kern-table kern-table--striped">
        <caption class="kern-title">
          {props.a.name} und {props.b.name}, {props.period}
        </caption>
        <TableHead
          columns={[
            "Indikator",
            { label: props.a.name, numeric: true },
            { label: props.b.name, numeric: true },
            { label: "Mittelwert der Gebiete", numeric: true },
          ]}
        />
        <tbody class="kern-table__body">
          {props.rowsA.map((row, index) => (
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="row">
                {row.name}
              </th>
              <td class="kern-table__cell kern-table__cell--numeric">{cellText(row)}</td>
              <td class="kern-table__cell kern-table__cell--numeric">{cellText(props.rowsB[index]!)}</td>
              <td class="kern-table__cell kern-table__cell--numeric">{row.spread ? valueText(row.spread.mean, row.unit) : "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Two areas side by side: a chooser (GET form), both spine charts and one table. */
export function ComparePage(props: ComparePageProps) {
  const { municipality, base, compared } = props;
  const options = [{ value: "", label: "– bitte wählen –" }, ...props.areas.map((a) => ({ value: a.key, label: `${a.name} (${a.key})` }))];
  const crumbs = [
    { label: "Startseite", href: "/" },
    { label: municipality.name, href: `/kommunen/${municipality.slug}` },
    { label: "Planung", href: base },
    { label: mapTexts.compareHeading },
  ];
  return (
    <Layout ctx={props.ctx} title={`${mapTexts.compareHeading} (${municipality.name})`} crumbs={crumbs}>
      <PlanningNav base={base} current="/karte" />
      <h1 class="kern-heading-large">{mapTexts.compareHeading}</h1>
      {props.areas.length === 0 && <Alert kind="info" title={sharedTexts.noAreas} />}
      <form method="get" action={`${base}/vergleich`} class="kern-stack k360-no-print" novalidate>
        <SelectField name="a" label={compareLabels.a} value={props.chosen.a} options={options} errors={props.errors} />
        <SelectField name="b" label={compareLabels.b} value={props.chosen.b} options={options} errors={props.errors} />
        <SelectField
          name="zeitraum"
          label={compareLabels.zeitraum}
          value={props.chosen.zeitraum}
          options={props.periods.map((p) => ({ value: p, label: p }))}
        />
        <div>
          <SubmitButton label="Vergleichen" kind="secondary" />
        </div>
      </form>
      {compared && (
        <>
          <div class="k360-compare">
            <section>
              <h2 class="kern-heading-medium">{compared.a.name}</h2>
              <SpineChart title={`${compared.a.name}, ${props.chosen.zeitraum}`} rows={compared.rowsA} idPrefix="profil-a" />
            </section>
            <section>
              <h2 class="kern-heading-medium">{compared.b.name}</h2>
              <SpineChart title={`${compared.b.name}, ${props.chosen.zeitraum}`} rows={compared.rowsB} idPrefix="profil-b" />
            </section>
          </div>
          <CompareTable a={compared.a} b={compared.b} rowsA={compared.rowsA} rowsB={compared.rowsB} period={props.chosen.zeitraum} />
        </>
      )}
    </Layout>
  );
}
