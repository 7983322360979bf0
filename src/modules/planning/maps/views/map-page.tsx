import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import { SelectField, SubmitButton } from "../../../../platform/views/form.tsx";
import type { FieldErrors } from "../../../../platform/forms.ts";
import type { Area, Indicator } from "../../queries.ts";
import { classifications, type Classification } from "../../reference.ts";
import type { ProtectedCell } from "../../rules/protection.ts";
import { PlanningNav } from "../../views/nav.tsx";
import { classCounts } from "../schemas.ts";
import { mapTexts } from "../texts.ts";
import { MapFigure } from "./map-figure.tsx";

export interface MapPageProps {
  ctx: PageContext;
  municipality: { slug: string; name: string };
  base: string;
  canEdit: boolean;
  indicators: Indicator[];
  periods: string[];
  /** Null while the municipality has no areas or no values. */
  map: { areas: Area[]; cells: ProtectedCell[]; indicator: Indicator; period: string } | null;
  classification: Classification;
  classCount: number;
  errors: FieldErrors;
}

/** The choice of indicator, period and classes: a GET form, so the map has an address and works without JavaScript. */
function MapChoice(props: MapPageProps) {
  const { map } = props;
  return (
    <form method="get" action={`${props.base}/karte`} class="kern-stack k360-map-choice">
      <SelectField
        name="indikator"
        label="Indikator"
        errors={props.errors}
        value={map?.indicator.key}
        options={props.indicators.map((i) => ({ value: i.key, label: i.name }))}
      />
      <SelectField name="zeitraum" label="Zeitraum" errors={props.errors} value={map?.period} options={props.periods.map((p) => ({ value: p, label: p }))} />
      <SelectField
        name="klassen"
        label="Klassenbildung"
        value={props.classification}
        options={Object.entries(classifications).map(([value, label]) => ({ value, label }))}
      />
      <SelectField name="anzahl" label="Anzahl der Klassen" value={String(props.classCount)} options={classCounts.map((c) => ({ value: c, label: c }))} />
      <div>
        <SubmitButton label={mapTexts.showMap} kind="secondary" />
      </div>
    </form>
  );
}

/** The workbench's map of one indicator, with its data table and, for editors, the way to publish it. */
export function MapPage(props: MapPageProps) {
  const { municipality, map, base } = props;
  const title = map ? `${map.indicator.name}, ${map.period}` : mapTexts.mapHeading;
  const crumbs = [
    { label: "Startseite", href: "/" },
    { label: municipality.name, href: `/kommunen/${municipality.slug}` },
    { label: "Planung", href: base },
    { label: mapTexts.mapHeading },
  ];
  const publish = map && `${base}/veroeffentlichungen?indikator=${encodeURIComponent(map.indicator.key)}&zeitraum=${encodeURIComponent(map.period)}`;
  return (
    <Layout ctx={props.ctx} title={`${mapTexts.mapHeading}: ${municipality.name}`} crumbs={crumbs}>
      <PlanningNav base={base} current="/karte" />
      <h1 class="kern-heading-large">
        {mapTexts.mapHeading}: {municipality.name}
      </h1>
      {map ? (
        <>
          <details class="kern-accordion" open>
            <summary class="kern-accordion__header">
              <span class="kern-title">{mapTexts.chooseMap}</span>
            </summary>
            <div class="kern-accordion__body">
              <MapChoice {...props} />
            </div>
          </details>
          <h2 class="kern-heading-medium">{title}</h2>
          <MapFigure
            title={title}
            areas={map.areas}
            cells={map.cells}
            indicator={map.indicator}
            period={map.period}
            classification={props.classification}
            classCount={props.classCount}
            areaHref={(area) => `${base}/gebiete/${encodeURIComponent(area.key)}/profil?zeitraum=${encodeURIComponent(map.period)}`}
          />
          <p class="kern-body k360-no-print">
            <a class="kern-link" href={`${base}/vergleich`}>
              Zwei Gebiete vergleichen
            </a>
            {props.canEdit && publish && (
              <>
                {" · "}
                <a class="kern-link" href={publish}>
                  {mapTexts.publishThis}
                </a>
              </>
            )}
          </p>
        </>
      ) : (
        <Alert kind="info" title={mapTexts.noValues} />
      )}
    </Layout>
  );
}
