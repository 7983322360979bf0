import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { formatDateTime } from "../../../../platform/dates.ts";
import { PlanningNav } from "../../views/nav.tsx";
import { sharedTexts } from "../../texts.ts";
import type { Area } from "../../queries.ts";
import { sourceLabels } from "../texts.ts";
import { AreaTable } from "./area-table.tsx";

/** A cut of the history with its areas, as it was imported. */
export function CutPage(props: {
  ctx: PageContext;
  municipality: { slug: string; name: string };
  cut: { label: string; source: string; crs: string; createdAt: Date; replacedAt: Date | null };
  areas: Area[];
}) {
  const { municipality, cut } = props;
  const workbench = `/kommunen/${municipality.slug}/planung`;
  const base = `${workbench}/gebiete`;
  const crumbs = [
    { label: "Startseite", href: "/" },
    { label: municipality.name, href: `/kommunen/${municipality.slug}` },
    { label: sharedTexts.workbench, href: workbench },
    { label: "Planungsräume", href: base },
    { label: cut.label },
  ];
  return (
    <Layout ctx={props.ctx} title={`Gebietsstand ${cut.label}`} crumbs={crumbs}>
      <h1 class="kern-heading-large">Gebietsstand: {cut.label}</h1>
      <PlanningNav base={workbench} current="/gebiete" />
      <p class="kern-body">
        {sourceLabels[cut.source] ?? cut.source}
        {cut.crs && `, Koordinatensystem ${cut.crs}`}, angelegt am {formatDateTime(cut.createdAt)}.{" "}
        {cut.replacedAt ? `Abgelöst am ${formatDateTime(cut.replacedAt)}; seine Werte bleiben bei diesem Stand.` : "Das ist der aktuelle Stand."}
      </p>
      <AreaTable areas={props.areas} caption={`Gebiete dieses Stands (${props.areas.length})`} base={base} />
    </Layout>
  );
}
