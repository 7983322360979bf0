import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import { formatDate } from "../../../../platform/dates.ts";
import { classifications } from "../../reference.ts";
import type { MapFigureProps } from "./map-figure.tsx";
import { MapFigure } from "./map-figure.tsx";
import type { Publication } from "../queries.ts";
import { mapTexts } from "../texts.ts";
import type { AnalysisResult } from "../../analysis/queries.ts";
import { IndexMap, IndexTable } from "../../analysis/views/index-map.tsx";

/** A published map, for everyone: the map, its data table and what the municipality wrote about it. */
export function PublicMapPage(props: {
  ctx: PageContext;
  municipality: { slug: string; name: string };
  publication: Publication;
  map: Omit<MapFigureProps, "title" | "classification" | "classCount"> | null;
  /** A published index: the analysis as it computes now, with the areas' display geometry. */
  index: { result: AnalysisResult; geometries: unknown[] } | null;
}) {
  const { municipality, publication } = props;
  const crumbs = [
    { label: "Startseite", href: "/" },
    { label: "Kommunen", href: "/kommunen" },
    { label: municipality.name, href: `/kommunen/${municipality.slug}` },
    { label: publication.title },
  ];
  const { settings } = publication;
  const classes = settings.kind === "index" ? settings.analysis : settings;
  return (
    <Layout ctx={props.ctx} title={`${publication.title} (${municipality.name})`} crumbs={crumbs}>
      <h1 class="kern-heading-large">{publication.title}</h1>
      <p class="kern-preline">
        {municipality.name}, veröffentlicht am {formatDate(publication.publishedAt)}. Klassen: {classifications[classes.classification]}, {classes.classCount}{" "}
        Klassen.
      </p>
      {publication.description && publication.description.split(/\n{2,}/).map((paragraph) => <p class="kern-body k360-preserve-lines">{paragraph}</p>)}
      <p class="kern-body kern-body--small">{mapTexts.publicHint}</p>
      {props.index ? (
        <div class="k360-map-layout">
          <IndexMap result={props.index.result} geometries={props.index.geometries} title={publication.title} idPrefix="karte" />
          <IndexTable result={props.index.result} />
        </div>
      ) : props.map && settings.kind === "indicator" ? (
        <MapFigure title={publication.title} classification={settings.classification} classCount={settings.classCount} {...props.map} />
      ) : (
        <Alert kind="info" title="Für diese Karte liegen derzeit keine Werte vor." />
      )}
    </Layout>
  );
}
