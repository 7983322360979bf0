import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { SelectField, SubmitButton } from "../../../../platform/views/form.tsx";
import type { Area } from "../../queries.ts";
import { PlanningNav } from "../../views/nav.tsx";
import { renderChoropleth } from "../rules/choropleth.ts";
import type { ProfileRow } from "../rules/profile.ts";
import { mapTexts } from "../texts.ts";
import { mapAreas } from "./map-figure.tsx";
import { ProfileTable, SpineChart } from "./profile-parts.tsx";

export interface ProfilePageProps {
  ctx: PageContext;
  municipality: { slug: string; name: string };
  base: string;
  area: Area;
  areas: Area[];
  period: string;
  periods: string[];
  previous: string | null;
  rows: ProfileRow[];
}

/** A small map of all areas with this one marked: where the area lies. */
function Locator(props: { area: Area; areas: Area[] }) {
  if (!props.areas.some((a) => a.display)) return null;
  const index = props.areas.indexOf(props.area);
  const svg = renderChoropleth({
    title: `Lage von ${props.area.name}`,
    description: `Karte der Planungsräume, ${props.area.name} ist hervorgehoben.`,
    areas: mapAreas(props.areas),
    classOf: props.areas.map((_, i) => (i === index ? 0 : null)),
    classes: [{ label: props.area.name }],
    hiddenLabel: "übrige Planungsräume",
    highlight: index,
    idPrefix: "lage",
    width: 320,
  });
  return <div class="k360-locator" dangerouslySetInnerHTML={{ __html: svg }} />;
}

/** An area's profile: every indicator against the municipality's areas, as a spine chart and a table, with its place on a small map. */
export function ProfilePage(props: ProfilePageProps) {
  const { municipality, area, base } = props;
  const heading = mapTexts.profileHeading(area.name);
  const crumbs = [
    { label: "Startseite", href: "/" },
    { label: municipality.name, href: `/kommunen/${municipality.slug}` },
    { label: "Planung", href: base },
    { label: mapTexts.mapHeading, href: `${base}/karte` },
    { label: area.name },
  ];
  return (
    <Layout ctx={props.ctx} title={`${heading} (${municipality.name})`} crumbs={crumbs}>
      <PlanningNav base={base} current="/karte" />
      <h1 class="kern-heading-large">{heading}</h1>
      <p class="kern-body">
        Schlüssel {area.key}, Zeitraum {props.period}. Jeder Indikator im Vergleich zu allen Planungsräumen von {municipality.name}.
      </p>
      <form method="get" action={`${base}/gebiete/${encodeURIComponent(area.key)}/profil`} class="kern-stack k360-no-print">
        <SelectField name="zeitraum" label="Zeitraum" value={props.period} options={props.periods.map((p) => ({ value: p, label: p }))} />
        <div>
          <SubmitButton label="Profil zeigen" kind="secondary" />
        </div>
      </form>
      <div class="k360-profile-layout">
        <SpineChart title={`${heading}, ${props.period}`} rows={props.rows} idPrefix="profil" />
        <Locator area={area} areas={props.areas} />
      </div>
      <ProfileTable caption={`${area.name}, ${props.period}: alle Indikatoren`} rows={props.rows} previous={props.previous} />
      <p class="kern-body k360-no-print">
        <a class="kern-link" href={`${base}/vergleich?a=${encodeURIComponent(area.key)}`}>
          Mit einem anderen Gebiet vergleichen
        </a>
      </p>
    </Layout>
  );
}
