import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert, TableHead } from "../../../../platform/views/components.tsx";
import { CsrfField, ErrorSummary, SelectField, SubmitButton, TextArea, TextField } from "../../../../platform/views/form.tsx";
import { valueText as formValue, type FieldErrors, type FormValues } from "../../../../platform/forms.ts";
import { formatDate } from "../../../../platform/dates.ts";
import type { Indicator } from "../../queries.ts";
import { classifications } from "../../reference.ts";
import { PlanningNav } from "../../views/nav.tsx";
import type { Publication } from "../queries.ts";
import { classCounts, type PublicationSettings } from "../schemas.ts";
import { mapTexts, publishLabels } from "../texts.ts";

export interface PublicationsPageProps {
  ctx: PageContext;
  municipality: { slug: string; name: string };
  base: string;
  canEdit: boolean;
  publications: Publication[];
  indicators: Indicator[];
  periods: string[];
  notice: string | null;
  values: FormValues;
  errors: FieldErrors;
}

function PublishForm(props: PublicationsPageProps) {
  const { values, errors } = props;
  return (
    <>
      <h2 class="kern-heading-medium" id="veroeffentlichen">
        Karte veröffentlichen
      </h2>
      <p class="kern-body">Eine veröffentlichte Karte sieht jede und jeder, auch ohne Anmeldung, mit ihrer Datentabelle. Geschützte Werte bleiben geschützt.</p>
      <ErrorSummary errors={errors} labels={publishLabels} />
      <form method="post" action={`${props.base}/veroeffentlichungen`} class="kern-stack" novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <TextField name="title" label={publishLabels.title} value={formValue(values, "title")} errors={errors} maxLength={160} />
        <TextArea
          name="description"
          label={publishLabels.description}
          value={formValue(values, "description")}
          errors={errors}
          optional
          maxLength={2000}
          rows={3}
        />
        <SelectField
          name="indicatorKey"
          label={publishLabels.indicatorKey}
          value={formValue(values, "indicatorKey")}
          errors={errors}
          options={props.indicators.map((i) => ({ value: i.key, label: i.name }))}
        />
        <SelectField
          name="period"
          label={publishLabels.period}
          value={formValue(values, "period")}
          errors={errors}
          options={props.periods.map((p) => ({ value: p, label: p }))}
        />
        <SelectField
          name="classification"
          label={publishLabels.classification}
          value={formValue(values, "classification") || "quantile"}
          errors={errors}
          options={Object.entries(classifications).map(([value, label]) => ({ value, label }))}
        />
        <SelectField
          name="classCount"
          label={publishLabels.classCount}
          value={formValue(values, "classCount") || "5"}
          errors={errors}
          options={classCounts.map((c) => ({ value: c, label: c }))}
        />
        <div>
          <SubmitButton label="Veröffentlichen" />
        </div>
      </form>
    </>
  );
}

/** What a published map shows, in a few words: the indicator and period, or the index and its indicators. */
function describeSettings(settings: PublicationSettings, indicators: { key: string; name: string }[]): string {
  const name = (key: string) => indicators.find((i) => i.key === key)?.name ?? key;
  if (settings.kind === "index") return `Index aus ${settings.analysis.indicatorKeys.map(name).join(", ")}; ${settings.analysis.period}`;
  return `${name(settings.indicatorKey)}, ${settings.period}`;
}

/** The municipality's published maps: list, withdraw and, for those who may change planning data, publish. */
export function PublicationsPage(props: PublicationsPageProps) {
  const { municipality, base } = props;
  const crumbs = [
    { label: "Startseite", href: "/" },
    { label: municipality.name, href: `/kommunen/${municipality.slug}` },
    { label: "Planung", href: base },
    { label: mapTexts.publicationsHeading },
  ];
  return (
    <Layout ctx={props.ctx} title={`${mapTexts.publicationsHeading}: ${municipality.name}`} crumbs={crumbs}>
      <PlanningNav base={base} current="/veroeffentlichungen" />
      <h1 class="kern-heading-large">{mapTexts.publicationsHeading}</h1>
      {props.notice && <Alert kind="success" title={props.notice} />}
      {props.publications.length === 0 ? (
        <p class="kern-body">{mapTexts.noPublications}</p>
      ) : (
        <section class="kern-table-responsive" tabIndex={0} aria-label={`Öffentliche Karten von ${municipality.name}`}>
          <table class="kern-table kern-table--striped">
            <caption class="kern-title">Öffentliche Karten von {municipality.name}</caption>
            <TableHead columns={["Titel", "Indikator und Zeitraum", mapTexts.publishedOn, ...(props.canEdit ? [mapTexts.withdraw] : [])]} />
            <tbody class="kern-table__body">
              {props.publications.map((publication) => (
                <tr class="kern-table__row">
                  <th class="kern-table__header" scope="row">
                    <a class="kern-link" href={`/kommunen/${municipality.slug}/karten/${publication.id}`}>
                      {publication.title}
                    </a>
                  </th>
                  <td class="kern-table__cell">{describeSettings(publication.settings, props.indicators)}</td>
                  <td class="kern-table__cell">{formatDate(publication.publishedAt)}</td>
                  {props.canEdit && (
                    <td class="kern-table__cell">
                      <form method="post" action={`${base}/veroeffentlichungen/${publication.id}/zurueckziehen`}>
                        <CsrfField token={props.ctx.csrfToken} />
                        <SubmitButton label={`„${publication.title}“ zurückziehen`} kind="tertiary" />
                      </form>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {props.canEdit && <PublishForm {...props} />}
    </Layout>
  );
}
