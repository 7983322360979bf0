import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page-context.ts";
import { Alert, Pagination, TableHead } from "../../../platform/views/components.tsx";
import type { FieldErrors } from "../../../platform/forms.ts";
import type { DirectoryFilters, DirectoryPage } from "../queries/directory.ts";
import { density, kinds, sizeClasses, sortOrders, states, type Kind } from "../reference.ts";
import { formatNumber } from "../../../platform/numbers.ts";
import { figure } from "./parts.ts";
import { SelectField, SubmitButton, TextField, type Option } from "../../../platform/views/form.tsx";

export function directoryHref(filters: DirectoryFilters, page?: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, seite: page ?? filters.seite })) {
    if (value === undefined || value === "" || (key === "seite" && value === 1) || (key === "sortierung" && value === "name")) continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `/kommunen?${query}` : "/kommunen";
}

const all = (label: string): Option => ({ value: "", label });
/** Options in the record's written order; numeric-looking keys such as Länder codes are sorted as text. */
const options = (record: Record<string, string | { label: string }>) =>
  Object.entries(record)
    .map(([value, v]) => ({ value, label: typeof v === "string" ? v : v.label }))
    .sort((a, b) => (/^\d+$/.test(a.value) && /^\d+$/.test(b.value) ? a.value.localeCompare(b.value) : 0));

export interface DirectoryView {
  filters: DirectoryFilters;
  result: DirectoryPage;
  topics: { slug: string; label: string }[];
  errors: FieldErrors;
  canCreate: boolean;
}

function FilterForm({ filters, errors, topics }: { filters: DirectoryFilters; errors: FieldErrors; topics: { slug: string; label: string }[] }) {
  const fellowOptions = [all("Alle Kommunen"), { value: "ja", label: "Nur Fellow-Kommunen" }, { value: "nein", label: "Ohne Fellow-Kommunen" }];
  return (
    <form method="get" action="/kommunen" class="k360-filters" role="search" aria-label="Kommunen filtern">
      <TextField name="q" type="search" label="Name oder AGS" value={filters.q} errors={errors} maxLength={100} />
      <SelectField name="land" label="Bundesland" value={filters.land} errors={errors} options={[all("Alle Bundesländer"), ...options(states)]} />
      <SelectField name="typ" label="Art der Kommune" value={filters.typ} errors={errors} options={[all("Alle Arten"), ...options(kinds)]} />
      <SelectField name="groesse" label="Einwohner:innen" value={filters.groesse} errors={errors} options={[all("Alle Größen"), ...options(sizeClasses)]} />
      <SelectField
        name="thema"
        label="Thema"
        value={filters.thema}
        errors={errors}
        options={[all("Alle Themen"), ...topics.map((t) => ({ value: t.slug, label: t.label }))]}
      />
      <SelectField name="fellow" label="Fellow-Programm" value={filters.fellow} errors={errors} options={fellowOptions} />
      <SelectField name="sortierung" label="Sortierung" value={filters.sortierung ?? "name"} errors={errors} options={options(sortOrders)} />
      <div>
        <SubmitButton label="Anzeigen" />
      </div>
    </form>
  );
}

function Suggestions({ suggestions }: { suggestions: DirectoryPage["suggestions"] }) {
  if (suggestions.length === 0) return null;
  return (
    <Alert kind="info" title="Meinten Sie vielleicht:">
      <ul class="kern-list">
        {suggestions.map((suggestion) => (
          <li>
            <a class="kern-link" href={`/kommunen/${suggestion.slug}`}>
              {suggestion.name}
            </a>
          </li>
        ))}
      </ul>
    </Alert>
  );
}

const columns = [
  "Art",
  "Bundesland",
  { label: "Einwohner:innen", numeric: true as const },
  { label: "Fläche in km²", numeric: true as const },
  { label: "Einw. je km²", numeric: true as const },
];

function ResultTable({ items }: { items: DirectoryPage["items"] }) {
  if (items.length === 0) return null;
  return (
    <div class="kern-table-responsive">
      <table class="kern-table kern-table--striped">
        <caption class="kern-sr-only">Gefundene Kommunen</caption>
        <TableHead columns={["Name", ...columns]} />
        <tbody class="kern-table__body">
          {items.map((item) => (
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="row">
                <a class="kern-link" href={`/kommunen/${item.slug}`}>
                  {item.name}
                </a>
                {item.isFellow && (
                  <>
                    {" "}
                    <span class="kern-badge kern-badge--info kern-badge--small">
                      <span class="kern-label kern-label--small">Fellow</span>
                    </span>
                  </>
                )}
              </th>
              <td class="kern-table__cell">{kinds[item.kind as Kind] ?? item.kind}</td>
              <td class="kern-table__cell">{states[item.stateCode]}</td>
              <td class="kern-table__cell kern-table__cell--numeric">{figure(item.population)}</td>
              <td class="kern-table__cell kern-table__cell--numeric">{figure(item.areaKm2, 1)}</td>
              <td class="kern-table__cell kern-table__cell--numeric">{figure(density(item.population, item.areaKm2))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function DirectoryPageView({ ctx, view }: { ctx: PageContext; view: DirectoryView }) {
  const { filters, result, errors } = view;
  return (
    <Layout ctx={ctx} title="Kommunen" crumbs={[{ label: "Startseite", href: "/" }, { label: "Kommunen" }]}>
      <h1 class="kern-heading-large">Kommunen</h1>
      <p class="kern-body">
        Alle 401 Kreise und kreisfreien Städte in Deutschland, kreisangehörige Städte und die Bezirke Berlins und Hamburgs mit eigenem Jugendamt – mit
        Kennzahlen, Themen und den Vorhaben der Kommunen, die bei K360 mitarbeiten.
      </p>
      {view.canCreate && (
        <p class="kern-body">
          <a class="kern-link" href="/kommunen/neu">
            Kommune anlegen
          </a>
        </p>
      )}
      <FilterForm filters={filters} errors={errors} topics={view.topics} />
      <p class="kern-body">
        <a class="kern-link" href="/kommunen">
          Alle Filter zurücksetzen
        </a>
      </p>
      <h2 class="kern-heading-medium" id="ergebnis">
        {result.total === 1 ? "1 Kommune gefunden" : `${formatNumber(result.total)} Kommunen gefunden`}
        {result.pages > 1 ? ` – Seite ${result.page} von ${result.pages}` : ""}
      </h2>
      {errors.seite && <Alert kind="danger" title={`Seitenzahl: ${errors.seite}`} />}
      <Suggestions suggestions={result.suggestions} />
      <ResultTable items={result.items} />
      <Pagination page={result.page} pages={result.pages} href={(page) => directoryHref(filters, page)} />
      <p class="kern-body kern-body--small">Kennzahlen: Statistisches Bundesamt, Gemeindeverzeichnis, Stand 31.12.2018.</p>
    </Layout>
  );
}
